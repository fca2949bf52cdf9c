"""numbers.cells (a column at once) against numbers.cell (one value) on columns of every kind (issue 17)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnernet.language import numbers

FORMATS = ["", "text", "int", "hours", "percent", "mixed", "0", "1", "2", "3", "date"]


def one_by_one(series: pd.Series, fmt: str, lang: str) -> list[str]:
    return [numbers.cell(v, fmt, lang) for v in series]  # what a table's rows give cell


def outcome(call):
    """The texts, or the kind of error (a text in a number format fails the same way both ways)."""
    try:
        return call()
    except (TypeError, ValueError, OverflowError) as error:  # a float as a date: out of bounds
        return type(error)


floats = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 46.0, 1234.5, -0.0004, 1e9 + 0.5, float("nan")]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(floats, max_size=12), st.sampled_from(FORMATS), st.sampled_from(["nl", "en"]))
def test_float_columns(values, fmt, lang):
    series = pd.Series(values, dtype=float)
    assert outcome(lambda: numbers.cells(series, fmt, lang)) == outcome(lambda: one_by_one(series, fmt, lang))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-(10**12), 10**12), max_size=12), st.sampled_from(FORMATS), st.sampled_from(["nl", "en"]))
def test_integer_columns(values, fmt, lang):
    series = pd.Series(values, dtype="int64")
    assert outcome(lambda: numbers.cells(series, fmt, lang)) == outcome(lambda: one_by_one(series, fmt, lang))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "series",
    [
        pd.Series([1, None, 3], dtype="Int64"),
        pd.Series([1.5, None], dtype="Float64"),
        pd.Series([True, False]),
        pd.Series(["a", None, 2.5, 3, ["x", "y"]], dtype=object),
        pd.Series(pd.to_datetime(["2026-01-01", None])),
        pd.Series([], dtype=float),
    ],
)
def test_other_columns(series, fmt):
    for lang in ("nl", "en"):
        assert outcome(lambda: numbers.cells(series, fmt, lang)) == outcome(lambda: one_by_one(series, fmt, lang))
