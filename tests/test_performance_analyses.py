"""Issue 17 (part B): the fast paths of the analyses give what the plain way gives.

Each test runs the fast code and a plain reference (pandas groupbys, the
definition) on random landscapes or graphs and asserts the same result. No
timings here: speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis._plumbing import names_of
from partnernet.analysis.resilience import _seats


def random_landscape(seed: int, organisations: int = 12, bodies: int = 8, persons: int = 25) -> pn.Landscape:
    """Organisations in three domains, persons at them, seats of persons and of organisations (some twice)."""
    rng = np.random.default_rng(seed)
    orgs = pd.DataFrame(
        {
            "id": [f"o{i:02d}" for i in range(organisations)],
            "name": [f"Org {i}" for i in range(organisations)],
            "domain": rng.choice(["care", "justice", "security"], organisations),
        }
    )
    people = pd.DataFrame(
        {
            "id": [f"p{i:02d}" for i in range(persons)],
            "organisation": rng.choice(orgs["id"], persons),
            "name": [f"Person {i}" if i % 4 else None for i in range(persons)],
        }
    )
    members = list(rng.choice(people["id"], 3 * persons)) + list(rng.choice(orgs["id"], organisations // 2))
    memberships = pd.DataFrame({"member": members, "body": rng.choice([f"b{i}" for i in range(bodies)], len(members))})
    return pn.Landscape.from_tables(
        organisations=orgs,
        bodies=pd.DataFrame({"id": [f"b{i}" for i in range(bodies)]}),
        persons=people,
        memberships=memberships,
    )


def plain_single_person_links(land) -> pd.DataFrame:
    """The definition with pandas groupbys and merges (the code before issue 17)."""
    seats = _seats(land)
    at_body = seats.groupby(["organisation", "body"])["person"]
    solo = seats.loc[(at_body.transform("size") == 1) & (at_body.transform("count") == 1)]
    present = seats[["organisation", "body"]].drop_duplicates().rename(columns={"organisation": "partner"})
    reach = solo.merge(present, on="body")
    reach = reach[reach["partner"] != reach["organisation"]]
    keys = ["organisation", "person", "partner"]
    carried = reach.groupby(keys).size().rename("shared_bodies").reset_index()
    both = present.merge(present.rename(columns={"partner": "organisation"}), on="body")
    shared = both.groupby(["organisation", "partner"]).size().rename("shared").reset_index()
    links = carried.merge(shared, on=["organisation", "partner"])
    links = links[links["shared_bodies"] == links["shared"]].drop(columns="shared")
    bodies = reach.groupby(keys)["body"].agg(sorted).rename("bodies").reset_index()
    links = links.merge(bodies, on=keys)
    low = links[["organisation", "partner"]].min(axis=1)
    high = links[["organisation", "partner"]].max(axis=1)
    links["person_links"] = (low + "|" + high).groupby(links["person"]).transform("nunique")
    names = names_of(land)
    for column in ("organisation", "partner", "person"):
        links[f"{column}_name"] = links[column].map(names)
    return links.sort_values(
        ["person_links", "person", "organisation", "partner"], ascending=[False, True, True, True], kind="stable"
    ).reset_index(drop=True)


@pytest.mark.parametrize("seed", range(8))
def test_single_person_links_equal_the_plain_definition(seed):
    land = random_landscape(seed)
    fast = pn.single_person_links(land)
    plain = plain_single_person_links(land)
    assert len(fast) == len(plain) and len(fast) > 0
    for column in fast.columns:
        assert fast[column].tolist() == plain[column].tolist(), column
    assert fast["shared_bodies"].dtype == np.int64 and fast["person_links"].dtype == np.int64


def test_single_person_links_of_a_landscape_without_persons_is_empty():
    land = random_landscape(1, persons=0)
    assert pn.single_person_links(land).empty


# -- projections answer from their arrays ------------------------------------------------


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("level", ["organisations", "persons"])
def test_centrality_of_a_projection_equals_that_of_its_dictionary_copy(seed, level):
    """The projection's table gives names, domains and bodies as its node dictionaries do,
    and asking for its length or centrality builds no node dictionary."""
    land = random_landscape(seed)
    lazy = land.graph(level)
    assert len(lazy) == len(land.persons if level == "persons" else land.organisations)
    assert lazy.__dict__["_pending"]["_node"]  # not built by len()
    fast = pn.centrality(lazy, exact=True)
    assert lazy.__dict__["_pending"]["_node"]  # nor by centrality
    plain = pn.centrality(nx.freeze(nx.Graph(lazy)), exact=True)
    pd.testing.assert_frame_equal(fast, plain, check_index_type=False)


def test_a_projection_attribute_equals_the_node_dictionary():
    land = random_landscape(4)
    graph = land.graph("organisations")
    arrays = graph.projection
    for name, default in (("name", None), ("domain", None), ("bodies", 0)):
        assert list(arrays.attribute(name, default)) == [graph.nodes[n].get(name, default) for n in graph.nodes]
    assert arrays.attribute("no such column") is None


# -- brokerage in chunks bounded by entries -----------------------------------------------


@pytest.mark.parametrize("entries", [1, 7, 10_000_000])
def test_brokerage_in_chunks_of_few_entries_equals_the_definition(monkeypatch, entries):
    from partnernet.analysis import matrices
    from test_brokerage import brute_force

    graph = nx.connected_caveman_graph(5, 6)
    graph.add_edges_from(nx.gnp_random_graph(30, 0.15, seed=entries).edges)
    groups = {v: "abc"[v % 3] for v in graph}
    monkeypatch.setattr(matrices, "ENTRIES_PER_CHUNK", entries)
    ours = pn.brokerage(graph, groups, sna_compatible=True)
    pd.testing.assert_frame_equal(ours, brute_force(graph, groups), check_names=False)


def test_lists_per_run():
    from partnernet.analysis._plumbing import lists_per_run

    assert lists_per_run(np.array([]), []) == ([], [])
    keys, lists = lists_per_run(np.array([2, 2, 5, 7, 7, 7]), list("abcdef"))
    assert keys == [2, 5, 7] and lists == [["a", "b"], ["c"], ["d", "e", "f"]]


def test_projection_arrays_equal_projection_edges():
    from partnernet import graphs

    land = random_landscape(5)
    matrix = graphs.incidence(graphs.affiliations(land, "persons"), land.persons.index, land.bodies.index)
    for weight in graphs.WEIGHTS:
        edges = graphs.projection_edges(matrix, land.persons.index, weight)
        arrays = land.graph("persons", weight=weight).projection
        assert list(land.persons.index[arrays.source]) == edges["source"].tolist()
        assert list(land.persons.index[arrays.target]) == edges["target"].tolist()
        assert arrays.weight.tolist() == edges["weight"].tolist()
        assert arrays.shared.tolist() == edges["shared"].tolist()


@pytest.mark.parametrize("nodes", [0, 3])
def test_brokerage_and_participation_of_graphs_without_ties(nodes):
    """No ties, no triangles: zero counts (and no error for a graph without nodes or groups)."""
    graph = nx.empty_graph(nodes)
    groups = {v: "ab"[v % 2] for v in graph}
    counts = pn.brokerage(graph, groups)
    assert counts.shape == (nodes, 5) and (counts.to_numpy() == 0).all()
    assert pn.participation(graph, groups).tolist() == [0.0] * nodes
