"""Redundant tables: bodies with (nearly) the same members, and bodies that add no one.

The studies report that new bodies are created "without asking what they
add". Two bodies with the same members, regime and level are candidates to
merge; a body whose members all sit at the body it reports to, or a body
with fewer than two members, is worth a question too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..graphs import ACTOR_SETS, affiliations, incidence, projection_edges
from ._plumbing import lists_or_empty
from .overload import body_meeting_hours
from .ratings import pair_rating_columns

if TYPE_CHECKING:
    from ..graphs import Members
    from ..landscape import Landscape

#: Two-mode projections: Jaccard >= 0.75 (same regime and level) is a merge candidate.
MIN_OVERLAP = 0.75


def _member_pairs(land, members: Members) -> pd.DataFrame:
    if members not in ACTOR_SETS:
        raise UsageError("unknown_member_set", value=members, choices=", ".join(ACTOR_SETS))
    return affiliations(land, members)


def redundancy(land: Landscape, min_overlap: float = MIN_OVERLAP, members: Members = "organisations") -> pd.DataFrame:
    """Pairs of bodies that share members, best merge candidate first.

    Definitions (two-mode projections, applied to bodies):
    with A and B the member sets of two bodies,

    - Jaccard = |A & B| / |A | B|, a fraction 0-1;
    - overlap coefficient = |A & B| / min(|A|, |B|), a fraction 0-1: 1.0 when
      one body's members are a subset of the other's;
    - merge candidate: Jaccard >= ``min_overlap`` and the same regime and
      the same level (NA when the overlap is high enough but a regime or
      level is unknown);
    - ``hours_saved_per_month``: if the two merged, the merged body would
      keep the busier schedule, and each shared member would stop attending
      the other body: shared members x the smaller of the two bodies' meeting
      hours per month (person-hours per month, one seat per shared member;
      NaN when a body's hours are unknown).

    References: P. Jaccard (1901), "Étude comparative de la distribution
    florale dans une portion des Alpes et des Jura", Bulletin de la Société
    Vaudoise des Sciences Naturelles 37:547-579; G. G. Simpson (1943),
    "Mammals and the nature of continents", American Journal of Science
    241:1-31 (the overlap coefficient). The question itself, whether new
    bodies add anything, comes from the evaluation studies of the field.

    Only pairs with at least one shared member are listed. They are ranked
    merge candidates first, then by ``hours_saved_per_month``, then Jaccard.
    Computed with a sparse matrix product (no loop over pairs).

    Parameters
    ----------
    land : Landscape
        Usually one moment: ``land.at(date)``.
    min_overlap : float
        Jaccard threshold (0-1] for the merge-candidate flag.
    members : "organisations" | "persons" | "actors"
        What counts as a member: organisations (a person counts as their
        organisation; the default), persons only, or members as listed.

    Returns
    -------
    DataFrame, one row per pair: ``body_a``, ``body_b``, ``name_a``,
    ``name_b``, ``shared_members``, ``members_a``, ``members_b``,
    ``union_members``, ``jaccard``, ``overlap_coefficient``, ``regime_a``,
    ``regime_b``, ``level_a``, ``level_b``, ``same_regime``, ``same_level``
    (nullable booleans), ``meeting_hours_per_month_a`` / ``_b`` (each body's
    meeting hours per month, one seat), ``combined_meeting_hours_per_month``,
    ``hours_saved_per_month`` and ``merge_candidate`` (nullable boolean).
    Why a pair is a candidate or not, in words:
    ``partnernet.language.notes.reasons(pairs, min_overlap, lang)``.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> pairs = pn.redundancy(land)
    >>> pairs.loc[pairs["merge_candidate"].fillna(False), ["body_a", "body_b", "jaccard"]].round(4)
                          body_a                         body_b  jaccard
    0     top-casustafel-centrum           top-casustafel-noord   0.7778
    1  riec-regionale-stuurgroep  regionaal-ondermijningsberaad   0.8462
    2       ct-ambtelijk-overleg            ct-stuurgroep-regio   0.8750
    """
    if not 0 < min_overlap <= 1:
        raise UsageError("bad_min_overlap", value=repr(min_overlap))
    pairs = _member_pairs(land, members)
    bodies = land.bodies.index
    matrix = incidence(pairs, bodies, pd.Index(pairs["actor"].unique()), "body", "actor")
    edges = projection_edges(matrix, bodies, "jaccard")
    size = pd.Series(np.asarray(matrix.sum(axis=1)).ravel().astype(int), index=bodies)
    frame = pd.DataFrame({"body_a": edges["source"], "body_b": edges["target"]})
    frame["name_a"] = frame["body_a"].map(land.bodies["name"])
    frame["name_b"] = frame["body_b"].map(land.bodies["name"])
    frame["shared_members"] = edges["shared"]
    frame["members_a"] = frame["body_a"].map(size)
    frame["members_b"] = frame["body_b"].map(size)
    frame["union_members"] = frame["members_a"] + frame["members_b"] - frame["shared_members"]
    frame["jaccard"] = edges["weight"]
    frame["overlap_coefficient"] = frame["shared_members"] / np.minimum(frame["members_a"], frame["members_b"])
    frame = _with_regime_level_and_hours(frame, land)
    frame["merge_candidate"] = (frame["jaccard"] >= min_overlap) & frame["same_regime"] & frame["same_level"]
    order = frame.sort_values(
        ["hours_saved_per_month", "jaccard", "body_a", "body_b"],
        ascending=[False, False, True, True],
        na_position="last",
        kind="stable",
    )
    order = order.sort_values("merge_candidate", ascending=False, na_position="last", kind="stable")
    return pair_rating_columns(order.reset_index(drop=True), land)  # survey ratings, if any


def _with_regime_level_and_hours(frame: pd.DataFrame, land) -> pd.DataFrame:
    for column in ("regime", "level"):
        a = frame["body_a"].map(land.bodies[column])
        b = frame["body_b"].map(land.bodies[column])
        frame[f"{column}_a"], frame[f"{column}_b"] = a, b
        frame[f"same_{column}"] = (a == b).astype("boolean").mask(a.isna() | b.isna())
    hours = body_meeting_hours(land)
    a, b = frame["body_a"].map(hours), frame["body_b"].map(hours)
    frame["meeting_hours_per_month_a"], frame["meeting_hours_per_month_b"] = a, b
    frame["combined_meeting_hours_per_month"] = a + b
    frame["hours_saved_per_month"] = frame["shared_members"] * np.minimum(a, b)
    return frame


def small_bodies(land: Landscape, members: Members = "organisations") -> pd.DataFrame:
    """Bodies with fewer than two members: they connect no one.

    With ``members="organisations"`` (default) a body where only persons of
    one organisation sit counts as one member.

    Returns a DataFrame indexed by ``body``: ``name``, ``kind``, ``members``
    (number of members), ``member_ids`` (list). Empty when every body has at
    least two members.

    Examples
    --------
    >>> import partnernet as pn
    >>> small = pn.small_bodies(pn.load("data/regio-voorbeeld").at("2019-01-01"))
    >>> int(small.loc["ct-ambtelijk-overleg", "members"]), small.loc["ct-ambtelijk-overleg", "member_ids"]
    (1, ['nctv'])
    """
    pairs = _member_pairs(land, members)
    listed = pairs.groupby("body")["actor"].agg(sorted)
    count = pairs.groupby("body").size().reindex(land.bodies.index, fill_value=0).astype(int)
    frame = pd.DataFrame(
        {
            "name": land.bodies["name"],
            "kind": land.bodies["kind"],
            "members": count,
            "member_ids": listed.reindex(land.bodies.index),
        }
    )
    frame = frame[frame["members"] < 2]
    frame["member_ids"] = lists_or_empty(frame["member_ids"])
    return frame.rename_axis("body")


def nested_bodies(land: Landscape, members: Members = "organisations") -> pd.DataFrame:
    """Bodies whose members all sit at the body they report to (``reports_to``).

    Such a body brings no one new to the table above it; whether it adds
    anything else (a different task, a smaller circle) is the question to ask.

    Returns a DataFrame indexed by ``body``: ``name``, ``reports_to``,
    ``reports_to_name``, ``members``, ``members_of_parent``,
    ``meeting_hours_per_month`` (the body's own meetings, one seat; NaN
    unknown). Bodies without members are left out (see :func:`small_bodies`).

    Examples
    --------
    >>> import partnernet as pn
    >>> nested = pn.nested_bodies(pn.load("tests/fixtures/mini"))
    >>> weeg = nested.loc["weeg"]
    >>> weeg["reports_to"], int(weeg["members"]), int(weeg["members_of_parent"]), float(weeg["meeting_hours_per_month"])
    ('casus', 3, 4, 1.0)
    """
    pairs = _member_pairs(land, members)
    parent = land.bodies["reports_to"]
    child = pairs.assign(parent=pairs["body"].map(parent)).dropna(subset=["parent"])
    in_parent = pd.MultiIndex.from_frame(child[["actor", "parent"]]).isin(
        pd.MultiIndex.from_frame(pairs[["actor", "body"]])
    )
    missing = child.assign(outside=~in_parent).groupby("body")["outside"].sum()
    nested = missing.index[missing.to_numpy() == 0]
    sizes = pairs.groupby("body").size()
    frame = pd.DataFrame(
        {
            "name": land.bodies["name"],
            "reports_to": parent,
            "reports_to_name": parent.map(land.bodies["name"]),
            "members": sizes,
            "members_of_parent": parent.map(sizes),
            "meeting_hours_per_month": body_meeting_hours(land),
        }
    )
    frame = frame.loc[land.bodies.index.intersection(nested)]
    frame[["members", "members_of_parent"]] = frame[["members", "members_of_parent"]].astype(int)
    return frame.rename_axis("body")


from .._public import public_dir

__all__ = ["MIN_OVERLAP", "redundancy", "small_bodies", "nested_bodies"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
