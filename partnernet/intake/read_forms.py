"""Reading returned survey forms: every check names file, sheet, row and column."""

from __future__ import annotations

from typing import TYPE_CHECKING

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..language.errors import message
from ..errors import ERROR, InputError, Problem
from ..io.parse import parse_numbers
from ..io.readers import cell_text
from ..io.schema import FALSE_WORDS, TRUE_WORDS, VOCABULARY_LOOKUP, vocabulary_key
from ..language.intake import word
from . import rules
from .._many import many
from .forms import BODY_COLUMNS, FORMAT, META_SHEET, ORGANISATION_COLUMNS, TIE_KINDS, digest, read_meta

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from openpyxl import Workbook

    from ..io.schema import Bounds


@dataclass
class Form:
    """One returned form: its organisation, metadata and answers (one dict per row)."""

    path: Path
    meta: dict
    body_sheet: str = ""
    organisation_sheet: str = ""
    bodies: list[dict] = field(default_factory=list)
    organisations: list[dict] = field(default_factory=list)

    @property
    def organisation(self) -> str:
        return self.meta["organisation"]


LOCK_FILES = ("~$", ".~lock")


def form_paths(paths: str | Path | Iterable[str | Path], skipped: list | None = None) -> list[Path]:
    """Files as given; a folder stands for the ``.xlsx`` files in it (sorted). Lock files of
    Excel (``~$name.xlsx``) and LibreOffice (``.~lock.name#``) are left out, and added to
    ``skipped`` when given."""
    found = []
    for path in map(Path, many(paths)):
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".xlsx") if path.is_dir() else [path]
        for file in files:
            if file.name.startswith(LOCK_FILES):
                if skipped is not None:
                    skipped.append(file)
            else:
                found.append(file)
    return found


def read_forms(paths: str | Path | Iterable[str | Path], lang: str, skipped: list | None = None) -> list[Form]:
    """Every form at ``paths``, checked, ordered by organisation id; InputError with every problem
    found. Lock files are passed over (listed in ``skipped``)."""
    paths = many(paths)  # a folder given as one str or Path, or a generator, is named whole below
    files = form_paths(paths, skipped)
    if not files:
        raise InputError(Problem(ERROR, "survey", word("c.no_forms", lang, paths=", ".join(map(str, paths)))))
    problems: list[Problem] = []
    forms = [form for form in (open_form(path, lang, problems) for path in files) if form is not None]
    _check_forms_belong(forms, lang, problems)
    if problems:
        raise InputError(problems)
    return sorted(forms, key=lambda f: f.organisation)


def open_form(path: Path, lang: str, problems: list) -> Form | None:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception:  # openpyxl raises many types for a damaged or foreign file; its words stay out
        problems.append(
            Problem(
                ERROR,
                "unreadable_file",
                word("c.unreadable", lang),
                path.name,
                fix=word("c.not_a_form_fix", lang),
            )
        )
        return None
    if META_SHEET not in workbook.sheetnames or read_meta(workbook[META_SHEET]).get("format") != FORMAT:
        problems.append(
            Problem(ERROR, "survey", word("c.not_a_form", lang), path.name, fix=word("c.not_a_form_fix", lang))
        )
        return None
    form = Form(path, read_meta(workbook[META_SHEET]))
    form_lang = form.meta.get("lang", lang)
    form.body_sheet = word("sheet.form_bodies", form_lang)
    form.organisation_sheet = word("sheet.form_organisations", form_lang)
    before = len(problems)
    formulas = formula_workbook(path)
    try:
        form.bodies = read_answers(
            workbook,
            form,
            form.body_sheet,
            BODY_COLUMNS,
            json.loads(form.meta["bodies"]),
            form_lang,
            problems,
            formulas,
        )
        form.organisations = read_answers(
            workbook,
            form,
            form.organisation_sheet,
            ORGANISATION_COLUMNS,
            json.loads(form.meta["organisations"]),
            form_lang,
            problems,
            formulas,
        )
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()
    return form if len(problems) == before else None


