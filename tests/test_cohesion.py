"""Fragmentation F, distance-weighted DF, density and distances: published values and networkx."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

import partnernet as pn
from partnernet.analysis import cohesion, paths
from partnernet.analysis.cohesion import structure_measures

from conftest import FIXTURES


def without(graph, *nodes):
    return graph.subgraph(set(graph) - set(nodes))


def networkx_measures(graph):
    """The straightforward computation: all-pairs shortest paths with networkx."""
    n = graph.number_of_nodes()
    distances = [d for u, row in nx.all_pairs_shortest_path_length(graph) for v, d in row.items() if u != v]
    sizes = [len(c) for c in nx.connected_components(graph)]
    return {
        "nodes": n,
        "links": graph.number_of_edges(),
        "components": len(sizes),
        "largest_component": max(sizes),
        "isolates": nx.number_of_isolates(graph),
        "density": nx.density(graph),
        "average_distance": sum(distances) / len(distances) if distances else math.nan,
        "fragmentation": 1 - sum(s * (s - 1) for s in sizes) / (n * (n - 1)),
        "distance_fragmentation": 1 - sum(1 / d for d in distances) / (n * (n - 1)),
    }


# -- Borgatti (2006) ----------------------------------------------------------


def test_kite_published_values():
    kite = nx.krackhardt_kite_graph()
    assert pn.distance_fragmentation(without(kite, 7)) == pytest.approx(0.4861, abs=5e-5)
    assert pn.distance_fragmentation(without(kite, 9)) == pytest.approx(0.2870, abs=5e-5)
    assert pn.fragmentation_index(without(kite, 7)) == pytest.approx(0.3889, abs=5e-5)


def test_florentine_published_values():
    families = nx.florentine_families_graph()
    assert pn.distance_fragmentation(families) == pytest.approx(0.4998, abs=5e-5)
    assert pn.distance_fragmentation(without(families, "Medici")) == pytest.approx(0.6738, abs=5e-5)
    assert pn.fragmentation_index(without(families, "Medici")) == pytest.approx(0.3846, abs=5e-5)
    both = without(families, "Medici", "Guadagni")
    assert pn.distance_fragmentation(both) == pytest.approx(0.8024, abs=5e-5)
    assert pn.fragmentation_index(both) == pytest.approx(0.7051, abs=5e-5)


def test_fragmentation_by_hand():
    # components of 3, 2 and 1 nodes: 1 - (6 + 2) / 30
    graph = nx.Graph([(1, 2), (2, 3), (4, 5)])
    graph.add_node(6)
    assert pn.fragmentation_index(graph) == pytest.approx(1 - 8 / 30)
    # DF: pairs 1-2, 2-3, 4-5 at distance 1 and 1-3 at 2, both orders: 2 * (3 + 0.5) = 7
    assert pn.distance_fragmentation(graph) == pytest.approx(1 - 7 / 30)


# -- equal to networkx ------------------------------------------------------------

RANDOM_GRAPHS = [
    nx.gnp_random_graph(n, p, seed=seed)
    for seed, (n, p) in enumerate([(30, 0.05), (30, 0.15), (60, 0.03), (45, 0.1), (12, 0.0), (25, 0.3)])
]


@pytest.mark.parametrize("graph", RANDOM_GRAPHS + [nx.karate_club_graph(), nx.les_miserables_graph()])
def test_measures_equal_networkx(graph):
    ours, expected = structure_measures(graph), networkx_measures(graph)
    assert ours.keys() == expected.keys()
    for key, value in expected.items():
        if isinstance(value, float) and math.isnan(value):
            assert math.isnan(ours[key]), key
        else:
            assert ours[key] == pytest.approx(value, rel=1e-12), key


def test_distances_in_small_chunks_give_the_same(monkeypatch):
    converted, _ = cohesion.simple_igraph(RANDOM_GRAPHS[2])
    totals = paths.distance_totals(converted)  # all pairs at once, from igraph's path-length histogram
    whole = (totals.inverse, totals.total, totals.pairs)
    monkeypatch.setattr(paths, "SUM_ENTRIES", 7)  # a few sources per chunk
    monkeypatch.setattr(paths, "SOURCES_PER_CALL", 1)
    rows, total, pairs = paths.distance_sums(converted, list(range(converted.vcount())))
    assert (float(rows.sum()), total, pairs) == pytest.approx(whole, rel=1e-12)
    monkeypatch.setattr(paths, "SUM_ENTRIES", 10**9)  # every source at once: exactly the same sums
    assert paths.distance_sums(converted, list(range(converted.vcount())))[1:] == (total, pairs)
    assert np.array_equal(paths.distance_sums(converted, list(range(converted.vcount())))[0], rows)


def test_sums_with_and_without_do_not_depend_on_the_chunks(monkeypatch):
    """One source per igraph call or all at once: the same sums per source, to the last bit."""
    converted, _ = cohesion.simple_igraph(RANDOM_GRAPHS[2])
    n = converted.vcount()
    removed, kept = [0, n // 2], [v for v in range(n) if v not in (0, n // 2)]
    remaining = converted.induced_subgraph(kept, implementation="create_from_scratch")
    sources = kept[::2]
    monkeypatch.setattr(paths, "SUM_ENTRIES", 1)
    monkeypatch.setattr(paths, "SOURCES_PER_CALL", 1)
    one = paths.sums_with_and_without(converted, remaining, removed, sources)
    monkeypatch.setattr(paths, "SUM_ENTRIES", 10**9)
    every = paths.sums_with_and_without(converted, remaining, removed, sources)
    assert all(np.array_equal(a, b) for a, b in zip(one, every))


def test_directed_graph_counts_ties_either_way():
    directed = nx.DiGraph([(1, 2), (3, 2)])
    assert pn.fragmentation_index(directed) == 0.0
    assert structure_measures(directed)["average_distance"] == pytest.approx(4 / 3)


def test_tiny_graphs_have_no_fragmentation():
    single = nx.Graph()
    single.add_node("a")
    measures = structure_measures(single)
    assert math.isnan(measures["fragmentation"]) and math.isnan(measures["distance_fragmentation"])
    assert measures["components"] == 1


def test_not_a_graph_is_a_usage_error():
    with pytest.raises(pn.UsageError, match="Landscape"):
        pn.fragmentation_index([1, 2, 3])
    with pytest.raises(pn.UsageError, match="level"):
        pn.fragmentation_index(pn.load(FIXTURES / "mini"), level="bodies")
