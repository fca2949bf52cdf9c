"""Formatting results for people and programs: terminal tables, CSV, JSON, xlsx sheets,
and writing every output file.

Outputs never compute metrics; they only render what the analyses return.
Text that a spreadsheet would run as a formula is neutralised here. Every file
partnernet writes goes through :func:`writing` (never over an input, never
half-written).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import contextlib
import contextvars
import datetime as dt
import errno
import functools
import io
import json
import math
import os
import re
import secrets
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from .analysis.results import Note
from .errors import UsageError
from .language.labels import sentence_headers
from .language.langs import Lang, resolve
from .language.numbers import figure, isolate, listing

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
OUTPUT_FORMATS = ("table", "csv", "json")
#: Characters an xlsx file cannot hold (XML 1.0); written as U+FFFD.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


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


#: Whole floats up to this size are written as integers (beyond it a float is not exact).
WHOLE_LIMIT = 2**53


def whole(value, column=None):
    """A whole float (a count in a float column: ``7.0``) as the integer ``7`` for CSV and JSON; others unchanged.

    A column of counts becomes float when it has a gap or shares a column with ratios (what-if's
    ``before``/``after``); users read ``7``, as in the terminal table. A measured ``column`` with its
    own number format (hours, ratios, shares: ``language.labels.COLUMN_FORMATS``) keeps its floats
    (``capacity_hours`` ``8.0``), as the report's tables show them; a column of whole quantities
    (:data:`WHOLE_FORMATS`: ``weighted_degree`` 153) does not.
    """
    if column is not None and _measured(str(column)):
        return value
    if isinstance(value, (float, np.floating)) and math.isfinite(value) and float(value).is_integer():
        return int(value) if abs(value) < WHOLE_LIMIT else value
    return value


def _measured(column: str) -> bool:
    from .language.labels import COLUMN_FORMATS

    return COLUMN_FORMATS.get(column, "mixed") not in WHOLE_FORMATS


#: Column formats of whole quantities (counts, weighted degrees: sums of whole weights): their whole
#: floats are written as integers like any count; a fractional one stays as it is.
WHOLE_FORMATS = ("mixed", "0", "int")


def to_jsonable(result):
    """Any analysis result (DataFrame, Series, dict of them, scalars) as plain JSON data; whole floats as
    integers (:func:`whole`)."""
    if isinstance(result, pd.DataFrame):
        frame = result
        if not isinstance(frame.index, pd.RangeIndex) or frame.index.name:
            frame = frame.reset_index()
        return [{k: whole(v, k) for k, v in row.items()} for row in jsonable(frame)]
    if isinstance(result, pd.Series):
        return {str(k): whole(plain(v), result.name) for k, v in result.items()}
    if isinstance(result, Note):  # a note as data: {"key": ..., its values}
        return {"key": result.key, **{name: to_jsonable(v) for name, v in result.values}}
    if isinstance(result, Mapping) or callable(getattr(result, "to_dict", None)) and hasattr(result, "keys"):
        return {str(k): _named(to_jsonable(v), k) for k, v in result.items()}  # dicts and typed results
    if isinstance(result, (list, tuple)):
        return [to_jsonable(v) for v in result]
    return plain(result)


def _named(value, key):
    """A scalar of a dict as :func:`whole` says it under its key (``capacity_hours`` keeps ``8.0``)."""
    return value if isinstance(value, (dict, list)) else whole(value, key)


def render_json(result) -> str:
    return json.dumps(to_jsonable(result), ensure_ascii=False, indent=2)


def render_csv(frame: pd.DataFrame) -> str:
    """CSV with formula-like text neutralised and whole floats as integers (:func:`whole`); the index is
    written when it carries ids."""
    frame = frame.copy()
    keep_index = not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None
    if keep_index:
        frame = frame.reset_index()
    frame.columns = [neutralise(str(c)) for c in frame.columns]
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            said = [v if _is_missing(v) else _csv_text(v, column) for v in frame[column]]
            frame[column] = pd.Series(said, index=frame.index, dtype=object)  # 32 stays 32 beside 2.38 (not 32.0)
        elif pd.api.types.is_float_dtype(frame[column]):  # counts as 7, not 7.0 (ratios unchanged)
            frame[column] = pd.Series([whole(v, column) for v in frame[column]], index=frame.index, dtype=object)
    return csv_text(frame)


def csv_text(frame: pd.DataFrame) -> str:
    """``frame`` (without its index) as CSV text whose lines end in ``\\n`` and whose cells holding a line
    break of any kind (``\\n``, ``\\r``, ``\\r\\n``) are quoted, so every cell reads back whole.

    Python's CSV writer quotes a cell only for the characters of its own line ending: with ``\\n`` a bare
    ``\\r`` went out unquoted and a reader split the row there. So the rows are written ending in ``\\r\\n``
    (every cell with either character is quoted) and the row endings, the ``\\r\\n`` outside quotes,
    become ``\\n``; a quote character toggles inside/outside (a doubled quote toggles twice).

    >>> csv_text(pd.DataFrame({"a": ["x\\ry", "p"]}))
    'a\\n"x\\ry"\\np\\n'
    """
    parts = frame.to_csv(index=False, lineterminator="\r\n").split('"')
    parts[::2] = [part.replace("\r\n", "\n") for part in parts[::2]]
    return '"'.join(parts)


def _csv_text(value, column=None):
    """A text cell of CSV: a list (chains, member ids, pairs) as :func:`list_cell` writes it; other text
    neutralised (:func:`neutralise`), whole floats as integers."""
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return list_cell(value)
    return neutralise(whole(value, column))


def list_cell(value: object) -> str:
    """A list in a CSV cell: its JSON array text (``["a, b","c"]``), the one encoding of every CSV partnernet
    writes, so any item (commas, quotes, newlines, ``=1+1``) reads back whole:
    ``json.loads(pandas.read_csv(...)[column])``. Items are plain JSON values (:func:`plain`: numbers stay
    numbers, missing is ``null``, a pair is an array of two); a set is sorted; a dict is a JSON object.

    Formula neutralising composes with it: :func:`neutralise` looks at a cell, and a list cell starts with
    ``[`` (or ``{``), which no spreadsheet runs, so it is never prefixed, and its items are not prefixed
    inside it (they are no cells): the JSON reads back unchanged.

    >>> list_cell(["a, b", "c"]), list_cell([]), list_cell(["=1+1", ("x", "y")])
    ('["a, b", "c"]', '[]', '["=1+1", ["x", "y"]]')
    """
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    return json.dumps(plain(value), ensure_ascii=False)


def render_table(frame: pd.DataFrame, max_width: int = 60, lang: Lang | None = None) -> str:
    """A frame as aligned text for a terminal: numbers as ``lang`` writes them (None: the running
    language, :func:`partnernet.language.get`: the command's ``--lang``, else ``$PARTNERNET_LANG``, else Dutch) (whole ones whole, others
    with at most three decimals: ``0,979`` in Dutch, ``0.979`` in English; :func:`.language.numbers.figure`),
    missing shown as '-'. A plain row number index (0, 1, 2, unnamed) is left out: it is no data.

    Text longer than ``max_width`` characters is cut with '…', except sentences (the columns of
    :data:`.language.labels.SENTENCE_COLUMNS`), printed whole as the default views print them. A list
    cell is written as :func:`.language.numbers.listing` writes a list ('a, b en c'); one that does not fit
    is cut by whole items and ends 'en N andere' / 'and N others', never inside an id. CSV and JSON keep
    every value whole.

    A text cell or index value holding a bidi control (a U+202E in a name) is isolated, FSI ... PDI
    (:func:`.language.numbers.isolate`, as the report and the map do), each item of a list cell on its own,
    so it cannot reverse the rest of its row or list; CSV and JSON keep the data as it is."""
    if frame.empty:
        return "(none)"
    lang = resolve(lang)
    shown = frame.copy()
    if any(pd.api.types.is_object_dtype(shown.index.get_level_values(i)) for i in range(shown.index.nlevels)):
        shown.index = shown.index.map(_isolated_key)
    sentences = sentence_headers()
    for column in shown.columns:
        values = shown[column]
        width = None if column in sentences else max_width
        if pd.api.types.is_float_dtype(values):
            shown[column] = values.map(lambda v: "-" if pd.isna(v) else figure(v, lang))
        elif pd.api.types.is_datetime64_any_dtype(values):
            shown[column] = values.dt.strftime("%Y-%m-%d").fillna("-")
        else:
            shown[column] = values.map(functools.partial(_cell_text, max_width=width, lang=lang))
    shown = shown.rename(columns=_left_aligned(shown, [c for c in shown.columns if c in sentences]))
    index = not _row_numbers(shown.index)
    text = shown.to_string(index=index, col_space=_spaced(shown, index))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _left_aligned(shown: pd.DataFrame, columns: list) -> dict:
    """Sentence columns read from the left, as lines do: each value (in place) and the header (returned, as
    a renaming) padded on the right to the longest of them, so that pandas' right alignment leaves them be."""
    renamed = {}
    for column in columns:
        width = max(len(str(column)), shown[column].str.len().max())
        shown[column] = shown[column].str.ljust(width)
        renamed[column] = str(column).ljust(width)
    return renamed


def _spaced(shown: pd.DataFrame, index: bool) -> dict | None:
    """Columns' least widths when a header has several words (Dutch ``hoogste waarde``): one more than the
    header, so two spaces stand between two headers, never the one space that stands inside a header
    (``rang van de hoogste organisatie`` read as one); the first column's too when the index stands left."""
    if shown.columns.nlevels > 1 or not any(" " in str(c).strip() for c in shown.columns):
        return None
    return {c: len(str(c)) + (1 if position or index else 0) for position, c in enumerate(shown.columns)}


def _row_numbers(index: pd.Index) -> bool:
    """True for an unnamed 0, 1, 2, ... index: the row numbers pandas gives a table without an index."""
    return isinstance(index, pd.RangeIndex) and index.name is None and index.start == 0 and index.step == 1


def _cell_text(value, max_width: int | None, lang: str) -> str:
    """A value of a column of mixed types (counts beside floats, text): a float rounded as in float columns,
    a list as :func:`_list_cell` writes it, text cut to ``max_width`` (None: whole)."""
    if _is_missing(value):
        return "-"
    if isinstance(value, (float, np.floating)):
        return figure(float(value), lang)
    if isinstance(value, (list, tuple, set, frozenset)):
        return _list_cell(value, max_width, lang)
    text = str(value)
    return isolate(text if max_width is None else _cut(text, max_width))


def _list_cell(items, max_width: int | None, lang: str) -> str:
    """A list in a cell as :func:`.language.numbers.listing` writes it (each item isolated on its own), with
    as many whole items as fit in ``max_width`` characters and 'en N andere' / 'and N others' for the rest; '-' for none."""
    items = [" / ".join(map(str, i)) if isinstance(i, (list, tuple)) else str(i) for i in items]  # a pair: a / b
    if not items:
        return "-"  # an empty list says nothing, as a missing value
    text = listing(items, lang, limit=max(len(items), 1))
    limit = len(items)
    while max_width is not None and len(text) > max_width and limit > 2:
        limit -= 1
        text = listing(items, lang, limit=limit)
    return text


def _isolated_key(key):
    """An index value (or a tuple of them) with each text holding a bidi control isolated."""
    return tuple(map(isolate, key)) if isinstance(key, tuple) else isolate(key)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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


def write_sheet(sheet: Worksheet, frame: pd.DataFrame, index: bool = False) -> None:
    """Fill an openpyxl worksheet with ``frame``; no text cell can become a formula.

    Text is stored as a string cell with Excel's quote prefix, so Excel shows
    ``=HYPERLINK(...)`` as text and keeps it text when the cell is edited. A workbook is read by people:
    a list cell holds its items joined by ``, `` (a pair as ``a / b``), where CSV, read by programs, holds
    the JSON array (:func:`list_cell`; docs/data.md, "Machine output").
    """
    from openpyxl.styles import Font

    if index:
        frame = frame.reset_index()
    for col_number, column in enumerate(frame.columns, start=1):
        cell = text_cell(sheet, 1, col_number, str(column))
        cell.font = Font(bold=True)
    date_columns = {i for i, c in enumerate(frame.columns) if pd.api.types.is_datetime64_any_dtype(frame[c])}
    for row_number, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        for col_number, value in enumerate(row, start=1):
            value = _cell_value(value)
            if value is None:
                continue
            if isinstance(value, str):
                text_cell(sheet, row_number, col_number, value)
                continue
            cell = sheet.cell(row=row_number, column=col_number, value=value)
            if col_number - 1 in date_columns:
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    for col_number, column in enumerate(frame.columns, start=1):
        width = max([len(str(column))] + [len(str(v)) for v in frame[column].head(200)])
        sheet.column_dimensions[sheet.cell(row=1, column=col_number).column_letter].width = min(50, width + 2)


def text_cell(sheet: Worksheet, row: int, column: int, text: str):
    """A string cell that Excel never runs: formula-like text gets the quote prefix."""
    cell = sheet.cell(row=row, column=column, value=CONTROL_CHARACTERS.sub("\ufffd", text))
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def _cell_value(value):
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if not isinstance(value, dt.datetime):
        value = plain(value)
    if isinstance(value, (list, tuple)):  # for people: items joined (CSV writes a list as JSON, list_cell)
        return ", ".join(" / ".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


# ---------------------------------------------------------------------------
# Writing files: every output of partnernet goes through these functions.
#
# A write never touches the user's input, and never leaves a half-written
# file: the data goes to a temporary file in the target's folder, which is
# renamed over the target only when it is complete (``os.replace`` is atomic
# on one file system). Failures (a folder, no permission, a full disk, the
# file-size limit) become a UsageError naming the path and the reason.

#: Fixed timestamps of every xlsx partnernet writes: the same tables give the same bytes.
XLSX_TIMESTAMP = dt.datetime(2000, 1, 1)


def input_paths(*sources: Any) -> tuple[Path, ...]:
    """The existing files and folders among ``sources`` (a landscape's ``source``,
    paths given on the command line), as resolved real paths. Others (``None``,
    ``"<tables>"``) are left out."""
    found = []
    for source in sources:
        if source is None or not str(source) or str(source).startswith("<"):
            continue
        if os.path.exists(source):
            found.append(Path(os.path.realpath(source)))
    return tuple(dict.fromkeys(found))


def check_target(path: str | Path, inputs: str | Path | Iterable[str | Path] = ()) -> Path:
    """Refuse ``path`` when it is one of ``inputs``, lies inside an input folder, or is
    no name at all (``''``, ``-``, ``.``, ``..``, ``/``).

    Raises
    ------
    UsageError
        Naming the output path and the input it would overwrite.
    """
    try:
        return _check_target(path, inputs)
    except OSError as exc:  # a name too long for the file system, a loop of links...
        raise cannot_write(path, exc) from None


#: The longest file name (in UTF-8 bytes) most file systems take (ext4, NTFS, APFS).
NAME_MAX = 255


def _check_target(path, inputs) -> Path:
    if "\0" in str(path):
        raise UsageError("nul_in_name", path=repr(str(path)))
    if str(path) in ("", "-") or Path(path).name in ("", ".", ".."):
        raise UsageError("not_an_output_name", path=path)
    path = Path(path)
    if len(path.name.encode("utf-8", "surrogateescape")) > NAME_MAX:
        raise UsageError("name_too_long", path=path, most=NAME_MAX)
    real = Path(os.path.realpath(path))
    for source in inputs:
        if real == source or (real.exists() and source.exists() and os.path.samefile(real, source)):
            raise UsageError("input_folder" if source.is_dir() else "input_file", path=path, source=source)
        if source.is_dir() and source in real.parents:
            raise UsageError("inside_input", path=path, source=source)
    return path


def missing_folder(path: str | Path) -> UsageError:
    """The UsageError for an output whose folder does not exist (partnernet creates none silently)."""
    return UsageError("missing_folder", path=path, folder=Path(path).parent)


def check_folder(path: str | Path) -> Path:
    """``path`` as a Path; UsageError when its folder does not exist."""
    path = Path(path)
    if not path.parent.is_dir():
        raise missing_folder(path)
    return path


def cannot_write(path: str | Path, exc: OSError) -> UsageError:
    """The UsageError for an OSError met while writing ``path``."""
    if isinstance(exc, IsADirectoryError):
        return UsageError("cannot_write_folder", path=path)
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and Path(path).parent.is_file():
        return UsageError("cannot_write_parent_file", path=path, parent=Path(path).parent)
    if isinstance(exc, FileNotFoundError) and not Path(path).parent.is_dir():
        return missing_folder(path)
    if exc.errno == errno.EFBIG:
        return UsageError("cannot_write_too_big", path=path)
    name = errno.errorcode.get(exc.errno) if exc.errno is not None else None
    return UsageError("cannot_write", path=path, reason=os_reason(exc), errno=name)


def os_reason(exc: OSError) -> str:
    """Why the system refused, in our words (:mod:`partnernet.language.usage`, ``os.EACCES``...), never the
    system's own text; an errno without words is named (``"EIO"``), one without a number by its class."""
    from .language.errors import catalogue, current_lang, message

    name = errno.errorcode.get(exc.errno) if exc.errno is not None else None
    if name and f"os.{name}" in catalogue(current_lang()):
        return message(f"os.{name}")
    return message("os.other", name=name or type(exc).__name__)


@contextlib.contextmanager
def writing(path: str | Path, inputs=(), make_folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write ``path``'s content to; rename it into place at the end.

    The old file stays as it was when the block fails or is interrupted.
    A target that exists and is not a regular file (``/dev/stdout``,
    ``/dev/full``) is written directly. ``make_folder`` creates a missing
    parent folder.

    Raises
    ------
    UsageError
        For an input path (see :func:`check_target`), a folder, a missing
        folder, no permission, a full disk or the file-size limit.
    """
    path = check_target(path, inputs)
    if path.is_dir():
        raise cannot_write(path, IsADirectoryError(errno.EISDIR, "is a folder"))
    if path.exists() and not path.is_file():
        try:
            yield path
        except OSError as exc:
            raise cannot_write(path, exc) from None
        return
    with _in_place(path, folder=False, make_folder=make_folder) as temporary:
        yield temporary


#: While :func:`together` runs: the (temporary, target, folder) writes waiting to be renamed into place.
_STAGED: contextvars.ContextVar[list | None] = contextvars.ContextVar("partnernet_staged", default=None)


@contextlib.contextmanager
def together() -> Iterator[None]:
    """Every file and folder written in the block appears at its end, all together.

    Each write goes to a temporary beside its target as usual, but the
    renames wait until the block succeeds (a report, its map and its figure
    folder); when the block fails, every temporary is removed and every old
    output stays as it was. Nested blocks join the outer one.
    """
    if _STAGED.get() is not None:
        yield
        return
    staged: list = []
    token = _STAGED.set(staged)
    try:
        yield
    except BaseException:
        for temporary, _path, folder in staged:
            _remove(temporary, folder)
        raise
    finally:
        _STAGED.reset(token)
    for number, (temporary, path, folder) in enumerate(staged):
        try:
            _put(temporary, path, folder)
        except OSError as exc:
            for later, _path, later_folder in staged[number:]:
                _remove(later, later_folder)
            raise cannot_write(path, exc) from None


@contextlib.contextmanager
def _in_place(path: Path, folder: bool, make_folder: bool) -> Iterator[Path]:
    """A temporary file (or folder) next to ``path``, renamed over it when the block succeeds
    (or at the end of :func:`together`). An existing folder is replaced whole."""
    temporary = None
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        prefix, where = f".{path.name[: NAME_MAX // 2]}.", path.parent  # room for the random part
        if folder:
            temporary = Path(tempfile.mkdtemp(prefix=prefix, suffix=".part", dir=where))
        else:
            handle, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=where)
            os.close(handle)
            temporary = Path(name)
        yield temporary
        os.chmod(temporary, _mode(path, folder))
        staged = _STAGED.get()
        if staged is not None:
            staged.append((temporary, path, folder))
        else:
            _put(temporary, path, folder)
        temporary = None
    except OSError as exc:
        raise cannot_write(path, exc) from None
    finally:
        if temporary is not None:
            _remove(temporary, folder)


def _put(temporary: Path, path: Path, folder: bool) -> None:
    """Rename ``temporary`` to ``path``; an existing folder is set aside first and removed after."""
    if not (folder and path.is_dir()):
        os.replace(temporary, path)
        return
    aside = path.parent / f".{path.name}.{secrets.token_hex(4)}.old"
    os.rename(path, aside)
    try:
        os.rename(temporary, path)
    except OSError:
        os.rename(aside, path)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _remove(temporary: Path, folder: bool) -> None:
    if folder:
        shutil.rmtree(temporary, ignore_errors=True)
    else:
        temporary.unlink(missing_ok=True)


def _mode(path: Path, folder: bool) -> int:
    """The mode of the file being replaced, or the usual mode of a new one (0666 or 0777 less the umask)."""
    if path.exists():
        return stat.S_IMODE(path.stat().st_mode)
    mask = os.umask(0)
    os.umask(mask)
    return (0o777 if folder else 0o666) & ~mask


def write_text(
    path: str | Path, text: str, inputs: str | Path | Iterable[str | Path] = (), make_folder: bool = False
) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`writing`)."""
    with writing(path, inputs, make_folder) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return Path(path)


def write_bytes(
    path: str | Path, data: bytes, inputs: str | Path | Iterable[str | Path] = (), make_folder: bool = False
) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`writing`)."""
    with writing(path, inputs, make_folder) as temporary:
        temporary.write_bytes(data)
    return Path(path)


def write_folder(
    path: str | Path,
    files: dict[str, bytes],
    inputs: str | Path | Iterable[str | Path] = (),
    own: Callable[[str], bool] = lambda name: False,
) -> Path:
    """Write ``files`` (name -> content; a name may hold ``/``) as the folder ``path``, whole or not at all.

    The folder is built under a temporary name beside ``path`` and renamed
    into place. An existing folder is replaced whole (set aside, the new one
    renamed in, the old one removed), but only when every file in it is
    partnernet's own (``own(name)`` is true): a folder that holds anything
    else is refused.

    Raises
    ------
    UsageError
        For an input path (:func:`check_target`), a file of that name, a
        folder holding other files, a missing parent folder or a failed write.
    """
    path = check_target(path, inputs)
    for name in files:
        check_target(path / name, inputs)
    if path.exists() and not path.is_dir():
        raise UsageError("folder_is_file", path=path)
    if path.is_dir():
        others = sorted(entry.name for entry in path.iterdir() if not own(entry.name))
        if others:
            shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
            raise UsageError("folder_not_own", path=path, files=shown)
    with _in_place(path, folder=True, make_folder=False) as temporary:
        for name, data in files.items():
            (temporary / name).parent.mkdir(parents=True, exist_ok=True)
            (temporary / name).write_bytes(data)
    return path


def save_workbook(
    workbook: Workbook, path: str | Path, inputs: str | Path | Iterable[str | Path] = (), make_folder: bool = False
) -> Path:
    """Save an openpyxl workbook atomically, with fixed timestamps (same content, same bytes)."""
    workbook.properties.created = XLSX_TIMESTAMP
    buffer = io.BytesIO()
    error = None
    try:
        workbook.save(buffer)  # openpyxl writes each sheet to a temporary file first
    except OSError as exc:
        error = cannot_write(path, exc)
    if error is not None:
        _collect_quietly()
        raise error
    return write_bytes(path, reproducible_zip(buffer.getvalue()), inputs, make_folder)


def _collect_quietly() -> None:
    """Collect the generators a failed openpyxl save leaves behind without printing their
    second failure ("Exception ignored in ...") under our one clear message."""
    import gc
    import sys

    hook, sys.unraisablehook = sys.unraisablehook, lambda _unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def reproducible_zip(data: bytes) -> bytes:
    """The xlsx ``data`` with fixed member dates and a fixed modified time in its properties.

    openpyxl stamps the current time on both; Excel does not need either.
    """
    stamp = XLSX_TIMESTAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            info = zipfile.ZipInfo(member.filename, date_time=XLSX_TIMESTAMP.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, content)
    return out.getvalue()


from ._public import public_dir

__all__ = [
    "FORMULA_STARTS",
    "OUTPUT_FORMATS",
    "CONTROL_CHARACTERS",
    "neutralise",
    "plain",
    "jsonable",
    "WHOLE_LIMIT",
    "whole",
    "WHOLE_FORMATS",
    "to_jsonable",
    "render_json",
    "render_csv",
    "csv_text",
    "render_table",
    "render",
    "write_sheet",
    "text_cell",
    "XLSX_TIMESTAMP",
    "input_paths",
    "check_target",
    "NAME_MAX",
    "missing_folder",
    "check_folder",
    "cannot_write",
    "os_reason",
    "writing",
    "together",
    "write_text",
    "write_bytes",
    "write_folder",
    "save_workbook",
    "reproducible_zip",
    "list_cell",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
