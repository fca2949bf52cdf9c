"""Gould-Fernandez brokerage: the published R sna values (Butts, sna::brokerage), conventions, expected values."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis.brokerage import _network_moments, _node_moments, brokered_pairs

SNA = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
KITE_GROUPS = {n: "X" if n <= 3 else "Y" if n <= 6 else "Z" for n in range(10)}


def directed_six():
    graph = nx.DiGraph([(1, 2), (1, 3), (2, 3), (2, 5), (3, 4), (4, 5), (5, 6), (6, 1)])
    return graph, dict(zip(range(1, 7), "AABBCC"))


def brute_force(graph, groups):
    """Definition of Gould & Fernandez, pair by pair (sna convention: undirected ties both ways)."""
    directed = graph if graph.is_directed() else graph.to_directed()
    counts = {v: dict.fromkeys(SNA[:-1], 0) for v in graph}
    for v in directed:
        for a, b in itertools.product(directed.predecessors(v), directed.successors(v)):
            if a == b or directed.has_edge(a, b):
                continue
            ga, gv, gb = groups[a], groups[v], groups[b]
            role = (
                "coordinator"
                if ga == gv == gb
                else "itinerant"
                if ga == gb
                else "representative"
                if ga == gv
                else "gatekeeper"
                if gv == gb
                else "liaison"
            )
            counts[v][role] += 1
    frame = pd.DataFrame.from_dict(counts, orient="index")[SNA[:-1]]
    frame["total"] = frame.sum(axis=1)
    return frame


def test_karate_matches_sna():
    result = pn.brokerage(nx.karate_club_graph(), "club", sna_compatible=True)
    assert list(result.columns) == SNA
    assert result.sum().tolist() == [510, 20, 128, 128, 0, 786]
    assert result.loc[0].tolist() == [174, 0, 15, 15, 0, 204]
    assert result.loc[2].tolist() == [10, 12, 23, 23, 0, 68]
    assert result.loc[33].tolist() == [156, 6, 40, 40, 0, 242]


def test_kite_matches_sna():
    result = pn.brokerage(nx.krackhardt_kite_graph(), KITE_GROUPS, sna_compatible=True)
    assert result.sum().tolist() == [8, 2, 14, 14, 10, 48]
    assert result.loc[3].tolist() == [2, 2, 5, 5, 0, 14]
    assert result.loc[5].tolist() == [0, 0, 2, 2, 6, 10]
    assert result.loc[7].tolist() == [0, 0, 2, 2, 0, 4]


@pytest.mark.parametrize("sna_compatible", [False, True])
def test_directed_six_node_graph_matches_sna(sna_compatible):
    graph, groups = directed_six()
    result = pn.brokerage(graph, groups, sna_compatible=sna_compatible)
    assert list(result.columns) == SNA  # directed graphs keep representative and gatekeeper apart
    assert result.sum().tolist() == [0, 0, 3, 5, 1, 9]
    assert result.loc[1, "gatekeeper"] == 1 and result.loc[1, "liaison"] == 1
    assert result.loc[3, "gatekeeper"] == 2 and result.loc[5, "gatekeeper"] == 2


def test_undirected_default_counts_unordered_pairs_with_boundary():
    result = pn.brokerage(nx.karate_club_graph(), "club")
    assert list(result.columns) == ["coordinator", "itinerant", "boundary", "liaison", "total"]
    assert result.loc[0].tolist() == [87, 0, 15, 0, 102]
    assert result.loc[33].tolist() == [78, 3, 40, 0, 121]
    kite = pn.brokerage(nx.krackhardt_kite_graph(), KITE_GROUPS)
    assert kite.loc[5].tolist() == [0, 0, 2, 3, 5]
    assert kite.sum().tolist() == [4, 1, 14, 5, 24]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("directed", [False, True])
def test_random_graphs_equal_the_definition(seed, directed):
    graph = nx.gnp_random_graph(25, 0.2, seed=seed, directed=directed)
    groups = {n: "abcd"[(n * 7 + seed) % 4] for n in graph}
    ours = pn.brokerage(graph, groups, sna_compatible=True)
    pd.testing.assert_frame_equal(ours, brute_force(graph, groups), check_names=False)


def test_groups_from_attribute_mapping_and_unknown(english):
    graph = nx.path_graph(["a", "b", "c"])
    nx.set_node_attributes(graph, {"a": "care", "c": "security"}, "domain")
    result = pn.brokerage(graph, "domain")
    # b has no domain: missing data, not a group "(unknown)": no role for b, and no triad through b counts
    assert result.loc["b"].isna().all() and result.loc[["a", "c"], "total"].tolist() == [0, 0]
    assert pn.brokerage(graph, {"a": "x", "b": "x", "c": "x"}).loc["b", "coordinator"] == 1
    with pytest.raises(pn.UsageError, match="no node has the attribute 'regime'"):
        pn.brokerage(graph, "regime")


def test_brokered_pairs_detail_sums_to_the_counts():
    graph = nx.karate_club_graph()
    detail = brokered_pairs(graph, "club")
    totals = detail.groupby("broker")["pairs"].sum()
    assert totals.to_dict() == {k: v for k, v in pn.brokerage(graph, "club")["total"].items() if v}
    assert set(detail["role"]) <= {"coordinator", "itinerant", "boundary", "liaison"}


# -- expected values and z-scores (R sna exp.nli, sd.nli, z.nli) -------------------


def test_expected_values_follow_sna_formulas_on_the_kite():
    result = pn.brokerage_significance(nx.krackhardt_kite_graph(), KITE_GROUPS, sna_compatible=True)
    d = 36 / 90  # 18 undirected edges = 36 directed ties among 10 nodes
    q = d * d * (1 - d)
    expected = result["expected"]
    assert expected.loc[0, "coordinator"] == pytest.approx(q * 3 * 2)  # group X has 4 nodes
    assert expected.loc[4, "coordinator"] == pytest.approx(q * 2 * 1)  # group Y has 3
    assert expected.loc[0, "itinerant"] == pytest.approx(q * (3 * 2 + 3 * 2))
    assert expected.loc[0, "representative"] == pytest.approx(q * 6 * 3)
    assert expected.loc[0, "liaison"] == pytest.approx(q * (6**2 - 9 - 9))
    assert expected.loc[0, "total"] == pytest.approx(q * 9 * 8)
    sd_total = np.sqrt(q * 72 * (1 - q) + 2 * 9 * 8 * 7 * d**3 * (1 - d) ** 3)
    assert result["sd"].loc[0, "total"] == pytest.approx(sd_total)
    z = (result["observed"] - result["expected"]) / result["sd"]
    pd.testing.assert_frame_equal(result["z"], z)
    assert result["network"].loc["total", "observed"] == 48


def test_undirected_default_has_the_same_z_scores_as_sna():
    graph = nx.karate_club_graph()
    sna = pn.brokerage_significance(graph, "club", sna_compatible=True)
    ours = pn.brokerage_significance(graph, "club")
    for role in ("coordinator", "itinerant", "liaison", "total"):
        assert ours["expected"][role].tolist() == pytest.approx((sna["expected"][role] / 2).tolist())
        pd.testing.assert_series_equal(ours["z"][role], sna["z"][role])
    pd.testing.assert_series_equal(ours["z"]["boundary"], sna["z"]["representative"], check_names=False)
    assert ours["network"].loc["boundary", "observed"] == 128
    assert ours["network"]["z"].to_numpy() == pytest.approx(
        sna["network"]["z"].drop("gatekeeper").to_numpy(), nan_ok=True
    )


def test_zero_sd_gives_nan_not_infinity():
    result = pn.brokerage_significance(nx.path_graph(4), {0: "a", 1: "b", 2: "b", 3: "c"}, sna_compatible=True)
    assert np.isnan(result["z"].loc[0, "coordinator"])  # a group of one: no coordinator pairs possible


def test_expected_values_and_sd_agree_with_simulation():
    """Node moments are exact for a Bernoulli random digraph: check by Monte Carlo."""
    rng = np.random.default_rng(7)
    groups = np.array([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3])
    n, density, samples = len(groups), 0.3, 3000
    ties = (rng.random((samples, n, n)) < density).astype(np.int8)
    ties[:, np.arange(n), np.arange(n)] = 0
    open_paths = ties[:, :, :, None] * ties[:, None, :, :] * (1 - ties)[:, :, None, :]
    open_paths *= np.arange(n)[:, None, None] != np.arange(n)[None, None, :]
    ga, gv, gb = groups[:, None, None], groups[None, :, None], groups[None, None, :]
    masks = [
        (ga == gv) & (gv == gb),
        (ga == gb) & (ga != gv),
        (ga == gv) & (gv != gb),
        (ga != gv) & (gv == gb),
        (ga != gv) & (gv != gb) & (ga != gb),
    ]
    counts = np.stack([(open_paths * m).sum(axis=(1, 3)) for m in masks], axis=-1)
    counts = np.concatenate([counts, counts.sum(axis=-1, keepdims=True)], axis=-1)
    mean, variance = _node_moments(np.bincount(groups).astype(float), float(n), density)
    for v in (0, 4, 11):
        simulated = counts[:, v]
        error = simulated.std(axis=0) / np.sqrt(samples)
        assert np.all(np.abs(simulated.mean(axis=0) - mean[groups[v]]) <= 5 * error + 1e-9)
        assert simulated.std(axis=0) == pytest.approx(np.sqrt(variance[groups[v]]), rel=0.06, abs=1e-9)
    network_mean, _ = _network_moments(np.bincount(groups).astype(float), float(n), density)
    total = counts.sum(axis=1)
    assert total.mean(axis=0) == pytest.approx(network_mean, rel=0.03)


def test_blank_group_counts_as_missing_not_as_a_group():
    """Five organisations, e blank: the counts are those of the known-group subnetwork {a, b, c, d}.

    Ties a-b, b-c, c-d, b-e, e-d; groups a, b: x, c: y, d: z. By hand, on a-b-c-d (e left out):
    b brokers (a, c): a in x = b's group, c in y -> boundary 1; c brokers (b, d): liaison? no: c is y,
    b is x, d is z -> liaison 1. Nothing else is open. Counting e as a group "(unknown)" would add
    b: (a, e), (c, e); e: (b, d); d: (c, e); c: none more.
    """
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("b", "e"), ("e", "d")])
    groups = {"a": "x", "b": "x", "c": "y", "d": "z", "e": None}
    ours = pn.brokerage(graph, groups)
    assert ours.loc["e"].isna().all()
    assert ours.loc["b"].tolist() == [0, 0, 1, 0, 1] and ours.loc["c"].tolist() == [0, 0, 0, 1, 1]
    assert ours.loc[["a", "d"], "total"].tolist() == [0, 0]
    known = graph.subgraph("abcd")
    expected = pn.brokerage(known, groups)
    pd.testing.assert_frame_equal(ours.drop(index="e"), expected.astype(float), check_names=False)
    sna = pn.brokerage(graph, groups, sna_compatible=True).drop(index="e")
    pd.testing.assert_frame_equal(sna, pn.brokerage(known, groups, sna_compatible=True).astype(float))
    significance = pn.brokerage_significance(graph, groups)
    alone = pn.brokerage_significance(known, groups)
    pd.testing.assert_frame_equal(significance.z.drop(index="e"), alone.z)
    pd.testing.assert_frame_equal(significance.network, alone.network)
    assert significance.z.loc["e"].isna().all() and significance.expected.loc["e"].isna().all()
    detail = brokered_pairs(graph, groups)
    assert "e" not in set(detail["broker"]) and "(unknown)" not in set(detail["source_group"]) | set(
        detail["target_group"]
    )
