"""How well a network holds together: components, fragmentation F and DF, density, distances.

Fragmentation F is the share of ordered pairs of nodes that cannot reach each
other; distance-weighted fragmentation DF also counts how far apart the
reachable pairs are (Borgatti 2006).

All heavy work runs in igraph: components and breadth-first distances in
chunks of sources (never a dense n x n matrix). Results equal a
straightforward networkx computation.

Reference
---------
Borgatti, S. P. (2006). Identifying sets of key players in a social network.
    Computational and Mathematical Organization Theory 12(1):21-34.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, TypedDict

import networkx as nx
import numpy as np

from .._igraph import ig
from . import bitsearch, memo, paths
from ..projection import projection_of
from ._plumbing import graph_of, simple_igraph

if TYPE_CHECKING:
    from ..landscape import Level
    from ._plumbing import LandOrGraph

# -- fragmentation and distances ------------------------------------------------


def fragmentation_from_sizes(sizes, n: int | None = None) -> float:
    """Borgatti's F from component sizes: 1 - sum_k s_k (s_k - 1) / (n (n - 1)).

    ``n`` defaults to the sum of the sizes. NaN when fewer than 2 nodes.
    """
    sizes = np.asarray(sizes, dtype=float)
    total = float(sizes.sum()) if n is None else float(n)
    if total < 2:
        return float("nan")
    return 1.0 - float((sizes * (sizes - 1)).sum()) / (total * (total - 1))


def inverse_distance_total(graph: ig.Graph, sources: list[int] | None = None) -> float:
    """Sum of 1 / d over the ordered pairs (i, j), i != j, from ``sources`` (default: all), 1/inf = 0.

    igraph's harmonic centrality does the breadth-first searches in C,
    without handing distances to Python.
    """
    if graph.vcount() == 0:
        return 0.0
    return float(np.sum(graph.harmonic_centrality(vertices=sources, mode="out", normalized=False)))


def sums_without(owner, converted: ig.Graph, removed, sources: list[int] | None = None, remaining=None) -> np.ndarray:
    """Per source, the sum of 1 / d in ``converted`` without the vertices ``removed``, from ``sources``
    (vertex numbers of ``converted``, none of them removed; default: every staying vertex).

    Computed once per ``owner`` (None: every time; else the frozen graph ``converted`` was made from; see :mod:`.memo`):
    the key-player search scores its final set this way and :func:`removal_effect` of the same set
    needs the same searches (on a national organisation projection a search from every vertex).
    ``remaining`` is ``converted`` without ``removed`` when the caller has it.
    """
    removed = frozenset(int(v) for v in removed)
    wanted = None if sources is None else tuple(int(s) for s in sources)

    def compute() -> np.ndarray:
        kept = [v for v in range(converted.vcount()) if v not in removed]
        if not kept:
            return np.zeros(0)
        if not converted.is_directed():  # one search from many sources at a time, in the graph itself
            found = _bit_sums(owner, converted, removed, kept, wanted)
            if found is not None:
                return found
        rest = (
            remaining
            if remaining is not None
            else converted.induced_subgraph(kept, implementation="create_from_scratch")
        )
        position = np.full(converted.vcount(), -1)
        position[kept] = np.arange(len(kept))
        vertices = None if wanted is None else position[list(wanted)].tolist()
        return np.asarray(rest.harmonic_centrality(vertices=vertices, mode="out", normalized=False), dtype=float)

    return compute() if owner is None else memo.once(owner, ("sums_without", removed, wanted), compute)


def _bit_sums(owner, converted: ig.Graph, removed: frozenset, kept: list[int], wanted) -> np.ndarray | None:
    """:func:`sums_without` from :mod:`.bitsearch` (None when the graph is too deep for it): the same sums."""
    blocked = np.zeros(converted.vcount(), dtype=bool)
    blocked[list(removed)] = True
    lay = bitsearch.layout_of(owner, converted)
    try:
        if wanted is None:
            return bitsearch.sums_by_source(lay, kept, blocked, every=True)
        return bitsearch.sums_by_source(lay, list(wanted), blocked)
    except bitsearch.TooDeep:
        return None


def sums_without_each(
    owner: object, converted: ig.Graph, removed: list[int], sources: list[int]
) -> dict[frozenset, np.ndarray]:
    """:func:`sums_without` of ``removed`` and of ``removed`` less each one of its members (each from the
    ``sources`` left in it, in their order), from one set of searches: from the sources in ``converted``
    without ``removed``, plus one search from each member m in ``converted`` without the others.

    A shortest path of the graph without the others either avoids m (the first searches have it) or runs
    through m, so d(s, t) = min(d'(s, t), d(m, s) + d(m, t)). The sums are those of :func:`sums_without`
    to the last bit: igraph's harmonic centrality adds 1 / d in the order its breadth-first search reaches
    the vertices, nearest first, and so does :func:`_reached_in_order`. The key players' final set and
    the sets that leave out one of them (to drop idle members) needed k + 1 sets of searches before.
    Undirected graphs only. Kept per ``owner`` as :func:`sums_without` keeps them (None: not kept).
    """
    n = converted.vcount()
    gone = np.zeros(n, dtype=bool)
    gone[removed] = True
    staying = [s for s in sources if not gone[s]]
    rows: dict[frozenset, dict[int, float]] = {frozenset(removed) - {m}: {} for m in removed}
    whole: dict[int, float] = {}
    via: dict[int, np.ndarray] = {}  # distances from each member m in the graph without the others, by vertex
    step = max(1, paths.CHUNK_ENTRIES // max(n, 1))
    for start, part, full in _searches_without(owner, converted, gone, staying, step, via):
        whole.update(zip(part, _reached_in_order(full).tolist()))
        for m, row in via.items():
            through = np.minimum(full, row[part][:, None] + row[None, :])
            rows[frozenset(removed) - {m}].update(zip(part, _reached_in_order(through).tolist()))
    for m, row in via.items():
        rows[frozenset(removed) - {m}][m] = float(_reached_in_order(row[None, :])[0])
    found = {frozenset(removed): np.array([whole[s] for s in staying], dtype=float)}
    for m in removed:
        left = frozenset(removed) - {m}
        found[left] = np.array([rows[left][s] for s in sources if s not in left], dtype=float)
    if owner is not None:
        for left, sums in found.items():
            wanted = tuple(int(s) for s in sources if s not in left)
            found[left] = memo.once(owner, ("sums_without", frozenset(int(v) for v in left), wanted), lambda: sums)
    return found


def _searches_without(owner, converted: ig.Graph, gone: np.ndarray, staying: list[int], step: int, via: dict):
    """For :func:`sums_without_each`: fills ``via`` (each removed m: its distances in ``converted`` without
    the other removed vertices) and yields (start, sources, distances) per ``step`` of the ``staying``
    sources in ``converted`` without the removed ones (n columns, inf at the removed): from
    :mod:`.bitsearch` (the graph itself, removed vertices blocked), else from igraph copies."""
    n = converted.vcount()
    members = np.flatnonzero(gone).tolist()
    lay = bitsearch.layout_of(owner, converted)
    try:
        for m in members:
            others = gone.copy()
            others[m] = False
            via[m] = bitsearch.as_distances(bitsearch.distance_levels(lay, [m], others))[0]
        levels = bitsearch.distance_levels(lay, staying, gone)
    except bitsearch.TooDeep:
        levels = None
    if levels is not None:
        for start in range(0, len(staying), step):
            yield start, staying[start : start + step], bitsearch.as_distances(levels[start : start + step])
        return
    kept = np.flatnonzero(~gone)
    position = np.full(n, -1)
    position[kept] = np.arange(len(kept))
    for m in members:
        around = np.flatnonzero(~gone | (np.arange(n) == m))
        alone = converted.induced_subgraph(around.tolist(), implementation="create_from_scratch")
        via[m] = np.full(n, np.inf)
        via[m][around] = alone.distances(source=[int(np.searchsorted(around, m))])[0]
        del alone
    rest = converted.induced_subgraph(kept.tolist(), implementation="create_from_scratch")
    for start in range(0, len(staying), step):
        part = staying[start : start + step]
        full = np.full((len(part), n), np.inf)
        full[:, kept] = np.asarray(rest.distances(source=position[part].tolist()), dtype=float)
        yield start, part, full


def _reached_in_order(distance: np.ndarray) -> np.ndarray:
    """Per row of distances: the sum of 1 / d over the vertices reached (d > 0), added one at a time from
    the nearest, as igraph's harmonic centrality adds them (np.sum's pairwise sums differ in the last bits)."""
    ordered = np.sort(distance, axis=1)
    with np.errstate(divide="ignore"):
        inverse = np.where(np.isfinite(ordered) & (ordered > 0), 1.0 / ordered, 0.0)
    return np.add.accumulate(inverse, axis=1)[:, -1] if inverse.shape[1] else np.zeros(len(inverse))


def distance_fragmentation_of(graph: ig.Graph) -> float:
    """Borgatti's DF of an igraph graph: 1 - sum_{i != j} (1 / d_ij) / (n (n - 1))."""
    n = graph.vcount()
    if n < 2:
        return float("nan")
    return 1.0 - inverse_distance_total(graph) / (n * (n - 1))


