"""Single points of failure: articulation points, bridges, single-person links, bus factor."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis._plumbing import simple_igraph
from partnernet.analysis.resilience import removal_effects

from conftest import EXAMPLE

GRAPHS = [
    nx.gnp_random_graph(n, p, seed=seed)
    for seed, (n, p) in enumerate([(40, 0.05), (40, 0.08), (25, 0.12), (60, 0.04), (10, 0.0)])
]
GRAPHS += [
    nx.krackhardt_kite_graph(),
    nx.florentine_families_graph(),
    nx.karate_club_graph(),
    nx.barbell_graph(5, 3),
    nx.random_labeled_tree(30, seed=4),
]


@pytest.fixture(scope="module")
def region():
    return pn.load(EXAMPLE).at("2026-01-01")


# -- the depth-first search against networkx ------------------------------------------


@pytest.mark.parametrize("graph", GRAPHS)
def test_removal_effects_equal_networkx(graph):
    converted, nodes = simple_igraph(graph)
    effects = removal_effects(converted.get_adjlist())
    found = {nodes[v] for v in np.flatnonzero(effects.pieces >= 2)}
    assert found == set(nx.articulation_points(graph))
    assert {frozenset((nodes[a], nodes[b])) for a, b, _ in effects.bridges} == {frozenset(e) for e in nx.bridges(graph)}
    n = graph.number_of_nodes()
    for v, f_without in zip(nodes, effects.fragmentation_without_each()):
        rest = graph.subgraph(set(graph) - {v})
        sizes = [len(c) for c in nx.connected_components(rest)]
        assert f_without == pytest.approx(1 - sum(s * (s - 1) for s in sizes) / ((n - 1) * (n - 2)))


def test_removal_effects_skip_removed_vertices():
    graph = nx.path_graph(5)  # 0-1-2-3-4
    converted, _ = simple_igraph(graph)
    alive = np.array([True, True, False, True, True])
    effects = removal_effects(converted.get_adjlist(), alive)
    assert effects.pair_total == 4 and effects.nodes == 4  # two pairs of 2
    assert effects.fragmentation_without_each()[1] == pytest.approx(1 - 2 / 6)  # {0}, {3, 4}


def test_kite_articulation_points_and_bridges():
    kite = nx.krackhardt_kite_graph()
    points = pn.articulation_points(kite)
    assert points.index.tolist() == [7, 8]
    assert points.loc[7, "nodes_cut_off"] == 2 and points.loc[8, "nodes_cut_off"] == 1
    assert points.loc[7, "fragmentation_without"] == pytest.approx(0.3889, abs=5e-5)
    assert bridges_as_rows(pn.bridges(kite)) == [(7, 8, 2), (8, 9, 1)]


def bridges_as_rows(table):
    return list(table[["source", "target", "nodes_cut_off"]].itertuples(index=False, name=None))


# -- the example region (data/README.md, story 1) --------------------------------------


def test_people_who_sit_everywhere_are_the_articulation_points(region):
    points = pn.articulation_points(region)
    assert points.index.tolist() == ["gemeente-veldstad", "politie-ct-team", "p002", "p001"]
    assert points["level"].tolist() == ["organisations", "organisations", "persons", "persons"]
    persons = points[points["level"] == "persons"]
    # p002 leaving cuts off p069, p070, p071 (signaleringsoverleg-zuid); p001 p072 and p073
    assert persons["nodes_cut_off"].to_dict() == {"p002": 3, "p001": 2}
    assert persons["organisation"].to_dict() == {"p002": "politie-ct-team", "p001": "gemeente-veldstad"}
    assert persons.loc["p001", "name"] == "S. El Amrani"


def test_cut_holds_with_ties(region):
    points = pn.articulation_points(region, level="organisations", ties=True)
    # with ties, fiu-nederland (no table since 2025-03-31) is bank-veldland's only link
    assert set(points.index) == {"gemeente-veldstad", "politie-ct-team", "fiu-nederland"}
    assert points.loc["fiu-nederland", "nodes_cut_off"] == 1


def test_articulation_points_equal_networkx_on_the_region(region):
    for level in ("organisations", "persons"):
        expected = set(nx.articulation_points(region.graph(level)))
        assert set(pn.articulation_points(region, level=level).index) == expected
        assert pn.bridges(region, level=level).empty == (not list(nx.bridges(region.graph(level))))


# -- single-person links and bus factor on a hand-made landscape ------------------------


@pytest.fixture(scope="module")
def small():
    """A (a1, a2), B (b1), C and D sit as organisations.

    X: a1, b1.  Y: a1, a2, b1, C.  Z: a2, D.
    """
    return pn.Landscape.from_tables(
        organisations=pd.DataFrame(
            {
                "id": list("ABCD"),
                "name": ["Gemeente A", "Politie B", "GGZ C", "OM D"],
                "domain": ["administration", "security", "care", "justice"],
            }
        ),
        bodies=pd.DataFrame({"id": list("XYZ")}),
        persons=pd.DataFrame(
            {"id": ["a1", "a2", "b1"], "organisation": ["A", "A", "B"], "name": ["Anna", "Ali", "Bo"]}
        ),
        memberships=pd.DataFrame({"member": ["a1", "b1", "a1", "a2", "b1", "C", "a2", "D"], "body": list("XXYYYYZZ")}),
    )


def test_single_person_links_by_hand(small):
    links = pn.single_person_links(small)
    rows = list(
        links[["organisation", "partner", "person", "shared_bodies", "person_links"]].itertuples(index=False, name=None)
    )
    # B meets A at X and Y, always through Bo alone; A has two persons at Y, so A's side holds;
    # C and D sit as organisations, so their sides never depend on a person.
    assert rows == [("B", "A", "b1", 2, 2), ("B", "C", "b1", 1, 2), ("A", "D", "a2", 1, 1)]
    assert links["bodies"].tolist() == [["X", "Y"], ["Y"], ["Z"]]
    assert links.loc[0, ["organisation_name", "partner_name", "person_name"]].tolist() == [
        "Politie B",
        "Gemeente A",
        "Bo",
    ]


def test_bus_factor_by_hand(small):
    table = pn.bus_factor(small).set_index(["organisation", "link_to"])
    expected = {
        ("A", "network"): 2,
        ("A", "security"): 2,
        ("A", "care"): 2,
        ("A", "justice"): 1,
        ("B", "network"): 1,
        ("B", "administration"): 1,
        ("B", "care"): 1,
        ("C", "network"): None,
        ("C", "administration"): None,
        ("C", "security"): None,
        ("D", "network"): None,
        ("D", "administration"): None,
    }
    assert set(table.index) == set(expected)
    for key, persons in expected.items():
        value = table.loc[key, "bus_factor"]
        assert pd.isna(value) if persons is None else value == persons, key
        assert table.loc[key, "direct_link"] == (persons is None)
    assert table.loc[("A", "justice"), "persons"] == ["a2"]
    assert table.loc[("A", "network"), "persons"] == ["a1", "a2"]
    assert table.loc[("A", "network"), "linking_bodies"] == 3
    first = pn.bus_factor(small).iloc[0]
    assert (first["bus_factor"], first["link_to"]) == (1, "network")  # most fragile first


def test_bus_factor_on_the_region(region):
    table = pn.bus_factor(region).set_index(["organisation", "link_to"])
    # p001 is the only Veldstad official at overleg-veilige-school, its only table with schools
    assert table.loc[("gemeente-veldstad", "education"), "persons"] == ["p001"]
    assert table.loc[("politie-ct-team", "network"), "bus_factor"] == 1
    assert table.loc[("politie-ct-team", "network"), "linking_bodies"] == 10


def test_single_person_links_on_the_region(region):
    links = pn.single_person_links(region)
    assert links.iloc[0]["person"] == "p002"  # carries the most links alone
    school = links[(links["organisation"] == "gemeente-veldstad") & (links["partner"] == "school-brugcollege")]
    assert school[["person", "bodies"]].values.tolist() == [["p001", ["overleg-veilige-school"]]]
