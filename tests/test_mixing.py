"""E-I index and participation coefficient: karate-club values (Zachary 1977), hand-checked graphs, the example region."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

import partnernet as pn

from conftest import EXAMPLE


@pytest.fixture(scope="module")
def region():
    return pn.load(EXAMPLE).at("2026-01-01")


def test_karate_network_ei_index():
    result = pn.ei_index(nx.karate_club_graph(), "club")
    network = result["network"]
    assert (network["external"], network["internal"]) == (11, 67)
    assert network["ei_index"] == pytest.approx(-0.7179, abs=1e-4)
    # 34 nodes in two groups of 17: 289 pairs across, 2 x 136 inside
    assert network["expected_ei_index"] == pytest.approx((289 - 272) / 561)


def test_karate_group_and_node_levels():
    result = pn.ei_index(nx.karate_club_graph(), "club")
    groups = result["groups"]
    assert groups.loc["Mr. Hi", ["nodes", "internal", "external"]].tolist() == [17, 35, 11]
    assert groups.loc["Mr. Hi", "ei_index"] == pytest.approx((11 - 35) / 46)
    nodes = result["nodes"]
    assert nodes.loc[2, ["internal", "external"]].tolist() == [6, 4]
    assert nodes.loc[2, "ei_index"] == pytest.approx(-0.2)
    assert nodes["internal"].sum() == 2 * 67 and nodes["external"].sum() == 2 * 11


def test_karate_participation():
    values = pn.participation(nx.karate_club_graph(), "club")
    assert values.loc[0] == pytest.approx(0.1172, abs=1e-4)
    assert values.loc[2] == pytest.approx(0.48, abs=1e-4)
    assert values.loc[33] == pytest.approx(0.2907, abs=1e-4)


def test_weights_isolates_and_directed_ties():
    graph = nx.DiGraph([("a", "b", {"weight": 3}), ("c", "a", {"weight": 1})])
    graph.add_node("d")
    groups = {"a": "x", "b": "x", "c": "y", "d": "y"}
    counted = pn.ei_index(graph, groups)
    assert counted["network"][["external", "internal"]].tolist() == [1, 1]
    weighted = pn.ei_index(graph, groups, weight="weight")
    assert weighted["network"]["ei_index"] == pytest.approx((1 - 3) / 4)
    assert np.isnan(counted["nodes"].loc["d", "ei_index"])
    shares = pn.participation(graph, groups)
    assert shares.loc["a"] == pytest.approx(1 - (1 / 2) ** 2 - (1 / 2) ** 2)
    assert shares.loc["d"] == 0.0


def test_example_region_by_domain_regime_and_communities(region):
    by_domain = pn.ei_index(region, "domain")
    projection = region.graph("organisations")
    domain = nx.get_node_attributes(projection, "domain")
    across = sum(domain[u] != domain[v] for u, v in projection.edges)
    assert by_domain["network"]["external"] == across
    assert by_domain["network"]["internal"] == projection.number_of_edges() - across
    assert by_domain["groups"].loc["care", "nodes"] == (region.organisations["domain"] == "care").sum()
    regime = pn.participation(region, "regime")
    assert regime.index.name == "organisation" and len(regime) == 46
    communities = pn.ei_index(region, "communities")
    assert communities["groups"].index[0] == "community 1"
    again = pn.ei_index(region, "communities")
    assert communities["nodes"]["group"].equals(again["nodes"]["group"])  # fixed seed


def test_persons_take_the_group_of_their_organisation(region, english):
    nodes = pn.ei_index(region, "domain", level="persons")["nodes"]
    assert nodes.index.name == "person"
    assert nodes.loc["p063", "group"] == "care"  # GGZ liaison
    assert nodes.loc["p002", "group"] == "security"
    with pytest.raises(pn.UsageError, match="no column 'sector'"):
        pn.ei_index(region, "sector")
