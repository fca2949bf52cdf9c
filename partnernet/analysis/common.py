"""Small helpers shared by the analyses."""

from __future__ import annotations


import numpy as np
import pandas as pd


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` sorted by its index, stably (ids as text when they are of mixed types).

    Rankings sort this first and then by their measure with a stable sort,
    so equal scores come in id order, never in file order.
    """
    try:
        return frame.sort_index(kind="stable")
    except TypeError:
        return frame.iloc[np.argsort(frame.index.astype(str), kind="stable")]


def lists_or_empty(values: pd.Series) -> list[list]:
    """The values of a Series of lists with missing entries as empty lists.

    ``groupby(...).agg(list).reindex(...)`` leaves NaN where a group has no
    rows; a column of lists should show ``[]`` there.
    """
    return [value if isinstance(value, list) else [] for value in values]


