"""Communities against formal groups: adjusted Rand index, modularity, seeded Leiden."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
import networkx as nx
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis._plumbing import simple_igraph
from partnernet.analysis.communities import community_table, groups_of, leiden_membership, modularity_of, number_by_size

from conftest import EXAMPLE


def test_adjusted_rand_index_by_hand():
    # Contingency table of [0,0,0,1,1,1] against [0,0,1,1,2,2]: rows (2,1,0), (0,1,2).
    # sum C(n_ij, 2) = 1 + 1 = 2; rows C(3,2) * 2 = 6; columns C(2,2) * 3 = 3; C(6,2) = 15.
    # E = 6 * 3 / 15 = 1.2; ARI = (2 - 1.2) / ((6 + 3) / 2 - 1.2) = 0.8 / 3.3 = 0.242424...
    assert pn.adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(0.8 / 3.3)


def test_adjusted_rand_index_properties():
    a = ["x", "x", "y", "y", "z"]
    assert pn.adjusted_rand_index(a, [7, 7, 3, 3, 1]) == 1.0  # renamed, same partition
    assert pn.adjusted_rand_index(a, [1, 2, 1, 2, 3]) == pytest.approx(pn.adjusted_rand_index([1, 2, 1, 2, 3], a))
    assert pn.adjusted_rand_index([1, 1, 1], [2, 2, 2]) == 1.0  # both trivial
    # all apart against all together: no agreement beyond chance
    assert pn.adjusted_rand_index([1, 2, 3, 4], [0, 0, 0, 0]) == 0.0
    with pytest.raises(pn.UsageError):
        pn.adjusted_rand_index([1, 2], [1, 2, 3])


def test_adjusted_rand_index_against_pair_counting():
    """The contingency-table formula equals counting agreeing pairs directly (Hubert & Arabie)."""
    rng = random.Random(3)
    a = [rng.randint(0, 3) for _ in range(40)]
    b = [rng.randint(0, 4) for _ in range(40)]
    pairs = [(i, j) for i in range(40) for j in range(i + 1, 40)]
    both = sum(a[i] == a[j] and b[i] == b[j] for i, j in pairs)
    in_a = sum(a[i] == a[j] for i, j in pairs)
    in_b = sum(b[i] == b[j] for i, j in pairs)
    expected = in_a * in_b / len(pairs)
    assert pn.adjusted_rand_index(a, b) == pytest.approx((both - expected) / ((in_a + in_b) / 2 - expected))


def test_modularity_equals_networkx():
    graph = nx.karate_club_graph()  # edges carry a "weight"
    converted, nodes = simple_igraph(graph, "weight")
    clubs = [graph.nodes[n]["club"] for n in nodes]
    partition = [{n for n in nodes if graph.nodes[n]["club"] == c} for c in sorted(set(clubs))]
    assert modularity_of(converted, clubs, "weight") == pytest.approx(
        nx.community.modularity(graph, partition, weight="weight")
    )
    assert modularity_of(converted, clubs, None) == pytest.approx(
        nx.community.modularity(graph, partition, weight=None)
    )


def test_leiden_is_seeded_and_numbered_by_size():
    converted, _ = simple_igraph(nx.les_miserables_graph(), "weight")
    state = random.getstate()
    first = leiden_membership(converted, seed=1)
    assert random.getstate() == state  # the global random module is left alone
    assert np.array_equal(first, leiden_membership(converted, seed=1))
    sizes = np.bincount(first)[1:]
    assert list(sizes) == sorted(sizes, reverse=True)
    found = modularity_of(converted, first)
    assert found > 0.5  # Les Miserables has a clear community structure


def test_number_by_size():
    assert number_by_size(["b", "a", "a", "c", "b", "a"]).tolist() == [2, 1, 1, 3, 2, 1]


def test_groups_of_persons_come_from_their_organisation(english):
    land = pn.load(EXAMPLE).at("2026-01-01")
    groups = groups_of(land, ["p001", "p002", "p063"], "domain", "persons")
    assert groups.tolist() == ["administration", "security", "care"]
    with pytest.raises(pn.UsageError, match="no column 'sector'"):
        groups_of(land, ["p001"], "sector", "persons")
    assert groups_of(nx.path_graph(3), [0, 1, 2], "domain") is None


def test_community_table():
    communities = pd.Series([1, 1, 1, 2], index=list("abcd"))
    groups = pd.Series(["care", "care", "security", "care"], index=list("abcd"))
    table = community_table(communities, groups)
    assert table.loc[1, "groups"] == {"care": 2, "security": 1}  # data, most common first (issue 14f)
    assert list(table.loc[1, "groups"]) == ["care", "security"]
    assert table.loc[1, "main_group_share"] == pytest.approx(2 / 3)
    assert table["size"].tolist() == [3, 1]


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3)), min_size=2, max_size=40))
@settings(max_examples=80, deadline=None)
def test_adjusted_rand_index_is_the_float_of_scipy_comb(pairs):
    """communities._pairs replaces scipy.special.comb(x, 2) (not imported on a report's path): the index is
    the very float the formula with scipy's comb gives (Hubert & Arabie 1985)."""
    import numpy as np
    from scipy import sparse
    from scipy.special import comb

    from partnernet.analysis.communities import adjusted_rand_index

    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    rows, cols = pd.factorize(np.asarray(a, dtype=object))[0], pd.factorize(np.asarray(b, dtype=object))[0]
    table = sparse.coo_matrix((np.ones(len(a)), (rows, cols))).tocsr()
    together = comb(table.data, 2).sum()
    row_pairs = comb(np.asarray(table.sum(axis=1)).ravel(), 2).sum()
    col_pairs = comb(np.asarray(table.sum(axis=0)).ravel(), 2).sum()
    expected = row_pairs * col_pairs / comb(len(a), 2)
    maximum = (row_pairs + col_pairs) / 2.0
    want = 1.0 if maximum == expected else float((together - expected) / (maximum - expected))
    assert adjusted_rand_index(a, b) == want
