"""The partner survey: one xlsx form per organisation, pre-filled from what the landscape knows.

Roster questionnaires of policy-network research (and the PARTNER tool of
Visible Network Labs) ask every partner about the same list of tables and
partners; the answers are merged by :mod:`partnernet.intake.collect`. Each
form carries, on a very hidden sheet, its organisation, a hash of its roster
and a fingerprint of the landscape, so a changed or foreign form is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import hashlib
import json
import re
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..language.intake import vocabulary_words, word
from ..output import jsonable
from . import rules
from .. import output
from .files import check_free_folder, check_output, workbook_bytes
from .sheets import column_letter, new_workbook, style, write_lines, write_table, write_text
from .._many import many

if TYPE_CHECKING:
    from ..language.langs import Lang
    from collections.abc import Iterable

    from ..landscape import Landscape
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

META_SHEET = "_partnernet"
FORMAT = "partnernet-survey-1"
#: Columns of the two answer sheets, in order (headers are words ``fh.<column>``).
BODY_COLUMNS = (
    "id",
    "name",
    "takes_part",
    "persons",
    "functions",
    "role",
    "meetings_per_year",
    "hours_per_meeting",
    "value",
)
ORGANISATION_COLUMNS = ("id", "name", "domain", "information", "advice", "collaboration", "value")
TIE_KINDS = ("information", "advice", "collaboration")
FIXED_COLUMNS = ("id", "name", "domain")
ROLE_ORDER = ("chair", "secretary", "adviser", "member")
CHUNK = 30_000
#: The longest file-name stem of a form (bytes), well below the 255 of common file systems.
MAX_STEM = 100


def survey_forms(
    land: Landscape,
    folder: str | Path,
    lang: Lang | None = None,
    bodies: str | Iterable[str] | None = None,
    inputs: str | Path | Iterable[str | Path] = (),
    force: bool = False,
) -> list[Path]:
    """Write one survey form per organisation of ``land`` into ``folder``; return the paths.

    Every form is made before any is written; a new folder appears whole or
    not at all (it is built under a temporary name).

    Parameters
    ----------
    land : Landscape
        Usually one moment (``land.at(date)``): its memberships are ticked on
        the forms, its ties pre-filled.
    folder : str or Path
        Output folder (created); files are ``<organisation id>.xlsx`` (an id too
        long for a file name is cut and given a short hash).
    lang : "nl" | "en", optional
        Language of the forms. None (default): ``$PARTNERNET_LANG``, else Dutch.
    bodies : list of str, optional
        The roster of bodies (default every body of ``land``).
    inputs : paths the forms must not overwrite.
    force : bool
        Replace a folder that holds ``.xlsx`` files already (returned forms,
        perhaps) with the new forms. Without it that is refused; a folder that
        holds other files is always refused (replacing it would delete them).

    Returns
    -------
    list of Path, one per organisation, in the order of ``land.organisations``.

    Raises
    ------
    UsageError
        An unknown body in ``bodies``, an unknown ``lang``, ``folder`` being an input,
        or holding ``.xlsx`` files (without ``force``).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import partnernet as pn
    >>> folder = tempfile.TemporaryDirectory()
    >>> forms = pn.survey_forms(pn.load("tests/fixtures/mini"), Path(folder.name) / "forms", lang="en")
    >>> [form.name for form in forms]
    ['gemeente.xlsx', 'politie.xlsx', 'politie-ct.xlsx', 'om.xlsx', 'ggz.xlsx']
    >>> folder.cleanup()
    """
    from .template import check_language

    lang = check_language(lang)
    check_free_folder(folder, force, lang, only=".xlsx")
    inputs = many(inputs)
    folder = check_output(folder, inputs, lang)
    roster = roster_bodies(land, bodies, lang)
    data = landscape_data(land, roster)
    fingerprint = digest(data)
    known = known_answers(land)
    files: dict = {}
    names: set[str] = set()
    for organisation in land.organisations.index:
        others = [o for o in land.organisations.index if o != organisation]
        meta = {
            "format": FORMAT,
            "organisation": organisation,
            "lang": lang,
            "fingerprint": fingerprint,
            "roster_hash": digest({"bodies": roster, "organisations": others}),
            "bodies": json.dumps(roster),
            "organisations": json.dumps(others),
            "landscape": json.dumps(data, ensure_ascii=False),
            "at": snapshot_date(land),
        }
        workbook = form_workbook(land, organisation, roster, others, known, meta, lang)
        files[file_name(organisation, names)] = workbook_bytes(workbook)
    output.write_folder(
        folder, files, output.input_paths(*many(inputs)), own=lambda name: name.lower().endswith(".xlsx")
    )
    return [folder / name for name in files]


def snapshot_date(land: Landscape) -> str:
    """The date the landscape was cut to (ISO), or "" for the whole register."""
    date = getattr(land, "date", None)
    return "" if date is None or pd.isna(date) else pd.Timestamp(date).date().isoformat()


def roster_bodies(land: Landscape, bodies: str | Iterable[str] | None, lang: str) -> list[str]:
    if bodies is None:
        return list(land.bodies.index)
    bodies = [str(b).strip() for b in many(bodies) if str(b).strip()]
    unknown = [b for b in bodies if b not in land.bodies.index]
    if unknown:
        raise UsageError("unknown_bodies", text=word("m.unknown_bodies", lang, ids=", ".join(unknown)))
    if not bodies:
        raise UsageError("no_bodies", text=word("m.no_bodies", lang))
    return list(dict.fromkeys(bodies))


def landscape_data(land: Landscape, roster: list[str]) -> dict:
    """The tables a collected landscape is rebuilt from (no persons: the survey asks organisations)."""
    from ..io.writers import input_tables

    tables = input_tables(land)
    bodies = tables["bodies"][tables["bodies"]["id"].isin(roster)]
    bodies = bodies.assign(reports_to=bodies["reports_to"].where(bodies["reports_to"].isin(roster)))
    return {
        "organisations": jsonable(tables["organisations"]),
        "bodies": jsonable(bodies),
        "covenants": jsonable(tables["covenants"]),
    }


def digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def file_name(organisation: str, taken: set) -> str:
    """A file name for the form of ``organisation``: its id with other characters than letters,
    digits, ``.``, ``-`` as ``_``, cut to ``MAX_STEM`` bytes plus a short hash of the id
    when longer (file systems allow 255 bytes), unique (case-insensitively) within ``taken``."""
    stem = re.sub(r"[^\w.-]+", "_", organisation).strip("._") or "organisation"
    if len(stem.encode()) > MAX_STEM:
        cut = stem.encode()[: MAX_STEM - 9].decode(errors="ignore")
        stem = f"{cut}-{hashlib.sha256(organisation.encode()).hexdigest()[:8]}"
    name, n = f"{stem}.xlsx", 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.xlsx"
    taken.add(name.lower())
    return name


def known_answers(land: Landscape) -> dict:
    """What the landscape knows, per organisation: its bodies (persons, functions, role) and ties."""
    m = land.memberships
    functions = m["member"].map(land.persons["function"]) if len(land.persons) else pd.Series(index=m.index)
    persons = m[m["member_kind"] == "person"].groupby(["organisation", "body"])["member"].nunique()
    seats = m.groupby(["organisation", "body"])["seats"].max()
    rank = m["role"].map({r: i for i, r in enumerate(ROLE_ORDER)}).fillna(len(ROLE_ORDER))
    best = m.assign(_rank=rank).sort_values("_rank", kind="stable").groupby(["organisation", "body"])["role"].first()
    listed = m.assign(function=functions).dropna(subset=["function"]).groupby(["organisation", "body"])["function"]
    bodies = {}
    for key in best.index:
        count = persons.get(key, seats.get(key, 1))
        text = "; ".join(dict.fromkeys(listed.get_group(key))) if key in listed.groups else ""
        bodies[key] = {"persons": int(count), "functions": text, "role": best[key]}
    return {"bodies": bodies, "ties": organisation_ties(land)}


def organisation_ties(land: Landscape) -> set:
    """(reporter, other, kind) for every tie, at organisation level, as each end would report it."""
    person_org = land.persons["organisation"]
    ties = land.ties
    source = ties["source"].map(person_org).astype(object).fillna(ties["source"])
    target = ties["target"].map(person_org).astype(object).fillna(ties["target"])
    known = set()
    for a, b, kind, directed in zip(source, target, ties["kind"], ties["directed"]):
        if a != b and kind in TIE_KINDS:
            known.add((a, b, kind))
            if not directed:
                known.add((b, a, kind))
    return known


def form_workbook(
    land: Landscape,
    organisation: str,
    roster: list[str],
    others: list[str],
    known: dict,
    meta: dict[str, str],
    lang: str,
) -> Workbook:
    workbook = new_workbook()
    intro = workbook.create_sheet(word("sheet.instructions", lang))
    write_lines(intro, word("f.title", lang, name=land.name_of(organisation)), word("f.lines", lang).split("\n"))
    body_sheet = workbook.create_sheet(word("sheet.form_bodies", lang))
    write_table(body_sheet, body_frame(land, organisation, roster, known, lang))
    answer_rules(body_sheet, BODY_COLUMNS, lang)
    org_sheet = workbook.create_sheet(word("sheet.form_organisations", lang))
    write_table(org_sheet, organisation_frame(land, organisation, others, known, lang))
    answer_rules(org_sheet, ORGANISATION_COLUMNS, lang)
    write_meta(workbook.create_sheet(META_SHEET), meta)
    workbook.active = 1
    return workbook


def body_frame(land: Landscape, organisation: str, roster: list[str], known: dict, lang: str) -> pd.DataFrame:
    yes = word("v.bool.true", lang)
    roles = vocabulary_words("role", lang)
    rows = []
    for body in roster:
        answer = known["bodies"].get((organisation, body))
        row = {
            "id": body,
            "name": land.name_of(body),
            "takes_part": yes if answer else None,
            "persons": answer["persons"] if answer else None,
            "functions": (answer["functions"] or None) if answer else None,
            "role": roles.get(answer["role"], answer["role"]) if answer else None,
            "meetings_per_year": land.bodies.at[body, "meetings_per_year"],
            "hours_per_meeting": land.bodies.at[body, "hours_per_meeting"],
            "value": None,
        }
        rows.append(row)
    return headed(pd.DataFrame(rows, columns=BODY_COLUMNS), lang)


def organisation_frame(land: Landscape, organisation: str, others: list[str], known: dict, lang: str) -> pd.DataFrame:
    yes = word("v.bool.true", lang)
    domains = vocabulary_words("domain", lang)
    rows = []
    for other in others:
        domain = land.organisations["domain"][other]
        row = {"id": other, "name": land.name_of(other), "domain": domains.get(domain, domain), "value": None}
        for kind in TIE_KINDS:
            row[kind] = yes if (organisation, other, kind) in known["ties"] else None
        rows.append(row)
    return headed(pd.DataFrame(rows, columns=ORGANISATION_COLUMNS), lang)


def headed(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    return frame.rename(columns={c: word(f"fh.{c}", lang) for c in frame.columns})


def answer_rules(sheet: Worksheet, columns: Iterable[str], lang: str) -> None:
    """Drop-downs and range checks on the answer columns; ids and names grey and locked."""
    last = sheet.max_row
    for position, column in enumerate(columns, start=1):
        letter = column_letter(position)
        cells = [sheet.cell(row=r, column=position) for r in range(2, last + 1)]
        if column in FIXED_COLUMNS:
            for cell in cells:
                cell.fill = style("fixed")
            continue
        for cell in cells:
            cell.protection = style("unlocked")
        rule = answer_rule(column, lang, f"{letter}2")
        if rule is not None and last >= 2:
            rule.add(f"{letter}2:{letter}{last}")
            sheet.add_data_validation(rule)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def answer_rule(column: str, lang: str, cell: str) -> DataValidation | None:
    if column in ("takes_part", *TIE_KINDS):
        return rules.validation("list", lang, values=rules.yes_no(lang))
    if column == "role":
        return rules.validation("list", lang, values=rules.vocabulary_list("role", lang))
    if column == "persons":
        return rules.validation("number", lang, limits=rules.PERSONS, whole=True, cell=cell)
    if column == "value":
        return rules.validation("number", lang, limits=rules.RATING, whole=True, cell=cell)
    if column in ("meetings_per_year", "hours_per_meeting"):
        return rules.validation("number", lang, limits=rules.bounds("bodies", column), cell=cell)
    return None


def write_meta(sheet: Worksheet, meta: dict) -> None:
    """Key in column A, the value in B (long values go on in C, D, ...); the sheet is very hidden."""
    sheet.sheet_state = "veryHidden"
    for row, (key, value) in enumerate(meta.items(), start=1):
        write_text(sheet, row, 1, key)
        for position, start in enumerate(range(0, max(len(value), 1), CHUNK), start=2):
            write_text(sheet, row, position, value[start : start + CHUNK])


def read_meta(sheet: Worksheet) -> dict:
    meta = {}
    for row in sheet.iter_rows(values_only=True):
        if row and row[0]:
            meta[str(row[0])] = "".join(str(v) for v in row[1:] if v is not None)
    return meta


from .._public import public_dir

__all__ = [
    "META_SHEET",
    "FORMAT",
    "BODY_COLUMNS",
    "ORGANISATION_COLUMNS",
    "TIE_KINDS",
    "FIXED_COLUMNS",
    "ROLE_ORDER",
    "CHUNK",
    "MAX_STEM",
    "survey_forms",
    "snapshot_date",
    "roster_bodies",
    "landscape_data",
    "digest",
    "file_name",
    "known_answers",
    "organisation_ties",
    "form_workbook",
    "body_frame",
    "organisation_frame",
    "headed",
    "answer_rules",
    "answer_rule",
    "write_meta",
    "read_meta",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
