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
from partnernet.language.notes import say as said_notes


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
        assert eigenvector(graph, None) == pytest.approx([8**-0.5] * 8)
    graph = nx.disjoint_union(graph, nx.path_graph(3))
    assert eigenvector(graph, None) == pytest.approx([8**-0.5] * 8 + [0, 0, 0])


@pytest.mark.parametrize("seed", range(30))
def test_sampled_df_of_every_candidate_equals_scoring_each_set(seed):
    from partnernet.analysis import dfsample
    from partnernet.analysis.keyplayers import _Scorer
    from partnernet.igraph_bridge import to_igraph

    rng = random.Random(seed)
    graph = nx.gnp_random_graph(rng.randint(20, 120), rng.uniform(0.02, 0.15), seed=seed)
    if seed % 3 == 0:  # a second component
        graph = nx.disjoint_union(graph, nx.path_graph(5))
    converted, _ = to_igraph(graph, None)
    n = converted.vcount()
    sample = sorted(rng.sample(range(n), rng.randint(2, 30)))
    removed = set(rng.sample(range(n), rng.randint(0, 3)))
    candidates = [v for v in range(n) if v not in removed][: rng.randint(2, 25)]
    each = _Scorer(converted, "DF", sample)
    expected = [each.score(removed | {v}) for v in candidates]
    found = dfsample.sampled_df_without_each(converted, removed, candidates, sample)
    assert found == pytest.approx(expected, abs=1e-12)


def test_sampled_key_player_search_finds_the_same_sets_as_scoring_each_set(monkeypatch):
    import partnernet as pn
    from partnernet.analysis import keyplayers

    graph = nx.connected_watts_strogatz_graph(400, 6, 0.1, seed=3)  # above LARGE_GRAPH_NODES: sampled DF
    fast = pn.key_players(graph, k=2, criterion="DF")
    monkeypatch.setattr(keyplayers, "sampled_df_without_each", lambda *args: None)
    slow = pn.key_players(graph, k=2, criterion="DF")
    assert fast["players"] == slow["players"] and fast["score"] == pytest.approx(slow["score"], abs=1e-12)
    assert "sampled sources" in said_notes(fast["note"], "en")


@pytest.mark.parametrize("criterion", ["F", "DF"])
def test_equal_key_players_go_to_the_smaller_id_whatever_the_file_order(criterion):
    import partnernet as pn

    edges = [("m", "b"), ("m", "a")] + [("b", f"b{i}") for i in range(3)] + [("a", f"a{i}") for i in range(3)]
    for order in (edges, edges[::-1]):
        graph = nx.Graph(order)  # "b" or "a" first in the node order
        found = pn.key_players(graph, k=1, criterion=criterion)
        assert found["players"] == ["a"]
        assert found["individual"].index[:2].tolist() == ["a", "b"]


@pytest.mark.parametrize("seed", range(12))
def test_closed_triads_from_triangles_equal_the_definition(monkeypatch, seed):
    """The sparse (large-graph) brokerage count of undirected graphs against Gould & Fernandez pair by pair."""
    import pandas as pd

    import partnernet as pn
    from partnernet.analysis import brokerage, matrices
    from test_brokerage import brute_force

    rng = random.Random(seed)
    graph = nx.gnp_random_graph(rng.randint(10, 45), rng.uniform(0.05, 0.5), seed=seed)
    graph.add_edges_from(nx.complete_graph(range(5)).edges)  # a clique: many triangles
    groups = {v: "abcdefg"[(v * 5 + seed) % rng.randint(1, 7)] for v in graph}
    monkeypatch.setattr(brokerage, "DENSE_WORK", 0)
    monkeypatch.setattr(matrices, "ROWS_PER_CHUNK", rng.choice([3, 50_000]))
    if seed % 2:
        monkeypatch.setattr(brokerage, "DENSE_KEYS", 0)  # totals per chunk instead of one array
    ours = pn.brokerage(graph, groups, sna_compatible=True)
    pd.testing.assert_frame_equal(ours, brute_force(graph, groups), check_names=False)