def fragmentation_index(land_or_graph: LandOrGraph, level: Level = "organisations", ties: bool | None = None) -> float:
    """Fragmentation F: the share of ordered pairs of nodes that cannot reach each other.

    F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)), with s_k the sizes of the
    connected components and n the number of nodes (Borgatti 2006). 0 when
    every node can reach every other, 1 when no two nodes are linked.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.florentine_families_graph()
    >>> round(fragmentation_index(G.subgraph(set(G) - {"Medici"})), 4)
    0.3846
    """
    converted, _ = simple_igraph(graph_of(land_or_graph, level, ties))
    return fragmentation_from_sizes(converted.connected_components().sizes(), converted.vcount())


def distance_fragmentation(
    land_or_graph: LandOrGraph, level: Level = "organisations", ties: bool | None = None
) -> float:
    """Distance-weighted fragmentation DF = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1)).

    d_ij is the number of steps on a shortest path, 1/inf = 0 for pairs that
    cannot reach each other (Borgatti 2006). 0 only when everyone is linked
    to everyone directly; 1 when no two nodes are linked.

    Examples
    --------
    >>> import networkx as nx
    >>> round(distance_fragmentation(nx.florentine_families_graph()), 4)
    0.4998
    """
    converted, _ = simple_igraph(graph_of(land_or_graph, level, ties))
    return distance_fragmentation_of(converted)


