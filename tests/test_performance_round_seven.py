"""Performance round seven (issue 17, part P): the key players' fast paths give what the plain way gives,
to the last bit.

Each test runs the fast code and the plain computation it replaces on random graphs and asserts equal
results (``np.array_equal``, not approximately). No timings here: speed is measured by benchmarks/.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import networkx as nx
import numpy as np
import pytest

from partnernet.analysis import keyplayers, paths
from partnernet.analysis._plumbing import simple_igraph
from partnernet.analysis.cohesion import sums_without, sums_without_each


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    nodes=st.integers(4, 60),
    density=st.floats(0.0, 4.0),
    seed=st.integers(0, 10_000),
    players=st.integers(1, 4),
    source_share=st.floats(0.05, 1.0),
)
def test_sums_without_each_equal_igraph_harmonic_sums_of_each_set(nodes, density, seed, players, source_share):
    """The sums without the set and without the set less each member equal :func:`sums_without`'s
    (igraph's harmonic centrality, one set of searches per set) bit for bit, sampled sources among the
    removed included; graphs often in several components, with isolated nodes."""
    graph = nx.gnm_random_graph(nodes, int(density * nodes), seed=seed)
    converted, _ = simple_igraph(graph)
    rng = np.random.default_rng(seed)
    removed = sorted(rng.choice(nodes, size=min(players, nodes - 2), replace=False).tolist())
    sources = sorted(rng.choice(nodes, size=max(2, int(source_share * nodes)), replace=False).tolist())
    found = sums_without_each(None, converted, removed, sources)
    assert set(found) == {frozenset(removed)} | {frozenset(removed) - {m} for m in removed}
    for left, sums in found.items():
        staying = [s for s in sources if s not in left]
        assert np.array_equal(sums, sums_without(None, converted, left, staying))


@pytest.mark.parametrize("seed", range(3))
def test_sampled_key_players_are_those_of_one_search_per_set(monkeypatch, seed):
    """Above the work limit (DF from sampled sources), key players, their scores and effect are the same
    with the shared searches of the final set (:meth:`_Scorer.prepare_final`) as with a set of searches
    per set; members whose removal adds nothing are left out as before."""
    graph = nx.gnm_random_graph(90, 150 + 30 * seed, seed=seed)
    graph.add_edges_from([(0, 100 + i) for i in range(6)] + [(1, 110 + i) for i in range(4)])  # cut points
    nx.freeze(graph)  # kept per graph, as a landscape's projections are
    monkeypatch.setattr(paths, "WORK_LIMIT", 1)
    monkeypatch.setattr(paths, "MIN_SAMPLES", 30)
    monkeypatch.setattr(keyplayers, "LARGE_GRAPH_NODES", 50)
    monkeypatch.setattr(keyplayers, "DF_SAMPLE_SOURCES", 25)
    shared = []
    each = keyplayers.sums_without_each
    monkeypatch.setattr(keyplayers, "sums_without_each", lambda *given: shared.append(given[2]) or each(*given))
    fast = keyplayers.key_players(graph, k=2 + seed % 2, criterion="DF")
    assert shared  # the final set's searches were shared
    monkeypatch.setattr(keyplayers._Scorer, "prepare_final", lambda self, players: None)
    plain = keyplayers.key_players(nx.freeze(graph.copy()), k=2 + seed % 2, criterion="DF")
    assert fast.players == plain.players and fast.dropped == plain.dropped
    assert (fast.score, fast.score_error, fast.intact) == (plain.score, plain.score_error, plain.intact)
    assert fast.effect == plain.effect
    assert fast.top_individuals_score == plain.top_individuals_score


@pytest.mark.parametrize(("level", "criterion"), [("organisations", "DF"), ("persons", "F")])
def test_key_players_read_the_projections_own_igraph_graph_and_leave_it_as_it_was(example_2026, level, criterion):
    """Key players use a projection's own igraph graph (no copy): it keeps its links, and a copy of the
    graph (what they used before) gives the same players, scores and effect."""
    from partnernet.projection import projection_of

    graph = example_2026.graph(level)
    own = projection_of(graph).shared_igraph()
    links = own.get_edgelist()
    found = keyplayers.key_players(example_2026, 2, criterion, level=level)
    assert projection_of(graph).shared_igraph() is own and own.get_edgelist() == links
    assert own.vcount() == len(graph) and not own.es.attributes()
    copied = keyplayers.key_players(nx.freeze(nx.Graph(graph)), 2, criterion)
    assert found.players == copied.players and found.score == copied.score and found.effect == copied.effect
