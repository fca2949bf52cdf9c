"""Projections equal networkx's bipartite projections (Davis southern women)."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from networkx.algorithms import bipartite

import partnernet as pn

PROJECTIONS = {
    "shared": bipartite.weighted_projected_graph,
    "newman": bipartite.collaboration_weighted_projected_graph,
    "jaccard": bipartite.overlap_weighted_projected_graph,
}


@pytest.fixture(scope="module")
def davis():
    graph = nx.davis_southern_women_graph()
    women, events = graph.graph["top"], graph.graph["bottom"]
    land = pn.Landscape.from_tables(
        organisations=pd.DataFrame({"id": women}),
        bodies=pd.DataFrame({"id": events}),
        memberships=pd.DataFrame(
            [(w, e) for w, e in graph.edges() if w in set(women)]
            + [(w, e) for e, w in graph.edges() if w in set(women)],
            columns=["member", "body"],
        ),
    )
    return graph, women, events, land


@pytest.mark.parametrize("weight", list(PROJECTIONS))
def test_projection_equals_networkx(davis, weight):
    graph, women, events, land = davis
    ours = land.graph("organisations", weight=weight)
    theirs = PROJECTIONS[weight](graph, women)
    assert set(ours.nodes) == set(theirs.nodes)
    assert {frozenset(e) for e in ours.edges} == {frozenset(e) for e in theirs.edges}
    for u, v, data in theirs.edges(data=True):
        assert ours[u][v]["weight"] == pytest.approx(data["weight"], rel=1e-12)


@pytest.mark.parametrize("weight", list(PROJECTIONS))
def test_body_projection_equals_networkx(davis, weight):
    graph, women, events, land = davis
    ours = land.graph("bodies", weight=weight)
    theirs = PROJECTIONS[weight](graph, events)
    assert {frozenset(e) for e in ours.edges} == {frozenset(e) for e in theirs.edges}
    for u, v, data in theirs.edges(data=True):
        assert ours[u][v]["weight"] == pytest.approx(data["weight"], rel=1e-12)


def test_published_davis_values(davis):
    land = davis[3]
    shared = land.graph("organisations", weight="shared")
    assert shared.number_of_edges() == 139
    pair = ("Evelyn Jefferson", "Theresa Anderson")
    assert shared.edges[pair]["weight"] == 7
    assert land.graph("organisations", weight="newman").edges[pair]["weight"] == pytest.approx(1.4869, abs=1e-4)
    assert land.graph("organisations", weight="jaccard").edges[pair]["weight"] == pytest.approx(0.7778, abs=1e-4)
    assert land.graph("organisations", weight="jaccard").edges[pair]["shared"] == 7


def test_two_mode_graph_is_the_davis_graph(davis):
    graph, women, events, land = davis
    ours = land.graph("two-mode")
    assert {frozenset(e) for e in ours.edges} == {frozenset(e) for e in graph.edges}
    assert {ours.nodes[w]["kind"] for w in women} == {"organisation"}
    assert {ours.nodes[e]["kind"] for e in events} == {"body"}
    assert bipartite.is_bipartite_node_set(ours, women)
