"""Vectorised parsers for the value kinds of the schema.

Each parser takes a column of stripped strings (``""`` = empty) and returns the
parsed values plus a boolean mask of cells that could not be parsed, so the
caller can name every bad row without a Python loop over good ones.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .schema import FALSE_WORDS, TRUE_WORDS, VOCABULARY_LOOKUP, vocabulary_key

DATE_FORMATS = (
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d-%m-%Y %H:%M:%S",
)
EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
#: Plain numbers in a date column: 4 digits in this range are years, others Excel serial days.
YEARS = (1900, 2100)
#: Bare numbers read as years too: ``9999`` (or 9000 ...) is how registers write "open end",
#: not Excel's serial day 9999 (1927).
OPEN_END_YEARS = (9000, 9999)
COMMA_OR_SPACE = re.compile(r"[,\s]")


def parse_numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Numbers with a decimal point or a decimal comma (``1,5``, ``1.000,5``, ``1,000.5``)."""
    if not COMMA_OR_SPACE.search("".join(values.tolist())):  # plain numbers: nothing to rewrite
        numbers = pd.to_numeric(values.where(values.ne(""), None), errors="coerce").astype(float)
        return numbers, values.ne("") & numbers.isna()
    text = values.str.replace(r"\s+", "", regex=True)
    has_comma = text.str.contains(",", regex=False)
    has_point = text.str.contains(".", regex=False)
    comma_last = text.str.rfind(",") > text.str.rfind(".")
    dutch = has_comma & has_point & comma_last
    english = has_comma & has_point & ~comma_last
    text = text.mask(dutch, text.str.replace(".", "", regex=False))
    text = text.mask(english, text.str.replace(",", "", regex=False))
    text = text.str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text.where(text.ne(""), None), errors="coerce").astype(float)
    bad = values.ne("") & numbers.isna()
    return numbers, bad


def parse_dates(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates in ISO, Dutch day-month-year, or Excel serial form.

    A bare four-digit number between 1900 and 2100, or from 9000 to 9999 (an
    open end, such as ``9999``), is read as 1 January of that year; other plain numbers are Excel serial dates (1 to 2958465 =
    9999-12-31). The result has microsecond resolution, so every year from 1
    to 9999 parses; the caller checks the range (:data:`schema.DATE_RANGE`).
    """
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[us]")
    filled = values.ne("")
    for fmt in DATE_FORMATS:
        todo = filled & result.isna()
        if not todo.any():
            break
        result[todo] = pd.to_datetime(values[todo], format=fmt, errors="coerce")
    todo = filled & result.isna()
    if todo.any():
        numbers = pd.to_numeric(values[todo], errors="coerce")
        as_year = numbers.between(*YEARS) | numbers.between(*OPEN_END_YEARS)
        years = numbers.where(as_year & (numbers % 1 == 0))
        serial = numbers.where(years.isna() & (numbers >= 1) & (numbers < 2958466))
        result[todo] = pd.to_datetime(
            years.astype("Int64").astype("string") + "-01-01", format="%Y-%m-%d", errors="coerce"
        )
        days = serial.floordiv(1).fillna(0).astype("int64").to_numpy().astype("timedelta64[D]")
        from_serial = pd.Series(EXCEL_EPOCH + days, index=serial.index).astype("datetime64[us]")
        result[todo] = result[todo].fillna(from_serial.where(serial.notna()))
    result = result.dt.normalize()
    return result, filled & result.isna()


def parse_booleans(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    lowered = values.str.lower()
    truth = lowered.isin(TRUE_WORDS)
    known = truth | lowered.isin(FALSE_WORDS)
    bad = values.ne("") & ~known
    return truth.astype(bool), bad


def parse_vocabulary(values: pd.Series, vocabulary: str) -> tuple[pd.Series, pd.Series]:
    """Map English or Dutch spellings to canonical values; unknown ones are kept.

    Returns the mapped values (``NaN`` for empty) and a mask of unknown values,
    which are kept in their normalised spelling so nothing is lost.
    """
    lookup = VOCABULARY_LOOKUP[vocabulary]
    # Work on the distinct spellings only: a column has few, a register many rows. Each spelling's value
    # and whether it is unknown are decided in Python, then spread over the rows in one step each (a
    # loader's fixed cost: this was about ten pandas operations per column, most of a small column's time).
    codes, spellings = pd.factorize(values)
    chosen, strange = [], []
    for spelling in spellings:
        key = vocabulary_key(spelling)
        canonical = lookup.get(key)
        chosen.append(np.nan if spelling == "" else key if canonical is None else canonical)
        strange.append(spelling != "" and canonical is None)
    # code -1 is a missing cell (not ""): kept as an unknown empty spelling, as the row-wise version did
    result = pd.Series(np.array(chosen + [""], dtype=object)[codes], index=values.index, dtype=object)
    unknown = pd.Series(np.array(strange + [True], dtype=bool)[codes], index=values.index)
    return result.astype(values.dtype) if len(result) else result, unknown


def as_text(values: pd.Series) -> pd.Series:
    """Strings with ``NaN`` for empty cells."""
    return values.where(values.ne(""), np.nan)


from .._public import public_dir

__all__ = [
    "DATE_FORMATS",
    "EXCEL_EPOCH",
    "YEARS",
    "OPEN_END_YEARS",
    "COMMA_OR_SPACE",
    "parse_numbers",
    "parse_dates",
    "parse_booleans",
    "parse_vocabulary",
    "as_text",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
