"""Group labels for the nodes of a graph: a node attribute, a mapping, or detected communities.

Brokerage, the E-I index and the participation coefficient all ask the same
first question: which group is each node in? This module answers it once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TYPE_CHECKING, get_args

import networkx as nx
import pandas as pd

from ..errors import UsageError
from ._plumbing import node_list

if TYPE_CHECKING:
    from ..landscape import Landscape

UNKNOWN_GROUP = "(unknown)"
COMMUNITIES = "communities"

#: The organisation columns an analysis groups by (``by=``); persons are in their organisation's group.
OrganisationGroup = Literal["domain", "regime", "level"]
ORGANISATION_GROUPS: tuple[OrganisationGroup, ...] = get_args(OrganisationGroup)

#: An organisation column, or the Leiden communities (:data:`COMMUNITIES`): what connectors and
#: fragmentation group a landscape by.
Grouping = Literal["domain", "regime", "level", "communities"]
GROUPINGS: tuple[Grouping, ...] = get_args(Grouping)


def node_groups(graph: nx.Graph, groups, *, weight: str | None = None) -> pd.Series:
    """The group of every node of ``graph``, in the order of ``graph.nodes``.

    Parameters
    ----------
    graph : networkx graph
    groups : str, dict or pandas Series
        The name of a node attribute (``"domain"``, ``"regime"``, ``"level"``,
        ``"club"``), a mapping from node to group, or ``"communities"``:
        Louvain communities (Blondel et al. 2008) found with a fixed seed,
        named ``community 1``, ``community 2``, ... from largest to smallest.
    weight : str, optional
        Edge attribute used as tie strength by community detection.

    Returns
    -------
    pandas Series indexed by node, with the group as text. Nodes without a
    group get ``"(unknown)"``, which then counts as one more group.
    """
    nodes = node_list(graph)
    if isinstance(groups, str):
        if groups == COMMUNITIES:
            return community_groups(graph, weight=weight)
        values = pd.Series([graph.nodes[n].get(groups) for n in nodes], index=nodes, dtype=object)
        if len(nodes) and values.isna().all():
            raise UsageError("no_such_attribute", value=groups, communities=COMMUNITIES)
    elif isinstance(groups, pd.Series) and groups.index.is_unique:  # vectorised: a person projection has 100,000s
        values = pd.Series(groups.reindex(pd.Index(nodes, dtype=object)).to_numpy(dtype=object), index=nodes)
    elif isinstance(groups, (Mapping, pd.Series)):
        values = pd.Series([groups.get(n) for n in nodes], index=nodes, dtype=object)
    else:
        raise UsageError("bad_groups", communities=COMMUNITIES)
    return values.where(values.notna(), UNKNOWN_GROUP).map(str)


def community_groups(graph: nx.Graph, weight: str | None = None, seed: int = 0) -> pd.Series:
    """Leiden communities as group labels, ``community 1`` the largest (deterministic: fixed seed).

    The same communities as :func:`partnernet.fragmentation` finds (Traag,
    Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
    well-connected communities", Scientific Reports 9:5233).
    """
    from ..igraph_bridge import to_igraph
    from .communities import leiden_membership

    converted, nodes = to_igraph(graph, weight=weight)
    numbers = leiden_membership(converted, weight="weight" if weight else None, seed=seed)
    return pd.Series([f"community {n}" for n in numbers], index=nodes, dtype=object)


def organisation_attribute(land: Landscape, by: str, level: str, index: pd.Index) -> pd.Series:
    """A column of the organisations table for organisations, or for persons (their organisation's value)."""
    orgs = land.organisations
    if by not in orgs.columns:
        raise UsageError(
            "no_such_column", value=by, choices=", ".join(c for c in ("domain", "regime", "level") if c in orgs.columns)
        )
    if level == "persons":
        return pd.Series(orgs[by].reindex(land.persons["organisation"]).to_numpy(), index=land.persons.index).reindex(
            index
        )
    return orgs[by].reindex(index)


def group_codes(labels: pd.Series) -> tuple[pd.Series, pd.Index]:
    """Integer code per node and the sorted group names the codes point into."""
    names = pd.Index(sorted(labels.unique()))
    return pd.Series(names.get_indexer(labels), index=labels.index), names


def graph_and_groups(data, groups, level: str = "organisations", projection: str = "shared"):
    """The graph to analyse and the group of each of its nodes, from a landscape or a graph.

    On a landscape, ``level`` picks the projection (``organisations`` or
    ``persons``) and an attribute name in ``groups`` is looked up in the
    organisations table: a person belongs to the group of their
    organisation. On a plain graph, ``groups`` is resolved by
    :func:`node_groups` (node attribute, mapping or ``"communities"``).
    """
    if isinstance(data, nx.Graph):
        return data, node_groups(data, groups)
    if level not in ("organisations", "persons"):
        raise UsageError("unknown_choice", what="level", value=level, choices="organisations, persons")
    graph = data.graph(level, weight=projection)
    if isinstance(groups, str) and groups != COMMUNITIES:
        groups = organisation_attribute(data, groups, level, pd.Index(node_list(graph)))
    return graph, node_groups(graph, groups, weight="weight")


from .._public import public_dir

__all__ = [
    "UNKNOWN_GROUP",
    "COMMUNITIES",
    "OrganisationGroup",
    "ORGANISATION_GROUPS",
    "Grouping",
    "GROUPINGS",
    "node_groups",
    "community_groups",
    "organisation_attribute",
    "group_codes",
    "graph_and_groups",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
