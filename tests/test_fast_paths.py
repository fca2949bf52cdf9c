"""The fast paths of issue 17 give the results of the straightforward computations they replaced.

Each test builds seeded random graphs and compares the fast code with a plain
reference (a dense eigen-decomposition, a graph copy per candidate, networkx).
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from partnernet.analysis.centrality import eigenvector


def weighted_random_graph(seed: int) -> nx.Graph:
    rng = random.Random(seed)
    graph = nx.gnp_random_graph(rng.randint(3, 70), rng.uniform(0.03, 0.4), seed=seed)
    if seed % 3 == 0:  # a weaker second component
        graph = nx.disjoint_union(graph, nx.path_graph(3))
    for u, v in graph.edges:
        graph.edges[u, v]["weight"] = rng.randint(1, 5)
    return graph


def dense_eigenvector(graph: nx.Graph, weight: str) -> np.ndarray:
    """The leading eigenvector of the dense adjacency matrix, unit norm, non-negative sum."""
    values, vectors = np.linalg.eigh(nx.to_numpy_array(graph, weight=weight))
    vector = vectors[:, int(np.argmax(values))]
    vector = vector * (np.sign(vector.sum()) or 1.0) / np.linalg.norm(vector)
    return np.where(np.abs(vector) < 1e-12, 0.0, vector)


@pytest.mark.parametrize("seed", range(40))
def test_sparse_eigenvector_equals_the_dense_solution(seed):
    graph = weighted_random_graph(seed)
    if graph.number_of_edges() == 0:
        return
    leading = np.sort(np.linalg.eigvalsh(nx.to_numpy_array(graph, weight="weight")))[-2:]
    if np.isclose(*leading):  # a shared largest eigenvalue has no unique eigenvector to compare
        return
    assert eigenvector(graph, "weight") == pytest.approx(dense_eigenvector(graph, "weight"), abs=1e-9)


def test_eigenvector_of_two_equal_components_is_symmetric_every_time():
    graph = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    for _ in range(5):  # ARPACK restarts from random vectors when the start vector is an eigenvector
        assert eigenvector(graph, None) == pytest.approx([8 ** -0.5] * 8)
    graph = nx.disjoint_union(graph, nx.path_graph(3))
    assert eigenvector(graph, None) == pytest.approx([8 ** -0.5] * 8 + [0, 0, 0])
