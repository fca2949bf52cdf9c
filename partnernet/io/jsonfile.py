"""JSON written by ``partnernet convert``: ``{"tables": {name: [record, ...]}}`` to raw tables.

The text's encoding is decided as a CSV file's (:mod:`partnernet.io.text`); a syntax error names
the line and character where the decoder stopped, in our words (never the decoder's English).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..errors import ERROR, WARNING, InputError, Problem, place
from ..language.errors import message
from .readers import RawInput, _missing_table, frame_to_raw, value_text
from .schema import TABLES, required_tables
from .text import read_text


class RefusedNumber(ValueError):
    """A JSON number partnernet does not read: NaN, Infinity, ``1e999``, or an integer too long to convert."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text if len(text) <= 40 else text[:40] + "…"


def _not_finite(text: str):
    raise RefusedNumber(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        _not_finite(text)
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        _not_finite(text)
        raise  # pragma: no cover - _not_finite raises


#: The JSON decoder's complaints (its ``msg`` attribute) in partnernet's words; others are said generally.
JSON_COMPLAINTS = {
    "Expecting value": "value",
    "Expecting property name enclosed in double quotes": "name",
    "Expecting ',' delimiter": "comma",
    "Expecting ':' delimiter": "colon",
    "Extra data": "extra",
    "Unterminated string starting at": "string",
    "Invalid control character at": "control",
    "Invalid \\escape": "escape",
}


def json_tables(path: Path, problems: list[Problem] | None = None) -> dict:
    """The ``tables`` object of a partnernet JSON file: table name -> list of records (objects).

    NaN, Infinity and numbers too large for a float (``1e999``) are refused,
    as their CSV twins are; so is a document nested too deeply to read. A syntax
    error names the line and the character where the decoder stopped. The text's
    encoding is decided as a CSV file's (:mod:`partnernet.io.text`); its warning goes to ``problems``.
    """
    label = str(path)

    def refuse(why: str):
        return InputError(Problem.of(ERROR, "unreadable_file", label, key="not_json_landscape", reason=why))

    decoded = read_text(path, label, csv=False)
    if problems is not None:
        problems.extend(decoded.problems)
    try:
        document = json.loads(decoded.text, parse_constant=_not_finite, parse_float=_finite_float, parse_int=_integer)
    except RecursionError:
        raise refuse(message("json_too_deep")) from None
    except RefusedNumber as exc:
        raise refuse(message("json_not_finite", text=exc.text)) from None
    except json.JSONDecodeError as exc:
        complaint = JSON_COMPLAINTS.get(exc.msg, "other")
        raise InputError(
            Problem.of(
                ERROR,
                "unreadable_file",
                label,
                exc.lineno,
                unit="line",
                key=f"json_syntax.{complaint}",
                position=exc.colno,
            )
        ) from None
    tables = document.get("tables") if isinstance(document, dict) else None
    if not isinstance(tables, dict):
        raise refuse(message("json_no_tables"))
    for name, records in tables.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise refuse(message("json_not_records", name=name))
    return tables


def read_json(path: Path) -> RawInput:
    raw = RawInput(str(path))
    for name, records in json_tables(path, raw.problems).items():
        if name not in TABLES:
            raw.problems.append(Problem.of(WARNING, "unknown_table", str(path), name=name))
            continue
        frame = (
            pd.DataFrame.from_records(records)
            if records
            else pd.DataFrame(columns=[c.name for c in TABLES[name].columns if c.required])
        )
        header = [str(c) for c in frame.columns]
        body = frame.map(value_text) if len(frame) else frame.astype(str)
        body.index = pd.RangeIndex(1, len(body) + 1)
        body.columns = pd.RangeIndex(len(header))
        raw.tables[name] = frame_to_raw(
            name,
            place("label.table", path.name, name, path=str(path), name=name),
            header,
            body,
            raw.problems,
            unit="record",
        )
    for name in required_tables(raw.tables):
        if name not in raw.tables:
            raw.problems.append(
                _missing_table(TABLES[name], place("label.table", path.name, name, path=str(path), name=name))
            )
    return raw


from .._public import public_dir

__all__ = ["RefusedNumber", "JSON_COMPLAINTS", "json_tables", "read_json"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
