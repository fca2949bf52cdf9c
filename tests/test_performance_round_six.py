"""Performance round six (issue 17, part L): the analyses' fast paths give what the plain way gives.

Each test runs the fast code and a plain reference (the definition, by
networkx) on random graphs and asserts the same result. No timings here:
speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import networkx as nx
import numpy as np
import pytest

from partnernet.analysis import paths
from partnernet.analysis._plumbing import simple_igraph
from partnernet.analysis.cohesion import removal_effect


def _graph(nodes: int, links: int, seed: int) -> nx.Graph:
    """A random graph, often in several components, with isolated nodes."""
    return nx.gnm_random_graph(nodes, links, seed=seed)


def _inverse_from(graph: nx.Graph, source, staying) -> float:
    """Sum of 1 / d from ``source`` to the nodes of ``staying`` it reaches in ``graph`` (networkx)."""
    found = nx.single_source_shortest_path_length(graph, source)
    return sum(1.0 / d for t, d in found.items() if t != source and t in staying)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    nodes=st.integers(3, 40),
    density=st.floats(0.0, 3.0),
    seed=st.integers(0, 10_000),
    removed_share=st.floats(0.01, 0.5),
)
def test_sums_with_and_without_equal_two_sets_of_searches(nodes, density, seed, removed_share):
    """The sums in the graph are those of :func:`paths.distance_sums` to the last bit; those without the
    removed vertices equal igraph's harmonic sums there and the definition."""
    graph = _graph(nodes, int(density * nodes), seed)
    converted, _ = simple_igraph(graph)
    rng = np.random.default_rng(seed)
    removed = sorted(rng.choice(nodes, size=max(1, int(removed_share * nodes)), replace=False).tolist())
    kept = [v for v in range(nodes) if v not in removed]
    sources = sorted(rng.choice(kept, size=max(1, len(kept) // 2), replace=False).tolist()) if kept else []
    remaining = converted.induced_subgraph(kept, implementation="create_from_scratch")
    before, after = paths.sums_with_and_without(converted, remaining, removed, sources)
    assert np.array_equal(before, paths.distance_sums(converted, sources)[0])
    position = {v: i for i, v in enumerate(kept)}
    harmonic = remaining.harmonic_centrality(vertices=[position[s] for s in sources], mode="all", normalized=False)
    assert after == pytest.approx(np.asarray(harmonic, dtype=float), abs=1e-12)
    without = graph.subgraph(kept)
    assert after == pytest.approx([_inverse_from(without, s, set(kept)) for s in sources], abs=1e-12)
    assert before == pytest.approx([_inverse_from(graph, s, set(graph)) for s in sources], abs=1e-12)


@pytest.mark.parametrize("seed", range(6))
def test_sampled_removal_effect_equals_the_definition_from_the_same_sources(monkeypatch, seed):
    """Above the work limit, DF before and after among the staying actors from the staying sampled
    sources (scaled by n / k), as networkx computes them."""
    graph = _graph(120, 160 + 20 * seed, seed)
    monkeypatch.setattr(paths, "WORK_LIMIT", 1)
    monkeypatch.setattr(paths, "MIN_SAMPLES", 30)
    removed = [3, 50, 51][: 1 + seed % 3]
    effect = removal_effect(graph, removed)
    chosen = paths.choose_sources(len(graph), graph.number_of_edges())
    assert not chosen.exact
    staying = set(graph) - set(removed)
    sources = [s for s in chosen.as_list() if s in staying]
    n, scale = len(staying), len(staying) / len(sources)
    without = graph.subgraph(staying)
    before = sum(_inverse_from(graph, s, staying) for s in sources) * scale
    after = sum(_inverse_from(without, s, staying) for s in sources) * scale
    assert effect["DF_before"] == pytest.approx(1.0 - before / (n * (n - 1)), abs=1e-12)
    assert effect["DF_after"] == pytest.approx(1.0 - after / (n * (n - 1)), abs=1e-12)
    assert effect["DF_after"] >= effect["DF_before"] - 1e-12