def structure_measures(graph: nx.Graph) -> dict:
    """Size, components, density, average distance, F and DF of a graph.

    Returns a dict: ``nodes``, ``links`` (edges), ``components``,
    ``largest_component`` (nodes), ``isolates``, ``density`` (links / possible
    links), ``average_distance`` (mean number of steps over the ordered pairs
    that can reach each other; NaN when none can), ``fragmentation`` (F) and
    ``distance_fragmentation`` (DF). Cheap enough to compare before and after
    a change (what-if scenarios).
    """
    return structure_of(simple_igraph(graph)[0])


def structure_of(converted: ig.Graph, totals: paths.DistanceTotals | None = None) -> dict:
    """:func:`structure_measures` of a simple igraph graph; DF and the average distance from
    ``totals`` when given (e.g. estimated from sampled sources, see
    :func:`partnernet.analysis.paths.distance_totals`), else exact."""
    n, m = converted.vcount(), converted.ecount()
    sizes = converted.connected_components().sizes()
    totals = totals or paths.distance_totals(converted)
    inverse, total, pairs = totals.inverse, totals.total, totals.pairs
    possible = n * (n - 1)
    return {
        "nodes": n,
        "links": m,
        "components": len(sizes),
        "largest_component": max(sizes, default=0),
        "isolates": int(sum(1 for s in sizes if s == 1)),
        "density": 2.0 * m / possible if possible else float("nan"),
        "average_distance": total / pairs if pairs else float("nan"),
        "fragmentation": fragmentation_from_sizes(sizes, n),
        "distance_fragmentation": 1.0 - inverse / possible if possible else float("nan"),
    }


