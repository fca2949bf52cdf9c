"""Value ratings from the partner survey: tables rated low, reciprocated ties, the response.

A landscape collected with ``partnernet survey collect`` carries
``value_rating`` (1 = little value, 5 = very valuable) on memberships and
ties, and ``survey_answered`` on organisations. Other landscapes have none of
these columns; every function here then returns an empty result and the
analyses that use them add nothing.

The rating questions follow the PARTNER tool's "value" items (Varda,
Chandra, Stern & Lurie 2008, "Core dimensions of connectivity in public
health collaboratives", J. Public Health Management and Practice 14(5)).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from ..landscape import Landscape

RATING = "value_rating"
#: A rating of this or lower counts as low.
LOW_RATING = 2
#: A table is rated low when at least this share of its raters rate it low ...
LOW_SHARE = 0.5
#: ... and at least this many members rated it.
MIN_RATERS = 2


def ratings_of(frame: pd.DataFrame) -> pd.Series | None:
    """The ``value_rating`` column as numbers (it loads as text), or None when there is none."""
    if RATING not in frame.columns:
        return None
    values = pd.to_numeric(frame[RATING], errors="coerce")
    return values if values.notna().any() else None


def has_ratings(land: Landscape) -> bool:
    return ratings_of(land.memberships) is not None


def body_ratings(land: Landscape) -> pd.DataFrame:
    """Per body: ``raters``, ``mean_value_rating`` (1-5), ``low_ratings`` (<= 2), ``low_share``
    (fraction of raters), ``rated_low`` (low_share >= 0.5 and at least 2 raters).

    Indexed by ``body`` (bodies without any rating left out); lowest mean first.
    Each organisation counts once per body (the mean of its rows' ratings).
    """
    ratings = ratings_of(land.memberships)
    if ratings is None:
        return pd.DataFrame(
            columns=["name", "raters", "mean_value_rating", "low_ratings", "low_share", "rated_low"],
            index=pd.Index([], name="body"),
        )
    rows = land.memberships.assign(_rating=ratings).dropna(subset=["_rating"])
    per_member = rows.groupby(["body", "organisation"])["_rating"].mean().reset_index()
    groups = per_member.groupby("body")["_rating"]
    frame = pd.DataFrame(
        {
            "raters": groups.size(),
            "mean_value_rating": groups.mean(),
            "low_ratings": groups.apply(lambda r: int((r <= LOW_RATING).sum())),
        }
    )
    frame["low_share"] = frame["low_ratings"] / frame["raters"]
    frame["rated_low"] = (frame["low_share"] >= LOW_SHARE) & (frame["raters"] >= MIN_RATERS)
    frame.insert(0, "name", frame.index.map(land.bodies["name"].to_dict()))
    return frame.sort_values(["mean_value_rating", "raters"], ascending=[True, False], kind="stable").rename_axis(
        "body"
    )


def overload_rating_columns(frame: pd.DataFrame, land: Landscape, level: str) -> pd.DataFrame:
    """Add ``low_rated_hours_per_month`` to an overload table when ratings exist: the hours an
    organisation spends at tables it rated itself 2 or lower (hours/month, one seat per row)."""
    ratings = ratings_of(land.memberships)
    if ratings is None or level != "organisations":
        return frame
    from .overload import HOURS, membership_hours

    rows = membership_hours(land).assign(_rating=ratings)
    low = rows[rows["_rating"] <= LOW_RATING].groupby("organisation")[HOURS].sum()
    return frame.assign(low_rated_hours_per_month=low.reindex(frame.index).fillna(0.0).astype(float))


def pair_rating_columns(pairs: pd.DataFrame, land: Landscape) -> pd.DataFrame:
    """Add each body's mean rating and whether it is rated low to a redundancy table, and
    ``stronger_candidate``: a merge candidate one of whose bodies its members rate low."""
    rated = body_ratings(land)
    if rated.empty:
        return pairs
    pairs = pairs.copy()
    for end in ("a", "b"):
        pairs[f"mean_value_rating_{end}"] = pairs[f"body_{end}"].map(rated["mean_value_rating"]).astype(float)
        pairs[f"rated_low_{end}"] = (
            pairs[f"body_{end}"].map(rated["rated_low"]).astype("boolean").fillna(False).astype(bool)
        )
    candidate = pairs["merge_candidate"].fillna(False).astype(bool)
    pairs["stronger_candidate"] = candidate & (pairs["rated_low_a"] | pairs["rated_low_b"])
    return pairs


def survey_response(land: Landscape) -> dict | None:
    """``{"answered": n, "invited": m, "rate": n / m}`` from ``organisations.survey_answered``, or None."""
    if "survey_answered" not in land.organisations.columns:
        return None
    answered = land.organisations["survey_answered"].astype(str).str.lower().isin(("true", "1", "ja", "yes"))
    invited = len(answered)
    return {
        "answered": int(answered.sum()),
        "invited": invited,
        "rate": answered.sum() / invited if invited else np.nan,
    }


def tie_reciprocity(land: Landscape) -> pd.DataFrame:
    """Reported ties between organisations that both answered, as pairs of the same kind.

    One row per unordered pair and kind: ``organisation_a``, ``organisation_b``,
    ``kind``, ``reciprocated`` (both reported it) and ``reported_by`` (the one
    that did, when one-sided). Empty without survey answers.
    """
    columns = ["organisation_a", "organisation_b", "kind", "reciprocated", "reported_by"]
    response = survey_response(land)
    if response is None:
        return pd.DataFrame(columns=columns)
    answered = set(
        land.organisations.index[
            land.organisations["survey_answered"].astype(str).str.lower().isin(("true", "1", "ja", "yes"))
        ]
    )
    ties = land.ties[land.ties["source"].isin(answered) & land.ties["target"].isin(answered)]
    reported = set(zip(ties["source"], ties["target"], ties["kind"]))
    rows = {}
    for source, target, kind in sorted(reported):
        a, b = sorted((source, target))
        both = (target, source, kind) in reported
        rows[(a, b, kind)] = [a, b, kind, both, None if both else source]
    return pd.DataFrame(list(rows.values()), columns=columns)


from .._public import public_dir

__all__ = [
    "RATING",
    "LOW_RATING",
    "LOW_SHARE",
    "MIN_RATERS",
    "ratings_of",
    "has_ratings",
    "body_ratings",
    "overload_rating_columns",
    "pair_rating_columns",
    "survey_response",
    "tie_reciprocity",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
