"""Write the steering-group report for one date, in Dutch and English, and print its findings.

    python examples/report_for_a_date.py [PATH] [DATE] [OUTPUT_FOLDER]

Defaults: the example region, 2026-01-01, a folder 'out' in the current directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import partnernet as pn

ROOT = Path(__file__).resolve().parents[1]


def main(path: str = str(ROOT / "data" / "regio-voorbeeld"), date: str = "2026-01-01", output: str = "out") -> None:
    register = pn.load(path)
    folder = Path(output)
    for lang in ("nl", "en"):
        for written in pn.report(register, folder / f"report-{lang}.html", lang=lang, at=date):
            print(f"wrote {written}")
    land = register.at(date)
    load = pn.overload(land)
    overloaded = load[load["overloaded"].fillna(False).astype(bool)]
    print(f"\n{len(overloaded)} organisations above capacity on {date}:")
    for name, hours, ratio in zip(overloaded["name"], overloaded["meeting_hours_per_month"], overloaded["load_ratio"]):
        print(f"  {name}: {hours:.1f} hours per month, {ratio:.2f} x capacity")


if __name__ == "__main__":
    main(*sys.argv[1:])
