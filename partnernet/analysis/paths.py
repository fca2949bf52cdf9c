"""Shortest-path measures on large graphs: exact, or estimated from a sample of source nodes.

Betweenness, closeness and distance-weighted fragmentation need a
breadth-first search from every node, O(n m) work: on a national person
projection (25,000 persons, two million links) exact betweenness takes
several minutes. Above :data:`WORK_LIMIT` (searches x links) partnernet
runs the searches from a seeded random sample of k source nodes and scales
the totals by n / k. The estimator is unbiased, and with every node as a
source it is the exact value (Brandes & Pich 2007, "Centrality estimation
in large networks", International Journal of Bifurcation and Chaos
17(7):2303-2318; Eppstein & Wang 2004, "Fast approximation of centrality",
Journal of Graph Algorithms and Applications 8(1):39-45, for closeness).

The standard error of an estimate is the spread of the contributions of
the sources (for betweenness: of batches of sources) over the square root
of their number, with the finite-population correction sqrt(1 - k/n)
(zero when every node is a source).

Every search runs in igraph (C); distances are summed per chunk of
sources, never kept as an n x n matrix.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from .._igraph import ig
from ..errors import UsageError
from . import bitsearch, memo

#: Above this many (searches x links) the "auto" setting samples sources (about 1.5 s of betweenness).
WORK_LIMIT = 2e8
#: Sampled sources by default: as many as fit in the work limit, within these bounds.
MIN_SAMPLES, MAX_SAMPLES = 200, 500
#: Sampled betweenness runs in this many batches of sources (their spread gives the standard error).
BATCHES = 20
#: Distances are converted for this many (source, target) entries at a time.
CHUNK_ENTRIES = 2_000_000
#: :func:`distance_sums` converts fewer at a time: igraph hands them over as Python lists (about 36 bytes
#: an entry), while its per-source sums and whole-number totals do not depend on the chunks.
SUM_ENTRIES = 500_000
#: ... but at least this many sources per igraph call: each call first walks every link (igraph's adjacency
#: list), which on 4x the nation's person projection (7 million links, 5 sources per 500,000 entries) cost
#: as much as the searches of 3 sources; the sums per source do not depend on the chunks.
SOURCES_PER_CALL = 20


@dataclass(frozen=True)
class Sources:
    """The source nodes of the searches: every node (``vertices`` None) or a seeded sample."""

    vertices: tuple[int, ...] | None
    nodes: int
    seed: int = 0

    @property
    def exact(self) -> bool:
        return self.vertices is None

    @property
    def count(self) -> int:
        return self.nodes if self.vertices is None else len(self.vertices)

    def as_list(self) -> list[int]:
        return list(range(self.nodes)) if self.vertices is None else list(self.vertices)

    @property
    def correction(self) -> float:
        """Finite-population correction of a standard error: sqrt(1 - k/n)."""
        return float(np.sqrt(max(0.0, 1.0 - self.count / self.nodes))) if self.nodes else 0.0

    def sample(self) -> tuple[int, int, int] | None:
        """None when every node is a source, else (sources, nodes, seed): the value of a note's ``sample``."""
        return None if self.exact else (self.count, self.nodes, self.seed)