def formula_workbook(path: Path) -> Workbook | None:
    """The form opened with its formulas (read-only) when a sheet holds one, else None.

    Excel stores the value of a formula with it; a form filled by a script (or typed in a program
    that did not save the values) has none, and the answer would read as empty: such cells are
    errors (:func:`partnernet.io.xlsx.check_formulas`, as for the register)."""
    import zipfile

    import openpyxl

    from ..io.xlsx import scan_sheet

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        if not any(scan_sheet(archive, name).formulas for name in sheets):
            return None
    return openpyxl.load_workbook(path, read_only=True, data_only=False)


def _check_forms_belong(forms: list[Form], lang: str, problems: list) -> None:
    """One survey (the most common fingerprint), known organisations, one form each, roster unchanged."""
    if not forms:
        return
    prints = pd.Series([f.meta.get("fingerprint") for f in forms])
    main = prints.value_counts().index[0]
    reference = forms[int((prints == main).to_numpy().argmax())]
    known = {o["id"] for o in json.loads(reference.meta["landscape"])["organisations"]}
    seen: dict[str, Form] = {}
    for form in forms:
        name = form.path.name
        if form.meta.get("fingerprint") != main:
            problems.append(
                Problem(
                    ERROR,
                    "survey",
                    word("c.other_survey", lang, file=reference.path.name),
                    name,
                    fix=word("c.other_survey_fix", lang),
                )
            )
        elif form.organisation not in known:
            problems.append(
                Problem(
                    ERROR,
                    "survey",
                    word("c.unknown_organisation", lang, organisation=form.organisation),
                    name,
                    fix=word("c.unknown_organisation_fix", lang),
                )
            )
        elif form.organisation in seen:
            problems.append(
                Problem(
                    ERROR,
                    "survey",
                    word("c.duplicate", lang, organisation=form.organisation, file=seen[form.organisation].path.name),
                    name,
                    fix=word("c.duplicate_fix", lang),
                )
            )
        elif digest(
            {"bodies": json.loads(form.meta["bodies"]), "organisations": json.loads(form.meta["organisations"])}
        ) != form.meta.get("roster_hash"):
            problems.append(
                Problem(
                    ERROR,
                    "survey",
                    word("c.meta_changed", lang),
                    message("label.sheet", file=name, sheet=META_SHEET),
                    fix=word("c.roster_changed_fix", lang),
                )
            )
        seen.setdefault(form.organisation, form)


def read_answers(
    workbook: Workbook,
    form: Form,
    sheet_name: str,
    columns: Sequence[str],
    roster: list,
    lang: str,
    problems: list[Problem],
    formulas: Workbook | None = None,
) -> list[dict]:
    """The rows of one answer sheet as dicts of parsed answers (``row`` = the Excel row number);
    ``formulas``: the form opened with its formulas, to refuse those without a value."""
    where = message("label.sheet", file=form.path.name, sheet=sheet_name)
    if sheet_name not in workbook.sheetnames:
        problems.append(Problem(ERROR, "survey", word("c.sheet_missing", lang, sheet=sheet_name), form.path.name))
        return []
    rows = [[cell_text(v) for v in row] for row in workbook[sheet_name].iter_rows(values_only=True)]
    rows = [r + [""] * (len(columns) - len(r)) for r in rows]
    if formulas is not None:
        from ..io.xlsx import check_formulas

        before = len(problems)
        check_formulas(formulas[sheet_name], rows, where, problems)
        if len(problems) > before:
            return []
    headers = [word(f"fh.{c}", lang) for c in columns]
    for position, (found, expected) in enumerate(zip(rows[0] if rows else [""] * len(columns), headers)):
        if found != expected:
            problems.append(
                Problem(
                    ERROR,
                    "survey",
                    word("c.header_changed", lang, found=found, expected=expected),
                    where,
                    1,
                    found or None,
                    word("c.roster_changed_fix", lang),
                )
            )
            return []
    body = [r for r in rows[1:] if any(r)]
    for number, expected in enumerate(roster + [""] * max(0, len(body) - len(roster)), start=2):
        found = body[number - 2][0] if number - 2 < len(body) else ""
        if found != expected:
            problems.append(
                Problem(
                    ERROR,
                    "survey",
                    word("c.roster_changed", lang, expected=expected, found=found),
                    where,
                    number,
                    headers[0],
                    word("c.roster_changed_fix", lang),
                )
            )
            return []
    return [
        parse_row(dict(zip(columns, cells)), number, headers, where, lang, problems)
        for number, cells in enumerate(body, start=2)
    ]


