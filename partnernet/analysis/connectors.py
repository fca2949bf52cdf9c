"""Connectors: who bridges domains, regimes or levels, and which organisations have no one who does.

The evaluation studies recommend a "verbinder" (connector) in every parent
organisation, and expect the OM to be the hub of the network. This module
answers both with brokerage roles (Gould & Fernandez 1989), the E-I index
(Krackhardt & Stern 1988) and the participation coefficient (Guimera &
Amaral 2005) by a grouping attribute, on the organisation projection
(organisations) and on the person projection (persons, each in the group of
their organisation).

An actor's *bridging* brokerage is its itinerant, boundary and liaison
brokerage (undirected convention: unordered pairs, see
:mod:`partnernet.analysis.brokerage`): the pairs of actors of different
groups, or of another group, with no direct tie, that it stands between. A
*connector* is an actor whose bridging is significantly above chance: its z
against the density-conditioned expectation of Gould & Fernandez (1989), the
moments of :func:`partnernet.brokerage_significance`, is at least the
threshold (1.96 by default). When the network includes directed
ties (a tie list from Gephi, ``--ties``), brokerage follows their direction:
v brokers (a, b) along a -> v -> b when there is no tie a -> b, and the
representative and gatekeeper roles are reported together as ``boundary``.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, overload

import dataclasses
import math

import networkx as nx
import numpy as np
import pandas as pd

from ..errors import UsageError
from ..graphs import directed_network
from .brokerage import _node_moments, brokerage_and_pairs, known_part
from .centrality import centrality, describe_nodes
from ._plumbing import by_id, lists_per_run
from .grouping import graph_and_groups
from .matrices import tie_count
from .mixing import node_mixing
from .results import Result

if TYPE_CHECKING:
    from .grouping import Grouping
    from ..graphs import Weight
    from ..landscape import Level
    from ..landscape import Landscape

CROSS_ROLES = ("itinerant", "boundary", "liaison")
#: The measures of the expected hub's check (``expected_hub``'s index ``measure``: the columns' own names).
HUB_MEASURES = ("betweenness", "bridging", "partners", "bodies")
#: A connector's bridging z is at least this by default (two-sided 5% of a normal distribution).
Z_THRESHOLD = 1.96
#: Why an organisation has no connector (``coverage["reason"]``): stable codes, words in
#: :mod:`partnernet.language.connectors`. Not a connector itself and no person in the register; not a
#: connector itself and none of its persons at a table; neither it nor any of its persons bridges
#: groups above chance; its group (domain) is blank, or fewer than two groups are known, so
#: brokerage roles or connectors are undefined for it and its persons.
NO_REGISTERED_PERSONS = "no_registered_persons"
NO_SEATED_PERSONS = "no_seated_persons"
NO_BRIDGING_ABOVE_CHANCE = "no_bridging_above_chance"
NO_DOMAINS = "no_domains"
REASONS = (NO_REGISTERED_PERSONS, NO_SEATED_PERSONS, NO_BRIDGING_ABOVE_CHANCE, NO_DOMAINS)


@dataclasses.dataclass(frozen=True)
class Connectors(Result):
    """The result of :func:`connectors` (``result["organisations"]`` works as before).

    ``expected_hub`` is only a key when an expected hub was given, as in the
    dict this result replaces.
    """

    organisations: pd.DataFrame
    persons: pd.DataFrame
    bridges: pd.DataFrame
    pairs: pd.DataFrame
    coverage: pd.DataFrame
    without_connector: pd.DataFrame
    threshold: float
    expected_hub: pd.DataFrame | None = None

    def keys(self) -> list[str]:
        return [k for k in super().keys() if k != "expected_hub" or self.expected_hub is not None]

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["organisations"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["persons"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["bridges"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["pairs"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["coverage"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["without_connector"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["threshold"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["expected_hub"]) -> pd.DataFrame | None: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def connectors(
    land: Landscape,
    by: Grouping = "domain",
    *,
    z: float = Z_THRESHOLD,
    expected_hub: str | None = None,
    projection: Weight = "shared",
) -> Connectors:
    """Who connects the groups of a landscape, and which organisations lack a connector.

    Parameters
    ----------
    land : Landscape
    by : str
        Organisation attribute that defines the groups: ``"domain"``,
        ``"regime"``, ``"level"`` (or any organisations column), or
        ``"communities"`` (detected, fixed seed).
    z : float
        Threshold: an actor is a connector when its ``bridging_z`` is at
        least this (default 1.96, the two-sided 5% level).
    expected_hub : str, optional
        Organisation id expected to be the hub (the studies: the OM,
        ``om-parket`` in the example); adds the ``expected_hub`` table.
    projection : "shared" | "newman" | "jaccard"
        Tie strength of the projections (brokerage itself ignores weights).

    Returns
    -------
    :class:`Connectors`, a typed result with dict-style access
    (``result["organisations"]``) to these tables and the ``threshold`` (z):

    - ``organisations`` (index ``organisation``) and ``persons`` (index
      ``person``): ``name`` (persons also ``organisation``), ``domain``,
      ``bodies``, the group column named after ``by``, brokerage counts
      ``coordinator``, ``itinerant``, ``boundary``, ``liaison``, ``total``
      (unit: pairs of unconnected actors), ``bridging`` (itinerant + boundary
      + liaison, the raw count), ``bridging_z`` (its z-score against a
      random graph of the same density and group sizes, Gould & Fernandez
      1989; NaN when chance gives no spread), ``ei_index`` and
      ``participation`` of its ties by group, ``connector`` (``bridging_z``
      >= ``z``), ``main_role`` and ``bridges`` (pairs of groups it stands
      between, most pairs first, as ``"care / security"``; words for them:
      :func:`partnernet.language.connectors.role_label`). Sorted by
      ``bridging``, highest first.
    - ``bridges``: the structured detail, one row per (``level``,
      ``actor``, ``group_a``, ``group_b``, ``role``) with ``pairs``; its own
      group first for itinerant and boundary roles.
    - ``pairs``: per pair of groups, the ``organisations`` and ``persons``
      that bridge it (ids, most pairs first) and the pairs they broker.
    - ``coverage`` (index ``organisation``): every organisation at a table,
      with ``persons`` (registered persons with a seat), ``connectors``
      (ids of its persons who are connectors), ``is_connector`` (the
      organisation itself is one), ``has_connector`` (itself or one of its
      persons is) and ``reason`` when it has none (a code: ``no_registered_persons``,
      ``no_seated_persons``, ``no_bridging_above_chance`` or ``no_domains`` (its group is blank,
      or fewer than two groups are known: undefined); None when it has one; in words:
      :func:`partnernet.language.connectors.reasons`). ``without_connector``: those rows
      without one (the studies' recommendation 8).
    - ``expected_hub`` (only with ``expected_hub``): per measure
      (``betweenness``, ``bridging``, ``partners``, ``bodies``) the organisation's
      ``value``, ``rank`` (1 = highest, equal values share the best rank; None without a value),
      ``of`` (organisations with a value), the ``top_organisation`` with its
      ``top_value`` (the lowest id among equals) and ``top_shared_by`` (how
      many organisations have the top value).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> result = pn.connectors(land, by="domain", expected_hub="om-parket")
    >>> person = result["persons"].loc["p064"]
    >>> int(person["bridging"]), person["main_role"]
    (15, 'liaison')
    >>> result["without_connector"].index[:3].tolist()
    ['gemeente-zuiderhaven', 'europol', 'gemeente-westmark']
    """
    threshold = _threshold(z)
    organisations, org_bridges = actor_connectors(land, "organisations", by, projection, threshold)
    persons, person_bridges = actor_connectors(land, "persons", by, projection, threshold)
    bridges = pd.concat(
        [org_bridges.assign(level="organisations"), person_bridges.assign(level="persons")], ignore_index=True
    )[["level", "actor", "group_a", "group_b", "role", "pairs"]]
    coverage = connector_coverage(organisations, persons, by)
    hub = hub_check(land, expected_hub, organisations, projection) if expected_hub is not None else None
    return Connectors(
        organisations=organisations,
        persons=persons,
        bridges=bridges,
        pairs=bridged_group_pairs(bridges),
        coverage=coverage,
        without_connector=coverage[~coverage["has_connector"]],
        threshold=threshold,
        expected_hub=hub,
    )


def _threshold(z) -> float:
    if isinstance(z, bool) or not isinstance(z, (int, float, np.integer, np.floating)) or not math.isfinite(z):
        raise UsageError("bad_z", value=repr(z))
    return float(z)


def actor_connectors(
    land: Landscape, level: Level, by: str, projection: Weight = "shared", z: float = Z_THRESHOLD
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``organisations`` or ``persons`` table of :func:`connectors` and its bridge detail."""
    graph, labels = graph_and_groups(land, by, level, projection)
    directed = None if isinstance(land, nx.Graph) else directed_network(land, level, projection)
    counts, pairs = brokerage_and_pairs(graph if directed is None else directed, labels)
    if directed is not None:  # directed ties: a broker stands on a directed path a -> v -> b
        counts = directed_as_boundary(counts)
        pairs = pairs.assign(role=pairs["role"].replace({"representative": "boundary", "gatekeeper": "boundary"}))
    bridges = _bridges(pairs)
    mixing = node_mixing(graph, labels)
    frame = describe_nodes(graph, counts, land, level)
    frame = frame.drop(columns=[by], errors="ignore")
    frame.insert(list(frame.columns).index("coordinator"), by, labels.reindex(frame.index).to_numpy())
    frame["bridging"] = frame[list(CROSS_ROLES)].sum(axis=1, skipna=False)  # NaN: no group, no roles
    frame["bridging_z"] = bridging_z(graph if directed is None else directed, labels, frame["bridging"])
    frame["ei_index"] = mixing["ei_index"]
    frame["participation"] = mixing["participation"]
    frame["connector"] = (frame["bridging_z"] >= z).to_numpy(dtype=bool)
    frame["main_role"] = _main_role(frame)
    frame["bridges"] = pd.Series(_bridge_lists(bridges, frame.index), index=frame.index, dtype=object)
    return by_id(frame).sort_values(["bridging", "total"], ascending=False, kind="stable"), bridges


def _bridge_lists(bridges: pd.DataFrame, actors: pd.Index) -> list[list[tuple]]:
    """Per actor the pairs of groups it bridges, each a pair ``(group_a, group_b)`` with ``group_a <=
    group_b`` (as the ``pairs`` table has them), most brokered pairs first."""
    low, high = _sorted_pair(bridges["group_a"], bridges["group_b"])
    unordered = bridges.assign(group_a=low, group_b=high)
    ordered = unordered.groupby(["actor", "group_a", "group_b"], sort=False)["pairs"].sum().reset_index()
    ordered = ordered.iloc[_actor_order(ordered)]
    labels = list(zip(ordered["group_a"].tolist(), ordered["group_b"].tolist()))
    codes = actors.get_indexer(pd.Index(ordered["actor"]))
    found, lists = lists_per_run(codes, labels)
    per_actor = dict(zip(found, lists))
    return [per_actor.get(i, []) for i in range(len(actors))]


def _actor_order(ordered: pd.DataFrame) -> pd.Index:
    """Positions (``ordered`` has a RangeIndex) sorting rows by actor, then most pairs, then group_b (stable; ids of mixed types as text)."""
    try:
        return ordered.sort_values(["actor", "pairs", "group_b"], ascending=[True, False, True], kind="stable").index
    except TypeError:
        keyed = ordered.assign(actor=ordered["actor"].astype(str))
        return keyed.sort_values(["actor", "pairs", "group_b"], ascending=[True, False, True], kind="stable").index


def directed_as_boundary(counts: pd.DataFrame) -> pd.DataFrame:
    """Directed brokerage counts in the columns of the undirected default: boundary = representative + gatekeeper.

    With directed ties a pair (a, b) is brokered along a -> v -> b, so the
    two boundary roles differ; connectors report them together as
    ``boundary``, as for undirected networks.
    """
    boundary = counts["representative"] + counts["gatekeeper"]
    frame = counts.drop(columns=["representative", "gatekeeper"])
    frame.insert(list(frame.columns).index("liaison"), "boundary", boundary)
    return frame


def _bridges(detail: pd.DataFrame) -> pd.DataFrame:
    """Cross-group brokered pairs as (actor, group_a, group_b, role, pairs), own group first."""
    cross = detail[detail["role"] != "coordinator"]
    liaison = cross["role"] == "liaison"
    other = np.where(cross["source_group"] == cross["broker_group"], cross["target_group"], cross["source_group"])
    return pd.DataFrame(
        {
            "actor": cross["broker"].to_numpy(),
            "group_a": np.where(liaison, cross["source_group"], cross["broker_group"]),
            "group_b": np.where(liaison, cross["target_group"], other),
            "role": cross["role"].to_numpy(),
            "pairs": cross["pairs"].to_numpy(),
        }
    )


def _main_role(frame: pd.DataFrame) -> pd.Series:
    """The largest cross-group role, else ``coordinator`` or ``none``; NaN for an actor without a group."""
    cross = frame[list(CROSS_ROLES)].fillna(0)
    role: pd.Series = cross.idxmax(axis=1).where(frame["bridging"] > 0)  # column names (the stubs say int)
    role = role.where(
        role.notna(), pd.Series(np.where(frame["coordinator"] > 0, "coordinator", "none"), index=frame.index)
    )
    return role.where(frame["total"].notna())


def bridging_z(graph: nx.Graph, labels: pd.Series, bridging: pd.Series) -> pd.Series:
    """z-scores of bridging brokerage counts against a random graph of the same density.

    Bridging = itinerant + boundary + liaison = every brokered pair minus the
    coordinator pairs. Under the Bernoulli random digraph of Gould & Fernandez
    (1989) with density d, its expectation per broker is that of the total
    minus that of coordinator, and Var(B) = Var(T) - Var(C) - 2 Cov(C, B),
    with Var(T) and Var(C) the moments of
    :func:`partnernet.brokerage_significance` (R sna's ``brokerage()``). Two
    brokered pairs covary only when they share their first or their last
    actor (cov = d^3 (1 - d)^3); a coordinator pair and a bridging pair of a
    broker in a group of n among N actors share one in 2 (n - 1)(n - 2)(N - n)
    ways. Undirected graphs: counts, means and sds are half of sna's, so z is
    sna's. NaN where the sd is 0.

    ``bridging`` holds the counts already made (indexed like ``labels``'
    nodes); nothing is counted again. Nodes without a group are left out of
    the network (density, group sizes) and get NaN.
    """
    graph, labels, _ = known_part(graph, labels)
    sizes = labels.value_counts()  # group sizes among the graph's nodes
    total = float(len(labels))
    density = tie_count(graph) / (total * (total - 1)) if total > 1 else 0.0
    means, sds = bridging_moments(sizes.to_numpy(dtype=float), total, density)
    by_group = pd.DataFrame({"expected": means, "sd": sds}, index=sizes.index)
    if not graph.is_directed():  # unordered pairs: half of sna's counts, means and sds
        by_group = by_group / 2
    groups = labels.reindex(bridging.index).to_numpy()
    expected, sd = by_group["expected"].reindex(groups).to_numpy(), by_group["sd"].reindex(groups).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(sd > 1e-12, (bridging.to_numpy(dtype=float) - expected) / sd, np.nan)
    return pd.Series(z, index=bridging.index, name="bridging_z")


def bridging_moments(sizes: np.ndarray, total: float, density: float) -> tuple[np.ndarray, np.ndarray]:
    """Expected bridging count and its sd for a broker in each group (sna's ordered-pair convention).

    ``sizes``: group sizes n; ``total``: N actors; ``density``: d of the
    Bernoulli random digraph. Mean = E[total] - E[coordinator]; variance =
    Var(total) - Var(coordinator) - 2 Cov, Cov = 2 (n - 1)(n - 2)(N - n) d^3 (1 - d)^3.
    """
    mean, variance = _node_moments(sizes, total, density)  # columns: coordinator, ..., total (sna's order)
    r3 = density**3 * (1 - density) ** 3
    covariance = 2 * (sizes - 1) * (sizes - 2) * (total - sizes) * r3
    return mean[:, -1] - mean[:, 0], np.sqrt(np.clip(variance[:, -1] - variance[:, 0] - 2 * covariance, 0, None))


def bridged_group_pairs(bridges: pd.DataFrame) -> pd.DataFrame:
    """Per unordered pair of groups, the organisations and persons that bridge it, most pairs first."""
    if bridges.empty:
        return pd.DataFrame(
            columns=["group_a", "group_b", "organisations", "persons", "organisation_pairs", "person_pairs"]
        )
    per_actor = pairs_per_actor(bridges)
    # the actors per pair, in one pass over the summed rows (a pandas group-by per level and a
    # per-cell map were most of a small call); rows keep their order, most pairs first
    found: dict = {}
    for pair_a, pair_b, level, actor, pairs in zip(
        *(per_actor[c].tolist() for c in ("group_a", "group_b", "level", "actor", "pairs"))
    ):
        entry = found.setdefault((pair_a, pair_b), ([], [], [0, 0]))
        side = 0 if level == "organisations" else 1
        entry[side].append(actor)
        entry[2][side] += pairs
    frame = pd.DataFrame(
        {
            "group_a": [key[0] for key in found],
            "group_b": [key[1] for key in found],
            "organisations": [entry[0] for entry in found.values()],
            "organisation_pairs": np.array([entry[2][0] for entry in found.values()], dtype=np.int64),
            "persons": [entry[1] for entry in found.values()],
            "person_pairs": np.array([entry[2][1] for entry in found.values()], dtype=np.int64),
        }
    )
    return frame.sort_values(["organisation_pairs", "person_pairs"], ascending=False, kind="stable").reset_index(
        drop=True
    )


def _sorted_pair(a: pd.Series, b: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Two columns of a pair in order (the lower value first, row by row): a pair has one way to be written."""
    first = a <= b
    return a.where(first, b), b.where(first, a)


def pairs_per_actor(bridges: pd.DataFrame) -> pd.DataFrame:
    """Brokered pairs per unordered pair of groups (``group_a`` <= ``group_b``), level and actor,
    most pairs first (then by actor)."""
    low, high = _sorted_pair(bridges["group_a"], bridges["group_b"])
    return (
        bridges.assign(group_a=low, group_b=high)
        .groupby(["group_a", "group_b", "level", "actor"])["pairs"]
        .sum()
        .reset_index()
        .sort_values(["pairs", "actor"], ascending=[False, True], kind="stable")
    )


def connector_coverage(organisations: pd.DataFrame, persons: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per organisation at a table: its seated persons (``persons``), its persons in the register
    (``registered``, seated or not), which of them are connectors (``connectors``), whether the
    organisation itself is one (``is_connector``), and why it has none (``reason``, a code of
    :data:`REASONS`; None when it has one; in words: :func:`partnernet.language.connectors.reasons`).

    An organisation *has a connector* (``has_connector``) when the organisation itself or one of
    its persons is a connector, so ``without_connector`` never lists a connector organisation.

    Takes the ``organisations`` and ``persons`` tables of :func:`connectors`.
    """
    orgs = organisations[organisations["bodies"] > 0]
    seated = persons[persons["bodies"] > 0]
    people = seated.groupby("organisation").size()
    connecting = (
        seated[seated["connector"]].rename_axis("person").reset_index().groupby("organisation")["person"].agg(list)
    )
    registered = persons.groupby("organisation").size()
    frame = pd.DataFrame(
        {
            "name": orgs["name"],
            by: orgs[by],
            "persons": people.reindex(orgs.index).fillna(0).astype(int),
            "registered": registered.reindex(orgs.index).fillna(0).astype(int),
        },
        index=pd.Index(orgs.index, name="organisation"),
    )
    frame["connectors"] = [connecting.get(org, []) for org in frame.index]
    frame["is_connector"] = orgs["connector"].astype(bool)
    frame["has_connector"] = frame["is_connector"] | (frame["connectors"].map(len) > 0)
    reason = pd.Series(NO_BRIDGING_ABOVE_CHANCE, index=frame.index, dtype=object)
    reason[frame["persons"] == 0] = NO_SEATED_PERSONS
    reason[frame["registered"] == 0] = NO_REGISTERED_PERSONS  # none registered: none seated either
    known = orgs[by][orgs["total"].notna()]
    undefined = orgs["total"].isna() | (known.nunique() < 2)  # no group, or nothing to bridge
    reason[undefined] = NO_DOMAINS  # brokerage undefined for it and its persons
    reason[frame["has_connector"]] = None
    frame["reason"] = reason
    return frame.sort_values(["has_connector", "persons"], kind="stable")


def _rank(values: pd.Series, key) -> int | None:
    """1 = highest, equal values share the best rank; None when the value is NaN (no group)."""
    rank = values.rank(ascending=False, method="min")[key]
    return None if pd.isna(rank) else int(rank)


def hub_check(
    land: Landscape, organisation: str, organisations: pd.DataFrame, projection: Weight = "shared"
) -> pd.DataFrame:
    """Expected versus observed: the organisation's rank on each hub measure next to the top one."""
    if organisation not in land.organisations.index:
        raise UsageError("unknown_hub", value=organisation, example=land.organisations.index[0])
    measures = centrality(land, projection=projection)[["betweenness", "partners", "bodies"]]
    measures["bridging"] = organisations["bridging"]
    rows = []
    for column in HUB_MEASURES:
        values = measures[column]
        top = values.dropna().sort_values(ascending=False, kind="stable")  # NaN: no group, no bridging
        rows.append(
            {
                "measure": column,
                "value": values[organisation],
                "rank": _rank(values, organisation),
                "ranked": len(top),  # organisations with a value: the rank is out of these
                "top_organisation": top.index[0] if len(top) else None,
                "top_value": top.iloc[0] if len(top) else np.nan,
                "top_shared_by": int((values == top.iloc[0]).sum()) if len(top) else 0,
            }
        )
    return pd.DataFrame(rows).set_index("measure")


from .._public import public_dir

__all__ = [
    "CROSS_ROLES",
    "HUB_MEASURES",
    "Z_THRESHOLD",
    "NO_REGISTERED_PERSONS",
    "NO_SEATED_PERSONS",
    "NO_BRIDGING_ABOVE_CHANCE",
    "NO_DOMAINS",
    "REASONS",
    "Connectors",
    "connectors",
    "actor_connectors",
    "directed_as_boundary",
    "bridging_z",
    "bridging_moments",
    "bridged_group_pairs",
    "pairs_per_actor",
    "connector_coverage",
    "hub_check",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
