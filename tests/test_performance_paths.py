"""The fast paths give the same results as networkx (or as the straightforward way) on small graphs.

Covered: projections kept as arrays, sampled shortest paths (exact with every
source, close with a sample), distance totals, blocks and articulation
points, the robustness curve by spanning forest, brokerage by dense and
sparse counting, key players with pruned DF scoring, the loader's shortcuts,
and the per-landscape cache. No timings here: speed is measured by
benchmarks/run.py.
"""

from __future__ import annotations

import importlib.util
import pickle

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

import partnernet as pn
from partnernet import graphs
from partnernet.analysis import brokerage, keyplayers, matrices, paths
from partnernet.analysis._plumbing import simple_igraph
from partnernet.analysis.resilience import removal_effects
from partnernet.analysis.robustness import curve_of_order
from partnernet.igraph_bridge import to_igraph
from partnernet.io.parse import parse_numbers
from partnernet.projection import ProjectionGraph, adjacency_matrix, projection_of
from partnernet.language.notes import say as said_notes

from conftest import EXAMPLE, TESTS

spec = importlib.util.spec_from_file_location("make_landscape", TESTS.parent / "benchmarks" / "make_landscape.py")
make_landscape = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_landscape)


def random_graphs():
    """Small graphs of several shapes, several of them disconnected, with isolated nodes."""
    graphs_ = []
    for seed in range(3):
        g = nx.union(
            nx.gnp_random_graph(25, 0.12, seed=seed), nx.gnp_random_graph(9, 0.3, seed=seed + 7), rename=("a", "b")
        )
        g.add_node("lonely")
        graphs_.append(g)
    graphs_ += [
        nx.barabasi_albert_graph(40, 1, seed=4),
        nx.random_labeled_tree(30, seed=5),
        nx.connected_caveman_graph(5, 4),
        nx.karate_club_graph(),
        nx.path_graph(6),
    ]
    return graphs_


GRAPHS = random_graphs()


@pytest.fixture(scope="module")
def region():
    return pn.load(EXAMPLE).at("2026-01-01")


@pytest.fixture(scope="module")
def synthetic():
    """A 600-organisation synthetic landscape: large enough for sampling to mean something."""
    return make_landscape.landscape(600, 300, 3000, seed=3).at("2026-01-01")


def eager_projection(land, level: str, weight: str) -> nx.Graph:
    """The projection built the straightforward way: networkx dictionaries from the edge table."""
    table = land.persons if level == "persons" else land.organisations
    matrix = graphs.incidence(graphs.affiliations(land, level), table.index, land.bodies.index)
    edges = graphs.projection_edges(matrix, table.index, weight)
    graph = nx.Graph()
    graph.add_nodes_from(graphs.node_attributes(table, level[:-1], bodies=0))
    for node, count in zip(table.index, np.asarray(matrix.sum(axis=1)).ravel().astype(int)):
        graph.nodes[node]["bodies"] = int(count)
    graph.add_edges_from(
        (u, v, {"weight": w, "shared": int(s)})
        for u, v, w, s in zip(edges["source"], edges["target"], edges["weight"], edges["shared"])
    )
    return graph


# -- projections kept as arrays ----------------------------------------------------------


@pytest.mark.parametrize("level", ["organisations", "persons"])
@pytest.mark.parametrize("weight", ["shared", "newman", "jaccard"])
def test_projection_graph_equals_the_dictionary_build(region, level, weight):
    lazy = region.graph(level, weight=weight)
    eager = eager_projection(region, level, weight)
    assert isinstance(lazy, ProjectionGraph) and lazy.number_of_edges() == eager.number_of_edges()
    fast, fast_nodes = to_igraph(lazy, "weight")
    slow, slow_nodes = to_igraph(eager, "weight")
    assert fast_nodes == slow_nodes
    assert fast.get_edgelist() == slow.get_edgelist() and fast.es["weight"] == slow.es["weight"]
    assert (adjacency_matrix(lazy, "weight") != adjacency_matrix(eager, "weight")).nnz == 0
    # walking the dictionaries builds them, with the same nodes, edges, attributes and order
    assert list(lazy.nodes(data=True)) == list(eager.nodes(data=True))
    assert list(lazy.edges(data=True)) == list(eager.edges(data=True))


def test_projection_graph_copies_are_plain_and_ties_detach(region):
    graph = region.graph("organisations")
    copy = graph.copy()
    assert projection_of(graph) is not None and projection_of(copy) is None  # a copy may change
    copy.add_edge("p001", "p002")
    assert to_igraph(copy)[0].ecount() == graph.number_of_edges() + 1
    with_ties = region.graph("organisations", ties=True)
    assert with_ties.projection is None  # the ties changed the edges: no arrays to trust
    assert with_ties.number_of_edges() >= graph.number_of_edges()


