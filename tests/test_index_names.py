"""One index-name convention (issue 14): per-node tables are indexed `organisation`, `person` or `body`;
`actor` only where a table mixes organisations and persons, `node` on a plain graph without kinds."""

from __future__ import annotations

import networkx as nx
import pytest

import partnernet as pn

from conftest import EXAMPLE


@pytest.fixture(scope="module")
def land():
    return pn.load(EXAMPLE)


@pytest.fixture(scope="module")
def now(land):
    return land.at("2026-01-01")


def results(land, now):
    """(label, table, expected index name) for every public per-node table."""
    connectors, fragmentation = pn.connectors(now), pn.fragmentation(now)
    persons_fragmentation = pn.fragmentation(now, level="persons")
    hierarchy, coverage, turnover = pn.hierarchy(now), pn.covenant_coverage(now), pn.turnover(land, "2026-01-01")
    whatif = pn.whatif(now, remove=["p001"])
    return [
        ("centrality", pn.centrality(now), "organisation"),
        ("centrality persons", pn.centrality(now, level="persons"), "person"),
        ("overload", pn.overload(now), "organisation"),
        ("overload persons", pn.overload(now, level="persons"), "person"),
        ("structural_holes", pn.structural_holes(now), "organisation"),
        ("participation", pn.participation(now, "domain"), "organisation"),
        ("ei_index nodes", pn.ei_index(now, "domain")["nodes"], "organisation"),
        ("brokerage", pn.brokerage(now.graph("organisations"), "domain"), "organisation"),
        ("connectors organisations", connectors["organisations"], "organisation"),
        ("connectors persons", connectors["persons"], "person"),
        ("connectors coverage", connectors["coverage"], "organisation"),
        ("connectors without_connector", connectors["without_connector"], "organisation"),
        ("fragmentation nodes", fragmentation["nodes"], "organisation"),
        ("fragmentation nodes persons", persons_fragmentation["nodes"], "person"),
        ("articulation_points organisations", pn.articulation_points(now, level="organisations"), "organisation"),
        ("articulation_points persons", pn.articulation_points(now, level="persons"), "person"),
        ("articulation_points both", pn.articulation_points(now), "actor"),
        ("key_players", pn.key_players(now, 2)["individual"], "organisation"),
        ("key_players persons", pn.key_players(now, 1, level="persons")["individual"], "person"),
        ("small_bodies", pn.small_bodies(now), "body"),
        ("nested_bodies", pn.nested_bodies(now), "body"),
        ("hierarchy bodies", hierarchy["bodies"], "body"),
        ("hierarchy isolated", hierarchy["isolated"], "body"),
        ("covenant_coverage bodies", coverage["bodies"], "body"),
        ("turnover bodies", turnover["bodies"], "body"),
        ("turnover organisations", turnover["organisations"], "organisation"),
        ("summary top_organisations", pn.summary(now)["top_organisations"], "organisation"),
        ("whatif centrality", whatif["centrality"], "organisation"),
        ("whatif coverage", whatif["coverage"], "organisation"),
        ("whatif disconnected", whatif["disconnected"], "actor"),
    ]


def test_every_per_node_table_has_the_promised_index_name(land, now):
    wrong = [
        (label, table.index.name, expected)
        for label, table, expected in results(land, now)
        if table.index.name != expected
    ]
    assert wrong == []


def test_a_plain_graph_names_its_index_node_or_the_kind_of_its_nodes():
    plain = nx.path_graph(3)
    assert pn.centrality(plain).index.name == "node"
    kinds = nx.path_graph(["a", "b"])
    nx.set_node_attributes(kinds, "body", "kind")
    assert pn.centrality(kinds).index.name == "body"
