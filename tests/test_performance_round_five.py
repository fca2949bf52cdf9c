"""Performance round five (issue 17, part H): the analyses' fast paths give what the plain way gives.

Each test runs the fast code and a plain reference (networkx's own views and
matrices, the definition) on random landscapes or graphs and asserts the
same result. No timings here: speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy import sparse

import partnernet as pn
from partnernet.analysis.matrices import adjacency, undirected_edges
from partnernet.projection import ProjectionGraph, projection_of

from test_performance_analyses import random_landscape


def _kept(graph, seed: int, share: float = 0.7) -> list:
    rng = np.random.default_rng(seed)
    nodes = list(graph.nodes)
    return [n for n in nodes if rng.random() < share] + ["not-a-node"]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("level", ["organisations", "persons"])
def test_subgraph_of_a_projection_equals_networkx_view(seed, level):
    graph = random_landscape(seed, organisations=15, persons=30).graph(level)
    kept = _kept(graph, seed)
    fast, view = graph.subgraph(kept), nx.Graph.subgraph(graph, kept)
    assert projection_of(fast) is not None and nx.is_frozen(fast)
    assert list(fast.nodes(data=True)) == list(view.nodes(data=True))
    assert list(fast.edges(data=True)) == list(view.edges(data=True))  # the same edges in the same order
    assert 2 * (len(view) + 1) >= len(graph)  # else networkx's view lists its nodes in the order of a set
    assert fast.graph is graph.graph and len(fast) == len(view) and fast.number_of_edges() == view.number_of_edges()
    for weight in (None, "weight", "shared"):
        expected = nx.to_scipy_sparse_array(view, nodelist=list(view.nodes), weight=weight, dtype=float)
        assert (adjacency(fast, weight) != sparse.csr_matrix(expected)).nnz == 0
        u, v, w = undirected_edges(fast, weight)
        assert list(zip(u.tolist(), v.tolist(), w.tolist())) == [
            (list(view).index(a), list(view).index(b), float(d.get(weight, 1.0) if weight else 1.0))
            for a, b, d in view.edges(data=True)
        ]


@pytest.mark.parametrize("seed", range(4))
def test_subgraph_of_a_few_nodes_keeps_the_graph_order(seed):
    """networkx's view of fewer than half the nodes follows the order of a Python set (hash order)."""
    graph = random_landscape(seed, organisations=15, persons=30).graph("persons")
    kept = _kept(graph, seed, share=0.2)
    fast, view = graph.subgraph(kept), nx.Graph.subgraph(graph, kept)
    assert list(fast) == [n for n in graph if n in set(kept)]
    assert dict(fast.nodes(data=True)) == dict(view.nodes(data=True))
    assert {frozenset(e) for e in fast.edges} == {frozenset(e) for e in view.edges}
    assert nx.utils.edges_equal(fast.edges(data=True), view.edges(data=True))


def test_subgraph_of_a_changed_graph_is_networkx_view():
    graph = nx.Graph(random_landscape(1).graph("organisations"))  # a copy: an ordinary graph
    assert not isinstance(graph, ProjectionGraph)
    detached = ProjectionGraph(graph)
    assert projection_of(detached.subgraph(list(graph)[:5])) is None


@pytest.mark.parametrize("seed", range(6))
def test_domain_ei_equals_the_index_on_networkx_view(seed):
    from partnernet.report.analyses import domain_ei

    land = random_landscape(seed, organisations=20)
    orgs = land.organisations.copy()
    orgs.loc[orgs.index[::4], "domain"] = np.nan
    land = land.replace(organisations=orgs)
    graph = land.graph("organisations")
    known = set(orgs["domain"].dropna().index)
    plain = pn.ei_index(nx.Graph(nx.Graph.subgraph(graph, [n for n in graph if n in known])), "domain")
    fast = domain_ei(land)
    for part in ("groups", "nodes"):
        assert fast[part].equals(plain[part]), part
    assert fast["network"].equals(plain["network"])


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(("level", "criterion"), [("organisations", "DF"), ("persons", "F")])
def test_key_players_effect_on_their_own_copy_equals_removal_effect(seed, level, criterion):
    """key_players measures its effect on the igraph copy it searched (one copy fewer): the same as asking
    removal_effect afresh, on a landscape's projection (32-bit links) and on a plain graph."""
    from partnernet.analysis.cohesion import removal_effect

    land = random_landscape(seed, organisations=14, persons=40)
    for data in (land, nx.Graph(land.graph(level))):
        found = pn.key_players(data, 2, criterion, level=level)
        again = removal_effect(data, found["players"], level=level)
        assert found["effect"] == again


@pytest.mark.parametrize("seed", range(6))
def test_dominated_pairs_in_halves_of_the_sources_give_identical_scores(monkeypatch, seed):
    """Sampled DF without each candidate, with the dominated pairs followed for a few sources at a time
    (bounded memory), is bit for bit what following them for all sources at once gives."""
    from partnernet.analysis import dfsample
    from partnernet.analysis._plumbing import simple_igraph

    graph = [nx.barabasi_albert_graph(150, 2, seed=seed), nx.watts_strogatz_graph(150, 4, 0.1, seed=seed)][seed % 2]
    converted, _ = simple_igraph(graph)
    rng = np.random.default_rng(seed)
    sample = sorted(rng.choice(150, size=40, replace=False).tolist())
    removed = {int(rng.integers(150))}
    candidates = [v for v in range(0, 150, 7) if v not in removed]
    whole = dfsample.sampled_df_without_each(converted, removed, candidates, sample)
    monkeypatch.setattr(dfsample, "MAX_LINKS", 5)
    halves = dfsample.sampled_df_without_each(converted, removed, candidates, sample)
    assert np.array_equal(whole, halves)
