"""Excel workbooks as Excel shows them, within bounds.

Before openpyxl parses anything, the zip's own directory is checked: the
unpacked size (the sum of the members' sizes, which also bounds what can be
decompressed) and the compression ratio of large members. Then each sheet's
XML is scanned once, in chunks, for formulas, merged ranges and hidden rows,
which openpyxl's read-only mode does not report:

- a formula counts with the value Excel cached for it; a formula without a
  cached value (files written by scripts) is an error naming sheet, row and
  column;
- a merged range gives its value to every cell it covers (Excel shows it so),
  with a warning naming the sheet and the ranges;
- hidden sheets and hidden rows are read, with a warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..language.errors import more_of
from ..errors import ERROR, WARNING, InputError, Problem, place
from .readers import RawInput, _missing_table, _split_header, cell_text, frame_to_raw
from .schema import MAX_COLUMNS, TABLES, canonical_table, info_sheet, required_tables

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

#: Limits of a workbook partnernet reads (README, "Limits"): unpacked size, rows per sheet,
#: and the compression ratio of a member larger than ``RATIO_FROM`` bytes.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: openpyxl reads some 20,000 rows a second, so a sheet at this limit loads in about 10 s and 250 MB;
#: a national register (110,750 memberships) fits, and larger registers load faster as CSV files.
MAX_ROWS = 200_000
MAX_RATIO = 500
RATIO_FROM = 1024 * 1024

FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
MERGED = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)"')
HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\s[^>]*?\bhidden="(?:1|true)"')
ROW_NUMBER = re.compile(rb'\br="(\d+)"')
#: A row element that holds cells (an empty row is written ``<row r="5"/>`` or not at all).
FILLED_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*(?<!/)>\s*<(?:\w+:)?c\b")
#: More empty rows than this below the table: the cells after them are stray (outside the table).
MAX_GAP = 10_000
CHUNK = 1 << 20
OVERLAP = 512


@dataclass
class SheetScan:
    """What the scan of one sheet's XML found."""

    formulas: bool = False
    rows: int = 0
    merged: list[str] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)


def check_archive(archive: zipfile.ZipFile, label: str) -> None:
    """Refuse a workbook that unpacks too large or compresses suspiciously well (a zip bomb)."""
    members = archive.infolist()
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            Problem.of(
                ERROR,
                "too_large",
                label,
                key="too_large.unpacked",
                mb=round(unpacked / 2**20),
                most=MAX_UNPACKED_BYTES // 2**20,
            )
        )
    for member in members:
        if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(
                Problem.of(
                    ERROR,
                    "too_large",
                    label,
                    key="too_large.ratio",
                    name=member.filename,
                    ratio=member.file_size // max(member.compress_size, 1),
                    most=MAX_RATIO,
                )
            )


def scan_sheet(archive: zipfile.ZipFile, member: str) -> SheetScan:
    """Formulas, merged ranges and hidden rows of one sheet, read in chunks (never whole)."""
    scan = SheetScan()
    merged: dict[str, None] = {}
    hidden: set[int] = set()
    tail = b""
    with archive.open(member) as source:
        while chunk := source.read(CHUNK):
            text = tail + chunk
            scan.formulas = scan.formulas or FORMULA.search(text) is not None
            # a row that ends in the new chunk is counted now; one wholly in the tail was counted before
            scan.rows += sum(1 for row in FILLED_ROW.finditer(text) if row.end() > len(tail))
            merged.update(dict.fromkeys(m.group(1).decode().upper() for m in MERGED.finditer(text)))
            for match in HIDDEN_ROW.finditer(text):
                number = ROW_NUMBER.search(match.group(0))
                if number:
                    hidden.add(int(number.group(1)))
            tail = text[-OVERLAP:]
    scan.merged, scan.hidden_rows = list(merged), sorted(hidden)
    return scan


#: The start of an OLE compound file: an old .xls workbook, or an .xlsx encrypted with a password.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: What a damaged part of a workbook raises while it is read (openpyxl, lxml, zipfile, zlib).
DAMAGE = (ValueError, OverflowError, KeyError, TypeError, SyntaxError, EOFError, zipfile.BadZipFile, zlib.error)


