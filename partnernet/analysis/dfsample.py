"""Sampled distance-weighted fragmentation without each of many candidates, from one set of searches.

The key-player search (:mod:`partnernet.analysis.keyplayers`) compares, on
large graphs, DF estimated from a sample of source nodes: for a graph H
(the network without the set found so far) and every candidate v, the sum
over the sampled sources s of h_s = sum over t of 1 / d(s, t) in H - v.
Searching from every source again for every candidate repeats nearly all
the work: removing v changes the distance from s only to the nodes v
*dominates* from s (every shortest path from s to them runs through v). A
node one step farther from s than v is dominated when v is its only
neighbour one step nearer (its only parent in the breadth-first search from
s); a node farther away when all its parents are dominated. So the
searches from the sources run once in H; for each candidate the dominated
(source, node) pairs are found level by level from those distances, and
only their distances are found again: a dominated node's new distance is
one more than that of its nearest neighbour that is not dominated (whose
distance stays), or comes through other dominated nodes (a breadth-first
search inside the dominated nodes from those starting values), or is
infinite (cut off). h_s then loses 1 / d(s, v) and, per dominated node t,
1 / d(s, t) - 1 / d'(s, t). The work per candidate is proportional to the
links of the nodes it dominates, not to the whole graph. The result equals
searching every source in H - v (up to rounding, about 1e-15).
"""

from __future__ import annotations

import numpy as np

from . import bitsearch

#: Distances are kept for at most this many (source, node) entries; above, the caller searches per candidate.
MAX_ENTRIES = 20_000_000
#: The dominated pairs of one candidate are followed for at most this many links at once (see
#: :meth:`_Searches.loss_without`): about 80 MB of work arrays.
MAX_LINKS = 2_000_000


def sampled_df_without_each(
    graph,
    removed: set,
    candidates: list[int],
    sample: list[int],
    edges: np.ndarray | None = None,
    lay: bitsearch.Layout | None = None,
) -> np.ndarray | None:
    """DF of ``graph`` without ``removed`` and each candidate, estimated from the ``sample`` sources.

    As ``1 - (R * n / k) / (n (n - 1))`` with n the nodes left, k the
    sampled sources left and R the sum of 1 / d from them (ordered pairs).
    None when fewer than two sources are left in the graph, or the distances would
    not fit in :data:`MAX_ENTRIES` (the caller scores each set on its own).
    ``edges`` is :func:`edge_array` of ``graph``, for callers that ask many times; ``lay`` its
    :func:`~partnernet.analysis.bitsearch.layout_of` (then the searches run 64 sources at a time in
    ``graph`` itself, the removed vertices blocked: the same distances as igraph's in a copy without them).
    """
    keep = np.ones(graph.vcount(), dtype=bool)
    keep[list(removed)] = False
    position = np.cumsum(keep) - 1
    sources = [int(position[s]) for s in sample if keep[s]]
    kept = np.flatnonzero(keep)
    n = len(kept)
    if len(sources) < 2 or len(sources) * n > MAX_ENTRIES or n < 3:
        return None
    distance = _distances(graph, keep, kept, [s for s in sample if keep[s]], sources, lay)
    with np.errstate(divide="ignore"):
        inverse = np.where(np.isfinite(distance) & (distance > 0), 1.0 / distance, 0.0)
    totals = inverse.sum(axis=1)
    edges = edge_array(graph) if edges is None else edges
    wanted = [int(position[c]) for c in candidates]
    searches = _Searches(distance, *_adjacency(position[edges[keep[edges[:, 0]] & keep[edges[:, 1]]]], n))
    own_column = {s: j for j, s in enumerate(sources)}
    scores = np.empty(len(wanted))
    for i, v in enumerate(wanted):
        others = np.ones(len(sources), dtype=bool)
        if v in own_column:  # a removed source no longer counts
            others[own_column[v]] = False
        total = float((totals - inverse[:, v] - searches.loss_without(v, others))[others].sum())
        left, counted = n - 1, int(others.sum())
        scores[i] = 1.0 - (total * left / counted) / (left * (left - 1))
    return scores


