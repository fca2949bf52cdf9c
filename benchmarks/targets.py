"""The in-process targets of benchmarks/run.py: centrality against igraph alone, and the key players' error."""

from __future__ import annotations

import time

import networkx as nx
import numpy as np

import partnernet as pn
from partnernet import graphs
from partnernet.analysis import paths
from partnernet.analysis.cohesion import distance_fragmentation_of, simple_igraph
from partnernet.igraph_bridge import to_igraph

#: Largest difference between partnernet's centrality and igraph's own that counts as the same result.
SAME = 1e-6


def row(target: str, measured: str, limit: str, ratio: float, met: bool) -> dict:
    return {
        "target": target,
        "measured": measured,
        "limit": limit,
        "ratio": f"{ratio:.2f}",
        "met": "yes" if met else "NO",
    }


def fresh_projection(land, level: str = "organisations") -> nx.Graph:
    """The projection as ``land.graph`` gives it, but a new object (no result cached on it)."""
    return nx.freeze(graphs.projection_graph(land, level))


def direct_igraph(converted, sources: paths.Sources) -> dict:
    """What centrality computes, called on igraph directly (from ``sources`` when they are a sample)."""
    weights = converted.es["weight"]
    n = converted.vcount()
    found = {"partners": converted.degree(), "weighted_degree": converted.strength(weights=weights)}
    if sources.exact:
        found["betweenness"] = converted.betweenness(directed=False)
        found["harmonic_closeness"] = converted.harmonic_centrality(normalized=False)
    else:
        chosen = sources.as_list()
        found["betweenness"] = np.asarray(converted.betweenness(directed=False, sources=chosen)) * n / len(chosen)
        step = max(1, paths.CHUNK_ENTRIES // n)
        inverse = np.zeros(n)
        for start in range(0, len(chosen), step):
            d = np.asarray(converted.distances(source=chosen[start : start + step]), dtype=float)
            with np.errstate(divide="ignore"):
                inverse += np.where(np.isfinite(d) & (d > 0), 1.0 / d, 0.0).sum(axis=0)
        found["harmonic_closeness"] = inverse * (n - 1) / (len(chosen) - np.isin(np.arange(n), chosen))
    found["pagerank"] = converted.pagerank(weights=weights)
    found["eigenvector"] = converted.eigenvector_centrality(weights=weights)
    return found


def difference(ours, direct: dict, n: int) -> float:
    """Largest difference between partnernet's columns and igraph's values in partnernet's units."""
    scale = {"betweenness": 2.0 / ((n - 1) * (n - 2)), "harmonic_closeness": 1.0 / (n - 1)}
    worst = 0.0
    for column, values in direct.items():
        values = np.asarray(values, dtype=float) * scale.get(column, 1.0)
        if column == "eigenvector":
            values = values / np.linalg.norm(values)
        mine = ours[column].to_numpy(dtype=float)
        relative = np.abs(mine - values) / np.maximum(1.0, np.abs(values))
        worst = max(worst, float(relative.max()))
    return worst


def centrality_rows(lands: dict) -> list[dict]:
    """pn.centrality against igraph alone on the organisation projections, best of 2, same sources."""
    rows = []
    for name in ("region", "nation", "4x nation"):
        land = lands[name]
        exact = None if name == "4x nation" else True
        graph = fresh_projection(land)
        converted, nodes = to_igraph(graph, "weight")
        sources = paths.choose_sources(converted.vcount(), converted.ecount(), exact)
        ours_seconds, direct_seconds = [], []
        for _ in range(2):
            start = time.perf_counter()
            ours = pn.centrality(fresh_projection(land), exact=exact)
            ours_seconds.append(time.perf_counter() - start)
            start = time.perf_counter()
            direct = direct_igraph(converted, sources)
            direct_seconds.append(time.perf_counter() - start)
        worst = difference(ours.reindex(nodes), direct, len(nodes))
        ratio = min(ours_seconds) / min(direct_seconds)
        how = "exact" if sources.exact else f"{sources.count} sampled sources"
        print(
            f"centrality, {name} organisation projection ({len(nodes):,} nodes, {converted.ecount():,} links, "
            f"{how}): {min(ours_seconds):.2f} s, igraph alone {min(direct_seconds):.2f} s; largest difference "
            f"{worst:.1e}"
        )
        rows.append(
            row(
                f"centrality vs igraph alone ({name}, {how}; same results: {worst <= SAME})",
                f"{ratio:.2f}x",
                "<= 1.5x",
                ratio / 1.5,
                ratio <= 1.5 and worst <= SAME,
            )
        )
    return rows


def key_player_rows(nation) -> list[dict]:
    """The report's key-player search on the nation (3 organisations by DF): sampled DF against exact DF."""
    start = time.perf_counter()
    found = pn.key_players(nation, k=3, criterion="DF")
    seconds = time.perf_counter() - start
    converted, nodes = simple_igraph(nation.graph("organisations"))
    position = {node: i for i, node in enumerate(nodes)}
    converted.delete_vertices([position[p] for p in found["players"]])
    exact = distance_fragmentation_of(converted)
    error = found.get("score_error", 0.0)
    gap = abs(found["score"] - exact)
    print(
        f"key players, nation: {', '.join(map(str, found['players']))} in {seconds:.1f} s "
        f"({found['evaluated_sets']} sets scored); DF {found['score']:.5f} +- {error:.5f} (stated), exact "
        f"{exact:.5f}; {found['note'] or ''}"
    )
    limit = max(2 * error, 1e-12)
    return [
        row(
            "nation key players: |DF - exact DF| within 2 stated errors",
            f"{gap:.5f}",
            f"<= {limit:.5f}",
            gap / limit,
            gap <= limit,
        )
    ]
