"""Plumbing shared by the analyses: which graph an argument means, names, index names, sorting.

Private: the analyses import from here; users call the analyses.
"""

from __future__ import annotations

import gc
from collections.abc import Hashable, Mapping
from typing import TypeAlias

import networkx as nx
import numpy as np
import pandas as pd

from .._igraph import ig
from ..errors import UsageError
from ..igraph_bridge import to_igraph
from ..landscape import LEVELS, Landscape, Level
from ..projection import projection_of
from . import memo

#: What an analysis that works on a graph takes: a landscape (measured in its organisation or person
#: projection) or any networkx graph (directed graphs read as undirected where the analysis says so).
LandOrGraph: TypeAlias = Landscape | nx.Graph
#: Groups of nodes: a node attribute or organisations column (``"domain"``), ``"communities"``, or a
#: mapping / Series node id -> group.
Groups: TypeAlias = str | Mapping[Hashable, Hashable] | pd.Series

KIND_OF_LEVEL = {"organisations": "organisation", "persons": "person", "bodies": "body"}


# -- inputs -------------------------------------------------------------------


def graph_of(land_or_graph: LandOrGraph, level: Level = "organisations", ties: bool | None = None) -> nx.Graph:
    """The undirected graph an analysis works on.

    A :class:`Landscape` gives its organisation or person projection
    (``level``), with the ties layer when ``ties``; a networkx graph is used
    as it is, directed graphs as undirected (a tie in either direction links).
    """
    if isinstance(land_or_graph, Landscape):
        if level not in LEVELS:
            raise UsageError("unknown_choice", what="level", value=level, choices=", ".join(LEVELS))
        graph = land_or_graph.graph(level, ties=ties)
    elif isinstance(land_or_graph, nx.Graph):
        graph = land_or_graph
    else:
        raise UsageError("not_a_landscape", kind=type(land_or_graph).__name__)
    return graph.to_undirected(as_view=True) if graph.is_directed() else graph


def simple_igraph(graph: nx.Graph, weight: str | None = None, read_only: bool = False) -> tuple[ig.Graph, list]:
    """igraph copy of ``graph`` without self-loops; parallel edges merged (weights summed). ``read_only``:
    a caller that never changes the graph gets a landscape projection's own unweighted igraph graph, no copy."""
    projection = projection_of(graph)
    if read_only and weight is None and projection is not None:
        return projection.shared_igraph(), list(projection.nodes)
    converted, nodes = to_igraph(graph, weight)
    if projection is None:  # a landscape's projection is simple already
        converted.simplify(multiple=True, loops=True, combine_edges="sum" if weight else None)
    return converted, nodes


def node_list(graph: nx.Graph) -> list:
    """The nodes in graph order; a landscape projection's from its arrays (its node dictionary is not built)."""
    projection = projection_of(graph)
    return list(projection.nodes) if projection is not None else list(graph.nodes)


def node_values(graph: nx.Graph, nodes: pd.Index, name: str, default=None) -> list | None:
    """``graph.nodes[n].get(name, default)`` for each of ``nodes`` (``default`` may be a function of the
    node), or None when no node has the attribute; a projection's from its table, without node dictionaries."""
    projection = projection_of(graph)
    if projection is not None and projection.table is not None and projection.nodes.equals(nodes):
        values = projection.attribute(name, default)
        return None if values is None else list(values)
    if not any(name in graph.nodes[n] for n in nodes):
        return None
    pick = default if callable(default) else (lambda _n: default)
    return [graph.nodes[n][name] if name in graph.nodes[n] else pick(n) for n in nodes]


def names_of(land: Landscape) -> pd.Series:
    """Display name of every organisation, body and person id (the id where a name is missing).

    Kept per landscape (every table of an analysis asks for it; a landscape is read-only); a copy.
    """
    return memo.once(land, ("names",), lambda: _names_of(land)).copy()


def _names_of(land: Landscape) -> pd.Series:
    tables = [land.organisations, land.bodies, land.persons]
    names = pd.concat([t["name"] if "name" in t else pd.Series(np.nan, index=t.index) for t in tables])
    names = names.astype(object)
    return names.where(names.notna(), names.index.to_series().astype(str)).astype(str)


def node_names(land_or_graph, nodes) -> pd.Series:
    """Display names by node id: the landscape's names, else the node attribute ``name``, else the id."""
    index = pd.Index(nodes, dtype=object)
    if isinstance(land_or_graph, Landscape):
        names = names_of(land_or_graph).reindex(index)
        return names.where(names.notna(), index.astype(str).to_series(index=index))
    graph = land_or_graph
    return pd.Series([str(graph.nodes[n].get("name", n)) for n in nodes], index=index)


def index_name(land_or_graph, level: str | None = None) -> str:
    """The one name of the index of per-node tables.

    On a landscape: ``organisation`` or ``person`` for ``level`` (``organisations``,
    ``persons``), ``actor`` for a table of both. On a graph: the nodes' ``kind``
    (``organisation``, ``person``, ``body``) when they all have the same one, else ``node``.
    """
    if isinstance(land_or_graph, Landscape):
        return KIND_OF_LEVEL.get(level, "actor") if level is not None else "actor"
    if projection_of(land_or_graph) is not None and land_or_graph.graph.get("actors") in KIND_OF_LEVEL:
        return KIND_OF_LEVEL[land_or_graph.graph["actors"]]  # every node of a projection is of its kind
    kinds = {kind for _, kind in land_or_graph.nodes(data="kind")}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else "node"


def check_choice(value, choices, name: str) -> None:
    if value not in choices:
        raise UsageError("unknown_choice", what=name, value=value, choices=", ".join(choices))


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` sorted by its index, stably (ids as text when they are of mixed types).

    Rankings sort this first and then by their measure with a stable sort,
    so equal scores come in id order, never in file order.
    """
    try:
        return frame.sort_index(kind="stable")
    except TypeError:
        return frame.iloc[np.argsort(frame.index.astype(str), kind="stable")]


def lists_or_empty(values: pd.Series) -> list[list]:
    """The values of a Series of lists with missing entries as empty lists.

    ``groupby(...).agg(list).reindex(...)`` leaves NaN where a group has no
    rows; a column of lists should show ``[]`` there.
    """
    return [value if isinstance(value, list) else [] for value in values]


def lists_per_run(keys: np.ndarray, values: list) -> tuple[list, list[list]]:
    """The runs of equal ``keys`` (sorted or grouped) and the ``values`` of each run as a list.

    For the list columns of large tables (a national landscape has hundreds
    of thousands): one slice per run instead of a Python call per group in
    ``groupby(...).agg(list)``. Lists of values cannot form reference cycles,
    so the cyclic garbage collector is paused while they are made; it would
    otherwise walk every live object several times (three times the time).
    """
    keys = np.asarray(keys)
    if len(keys) == 0:
        return [], []
    starts = np.concatenate([[0], np.flatnonzero(keys[1:] != keys[:-1]) + 1])
    bounds = np.append(starts, len(keys)).tolist()
    paused = gc.isenabled()
    gc.disable()
    try:
        return keys[starts].tolist(), [values[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    finally:
        if paused:
            gc.enable()


from .._public import public_dir

__all__ = [
    "LandOrGraph",
    "Groups",
    "KIND_OF_LEVEL",
    "graph_of",
    "simple_igraph",
    "node_list",
    "node_values",
    "names_of",
    "node_names",
    "index_name",
    "check_choice",
    "by_id",
    "lists_or_empty",
    "lists_per_run",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
