"""Connectors: who bridges domains, regimes or levels, and which organisations have no one who does.

The evaluation studies recommend a "verbinder" (connector) in every parent
organisation, and expect the OM to be the hub of the network. This module
answers both with brokerage roles (Gould & Fernandez 1989), the E-I index
(Krackhardt & Stern 1988) and the participation coefficient (Guimera &
Amaral 2005) by a grouping attribute, on the organisation projection
(organisations) and on the person projection (persons, each in the group of
their organisation).

A *connector* is an actor with itinerant, boundary or liaison brokerage
(undirected convention: unordered pairs, see :mod:`partnernet.analysis.brokerage`):
it stands between two actors of different groups, or between two actors of
another group, who have no direct tie. When the network includes directed
ties (a tie list from Gephi, ``--ties``), brokerage follows their direction:
v brokers (a, b) along a -> v -> b when there is no tie a -> b, and the
representative and gatekeeper roles are reported together as ``boundary``.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from ..errors import UsageError
from ..graphs import directed_network
from .brokerage import brokerage_and_pairs
from .centrality import centrality, describe_nodes
from ._plumbing import by_id
from .grouping import graph_and_groups
from .mixing import node_mixing

CROSS_ROLES = ("itinerant", "boundary", "liaison")
PAIR_SEPARATOR = " / "
HUB_MEASURES = {"betweenness": "betweenness", "bridging": "bridging brokerage",
                "partners": "partners", "bodies": "bodies"}


def connectors(land, by: str = "domain", *, expected_hub: str | None = None,
               projection: str = "shared") -> dict[str, pd.DataFrame]:
    """Who connects the groups of a landscape, and which organisations lack a connector.

    Parameters
    ----------
    land : Landscape
    by : str
        Organisation attribute that defines the groups: ``"domain"``,
        ``"regime"``, ``"level"`` (or any organisations column), or
        ``"communities"`` (detected, fixed seed).
    expected_hub : str, optional
        Organisation id expected to be the hub (the studies: the OM,
        ``om-parket`` in the example); adds the ``expected_hub`` table.
    projection : "shared" | "newman" | "jaccard"
        Tie strength of the projections (brokerage itself ignores weights).

    Returns
    -------
    dict of DataFrames:

    - ``organisations`` (index ``organisation``) and ``persons`` (index
      ``person``): ``name`` (persons also ``organisation``), ``domain``,
      ``bodies``, the group column named after ``by``, brokerage counts
      ``coordinator``, ``itinerant``, ``boundary``, ``liaison``, ``total``
      (unit: pairs of unconnected actors), ``bridging`` (itinerant + boundary
      + liaison), ``ei_index`` and ``participation`` of its ties by group,
      ``connector`` (bridging > 0), ``main_role``, ``bridges`` (pairs of
      groups it stands between, most pairs first, as ``"care / security"``)
      and ``label`` (plain English, e.g. "connector between care and
      security"). Sorted by ``bridging``, highest first.
    - ``bridges``: the structured detail, one row per (``level``,
      ``actor``, ``group_a``, ``group_b``, ``role``) with ``pairs``; its own
      group first for itinerant and boundary roles.
    - ``pairs``: per pair of groups, the ``organisations`` and ``persons``
      that bridge it (ids, most pairs first) and the pairs they broker.
    - ``coverage`` (index ``organisation``): every organisation at a table,
      with ``persons`` (registered persons with a seat), ``connectors``
      (ids of its persons who are connectors), ``has_connector`` and
      ``reason`` when it has none. ``without_connector``: those rows
      without one (the studies' recommendation 8).
    - ``expected_hub`` (only with ``expected_hub``): per measure
      (betweenness, bridging brokerage, partners, bodies) the organisation's
      ``value``, ``rank`` (1 = highest, equal values share the best rank),
      ``of`` (organisations), the ``top_organisation`` with its
      ``top_value`` (the lowest id among equals) and ``top_shared_by`` (how
      many organisations have the top value).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> result = pn.connectors(land, by="domain", expected_hub="om-parket")
    >>> result["persons"].loc["p064", ["bridging", "label"]].tolist()   # doctest: +SKIP
    [15, 'liaison between administration and justice (+2 more)']
    >>> result["without_connector"].index[:3].tolist()                 # doctest: +SKIP
    ['gemeente-zuiderhaven', 'gemeente-westmark', 'europol']
    """
    organisations, org_bridges = actor_connectors(land, "organisations", by, projection)
    persons, person_bridges = actor_connectors(land, "persons", by, projection)
    bridges = pd.concat([org_bridges.assign(level="organisation"), person_bridges.assign(level="person")],
                        ignore_index=True)[["level", "actor", "group_a", "group_b", "role", "pairs"]]
    coverage = connector_coverage(organisations, persons, by)
    result = {"organisations": organisations, "persons": persons, "bridges": bridges,
              "pairs": bridged_group_pairs(bridges), "coverage": coverage,
              "without_connector": coverage[~coverage["has_connector"]]}
    if expected_hub is not None:
        result["expected_hub"] = hub_check(land, expected_hub, organisations, projection)
    return result


def actor_connectors(land, level: str, by: str, projection: str = "shared") -> tuple[pd.DataFrame, pd.DataFrame]:
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
    frame.insert(frame.columns.get_loc("coordinator"), by, labels.reindex(frame.index).to_numpy())
    frame["bridging"] = frame[list(CROSS_ROLES)].sum(axis=1)
    frame["ei_index"] = mixing["ei_index"]
    frame["participation"] = mixing["participation"]
    frame["connector"] = frame["bridging"] > 0
    frame["main_role"] = _main_role(frame)
    ordered = bridges.groupby(["actor", "group_a", "group_b"], sort=False)["pairs"].sum().reset_index()
    ordered = ordered.sort_values(["actor", "pairs", "group_b"], ascending=[True, False, True], kind="stable")
    pairs = (ordered.assign(pair=list(zip(ordered["group_a"], ordered["group_b"])))
             .groupby("actor")["pair"].agg(list).reindex(frame.index))
    pairs = pairs.map(lambda v: v if isinstance(v, list) else [])
    frame["bridges"] = pairs.map(lambda items: [a + PAIR_SEPARATOR + b for a, b in items])
    frame["label"] = [_label(group, role, items) for group, role, items in zip(frame[by], frame["main_role"], pairs)]
    return by_id(frame).sort_values(["bridging", "total"], ascending=False, kind="stable"), bridges


def directed_as_boundary(counts: pd.DataFrame) -> pd.DataFrame:
    """Directed brokerage counts in the columns of the undirected default: boundary = representative + gatekeeper.

    With directed ties a pair (a, b) is brokered along a -> v -> b, so the
    two boundary roles differ; connectors report them together as
    ``boundary``, as for undirected networks.
    """
    boundary = counts["representative"] + counts["gatekeeper"]
    frame = counts.drop(columns=["representative", "gatekeeper"])
    frame.insert(frame.columns.get_loc("liaison"), "boundary", boundary)
    return frame


def _bridges(detail: pd.DataFrame) -> pd.DataFrame:
    """Cross-group brokered pairs as (actor, group_a, group_b, role, pairs), own group first."""
    cross = detail[detail["role"] != "coordinator"]
    liaison = cross["role"] == "liaison"
    other = np.where(cross["source_group"] == cross["broker_group"], cross["target_group"], cross["source_group"])
    return pd.DataFrame({"actor": cross["broker"].to_numpy(),
                         "group_a": np.where(liaison, cross["source_group"], cross["broker_group"]),
                         "group_b": np.where(liaison, cross["target_group"], other),
                         "role": cross["role"].to_numpy(), "pairs": cross["pairs"].to_numpy()})


def _main_role(frame: pd.DataFrame) -> pd.Series:
    cross = frame[list(CROSS_ROLES)]
    role = cross.idxmax(axis=1).where(frame["bridging"] > 0)
    return role.fillna(pd.Series(np.where(frame["coordinator"] > 0, "coordinator", "none"), index=frame.index))


def _label(group: str, role: str, pairs: list[tuple[str, str]]) -> str:
    """Plain English from the main role and the bridged pairs (most pairs first).

    "connector between care and security, justice (+2 more)" when the actor
    links its own group to others (itinerant, boundary), "liaison between
    justice and security" when it mostly links two groups it is not part of.
    """
    if role == "coordinator":
        return f"coordinator within {group}"
    if role == "none":
        return "no brokerage"
    own = [b for a, b in pairs if a == group]
    if role != "liaison" and own:
        shown = own[:2]
        more = f" (+{len(own) - 2} more)" if len(own) > 2 else ""
        return f"connector between {group} and {', '.join(shown)}{more}"
    liaisons = [(a, b) for a, b in pairs if a != group]
    more = f" (+{len(liaisons) - 1} more)" if len(liaisons) > 1 else ""
    return f"liaison between {liaisons[0][0]} and {liaisons[0][1]}{more}"


def bridged_group_pairs(bridges: pd.DataFrame) -> pd.DataFrame:
    """Per unordered pair of groups, the organisations and persons that bridge it, most pairs first."""
    if bridges.empty:
        return pd.DataFrame(columns=["group_a", "group_b", "organisations", "persons",
                                     "organisation_pairs", "person_pairs"])
    low = np.minimum(bridges["group_a"], bridges["group_b"])
    high = np.maximum(bridges["group_a"], bridges["group_b"])
    per_actor = (bridges.assign(group_a=low, group_b=high)
                 .groupby(["group_a", "group_b", "level", "actor"], as_index=False)["pairs"].sum()
                 .sort_values(["pairs", "actor"], ascending=[False, True], kind="stable"))
    keys = ["group_a", "group_b"]
    frame = per_actor[keys].drop_duplicates().set_index(keys)
    for level, plural in (("organisation", "organisations"), ("person", "persons")):
        rows = per_actor[per_actor["level"] == level].groupby(keys, sort=False)
        frame[plural] = rows["actor"].agg(list)
        frame[f"{level}_pairs"] = rows["pairs"].sum()
    frame[["organisations", "persons"]] = frame[["organisations", "persons"]].map(
        lambda v: v if isinstance(v, list) else [])
    frame[["organisation_pairs", "person_pairs"]] = frame[["organisation_pairs", "person_pairs"]].fillna(0).astype(int)
    return frame.reset_index().sort_values(["organisation_pairs", "person_pairs"], ascending=False,
                                           kind="stable").reset_index(drop=True)


def connector_coverage(organisations: pd.DataFrame, persons: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per organisation at a table: its seated persons (``persons``), its persons in the register
    (``registered``, seated or not), which of them are connectors, and why none (``reason``).

    Takes the ``organisations`` and ``persons`` tables of :func:`connectors`.
    """
    orgs = organisations[organisations["bodies"] > 0]
    seated = persons[persons["bodies"] > 0]
    people = seated.groupby("organisation").size()
    connecting = seated[seated["connector"]].rename_axis("person").reset_index().groupby("organisation")["person"]
    connecting = connecting.agg(list)
    registered = persons.groupby("organisation").size()
    frame = pd.DataFrame({"name": orgs["name"], by: orgs[by],
                          "persons": people.reindex(orgs.index).fillna(0).astype(int),
                          "registered": registered.reindex(orgs.index).fillna(0).astype(int)},
                         index=pd.Index(orgs.index, name="organisation"))
    frame["connectors"] = [connecting.get(org, []) for org in frame.index]
    frame["has_connector"] = frame["connectors"].map(len) > 0
    frame["reason"] = np.where(frame["has_connector"], "",
                               np.where(frame["registered"] == 0, "no persons in the register",
                                        np.where(frame["persons"] == 0, "its persons sit at no table",
                                                 f"no person bridges to another {by}")))
    return frame.sort_values(["has_connector", "persons"], kind="stable")


def hub_check(land, organisation: str, organisations: pd.DataFrame, projection: str = "shared") -> pd.DataFrame:
    """Expected versus observed: the organisation's rank on each hub measure next to the top one."""
    if organisation not in land.organisations.index:
        raise UsageError(f"unknown organisation '{organisation}' for the expected hub; "
                         f"use an id from organisations.csv (e.g. {land.organisations.index[0]}).")
    measures = centrality(land, projection=projection)[["betweenness", "partners", "bodies"]]
    measures["bridging"] = organisations["bridging"]
    rows = []
    for column, label in HUB_MEASURES.items():
        values = measures[column]
        top = values.sort_values(ascending=False, kind="stable")
        rows.append({"measure": label, "value": values[organisation],
                     "rank": int(values.rank(ascending=False, method="min")[organisation]),
                     "of": len(values), "top_organisation": top.index[0], "top_value": top.iloc[0],
                     "top_shared_by": int((values == top.iloc[0]).sum()) if len(values) else 0})
    return pd.DataFrame(rows).set_index("measure")