def test_projection_graph_survives_pickling(region):
    graph = pickle.loads(pickle.dumps(region.graph("persons")))
    assert list(graph.edges(data=True)) == list(region.graph("persons").edges(data=True))


# -- sampled shortest paths -------------------------------------------------------------


def every_source_as_a_sample(converted) -> paths.Sources:
    """All vertices, but through the sampling code path."""
    n = converted.vcount()
    return paths.Sources(tuple(range(n)), n)


@pytest.mark.parametrize("graph", GRAPHS)
def test_sampled_estimators_with_every_source_are_exact(graph):
    converted, nodes = to_igraph(graph)
    n = len(nodes)
    sample = every_source_as_a_sample(converted)
    between, error = paths.betweenness(converted, sample)
    expected = nx.betweenness_centrality(graph, normalized=False)
    assert between == pytest.approx([expected[v] for v in nodes], abs=1e-9)
    assert not error.any()
    closeness, _ = paths.harmonic(converted, sample)
    harmonic = nx.harmonic_centrality(graph)
    assert closeness == pytest.approx([harmonic[v] for v in nodes], abs=1e-9)
    totals = paths.distance_totals(converted, sample)
    exact = paths.distance_totals(converted)
    lengths = dict(nx.all_pairs_shortest_path_length(graph))
    pairs = [d for u in lengths for v, d in lengths[u].items() if u != v]
    assert exact.inverse == pytest.approx(sum(1 / d for d in pairs))
    assert exact.total == sum(pairs) and exact.pairs == len(pairs) == totals.pairs
    assert totals.inverse == pytest.approx(exact.inverse) and totals.total == pytest.approx(exact.total)
    assert sample.correction == 0.0 and n == sample.count


def test_directed_sampled_betweenness_and_closeness_equal_networkx():
    graph = nx.gnp_random_graph(30, 0.1, seed=3, directed=True)
    converted, nodes = to_igraph(graph)
    sample = every_source_as_a_sample(converted)
    expected = nx.betweenness_centrality(graph, normalized=False)
    assert paths.betweenness(converted, sample)[0] == pytest.approx([expected[v] for v in nodes], abs=1e-9)
    harmonic = nx.harmonic_centrality(graph)
    assert paths.harmonic(converted, sample)[0] == pytest.approx([harmonic[v] for v in nodes], abs=1e-9)


def test_centrality_sampled_on_a_medium_graph_ranks_like_exact(synthetic):
    graph = synthetic.graph("organisations")
    exact = pn.centrality(graph, exact=True)
    sampled = pn.centrality(graph, exact=False, samples=150)
    assert sampled.attrs["sources"] == 150 and not sampled.attrs["exact"]
    assert 0 < sampled.attrs["betweenness_error"] < 0.5
    assert "150 of 600 sampled nodes" in said_notes(sampled.attrs["note"], "en")
    for column in ("betweenness", "harmonic_closeness"):
        rho = spearmanr(sampled[column], exact[column].reindex(sampled.index)).statistic
        assert rho >= 0.95, column
    # the other measures do not depend on the sample
    pd.testing.assert_series_equal(sampled["pagerank"], exact["pagerank"].reindex(sampled.index))


def test_centrality_is_exact_below_the_work_limit_and_says_so(region):
    result = pn.centrality(region)
    assert result.attrs == {"sources": 46, "nodes": 46, "exact": True, "betweenness_error": 0.0, "note": None}
    assert paths.choose_sources(46, 336).exact
    sampled = paths.choose_sources(30_000, 2_000_000, seed=4)
    assert (
        sampled.count == paths.MIN_SAMPLES
        and sampled.vertices == paths.choose_sources(30_000, 2_000_000, seed=4).vertices
    )
    assert paths.choose_sources(30_000, 2_000_000, exact=True).exact


def test_landscape_centrality_is_computed_once_and_handed_out_as_copies(region):
    first = pn.centrality(region, level="persons")
    first.loc[first.index[0], "betweenness"] = -1.0
    again = pn.centrality(region, level="persons")
    assert again.loc[first.index[0], "betweenness"] >= 0
    pd.testing.assert_frame_equal(again, pn.centrality(region, level="persons"))


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"exact": "yes"}, "exact must be"),
        ({"samples": 0}, "samples"),
        ({"backend": "networkx", "exact": False}, "igraph"),
    ],
)
def test_sampling_options_are_checked(kwargs, message, english):
    with pytest.raises(pn.UsageError, match=message):
        pn.centrality(nx.karate_club_graph(), **{"exact": False, **kwargs})