def _distances(graph, keep: np.ndarray, kept: np.ndarray, chosen: list[int], sources: list[int], lay) -> np.ndarray:
    """Distances (float, inf where not reached) from the sources (``chosen`` in ``graph``'s numbers,
    ``sources`` in the kept vertices') to the kept vertices, in ``graph`` without the vertices not ``keep``."""
    levels = bitsearch.levels_or_none(lay, chosen, ~keep)
    if levels is not None:
        return np.ascontiguousarray(bitsearch.as_distances(levels[:, kept]))
    rest = graph.induced_subgraph(kept.tolist(), implementation="create_from_scratch")  # faster for a few removed
    return np.asarray(rest.distances(source=sources), dtype=float)


class _Searches:
    """The breadth-first searches from the sampled sources in H, and what removing one node does to them.

    Distances are kept node x source (a node's distances are one row); the
    (node, source) pairs a candidate dominates are handled as flat arrays
    of their positions ``node * sources + source`` in that matrix.
    """

    def __init__(self, distance: np.ndarray, indptr: np.ndarray, neighbours: np.ndarray):
        self.by_node = np.ascontiguousarray(distance.T, dtype=np.float32)  # whole distances are exact
        self.flat = self.by_node.ravel()
        self.indptr, self.neighbours = indptr, neighbours
        self.parents = _parent_counts(self.by_node, indptr, neighbours).ravel()
        self.width = self.by_node.shape[1]
        self.slot = np.full(self.flat.shape, -1, dtype=np.int64)  # scratch: a dominated pair's place, else -1

    def loss_without(self, v: int, wanted: np.ndarray) -> np.ndarray:
        """Per source: how much its sum of 1 / d over the nodes other than v drops when v is removed;
        only for the ``wanted`` sources (v's own search, where v dominates all, is skipped).

        When the dominated pairs have more than :data:`MAX_LINKS` links together, the sources are
        taken in two halves (recursively): each source's pairs, their order and so its sum are the
        same either way, and each half's sums are 0 at the other half's sources, so the result is
        identical, within bounded memory (4x the nation's organisations: up to 20 million links,
        some 40 bytes each, for one candidate at once).
        """
        found = self._dominated(v, wanted, MAX_LINKS)
        if found is None:
            columns = np.flatnonzero(wanted)
            if len(columns) > 1:
                half = np.zeros_like(wanted)
                half[columns[: len(columns) // 2]] = True
                return self.loss_without(v, half) + self.loss_without(v, wanted & ~half)
            found = self._dominated(v, wanted)
        assert found is not None  # (without a limit there is always an answer)
        pairs, at, links = found
        if not len(pairs):
            return np.zeros(self.width)
        after = self._new_distances(v, pairs, at, links)
        with np.errstate(divide="ignore"):
            drop = 1.0 / self.flat[pairs].astype(float) - np.where(np.isfinite(after), 1.0 / after, 0.0)
        return np.bincount(pairs % self.width, weights=drop, minlength=self.width)

    def _dominated(
        self, v: int, wanted: np.ndarray, most: float = np.inf
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The pairs, in the ``wanted`` sources, whose every shortest path from the source runs through v
        (ordered by distance), with their links: for each link the pair's index and the neighbour's pair;
        None when they have more than ``most`` links."""
        by_node, width = self.by_node, self.width
        near = self.neighbours[self.indptr[v] : self.indptr[v + 1]]
        below = wanted & np.isfinite(by_node[v]) & (by_node[near] == by_node[v] + 1)  # near x source: v's children
        rows, columns = np.nonzero(below & (self.parents.reshape(by_node.shape)[near] == 1))
        frontier = near[rows] * width + columns
        pairs, ats, links, done, carried = [], [], [], 0, 0
        while len(frontier):
            nodes = frontier // width
            carried += int((self.indptr[nodes + 1] - self.indptr[nodes]).sum())
            if carried > most:  # counted before the links are listed: a level can hold many millions of them
                return None
            at, linked, lengths = self._links(frontier)
            pairs.append(frontier)
            ats.append(at + done)
            links.append(linked)
            done += len(frontier)
            # the children of the newly dominated pairs, each with its number of dominated parents
            child = linked[self.flat[linked] == np.repeat(self.flat[frontier] + 1, lengths)]
            if not len(child):
                break
            frontier = _all_parents_among(child, self.parents)
        if not pairs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(pairs), np.concatenate(ats), np.concatenate(links)

    def _new_distances(self, v: int, pairs: np.ndarray, at: np.ndarray, links: np.ndarray) -> np.ndarray:
        """Distances of the dominated ``pairs`` in H - v: one more than their nearest neighbour that keeps
        its distance, or through each other (a breadth-first search inside the dominated pairs)."""
        self.slot[pairs] = np.arange(len(pairs))
        inside = self.slot[links]
        self.slot[pairs] = -1
        starts = np.flatnonzero(np.r_[True, at[1:] != at[:-1]])  # every dominated pair has a link (to a parent)
        keeps = (inside < 0) & ((links < v * self.width) | (links >= (v + 1) * self.width))  # not v's own pairs
        step = np.where(keeps, self.flat[links].astype(float) + 1, np.inf)
        found = np.minimum.reduceat(step, starts)
        inner = inside >= 0
        into, out_of = at[inner], inside[inner]  # links between dominated pairs, by pair (``at`` is sorted)
        if not len(into):
            return found
        firsts = np.flatnonzero(np.r_[True, into[1:] != into[:-1]])
        linked = into[firsts]
        while True:
            better = np.minimum(found[linked], np.minimum.reduceat(found[out_of] + 1, firsts))
            if np.array_equal(better, found[linked]):
                return found
            found[linked] = better

    def _links(self, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each link of the pairs' nodes: which pair it belongs to, and the neighbour's pair (same source);
        and the pairs' numbers of links."""
        nodes, columns = np.divmod(pairs, self.width)
        starts = self.indptr[nodes]
        ends = self.indptr[nodes + 1]
        lengths = ends - starts
        at = np.repeat(np.arange(len(pairs)), lengths)
        if len(pairs) and lengths.min() > 0:
            # positions in ``neighbours``: consecutive within a pair's links, a jump to the next pair's first
            # (one running sum instead of a repeat of the jumps plus a range; the same numbers)
            firsts = np.cumsum(lengths) - lengths
            index = np.ones(int(lengths.sum()), dtype=np.int64)
            index[firsts[1:]] = starts[1:] - ends[:-1] + 1
            index[0] = starts[0]
            np.cumsum(index, out=index)
        else:
            firsts = np.cumsum(lengths) - lengths
            index = np.repeat(starts - firsts, lengths) + np.arange(int(lengths.sum()))
        linked = self.neighbours[index].astype(np.int64, copy=False) * self.width
        linked += np.repeat(columns, lengths)
        return at, linked, lengths


def _all_parents_among(child: np.ndarray, parents: np.ndarray) -> np.ndarray:
    """The distinct pairs of ``child`` (sorted) that occur in it as often as they have parents: those whose
    every parent is dominated. Counted in one pass over all pairs when ``child`` is long (no sort), else
    by sorting it (:func:`numpy.unique`); the same pairs either way."""
    if len(child) * 20 > len(parents):
        counts = np.bincount(child, minlength=len(parents))
        distinct = np.flatnonzero(counts)
        return distinct[counts[distinct] == parents[distinct]]
    distinct, counts = np.unique(child, return_counts=True)
    return distinct[counts == parents[distinct]]


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


def _parent_counts(by_node: np.ndarray, indptr: np.ndarray, neighbours: np.ndarray) -> np.ndarray:
    """Node x source: each node's number of neighbours one step nearer the source (its parents in the
    breadth-first search from it); 0 for nodes the source does not reach.

    The distances of a node's neighbours differ from its own distance d by
    delta = -1, 0 or +1, so over its neighbours the sum of delta is
    (children - parents) and the sum of delta squared (children + parents):
    parents = (sum delta^2 - sum delta) / 2, from two sparse products
    (adjacency x distances, adjacency x squared distances) instead of a
    comparison per link and source. Float64 keeps the integer sums exact.
    """
    from scipy import sparse

    n = len(indptr) - 1
    adjacency = sparse.csr_matrix((np.ones(len(neighbours)), neighbours, indptr), shape=(n, n))
    distance = np.where(np.isfinite(by_node), by_node, 0.0).astype(float)  # unreached: no parents either way
    degree = np.diff(indptr).astype(float)[:, None]
    around = adjacency @ distance
    squares = adjacency @ (distance * distance)
    delta = around - degree * distance
    delta_squared = squares - 2 * distance * around + degree * distance * distance
    return np.rint((delta_squared - delta) / 2).astype(np.int32)


from .._public import public_dir

__all__ = ["MAX_ENTRIES", "MAX_LINKS", "sampled_df_without_each", "edge_array"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
