"""Key players (KPP-Neg): published values, greedy plus swaps against exhaustive search."""

from __future__ import annotations

import networkx as nx
import pytest

import partnernet as pn
from partnernet.analysis import keyplayers
from partnernet.language.notes import say as said_notes

from conftest import EXAMPLE


def small_graphs():
    graphs = [
        ("kite", nx.krackhardt_kite_graph()),
        ("florentine", nx.florentine_families_graph()),
        ("karate", nx.karate_club_graph()),
    ]
    for seed in range(4):
        graphs.append((f"gnp{seed}", nx.gnp_random_graph(16 + seed, 0.15, seed=seed)))
        graphs.append((f"tree{seed}", nx.random_labeled_tree(18 + seed, seed=seed)))
        graphs.append((f"ba{seed}", nx.barabasi_albert_graph(20, 1 + seed % 2, seed=seed)))
    graphs.append(("caveman", nx.connected_caveman_graph(4, 5)))
    return graphs


@pytest.mark.parametrize("criterion", ["F", "DF"])
@pytest.mark.parametrize("name,graph", small_graphs(), ids=[name for name, _ in small_graphs()])
def test_greedy_with_swaps_equals_exhaustive(name, graph, criterion):
    for k in (2, 3):
        greedy = pn.key_players(graph, k, criterion, method="greedy")
        exact = pn.key_players(graph, k, criterion, method="exhaustive")
        assert greedy["method"] == "greedy+swap" and exact["method"] == "exhaustive"
        assert greedy["score"] == pytest.approx(exact["score"], abs=1e-12), (name, k)


def test_kite_published_values():
    kite = nx.krackhardt_kite_graph()
    best = pn.key_players(kite, 1, "DF")
    assert best["players"] == [7]
    assert best["score"] == pytest.approx(0.4861, abs=5e-5)
    individual = best["individual"]
    assert individual.loc[7, "rank"] == 1
    assert individual.loc[7, "score_without"] == pytest.approx(0.4861, abs=5e-5)
    assert pn.key_players(kite, 1, "F")["score"] == pytest.approx(0.3889, abs=5e-5)


def test_florentine_published_values():
    families = nx.florentine_families_graph()
    one = pn.key_players(families, 1, "DF")
    assert one["players"] == ["Medici"]
    assert one["intact"] == pytest.approx(0.4998, abs=5e-5)
    assert one["score"] == pytest.approx(0.6738, abs=5e-5)
    two = pn.key_players(families, 2, "DF", method="greedy")
    assert two["players"] == ["Guadagni", "Medici"]
    assert two["score"] == pytest.approx(0.8024, abs=5e-5)
    two_f = pn.key_players(families, 2, "F", method="greedy")
    assert two_f["players"] == ["Guadagni", "Medici"]
    assert two_f["score"] == pytest.approx(0.7051, abs=5e-5)


def test_a_set_beats_the_individually_best():
    """Borgatti's point: the best set is not the individually best nodes.

    Two hubs share the same eight leaves (each alone removes nothing), and a
    chain of two small stars a and b hangs off both hubs.
    """
    graph = nx.Graph()
    for leaf in range(8):
        graph.add_edges_from([("h1", leaf), ("h2", leaf)])
    graph.add_edges_from(
        [
            ("h1", "a"),
            ("h2", "a"),
            ("a", "a1"),
            ("a", "a2"),
            ("a", "a3"),
            ("a", "b"),
            ("b", "b1"),
            ("b", "b2"),
            ("b", "b3"),
        ]
    )
    result = pn.key_players(graph, 2, "F")
    assert result["players"] == ["h1", "h2"]
    # without h1 and h2: eight isolated leaves and the 8 nodes of the stars: 1 - 8*7 / (16*15)
    assert result["score"] == pytest.approx(1 - 56 / 240)
    # without a and b, the best individually: the hubs and leaves (10) stay together, 6 isolated
    assert result["individual"].index[:2].tolist() == ["a", "b"]
    assert result["top_individuals_score"] == pytest.approx(1 - 90 / 240)
    assert result["individual"].loc[["h1", "h2"], "score_without"].tolist() == [0.0, 0.0]


def test_region_key_players_are_the_people_who_sit_everywhere():
    land = pn.load(EXAMPLE).at("2026-01-01")
    persons = pn.key_players(land, 2, "F", level="persons")
    assert persons["players"] == ["p001", "p002"]
    assert persons["names"] == ["S. El Amrani", "R. de Graaf"]
    assert persons["method"] == "exhaustive"
    organisations = pn.key_players(land, 2, "DF")
    assert organisations["players"] == ["gemeente-veldstad", "politie-ct-team"]
    assert organisations["score"] > organisations["intact"]
    greedy = pn.key_players(land, 3, "DF", level="persons", method="greedy")
    assert {"p001", "p002"} <= set(greedy["players"])


def test_deterministic():
    graph = nx.gnp_random_graph(40, 0.08, seed=9)
    first = pn.key_players(graph, 3, "F", method="greedy", seed=4)
    again = pn.key_players(graph, 3, "F", method="greedy", seed=4)
    assert first["players"] == again["players"] and first["score"] == again["score"]
    assert first["individual"].equals(again["individual"])


def test_plateau_is_explained():
    ring = nx.cycle_graph(12)
    result = pn.key_players(ring, 1, "F")
    assert result["score"] == 0.0
    assert "no set of 1 raises F" in said_notes(result["note"], "en")


def test_large_graph_limits_df_search_and_says_so(monkeypatch):
    monkeypatch.setattr(keyplayers, "LARGE_GRAPH_NODES", 30)
    monkeypatch.setattr(keyplayers, "DF_SAMPLE_SOURCES", 20)
    graph = nx.barabasi_albert_graph(60, 2, seed=1)
    result = pn.key_players(graph, 2, "DF", candidates=10)
    assert result["candidates"] == 10
    assert "highest betweenness" in said_notes(result["note"], "en") and "sampled sources" in said_notes(
        result["note"], "en"
    )
    # the reported score is exact, not the sampled estimate
    assert result["score"] == pytest.approx(
        pn.distance_fragmentation(graph.subgraph(set(graph) - set(result["players"])))
    )


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"k": 0}, "k must be"),
        ({"k": 14}, "k must be"),
        ({"k": 2, "criterion": "G"}, "criterion"),
        ({"k": 2, "method": "fast"}, "method"),
        ({"k": 2, "candidates": 0, "criterion": "DF"}, "candidates"),
        ({"k": 3, "candidates": 2}, "at least k"),
    ],
)
def test_bad_arguments(kwargs, message, english):
    with pytest.raises(pn.UsageError, match=message):
        pn.key_players(nx.krackhardt_kite_graph() if kwargs["k"] != 14 else nx.path_graph(15), **kwargs)


def test_exhaustive_refuses_too_many_sets():
    with pytest.raises(pn.UsageError, match="method='greedy'"):
        pn.key_players(nx.path_graph(200), 4, "F", method="exhaustive")
