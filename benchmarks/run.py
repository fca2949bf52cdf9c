"""Measure every performance target of partnernet and print the figure, the limit and the ratio.

    .venv/bin/python benchmarks/run.py [--skip-scaling]

Targets (issue 9), on synthetic landscapes from benchmarks/make_landscape.py
(generated once, cached under the temporary directory):

- region (300 organisations, 150 bodies, 1,500 persons): the report in under 5 s;
- nation (5,000 organisations, 2,500 bodies, 25,000 persons, about 100,000
  memberships): the report in under 60 s with peak memory under 2 GB, on 2 cores;
  sampled betweenness with Spearman rank correlation >= 0.95 against exact;
- centrality on a projection within 1.5x of calling igraph directly on the same
  graph, and at least 10x faster than the networkx-only path;
- loading 100,000 memberships from CSV in a small multiple (at most 10x) of
  pandas.read_csv on the same file;
- the scaling curve: the report at five sizes, time and memory per size, with the
  empirical exponent (benchmarks/scaling.py).

"The report" is ``partnernet report`` when this partnernet has that command, and
otherwise the analysis bundle it will run (benchmarks/full_analysis.py); the
output says which. Each report runs in a fresh process on two cores, start-up
included. Timings vary with the machine's load: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import networkx as nx  # noqa: E402
from scipy.stats import spearmanr  # noqa: E402

import partnernet as pn  # noqa: E402
from common import DATE, SIZES, named  # noqa: E402
from partnernet import graphs  # noqa: E402
from partnernet.igraph_bridge import to_igraph  # noqa: E402
from scaling import curve, print_curve, size_of  # noqa: E402

REPEATS = 3


def best(call, repeats: int = REPEATS) -> float:
    """Fastest of ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def row(target: str, measured: str, limit: str, ratio: float, met: bool) -> dict:
    return {"target": target, "measured": measured, "limit": limit, "ratio": f"{ratio:.2f}",
            "met": "yes" if met else "NO"}


def report_rows(runs: dict) -> list[dict]:
    region, nation = runs["region"], runs["nation"]
    what = region["what"]
    return [
        row(f"region {what}", f"{region['seconds']:.1f} s", "< 5 s", region["seconds"] / 5, region["seconds"] < 5),
        row(f"nation {what}", f"{nation['seconds']:.1f} s", "< 60 s", nation["seconds"] / 60,
            nation["seconds"] < 60),
        row("nation peak memory", f"{nation['peak_mb']:.0f} MB", "< 2048 MB", nation["peak_mb"] / 2048,
            nation["peak_mb"] < 2048),
    ]


def fresh_projection(land, level: str = "organisations") -> nx.Graph:
    """The projection as ``land.graph`` gives it, but a new object (no result cached on it)."""
    return nx.freeze(graphs.projection_graph(land, level))


def betweenness_rows(nation) -> list[dict]:
    """Sampled (automatic) against exact betweenness on the national organisation projection."""
    graph = fresh_projection(nation)
    start = time.perf_counter()
    sampled = pn.centrality(graph)
    sampled_seconds = time.perf_counter() - start
    start = time.perf_counter()
    exact = pn.centrality(fresh_projection(nation), exact=True)
    exact_seconds = time.perf_counter() - start
    rho = spearmanr(sampled["betweenness"], exact["betweenness"].reindex(sampled.index)).statistic
    top = len(set(sampled.index[:10]) & set(exact.index[:10]))
    print(f"nation organisation projection ({len(graph):,} nodes, {graph.number_of_edges():,} links): "
          f"centrality {sampled_seconds:.1f} s from {sampled.attrs['sources']:,} sampled sources "
          f"(stated error {sampled.attrs['betweenness_error']:.0%}), {exact_seconds:.1f} s exact; "
          f"{top} of the top 10 the same")
    return [row("nation sampled betweenness, Spearman vs exact", f"{rho:.4f}", ">= 0.95", rho / 0.95, rho >= 0.95)]