def parse_row(cells: dict, row: int, headers: list[str], where: str, lang: str, problems: list[Problem]) -> dict:
    """Answers of one row: yes/no as bool, numbers as float (NaN empty), role canonical."""
    columns = list(cells)

    def report(column, message, fix=None):
        problems.append(
            Problem(
                ERROR, "survey", message, where, row, headers[columns.index(column)], fix or word("c.bad_fix", lang)
            )
        )

    answer = {"row": row, "id": cells["id"]}
    for column, text in cells.items():
        if column in ("takes_part", *TIE_KINDS):
            answer[column] = yes_no(text, column, report, lang)
        elif column in ("persons", "value"):
            limits = rules.PERSONS if column == "persons" else rules.RATING
            answer[column] = number(text, column, limits, True, report, lang)
        elif column in ("meetings_per_year", "hours_per_meeting"):
            answer[column] = number(text, column, rules.BOUNDS[("bodies", column)], False, report, lang)
        elif column == "role":
            answer[column] = VOCABULARY_LOOKUP["role"].get(vocabulary_key(text)) if text else None
            if text and answer[column] is None:
                report(column, word("c.bad_role", lang, value=text))
        elif column == "functions":
            answer[column] = text or None
    _check_unticked(cells, answer, report, lang)
    return answer


def _check_unticked(cells: dict, answer: dict, report, lang: str) -> None:
    """Answers on a row whose question is left empty are an error (did they mean yes?), so is
    taking part with 0 persons; after an explicit no, what was pre-filled on the row is ignored."""

    def given(column):
        value = answer.get(column)
        return value is not None and not (isinstance(value, float) and pd.isna(value))

    if "takes_part" in answer:
        if answer["takes_part"] and answer.get("persons") == 0:
            report("persons", word("c.zero_persons", lang), word("c.zero_persons_fix", lang))
        if not cells["takes_part"] and any(given(c) for c in ("persons", "functions", "role", "value")):
            report(
                "takes_part",
                word("c.answers_without_taking_part", lang),
                word("c.answers_without_taking_part_fix", lang),
            )
    elif given("value") and not any(answer[k] for k in TIE_KINDS):
        report("value", word("c.value_without_tie", lang), word("c.value_without_tie_fix", lang))


def yes_no(text: str, column: str, report: Callable[[str, str], None], lang: str) -> bool:
    key = text.strip().lower()
    if key and key not in TRUE_WORDS and key not in FALSE_WORDS:
        report(column, word("c.bad_yes_no", lang, value=text))
    return key in TRUE_WORDS


def number(text: str, column: str, limits: Bounds, whole: bool, report: Callable[[str, str], None], lang: str) -> float:
    if not text:
        return float("nan")
    value = parse_numbers(pd.Series([text]))[0].iloc[0]
    open_low = getattr(limits, "low_open", False)
    low_ok = value > limits.low if open_low else value >= limits.low
    if pd.isna(value) or not (low_ok and value <= limits.high) or (whole and value % 1):
        key = "c.bad_whole" if whole else "c.bad_decimal_open" if open_low else "c.bad_decimal"
        report(
            column, word(key, lang, value=text, low=rules.number_text(limits.low), high=rules.number_text(limits.high))
        )
        return float("nan")
    return float(value)


from .._public import public_dir

__all__ = [
    "Form",
    "LOCK_FILES",
    "form_paths",
    "read_forms",
    "open_form",
    "formula_workbook",
    "read_answers",
    "parse_row",
    "yes_no",
    "number",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
