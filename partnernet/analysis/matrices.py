"""Sparse matrices of a graph, shared by the analyses that count paths of length two."""

from __future__ import annotations

import networkx as nx
import numpy as np
from scipy import sparse

ROWS_PER_CHUNK = 50_000


def adjacency(graph: nx.Graph, weight: str | None = None) -> sparse.csr_matrix:
    """Adjacency matrix in the order of ``graph.nodes``, without self-loops.

    ``A[i, j]`` is the ``weight`` of the edge i -> j (1 when ``weight`` is
    None or the edge has no such attribute); undirected graphs give a
    symmetric matrix.
    """
    if len(graph) == 0:
        return sparse.csr_matrix((0, 0))
    matrix = sparse.csr_matrix(nx.to_scipy_sparse_array(graph, nodelist=list(graph.nodes),
                                                        weight=weight, format="csr"), dtype=float)
    matrix.setdiag(0)
    matrix.eliminate_zeros()
    return matrix


def indicator(codes: np.ndarray, size: int) -> sparse.csr_matrix:
    """Sparse 0/1 matrix with a 1 at (node, its group code)."""
    n = len(codes)
    return sparse.csr_matrix((np.ones(n), (np.arange(n), codes)), shape=(n, size))


def row_products(left: sparse.csr_matrix, right: sparse.csr_matrix,
                 rows: np.ndarray, cols: np.ndarray) -> sparse.csr_matrix:
    """Element-wise product of ``left[rows[e]]`` and ``right[cols[e]]``, one row per e.

    Row e holds, for every k, ``left[rows[e], k] * right[cols[e], k]``: for
    an edge (i, j) the common neighbours k of i and j. Work and memory grow
    with the degrees of the edge ends, not with n squared; edges are
    processed in chunks.
    """
    parts = [left[rows[start:start + ROWS_PER_CHUNK]].multiply(right[cols[start:start + ROWS_PER_CHUNK]])
             for start in range(0, len(rows), ROWS_PER_CHUNK)]
    if not parts:
        return sparse.csr_matrix((0, left.shape[1]))
    return sparse.csr_matrix(sparse.vstack(parts))


def row_dots(left: sparse.csr_matrix, right: sparse.csr_matrix,
             rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``(left @ right.T)[rows[e], cols[e]]`` for each e, without the full product."""
    return np.asarray(row_products(left, right, rows, cols).sum(axis=1)).ravel()
