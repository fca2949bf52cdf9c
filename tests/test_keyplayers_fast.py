"""The fast key-player paths of issue 17 (part A) give the results of plain recomputation.

Each test compares the fast code with a straightforward reference: networkx
breadth-first searches on a copy of the graph without the removed nodes.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnernet.analysis import dfsample
from partnernet.igraph_bridge import to_igraph


def plain_sampled_df(graph: nx.Graph, removed: set, sample: list[int]) -> float:
    """DF of ``graph`` without ``removed`` from the sampled sources left, scaled to all pairs (networkx)."""
    rest = graph.subgraph(set(graph) - removed)
    n = rest.number_of_nodes()
    sources = [s for s in sample if s not in removed]
    reached = sum(1.0 / d for s in sources for t, d in nx.single_source_shortest_path_length(rest, s).items() if d)
    return 1.0 - reached * n / len(sources) / (n * (n - 1))


@st.composite
def graphs_with_a_search(draw):
    """A small graph (random, tree-like, long paths or cliques in a row, sometimes in pieces), sampled
    sources, a removed set and candidates."""
    kind = draw(st.sampled_from(["gnp", "tree", "path", "cliques", "star"]))
    seed = draw(st.integers(0, 10_000))
    size = draw(st.integers(4, 40))
    if kind == "gnp":
        graph = nx.gnp_random_graph(size, draw(st.floats(0.05, 0.5)), seed=seed)
    elif kind == "tree":
        graph = nx.random_labeled_tree(size, seed=seed)
    elif kind == "path":
        graph = nx.path_graph(size)
    elif kind == "cliques":
        graph = nx.ring_of_cliques(max(2, size // 5), 4) if size % 2 else nx.barbell_graph(4, size // 3)
    else:
        graph = nx.star_graph(size)
    if draw(st.booleans()):
        graph = nx.disjoint_union(graph, nx.path_graph(draw(st.integers(1, 5))))
    graph = nx.convert_node_labels_to_integers(graph)
    nodes = list(graph)
    removed = set(draw(st.lists(st.sampled_from(nodes), max_size=3)))
    left = [v for v in nodes if v not in removed]
    sample = sorted(set(draw(st.lists(st.sampled_from(nodes), min_size=2, max_size=len(nodes)))))
    candidates = draw(st.lists(st.sampled_from(left), min_size=1, max_size=12, unique=True)) if left else []
    return graph, removed, sample, candidates


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs_with_a_search())
def test_df_without_each_candidate_equals_searching_the_graph_without_it(case):
    graph, removed, sample, candidates = case
    converted, _ = to_igraph(graph, None)
    found = dfsample.sampled_df_without_each(converted, removed, candidates, sample)
    left = graph.number_of_nodes() - len(removed)
    if found is None:  # fewer than two sources left, or too few nodes
        assert len([s for s in sample if s not in removed]) < 2 or left < 3
        return
    expected = []
    for v in candidates:
        gone = removed | {v}
        expected.append(plain_sampled_df(graph, gone, sample) if len([s for s in sample if s not in gone]) else np.nan)
    assert found == pytest.approx(expected, abs=1e-12, nan_ok=True)


@pytest.mark.parametrize("seed", range(12))
def test_parent_counts_equal_counting_each_link(seed):
    graph = nx.gnp_random_graph(30 + seed, 0.08, seed=seed)
    graph = nx.disjoint_union(graph, nx.path_graph(4))  # nodes the sources do not reach
    converted, _ = to_igraph(graph, None)
    sources = list(range(0, graph.number_of_nodes(), 3))
    distance = np.asarray(converted.distances(source=sources), dtype=float)
    indptr, neighbours = dfsample._adjacency(dfsample.edge_array(converted), converted.vcount())
    counts = dfsample._parent_counts(np.ascontiguousarray(distance.T), indptr, neighbours)
    for j in range(len(sources)):
        for v in range(converted.vcount()):
            near = neighbours[indptr[v] : indptr[v + 1]]
            expected = int(np.sum(distance[j, near] == distance[j, v] - 1)) if np.isfinite(distance[j, v]) else 0
            assert counts[v, j] == expected


def plain_staying_df(graph: nx.Graph, staying: set, paths_of: nx.Graph) -> float:
    """DF among the ``staying`` nodes with the shortest paths of ``paths_of`` (networkx)."""
    n = len(staying)
    reached = sum(
        1.0 / d
        for s in staying
        for t, d in nx.single_source_shortest_path_length(paths_of, s).items()
        if d and t in staying
    )
    return 1.0 - reached / (n * (n - 1))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs_with_a_search())
def test_removal_effect_equals_searching_from_every_staying_node(case):
    from partnernet.analysis.cohesion import removal_effect

    graph, removed, _, candidates = case
    gone = removed | set(candidates[:1])
    staying = set(graph) - gone
    if len(staying) < 2:
        return
    effect = removal_effect(nx.freeze(graph.copy()), gone)
    assert effect["DF_before"] == pytest.approx(plain_staying_df(graph, staying, graph), abs=1e-12)
    assert effect["DF_after"] == pytest.approx(plain_staying_df(graph, staying, graph.subgraph(staying)), abs=1e-12)


@pytest.mark.parametrize(("level", "criterion", "k"), [("persons", "F", 2), ("organisations", "DF", 3)])
def test_key_players_after_fragmentation_equal_key_players_alone(monkeypatch, level, criterion, k):
    """pn.fragmentation's searches and removal effects, which key players reuse, give the same result."""
    import partnernet as pn
    from partnernet.analysis import keyplayers, paths

    monkeypatch.setattr(keyplayers, "LARGE_GRAPH_NODES", 10)  # DF from sampled sources ...
    monkeypatch.setattr(paths, "WORK_LIMIT", 100)  # ... and final scores from pn.fragmentation's sample
    monkeypatch.setattr(paths, "MIN_SAMPLES", 8)
    monkeypatch.setattr(keyplayers, "DF_SAMPLE_SOURCES", 12)
    alone = pn.key_players(pn.load("data/regio-voorbeeld").at("2026-01-01"), k, criterion, level=level)
    land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    after = pn.fragmentation(land, level=level, key_players=k, criterion=criterion)["key_players"]
    for field in ("players", "dropped", "effect", "top_individuals_score"):
        assert after[field] == alone[field], field
    for field in ("score", "score_error", "intact"):
        assert after[field] == pytest.approx(alone[field], abs=1e-12), field
    pd.testing.assert_frame_equal(after["individual"], alone["individual"], check_exact=False, atol=1e-12)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_removal_effect_of_the_key_players_reuses_their_final_searches(monkeypatch, seed):
    """key_players' effect (removal_effect of the set found) takes DF after the removal from the searches
    that scored the set (cohesion.sums_without, kept per frozen graph): no search is made twice, and the
    figures equal a plain networkx computation."""
    from partnernet._igraph import ig
    from partnernet.analysis import cohesion
    from partnernet.analysis.keyplayers import key_players

    graph = nx.freeze(nx.connected_watts_strogatz_graph(60, 4, 0.2, seed=seed))
    searched: list = []
    original = ig.Graph.harmonic_centrality

    def counting(self, *args, **kwargs):
        searched.append((self.vcount(), str(kwargs.get("vertices"))))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ig.Graph, "harmonic_centrality", counting)
    found = key_players(graph, 2, "DF")
    players = set(found["players"])
    staying = set(graph) - players
    assert found["effect"]["DF_after"] == pytest.approx(
        plain_staying_df(graph, staying, graph.subgraph(staying)), abs=1e-12
    )
    assert found["score"] == found["effect"]["DF_after"]  # the same sum, the same pairs
    before = len(searched)
    again = cohesion.removal_effect(graph, players)
    assert len(searched) == before  # the memo answered
    assert again["DF_after"] == found["effect"]["DF_after"]