def open_workbook(path: Path):
    """The workbook at ``path`` opened read-only with cached values; InputError (our words) when it is none."""
    import openpyxl

    def refuse(key: str) -> InputError:
        return InputError(Problem.of(ERROR, "unreadable_file", str(path), key=key))

    try:
        with path.open("rb") as file:
            head = file.read(len(OLE_MAGIC))
        if head == OLE_MAGIC:
            raise refuse("ole_workbook")
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, str(path))
            parts = set(archive.namelist())
    except zipfile.BadZipFile:
        raise refuse("not_a_zip") from None
    except OSError:
        raise refuse("cannot_open") from None
    if "[Content_Types].xml" not in parts:
        raise refuse("not_a_workbook")
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl, lxml and zipfile raise many types for a damaged part
        raise refuse("damaged_workbook") from None


def read_workbook(path: Path) -> RawInput:
    """Every landscape sheet of an .xlsx as a raw table (see the module's notes)."""
    import openpyxl

    raw = RawInput(str(path))
    workbook = open_workbook(path)
    label = str(path)
    formulas = None
    try:
        for sheet in workbook.worksheets:
            name = canonical_table(sheet.title)
            label = place("label.sheet", path.name, sheet.title, path=str(path))
            if name is None and info_sheet(sheet.title):
                continue  # the intake workbook's instructions and lists (partnernet template)
            if name is None:
                raw.problems.append(Problem.of(WARNING, "unknown_sheet", label))
                continue
            if name in raw.tables:
                raw.problems.append(Problem.of(ERROR, "duplicate_file", label, key="duplicate_sheet", table=name))
                continue
            scan = scan_sheet(workbook._archive, sheet._worksheet_path)
            if scan.rows > MAX_ROWS:  # refused before a cell is read
                raise too_many_rows(label)
            rows = sheet_rows(sheet, label, raw.problems)
            if scan.formulas:
                formulas = formulas or openpyxl.load_workbook(path, read_only=True, data_only=False)
                check_formulas(formulas[sheet.title], rows, label, raw.problems)
            fill_merged(rows, scan.merged, label, raw.problems)
            warn_hidden(sheet, scan.hidden_rows, label, raw.problems)
            width = max((len(r) for r in rows), default=0)
            cells = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)
            header, body = _split_header(cells.astype(str)) if rows else ([], cells)
            raw.tables[name] = frame_to_raw(name, label, header, body, raw.problems)
    except DAMAGE:  # a damaged part: the sheet's XML, a cell, the zip
        raise InputError(Problem.of(ERROR, "unreadable_file", label, key="damaged_sheet")) from None
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()
    for name in required_tables(raw.tables):
        if name not in raw.tables:
            raw.problems.append(_missing_table(TABLES[name], place("label.sheet", path.name, name, path=str(path))))
    return raw


def too_many_rows(label: str) -> InputError:
    return InputError(Problem.of(ERROR, "too_large", label, key="too_large.rows", most=MAX_ROWS))


def numbered_rows(sheet: Worksheet, label: str, values_only: bool = True):
    """(Excel row number, cells) of every row of ``sheet``; a row that cannot be read is an InputError naming it."""
    rows = sheet.iter_rows(min_row=1, values_only=values_only)
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except DAMAGE:
            raise InputError(Problem.of(ERROR, "unreadable_file", label, number + 1, key="damaged_sheet")) from None
        number += 1
        yield number, row


