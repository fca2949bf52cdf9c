"""Projections kept as arrays: networkx graphs whose dictionaries are built only when asked for.

A national landscape's person projection has about two million links. As a
networkx graph it takes seconds to build and over half a gigabyte of memory,
while the analyses hand it to igraph or to a sparse matrix straight away.
:class:`ProjectionGraph` is a networkx graph (``land.graph("persons")``
returns one) that keeps the projection as arrays: its node dictionary is
built on first use, its adjacency dictionary only when something walks the
edges in Python. igraph copies, sparse adjacency matrices, degrees and the
edge count come from the arrays directly, with the same node order, edge
order and weights as the dictionaries would give, so every result is
identical.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from ._igraph import ig


@dataclass(frozen=True, eq=False)
class Projection:
    """The links of a one-mode projection as arrays.

    ``source`` and ``target`` are vertex numbers into ``nodes`` (source <
    target), in the order networkx iterates the edges of the graph built from
    them; ``weight`` is the projection weight and ``shared`` the number of
    shared bodies of each link.
    """

    nodes: pd.Index
    source: np.ndarray
    target: np.ndarray
    weight: np.ndarray
    shared: np.ndarray
    _igraphs: dict = field(default_factory=dict, repr=False)
    #: the actors' table (rows in ``nodes`` order) and bodies per actor: node attributes without the node dictionary
    table: pd.DataFrame | None = field(default=None, repr=False)
    bodies: np.ndarray | None = field(default=None, repr=False)

    def attribute(self, name: str, default=None) -> np.ndarray | None:
        """Per node the value of node attribute ``name`` as ``graph.nodes[n].get(name, default)`` gives it
        (``bodies``, or a column of the table; missing values give ``default``); None when no node has it."""
        if name == "bodies":
            return self.bodies
        if self.table is None or name not in self.table.columns:
            return None
        values = self.table[name].reindex(self.nodes)
        if not values.notna().any():
            return None
        array = values.to_numpy(dtype=object, copy=True)
        missing = pd.isna(array)
        array[missing] = default if not callable(default) else [default(n) for n in self.nodes[missing]]
        return array

    def induced(self, keep: np.ndarray) -> Projection:
        """The links among the nodes where the boolean ``keep`` is True, renumbered, in the same order
        (the order networkx iterates the edges of the induced subgraph: a node's kept neighbours in the
        order of its neighbours)."""
        links = keep[self.source] & keep[self.target]
        number = np.cumsum(keep, dtype=np.int64) - 1
        index = self.source.dtype
        return Projection(
            self.nodes[keep],
            number[self.source[links]].astype(index),
            number[self.target[links]].astype(index),
            self.weight[links],
            self.shared[links],
            table=self.table,
            bodies=None if self.bodies is None else self.bodies[keep],
        )

    def values(self, attribute: str | None) -> np.ndarray:
        """Per link the edge attribute ``attribute`` as float (1.0 for None or an unknown attribute)."""
        if attribute == "weight":
            return self.weight.astype(float)
        if attribute == "shared":
            return self.shared.astype(float)
        return np.ones(len(self.source))

    def igraph(self, weight: str | None = None) -> ig.Graph:
        """An undirected igraph graph, vertex i = ``nodes[i]``, edges in networkx's order.

        The links are built once; each call returns a copy (cheap, in C) that the caller may change,
        with the weights set on the copy: they are a Python float per link in igraph, so a
        national person projection would keep some 100 MB more per weighted graph cached.
        """
        graph = self.shared_igraph().copy()
        if weight is not None:
            graph.es["weight"] = self.values(weight).tolist()
        return graph

    def shared_igraph(self) -> ig.Graph:
        """The unweighted igraph graph :meth:`igraph` copies, itself: for callers that only read it (never
        change it). A copy of four times the nation's person projection is over 100 MB more at the
        key-player search's peak."""
        if None not in self._igraphs:
            graph = ig.Graph(n=len(self.nodes))
            graph.add_edges(np.column_stack([self.source, self.target]).astype(np.int64))  # an array is fastest
            self._igraphs[None] = graph
        return self._igraphs[None]

    def matrix(self, weight: str | None = None) -> sparse.csr_matrix:
        """Symmetric sparse adjacency matrix with ``weight`` as values (1 for None)."""
        n = len(self.nodes)
        values = self.values(weight)
        index = np.int32 if n < 2**31 else np.int64  # scipy's own index type: no copy of two long arrays
        rows = np.concatenate([self.source, self.target]).astype(index)
        cols = np.concatenate([self.target, self.source]).astype(index)
        # no pair twice, so no duplicates to sum: coo -> csr directly is twice as fast as csr_matrix((v, (r, c)))
        matrix = sparse.coo_matrix((np.concatenate([values, values]), (rows, cols)), shape=(n, n)).tocsr()
        matrix.sort_indices()
        return matrix