class RemovalEffect(TypedDict):
    """What removing actors does to the actors who stay (:func:`removal_effect`, ``KeyPlayers.effect``)."""

    F_before: float
    F_after: float
    DF_before: float
    DF_after: float
    cut_off: bool
    changed: bool
    removed: list[Hashable]


def removal_effect(land_or_graph, removed, level: Level = "organisations", ties: bool | None = None) -> RemovalEffect:
    """What removing the actors ``removed`` does to the actors who stay.

    F or DF of the whole network before against after a removal mixes two
    things: the pairs that are cut apart or pushed further apart, and the
    pairs that vanish with the removed actors themselves (removing two of
    nine persons raises F when a third was isolated from the start, although
    no one is cut off). This compares like with like: Borgatti's (2006) F
    and DF over the pairs of *staying* actors, with the paths of the whole
    network (``*_before``) and without the removed actors (``*_after``).

    Returns a dict: ``F_before``, ``F_after``, ``DF_before``, ``DF_after``
    (0..1, NaN for fewer than two staying actors), ``cut_off`` (some pair of
    staying actors could reach each other and no longer can), ``changed``
    (F or DF of the staying actors rises: someone is cut off or paths get
    longer), ``removed`` (the ids found in the network).

    DF needs a search from every staying actor; above the work limit of
    :mod:`partnernet.analysis.paths` (a national person projection) both DF
    values are estimated from the same seeded sample of sources as
    :func:`partnernet.fragmentation` uses, so their difference comes from
    the same searches.
    """
    graph = graph_of(land_or_graph, level, ties)
    return effect_of_removal(graph, *simple_igraph(graph), removed)


def effect_of_removal(graph: nx.Graph, converted: ig.Graph, nodes: list, removed) -> RemovalEffect:
    """:func:`removal_effect` on ``converted``, the simple igraph copy of ``graph`` (node ids ``nodes``
    by vertex), for a caller that has it: one copy fewer (four times the nation's person projection
    as igraph graph: over 200 MB)."""
    gone = set(removed)
    keep = [i for i, node in enumerate(nodes) if node not in gone]
    dropped = [i for i, node in enumerate(nodes) if node in gone]
    n = len(keep)
    membership = np.asarray(converted.connected_components().membership, dtype=np.int64)
    remaining = None  # undirected: searched in ``converted`` itself (:mod:`.bitsearch`), no copy without them
    if converted.is_directed():
        # igraph's default copies the whole graph and deletes the rest: twice as slow for a few removed actors
        remaining = converted.induced_subgraph(keep, implementation="create_from_scratch")
    f_before = fragmentation_from_sizes(np.bincount(membership[keep]) if n else [], n)
    sizes = (
        remaining.connected_components().sizes() if remaining is not None else _sizes_without(graph, converted, dropped)
    )
    f_after = fragmentation_from_sizes(sizes, n)
    df_before, df_after = _staying_df(graph, converted, remaining, keep, dropped) if n >= 2 else (np.nan, np.nan)
    cut_off = bool(n >= 2 and f_after > f_before + 1e-12)
    return {
        "F_before": f_before,
        "F_after": f_after,
        "DF_before": df_before,
        "DF_after": df_after,
        "cut_off": cut_off,
        "changed": bool(cut_off or (n >= 2 and df_after > df_before + 1e-12)),
        "removed": [nodes[i] for i in dropped],
    }


