"""What removing each vertex leaves of its component, from one depth-first search of a sparse matrix.

The key-player search by fragmentation F needs, for the graph without the
set found so far, the pieces each vertex's component falls into without
it. :func:`partnernet.analysis.resilience.removal_effects` finds them from
igraph's blocks, which needs an igraph copy of the graph without the set
(on a national person projection half a second per set, most of it
building the copy). Here the set's rows are dropped from a sparse matrix
and one depth-first search (scipy, in C) numbers the rest: a child c of v
in the search tree hangs on v alone when no link from c's subtree reaches
above v (low(c) >= pre(v); Hopcroft & Tarjan 1973), so without v its
subtree is a piece of its own, and what is left of the component is one
more piece. The sizes are whole numbers, so F is the same as from the
blocks, to the last bit.

Reference
---------
Hopcroft, J., & Tarjan, R. (1973). Efficient algorithms for graph manipulation.
    Communications of the ACM 16(6):372-378.
"""

from __future__ import annotations

import numpy as np


def piece_pairs_without_each(
    indptr: np.ndarray, indices: np.ndarray, alive: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int]:
    """For the undirected simple graph of the symmetric CSR (``indptr``, ``indices``) restricted to the
    vertices ``alive`` (booleans): per vertex its component's size and the sum of s (s - 1) over the
    pieces s its component falls into without it (0 for vertices not alive), and the sum of s (s - 1)
    over all components. Integer arrays by vertex number."""
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components, depth_first_order

    n = len(alive)
    alive = np.asarray(alive, dtype=bool)
    degree = np.diff(indptr)
    keep = np.repeat(alive, degree)  # links of vertices alive ...
    keep &= alive[indices]  # ... to vertices alive
    lengths = np.where(alive, degree, 0)
    for gone in np.flatnonzero(~alive).tolist():  # (undirected, no link twice)
        np.subtract.at(lengths, indices[indptr[gone] : indptr[gone + 1]], 1)
    lengths[~alive] = 0
    index: type[np.signedinteger] = np.int32 if len(indices) + n < 2**31 else np.int64
    pointer = np.zeros(n + 2, dtype=index)  # one more vertex, n: a root above the first vertex of each component
    np.cumsum(lengths, out=pointer[1 : n + 1])
    links = int(pointer[n])
    count, label = connected_components(
        sparse.csr_matrix(
            (np.ones(links, dtype=np.int8), indices[keep].astype(index, copy=False), pointer[: n + 1]), shape=(n, n)
        ),
        directed=True,
        connection="strong",  # the matrix is symmetric: the same components, without scipy's transposed copy
    )
    firsts = np.unique(label, return_index=True)[1]
    firsts = firsts[alive[firsts]]
    pointer[n + 1] = links + len(firsts)
    neighbours = np.empty(links + len(firsts), dtype=index)
    np.compress(keep, indices, out=neighbours[:links])
    neighbours[links:] = firsts
    del keep
    graph = sparse.csr_matrix((np.ones(len(neighbours), dtype=np.int8), neighbours, pointer), shape=(n + 1, n + 1))
    order, parent = depth_first_order(graph, n, directed=True, return_predecessors=True)
    pre = np.full(n + 1, n + 1, dtype=index)
    pre[order] = np.arange(len(order))
    # the lowest preorder number each vertex reaches by one link (its tree link up included: a child's subtree
    # hangs on its parent alone when it reaches nothing lower than the parent)
    low = pre[:n].astype(np.int64)
    has = lengths > 0
    if links:
        low[has] = np.minimum(low[has], np.minimum.reduceat(pre[neighbours[:links]], pointer[:n][has]))
    size = np.ones(n + 1, dtype=np.int64)
    low_list, size_list, parent_list = low.tolist() + [0], size.tolist(), parent.tolist()
    for v in order[:0:-1].tolist():  # children before parents: subtree sizes and lowest numbers reached
        up = parent_list[v]
        size_list[up] += size_list[v]
        if low_list[v] < low_list[up]:
            low_list[up] = low_list[v]
    size = np.asarray(size_list, dtype=np.int64)
    low = np.asarray(low_list, dtype=np.int64)
    component = np.zeros(n, dtype=np.int64)
    component_sizes = np.bincount(label[alive], minlength=count).astype(np.int64)
    component[alive] = component_sizes[label[alive]]
    children = order[1:]
    up = parent[children]
    inner = up != n  # the component roots hang under the added vertex
    children, up = children[inner], up[inner]
    apart = low[children] >= pre[up]  # the child's subtree reaches nothing above its parent
    alone, holder = size[children[apart]], up[apart]
    pairs = np.bincount(holder, weights=alone * (alone - 1), minlength=n).astype(np.int64)
    rest = np.where(alive, component - 1 - np.bincount(holder, weights=alone, minlength=n).astype(np.int64), 0)
    pairs += rest * (rest - 1)
    total = int((component_sizes * (component_sizes - 1)).sum())
    return component, pairs, total


from .._public import public_dir

__all__ = ["piece_pairs_without_each"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
