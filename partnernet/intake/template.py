"""The intake workbook: one sheet per table of the input format, with Excel's data validation.

``partnernet template -o register.xlsx`` gives an analyst a register to fill in
instead of CSV files to write: Dutch (or English) headers the loader accepts,
drop-down lists for every vocabulary and for every id that refers to another
sheet, range checks for numbers, date cells. The workbook loads with
:func:`partnernet.load` as it is; the examples stay on the instructions sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

import pandas as pd

from ..io.schema import BOOL, COUNT, DATE, ID, NUMBER, REF, TABLES, VOCAB, Column
from ..language.intake import WORDS, vocabulary_words, word
from . import rules
from .files import check_new_file, check_output, save_workbook
from .sheets import column_letter, comment, define_name, name_range, new_workbook, style, write_lines, write_table

if TYPE_CHECKING:
    from ..language.langs import Lang
    from ..landscape import Landscape
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    from ..io.schema import TableSpec

#: Defined names of the id lists that drop-downs of references use.
ID_NAMES = {
    ("organisations",): "pn_organisations",
    ("bodies",): "pn_bodies",
    ("organisations", "persons"): "pn_members",
}
LAST_ROW = 1_048_576
#: Spare rows of the members list beyond the ids already filled in.
SPARE_ROWS = 2000

#: The example line of each table; ids and names are words (language/intake.py), vocabulary
#: values canonical (shown translated).
EXAMPLES: dict[str, dict[str, object]] = {
    "organisations": {"domain": "administration", "regime": "both", "level": "local", "capacity_hours": 40},
    "bodies": {
        "kind": "operational",
        "regime": "both",
        "level": "local",
        "meetings_per_year": 24,
        "hours_per_meeting": 2.5,
        "host": "@organisations.id",
        "start": "2020-01-01",
    },
    "persons": {"organisation": "@organisations.id"},
    "memberships": {
        "member": "@persons.id",
        "body": "@bodies.id",
        "role": "chair",
        "type": "core",
        "seats": 1,
        "start": "2021-03-01",
    },
    "ties": {
        "source": "@organisations.id",
        "target": "@persons.id",
        "kind": "information",
        "directed": True,
        "weight": 1,
    },
    "covenants": {"covenant": "@bodies.covenant", "organisation": "@organisations.id"},
}


def template(
    path: str | Path, lang: Lang | None = None, source: str | Path | Landscape | None = None, force: bool = False
) -> Path:
    """Write the intake workbook to ``path`` and return the path.

    Parameters
    ----------
    path : str or Path
        The ``.xlsx`` file to write (never one of the inputs).
    lang : "nl" | "en", optional
        Sheet names, headers, drop-down words and messages: Dutch or English. None (default): ``$PARTNERNET_LANG``, else Dutch.
    source : str, Path or Landscape, optional
        Pre-fill the sheets from this landscape (every row of its register).
    force : bool
        Replace ``path`` when it exists (without it an existing file, which may be
        filled in already, is refused).

    Returns
    -------
    Path of the workbook: an instructions sheet, one sheet per table
    (organisations, bodies, persons, memberships, ties, covenants) and a
    hidden sheet with the list of members for drop-downs.

    Raises
    ------
    UsageError
        For an unknown ``lang``, a ``path`` that is an input, that does not end in
        ``.xlsx``, or that exists (without ``force``).
    InputError
        When ``source`` cannot be loaded.

    Examples
    --------
    >>> import partnernet as pn
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = tempfile.TemporaryDirectory()
    >>> register = pn.template(Path(folder.name) / "register.xlsx", source="data/regio-voorbeeld")
    >>> pn.load(register).equals(pn.load("data/regio-voorbeeld"))
    True
    >>> folder.cleanup()
    """
    return make_template(path, lang, source, force)["path"]


def make_template(
    path: str | Path, lang: Lang | None = None, source: str | Path | Landscape | None = None, force: bool = False
) -> dict:
    """:func:`template`, returning a summary for the CLI: path, sheets, rows, rules."""
    from ..landscape import Landscape

    lang = check_language(lang)
    # the register a template is made from is an input, also when it comes as a loaded landscape: never
    # replaced, not even with force
    inputs: list[str | Path] = [source] if isinstance(source, (str, Path)) else []
    if isinstance(source, Landscape) and source.source is not None:
        inputs.append(source.source)
    check_output(path, inputs, lang)
    check_new_file(path, force, lang)
    if source is not None and not isinstance(source, Landscape):
        from ..io import load

        source = load(source)
    workbook, summary = build_template(source, lang)
    save_workbook(workbook, path, inputs, lang)
    return dict(summary, path=Path(path))


def build_template(land: Landscape | None, lang: str) -> tuple[Workbook, dict[str, int]]:
    """The openpyxl workbook and a summary dict (sheets, rows, rules) for the CLI."""
    from ..io.writers import input_tables

    workbook = new_workbook()
    tables = input_tables(land) if land is not None else {}
    instructions = workbook.create_sheet(word("sheet.instructions", lang))
    rows = rules_count = 0
    for name, spec in TABLES.items():
        frame = display_frame(spec, tables.get(name), lang)
        sheet = workbook.create_sheet(word(f"sheet.{name}", lang))
        write_table(sheet, frame)
        rows += len(frame)
        rules_count += add_column_rules(sheet, spec, lang)
        for position, col in enumerate(spec.columns, start=1):
            comment(sheet.cell(row=1, column=position), word("example", lang, value=example_value(name, col, lang)))
    add_member_list(workbook, lang, sum(len(tables.get(t, ())) for t in ("organisations", "persons")))
    for references, defined in ID_NAMES.items():
        if len(references) == 1:
            define_name(workbook, defined, name_range(word(f"sheet.{references[0]}", lang)))
    write_instructions(instructions, lang)
    return workbook, {"sheets": len(workbook.sheetnames), "rows": rows, "rules": rules_count}


def check_language(lang: str | None) -> Lang:
    """``lang`` as nl or en (any case); a UsageError (and ValueError) for another: the one check of
    :mod:`partnernet.language`."""
    from ..language import check_language as check
    from ..language import default_lang

    return check(lang) if lang is not None else default_lang()


def display_frame(spec: TableSpec, frame: pd.DataFrame | None, lang: str) -> pd.DataFrame:
    """A table with the headers and vocabulary words of ``lang``; empty (headers only) without data."""
    headers = {c.name: word(f"h.{spec.name}.{c.name}", lang) for c in spec.columns}
    if frame is None:
        return pd.DataFrame(columns=list(headers.values()))
    frame = frame.copy()
    for col in spec.columns:
        if col.kind == VOCAB and col.vocabulary is not None:
            shown = vocabulary_words(col.vocabulary, lang)
            frame[col.name] = frame[col.name].map(lambda v: shown.get(v, v), na_action="ignore")
        elif col.kind == BOOL:
            frame[col.name] = frame[col.name].map({True: word("v.bool.true", lang), False: word("v.bool.false", lang)})
    return frame.rename(columns=headers)


def add_column_rules(sheet: Worksheet, spec: TableSpec, lang: str) -> int:
    """Data validation (and date formats) for every column of a table sheet; the number of rules."""
    count = 0
    for position, col in enumerate(spec.columns, start=1):
        letter = column_letter(position)
        rule = column_rule(spec.name, col, lang, f"{letter}2")
        if rule is None:
            continue
        if col.kind == DATE:
            sheet.column_dimensions[letter].number_format = "yyyy-mm-dd"
        rule.add(f"{letter}2:{letter}{LAST_ROW}")
        sheet.add_data_validation(rule)
        count += 1
    return count


def column_rule(table: str, col: Column, lang: str, first_cell: str) -> DataValidation | None:
    """The DataValidation of one column, or None for free text."""
    if col.kind == ID:
        return rules.validation("unique", lang, cell=first_cell)
    if col.kind == REF:
        target = " / ".join(word(f"sheet.{t}", lang) for t in col.references)
        return rules.validation("list", lang, source=ID_NAMES[col.references], sheet=target)
    if col.kind == VOCAB and col.vocabulary is not None:
        return rules.validation("list", lang, values=rules.vocabulary_list(col.vocabulary, lang))
    if col.kind == BOOL:
        return rules.validation("list", lang, values=rules.yes_no(lang))
    if col.kind in (NUMBER, COUNT):
        limits = rules.bounds(table, col.name)
        if limits is None:
            return None
        return rules.validation("number", lang, limits=limits, whole=col.kind == COUNT, cell=first_cell)
    if col.kind == DATE:
        return rules.validation("end" if col.name == "end" else "date", lang, cell=first_cell)
    return None


def add_member_list(workbook: Workbook, lang: str, filled: int) -> None:
    """A hidden sheet listing organisation ids then person ids (formulas), named ``pn_members``.

    Excel's drop-down lists take one column; a member may be an organisation
    or a person, so the two id columns are joined here.
    """
    organisations, persons = (f"'{word(f'sheet.{t}', lang)}'!$A:$A" for t in ("organisations", "persons"))
    sheet = workbook.create_sheet(word("sheet.lists", lang))
    sheet.sheet_state = "hidden"
    sheet["B1"] = f"=COUNTA({organisations})-1"
    sheet["B2"] = f"=COUNTA({persons})-1"
    for row in range(1, filled + SPARE_ROWS + 1):
        sheet.cell(
            row=row,
            column=1,
            value=(
                f'=IF(ROW()<=$B$1,INDEX({organisations},ROW()+1),IF(ROW()<=$B$1+$B$2,INDEX({persons},ROW()-$B$1+1),""))'
            ),
        )
    lists = f"'{sheet.title}'"
    define_name(workbook, "pn_members", f"OFFSET({lists}!$A$1,0,0,MAX(1,{lists}!$B$1+{lists}!$B$2),1)")


def example_value(table: str, col: Column, lang: str) -> object:
    """The example line's value of one column ("" when the example leaves it empty)."""
    key = f"x.{table}.{col.name}"
    if key in WORDS:
        return word(key, lang)
    value = EXAMPLES.get(table, {}).get(col.name, "")
    if isinstance(value, str) and value.startswith("@"):
        other_table, other_col = value[1:].split(".")
        return word(f"x.{other_table}.{other_col}", lang)
    if col.kind == VOCAB and value and col.vocabulary is not None:
        return vocabulary_words(col.vocabulary, lang)[str(value)]
    if col.kind == BOOL and value != "":
        return word("v.bool.true" if value else "v.bool.false", lang)
    return value


