"""The loader's fast paths (issue 17, part M) give what the plain pandas way gives.

Each test runs the loader's parser and a plain reference (the row-wise pandas
version it replaced) on generated columns and asserts the same values, dtypes,
names and masks. No timings here: speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from partnernet.io import parse
from partnernet.io.schema import VOCABULARIES, VOCABULARY_LOOKUP, vocabulary_key


def plain_vocabulary(values: pd.Series, vocabulary: str) -> tuple[pd.Series, pd.Series]:
    """parse.parse_vocabulary as it was before part M: the lookup spread over the rows, then masked."""
    lookup = VOCABULARY_LOOKUP[vocabulary]
    codes, spellings = pd.factorize(values)
    keys = np.array([vocabulary_key(v) for v in spellings] + [""], dtype=object)[codes]
    known = np.array([lookup.get(vocabulary_key(v)) for v in spellings] + [None], dtype=object)[codes]
    mapped = pd.Series(known, index=values.index, dtype=object)
    unknown = values.ne("") & mapped.isna()
    result = mapped.where(~unknown, pd.Series(keys, index=values.index)).where(values.ne(""), np.nan)
    return result.astype(values.dtype) if len(result) else result, unknown


def _spellings(vocabulary: str) -> list:
    """Every spelling the vocabulary knows, in odd case and spacing too, and some it does not."""
    known = [s for canonical, others in VOCABULARIES[vocabulary].items() for s in (canonical, *others)]
    return known + [s.upper().replace("-", " ") for s in known] + ["", "  ", "onbekend", "Nieuw_Ding", "=1+1", "日本"]


@settings(max_examples=60, deadline=None)
@given(data=st.data(), vocabulary=st.sampled_from(sorted(VOCABULARIES)), dtype=st.sampled_from([object, str]))
def test_vocabulary_equals_the_plain_pandas_version(data, vocabulary, dtype):
    cells = data.draw(st.lists(st.sampled_from(_spellings(vocabulary)) | st.text(max_size=6), max_size=12))
    start = data.draw(st.integers(0, 3))  # the loader's rows are numbered from the first data row
    values = pd.Series(cells, index=pd.RangeIndex(start, start + len(cells)), dtype=dtype, name="kind")
    if dtype is object and cells and data.draw(st.booleans()):  # a missing cell (not ""), as other readers give
        values.iloc[data.draw(st.integers(0, len(cells) - 1))] = np.nan
    mapped, unknown = parse.parse_vocabulary(values, vocabulary)
    plain_mapped, plain_unknown = plain_vocabulary(values, vocabulary)
    pd.testing.assert_series_equal(mapped, plain_mapped, check_names=False)
    pd.testing.assert_series_equal(unknown, plain_unknown, check_names=False)


@settings(max_examples=20, deadline=None)
@given(rows=st.integers(0, 5), start=st.integers(0, 3), column=st.sampled_from(["start", "end"]))
def test_an_empty_date_column_equals_the_parsed_one(rows, start, column):
    """The loader's empty date column (no dates filled in) is what parsing and checking each cell gave."""
    from partnernet.io.build import Builder
    from partnernet.io.schema import DATE_RANGE, OPEN_END

    values = pd.Series([""] * rows, index=pd.RangeIndex(start, start + rows), dtype=str, name=column)
    dates, bad = parse.parse_dates(values)
    open_end = dates.ge(pd.Timestamp(OPEN_END)) if column == "end" else dates.isna() & False
    first, last = (pd.Timestamp(d) for d in DATE_RANGE)
    outside = dates.notna() & ~open_end & (dates.lt(first) | dates.gt(last))
    plain = dates.where(~open_end & ~outside).astype("datetime64[ns]")
    assert not bad.any() and not open_end.any() and not outside.any()  # nothing to report on an empty column
    builder = Builder.__new__(Builder)  # parse_date of an empty column reads nothing of the builder's state
    column_spec = type("Column", (), {"name": column})()
    pd.testing.assert_series_equal(builder.parse_date(None, column_spec, values), plain)
