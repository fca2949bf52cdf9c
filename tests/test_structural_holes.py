"""Burt's structural holes: published Florentine values, networkx on weighted and directed graphs, hierarchy by hand."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

import partnernet as pn

from conftest import EXAMPLE


def weighted(graph, seed):
    rng = np.random.default_rng(seed)
    for u, v in graph.edges:
        graph[u][v]["weight"] = float(rng.integers(1, 6))
    return graph


def test_florentine_medici():
    holes = pn.structural_holes(nx.florentine_families_graph())
    assert holes.loc["Medici", "constraint"] == pytest.approx(0.2099, abs=1e-4)
    assert holes.loc["Medici", "effective_size"] == pytest.approx(5.6667, abs=1e-4)
    assert holes.loc["Medici", "efficiency"] == pytest.approx(5.6667 / 6, abs=1e-4)
    assert holes.index[0] == "Medici"  # least constrained first


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("seed", range(3))
def test_weighted_graphs_equal_networkx_with_nodes_given(directed, seed):
    graph = weighted(nx.gnp_random_graph(30, 0.15, seed=seed, directed=directed), seed)
    graph.add_node("isolate")
    holes = pn.structural_holes(graph)
    constraint = nx.constraint(graph, weight="weight")
    effective = nx.effective_size(graph, nodes=list(graph), weight="weight")
    for node in graph:
        if math.isnan(constraint[node]):
            assert math.isnan(holes.loc[node, "constraint"]) and math.isnan(holes.loc[node, "effective_size"])
            continue
        assert holes.loc[node, "constraint"] == pytest.approx(constraint[node], abs=1e-12)
        assert holes.loc[node, "effective_size"] == pytest.approx(effective[node], abs=1e-12)
        contacts = len(set(nx.all_neighbors(graph, node)))
        assert holes.loc[node, "contacts"] == contacts
        assert holes.loc[node, "efficiency"] == pytest.approx(effective[node] / contacts)


def test_weighted_effective_size_is_not_the_unweighted_shortcut():
    """networkx's effective_size(G) without nodes= uses n - 2t/n, which ignores weights."""
    graph = nx.Graph(
        [("i", "a", {"weight": 5}), ("i", "b", {"weight": 1}), ("a", "b", {"weight": 1}), ("i", "c", {"weight": 1})]
    )
    holes = pn.structural_holes(graph)
    # p_ia = 5/7, p_ib = p_ic = 1/7; m_ab = 1/5 (a's strongest tie is to i), m_ba = 1
    expected = (1 - 1 / 7 * 1 / 5) + (1 - 5 / 7 * 1) + 1
    assert holes.loc["i", "effective_size"] == pytest.approx(expected)
    assert holes.loc["i", "effective_size"] != pytest.approx(3 - 2 * 1 / 3)


def test_hierarchy_by_hand():
    # 0 is tied to 1, 2, 3 and only 1-2 are tied: c_01 = c_02 = (1/3 + 1/6)^2, c_03 = (1/3)^2
    graph = nx.Graph([(0, 1), (0, 2), (0, 3), (1, 2)])
    holes = pn.structural_holes(graph, weight=None)
    shares = np.array([0.25, 0.25, 1 / 9])
    ratio = shares / (shares.sum() / 3)
    assert holes.loc[0, "constraint"] == pytest.approx(shares.sum())
    assert holes.loc[0, "hierarchy"] == pytest.approx((ratio * np.log(ratio)).sum() / (3 * math.log(3)))
    assert holes.loc[0, "hierarchy"] == pytest.approx(0.05220, abs=1e-5)
    star = pn.structural_holes(nx.star_graph(4))
    assert star.loc[0, "hierarchy"] == pytest.approx(0.0)  # constraint spread evenly
    assert math.isnan(star.loc[1, "hierarchy"])  # one contact: undefined


def test_example_region_organisations():
    land = pn.load(EXAMPLE).at("2026-01-01")
    holes = pn.structural_holes(land)
    assert holes.index.name == "organisation" and holes.index[0] == "gemeente-veldstad"
    assert {"name", "domain", "bodies", "contacts", "constraint", "hierarchy"} <= set(holes.columns)
    projection = land.graph("organisations")
    assert holes.loc["om-parket", "constraint"] == pytest.approx(
        nx.constraint(projection, ["om-parket"], weight="weight")["om-parket"]
    )
    persons = pn.structural_holes(land, level="persons")
    assert persons.index.name == "person" and persons.loc["p001", "organisation"] == "gemeente-veldstad"


def test_graphs_without_nodes_or_ties():
    for function in (pn.structural_holes, pn.centrality):
        assert len(function(nx.Graph())) == 0
        assert len(function(nx.empty_graph(3))) == 3
    assert pn.brokerage(nx.Graph(), {}).empty
    assert pn.brokerage(nx.empty_graph(2), {0: "a", 1: "b"})["total"].tolist() == [0, 0]