def sheet_rows(sheet: Worksheet, label: str, problems: list[Problem]) -> list[list[str]]:
    """The sheet's cells as text, row by row, up to the last non-empty row.

    Refused beyond MAX_ROWS non-empty rows or a header wider than MAX_COLUMNS.
    Stray cells outside the table (beyond MAX_COLUMNS in a data row, or after
    more than MAX_GAP empty rows, such as a lone cell at XFD1048576) are not
    read, with a warning naming them: they are what makes Excel's used range
    huge, not data.
    """
    sheet.reset_dimensions()  # the declared size may be anything; read what is there
    rows: list[list[str]] = []
    filled, empty, stray = 0, 0, []
    for number, row in numbered_rows(sheet, label):
        cells = [cell_text(v) for v in row[: MAX_COLUMNS + 1]]
        while cells and cells[-1] == "":
            cells.pop()
        far = len(row) > MAX_COLUMNS and any(v is not None and cell_text(v) != "" for v in row[MAX_COLUMNS:])
        if not cells and not far:
            empty += 1
            continue
        if not rows and len(cells) > MAX_COLUMNS or (not rows and far):
            raise InputError(
                Problem.of(ERROR, "too_many_columns", label, number, key="too_wide_row", n=len(row), most=MAX_COLUMNS)
            )
        if far or len(cells) > MAX_COLUMNS or (rows and empty > MAX_GAP):
            stray.append(number)
            if not (rows and empty > MAX_GAP):
                rows.extend([] for _ in range(empty))
                rows.append(cells[:MAX_COLUMNS])
                empty = 0
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise too_many_rows(label)
        rows.extend([] for _ in range(empty))
        rows.append(cells)
        empty = 0
    if stray:
        problems.append(
            Problem.of(
                WARNING,
                "stray_cells",
                label,
                stray[0],
                rows=stray,
                first=stray[0],
                more=more_of(stray),
                most=MAX_COLUMNS,
                gap=MAX_GAP,
            )
        )
    return rows


def check_formulas(sheet: Worksheet, rows: list[list[str]], label: str, problems: list[Problem]) -> None:
    """An error for every formula cell without a cached value (it would read as empty)."""
    sheet.reset_dimensions()
    for number, cells in numbered_rows(sheet, label, values_only=False):
        for cell in cells:
            if getattr(cell, "data_type", None) != "f":
                continue
            column = cell.column
            if number > len(rows) or column > len(rows[number - 1]) or rows[number - 1][column - 1] == "":
                problems.append(
                    Problem.of(
                        ERROR,
                        "formula_without_value",
                        label,
                        number,
                        _header(rows, column),
                        cell=cell.coordinate,
                        formula=str(cell.value)[:60],
                    )
                )


def _header(rows: list[list[str]], column: int) -> str | None:
    header = rows[0] if rows else []
    return header[column - 1] if column <= len(header) and header[column - 1] else None


def fill_merged(rows: list[list[str]], ranges: list[str], label: str, problems: list[Problem]) -> None:
    """Give every cell of a merged range the range's value (its first cell), as Excel shows it."""
    from openpyxl.utils.cell import range_boundaries

    for ref in ranges:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if min_row > len(rows):
            continue
        max_row = min(max_row, len(rows))
        first = rows[min_row - 1]
        value = first[min_col - 1] if min_col <= len(first) else ""
        for r in range(min_row, max_row + 1):
            row = rows[r - 1]
            if len(row) < max_col:
                row.extend([""] * (max_col - len(row)))
            row[min_col - 1 : max_col] = [value] * (max_col - min_col + 1)
    if ranges:
        problems.append(Problem.of(WARNING, "merged_cells", label, ranges=list(ranges)))  # said: the first 5


def warn_hidden(sheet: Worksheet, hidden_rows: list[int], label: str, problems: list[Problem]) -> None:
    if sheet.sheet_state != "visible":
        problems.append(Problem.of(WARNING, "hidden_sheet", label))
    if hidden_rows:
        problems.append(
            Problem.of(
                WARNING,
                "hidden_rows",
                label,
                hidden_rows[0],
                rows=hidden_rows,
                first=hidden_rows[0],
                more=more_of(hidden_rows),
            )
        )


from .._public import public_dir

__all__ = [
    "MAX_UNPACKED_BYTES",
    "MAX_ROWS",
    "MAX_RATIO",
    "RATIO_FROM",
    "FORMULA",
    "MERGED",
    "HIDDEN_ROW",
    "ROW_NUMBER",
    "FILLED_ROW",
    "MAX_GAP",
    "CHUNK",
    "OVERLAP",
    "SheetScan",
    "check_archive",
    "scan_sheet",
    "OLE_MAGIC",
    "DAMAGE",
    "open_workbook",
    "read_workbook",
    "too_many_rows",
    "numbered_rows",
    "sheet_rows",
    "check_formulas",
    "fill_merged",
    "warn_hidden",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
