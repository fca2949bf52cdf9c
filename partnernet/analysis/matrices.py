"""Sparse matrices of a graph, shared by the analyses that count paths of length two."""

from __future__ import annotations

import networkx as nx
import numpy as np
from scipy import sparse

from ..projection import adjacency_matrix

ROWS_PER_CHUNK = 50_000


def adjacency(graph: nx.Graph, weight: str | None = None) -> sparse.csr_matrix:
    """Adjacency matrix in the order of ``graph.nodes``, without self-loops.

    ``A[i, j]`` is the ``weight`` of the edge i -> j (1 when ``weight`` is
    None or the edge has no such attribute); undirected graphs give a
    symmetric matrix.
    """
    if len(graph) == 0:
        return sparse.csr_matrix((0, 0))
    matrix = adjacency_matrix(graph, weight)
    matrix.setdiag(0)
    matrix.eliminate_zeros()
    return matrix


def indicator(codes: np.ndarray, size: int) -> sparse.csr_matrix:
    """Sparse 0/1 matrix with a 1 at (node, its group code)."""
    n = len(codes)
    return sparse.csr_matrix((np.ones(n), (np.arange(n), codes)), shape=(n, size))


def row_product_chunks(left: sparse.csr_matrix, right: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray):
    """Element-wise products of ``left[rows[e]]`` and ``right[cols[e]]``, one row per e, in chunks.

    Yields (first e of the chunk, sparse matrix of the chunk's rows). Row e
    holds, for every k, ``left[rows[e], k] * right[cols[e], k]``: for an edge
    (i, j) the common neighbours k of i and j. Work grows with the degrees
    of the edge ends, not with n squared; memory with one chunk.
    """
    for start in range(0, len(rows), ROWS_PER_CHUNK):
        yield (
            start,
            sparse.csr_matrix(
                left[rows[start : start + ROWS_PER_CHUNK]].multiply(right[cols[start : start + ROWS_PER_CHUNK]])
            ),
        )


def row_dots(left: sparse.csr_matrix, right: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``(left @ right.T)[rows[e], cols[e]]`` for each e, without the full product."""
    parts = [np.asarray(part.sum(axis=1)).ravel() for _, part in row_product_chunks(left, right, rows, cols)]
    return np.concatenate(parts) if parts else np.zeros(0)
