"""Tenure and turnover: do the same people keep sitting at the table?

The studies report that trust grows when the same officials meet for years
(three to five years is the wish they quote), that police officers rotate
after about two years, and tables where four of five members were new. These
functions measure that from membership ``start`` and ``end`` dates.

All of them read the whole register (every membership row, past ones too)
and look at it from a reference date ``as_of``; do not pass ``land.at(...)``,
which keeps only the memberships of one day.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, overload

import dataclasses
import numpy as np
import pandas as pd

from ..errors import UsageError
from .results import Result

if TYPE_CHECKING:
    from ..landscape import DateLike, Landscape

DAYS_PER_YEAR = 365.25
#: A seat "changed hands" when a colleague started within this many days after the previous holder left.
HANDOVER_DAYS = 92


def _reference_date(land, as_of) -> pd.Timestamp:
    if as_of is None:
        return land.date if land.date is not None else pd.Timestamp.today().normalize()
    from ..landscape import _as_date

    return _as_date(as_of)


def _active(m: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    return (m["start"].isna() | (m["start"] <= day)) & (m["end"].isna() | (m["end"] >= day))


@dataclasses.dataclass(frozen=True)
class Turnover(Result):
    """The result of :func:`turnover` (``result["bodies"]`` works too)."""

    bodies: pd.DataFrame
    organisations: pd.DataFrame
    as_of: pd.Timestamp
    window_months: int
    threshold_years: float

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["bodies"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["organisations"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["as_of"]) -> pd.Timestamp: ...
    @overload
    def __getitem__(self, key: Literal["window_months"]) -> int: ...
    @overload
    def __getitem__(self, key: Literal["threshold_years"]) -> float: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def turnover(
    land: Landscape, as_of: DateLike | None = None, *, threshold_years: float = 3.0, window_months: int = 12
) -> Turnover:
    """Tenure and turnover per body and per organisation.

    Definitions, at the reference date D (``as_of``; default the landscape's
    date, else today):

    - a membership is *current* when ``start`` <= D (or empty) and ``end`` >= D
      (or empty); its *tenure* is D - ``start`` in years (unknown without a start);
    - *new*: current memberships that started in the last ``window_months``;
    - *core continuity*: of the ``core`` members seated at D - ``window_months``,
      the share still seated at D (the same member);
    - a body has *short tenure* when the median tenure of its current members is
      below ``threshold_years`` (the studies' wish is three to five years);
    - an organisation's seat *changed hands* when one of its persons started at
      a body within 92 days after another of its persons left that body.

    Returns
    -------
    Turnover
        A typed frozen result (``result.bodies`` or ``result["bodies"]``) with ``bodies``, a DataFrame (index ``body``): name, members_now, median_tenure_years,
        tenure_unknown (current members without a start date), new_members,
        new_share, core_continuity, new_body (bool: the body itself started in
        the window, so its members are new by definition), departures
        (memberships that ended in the window), short_tenure (bool, NA when no
        tenure is known);
        ``organisations`` (index ``organisation``): name, seats_now,
        seat_changes (all time), seat_changes_in_window, persons_rotated_out
        (persons whose last membership ended in the window),
        median_tenure_years; ``as_of`` (the date), ``window_months``,
        ``threshold_years``.

    References
    ----------
    The evaluation studies of the field (USBO/Utrecht University
    for the WODC on CT and crime networks; Nelen et al. 2022, "Koers
    bepalen"; Inspectie VenJ on the Actieprogramma Integrale Aanpak
    Jihadisme), which describe turnover in words; the measures here are
    partnernet's.

    Examples
    --------
    >>> import partnernet as pn
    >>> result = pn.turnover(pn.load("data/regio-voorbeeld"), as_of="2026-01-01")
    >>> result["bodies"].sort_values("new_share", ascending=False).index[:2].tolist()
    ['regionaal-ondermijningsberaad', 'weegoverleg-radicalisering']
    """
    if threshold_years <= 0 or window_months <= 0:
        raise UsageError("bad_turnover_window")
    day = _reference_date(land, as_of)
    window_start = day - pd.DateOffset(months=window_months)
    m = land.memberships
    return Turnover(
        bodies=_bodies(land, m, day, window_start, threshold_years),
        organisations=_organisations(land, m, day, window_start),
        as_of=day,
        window_months=window_months,
        threshold_years=threshold_years,
    )


def _bodies(land, m, day, window_start, threshold_years) -> pd.DataFrame:
    now = m[_active(m, day)].assign(tenure=lambda f: (day - f["start"]).dt.days / DAYS_PER_YEAR)
    by_body = now.groupby("body")
    table = pd.DataFrame(index=land.bodies.index.rename("body"))
    table["name"] = land.bodies["name"]
    table["members_now"] = by_body["member"].nunique().reindex(table.index).fillna(0).astype(int)
    table["median_tenure_years"] = by_body["tenure"].median().reindex(table.index)
    table["tenure_unknown"] = now["start"].isna().groupby(now["body"]).sum().reindex(table.index).fillna(0).astype(int)
    new = now[now["start"] > window_start].groupby("body")["member"].nunique()
    table["new_members"] = new.reindex(table.index).fillna(0).astype(int)
    table["new_share"] = table["new_members"] / table["members_now"].replace(0, np.nan)
    table["core_continuity"] = _core_continuity(m, day, window_start).reindex(table.index)
    table["new_body"] = (land.bodies["start"] > window_start).reindex(table.index).fillna(False).astype(bool)
    ended = m[(m["end"] > window_start) & (m["end"] <= day)].groupby("body").size()
    table["departures"] = ended.reindex(table.index).fillna(0).astype(int)
    short = table["median_tenure_years"] < threshold_years
    table["short_tenure"] = short.astype("boolean").mask(table["median_tenure_years"].isna())
    return table.sort_values(["new_share", "median_tenure_years"], ascending=[False, True], na_position="last")


def _core_continuity(m: pd.DataFrame, day, window_start) -> pd.Series:
    core = m["type"].eq("core")
    before = m[core & _active(m, window_start)][["body", "member"]].drop_duplicates()
    after = m[core & _active(m, day)][["body", "member"]].drop_duplicates()
    stayed = before.merge(after, how="left", on=["body", "member"], indicator=True)["_merge"].eq("both")
    return stayed.groupby(before["body"].to_numpy()).mean()


def _organisations(land, m, day, window_start) -> pd.DataFrame:
    changes = seat_changes(m)
    table = pd.DataFrame(index=land.organisations.index.rename("organisation"))
    table["name"] = land.organisations["name"]
    now = m[_active(m, day)]
    table["seats_now"] = now.groupby("organisation")["seats"].sum().reindex(table.index).fillna(0).astype(int)
    table["seat_changes"] = changes.groupby("organisation").size().reindex(table.index).fillna(0).astype(int)
    recent = changes[(changes["date"] > window_start) & (changes["date"] <= day)]
    table["seat_changes_in_window"] = recent.groupby("organisation").size().reindex(table.index).fillna(0).astype(int)
    persons = m[m["member_kind"] == "person"]
    ends = persons.groupby("member")["end"]
    last_end = ends.max().where(ends.count() == ends.size())  # NaT while any membership is open
    gone = last_end[(last_end > window_start) & (last_end <= day)].index
    rotated = persons[persons["member"].isin(gone)].drop_duplicates("member").groupby("organisation").size()
    table["persons_rotated_out"] = rotated.reindex(table.index).fillna(0).astype(int)
    tenure = (day - now["start"]).dt.days / DAYS_PER_YEAR
    table["median_tenure_years"] = tenure.groupby(now["organisation"]).median().reindex(table.index)
    return table.sort_values(["seat_changes_in_window", "seat_changes"], ascending=False)


def seat_changes(memberships: pd.DataFrame) -> pd.DataFrame:
    """Handovers: a person of an organisation leaves a body and a colleague starts there.

    Returns one row per handover with ``organisation``, ``body``,
    ``person_out``, ``person_in`` and ``date`` (the successor's start), for
    starts within 92 days after the predecessor's end.

    Examples
    --------
    >>> import partnernet as pn
    >>> changes = pn.seat_changes(pn.load("data/regio-voorbeeld").memberships)
    >>> len(changes), changes.loc[0, ["organisation", "body", "person_out", "person_in"]].tolist()
    (10, ['reclassering', 'casusoverleg-radicalisering', 'p055', 'p056'])
    """
    persons = memberships[memberships["member_kind"] == "person"]
    ends = persons.dropna(subset=["end"])[["organisation", "body", "member", "end"]]
    starts = persons.dropna(subset=["start"])[["organisation", "body", "member", "start"]]
    pairs = ends.merge(starts, on=["organisation", "body"], suffixes=("_out", "_in"))
    gap = (pairs["start"] - pairs["end"]).dt.days
    pairs = pairs[(pairs["member_out"] != pairs["member_in"]) & (gap >= 0) & (gap <= HANDOVER_DAYS)]
    # each successor start counts once, with the predecessor who left last before it
    pairs = pairs.sort_values("end").drop_duplicates(["organisation", "body", "member_in", "start"], keep="last")
    return pairs.rename(columns={"member_out": "person_out", "member_in": "person_in", "start": "date"})[
        ["organisation", "body", "person_out", "person_in", "date"]
    ].reset_index(drop=True)


def shared_tenure(land: Landscape, as_of: DateLike | None = None) -> pd.DataFrame:
    """Tie strength between two persons: the years they sat at the same tables together.

    For every pair of persons who sat at one body at overlapping times, the
    overlap of their membership periods, summed over bodies (an open end
    counts until ``as_of``; memberships without a start are left out).

    Returns
    -------
    DataFrame with columns person_a, person_b, years_together, bodies (number
    of bodies where they overlapped), sorted by years_together.

    Examples
    --------
    >>> import partnernet as pn
    >>> pn.shared_tenure(pn.load("data/regio-voorbeeld"), as_of="2026-01-01").head(3).round(2)
      person_a person_b  years_together  bodies
    0     p001     p002           49.01       8
    1     p002     p018           32.60       6
    2     p001     p018           29.77       5
    """
    day = _reference_date(land, as_of)
    m = land.memberships
    persons = m[(m["member_kind"] == "person") & m["start"].notna() & (m["start"] <= day)]
    periods = persons.assign(end=persons["end"].where(persons["end"] <= day, day))[["member", "body", "start", "end"]]
    pairs = periods.merge(periods, on="body", suffixes=("_a", "_b"))
    pairs = pairs[pairs["member_a"] < pairs["member_b"]]
    overlap = (pairs[["end_a", "end_b"]].min(axis=1) - pairs[["start_a", "start_b"]].max(axis=1)).dt.days
    pairs = pairs.assign(days=overlap)[overlap >= 0]
    grouped = pairs.groupby(["member_a", "member_b"])
    result = pd.DataFrame(
        {"years_together": grouped["days"].sum() / DAYS_PER_YEAR, "bodies": grouped["body"].nunique()}
    ).reset_index()
    result = result.rename(columns={"member_a": "person_a", "member_b": "person_b"})
    return result.sort_values(["years_together", "person_a", "person_b"], ascending=[False, True, True]).reset_index(
        drop=True
    )


from .._public import public_dir

__all__ = ["DAYS_PER_YEAR", "HANDOVER_DAYS", "Turnover", "turnover", "seat_changes", "shared_tenure"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