def _sizes_without(graph: nx.Graph, converted: ig.Graph, dropped: list[int]) -> np.ndarray:
    """Sizes of the components of the undirected ``converted`` (igraph's copy of ``graph``) without the
    vertices ``dropped``, each kept vertex counted in its component (zeros for the dropped): from a sparse
    matrix of the links that stay, no igraph copy (4x the nation's person projection: 7 million links)."""
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    n = converted.vcount()
    projection = projection_of(graph)
    if projection is not None:
        heads, tails = projection.source, projection.target
    else:
        edges = np.asarray(converted.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        heads, tails = edges[:, 0], edges[:, 1]
    alive = np.ones(n, dtype=bool)
    alive[dropped] = False
    links = alive[heads] & alive[tails]
    matrix = sparse.coo_matrix((np.ones(int(links.sum()), dtype=np.int8), (heads[links], tails[links])), shape=(n, n))
    labels = connected_components(matrix.tocsr(), directed=False)[1]
    return np.bincount(labels[alive])


def _staying_df(
    graph: nx.Graph, converted: ig.Graph, remaining: ig.Graph | None, keep: list[int], dropped: list[int]
) -> tuple[float, float]:
    """DF among the staying vertices ``keep`` with the paths of ``converted`` (igraph's copy of
    ``graph``) and of ``remaining`` (``converted`` without ``dropped``): from every staying vertex,
    or from the staying ones among the sampled sources of :func:`partnernet.analysis.paths.choose_sources`
    (scaled by n / k; their searches in ``converted`` are those of :func:`partnernet.fragmentation`)."""
    n = len(keep)
    chosen = paths.choose_sources(converted.vcount(), converted.ecount())
    position = np.full(converted.vcount(), -1)
    position[keep] = np.arange(n)
    sources = keep if chosen.exact else [s for s in chosen.as_list() if position[s] >= 0]
    if not sources:
        return float("nan"), float("nan")
    if converted.is_directed():
        inverse = inverse_distance_total(converted, sources) - _inverse_sum(converted, dropped, sources)
    elif chosen.exact:
        # the whole graph's sum over all pairs (pn.fragmentation's), less the pairs with a removed actor
        # at either end (searched from the removed): no search from every staying actor again
        inverse = paths.kept_distance_totals(graph, converted, chosen).inverse
        inverse += _inverse_sum(converted, dropped, dropped) - 2 * _inverse_sum(converted, dropped, None)
    elif memo.known(graph, ("sums_without", frozenset(dropped), tuple(sources))) is None:
        # one set of sampled searches for both sums (the key-player scorer did not search this set)
        lay = bitsearch.undirected_layout(graph, converted)
        before, without = paths.sums_with_and_without(converted, remaining, dropped, sources, lay)
        inverse = float(before.sum()) - _inverse_sum(converted, dropped, sources)
        after = float(without.sum())
        return _df_pair(inverse * n / len(sources), after * n / len(sources), n)
    else:
        per_source = paths.kept_distance_totals(graph, converted, chosen).per_source
        assert per_source is not None  # sampled totals keep their sums per source
        inverse = float(per_source[position[chosen.as_list()] >= 0].sum())
        inverse -= _inverse_sum(converted, dropped, sources)  # paths from staying actors to removed ones
    after = float(np.sum(sums_without(graph, converted, dropped, None if chosen.exact else sources, remaining)))
    if not chosen.exact:
        inverse, after = inverse * n / len(sources), after * n / len(sources)
    return _df_pair(inverse, after, n)


def _df_pair(inverse: float, after: float, n: int) -> tuple[float, float]:
    """DF before and after from the sums of 1 / d over the ordered pairs of ``n`` staying vertices."""
    return 1.0 - inverse / (n * (n - 1)), 1.0 - after / (n * (n - 1))


def _inverse_sum(converted: ig.Graph, removed: list[int], targets: list[int] | None) -> float:
    """Sum of 1 / d over the pairs (t, r) from each of ``targets`` (default: all) to each removed r
    (searched from the removed, along incoming links)."""
    if not removed:
        return 0.0
    found = np.asarray(converted.distances(source=removed, target=targets, mode="in"), dtype=float)
    return float(np.sum(1.0 / found[np.isfinite(found) & (found > 0)]))


from .._public import public_dir

__all__ = [
    "fragmentation_from_sizes",
    "inverse_distance_total",
    "sums_without",
    "distance_fragmentation_of",
    "fragmentation_index",
    "distance_fragmentation",
    "structure_measures",
    "structure_of",
    "RemovalEffect",
    "removal_effect",
    "effect_of_removal",
    "sums_without_each",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
