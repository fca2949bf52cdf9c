"""Scaling curve: the full report (or the analysis bundle) at five sizes, time and memory per size.

    .venv/bin/python benchmarks/scaling.py [--sizes 300,1000,5000,10000,20000]

Each size is a synthetic landscape (benchmarks/make_landscape.py) with
half as many bodies and five times as many persons as organisations, from a
region (300 organisations) to four times the nation (20,000). Every run is a
fresh process on two cores; the table gives wall-clock seconds and CPU
seconds (start-up and imports included) and peak resident memory. The
empirical exponent is the slope of log(CPU seconds) against log(memberships),
fitted over the sizes (CPU time, because the wall time of a shared machine
depends on its load): 1 means cost grows in proportion to the register, 2
with its square.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from common import Run, landscape, measure, report_command  # noqa: E402

DEFAULT_SIZES = (300, 1000, 5000, 10000, 20000)


def size_of(organisations: int) -> tuple[int, int, int]:
    return organisations, organisations // 2, organisations * 5


def memberships_in(folder: Path) -> int:
    with open(folder / "memberships.csv", encoding="utf-8") as handle:
        return sum(1 for _ in handle) - 1


def curve(sizes=DEFAULT_SIZES) -> list[dict]:
    """One row per size: organisations, bodies, persons, memberships, seconds, cpu_seconds, peak_mb, what."""
    rows = []
    with tempfile.TemporaryDirectory() as out:
        for organisations in sizes:
            folder = landscape(*size_of(organisations))
            command, what = report_command(folder, Path(out))
            run: Run = measure(command)
            o, b, p = size_of(organisations)
            rows.append(
                {
                    "organisations": o,
                    "bodies": b,
                    "persons": p,
                    "memberships": memberships_in(folder),
                    "seconds": run.seconds,
                    "cpu_seconds": run.cpu_seconds,
                    "peak_mb": run.peak_mb,
                    "what": what,
                }
            )
            print(
                f"  {o:>6,} organisations: {run.seconds:6.1f} s, {run.cpu_seconds:6.1f} s CPU, {run.peak_mb:6.0f} MB",
                file=sys.stderr,
                flush=True,
            )
    return rows


def exponent(rows: list[dict], column: str) -> float:
    """Slope of log(column) against log(memberships): the empirical exponent of the growth."""
    x = np.log([r["memberships"] for r in rows])
    y = np.log([r[column] for r in rows])
    return float(np.polyfit(x, y, 1)[0])


def print_curve(rows: list[dict]) -> None:
    print(f"Scaling of the {rows[0]['what']} (fresh process, 2 cores, start-up included)")
    print(
        f"{'organisations':>14}{'bodies':>8}{'persons':>9}{'memberships':>13}{'seconds':>9}{'CPU s':>9}{'peak MB':>9}"
    )
    for r in rows:
        print(
            f"{r['organisations']:>14,}{r['bodies']:>8,}{r['persons']:>9,}{r['memberships']:>13,}"
            f"{r['seconds']:>9.1f}{r['cpu_seconds']:>9.1f}{r['peak_mb']:>9.0f}"
        )
    if len(rows) >= 2:
        print(
            f"empirical exponent (log-log slope against memberships): CPU time "
            f"{exponent(rows, 'cpu_seconds'):.2f}, wall time {exponent(rows, 'seconds'):.2f}, "
            f"memory {exponent(rows, 'peak_mb'):.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="numbers of organisations, comma-separated (default 300,1000,5000,10000,20000)",
    )
    args = parser.parse_args(argv)
    print_curve(curve([int(s) for s in args.sizes.split(",")]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
