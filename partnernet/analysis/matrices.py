"""Sparse matrices of a graph, shared by the analyses that count paths of length two."""

from __future__ import annotations

import networkx as nx
import numpy as np
from scipy import sparse

from ..projection import adjacency_matrix, projection_of

ROWS_PER_CHUNK = 50_000
#: Stored entries of the two rows' ends per chunk of :func:`row_product_chunks` (some 60 MB of work arrays).
ENTRIES_PER_CHUNK = 4_000_000


def adjacency(graph: nx.Graph, weight: str | None = None) -> sparse.csr_matrix:
    """Adjacency matrix in the order of ``graph.nodes``, without self-loops.

    ``A[i, j]`` is the ``weight`` of the edge i -> j (1 when ``weight`` is
    None or the edge has no such attribute); undirected graphs give a
    symmetric matrix. Not kept: a national person projection's is 50 MB,
    four times the nation's 180 MB, for the rest of the report.
    """
    projection = projection_of(graph)
    if projection is not None:  # from the arrays (without building the node dictionary); no self-loops
        return projection.matrix(weight)
    if len(graph) == 0:
        return sparse.csr_matrix((0, 0))
    matrix = adjacency_matrix(graph, weight)
    matrix.setdiag(0)
    matrix.eliminate_zeros()
    return matrix


def undirected_edges(graph: nx.Graph, weight: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each tie of an undirected graph once: vertex numbers ``u`` < ``v`` (graph order) and its ``weight``
    (1 for None), without self-loops. A projection's come from its arrays, with no n x n matrix at all
    (four times the nation's person projection as a float matrix: 180 MB, and as much again to build)."""
    projection = projection_of(graph)
    if projection is not None:
        return projection.source, projection.target, projection.values(weight)
    upper = sparse.triu(adjacency(graph, weight), k=1).tocoo()
    return upper.row, upper.col, upper.data.astype(float)


def per_group(u: np.ndarray, v: np.ndarray, weight: np.ndarray, code: np.ndarray, groups: int) -> np.ndarray:
    """Dense n x groups: per node the summed ``weight`` of its undirected ties to each group."""
    n = len(code)
    found = np.bincount(np.asarray(u, dtype=np.int64) * groups + code[v], weights=weight, minlength=n * groups)
    found += np.bincount(np.asarray(v, dtype=np.int64) * groups + code[u], weights=weight, minlength=n * groups)
    return found.reshape(n, groups)


def tie_count(graph: nx.Graph) -> int:
    """Stored entries of :func:`adjacency`: directed ties, an undirected edge counting both ways."""
    projection = projection_of(graph)
    if projection is not None:
        return 2 * len(projection.source)
    return adjacency(graph).nnz


def indicator(codes: np.ndarray, size: int) -> sparse.csr_matrix:
    """Sparse 0/1 matrix with a 1 at (node, its group code)."""
    n = len(codes)
    return sparse.csr_matrix((np.ones(n), (np.arange(n), codes)), shape=(n, size))


def row_product_chunks(left: sparse.csr_matrix, right: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray):
    """Element-wise products of ``left[rows[e]]`` and ``right[cols[e]]``, one row per e, in chunks.

    Yields (first e of the chunk, sparse matrix of the chunk's rows). Row e
    holds, for every k, ``left[rows[e], k] * right[cols[e], k]``: for an edge
    (i, j) the common neighbours k of i and j. Work grows with the degrees
    of the edge ends, not with n squared; memory with one chunk: at most
    ``ROWS_PER_CHUNK`` rows whose two ends have at most ``ENTRIES_PER_CHUNK``
    stored entries together (a single row may have more).
    """
    entries = np.diff(left.indptr)[rows].astype(np.int64) + np.diff(right.indptr)[cols]
    for start, stop in _chunks(entries):
        yield start, sparse.csr_matrix(left[rows[start:stop]].multiply(right[cols[start:stop]]))


def _chunks(entries: np.ndarray):
    """(start, stop) of consecutive runs of rows, each with at most ``ROWS_PER_CHUNK`` rows and
    ``ENTRIES_PER_CHUNK`` entries (or one row)."""
    total = np.concatenate([[0], np.cumsum(entries)])
    start = 0
    while start < len(entries):
        stop = int(np.searchsorted(total, total[start] + ENTRIES_PER_CHUNK, side="right")) - 1
        stop = min(max(stop, start + 1), start + ROWS_PER_CHUNK, len(entries))
        yield start, stop
        start = stop


def row_dots(left: sparse.csr_matrix, right: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``(left @ right.T)[rows[e], cols[e]]`` for each e, without the full product."""
    parts = [np.asarray(part.sum(axis=1)).ravel() for _, part in row_product_chunks(left, right, rows, cols)]
    return np.concatenate(parts) if parts else np.zeros(0)


from .._public import public_dir

__all__ = [
    "ROWS_PER_CHUNK",
    "ENTRIES_PER_CHUNK",
    "adjacency",
    "undirected_edges",
    "per_group",
    "tie_count",
    "indicator",
    "row_product_chunks",
    "row_dots",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
