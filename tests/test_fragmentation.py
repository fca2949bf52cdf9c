"""pn.fragmentation: the whole analysis on the example region, on plain graphs, run to run."""

from __future__ import annotations

import math

import networkx as nx
import pandas as pd
import pytest

import partnernet as pn

from conftest import EXAMPLE, FIXTURES


@pytest.fixture(scope="module")
def region():
    return pn.load(EXAMPLE).at("2026-01-01")


@pytest.fixture(scope="module")
def result(region):
    return pn.fragmentation(region, key_players=2)


def test_keys(result):
    assert set(result) == {
        "fragmentation",
        "distance_fragmentation",
        "summary",
        "components",
        "communities",
        "nodes",
        "articulation_points",
        "bridges",
        "single_person_links",
        "bus_factor",
        "key_players",
    }


def test_region_summary(result, region):
    s = result["summary"]
    graph = region.graph("organisations")
    assert (s["nodes"], s["links"], s["components"], s["largest_component"], s["isolates"]) == (46, 336, 3, 44, 2)
    # bank-veldland and fiu-nederland have no table since project-witwassen-stuurgroep ended
    assert result["fragmentation"] == pytest.approx(1 - 44 * 43 / (46 * 45))
    assert s["density"] == pytest.approx(nx.density(graph))
    assert result["distance_fragmentation"] == s["distance_fragmentation"]
    assert s["grouping"] == "domain" and s["groups"] == 10
    members = result["components"].loc[[2, 3], "members"].tolist()
    assert sorted(m[0] for m in members) == ["bank-veldland", "fiu-nederland"]


def test_modularity_of_domains_equals_networkx(result, region):
    graph = region.graph("organisations")
    domains = region.organisations["domain"]
    partition = [set(domains.index[domains == d]) for d in domains.unique()]
    assert result["summary"]["modularity_groups"] == pytest.approx(
        nx.community.modularity(graph, partition, weight="weight")
    )
    nodes = result["nodes"]
    found = [set(nodes.index[nodes["community"] == c]) for c in nodes["community"].unique()]
    assert result["summary"]["modularity_communities"] == pytest.approx(
        nx.community.modularity(graph, found, weight="weight")
    )
    assert result["summary"]["adjusted_rand_index"] == pytest.approx(
        pn.adjusted_rand_index(nodes["group"], nodes["community"])
    )
    # the clusters that work together cut across the formal domains
    assert result["summary"]["modularity_communities"] > result["summary"]["modularity_groups"]


def test_single_points_of_failure_and_key_players(result):
    assert result["articulation_points"].index.tolist() == ["gemeente-veldstad", "politie-ct-team", "p002", "p001"]
    assert result["bridges"].empty
    assert result["key_players"]["players"] == ["gemeente-veldstad", "politie-ct-team"]


def test_same_result_every_run(region, result):
    again = pn.fragmentation(region, key_players=2)
    for key in (
        "summary",
        "components",
        "communities",
        "nodes",
        "articulation_points",
        "single_person_links",
        "bus_factor",
    ):
        assert again[key].equals(result[key]), key
    assert again["key_players"]["players"] == result["key_players"]["players"]


def test_persons_level(region):
    persons = pn.fragmentation(region, level="persons")
    s = persons["summary"]
    assert (s["level"], s["nodes"], s["components"]) == ("persons", 74, 1)
    assert persons["fragmentation"] == 0.0
    assert persons["nodes"].loc["p063", "group"] == "care"  # GGZ liaison: the domain of the organisation


def test_plain_graph():
    graph = nx.karate_club_graph()
    result = pn.fragmentation(graph, by="club")
    assert "single_person_links" not in result and "bus_factor" not in result
    s = result["summary"]
    assert s["level"] == "graph" and s["groups"] == 2
    assert result["articulation_points"].index.tolist() == [0]
    assert result["articulation_points"].index.name == "node"
    # the two clubs are a good split: the communities largely follow them
    assert s["adjusted_rand_index"] > 0.3


def test_plain_graph_without_groups():
    s = pn.fragmentation(nx.path_graph(5))["summary"]
    assert math.isnan(s["modularity_groups"]) and math.isnan(s["adjusted_rand_index"])
    assert s["components"] == 1


def test_group_mapping():
    graph = nx.barbell_graph(4, 0)
    halves = {n: "left" if n < 4 else "right" for n in graph}
    s = pn.fragmentation(graph, by=halves)["summary"]
    assert s["adjusted_rand_index"] == 1.0
    assert s["grouping"] == "(mapping)"


def test_landscape_without_persons():
    land = pn.Landscape.from_tables(
        organisations=pd.DataFrame({"id": ["a", "b", "c"]}),
        bodies=pd.DataFrame({"id": ["x"]}),
        memberships=pd.DataFrame({"member": ["a", "b", "c"], "body": "x"}),
    )
    result = pn.fragmentation(land)
    assert result["fragmentation"] == 0.0 and result["distance_fragmentation"] == 0.0
    assert result["single_person_links"].empty
    assert result["bus_factor"]["direct_link"].all()
    empty = pn.fragmentation(land, level="persons")["summary"]
    assert empty["nodes"] == 0 and math.isnan(empty["fragmentation"])


def test_mini_fixture_with_ties():
    land = pn.load(FIXTURES / "mini")
    plain = pn.fragmentation(land)["summary"]
    tied = pn.fragmentation(land, ties=True)["summary"]
    # ggz sits at no table in 2026 but p3 -> politie-ct and om -- politie are ties
    assert tied["links"] >= plain["links"]
    assert tied["components"] <= plain["components"]
