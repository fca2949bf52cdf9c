"""Readers: turn files into raw tables of strings, remembering where each row came from.

A reader does not judge values; it only finds the tables, maps the headers to
canonical column names and keeps every row's number as the user sees it (in
Excel, the header is row 1). :mod:`partnernet.io.build` parses and checks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from typing import cast

import numpy as np
import pandas as pd

from ..errors import ERROR, WARNING, InputError, Problem
from .schema import MAX_COLUMNS, TABLES, TableSpec, canonical_column, canonical_table, required_tables, slug
from .text import CONTROL_CHARACTERS, control_said, read_text, sniff_delimiter


@dataclass
class RawTable:
    """One table as read: strings only, ``""`` for empty cells.

    ``frame`` has canonical column names (plus any extra columns under the
    user's own header) and is indexed by the row number the user sees.
    ``headers`` maps each canonical column to the header as the user wrote it.
    """

    name: str
    label: str
    frame: pd.DataFrame
    headers: dict[str, str] = field(default_factory=dict)
    unit: str = "row"

    def header(self, column: str) -> str:
        return self.headers.get(column, column)


@dataclass
class RawInput:
    """Everything a reader found: the tables, and problems met while reading.

    ``unreadable`` names the tables whose file or sheet was there but could not be read
    (encoding, CSV that does not parse): their error is in ``problems``, and references
    into them are not checked, so one cause gives one error.
    """

    source: str
    tables: dict[str, RawTable] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)


# ---------------------------------------------------------------------------
# CSV cells


def read_csv_cells(path: Path, label: str, problems: list[Problem] | None = None) -> tuple[list[str], pd.DataFrame]:
    """Header and body of a CSV file, all strings, indexed by Excel row number.

    The encoding is decided by :func:`partnernet.io.text.read_text`; its warning (a file read as
    Windows-1252) goes to ``problems``. Errors raise InputError naming file, row and column.
    """
    decoded = read_text(path, label)
    if problems is not None:
        problems.extend(decoded.problems)
    text = decoded.text
    if not text.strip():
        raise InputError(Problem.of(ERROR, "empty_file", label))
    check_width(text, label)
    sep = sniff_delimiter(text)
    blank = len(text) - len(text.lstrip("\r\n"))
    lead = text[:blank].count("\n")  # empty lines above the header: pandas finds no columns in them
    text = text[blank:]
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            quoting=csv.QUOTE_MINIMAL,
            engine="c",
        )
    except pd.errors.ParserError:
        raise InputError(csv_problem(text, sep, label, lead)) from None
    cells.index = pd.RangeIndex(lead, lead + len(cells))
    cells = cells.fillna("")
    # Undo partnernet's own formula neutralisation ('=...), see output.neutralise.
    undone = False
    for column in cells.columns if "'" in text else ():  # no quote in the file: no cell to look at
        if any_cell_matches(cells[column], NEUTRALISED):
            cells[column] = cells[column].str.replace(r"^'(?=[=+\-@\t\r])", "", regex=True)
            undone = True
    # a cell written as '\r... begins with whitespace once undone, which the text does not show
    return _split_header(cells, padded=undone or may_hold_padded_cells(text, sep))


def csv_problem(text: str, sep: str, label: str, lead: int = 0) -> Problem:
    """Why pandas could not read ``text``, found again with Python's csv module: the first row with
    more values than the header, else the row where a quote opens that never closes.

    The numbers come from counting rows, not from the library's message (which is English).
    ``lead``: empty lines above ``text`` in the file, so rows are numbered as in Excel.
    """
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    expected = None
    for number, record in enumerate(rows, start=lead + 1):
        expected = len(record) if expected is None else expected
        if len(record) > expected:
            return Problem.of(ERROR, "too_many_values", label, number, saw=len(record), expected=expected, sep=sep)
    number = lead
    try:
        for number, _ in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True), lead + 1):
            pass
    except csv.Error:
        return Problem.of(ERROR, "unreadable_file", label, number + 1, key="unclosed_quote")
    return Problem.of(ERROR, "unreadable_file", label, key="unreadable_csv")


def check_width(text: str, label: str) -> None:
    """Refuse a header line of more than MAX_COLUMNS columns before pandas reads the file."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = text[start:] if end < 0 else text[start:end]
    widest = max(first.count(sep) for sep in (";", ",", "\t")) + 1
    if widest > MAX_COLUMNS:
        raise InputError(Problem.of(ERROR, "too_many_columns", label, 1, n=widest, most=MAX_COLUMNS))


#: A cell starting with a neutralising quote, and a cell with spaces around its text.
NEUTRALISED = re.compile(r"\x00'")
PADDED = re.compile(r"\x00\s|\s\x00")


#: ASCII whitespace other than the space and the line ends (``str.isspace``, which ``\\s`` follows).
RARE_SPACES = "\t\x0b\x0c\x1c\x1d\x1e\x1f"


def may_hold_padded_cells(text: str, sep: str) -> bool:
    """False only when no cell of the CSV ``text`` (separator ``sep``) can begin or end with whitespace,
    told by a few substring searches of the whole text instead of a regular expression over every column
    (the nation's memberships: 120 ms). True whenever it cannot tell: a character outside ASCII, or
    whitespace other than spaces and line ends (then the columns are looked at one by one).

    With only spaces and line ends left, a padded cell shows in the text as a space at its start or
    end, or next to a separator, a quote or a line end, or as a line end just inside a quote.
    """
    if not text.isascii() or any(space in text for space in RARE_SPACES):  # isascii costs nothing
        return True
    if text.startswith(" ") or text.endswith(" "):
        return True
    return any(" " + edge in text or edge + " " in text for edge in (sep, '"', "\n", "\r")) or any(
        pair in text for pair in ('"\n', '\n"', '"\r', '\r"')
    )


def any_cell_matches(values: pd.Series, pattern: re.Pattern) -> bool:
    """Whether ``pattern`` occurs in the column's cells joined as ``\\x00cell\\x00cell...\\x00``.

    One regular-expression scan of the joined text instead of a Python call
    per cell: a register has a hundred thousand cells per column and almost
    none that need work.
    """
    return pattern.search("\x00" + "\x00".join(values.tolist()) + "\x00") is not None


def _split_header(cells: pd.DataFrame, padded: bool = True) -> tuple[list[str], pd.DataFrame]:
    """Header (the first row with content) and body of a table of strings; ``padded``: whether a cell may
    begin or end with whitespace (False: its columns need no look for cells to strip)."""
    # Skip leading blank rows; the first row with content is the header.
    nonblank = _nonblank(cells)
    if not nonblank.any():
        return [], cells.iloc[0:0]
    first = int(nonblank.argmax())
    header = [str(h).strip().lstrip("\ufeff") for h in cells.iloc[first]]
    body = cells.iloc[first + 1 :].copy()
    top = int(cells.index[first]) + 2  # the Excel row below the header
    body.index = pd.RangeIndex(top, top + len(body))
    body.columns = pd.RangeIndex(len(header))
    for column in body.columns if padded else ():
        if any_cell_matches(body[column], PADDED):
            body[column] = body[column].str.strip()
    keep = _nonblank(body)
    return header, body if keep.all() else body[keep]


def _nonblank(cells: pd.DataFrame) -> np.ndarray:
    """Per row whether any cell is not empty: only the rows whose first cell is empty are looked at
    further (in a register, almost none: a row's first cell is its id)."""
    if not len(cells.columns):
        return np.zeros(len(cells), dtype=bool)
    nonblank = cells.iloc[:, 0].to_numpy(dtype=object) != ""
    if not nonblank.all():
        open_rows = np.flatnonzero(~nonblank)
        nonblank[open_rows] = (cells.iloc[open_rows].to_numpy(dtype=object) != "").any(axis=1)
    return nonblank


def frame_to_raw(
    name: str, label: str, header: list[str], body: pd.DataFrame, problems: list[Problem], unit: str = "row"
) -> RawTable:
    """Map headers to canonical names; keep unknown columns under the user's header."""
    spec = TABLES[name]
    columns, headers = [], {}
    if CONTROL_CHARACTERS.search("".join(header)):
        said = control_said(header)
        for text in header:
            if CONTROL_CHARACTERS.search(text):
                problems.append(Problem.of(WARNING, "control_characters", label, 1, text, more=0, chars=said))
        header = [CONTROL_CHARACTERS.sub("", text) for text in header]
    direction = _direction_column(name, header, body)
    if direction is not None:  # Gephi's edge export: Type = Directed / Undirected is the direction
        body = body.copy()
        body[direction] = body[direction].str.strip().str.lower().map(DIRECTIONS).fillna("")
    for position, text in enumerate(header):
        canonical = "directed" if position == direction else canonical_column(spec, text) if text else None
        if canonical and canonical not in headers:
            headers[canonical] = text
            columns.append(canonical)
            continue
        if not text:
            if body[position].ne("").any():
                problems.append(Problem.of(WARNING, "unnamed_column", label, 1, position=position + 1))
            columns.append(f"column_{position + 1}")
            continue
        if canonical:
            problems.append(
                Problem.of(WARNING, "duplicate_column", label, 1, text, header=text, first=headers[canonical])
            )
        columns.append(text if text not in columns else f"{text}_{position + 1}")
    body = body.copy()
    body.columns = columns
    body = body.drop(columns=[c for c in columns if c.startswith("column_") and not body[c].ne("").any()])
    return RawTable(name, label, body, headers, unit)


#: Values of a ties column that say a tie's direction, not its kind (Gephi writes Type = Directed).
DIRECTIONS = {"directed": "true", "undirected": "false", "gericht": "true", "ongericht": "false", "": ""}


def _direction_column(name: str, header: list[str], body: pd.DataFrame) -> int | None:
    """Position of a ties column read as the kind whose every value is 'directed' or 'undirected'
    (Gephi's ``Type``), when there is no ``directed`` column; else None."""
    if name != "ties" or any(canonical_column(TABLES[name], h) == "directed" for h in header if h):
        return None
    for position, text in enumerate(header):
        if text and canonical_column(TABLES[name], text) == "kind":
            values = set(body[position].str.strip().str.lower())
            if values - {""} and values <= set(DIRECTIONS):
                return position
            return None
    return None


# ---------------------------------------------------------------------------
# Folder of CSV files


def read_folder(path: Path) -> RawInput:
    raw = RawInput(str(path))
    found: dict[str, Path] = {}
    for file in sorted(path.iterdir()):
        if file.suffix.lower() not in (".csv", ".txt", ".tsv"):
            continue
        table = canonical_table(file.stem)
        if table is None:
            raw.problems.append(Problem.of(WARNING, "unknown_file", str(file), name=file.name))
        elif table in found:
            raw.problems.append(
                Problem.of(ERROR, "duplicate_file", str(file), first=found[table].name, second=file.name, table=table)
            )
        else:
            found[table] = file
    required = required_tables(found)
    for name, spec in TABLES.items():
        if name not in found:
            if name in required:
                raw.problems.append(_missing_table(spec, str(path / f"{name}.csv")))
            continue
        label = str(found[name])
        try:
            header, body = read_csv_cells(found[name], label, raw.problems)
        except InputError as exc:
            raw.problems.extend(exc.problems)
            raw.unreadable.add(name)
            continue
        raw.tables[name] = frame_to_raw(name, label, header, body, raw.problems)
    return raw


def _missing_table(spec: TableSpec, where: str) -> Problem:
    return Problem.of(
        ERROR,
        "missing_file",
        where,
        key="missing_table",
        table=spec.name,
        columns=[c.name for c in spec.columns if c.required],
    )


# ---------------------------------------------------------------------------
# Excel workbook


def cell_text(value) -> str:
    """A spreadsheet cell as the text the validator parses."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    return str(value).strip()


def value_text(value) -> str:
    """Any cell value as text; missing values (None, NaN, NaT, NA) are empty."""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):  # lists and other containers
        return str(value)
    return cell_text(value)


# ---------------------------------------------------------------------------
# Plain edge list

TWO_MODE_HEADERS = {
    ("organisation", "body"),
    ("member", "body"),
    ("organisatie", "overleg"),
    ("lid", "overleg"),
    ("organization", "body"),
    ("actor", "body"),
    ("organisatie", "orgaan"),
    ("organisatie", "tafel"),
    ("deelnemer", "overleg"),
    ("persoon", "overleg"),
}


def read_edge_list(path: Path, two_mode: bool | None = None) -> RawInput:
    """A ``source,target`` list of ties, or with ``two_mode`` a list of memberships.

    ``two_mode=None`` decides from the header: ``organisation,body`` (or
    ``member,body`` and Dutch equivalents) means memberships.
    """
    raw = RawInput(str(path))
    label = str(path)
    header, body = _data_as_header(*read_csv_cells(path, label, raw.problems), label, raw.problems)
    if len(header) < 2:
        raise InputError(Problem.of(ERROR, "missing_column", label, 1, key="edge_list_columns"))
    first, second = slug(header[0]), slug(header[1])
    persons = first in PERSON_HEADERS
    if two_mode is None:
        two_mode = (first, second) in TWO_MODE_HEADERS or persons
    if two_mode:
        given = header[:2]
        employer = _employer_column(header) if persons else None
        employers = (
            body.pop(cast(str, employer)) if employer is not None else None
        )  # int labels: the stubs take str only
        header = ["member", "body", *(h for i, h in enumerate(header[2:], start=2) if i != employer)]
        body.columns = pd.RangeIndex(len(header))
        table = frame_to_raw("memberships", label, header, body, raw.problems)
        table.headers.update({"member": given[0], "body": given[1]})
        raw.tables["memberships"] = table
        raw.tables["bodies"] = _inferred(table, "body", "bodies", label)
        if persons:
            _edge_list_persons(raw, table, employers, label)
        else:
            raw.tables["organisations"] = _inferred(table, "member", "organisations", label)
    else:
        given = header[:2]
        header = ["source", "target", *header[2:]]
        table = frame_to_raw("ties", label, header, body, raw.problems)
        table.headers.update({"source": given[0], "target": given[1]})
        raw.tables["ties"] = table
        ends = pd.concat([table.frame["source"], table.frame["target"]])
        organisations = pd.DataFrame({"id": ends}).loc[lambda f: f["id"].ne("")]
        organisations = organisations[~organisations["id"].duplicated()]
        raw.tables["organisations"] = RawTable("organisations", label, organisations, {"id": "source/target"})
        raw.tables["bodies"] = RawTable("bodies", label, pd.DataFrame({"id": pd.Series([], dtype=str)}))
        raw.tables["memberships"] = RawTable(
            "memberships", label, pd.DataFrame({"member": pd.Series([], dtype=str), "body": pd.Series([], dtype=str)})
        )
    return raw


#: First headers of an edge list whose members are persons (``persoon;overleg``).
PERSON_HEADERS = frozenset({"person", "persoon", "person_id", "persoon_id", "persons", "personen"})
#: The organisation of a person edge list's members when it has no organisation column.
UNKNOWN_ORGANISATION = "organisation-unknown"


def _employer_column(header: list[str]) -> int | None:
    """Position of a person edge list's organisation column (``organisatie``), if any."""
    spec = TABLES["persons"]
    return next((i for i, h in enumerate(header[2:], start=2) if canonical_column(spec, h) == "organisation"), None)


def _edge_list_persons(raw: RawInput, table: RawTable, employers: pd.Series | None, label: str) -> None:
    """Persons (the members) and organisations of a ``persoon;overleg[;organisatie]`` edge list.

    Without an organisation column every person is placed under one
    organisation, ``organisation-unknown``, with a warning.
    """
    members = table.frame["member"]
    first = members.ne("") & ~members.duplicated()
    if employers is None:
        employers = pd.Series(UNKNOWN_ORGANISATION, index=members.index)
        raw.problems.append(
            Problem.of(WARNING, "no_organisation", label, 1, n=int(first.sum()), organisation=UNKNOWN_ORGANISATION)
        )
    persons = pd.DataFrame({"id": members[first], "organisation": employers[first]})
    raw.tables["persons"] = RawTable("persons", label, persons, {"id": table.header("member")})
    organisations = persons["organisation"][persons["organisation"].ne("")].drop_duplicates()
    raw.tables["organisations"] = RawTable(
        "organisations", label, pd.DataFrame({"id": organisations}), {"id": "organisation"}
    )


def _data_as_header(
    header: list[str], body: pd.DataFrame, label: str, problems: list[Problem]
) -> tuple[list[str], pd.DataFrame]:
    """A first row that is data, not a header, put back as row 1 with a warning (never dropped).

    The first row is data when none of its cells is a column name an edge
    list knows (source, target, organisation, body, weight, ... and their
    Dutch names), or when its first two values occur as ids further down.
    Then the columns get the default names (source, target, or with
    ``--two-mode`` member, body).
    """
    if len(header) < 2 or body.shape[1] < 2:
        return header, body
    known = any(canonical_column(TABLES[name], text) for name in ("ties", "memberships") for text in header if text)
    known = known or (slug(header[0]), slug(header[1])) in TWO_MODE_HEADERS or slug(header[0]) in PERSON_HEADERS
    ids = set(body[0]) | set(body[1])
    if known and not (header[0] in ids and header[1] in ids):
        return header, body
    first = pd.DataFrame([header], columns=body.columns, index=[body.index.min() - 1 if len(body) else 1])
    shown = ",".join(header)
    problems.append(Problem.of(WARNING, "no_header", label, 1, cells=shown))
    defaults = ["source", "target"] + [f"column {i + 1}" for i in range(2, len(header))]
    return defaults, pd.concat([first, body])


def _inferred(table: RawTable, column: str, name: str, label: str) -> RawTable:
    ids = table.frame[column]
    ids = ids[ids.ne("") & ~ids.duplicated()]
    return RawTable(name, label, pd.DataFrame({"id": ids}), {"id": table.header(column)})


from .._public import public_dir

__all__ = [
    "RawTable",
    "RawInput",
    "read_csv_cells",
    "csv_problem",
    "check_width",
    "NEUTRALISED",
    "PADDED",
    "any_cell_matches",
    "RARE_SPACES",
    "may_hold_padded_cells",
    "frame_to_raw",
    "DIRECTIONS",
    "read_folder",
    "cell_text",
    "value_text",
    "TWO_MODE_HEADERS",
    "read_edge_list",
    "PERSON_HEADERS",
    "UNKNOWN_ORGANISATION",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
