"""Formatting results for people and programs: terminal tables, CSV, JSON, xlsx sheets.

Outputs never compute metrics; they only render what the analyses return.
Text that a spreadsheet would run as a formula is neutralised here.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math

import numpy as np
import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
OUTPUT_FORMATS = ("table", "csv", "json")


def neutralise(value):
    """Prefix text that starts like a formula (``=``, ``+``, ``-``, ``@``) with ``'``.

    The OWASP advice against CSV injection: Excel and LibreOffice show the
    text as it was and run nothing. partnernet's CSV reader drops the prefix
    again, so written files load back unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def plain(value):
    """A value as plain JSON-able Python: None for missing, ISO text for dates."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if value == pd.Timestamp(value).normalize() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def jsonable(frame: pd.DataFrame) -> list[dict]:
    """Rows of ``frame`` as dicts of plain values (the index is not included)."""
    columns = [str(c) for c in frame.columns]
    return [dict(zip(columns, map(plain, row))) for row in frame.itertuples(index=False, name=None)]


def to_jsonable(result):
    """Any analysis result (DataFrame, Series, dict of them, scalars) as plain JSON data."""
    if isinstance(result, pd.DataFrame):
        frame = result
        if not isinstance(frame.index, pd.RangeIndex) or frame.index.name:
            frame = frame.reset_index()
        return jsonable(frame)
    if isinstance(result, pd.Series):
        return {str(k): plain(v) for k, v in result.items()}
    if isinstance(result, dict):
        return {str(k): to_jsonable(v) for k, v in result.items()}
    if isinstance(result, (list, tuple)):
        return [to_jsonable(v) for v in result]
    return plain(result)


def render_json(result) -> str:
    return json.dumps(to_jsonable(result), ensure_ascii=False, indent=2)


def render_csv(frame: pd.DataFrame) -> str:
    """CSV with formula-like text neutralised; the index is written when it carries ids."""
    frame = frame.copy()
    keep_index = not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None
    if keep_index:
        frame = frame.reset_index()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(_csv_text, na_action="ignore")
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def _csv_text(value):
    """Lists (chains, member ids) as ``a, b, c`` rather than Python's ``['a', 'b', 'c']``."""
    if isinstance(value, (list, tuple, set, frozenset)):
        value = _text(value)
    return neutralise(value)


def render_table(frame: pd.DataFrame, digits: int = 3, max_width: int = 60) -> str:
    """A frame as aligned text for a terminal: floats rounded, missing shown as '-',
    text longer than ``max_width`` characters cut with '…' (CSV and JSON keep it whole)."""
    if frame.empty:
        return "(none)"
    shown = frame.copy()
    for column in shown.columns:
        values = shown[column]
        if pd.api.types.is_float_dtype(values):
            shown[column] = values.map(lambda v: "-" if pd.isna(v) else _number(v, digits))
        elif pd.api.types.is_datetime64_any_dtype(values):
            shown[column] = values.dt.strftime("%Y-%m-%d").fillna("-")
        else:
            shown[column] = values.map(lambda v: "-" if _is_missing(v) else _cut(_text(v), max_width))
    return shown.to_string()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: float, digits: int) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


def _text(value) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(map(str, value))
    return str(value)


def _is_missing(value) -> bool:
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return False
    return bool(pd.isna(value))


def render(result, fmt: str = "table") -> str:
    """One DataFrame (or Series) as table, csv or json text."""
    if isinstance(result, pd.Series):
        result = result.to_frame()
    if fmt == "json":
        return render_json(result)
    if fmt == "csv":
        return render_csv(result)
    return render_table(result)


def write_sheet(sheet, frame: pd.DataFrame, index: bool = False) -> None:
    """Fill an openpyxl worksheet with ``frame``; no text cell can become a formula.

    Text is stored as a string cell with Excel's quote prefix, so Excel shows
    ``=HYPERLINK(...)`` as text and keeps it text when the cell is edited.
    """
    from openpyxl.styles import Font

    if index:
        frame = frame.reset_index()
    sheet.append([str(c) for c in frame.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    date_columns = {i for i, c in enumerate(frame.columns)
                    if pd.api.types.is_datetime64_any_dtype(frame[c])}
    for row_number, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        for col_number, value in enumerate(row, start=1):
            value = _cell_value(value)
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=col_number, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
                if value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True
            elif col_number - 1 in date_columns:
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    for col_number, column in enumerate(frame.columns, start=1):
        width = max([len(str(column))] + [len(str(v)) for v in frame[column].head(200)])
        sheet.column_dimensions[sheet.cell(row=1, column=col_number).column_letter].width = min(50, width + 2)


def _cell_value(value):
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if not isinstance(value, dt.datetime):
        value = plain(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value
