"""The report as an Excel workbook an analyst can use.

A findings sheet first, each finding linked to the sheet of the table behind
it; one sheet per analysis table; then an explanation sheet ("Toelichting")
that says what every column of every sheet means. Every sheet has a frozen
header row and an autofilter; numbers keep their value and get a number
format from their column, the report's own (:mod:`partnernet.language.workbook`:
whole numbers, hours with one decimal, shares as percentages); yes/no cells
read "ja"/"nee" as in the report; text can never become a
formula (:func:`partnernet.output.write_sheet`). Title, subject, author and
language are set in the document properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import importlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .. import __version__
from ..language import numbers
from ..language import workbook as words
from ..output import save_workbook, write_sheet
from .document import Document, Table

if TYPE_CHECKING:
    from collections.abc import Iterable

SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
#: Excel's limit on the length of a sheet name.
SHEET_NAME_LENGTH = 31
#: Which sheet holds the table behind each kind of finding (a function of report/findings.py -> sheet key).
FINDING_SHEETS = {
    "overload_finding": "overload",
    "merge_finding": "pairs",
    "cut_off_finding": "articulation",
    "key_players_finding": "articulation",
    "connector_finding": "connectors",
    "hub_finding": "centrality",
    "covenant_finding": "covenants",
    "periphery_finding": "domains",
    "turnover_finding": "turnover",
    "chain_finding": "bodies",
}
FINDING_WIDTH = 110


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique worksheet name (31 characters, no []:*?/\\, not starting or ending with ')."""
    base = SHEET_NAME_BAD.sub(" ", title).strip().strip("'").strip()[:SHEET_NAME_LENGTH] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: SHEET_NAME_LENGTH - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def finding_sheets(results, texts, found: Sequence[str]) -> list[str | None]:
    """Per finding, the sheet title (``Table.sheet``) of the table behind it, or None."""
    finding_makers = importlib.import_module(".findings", __package__)  # the module (the package exports the function)
    by_text = {}
    for maker_name, key in FINDING_SHEETS.items():
        maker = getattr(finding_makers, maker_name, None)
        text = maker(results, texts) if maker is not None else None
        if isinstance(text, str) and text:
            by_text[text] = texts(f"sheet_{key}")
    return [next((sheet for text, sheet in by_text.items() if str(f).startswith(text)), None) for f in found]


def to_xlsx(doc: Document, path: Path, inputs: str | Path | Iterable[str | Path] = ()) -> None:
    """Write ``doc`` as a workbook: findings, one sheet per analysis table, the explanation sheet."""
    import openpyxl

    workbook = openpyxl.Workbook()
    taken: set[str] = set()
    summary = workbook.active
    summary.title = sheet_name(words.word("sheet_findings", doc.lang), taken)
    tables = list(doc.sheets().values())  # one sheet per table of the report (its registry key)
    names = [sheet_name(table.sheet or "", taken) for table in tables]
    explanation = sheet_name(words.word("sheet_explanation", doc.lang), taken)
    sheet_of: dict[str, str] = {}
    for table, name in zip(tables, names):
        sheet_of.setdefault(table.sheet or "", name)
    findings_columns = _findings_sheet(summary, doc, sheet_of)
    described = [(summary.title, findings_columns)]
    for table, name in zip(tables, names):
        sheet = workbook.create_sheet(name)
        write_sheet(sheet, _yes_no(table.frame, doc.lang))
        _number_formats(sheet, table)
        _filter(sheet)
        described.append((name, [(c, table.columns.get(c, c)) for c in table.frame.columns]))
    sheet = workbook.create_sheet(explanation)
    write_sheet(sheet, _explanation(described, doc.lang))
    _filter(sheet)
    sheet.column_dimensions["C"].width = 100
    _properties(workbook, doc)
    save_workbook(workbook, path, inputs)


def _findings_sheet(sheet, doc: Document, sheet_of: dict[str, str]) -> list[tuple[str, str]]:
    """The findings, each with a link to the sheet behind it; the (display, column) pairs written."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    finding, details = words.word("col_finding", doc.lang), words.word("col_details", doc.lang)
    targets = list(doc.finding_sheets) + [None] * (len(doc.findings) - len(doc.finding_sheets))
    linked = [sheet_of.get(target) if target else None for target in targets[: len(doc.findings)]]
    write_sheet(sheet, pd.DataFrame({finding: doc.findings, details: [n or "" for n in linked]}))
    for row, name in enumerate(linked, start=2):
        sheet.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        if not name:
            continue
        location = "'" + name.replace("'", "''") + "'!A1"
        for column in (1, 2):
            cell = sheet.cell(row=row, column=column)
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=location, display=name)
            if column == 2:
                cell.font = Font(color="0563C1", underline="single")
    sheet.column_dimensions["A"].width = FINDING_WIDTH
    _filter(sheet)
    return [(finding, "finding"), (details, "sheet")]


def _number_formats(sheet, table: Table) -> None:
    """Each number's Excel number format, as the report shows it (:func:`.words.cell_format`: the column's
    display format of :data:`partnernet.language.labels.COLUMN_FORMATS`, else per cell)."""
    for number, column in enumerate(table.frame.columns, start=1):
        key = table.columns.get(column, column)
        for (cell,) in sheet.iter_rows(min_row=2, max_row=sheet.max_row, min_col=number, max_col=number):
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                cell.number_format = words.cell_format(key, cell.value)


def _yes_no(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Yes/no cells as the report writes them ("ja"/"nee", "yes"/"no"), not Excel's TRUE/FALSE (WAAR/ONWAAR
    in a Dutch Excel), which the report never shows."""
    frame = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values.dtype) or (values.dtype == object and values.map(_is_bool).any()):
            frame[column] = values.map(lambda v: numbers.cell(v, "", lang) if _is_bool(v) else v).astype(object)
    return frame


def _is_bool(value) -> bool:
    return isinstance(value, (bool, np.bool_))


def _filter(sheet) -> None:
    """Autofilter over the table (header row frozen by write_sheet)."""
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _explanation(described: list[tuple[str, list[tuple[str, str]]]], lang: str) -> pd.DataFrame:
    rows = [(name, display, words.explain(column, lang)) for name, columns in described for display, column in columns]
    return pd.DataFrame(
        rows, columns=[words.word("col_sheet", lang), words.word("col_column", lang), words.word("col_meaning", lang)]
    )


def _properties(workbook, doc: Document) -> None:
    properties = workbook.properties
    properties.title = doc.title
    properties.subject = doc.subtitle
    properties.creator = words.word("author", doc.lang, version=__version__)
    properties.lastModifiedBy = properties.creator
    properties.language = doc.lang
    properties.keywords = "partnernet"


from .._public import public_dir

__all__ = [
    "SHEET_NAME_BAD",
    "SHEET_NAME_LENGTH",
    "FINDING_SHEETS",
    "FINDING_WIDTH",
    "sheet_name",
    "finding_sheets",
    "to_xlsx",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