def write_instructions(sheet: Worksheet, lang: str) -> None:
    """The title, how to fill in, then per table sheet its headers and an example line."""
    row = write_lines(sheet, word("i.title", lang), word("i.lines", lang).split("\n"), width=None) + 1
    for name, spec in TABLES.items():
        row += 1
        sheet.cell(row=row, column=1, value=word("i.sheet", lang, sheet=word(f"sheet.{name}", lang))).font = style(
            "header"
        )
        row += 1
        for position, col in enumerate(spec.columns, start=2):
            header = word(f"h.{name}.{col.name}", lang)
            if col.required:
                header += f" ({word('i.required', lang)})"
            sheet.cell(row=row, column=position, value=header).font = style("header")
            sheet.cell(row=row + 1, column=position, value=example_value(name, col, lang))
        sheet.cell(row=row + 1, column=1, value=word("i.example_row", lang))
        row += 2
    sheet.column_dimensions["A"].width = 16
    for position in range(2, 14):
        sheet.column_dimensions[column_letter(position)].width = 22


from .._public import public_dir

__all__ = [
    "ID_NAMES",
    "LAST_ROW",
    "SPARE_ROWS",
    "EXAMPLES",
    "template",
    "make_template",
    "build_template",
    "check_language",
    "display_frame",
    "add_column_rules",
    "column_rule",
    "add_member_list",
    "example_value",
    "write_instructions",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
