"""What is in a landscape: counts per table, per domain, regime, level and body kind."""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, cast, overload

import dataclasses
import pandas as pd

from ..graphs import affiliations
from ._plumbing import by_id
from .results import Result

if TYPE_CHECKING:
    from ..landscape import Landscape

UNKNOWN = "(unknown)"


def _tally(values: pd.Series, name: str) -> pd.Series:
    # a column name (a str; the stubs take no other Hashable)
    return values.fillna(UNKNOWN).value_counts().rename(name).rename_axis(cast(str, values.name))


@dataclasses.dataclass(frozen=True)
class Summary(Result):
    """The result of :func:`summary` (``result["counts"]`` works too)."""

    counts: pd.Series[int]
    domains: pd.DataFrame
    regimes: pd.DataFrame
    levels: pd.DataFrame
    body_kinds: pd.DataFrame
    top_organisations: pd.DataFrame

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["counts"]) -> pd.Series[int]: ...
    @overload
    def __getitem__(self, key: Literal["domains"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["regimes"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["levels"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["body_kinds"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["top_organisations"]) -> pd.DataFrame: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def summary(land: Landscape, top: int = 5) -> Summary:
    """Counts that describe a landscape.

    Returns a :class:`Summary`, a typed frozen result (``result.counts`` or ``result["counts"]``) with

    - ``counts``: a Series ``count`` indexed by ``table``, rows per table (organisations, bodies, persons,
      memberships, ties, covenants);
    - ``domains``: organisations per domain;
    - ``regimes`` and ``levels``: organisations and bodies per regime / level;
    - ``body_kinds``: bodies per kind;
    - ``top_organisations``: the ``top`` organisations at most tables, with
      ``tables`` (bodies it sits at, directly or through its persons) and
      ``persons`` (its persons with a seat somewhere).

    Missing values are counted as ``(unknown)``.

    Examples
    --------
    >>> import partnernet as pn
    >>> pn.summary(pn.load("data/regio-voorbeeld"))["counts"].to_dict()
    {'organisations': 46, 'bodies': 33, 'persons': 79, 'memberships': 243, 'ties': 22, 'covenants': 35}
    """
    orgs, bodies = land.organisations, land.bodies

    def both(column: str) -> pd.DataFrame:
        frame = pd.concat([_tally(orgs[column], "organisations"), _tally(bodies[column], "bodies")], axis=1)
        return frame.fillna(0).astype(int).rename_axis(column)

    tables = affiliations(land, "organisations").groupby("actor").size()
    seated = land.memberships[land.memberships["member_kind"] == "person"]
    persons = seated.groupby("organisation")["member"].nunique()
    ranking = pd.DataFrame(
        {
            "name": orgs["name"],
            "domain": orgs["domain"],
            "bodies": tables.reindex(orgs.index).fillna(0).astype(int),
            "persons": persons.reindex(orgs.index).fillna(0).astype(int),
        }
    )
    ranking = (
        by_id(ranking.rename_axis("organisation"))
        .sort_values(["bodies", "persons"], ascending=False, kind="stable")
        .head(top)
    )
    return Summary(
        counts=land.counts,
        domains=_tally(orgs["domain"], "organisations").to_frame(),
        regimes=both("regime"),
        levels=both("level"),
        body_kinds=_tally(bodies["kind"], "bodies").to_frame().rename_axis("kind"),
        top_organisations=ranking,
    )


from .._public import public_dir

__all__ = ["UNKNOWN", "Summary", "summary"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