def direct_igraph(converted) -> None:
    """What centrality computes, called on igraph directly: degrees, betweenness, closeness, PageRank, eigenvector."""
    weights = converted.es["weight"]
    converted.degree()
    converted.strength(weights=weights)
    converted.betweenness(directed=False)
    converted.harmonic_centrality(normalized=False)
    converted.pagerank(weights=weights)
    converted.eigenvector_centrality(weights=weights)


def centrality_rows(nation, province) -> list[dict]:
    """pn.centrality against igraph alone (nation) and against networkx alone (province, where networkx finishes)."""
    converted, _ = to_igraph(fresh_projection(nation), "weight")
    ours = best(lambda: pn.centrality(fresh_projection(nation), exact=True), 2)
    direct = best(lambda: direct_igraph(converted), 2)
    graph = fresh_projection(province)
    small_ours = best(lambda: pn.centrality(fresh_projection(province), exact=True))
    networkx_only = best(lambda: pn.centrality(graph, backend="networkx"), 1)
    print(f"centrality, exact: nation organisation projection {ours:.2f} s (igraph alone {direct:.2f} s); "
          f"province organisation projection ({len(graph):,} nodes, {graph.number_of_edges():,} links) "
          f"{small_ours:.2f} s (networkx alone {networkx_only:.1f} s)")
    return [
        row("centrality vs igraph alone (nation projection)", f"{ours / direct:.2f}x", "<= 1.5x",
            ours / direct / 1.5, ours / direct <= 1.5),
        row("centrality vs networkx alone (province projection)", f"{networkx_only / small_ours:.0f}x faster",
            ">= 10x faster", 10 / (networkx_only / small_ours), networkx_only / small_ours >= 10),
    ]


def load_rows(folder: Path) -> list[dict]:
    """pn.load of the memberships CSV (an edge list with dates) against pandas.read_csv of the same file."""
    path = folder / "memberships.csv"
    reading = best(lambda: pd.read_csv(path))
    loading = best(lambda: pn.load(path))
    whole = best(lambda: pn.load(folder))
    files = best(lambda: [pd.read_csv(f) for f in sorted(folder.glob("*.csv"))])
    rows = len(pd.read_csv(path))
    print(f"loading {rows:,} memberships: pn.load {loading:.2f} s, pandas.read_csv {reading:.3f} s; "
          f"the whole landscape folder {whole:.2f} s against {files:.3f} s for read_csv of its files "
          f"({whole / files:.1f}x)")
    ratio = loading / reading
    return [row(f"load {rows:,} memberships vs pandas.read_csv", f"{ratio:.1f}x", "<= 10x", ratio / 10, ratio <= 10)]


def print_rows(rows: list[dict]) -> None:
    frame = pd.DataFrame(rows).set_index("target")
    print()
    print(frame.to_string())
    print(f"\n{sum(r['met'] == 'yes' for r in rows)} of {len(rows)} targets met "
          "(ratio: measured / limit for times and memory, limit / measured for speed-ups; below 1 is good, "
          "except for the Spearman row, where above 1 is good).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-scaling", action="store_true",
                        help="time the report only for the region and the nation, not at five sizes")
    args = parser.parse_args(argv)
    print(f"partnernet {pn.__version__}, numpy {np.__version__}, pandas {pd.__version__}; date {DATE}",
          file=sys.stderr)
    sizes = [SIZES["region"][0], SIZES["nation"][0]] if args.skip_scaling else None
    curve_rows = curve(sizes) if sizes else curve()
    runs = {"region": next(r for r in curve_rows if size_of(r["organisations"]) == SIZES["region"]),
            "nation": next(r for r in curve_rows if size_of(r["organisations"]) == SIZES["nation"])}
    if not args.skip_scaling:
        print_curve(curve_rows)
        print()
    nation = pn.load(named("nation")).at(DATE)
    province = pn.load(named("province")).at(DATE)
    rows = (report_rows(runs) + betweenness_rows(nation) + centrality_rows(nation, province)
            + load_rows(named("nation")))
    print_rows(rows)
    return 0 if all(r["met"] == "yes" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