def test_fragmentation_estimates_distances_when_asked_and_says_so(synthetic):
    exact = pn.fragmentation(synthetic)
    sampled = pn.fragmentation(synthetic, exact=False, samples=200)
    assert "note" not in exact and "200 of 600 sampled nodes" in said_notes(sampled["note"], "en")
    assert sampled["distance_fragmentation"] == pytest.approx(exact["distance_fragmentation"], abs=0.02)
    assert sampled["summary"]["average_distance"] == pytest.approx(exact["summary"]["average_distance"], rel=0.05)
    assert sampled["fragmentation"] == exact["fragmentation"]  # components are always exact


def test_distance_sums_from_listed_sources_are_not_rescaled():
    converted, _ = simple_igraph(nx.path_graph(4))
    rows, total, pairs = paths.distance_sums(converted, [0])
    assert (float(rows.sum()), total, pairs) == pytest.approx((1 + 1 / 2 + 1 / 3, 6, 3))


# -- blocks, articulation points and bridges -----------------------------------------------


def components_without(graph, removed) -> list[int]:
    rest = graph.subgraph(set(graph) - set(removed))
    return sorted((len(c) for c in nx.connected_components(rest)), reverse=True)


@pytest.mark.parametrize("graph", GRAPHS)
def test_block_cut_tree_gives_the_pieces_networkx_finds(graph):
    converted, nodes = simple_igraph(graph)
    effects = removal_effects(converted)
    component_of = {v: len(c) for c in nx.connected_components(graph) for v in c}
    for i, node in enumerate(nodes):
        pieces = components_without(graph.subgraph(nx.node_connected_component(graph, node)), [node])
        assert effects.pieces[i] == len(pieces), node
        assert effects.largest_piece[i] == max(pieces, default=0), node
        assert effects.piece_pairs[i] == sum(s * (s - 1) for s in pieces), node
        assert effects.component_size[i] == component_of[node]
    for a, b, far in effects.bridges:
        cut = graph.copy()
        cut.remove_edge(nodes[a], nodes[b])
        assert far == len(nx.node_connected_component(cut, nodes[b]))
    assert {frozenset((nodes[a], nodes[b])) for a, b, _ in effects.bridges} == {frozenset(e) for e in nx.bridges(graph)}


def test_removal_effects_accept_neighbour_lists_and_a_mask():
    graph = nx.barbell_graph(4, 2)
    converted, nodes = simple_igraph(graph)
    alive = np.ones(len(nodes), dtype=bool)
    alive[nodes.index(4)] = False
    from_lists = removal_effects(converted.get_adjlist(), alive)
    from_graph = removal_effects(converted, alive)
    for name in ("component_size", "pieces", "largest_piece", "piece_pairs"):
        assert np.array_equal(getattr(from_lists, name), getattr(from_graph, name))
    rest = graph.subgraph(set(graph) - {4})
    assert from_graph.pair_total == sum(len(c) * (len(c) - 1) for c in nx.connected_components(rest))


@pytest.mark.parametrize("graph", GRAPHS)
def test_robustness_curve_by_spanning_forest_equals_recomputation(graph):
    converted, nodes = simple_igraph(graph)
    order = np.random.default_rng(7).permutation(len(nodes)).tolist()
    fragmentation, largest = curve_of_order(converted, order)
    for r in range(len(nodes)):
        sizes = components_without(graph, [nodes[v] for v in order[:r]]) or [0]
        remaining = len(nodes) - r
        expected = 1 - sum(s * (s - 1) for s in sizes) / (remaining * (remaining - 1)) if remaining > 1 else np.nan
        assert fragmentation[r] == pytest.approx(expected, nan_ok=True)
        assert largest[r] == sizes[0]


# -- brokerage counted densely and sparsely --------------------------------------------------


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("groups", [3, 40])
def test_brokerage_dense_and_sparse_counts_agree(monkeypatch, directed, groups):
    graph = nx.gnp_random_graph(60, 0.12, seed=groups, directed=directed)
    labels = {v: f"g{v % groups}" for v in graph}
    dense = brokerage.brokered_pairs(graph, labels, sna_compatible=True)
    monkeypatch.setattr(brokerage, "DENSE_WORK", 0)
    monkeypatch.setattr(matrices, "ROWS_PER_CHUNK", 17)  # many chunks, summed across
    sparse_array = brokerage.brokered_pairs(graph, labels, sna_compatible=True)
    monkeypatch.setattr(brokerage, "DENSE_KEYS", 0)
    sparse_sorted = brokerage.brokered_pairs(graph, labels, sna_compatible=True)
    pd.testing.assert_frame_equal(dense, sparse_array)
    pd.testing.assert_frame_equal(dense, sparse_sorted)