def choose_sources(
    nodes: int, links: int, exact: bool | None = None, samples: int | None = None, seed: int = 0
) -> Sources:
    """Every node as a source, or a seeded sample of them.

    ``exact=True``: every node. ``exact=False``: a sample of ``samples``
    nodes (default as for "auto"). ``exact=None`` ("auto"): every node
    unless ``nodes x links`` exceeds :data:`WORK_LIMIT`; then ``samples``, by
    default as many as fit in the limit, from :data:`MIN_SAMPLES` to
    :data:`MAX_SAMPLES`.
    """
    if exact not in (None, True, False):
        raise UsageError("bad_exact", value=repr(exact))
    if samples is not None and (isinstance(samples, bool) or not isinstance(samples, (int, np.integer)) or samples < 1):
        raise UsageError("bad_samples", value=repr(samples))
    if exact or nodes == 0 or (exact is None and float(nodes) * links <= WORK_LIMIT):
        return Sources(None, nodes, seed)
    wanted = (
        int(samples) if samples is not None else int(np.clip(WORK_LIMIT // max(links, 1), MIN_SAMPLES, MAX_SAMPLES))
    )
    if wanted >= nodes:
        return Sources(None, nodes, seed)
    chosen = np.random.default_rng(seed).choice(nodes, size=wanted, replace=False)
    return Sources(tuple(sorted(chosen.tolist())), nodes, seed)


class _Sums:
    """Running sums of per-source contributions, for a mean and its standard error."""

    def __init__(self, n: int):
        self.total, self.squares = np.zeros(n), np.zeros(n)

    def add(self, rows: np.ndarray) -> None:
        self.total += rows.sum(axis=0)
        self.squares += (rows * rows).sum(axis=0)

    def mean_and_error(self, counts, sources: Sources) -> tuple[np.ndarray, np.ndarray]:
        """Mean per vertex over ``counts`` contributions (missing ones are 0) and its standard error."""
        counts = np.asarray(counts, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(counts > 0, self.total / counts, 0.0)
            variance = np.where(counts > 1, (self.squares - counts * mean * mean) / (counts - 1), 0.0)
            error = np.sqrt(np.clip(variance, 0.0, None) / np.maximum(counts, 1)) * sources.correction
        return mean, error


def betweenness(graph: ig.Graph, sources: Sources, weights=None) -> tuple[np.ndarray, np.ndarray]:
    """Raw betweenness (igraph's units) of every vertex and its standard error.

    igraph's betweenness is the sum over sources s of each vertex's
    dependency on the shortest paths from s; from a sample it is n times
    the mean over the sampled sources. Exact (error 0) with every source.
    """
    n = graph.vcount()
    directed = graph.is_directed()
    if sources.exact or n == 0:
        return np.asarray(graph.betweenness(directed=directed, weights=weights), dtype=float), np.zeros(n)
    # Each igraph call costs a pass over all links before its searches: batches of sources
    # keep that overhead small, and the spread between batches gives the standard error.
    # Vertex numbers follow the input order (often by region): batches are drawn at random.
    shuffled = np.random.default_rng(sources.seed).permutation(np.asarray(sources.vertices))
    batches = np.array_split(shuffled, min(BATCHES, sources.count))
    totals = np.vstack(
        [graph.betweenness(directed=directed, weights=weights, sources=batch.tolist()) for batch in batches]
    )
    sizes = np.array([len(batch) for batch in batches], dtype=float)
    estimate = n * totals.sum(axis=0) / sources.count
    if len(batches) < 2:
        return estimate, np.zeros(n)
    per_batch = n * totals / sizes[:, None]
    error = np.std(per_batch, axis=0, ddof=1) / np.sqrt(len(batches)) * sources.correction
    return estimate, error


def harmonic(graph: ig.Graph, sources: Sources, weights=None) -> tuple[np.ndarray, np.ndarray]:
    """Sum of 1 / distance from every other vertex (in-distances for digraphs) and its standard error.

    From a sample: n - 1 times the mean of 1 / d(s, v) over the sampled
    sources s other than v.
    """
    n = graph.vcount()
    if sources.exact or n == 0:
        exact = np.asarray(graph.harmonic_centrality(mode="in", weights=weights, normalized=False), dtype=float)
        return exact, np.zeros(n)
    sums = _Sums(n)
    chosen = sources.as_list()
    step = max(1, CHUNK_ENTRIES // max(n, 1))
    for start in range(0, len(chosen), step):
        d = np.asarray(graph.distances(source=chosen[start : start + step], weights=weights, mode="out"), dtype=float)
        with np.errstate(divide="ignore"):
            sums.add(np.where(np.isfinite(d) & (d > 0), 1.0 / d, 0.0))
    others = sources.count - np.isin(np.arange(n), chosen)
    mean, error = sums.mean_and_error(others, sources)
    return (n - 1) * mean, (n - 1) * error


@dataclass(frozen=True)
class DistanceTotals:
    """Over ordered pairs (i, j), i != j, that can reach each other: sum of 1/d, sum of d, their number.

    ``inverse_error`` is the standard error of ``inverse`` (0 when exact); ``per_source`` the sum
    of 1/d from each sampled source (None when exact).
    """

    inverse: float
    total: float
    pairs: int
    inverse_error: float = 0.0
    per_source: np.ndarray | None = field(default=None, repr=False, compare=False)


def distance_totals(
    graph: ig.Graph, sources: Sources | None = None, lay: bitsearch.Layout | None = None
) -> DistanceTotals:
    """:class:`DistanceTotals` of ``graph``, exact or estimated from sampled sources.

    Links count in either direction. Exact (every source) from the histogram
    of path lengths, without materialising distances; from a sample of k
    sources the totals are scaled by n / k. ``lay``: the
    :func:`~partnernet.analysis.bitsearch.layout_of` of the undirected ``graph``, whose searches
    (:mod:`.bitsearch`, 64 sources at a time) then replace igraph's; the same distances, so the same totals.
    """
    if sources is None or sources.exact:
        return _histogram_totals(_path_lengths(graph, lay))
    n = graph.vcount()
    rows, total, pairs = distance_sums(graph, sources.as_list(), lay)
    scale = n / len(rows)
    error = n * np.std(rows, ddof=1) / np.sqrt(len(rows)) * sources.correction if len(rows) > 1 else 0.0
    return DistanceTotals(float(rows.sum()) * scale, total * scale, int(round(pairs * scale)), float(error), rows)


def _path_lengths(graph: ig.Graph, lay: bitsearch.Layout | None) -> list[tuple[int, int]]:
    """(d, number of unordered pairs at distance d) for d = 1, 2, ...: igraph's path-length histogram, or
    the same counts from one :mod:`.bitsearch` search from every vertex."""
    if lay is not None:
        try:
            counts = bitsearch.counts_by_distance(lay, np.arange(graph.vcount()))
        except bitsearch.TooDeep:
            pass
        else:
            return [(d, int(c) // 2) for d, c in enumerate(counts.sum(axis=0), start=1)]
    return [(int(start), count) for start, _, count in graph.path_length_hist(directed=False).bins()]


def _histogram_totals(bins: list[tuple[int, int]]) -> DistanceTotals:
    """:class:`DistanceTotals` from the path-length histogram ``bins`` (unordered pairs per distance)."""
    return DistanceTotals(
        2 * sum(count / d for d, count in bins),
        2 * sum(count * d for d, count in bins),
        int(2 * sum(count for _, count in bins)),
    )


def kept_distance_totals(graph: nx.Graph, converted: ig.Graph, sources: Sources) -> DistanceTotals:
    """:func:`distance_totals` of ``converted`` (igraph's copy of ``graph``), computed once per graph:
    the fragmentation analysis, its what-if scenarios and the key players' effect share them."""
    return memo.once(
        graph,
        ("distances", sources),
        lambda: distance_totals(converted, sources, bitsearch.undirected_layout(graph, converted)),
    )


def known_distance_totals(graph: nx.Graph, sources: Sources) -> DistanceTotals | None:
    """:func:`kept_distance_totals` if they were computed for ``graph`` already, else None."""
    return memo.known(graph, ("distances", sources))


def distance_sums(
    graph: ig.Graph, sources: list[int], lay: bitsearch.Layout | None = None
) -> tuple[np.ndarray, float, int]:
    """From each source: the sum of 1 / d to the vertices it reaches (an array); over all sources
    the sum of d and the number of (source, target) pairs reached. Distances in chunks; with ``lay``
    (see :func:`distance_totals`) from :mod:`.bitsearch`."""
    n = graph.vcount()
    per_source, total, pairs = [np.zeros(0)], 0.0, 0
    step = max(1, SOURCES_PER_CALL, SUM_ENTRIES // max(n, 1))
    for start, d in _distance_chunks(graph, sources, step, lay):
        per_source.append(_inverse_rows(d))
        reached = np.isfinite(d) & (d > 0)
        total += float(d[reached].sum())
        pairs += int(reached.sum())
    return np.concatenate(per_source), total, pairs


def _distance_chunks(
    graph: ig.Graph, sources: list[int], step: int, lay: bitsearch.Layout | None
) -> Iterator[tuple[int, np.ndarray]]:
    """(start, distances from ``sources[start : start + step]``) for each chunk: igraph's ``distances``, or
    with ``lay`` from one :mod:`.bitsearch` search."""
    levels = bitsearch.levels_or_none(lay, sources)
    for start in range(0, len(sources), step):
        if levels is not None:
            yield start, bitsearch.as_distances(levels[start : start + step])
        else:
            part = sources[start : start + step]
            yield start, np.asarray(graph.distances(source=part, mode="all"), dtype=float).reshape(len(part), -1)


def _inverse_rows(d: np.ndarray) -> np.ndarray:
    """Per row of distances ``d``: the sum of 1 / d over the finite, positive entries."""
    reached = np.isfinite(d) & (d > 0)
    with np.errstate(divide="ignore"):
        return np.where(reached, 1.0 / d, 0.0).sum(axis=1)


def sums_with_and_without(
    graph: ig.Graph,
    remaining: ig.Graph | None,
    removed: list[int],
    sources: list[int],
    lay: bitsearch.Layout | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per source (vertices of the undirected ``graph``, none of them ``removed``): the sum of 1 / d to the
    vertices it reaches in ``graph`` and in ``remaining`` (``graph`` without ``removed``, the others in
    their order), from one set of searches: in ``remaining``, plus one search from each removed vertex.

    A shortest path of ``graph`` avoids the removed vertices (then ``remaining`` has it) or passes some
    removed r, so d(s, t) = min(d'(s, t), min_r d(r, s) + d(r, t)), with d' the distance in ``remaining``.
    The first array equals the rows of :func:`distance_sums` of ``graph`` (the same distances, summed
    alike); the key players' effect needed two sets of searches for these two sums before (a national
    person projection: 200 searches each in two million links).
    """
    n = graph.vcount()
    gone = np.zeros(n, dtype=bool)
    gone[removed] = True
    kept = np.flatnonzero(~gone)
    position = np.full(n, -1)
    position[kept] = np.arange(len(kept))
    chosen = np.asarray(sources, dtype=np.int64)
    via = np.asarray(graph.distances(source=list(removed), mode="all"), dtype=float).reshape(len(removed), n)
    levels = bitsearch.levels_or_none(
        lay, chosen, gone
    )  # the searches in ``remaining``, made in ``graph`` without the removed
    if levels is None and remaining is None:
        remaining = graph.induced_subgraph(kept.tolist(), implementation="create_from_scratch")
    before, after = [np.zeros(0)], [np.zeros(0)]
    step = max(1, SOURCES_PER_CALL, SUM_ENTRIES // max(n, 1))
    for start in range(0, len(chosen), step):
        part = chosen[start : start + step]
        if levels is not None:
            full = bitsearch.as_distances(levels[start : start + step])
            d = np.ascontiguousarray(full[:, kept])  # rows in memory order: numpy's pairwise sums, as igraph's rows
        else:
            assert remaining is not None
            d = np.asarray(remaining.distances(source=position[part].tolist(), mode="all"), dtype=float)
            d = d.reshape(len(part), len(kept))
            full = np.full((len(part), n), np.inf)
            full[:, kept] = d
        after.append(_inverse_rows(d))
        for row in via:  # paths through a removed vertex (whole numbers: the sums are exact)
            np.minimum(full, row[part][:, None] + row[None, :], out=full)
        before.append(_inverse_rows(full))
    return np.concatenate(before), np.concatenate(after)


# -- one computation per graph ---------------------------------------------------------


def hop_betweenness(graph: nx.Graph, converted: ig.Graph, sources: Sources) -> tuple[np.ndarray, np.ndarray]:
    """:func:`betweenness` counting hops on ``converted`` (igraph's copy of ``graph``), computed once.

    Centrality, key players and the robustness curve rank the same actors
    by the same betweenness, so a landscape's projection is searched once.
    """
    key = ("betweenness", "hops", sources, converted.is_simple())
    return memo.once(graph, key, lambda: betweenness(converted, sources))


from .._public import public_dir

__all__ = [
    "WORK_LIMIT",
    "MIN_SAMPLES",
    "MAX_SAMPLES",
    "BATCHES",
    "CHUNK_ENTRIES",
    "SUM_ENTRIES",
    "SOURCES_PER_CALL",
    "Sources",
    "choose_sources",
    "betweenness",
    "harmonic",
    "DistanceTotals",
    "distance_totals",
    "kept_distance_totals",
    "known_distance_totals",
    "distance_sums",
    "sums_with_and_without",
    "hop_betweenness",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
