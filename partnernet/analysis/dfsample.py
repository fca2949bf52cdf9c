"""Sampled distance-weighted fragmentation without each of many candidates, from one set of searches.

The key-player search (:mod:`partnernet.analysis.keyplayers`) compares, on
large graphs, DF estimated from a sample of source nodes: for a graph H
(the network without the set found so far) and every candidate v, the sum
over the sampled sources s of h_s = sum over t of 1 / d(s, t) in H - v.
Searching from every source again for every candidate repeats nearly all
the work: removing v changes the distances from s only when v *dominates*
some node t from s (every shortest path from s to t runs through v). That
happens exactly when v has a neighbour t one step farther from s whose only
neighbour at v's distance is v (its only parent in the breadth-first
search from s). So the searches from the sources run once in H; for each
candidate only the sources where it dominates a node are searched again in
H - v, and from the others h_s just loses the term 1 / d(s, v). The result
equals searching every source in H - v (up to rounding, about 1e-15). A dominated
neighbour of v whose only link is v needs no search: without v it is cut
off, and h_s loses its 1 / (d(s, v) + 1) (nothing lies behind it).
"""

from __future__ import annotations

import numpy as np

#: Distances are kept for at most this many (source, node) entries; above, the caller searches per candidate.
MAX_ENTRIES = 20_000_000
#: Parent counts are computed for this many (link, source) entries at a time.
CHUNK_ENTRIES = 4_000_000


def sampled_df_without_each(
    graph, removed: set, candidates: list[int], sample: list[int], edges: np.ndarray | None = None
) -> np.ndarray | None:
    """DF of ``graph`` without ``removed`` and each candidate, estimated from the ``sample`` sources.

    As ``1 - (R * n / k) / (n (n - 1))`` with n the nodes left, k the
    sampled sources left and R the sum of 1 / d from them (ordered pairs).
    None when fewer than two sources are left in the graph, or the distances would
    not fit in :data:`MAX_ENTRIES` (the caller scores each set on its own).
    ``edges`` is :func:`edge_array` of ``graph``, for callers that ask many times.
    """
    keep = np.ones(graph.vcount(), dtype=bool)
    keep[list(removed)] = False
    position = np.cumsum(keep) - 1
    sources = [int(position[s]) for s in sample if keep[s]]
    kept = np.flatnonzero(keep)
    n = len(kept)
    if len(sources) < 2 or len(sources) * n > MAX_ENTRIES or n < 3:
        return None
    rest = graph.induced_subgraph(kept.tolist())
    with np.errstate(divide="ignore"):
        distance = np.asarray(rest.distances(source=sources), dtype=float)
        inverse = np.where(np.isfinite(distance) & (distance > 0), 1.0 / distance, 0.0)
    totals = inverse.sum(axis=1)
    edges = edge_array(graph) if edges is None else edges
    indptr, neighbours = _adjacency(position[edges[keep[edges[:, 0]] & keep[edges[:, 1]]]], n)
    wanted = [int(position[c]) for c in candidates]
    by_node = np.ascontiguousarray(distance.T, dtype=np.float32)  # node x source: one row per node
    parents = _parent_counts(by_node, indptr, neighbours, wanted)
    is_source = np.zeros(n, dtype=bool)
    is_source[sources] = True
    own_row = {s: i for i, s in enumerate(sources)}
    pendant = np.diff(indptr) == 1
    scores = np.empty(len(wanted))
    for i, v in enumerate(wanted):
        near = neighbours[indptr[v] : indptr[v + 1]]
        child = (by_node[near] == by_node[v] + 1) & (parents[near] == 1)
        # a dominated neighbour whose only link is v just drops out; any other needs a new search
        again = child[~pendant[near]].any(axis=0) & np.isfinite(by_node[v])
        with np.errstate(divide="ignore"):
            cut_off = child[pendant[near]].sum(axis=0) / (by_node[v].astype(float) + 1)
        own = np.zeros(len(sources), dtype=bool)
        if v in own_row:
            own[own_row[v]] = True
        total = float((totals - inverse[:, v] - np.where(np.isfinite(by_node[v]), cut_off, 0.0))[~again & ~own].sum())
        if (again & ~own).any():
            without = rest.copy()
            without.delete_vertices([v])
            redo = [s - (s > v) for s, flag in zip(sources, again & ~own) if flag]
            total += float(np.sum(without.harmonic_centrality(vertices=redo, mode="out", normalized=False)))
        left, counted = n - 1, len(sources) - int(is_source[v])
        scores[i] = 1.0 - (total * left / counted) / (left * (left - 1))
    return scores


def edge_array(graph) -> np.ndarray:
    """The links of an igraph graph as an (m, 2) array of vertex numbers."""
    return np.asarray(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)


def _adjacency(edges: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """CSR row pointers and neighbour lists of the undirected graph of n vertices with ``edges``."""
    heads = np.concatenate([edges[:, 0], edges[:, 1]])
    tails = np.concatenate([edges[:, 1], edges[:, 0]])
    order = np.argsort(heads, kind="stable")
    indptr = np.searchsorted(heads[order], np.arange(n + 1))
    return indptr, tails[order]


def _parent_counts(
    by_node: np.ndarray, indptr: np.ndarray, neighbours: np.ndarray, candidates: list[int]
) -> np.ndarray:
    """Node x source: for every neighbour t of a candidate, the number of t's neighbours one step
    nearer the source (t's parents in the breadth-first search from it); 0 for other nodes.

    ``by_node`` holds the distances node x source. Links are taken in chunks
    of :data:`CHUNK_ENTRIES` (link, source) entries, so memory stays bounded.
    """
    n, width = by_node.shape
    counts = np.zeros((n, width), dtype=np.int32)
    wanted = np.zeros(n, dtype=bool)
    for v in candidates:
        wanted[neighbours[indptr[v] : indptr[v + 1]]] = True
    nodes = np.flatnonzero(wanted)
    lengths = indptr[nodes + 1] - indptr[nodes]
    nodes, lengths = nodes[lengths > 0], lengths[lengths > 0]
    ends = np.cumsum(lengths)
    step = max(1, CHUNK_ENTRIES // max(width, 1))
    start = 0
    while start < len(nodes):  # whole neighbour lists, about ``step`` links per chunk
        done = ends[start - 1] if start else 0
        stop = max(start + 1, int(np.searchsorted(ends, done + step, side="right")))
        chunk, sizes = nodes[start:stop], lengths[start:stop]
        firsts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        links = neighbours[np.repeat(indptr[chunk] - firsts, sizes) + np.arange(int(sizes.sum()))]
        nearer = by_node[links] == np.repeat(by_node[chunk] - 1, sizes, axis=0)
        counts[chunk] = np.add.reduceat(nearer, firsts, axis=0, dtype=np.int32)
        start = stop
    return counts