def test_brokerage_by_definition_on_a_small_graph():
    """Count brokered pairs by brute force (a -> v -> b, no a -> b) and compare."""
    graph = nx.gnp_random_graph(14, 0.3, seed=2, directed=True)
    labels = {v: v % 3 for v in graph}
    counts = pn.brokerage(graph, labels)
    expected = {v: 0 for v in graph}
    for v in graph:
        for a in graph.predecessors(v):
            for b in graph.successors(v):
                if a != b and a != v and b != v and not graph.has_edge(a, b):
                    expected[v] += 1
    assert counts["total"].to_dict() == expected


# -- key players with pruned DF scoring ------------------------------------------------------


@pytest.mark.parametrize(
    "graph", GRAPHS[:3] + [nx.connected_caveman_graph(6, 6), nx.barabasi_albert_graph(70, 2, seed=1)]
)
def test_key_players_with_and_without_bounds_agree(monkeypatch, graph):
    for k in (1, 2, 3):
        pruned = pn.key_players(graph, k, "DF", method="greedy")
        monkeypatch.setattr(keyplayers, "PRUNE_FROM", 10**9)
        everything = pn.key_players(graph, k, "DF", method="greedy")
        monkeypatch.setattr(keyplayers, "PRUNE_FROM", 8)
        assert pruned["players"] == everything["players"] and pruned["score"] == everything["score"]
        assert pruned["top_individuals_score"] == everything["top_individuals_score"]
        pd.testing.assert_frame_equal(pruned["individual"], everything["individual"])
        assert pruned["evaluated_sets"] <= everything["evaluated_sets"]


def test_upper_bounds_hold():
    graph = nx.barabasi_albert_graph(50, 2, seed=8)
    converted, _ = simple_igraph(graph)
    scorer = keyplayers._Scorer(converted, "DF")
    for removed in ({0}, {1, 5}):
        candidates = [v for v in range(50) if v not in removed]
        bounds = scorer.upper_bounds(removed, candidates)
        scores = [scorer.score(removed | {v}) for v in candidates]
        assert all(s <= b for s, b in zip(scores, bounds))


# -- the loader's shortcuts ------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [
        ["1", "2.5", "", "12"],
        ["1,5", "2"],
        ["1.000,5", "7"],
        ["1,000.5", ""],
        [" 3", "4 "],
        ["1\xa0000"],
        ["abc", "1"],
        ["nan", "inf", "-2"],
        [],
    ],
)
def test_parse_numbers_shortcut_equals_the_full_rewrite(values):
    series = pd.Series(values, dtype=str)
    numbers, bad = parse_numbers(series)
    # the full rewrite, as parse_numbers does it for columns with commas or spaces
    text = series.str.replace(r"\s+", "", regex=True)
    comma_last = text.str.rfind(",") > text.str.rfind(".")
    both = text.str.contains(",", regex=False) & text.str.contains(".", regex=False)
    text = text.mask(both & comma_last, text.str.replace(".", "", regex=False))
    text = text.mask(both & ~comma_last, text.str.replace(",", "", regex=False)).str.replace(",", ".", regex=False)
    expected = pd.to_numeric(text.where(text.ne(""), None), errors="coerce").astype(float)
    pd.testing.assert_series_equal(numbers, expected, check_names=False)
    pd.testing.assert_series_equal(bad, series.ne("") & expected.isna(), check_names=False)


def test_loader_strips_only_padded_columns_and_undoes_neutralising(tmp_path):
    folder = tmp_path / "land"
    folder.mkdir()
    (folder / "organisations.csv").write_text(
        "id,name,domain\n a ,'=Alpha,care\nb,Beta\u00a0,security\n", encoding="utf-8"
    )
    (folder / "bodies.csv").write_text("id,name\nt,Table\n", encoding="utf-8")
    (folder / "memberships.csv").write_text("member,body\na,t\nb,t\n", encoding="utf-8")
    land = pn.load(folder)
    assert land.organisations.index.tolist() == ["a", "b"]
    assert land.organisations["name"].tolist() == ["=Alpha", "Beta"]


def test_name_of_prefers_organisations_then_bodies_then_persons(region):
    assert region.name_of("om-parket") == region.organisations.at["om-parket", "name"]
    assert region.name_of("p001") == "S. El Amrani"
    assert region.name_of("nobody") == "nobody"
