"""Searches from many sources at once (analysis/bitsearch.py) and pieces from one depth-first search
(analysis/cutpieces.py) give what igraph gives, to the last bit; callers fall back on deep graphs."""

from __future__ import annotations

import numpy as np
import pytest

import partnernet as pn
from partnernet._igraph import ig
from partnernet.analysis import bitsearch, cohesion, paths
from partnernet.analysis.cutpieces import piece_pairs_without_each
from partnernet.analysis.resilience import removal_effects


def _graphs() -> list[tuple[str, ig.Graph, list[int]]]:
    rng = np.random.default_rng(7)
    found = [
        ("zachary", ig.Graph.Famous("Zachary"), []),
        ("zachary without hubs", ig.Graph.Famous("Zachary"), [0, 33]),
        ("star without centre", ig.Graph.Star(12), [0]),
        ("two triangles", ig.Graph(n=7, edges=[(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]), [4]),
        ("barabasi", ig.Graph.Barabasi(400, 3, start_from=None), [0, 1]),
    ]
    for i in range(12):
        n = int(rng.integers(3, 140))
        graph = ig.Graph.Erdos_Renyi(n, float(rng.uniform(0.01, 0.2)))
        found.append((f"random {i}", graph, rng.choice(n, int(rng.integers(0, 3)), replace=False).tolist()))
    return found


def _layout(graph: ig.Graph) -> bitsearch.Layout:
    edges = np.asarray(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    return bitsearch.layout(edges[:, 0], edges[:, 1], graph.vcount())


@pytest.mark.parametrize(("name", "graph", "removed"), _graphs(), ids=[g[0] for g in _graphs()])
def test_searches_equal_igraph(name, graph, removed):
    n = graph.vcount()
    blocked = np.zeros(n, dtype=bool)
    blocked[removed] = True
    kept = np.flatnonzero(~blocked)
    rest = graph.induced_subgraph(kept.tolist(), implementation="create_from_scratch")
    lay = _layout(graph)
    levels = bitsearch.distance_levels(lay, kept, blocked)
    assert np.array_equal(bitsearch.as_distances(levels)[:, kept], np.asarray(rest.distances(), dtype=float))
    harmonic = np.asarray(rest.harmonic_centrality(normalized=False), dtype=float)
    every = bitsearch.sums_by_source(lay, kept, blocked, every=True)
    assert every.tolist() == harmonic.tolist()  # bit for bit, not approximately
    some = kept[::3]
    assert bitsearch.sums_by_source(lay, some, blocked).tolist() == harmonic[::3].tolist()
    counts = bitsearch.counts_by_distance(lay, kept, blocked).sum(axis=0) // 2
    assert counts.tolist() == [c for _, _, c in rest.path_length_hist(directed=False).bins()]


@pytest.mark.parametrize(("name", "graph", "removed"), _graphs(), ids=[g[0] for g in _graphs()])
def test_pieces_equal_the_blocks(name, graph, removed):
    from scipy import sparse

    n = graph.vcount()
    edges = np.asarray(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    matrix = sparse.coo_matrix(
        (np.ones(2 * len(edges)), (np.r_[edges[:, 0], edges[:, 1]], np.r_[edges[:, 1], edges[:, 0]])), shape=(n, n)
    ).tocsr()
    alive = np.ones(n, dtype=bool)
    alive[removed] = False
    size, pairs, total = piece_pairs_without_each(matrix.indptr, matrix.indices, alive)
    expected = removal_effects(graph, alive)
    assert size[alive].tolist() == expected.component_size[alive].tolist()
    assert pairs[alive].tolist() == expected.piece_pairs[alive].tolist()
    assert total == expected.pair_total


def test_a_long_chain_is_searched_per_source():
    chain = ig.Graph.Ring(3 * bitsearch.MAX_LEVELS)
    with pytest.raises(bitsearch.TooDeep):
        bitsearch.distance_levels(_layout(chain), [0])
    exact = paths.distance_totals(chain)
    assert paths.distance_totals(chain, None, _layout(chain)) == exact
    sampled = paths.choose_sources(chain.vcount(), chain.ecount(), exact=False, samples=5)
    rows = paths.distance_sums(chain, sampled.as_list())[0]
    assert paths.distance_sums(chain, sampled.as_list(), _layout(chain))[0].tolist() == rows.tolist()


def test_removal_effect_as_with_igraph_searches(monkeypatch):
    land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    persons = list(land.graph("persons").nodes)[:3]
    organisations = ["gemeente-veldstad", "politie-ct-team"]
    found = [cohesion.removal_effect(land, persons, level="persons"), cohesion.removal_effect(land, organisations)]
    monkeypatch.setattr(bitsearch, "MAX_LEVELS", 0)  # every bitsearch gives up: igraph searches as before
    fresh = land.replace()  # nothing kept from the searches above
    expected = [
        cohesion.removal_effect(fresh, persons, level="persons"),
        cohesion.removal_effect(fresh, organisations),
    ]
    assert found == expected
