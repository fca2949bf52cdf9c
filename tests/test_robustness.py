"""Robustness curve: targeted against random removal, checked against recomputation with networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

import partnernet as pn
from partnernet.analysis._plumbing import simple_igraph
from partnernet.analysis.robustness import curve_of_order

from conftest import EXAMPLE


def recompute(graph, order):
    """F and largest component after removing each prefix of ``order``, the slow way."""
    n = graph.number_of_nodes()
    fragmentation, largest = [], []
    for r in range(n):
        rest = graph.subgraph(set(graph) - set(order[:r]))
        sizes = [len(c) for c in nx.connected_components(rest)] or [0]
        m = n - r
        fragmentation.append(1 - sum(s * (s - 1) for s in sizes) / (m * (m - 1)) if m > 1 else np.nan)
        largest.append(max(sizes))
    return np.array(fragmentation), np.array(largest)


@pytest.mark.parametrize(
    "graph",
    [nx.gnp_random_graph(30, 0.08, seed=1), nx.karate_club_graph(), nx.florentine_families_graph(), nx.empty_graph(5)],
)
def test_curve_of_order_equals_recomputation(graph):
    converted, nodes = simple_igraph(graph)
    order = np.random.default_rng(2).permutation(len(nodes)).tolist()
    fragmentation, largest = curve_of_order(converted.get_adjlist(), order)
    expected_f, expected_largest = recompute(graph, [nodes[v] for v in order])
    np.testing.assert_allclose(fragmentation, expected_f, equal_nan=True)
    np.testing.assert_array_equal(largest, expected_largest)


def test_florentine_targeted_by_betweenness():
    curve = pn.robustness_curve(nx.florentine_families_graph(), steps=2)
    assert curve.index.tolist() == [0, 1, 2]
    assert curve["actor"].tolist()[1:] == ["Medici", "Guadagni"]
    assert curve["fragmentation_targeted"].round(4).tolist() == [0.0, 0.3846, 0.7051]
    assert curve.loc[0, "largest_share_targeted"] == 1.0


def test_random_removal_is_seeded_and_summarised():
    graph = nx.barabasi_albert_graph(60, 1, seed=3)
    first = pn.robustness_curve(graph, by="degree", steps=10, runs=30, seed=5)
    again = pn.robustness_curve(graph, by="degree", steps=10, runs=30, seed=5)
    assert first.equals(again)
    assert (first["fragmentation_random_low"] <= first["fragmentation_random"]).all()
    assert (first["fragmentation_random"] <= first["fragmentation_random_high"]).all()
    # a tree falls apart much faster when its hubs go than at random
    assert first.loc[5, "fragmentation_targeted"] > first.loc[5, "fragmentation_random_high"]


def test_adaptive_recomputes_the_target():
    # removing the centre of a double star makes the other centre the most between node
    graph = nx.Graph([("c1", "c2"), *(("c1", f"a{i}") for i in range(4)), *(("c2", f"b{i}") for i in range(3))])
    curve = pn.robustness_curve(graph, steps=2, adaptive=True)
    assert curve["actor"].tolist()[1:] == ["c1", "c2"]
    assert curve.loc[2, "fragmentation_targeted"] == 1.0


def test_region_curve_starts_with_the_hub():
    land = pn.load(EXAMPLE).at("2026-01-01")
    curve = pn.robustness_curve(land, steps=3, runs=20)
    assert curve.loc[1, "actor"] == "gemeente-veldstad"
    assert curve.loc[1, "name"] == "Gemeente Veldstad"
    assert curve.loc[0, "fragmentation_targeted"] == pytest.approx(pn.fragmentation_index(land))


@pytest.mark.parametrize(
    "kwargs,message", [({"by": "closeness"}, "centrality"), ({"steps": 14}, "steps"), ({"runs": 0}, "runs")]
)
def test_bad_arguments(kwargs, message, english):
    with pytest.raises(pn.UsageError, match=message):
        pn.robustness_curve(nx.krackhardt_kite_graph(), **kwargs)
