"""Consultation load: meeting hours per organisation and person against capacity.

The evaluation studies speak of "overgeorganiseerdheid" and consultation
fatigue, and of small municipalities with one or two officials for every
table. This module puts hours on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import numpy as np
import pandas as pd

from ..errors import UsageError
from . import memo
from ._plumbing import LEVELS
from .ratings import overload_rating_columns

if TYPE_CHECKING:
    from ..landscape import Level
    from ..landscape import Landscape

HOURS = "meeting_hours_per_month"


def body_meeting_hours(land: Landscape) -> pd.Series:
    """Meeting hours per month of each body, for one seat.

    ``meetings_per_year x hours_per_meeting / 12``; NaN (unknown, not zero)
    when either is missing. Indexed by body id.
    """
    return land.meeting_hours().rename("hours_per_seat_per_month")


def membership_hours(land: Landscape) -> pd.DataFrame:
    """The membership table with the hours each row costs.

    Adds ``hours_per_seat_per_month`` (the body's, see
    :func:`body_meeting_hours`), ``meeting_hours_per_month`` (seats x that;
    NaN when the body's frequency or duration is unknown) and ``body_kind``.
    Kept per landscape (both levels of what-if and compare use it); a copy.
    """
    return memo.once(land, ("membership hours",), lambda: _membership_hours(land)).copy()


def _membership_hours(land) -> pd.DataFrame:
    m = land.memberships
    per_seat = m["body"].map(body_meeting_hours(land))
    return m.assign(
        hours_per_seat_per_month=per_seat,
        **{HOURS: m["seats"] * per_seat},
        body_kind=m["body"].map(land.bodies["kind"]),
    )


def overload(
    land: Landscape, level: Level = "organisations", threshold: float = 1.0, person_capacity_hours: float | None = None
) -> pd.DataFrame:
    """Meeting hours per month per organisation (or person) against its capacity.

    Definition ("consultation load"): a seat at a body costs
    ``seats x meetings_per_year x hours_per_meeting / 12`` hours per month.

    - A person's hours are the sum over the person's membership rows.
    - An organisation's hours are the hours of all its persons' seats (two
      persons of one organisation at the same body are two people's time, so
      both count) plus its own direct memberships at bodies where none of its
      persons sits. When an organisation and its person are both listed at a
      body, that is one seat, counted once (the person's).
    - Units (an organisation with a ``parent``) are counted on their own; their
      hours are not added to the parent's.

    Every membership row of ``land`` counts: pass ``land.at(date)`` to look
    at one moment (the CLI defaults to today), otherwise a seat that rotated
    from one person to another is counted for both.

    A body with no ``meetings_per_year`` or ``hours_per_meeting`` has unknown
    hours, never zero: such tables are counted in
    ``bodies_with_unknown_hours``, the known hours are summed, and
    ``hours_are_lower_bound`` is True.

    Reference: the consultation load of the evaluation studies of the Dutch
    CT and crime approach (USBO/WODC; Nelen et al. 2022, "Koers bepalen"),
    see the README.

    Parameters
    ----------
    land : Landscape
    level : "organisations" | "persons"
    threshold : float
        A load ratio above this marks an actor as overloaded (default 1.0:
        more meeting hours than capacity).
    person_capacity_hours : float, optional
        Hours per month one person has for consultation, for ``level="persons"``
        (the input has no capacity per person). Without it a person's
        ``load_ratio`` is NaN and ``overloaded`` is NA.

    Returns
    -------
    DataFrame indexed by ``organisation`` (or ``person``), every actor of the
    landscape, most loaded first (by ``load_ratio``, then hours):

    - ``name``; for persons also ``organisation``; for organisations
      ``persons`` (its persons with a seat);
    - ``tables``: bodies it sits at (an organisation: directly or through a
      person); ``seats``: seats counted for the hours; ``chairs``: bodies it
      (or one of its persons) chairs;
    - ``meeting_hours_per_month`` (hours/month, over the tables with known
      hours; NaN when the hours of every one of its tables are unknown);
    - ``bodies_with_unknown_hours``, ``hours_are_lower_bound``;
    - ``capacity_hours`` (hours/month available for consultation; NaN unknown);
    - ``load_ratio``: meeting_hours_per_month / capacity_hours (a fraction; NaN
      when the capacity is unknown);
    - ``overloaded``: load_ratio > threshold (pandas nullable boolean, NA when
      the capacity is unknown);
    - ``non_decision_hours_share``: fraction (0-1) of the hours spent at bodies
      whose kind is not ``decision`` (bodies of unknown kind left out; NaN
      when there are no such hours).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> pn.overload(land).loc["gemeente-klein-dorp", ["meeting_hours_per_month", "load_ratio"]].tolist()
    [46.0, 2.3]
    """
    if level not in LEVELS:
        raise UsageError("unknown_choice", what="level", value=level, choices=", ".join(LEVELS))
    _check_hours("threshold", threshold)
    if person_capacity_hours is not None:
        _check_hours("person_capacity_hours", person_capacity_hours)
    rows = membership_hours(land)
    if level == "persons":
        counted = rows[rows["member_kind"] == "person"]
        frame = _per_actor(counted, counted, "member", land.persons.index)
        capacity = pd.Series(
            np.nan if person_capacity_hours is None else float(person_capacity_hours), index=frame.index
        )
        frame.insert(0, "organisation", land.persons["organisation"])
        frame.insert(0, "name", land.persons["name"])
        frame = frame.rename_axis("person")  # a new index: the landscape's own keeps its name
    else:
        frame = _per_actor(_counted_organisation_rows(rows), rows, "organisation", land.organisations.index)
        persons = rows[rows["member_kind"] == "person"].groupby("organisation")["member"].nunique()
        frame.insert(3, "persons", persons.reindex(frame.index, fill_value=0).astype(int))
        frame.insert(0, "name", land.organisations["name"])
        capacity = land.organisations["capacity_hours"]
        frame = frame.rename_axis("organisation")
    return overload_rating_columns(_with_load(frame, capacity, threshold), land, level)  # survey ratings, if any


def _check_hours(name: str, value) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)) or not value >= 0:
        raise UsageError("not_a_positive_number", name=name, value=repr(value))


def _counted_organisation_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Person rows, plus organisation rows at bodies where none of its persons sits."""
    is_person = rows["member_kind"] == "person"
    seated = pd.MultiIndex.from_frame(rows.loc[is_person, ["organisation", "body"]])
    own = rows[~is_person]
    own = own[~pd.MultiIndex.from_frame(own[["organisation", "body"]]).isin(seated)]
    return pd.concat([rows[is_person], own])


def _per_actor(counted: pd.DataFrame, everything: pd.DataFrame, key: str, index: pd.Index) -> pd.DataFrame:
    """Tables, seats, chairs and hours per actor; ``counted`` rows carry the hours.

    Counted with numpy over the actors' positions in ``index`` (rows of other
    actors are left out) and one pandas group-by for the hours, rather than
    seven group-bys: a call on a small landscape cost ~10 ms of pandas
    overhead, and what-if and compare call it four times.
    """
    n = len(index)
    hours = counted[HOURS].to_numpy(dtype=float)
    known_kind = counted["body_kind"].notna().to_numpy()
    outside_decision = known_kind & (counted["body_kind"] != "decision").to_numpy()
    codes = index.get_indexer(pd.Index(counted[key]))
    kept = codes >= 0
    # the hours are summed by pandas as before (its group sums are compensated, Kahan, so a
    # plain numpy sum could differ in the last digit and reorder equal changes); rows that do
    # not count are NaN, which the sum skips
    sums = (
        pd.DataFrame(
            {
                HOURS: hours[kept],
                "kind": np.where(known_kind, hours, np.nan)[kept],
                "outside": np.where(outside_decision, hours, np.nan)[kept],
            }
        )
        .groupby(codes[kept])
        .sum()
        .reindex(range(n), fill_value=0.0)
    )
    frame = pd.DataFrame(
        {
            "bodies": _distinct_bodies(everything, key, index),
            "seats": _sums(codes, counted["seats"].to_numpy(dtype=float), n).astype(int),
            "chairs": _distinct_bodies(everything[(everything["role"] == "chair").to_numpy()], key, index),
            HOURS: sums[HOURS].to_numpy(dtype=float),
            "bodies_with_unknown_hours": _distinct_bodies(counted[np.isnan(hours)], key, index),
        },
        index=index,
    )
    all_unknown = (frame["bodies"] > 0) & (frame["bodies_with_unknown_hours"] == frame["bodies"])
    frame[HOURS] = frame[HOURS].mask(all_unknown)
    frame["hours_are_lower_bound"] = frame["bodies_with_unknown_hours"] > 0
    kind_hours, outside_hours = sums["kind"].to_numpy(dtype=float), sums["outside"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(kind_hours > 0, outside_hours / np.where(kind_hours > 0, kind_hours, 1.0), np.nan)
    frame["non_decision_hours_share"] = share
    return frame


def _sums(codes: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Sum of whole-number ``values`` (exact in floats) per position ``codes`` (0..n-1; -1, an actor outside the index, left out)."""
    keep = codes >= 0
    return np.bincount(codes[keep], weights=values[keep], minlength=n).astype(float)


def _distinct_bodies(rows: pd.DataFrame, key: str, index: pd.Index) -> np.ndarray:
    """Number of distinct bodies per actor of ``index`` among ``rows`` (int)."""
    pairs = rows[[key, "body"]].dropna(subset=["body"]).drop_duplicates()
    codes = index.get_indexer(pd.Index(pairs[key]))
    return np.bincount(codes[codes >= 0], minlength=len(index)).astype(int)


def _with_load(frame: pd.DataFrame, capacity: pd.Series, threshold: float) -> pd.DataFrame:
    capacity = capacity.reindex(frame.index).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = frame[HOURS] / capacity
    ratio = ratio.where(capacity.notna())
    overloaded = (ratio > threshold).astype("boolean").mask(ratio.isna())
    share = frame.pop("non_decision_hours_share")
    frame = frame.assign(
        capacity_hours=capacity, load_ratio=ratio, overloaded=overloaded, non_decision_hours_share=share
    )
    return frame.loc[load_order(frame).index]


def load_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Most loaded first: load ratio, then hours where known (unknown counts as 0), then seats, tables, id.

    When every hour is unknown the organisation with the most seats and tables comes first, never one
    without tables.
    """
    keys = frame.assign(_id=frame.index, _hours=frame[HOURS].fillna(0.0))
    return keys.sort_values(
        ["load_ratio", "_hours", "seats", "bodies", "_id"],
        ascending=[False, False, False, False, True],
        na_position="last",
        kind="stable",
    )


from .._public import public_dir

__all__ = ["HOURS", "body_meeting_hours", "membership_hours", "overload", "load_order"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
