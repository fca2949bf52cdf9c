"""Breadth-first searches from many sources at once, one bit per source.

igraph searches from one source at a time: from k sources it walks every
link k times (a national person projection: 200 sources x 4.3 million
link ends). Here the sources are bits of 64-bit words, so one pass over
the links per distance moves the search of 64 sources at a time: a
vertex is reached at distance d from the sources whose bit any of its
neighbours carried at distance d - 1 and that had not reached it before.
The neighbour lists are padded per group of vertices of about the same
degree, so each pass is one gather and one OR-reduction per group and word
(numpy, no Python per vertex). Vertices in ``blocked`` carry no bits: the
search is that of the graph without them, without building that graph.

The distances are whole numbers, so everything derived from them (per
source: the distances themselves; per vertex: how many sources reach it at
each distance) is exactly what a search per source gives. The passes run
once per distance: on a long chain (a graph whose diameter exceeds
:data:`MAX_LEVELS`) the callers search per source instead.

Reference
---------
Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper,
    A., Neumann, T., & Vo, H. T. (2014). The more the merrier: efficient
    multi-source graph traversal. Proceedings of the VLDB Endowment 8(4):449-460.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx

    from .._igraph import ig

#: Searches deeper than this many steps are left to one search per source (long chains).
MAX_LEVELS = 64
#: Vertices whose degrees differ by less than this factor share one padded length.
PADDING = 1.25
#: Gathered words per block (8 bytes each): the working memory of a pass.
BLOCK_WORDS = 1 << 20
#: Groups are padded to at least this many words (fewer numpy calls on small graphs).
GROUP_WORDS = 1 << 12
#: Sources searched together (bits of at most this many words per vertex) ...
PASS_WORDS = 8
#: ... and fewer when their distances (one byte per source and vertex) would take more than this.
PASS_BYTES = 1 << 24
#: :func:`layout_of` keeps the layouts of graphs up to this many links (8 bytes per link end and padding).
KEPT_LINKS = 2_000_000
#: The distance :func:`distance_levels` gives a pair that is not connected.
UNREACHED = 255
_ONE = np.uint64(1)


class TooDeep(Exception):
    """The search needs more than :data:`MAX_LEVELS` steps (the caller searches per source)."""


@dataclass(frozen=True, eq=False)
class Layout:
    """The neighbour lists of an undirected graph of ``n`` vertices for :func:`reached`.

    ``groups``: per group of vertices of similar degree, their numbers and their neighbours as an
    (vertices, length) array of vertex numbers (32 bits where they fit), padded with ``n`` (a vertex that never carries a bit).
    """

    n: int
    groups: tuple[tuple[np.ndarray, np.ndarray], ...]


def layout(source: np.ndarray, target: np.ndarray, n: int) -> Layout:
    """The :class:`Layout` of the undirected graph on ``n`` vertices with the links (source[i], target[i])
    (each link once, no self-loops)."""
    from scipy import sparse

    index = np.int32 if n < 2**31 else np.int64
    rows = np.concatenate([source, target]).astype(index)
    cols = np.concatenate([target, source]).astype(index)
    matrix = sparse.coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n)).tocsr()
    del rows, cols
    indptr, indices = matrix.indptr.astype(np.int64), matrix.indices
    degree = np.diff(indptr)
    order = np.argsort(degree, kind="stable")
    order = order[degree[order] > 0]
    sorted_degree = degree[order]
    groups = []
    start = 0
    while start < len(order):
        lowest = int(sorted_degree[start])
        end = int(np.searchsorted(sorted_degree, max(lowest, int(lowest * PADDING)), side="right"))
        # small groups cost more in numpy calls than in padding: take in more vertices up to GROUP_WORDS
        while end < len(order) and int(sorted_degree[end]) * (end + 1 - start) <= GROUP_WORDS:
            end = int(np.searchsorted(sorted_degree, sorted_degree[end], side="right"))
        width = int(sorted_degree[end - 1])
        rows_per_block = max(1, BLOCK_WORDS // width)
        for first in range(start, end, rows_per_block):
            vertices = order[first : min(end, first + rows_per_block)]
            columns = np.arange(width)
            place = indptr[vertices][:, None] + columns[None, :]
            inside = columns[None, :] < degree[vertices][:, None]
            neighbours = np.where(inside, indices[np.minimum(place, len(indices) - 1)], n).astype(index)
            groups.append((vertices.astype(np.intp), neighbours))
        start = end
    return Layout(n, tuple(groups))


def layout_of(graph: nx.Graph | None, converted: ig.Graph) -> Layout:
    """The :class:`Layout` of ``converted``, the simple undirected igraph copy of ``graph`` (None: not
    known; vertex numbers alike): from a landscape projection's link arrays, else igraph's edge list. Kept per frozen graph
    (:mod:`.memo`) up to :data:`KEPT_LINKS` links; above that the caller's search is the only one."""
    from ..projection import projection_of
    from . import memo

    def build() -> Layout:
        projection = projection_of(graph)
        if projection is not None:
            return layout(projection.source, projection.target, converted.vcount())
        edges = np.asarray(converted.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        return layout(edges[:, 0], edges[:, 1], converted.vcount())

    if graph is None or converted.ecount() > KEPT_LINKS:
        return build()
    return memo.once(graph, ("bitsearch layout",), build)


def undirected_layout(graph: nx.Graph | None, converted: ig.Graph) -> Layout | None:
    """:func:`layout_of` ``converted`` when it is undirected, else None (the caller searches with igraph)."""
    return None if converted.is_directed() else layout_of(graph, converted)


def reached(lay: Layout, sources: list[int] | np.ndarray, blocked: np.ndarray | None = None) -> Iterator[np.ndarray]:
    """For d = 1, 2, ...: the (words, n) bitsets of the (source, vertex) pairs at distance d (bit j % 64 of
    word j // 64 for the j-th source), until no pair is left; ``blocked`` (booleans by vertex) are left
    out of the graph (no source among them). Raises :class:`TooDeep` past :data:`MAX_LEVELS` steps.
    The arrays yielded are the search's own: read them before asking for the next."""
    n = lay.n
    k = len(sources)
    words = max(1, (k + 63) // 64)
    seen = np.zeros((words, n + 1), dtype=np.uint64)
    number = np.arange(k)
    seen[number // 64, np.asarray(sources, dtype=np.intp)] |= np.left_shift(_ONE, (number % 64).astype(np.uint64))
    frontier = seen.copy()
    fresh = np.empty_like(seen)
    free = None if blocked is None else np.flatnonzero(np.asarray(blocked, dtype=bool))
    largest = max((neighbours.size for _, neighbours in lay.groups), default=0)
    scratch = np.empty(largest, dtype=np.uint64)  # one gather buffer, viewed in each group's shape
    for _ in range(MAX_LEVELS):
        fresh[:] = 0
        for vertices, neighbours in lay.groups:
            if words * neighbours.size <= GROUP_WORDS:  # small: all words in one call
                fresh[:, vertices] = np.bitwise_or.reduce(frontier[:, neighbours.astype(np.intp)], axis=2)
                continue
            buffer = scratch[: neighbours.size].reshape(neighbours.shape)
            wide = neighbours.astype(np.intp)  # kept in 32 bits (half the memory), taken with numpy's own index type
            for word in range(words):
                np.take(frontier[word], wide, out=buffer)
                fresh[word, vertices] = np.bitwise_or.reduce(buffer, axis=1)
        np.bitwise_and(fresh, ~seen, out=fresh)
        if free is not None:
            fresh[:, free] = 0
        if not fresh.any():
            return
        seen |= fresh
        frontier, fresh = fresh, frontier
        yield frontier[:, :n]
    raise TooDeep


def distance_levels(lay: Layout, sources: list[int] | np.ndarray, blocked: np.ndarray | None = None) -> np.ndarray:
    """Distances from each of ``sources`` to every vertex as a (sources, n) array of small whole numbers
    (0 at the source, :data:`UNREACHED` where not reached), searched :data:`PASS_WORDS` x 64 sources at a time."""
    sources = np.asarray(sources, dtype=np.intp)
    n = lay.n
    found = np.empty((len(sources), n), dtype=np.uint8)
    words = int(np.clip(PASS_BYTES // (64 * max(n, 1)), 1, PASS_WORDS))
    for start in range(0, len(sources), 64 * words):
        part = sources[start : start + 64 * words]
        width = (len(part) + 63) // 64
        levels = np.full((width, n, 64), UNREACHED, dtype=np.uint8)  # word, vertex, bit: as the bits unpack
        for level, bits in enumerate(reached(lay, part, blocked), start=1):
            unpacked = np.unpackbits(bits.view(np.uint8).reshape(width, n, 8), axis=2, bitorder="little")
            np.copyto(levels, level, where=unpacked.view(bool))
        found[start : start + len(part)] = levels.transpose(0, 2, 1).reshape(width * 64, n)[: len(part)]
    found[np.arange(len(sources)), sources] = 0
    return found


def levels_or_none(
    lay: Layout | None, sources: list[int] | np.ndarray, blocked: np.ndarray | None = None
) -> np.ndarray | None:
    """:func:`distance_levels`, or None when there is no layout or the graph is too deep for it
    (:class:`TooDeep`): the caller then searches with igraph."""
    if lay is None:
        return None
    try:
        return distance_levels(lay, sources, blocked)
    except TooDeep:
        return None


def as_distances(levels: np.ndarray) -> np.ndarray:
    """:func:`distance_levels` as igraph's ``distances`` gives them: floats, inf where not reached."""
    return np.where(levels == UNREACHED, np.inf, levels.astype(float))


def counts_by_source(levels: np.ndarray) -> np.ndarray:
    """Per row of :func:`distance_levels`: how many vertices lie at distance d = 1, 2, ... (columns)."""
    depth = int(levels[levels != UNREACHED].max(initial=0))
    counts = np.zeros((len(levels), depth), dtype=np.int64)
    for d in range(1, depth + 1):
        counts[:, d - 1] = (levels == d).sum(axis=1)
    return counts


def counts_by_distance(lay: Layout, sources: list[int] | np.ndarray, blocked: np.ndarray | None = None) -> np.ndarray:
    """Per vertex (rows) and distance d = 1, 2, ... (columns): how many of ``sources`` are that far from it,
    searched :data:`PASS_WORDS` x 64 sources at a time."""
    sources = np.asarray(sources, dtype=np.intp)
    found: list[np.ndarray] = []
    step = 64 * PASS_WORDS
    for start in range(0, len(sources), step):
        for d, bits in enumerate(reached(lay, sources[start : start + step], blocked)):
            if d == len(found):
                found.append(np.zeros(lay.n, dtype=np.int64))
            found[d] += np.bitwise_count(bits).sum(axis=0, dtype=np.int64)
    return np.column_stack(found) if found else np.zeros((lay.n, 0), dtype=np.int64)


def sums_by_source(
    lay: Layout, sources: list[int] | np.ndarray, blocked: np.ndarray | None = None, every: bool = False
) -> np.ndarray:
    """Per source, the sum of 1 / d over the vertices it reaches (:func:`ordered_sums`: igraph's harmonic
    centrality of the graph without ``blocked``, to the last bit). ``every``: the sources are every vertex
    not blocked, so a vertex's counts by distance are its own as a source (distances are symmetric) and no
    distances are kept."""
    if every:
        return ordered_sums(counts_by_distance(lay, sources, blocked)[np.asarray(sources, dtype=np.intp)])
    return ordered_sums(counts_by_source(distance_levels(lay, sources, blocked)))


def ordered_sums(counts: np.ndarray) -> np.ndarray:
    """Per row of counts by distance (column c: distance c + 1), the sum of 1 / d over the vertices counted,
    added one at a time from the nearest: the sums igraph's harmonic centrality makes (it adds 1 / d in the
    order its breadth-first search reaches the vertices), to the last bit."""
    rows, depth = counts.shape
    if depth == 0 or rows == 0:
        return np.zeros(rows)
    inverse = np.append(1.0 / np.arange(1, depth + 1), 0.0)
    reached = counts.sum(axis=1)
    width = max(int(reached.max()), 1)
    # each row: 1 / d once per vertex counted at distance d, nearest first, then zeros (x + 0.0 is x)
    blocks = np.column_stack([counts, width - reached])
    sums = np.empty(rows)
    step = max(1, (1 << 19) // width)
    for start in range(0, rows, step):
        part = blocks[start : start + step]
        values = np.repeat(np.tile(inverse, len(part)), part.ravel()).reshape(len(part), width)
        sums[start : start + step] = np.add.accumulate(values, axis=1)[:, -1]
    return sums


from .._public import public_dir

__all__ = [
    "MAX_LEVELS",
    "PADDING",
    "BLOCK_WORDS",
    "GROUP_WORDS",
    "PASS_WORDS",
    "PASS_BYTES",
    "UNREACHED",
    "KEPT_LINKS",
    "layout_of",
    "undirected_layout",
    "levels_or_none",
    "TooDeep",
    "Layout",
    "layout",
    "reached",
    "distance_levels",
    "as_distances",
    "counts_by_source",
    "sums_by_source",
    "counts_by_distance",
    "ordered_sums",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
