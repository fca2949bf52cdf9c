"""The igraph bridge keeps node ids and gives networkx's numbers."""

import networkx as nx
import pytest

from partnernet.igraph_bridge import to_igraph


def test_betweenness_matches_networkx_on_florentine():
    graph = nx.florentine_families_graph()
    converted, nodes = to_igraph(graph)
    n = len(nodes)
    raw = converted.betweenness()
    ours = {node: value * 2 / ((n - 1) * (n - 2)) for node, value in zip(nodes, raw)}
    theirs = nx.betweenness_centrality(graph)
    assert ours == pytest.approx(theirs)
    assert ours["Medici"] == pytest.approx(0.5220, abs=1e-4)


def test_weights_and_direction_are_kept():
    graph = nx.DiGraph()
    graph.add_edge("a", "b", weight=2.5)
    graph.add_edge("b", "c")
    converted, nodes = to_igraph(graph, weight="weight")
    assert converted.is_directed() and nodes == ["a", "b", "c"]
    assert converted.es["weight"] == [2.5, 1.0]
