"""Small helpers shared by the analyses."""

from __future__ import annotations


import pandas as pd


def lists_or_empty(values: pd.Series) -> list[list]:
    """The values of a Series of lists with missing entries as empty lists.

    ``groupby(...).agg(list).reindex(...)`` leaves NaN where a group has no
    rows; a column of lists should show ``[]`` there.
    """
    return [value if isinstance(value, list) else [] for value in values]


