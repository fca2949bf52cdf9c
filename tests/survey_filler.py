"""Fill partner-survey forms the way respondents would, with known answers (openpyxl).

Used by tests/test_intake_survey.py, and run as a script it writes the example
returned forms in data/enquete-voorbeeld/ (fictional, like all of data/)::

    python tests/survey_filler.py

The answers repeat what the example region's register says on 2026-01-01, with
value ratings, a few organisations that did not answer, and planted
disagreements (``PLANTED``) that collecting must find.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "regio-voorbeeld"
DATE = "2026-01-01"
#: Organisations that do not send their form back.
SILENT = ("europol", "aivd", "bank-veldland", "ondernemersvereniging-havenberg")
#: (organisation, body, column, answer): a frequency or duration that differs from the register.
PLANTED_ANSWERS = (
    ("gemeente-lindeloo", "casusoverleg-radicalisering", "meetings_per_year", 12),
    ("om-parket", "riec-casusoverleg", "hours_per_meeting", 2),
)
#: (reporter, other, kind): a tie only one side reports.
PLANTED_TIES = (("gemeente-klein-dorp", "politie-eenheid", "information"),)
#: Tables most members rate low (2); every other table gets 4, and its chair 5.
LOW_RATED = ("top-casustafel-noord", "masterclass-radicalisering")
BODY_COLUMNS = {
    "takes_part": 3,
    "persons": 4,
    "functions": 5,
    "role": 6,
    "meetings_per_year": 7,
    "hours_per_meeting": 8,
    "value": 9,
}
ORGANISATION_COLUMNS = {"information": 4, "advice": 5, "collaboration": 6, "value": 7}


def answers(land) -> dict:
    """What every organisation answers: {organisation: {"bodies": {body: {...}}, "ties": {(other, kind)}}}."""
    from partnernet.intake.forms import known_answers

    known = known_answers(land)
    result = {o: {"bodies": {}, "ties": set()} for o in land.organisations.index}
    for (organisation, body), answer in known["bodies"].items():
        result[organisation]["bodies"][body] = dict(
            answer,
            meetings_per_year=land.bodies.at[body, "meetings_per_year"],
            hours_per_meeting=land.bodies.at[body, "hours_per_meeting"],
            value=2 if body in LOW_RATED else 5 if answer["role"] == "chair" else 4,
        )
    for reporter, other, kind in known["ties"]:  # both sides report every tie the register knows
        result[reporter]["ties"].add((other, kind))
        result[other]["ties"].add((reporter, kind))
    for organisation, body, column, value in PLANTED_ANSWERS:
        result[organisation]["bodies"][body][column] = value
    for reporter, other, kind in PLANTED_TIES:
        result[reporter]["ties"].add((other, kind))
        result[other]["ties"].discard((reporter, kind))
    return result


def fill(path: Path, given: dict, lang: str = "nl") -> None:
    """Write one organisation's answers into its form (in place), clearing what was pre-filled."""
    from partnernet.output import save_workbook

    yes = "ja" if lang == "nl" else "yes"
    roles = {"chair": "voorzitter", "member": "lid", "secretary": "secretaris", "adviser": "adviseur"}
    workbook = openpyxl.load_workbook(path)
    bodies, organisations = workbook.worksheets[1], workbook.worksheets[2]
    for row in range(2, bodies.max_row + 1):
        answer = given["bodies"].get(bodies.cell(row=row, column=1).value)
        for column in BODY_COLUMNS.values():
            bodies.cell(row=row, column=column).value = None
        if answer:
            cells = dict(
                answer,
                takes_part=yes,
                role=roles[answer["role"]] if lang == "nl" else answer["role"],
                functions=answer["functions"] or None,
            )
            for key, column in BODY_COLUMNS.items():
                value = cells.get(key)
                bodies.cell(row=row, column=column).value = None if value != value else value
    for row in range(2, organisations.max_row + 1):
        other = organisations.cell(row=row, column=1).value
        for kind in ("information", "advice", "collaboration"):
            organisations.cell(row=row, column=ORGANISATION_COLUMNS[kind]).value = (
                yes if (other, kind) in given["ties"] else None
            )
        named = any((other, kind) in given["ties"] for kind in ("information", "advice", "collaboration"))
        organisations.cell(row=row, column=ORGANISATION_COLUMNS["value"]).value = 3 if named else None
    save_workbook(workbook, path)  # fixed timestamps: the same answers, the same bytes


def returned_forms(folder: Path, lang: str = "nl") -> list[Path]:
    """Make the forms of the example region in ``folder``, fill those that come back; return them shuffled."""
    import partnernet as pn
    from partnernet.intake import survey_forms

    land = pn.load(EXAMPLE).at(DATE)
    given = answers(land)
    returned = []
    for path in survey_forms(land, folder, lang=lang):
        organisation = path.stem
        if organisation in SILENT:
            path.unlink()
            continue
        fill(path, given[organisation], lang)
        returned.append(path)
    random.Random(18).shuffle(returned)
    return returned


def main() -> int:
    target = ROOT / "data" / "enquete-voorbeeld"
    with tempfile.TemporaryDirectory() as folder:
        paths = returned_forms(Path(folder))
        if target.exists():
            shutil.rmtree(target)
        target.mkdir()
        for path in paths:
            shutil.copy(path, target / path.name)
    print(f"wrote {len(paths)} forms in {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
