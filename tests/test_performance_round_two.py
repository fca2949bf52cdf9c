"""Performance round two (issue 17): the shortcuts give the same results as the straightforward way.

Covered: the key-player scorer that scores each set once (against scoring
anew every time, exact and sampled), and the effect of removing actors
estimated from sampled sources above the work limit (against the exact
effect, and exact with every node as a source). No timings here: speed is
measured by benchmarks/run.py.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis import keyplayers, paths
from partnernet.analysis.cohesion import removal_effect
from partnernet.language.notes import say as said_notes


def random_graphs():
    """Random graphs of several shapes; two of them disconnected."""
    return [
        nx.gnp_random_graph(40, 0.1, seed=1),
        nx.barabasi_albert_graph(60, 2, seed=2),
        nx.connected_caveman_graph(6, 5),
        nx.watts_strogatz_graph(50, 4, 0.2, seed=3),
        nx.union(nx.gnp_random_graph(30, 0.15, seed=4), nx.path_graph(8), rename=("a", "b")),
    ]


def _scoring_anew(monkeypatch):
    """Make the scorer search every set again, as before it kept scores."""
    monkeypatch.setattr(
        keyplayers._Scorer, "score", lambda self, removed, estimate=True: self._score(set(removed), estimate)
    )
    monkeypatch.setattr(
        keyplayers._Scorer,
        "final_with_error",
        lambda self, removed: (
            self._final_with_error(set(removed))
            if self.criterion == "DF" and self.final_sample is not None
            else (self._score(set(removed), False), 0.0)
        ),
    )


def _same(kept: dict, anew: dict) -> None:
    for field in ("players", "dropped", "score", "score_error", "intact", "top_individuals_score", "effect"):
        assert kept[field] == anew[field], field
    pd.testing.assert_frame_equal(kept["individual"], anew["individual"], check_exact=True)
    assert kept["evaluated_sets"] <= anew["evaluated_sets"]


@pytest.mark.parametrize("graph", random_graphs())
@pytest.mark.parametrize("criterion", ["F", "DF"])
def test_scores_kept_per_set_equal_scoring_anew(monkeypatch, graph, criterion):
    for k in (1, 2, 3):
        kept = pn.key_players(graph, k, criterion, method="greedy")
        with monkeypatch.context() as patched:
            _scoring_anew(patched)
            anew = pn.key_players(graph, k, criterion, method="greedy")
        _same(kept, anew)


@pytest.mark.parametrize("graph", random_graphs()[:3])
def test_sampled_scores_kept_per_set_equal_scoring_anew(monkeypatch, graph):
    """DF compared from sampled sources and final scores estimated (limits lowered to reach them)."""
    monkeypatch.setattr(keyplayers, "LARGE_GRAPH_NODES", 20)
    monkeypatch.setattr(keyplayers, "DF_SAMPLE_SOURCES", 12)
    monkeypatch.setattr(paths, "WORK_LIMIT", 10)
    monkeypatch.setattr(paths, "MIN_SAMPLES", 15)
    kept = pn.key_players(graph, 2, "DF", candidates=15)
    assert "estimated from 15 of" in said_notes(kept["note"], "en") and kept["score_error"] > 0
    with monkeypatch.context() as patched:
        _scoring_anew(patched)
        anew = pn.key_players(graph, 2, "DF", candidates=15)
    _same(kept, anew)


def _exact_staying_df(graph: nx.Graph, removed: list, paths_of: nx.Graph) -> float:
    """DF among the nodes of ``graph`` that stay, with the distances of ``paths_of``, by networkx."""
    staying = [v for v in graph if v not in removed]
    n = len(staying)
    total = sum(
        1.0 / d
        for s in staying
        for t, d in nx.single_source_shortest_path_length(paths_of, s).items()
        if t != s and t in staying
    )
    return 1.0 - total / (n * (n - 1))


def test_removal_effect_is_exact_below_the_work_limit():
    graph = nx.barabasi_albert_graph(80, 2, seed=6)
    removed = [0, 1]
    effect = removal_effect(graph, removed)
    assert effect["DF_before"] == pytest.approx(_exact_staying_df(graph, removed, graph), abs=1e-12)
    after = graph.subgraph([v for v in graph if v not in removed])
    assert effect["DF_after"] == pytest.approx(_exact_staying_df(graph, removed, after), abs=1e-12)


def test_removal_effect_above_the_work_limit_is_estimated_from_the_sampled_sources(monkeypatch):
    """Above the limit both DF values come from the same sampled sources: close to the exact values,
    the change never negative (removing actors cannot shorten a path), exact with every node a source."""
    graph = nx.barabasi_albert_graph(400, 2, seed=7)
    removed = [0, 1, 2]
    exact = removal_effect(graph, removed)
    monkeypatch.setattr(paths, "WORK_LIMIT", 1)
    estimated = removal_effect(graph, removed)
    assert estimated["DF_before"] != exact["DF_before"]
    for field in ("DF_before", "DF_after"):
        assert estimated[field] == pytest.approx(exact[field], abs=0.02)
    assert estimated["DF_after"] >= estimated["DF_before"] and estimated["changed"] == exact["changed"]
    monkeypatch.setattr(paths, "MIN_SAMPLES", 400)  # every node sampled: the exact values again
    every = removal_effect(graph, removed)
    for field in ("DF_before", "DF_after"):
        assert every[field] == pytest.approx(exact[field], abs=1e-12)
    assert np.isclose(every["F_after"], exact["F_after"])


@pytest.mark.parametrize(
    "graph",
    [
        nx.random_labeled_tree(60, seed=8),
        nx.barabasi_albert_graph(70, 1, seed=9),
        nx.star_graph(12),
        nx.disjoint_union(nx.star_graph(5), nx.path_graph(4)),
    ],
)
def test_sampled_df_with_pendant_neighbours_equals_scoring_each_set(graph):
    """Candidates with neighbours that hang on them alone: those drop out without a new search."""
    from partnernet.analysis.dfsample import sampled_df_without_each
    from partnernet.igraph_bridge import to_igraph

    converted, _ = to_igraph(graph, None)
    n = converted.vcount()
    sample = sorted(np.random.default_rng(1).choice(n, size=min(n, 15), replace=False).tolist())
    candidates = sorted(range(n), key=lambda v: -graph.degree(v))[:12]
    scorer = keyplayers._Scorer(converted, "DF", sample)
    for removed in (set(), {candidates[0]}):
        rest = [v for v in candidates if v not in removed]
        expected = [scorer.score(removed | {v}) for v in rest]
        assert sampled_df_without_each(converted, removed, rest, sample) == pytest.approx(expected, abs=1e-12)
