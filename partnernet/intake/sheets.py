"""Small openpyxl helpers shared by the intake workbook and the survey forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from functools import cache

import pandas as pd

from ..output import write_sheet

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

#: Cells the respondent should not change (ids, names) are grey.
FIXED_COLOUR = "E7E6E6"


@cache
def style(name: str):
    """openpyxl styles, made on first use (``import partnernet`` does not load openpyxl)."""
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    return {
        "header": Font(bold=True),
        "title": Font(bold=True, size=14),
        "fixed": PatternFill("solid", fgColor=FIXED_COLOUR),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "unlocked": Protection(locked=False),
    }[name]


def column_letter(position: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(position)


def new_workbook() -> Workbook:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    return workbook


def write_table(sheet: Worksheet, frame: pd.DataFrame) -> None:
    """A frame as a table sheet through the project's safe writer (no cell becomes a formula)."""
    write_sheet(sheet, frame)


def write_text(sheet: Worksheet, row: int, column: int, text: object) -> Cell:
    """A cell that stays text whatever it starts with."""
    cell = sheet.cell(row=row, column=column, value=text)
    if isinstance(text, str):
        cell.data_type = "s"
        if text.startswith(("=", "+", "-", "@")):
            cell.quotePrefix = True
    return cell


def write_lines(sheet: Worksheet, title: str, lines: list[str], width: int | None = 110) -> int:
    """A title and lines of text from A1 down, wrapped in a column ``width`` wide (None: column A
    keeps its width and each line runs on over the empty cells to its right); the last row used."""
    write_text(sheet, 1, 1, title).font = style("title")
    for row, line in enumerate(lines, start=3):
        cell = write_text(sheet, row, 1, line)
        if width:
            cell.alignment = style("wrap")
    if width:
        sheet.column_dimensions["A"].width = width
    return 2 + len(lines)


def comment(cell: Cell, text: str) -> None:
    from openpyxl.comments import Comment

    cell.comment = Comment(text, "partnernet", width=260, height=60)


def define_name(workbook: Workbook, name: str, formula: str) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    workbook.defined_names[name] = DefinedName(name, attr_text=formula)


def name_range(sheet_title: str, column: str = "A") -> str:
    """The filled cells of a sheet's id column below the header, however many rows are filled."""
    sheet = f"'{sheet_title}'"
    return f"OFFSET({sheet}!${column}$2,0,0,MAX(1,COUNTA({sheet}!${column}:${column})-1),1)"


from .._public import public_dir

__all__ = [
    "FIXED_COLOUR",
    "style",
    "column_letter",
    "new_workbook",
    "write_table",
    "write_text",
    "write_lines",
    "comment",
    "define_name",
    "name_range",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
