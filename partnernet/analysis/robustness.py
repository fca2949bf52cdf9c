"""Robustness curve: fragmentation as central actors leave one by one, against random departures.

A network of partners that survives random turnover can still fall apart
when its few central actors leave (Albert, Jeong & Barabasi 2000, "Error
and attack tolerance of complex networks", Nature 406:378-382). The curve
removes actors in order of centrality (targeted) and in random orders, and
records after each removal the fragmentation F (Borgatti 2006) of the
remaining actors and the share of all actors still in the largest connected
group (Schneider et al. 2011, "Mitigation of malicious attacks on networks",
PNAS 108:3838-3841).

Each removal order is evaluated backwards: actors are added back one at a
time and a union-find structure tracks the component sizes over the links
of a minimum spanning forest (by the step a link comes back), so a whole
curve costs one spanning forest (in C) and n - 1 unions, not one
component search per step.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, TypeAlias, get_args

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import minimum_spanning_tree

from ..errors import UsageError
from . import paths
from ._plumbing import graph_of, node_names, simple_igraph
from .resilience import as_igraph

if TYPE_CHECKING:
    from ..landscape import Level
    from ._plumbing import LandOrGraph

#: The order in which a robustness curve removes nodes: most central first.
Order: TypeAlias = Literal["betweenness", "degree"]
ORDERS: tuple[Order, ...] = get_args(Order)


def curve_of_order(graph, order: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """F and largest component size after removing the first r vertices of ``order``, r = 0..n-1.

    ``graph`` is a simple igraph graph (or its neighbour lists); ``order`` a
    permutation of all vertices. F uses the n - r remaining vertices (NaN
    when fewer than 2 remain).

    Read backwards, removal is adding vertices back, and a link comes back
    with the later of its two ends, at step min(position of its ends). Only
    the links of a minimum spanning forest by that step ever join two
    groups (Kruskal), so a union-find runs over at most n - 1 links.
    """
    return _curve(_Links.of(graph), order)


class _Links:
    """The links of a graph as two arrays of vertex numbers (``ends``, one row per link), read once for many
    removal orders."""

    def __init__(self, nodes: int, ends: np.ndarray):
        self.nodes, self.ends = nodes, ends

    @classmethod
    def of(cls, graph) -> _Links:
        graph = as_igraph(graph)
        ends = np.array(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        return cls(graph.vcount(), ends)


def _curve(links: _Links, order: list[int]) -> tuple[np.ndarray, np.ndarray]:
    n = links.nodes
    steps, first, second = _joining_links(links, order)
    parent, size = list(range(n)), [1] * n

    def root(v: int) -> int:
        while parent[v] != v:  # halving the path on the way
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    gained, merged = np.zeros(n), np.ones(n)
    for step, u, v in zip(steps, first, second):
        a, b = root(u), root(v)
        size_a, size_b = size[a], size[b]
        if size_a < size_b:
            a, b, size_a, size_b = b, a, size_b, size_a
        gained[step] += 2 * size_a * size_b  # s(s-1) of the merged group minus the two parts
        parent[b] = a
        size[a] = size_a + size_b
        if size_a + size_b > merged[step]:
            merged[step] = size_a + size_b
    pair_sums = np.cumsum(gained[::-1])[::-1]
    largest_sizes = np.maximum.accumulate(merged[::-1])[::-1] if n else merged
    remaining = n - np.arange(n, dtype=float)
    possible = remaining * (remaining - 1)
    fragmentation = np.where(possible > 0, 1.0 - pair_sums / np.where(possible > 0, possible, 1), np.nan)
    return fragmentation, largest_sizes


def _joining_links(links: _Links, order) -> tuple[list[int], list[int], list[int]]:
    """The steps and ends of the spanning-forest links that join groups, latest step first.

    The vertices are numbered by when they come back (the last removed is 0), so a link comes back with
    its higher-numbered end, at the weight of that number: stored row by row under that end, the
    weights are sorted already and the spanning forest's sort of them costs one pass (the nation's 51
    curves: 20 -> 11 ms each). Which forest ties give does not matter: every forest joins the same
    groups at each step, so the sums of whole numbers in :func:`_curve` are the same.
    """
    n, ends = links.nodes, links.ends
    if len(ends) == 0:
        return [], [], []
    arrival = np.empty(n, dtype=np.int64)
    arrival[np.asarray(order, dtype=np.int64)] = np.arange(n - 1, -1, -1)
    a, b = arrival[ends[:, 0]], arrival[ends[:, 1]]
    later, earlier = np.maximum(a, b), np.minimum(a, b)
    # rows by the later end: a counting sort (numpy's stable sort of 16-bit keys is a radix sort)
    by_row = np.argsort(later.astype(np.uint16) if n <= 2**16 else later, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(later, minlength=n), out=indptr[1:])
    matrix = sparse.csr_matrix(((later[by_row] + 1).astype(float), earlier[by_row], indptr), shape=(n, n))
    forest = minimum_spanning_tree(matrix).tocoo()
    back = np.argsort(forest.row, kind="stable")  # earliest comeback (latest removal step) first
    vertex = np.asarray(order, dtype=np.int64)[::-1]  # the vertex of each arrival number
    steps = n - 1 - forest.row[back].astype(np.int64)
    return steps.tolist(), vertex[forest.row[back]].tolist(), vertex[forest.col[back]].tolist()


def robustness_curve(
    land_or_graph: LandOrGraph,
    by: Order = "betweenness",
    *,
    steps: int | None = None,
    adaptive: bool = False,
    runs: int = 100,
    seed: int = 0,
    level: Level = "organisations",
    ties: bool | None = None,
) -> pd.DataFrame:
    """Fragmentation as the most central actors are removed one by one, against random removal.

    Parameters
    ----------
    land_or_graph : Landscape or networkx graph
        A landscape is examined in its organisation or person projection
        (``level``, with direct ties when ``ties``).
    by : "betweenness" | "degree"
        Centrality that orders the targeted removals (ties: node order).
    steps : int, optional
        Number of removals shown (default: all but the last two actors).
    adaptive : bool
        Recompute the centrality after each removal (the next target is the
        most central actor of what remains); slower.
    runs : int
        Random removal orders, drawn with ``seed``.

    Returns
    -------
    DataFrame indexed by ``removed`` (0 = intact, 1, 2, ...):
    ``actor`` and ``name`` removed at that step in the targeted order
    (missing at step 0),
    ``fragmentation_targeted``, ``largest_share_targeted`` (share of all
    actors still in the largest connected group), ``fragmentation_random``
    (mean over the random orders), ``fragmentation_random_low`` and
    ``fragmentation_random_high`` (5th and 95th percentile), and
    ``largest_share_random`` (mean). Fractions 0 to 1.

    Examples
    --------
    >>> import networkx as nx
    >>> curve = robustness_curve(nx.florentine_families_graph(), steps=2)
    >>> curve["actor"].tolist()[1:], curve["fragmentation_targeted"].round(4).tolist()
    (['Medici', 'Guadagni'], [0.0, 0.3846, 0.7051])
    """
    if by not in ORDERS:
        raise UsageError("unknown_centrality", value=by, choices=", ".join(ORDERS))
    graph = graph_of(land_or_graph, level, ties)
    converted, nodes = simple_igraph(graph, read_only=True)  # the curves only read it
    n = converted.vcount()
    steps = max(0, n - 2) if steps is None else int(steps)
    if not 0 <= steps <= max(0, n - 2):
        raise UsageError("bad_steps", most=max(0, n - 2), n=n, steps=steps)
    if runs < 1:
        raise UsageError("bad_runs")
    if n == 0:  # nothing to remove: a curve without rows
        return pd.DataFrame(columns=CURVE_COLUMNS, index=pd.RangeIndex(0, name="removed"))
    order = _targeted_order(graph, converted, by, adaptive, steps)
    links = _Links.of(converted)
    targeted_f, targeted_largest = _curve(links, order)
    rng = np.random.default_rng(seed)
    random_f, random_largest = zip(*(_curve(links, rng.permutation(n).tolist()) for _ in range(runs)))
    random_f, random_largest = np.vstack(random_f)[:, : steps + 1], np.vstack(random_largest)[:, : steps + 1]
    names = node_names(land_or_graph, nodes)
    removed = [None] + [nodes[v] for v in order[:steps]]
    return pd.DataFrame(
        {
            "actor": removed,
            "name": [None if a is None else names.loc[a] for a in removed],
            "fragmentation_targeted": targeted_f[: steps + 1],
            "largest_share_targeted": targeted_largest[: steps + 1] / n,
            "fragmentation_random": random_f.mean(axis=0),
            "fragmentation_random_low": np.percentile(random_f, 5, axis=0),
            "fragmentation_random_high": np.percentile(random_f, 95, axis=0),
            "largest_share_random": random_largest.mean(axis=0) / n,
        },
        index=pd.RangeIndex(steps + 1, name="removed"),
    )


CURVE_COLUMNS = [
    "actor",
    "name",
    "fragmentation_targeted",
    "largest_share_targeted",
    "fragmentation_random",
    "fragmentation_random_low",
    "fragmentation_random_high",
    "largest_share_random",
]


def _targeted_order(original, graph, by: str, adaptive: bool, steps: int) -> list[int]:
    """All vertices, most central first; with ``adaptive`` recomputed after each of ``steps`` removals.

    Without ``adaptive`` betweenness is the one :func:`partnernet.centrality`
    reports for ``original`` (estimated from sampled sources on large graphs).
    """

    def centrality(g):
        return np.asarray(g.betweenness(directed=False) if by == "betweenness" else g.degree(), dtype=float)

    if not adaptive:
        if by == "betweenness":
            sources = paths.choose_sources(graph.vcount(), graph.ecount())
            return np.argsort(-paths.hop_betweenness(original, graph, sources)[0], kind="stable").tolist()
        return np.argsort(-centrality(graph), kind="stable").tolist()
    remaining, order = list(range(graph.vcount())), []
    for _ in range(steps):
        scores = centrality(graph.induced_subgraph(remaining))
        order.append(remaining.pop(int(np.argmax(scores))))
    return order + remaining


from .._public import public_dir

__all__ = ["Order", "ORDERS", "curve_of_order", "robustness_curve", "CURVE_COLUMNS"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