class _Built:
    """A networkx storage dictionary (``_node`` or ``_adj``) filled on first access.

    Setting it behaves like networkx's own descriptors: cached views are reset.
    """

    def __init__(self, name: str, views: tuple[str, ...]):
        self.name, self.views = name, views

    def __get__(self, graph, owner=None):
        if graph is None:
            return self
        graph._build(self.name)
        return graph.__dict__[self.name]

    def __set__(self, graph, value):
        graph.__dict__[self.name] = value
        for view in self.views:
            graph.__dict__.pop(view, None)


class ProjectionGraph(nx.Graph):
    """An undirected networkx graph of a projection whose dictionaries are built lazily.

    It behaves as any ``nx.Graph``. While it is frozen (as every graph from
    ``land.graph`` is), ``projection`` holds its links as arrays for the
    fast paths; a copy is an ordinary graph without them.
    """

    _node = _Built("_node", ("nodes",))
    _adj = _Built("_adj", ("adj", "edges", "degree"))

    def __init__(
        self,
        incoming_graph_data=None,
        projection: Projection | None = None,
        records: Callable[[], list[tuple]] | None = None,
        **attr: Any,
    ):
        self.__dict__["_pending"] = {"_node": records is not None, "_adj": projection is not None}
        self.projection = projection
        self._records = records
        super().__init__(incoming_graph_data, **attr)

    def _build(self, name: str) -> None:
        pending = self.__dict__["_pending"]
        if not pending.get(name):
            return
        pending[name] = False
        if name == "_node":
            if self._records is not None:  # pending only when there are records
                self.__dict__["_node"].update(self._records())
            return
        p = self.projection
        if p is None:  # pending only when there is a projection
            return
        node_ids = list(self._node)
        adjacency: dict[Any, dict[Any, dict[str, Any]]] = {node: {} for node in node_ids}
        ids = np.asarray(node_ids, dtype=object)
        for u, v, w, s in zip(ids[p.source], ids[p.target], p.weight.tolist(), p.shared.tolist()):
            data = {"weight": w, "shared": s}
            adjacency[u][v] = data
            adjacency[v][u] = data
        self.__dict__["_adj"].update(adjacency)

    def __len__(self) -> int:
        if self.__dict__["_pending"].get("_node") and self.projection is not None:
            return len(self.projection.nodes)  # without building the node dictionary
        return super().__len__()

    def number_of_nodes(self) -> int:
        return len(self)

    def number_of_edges(self, u=None, v=None) -> int:
        if u is None and self.__dict__["_pending"].get("_adj") and self.projection is not None:
            return len(self.projection.source)
        return super().number_of_edges(u, v)

    def subgraph(self, nodes) -> nx.Graph:  # type: ignore[override]  # networkx types it Self; a view is a Graph
        """The subgraph induced by ``nodes``, as ``nx.Graph.subgraph`` gives it (frozen; nodes, node
        attributes, edges and their order the same), kept as arrays when this graph is a frozen projection:
        networkx's view would build this graph's adjacency dictionary and walk it for every matrix.

        Unlike networkx's view it holds its own edge attribute dictionaries (node attributes and
        ``graph`` are shared); a frozen graph's are not to be changed anyway.
        """
        projection = projection_of(self)
        if projection is None:
            return super().subgraph(nodes)
        kept = set(self.nbunch_iter(nodes))
        keep = projection.nodes.isin(list(kept)) if kept else np.zeros(len(projection.nodes), dtype=bool)
        node_data = self._node  # the attribute dictionaries are shared with this graph, as in a view
        sub = ProjectionGraph(
            projection=projection.induced(keep),
            records=lambda: [(node, node_data[node]) for node in projection.nodes[keep]],
        )
        sub.graph = self.graph
        return nx.freeze(sub)

    def detach(self) -> ProjectionGraph:
        """Build the dictionaries and drop the arrays (before changing the graph)."""
        self._build("_node")
        self._build("_adj")
        self.projection = None
        return self


def projection_of(graph) -> Projection | None:
    """The arrays behind ``graph`` when it is an unchanged (frozen) projection graph, else None."""
    projection = getattr(graph, "projection", None)
    if isinstance(graph, ProjectionGraph) and projection is not None and nx.is_frozen(graph):
        return projection
    return None


def adjacency_matrix(graph: nx.Graph, weight: str | None = None) -> sparse.csr_matrix:
    """``nx.to_scipy_sparse_array(graph, weight=weight)`` in node order, from the arrays when it can."""
    projection = projection_of(graph)
    if projection is not None:
        return projection.matrix(weight)
    if len(graph) == 0:
        return sparse.csr_matrix((0, 0))
    return sparse.csr_matrix(
        nx.to_scipy_sparse_array(graph, nodelist=list(graph.nodes), weight=weight, dtype=np.dtype(float), format="csr")
    )


from ._public import public_dir

__all__ = ["Projection", "ProjectionGraph", "projection_of", "adjacency_matrix"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
