"""Small helpers shared by the analyses."""

from __future__ import annotations

import difflib

import pandas as pd


def lists_or_empty(values: pd.Series) -> list[list]:
    """The values of a Series of lists with missing entries as empty lists.

    ``groupby(...).agg(list).reindex(...)`` leaves NaN where a group has no
    rows; a column of lists should show ``[]`` there.
    """
    return [value if isinstance(value, list) else [] for value in values]


def close_ids(value: str, ids, n: int = 5) -> list[str]:
    """Ids a mistyped ``value`` may have meant: those containing it (earliest match first), then similar ones."""
    ids = [str(i) for i in ids]
    text = str(value).lower()
    containing = sorted((i for i in ids if text in i.lower()), key=lambda i: i.lower().find(text))
    return list(dict.fromkeys(containing + difflib.get_close_matches(str(value), ids, n=n, cutoff=0.5)))[:n]
