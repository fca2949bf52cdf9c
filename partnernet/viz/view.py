"""What a map shows: the part of a landscape selected by regime, domain or neighbourhood.

The filters only decide what is drawn; key figures (tables, hours) are taken
from the whole landscape, so an organisation keeps its real number of tables
in a filtered map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from ..language.errors import message

import pandas as pd

from ..errors import close_ids
from ..errors import UsageError
from ..graphs import affiliations
from ..io.schema import VOCABULARIES, Domain, Regime

if TYPE_CHECKING:
    from ..landscape import Landscape


def choose(value: str | None, valid, what: str) -> str | None:
    """``value`` when it is one of ``valid``; otherwise a UsageError naming the choices."""
    if value is None or value in set(valid):
        return value
    choices = sorted(map(str, valid))
    if not choices:
        raise UsageError("unknown_choice_none", what=what, value=value)
    raise UsageError("unknown_choice", what=what, value=value, choices=", ".join(choices))


def check_id(land: Landscape, node_id: str, table: str = "organisations") -> str:
    """``node_id`` when it is in ``land.<table>``; otherwise a UsageError with close matches."""
    index = getattr(land, table).index
    if node_id in index:
        return node_id
    close = close_ids(node_id, index)
    if close:
        raise UsageError("unknown_node", thing=message(f"one.{table}"), value=node_id, close=", ".join(close))
    raise UsageError("unknown_node_none", thing=message(f"one.{table}"), table=table, value=node_id, n=len(index))


def select(
    land: Landscape,
    *,
    regime: Regime | None = None,
    domain: Domain | None = None,
    around: str | None = None,
    radius: int = 1,
):
    """The landscape restricted to what the map should show.

    Parameters
    ----------
    regime : str, optional
        Keep bodies of this regime; ``ct`` and ``crime`` include the bodies of
        regime ``both``, which serve both.
    domain : str, optional
        Keep organisations of this domain, their persons, and the bodies
        where they sit (other members of those bodies are not drawn).
    around : str, optional
        An organisation id: keep it, the bodies it sits at and the
        organisations at those bodies, ``radius`` steps out.
    radius : int
        Steps from ``around``; one step is organisation -> body -> organisation.

    Returns
    -------
    Landscape
        Unchanged when no filter is given; otherwise only organisations and
        persons with a seat at a kept body, the kept bodies (``reports_to``
        outside them emptied), their memberships and the ties among the kept
        actors.
    """
    if regime is None and domain is None and around is None:
        return land
    pairs = affiliations(land, "organisations")
    if regime is not None:
        choose(regime, set(VOCABULARIES["regime"]) | set(land.bodies["regime"].dropna()), "regime")
        wanted = {regime, "both"} if regime != "both" else {"both"}
        kept = land.bodies.index[land.bodies["regime"].isin(wanted)]
        pairs = pairs[pairs["body"].isin(kept)]
    if domain is not None:
        choose(domain, land.organisations["domain"].dropna().unique(), "domain")
        in_domain = land.organisations.index[land.organisations["domain"] == domain]
        pairs = pairs[pairs["actor"].isin(in_domain)]
    organisations = pd.Index([])
    if around is not None:
        pairs = _neighbourhood(pairs, check_id(land, around), radius)
        organisations = pd.Index([around])  # drawn even without a seat
    return _restrict(land, pairs, organisations.union(pd.Index(pairs["actor"].unique())))


def _neighbourhood(pairs: pd.DataFrame, centre: str, radius: int) -> pd.DataFrame:
    if not isinstance(radius, int) or isinstance(radius, bool) or radius < 1:
        raise UsageError("bad_radius", value=repr(radius))
    organisations = pd.Index([centre])
    bodies = pd.Index([])
    for _ in range(radius):
        bodies = pd.Index(pairs.loc[pairs["actor"].isin(organisations), "body"].unique())
        organisations = organisations.union(pd.Index(pairs.loc[pairs["body"].isin(bodies), "actor"].unique()))
    return pairs[pairs["body"].isin(bodies) & pairs["actor"].isin(organisations)]


def _restrict(land, pairs: pd.DataFrame, organisations: pd.Index):
    bodies = land.bodies.loc[land.bodies.index.isin(pairs["body"])]
    bodies = bodies.assign(reports_to=bodies["reports_to"].where(bodies["reports_to"].isin(bodies.index)))
    m = land.memberships
    memberships = m[m["body"].isin(bodies.index) & m["organisation"].isin(organisations)]
    seated = memberships.loc[memberships["member_kind"] == "person", "member"].unique()
    persons = land.persons.loc[land.persons.index.isin(seated)]
    actors = organisations.append(persons.index)
    ties = land.ties[land.ties["source"].isin(actors) & land.ties["target"].isin(actors)]
    return land.replace(
        organisations=land.organisations.loc[land.organisations.index.isin(organisations)],
        bodies=bodies,
        memberships=memberships.reset_index(drop=True),
        persons=persons,
        ties=ties.reset_index(drop=True),
    )


from .._public import public_dir

__all__ = ["choose", "check_id", "select"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
