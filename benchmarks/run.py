"""Measure every performance target of partnernet and print the figure, the limit and the ratio.

    .venv/bin/python benchmarks/run.py [--skip-scaling] [--tests | --tests-only] [--smoke]

Targets (issues 9 and 17), on synthetic landscapes from
benchmarks/make_landscape.py (generated once, cached under the temporary
directory), each report in a fresh process on two cores, start-up included:

- start-up: ``partnernet --help`` under 0.3 s, ``partnernet validate
  data/regio-voorbeeld`` under 1 s;
- the report: region (300 organisations, 150 bodies, 1,500 persons) under
  2 s; nation (5,000 / 2,500 / 25,000, about 110,000 memberships) under 15 s
  and 1 GB; four times the nation (20,000 / 10,000 / 100,000) under 60 s and
  2 GB; the empirical exponent of the report's CPU time against the
  memberships at most 1.0 (benchmarks/scaling.py: five sizes from the region
  to four times the nation; with --skip-scaling only those three);
- centrality on the organisation projection within 1.5x of calling igraph
  directly on the same graph, with the same results, at the region, the
  nation (exact) and four times the nation (sampled sources, the same for
  both); at least 10x faster than networkx on a province; sampled
  betweenness with Spearman rank correlation >= 0.95 against exact;
- key players: the nation's three key organisations by DF (the report's
  search): the sampled DF of the set within its stated error of the exact DF;
- loading 100,000 memberships from CSV in at most 10x pandas.read_csv;
- with --tests (or --tests-only, without the measurements above):
  ``pytest -m "not browser and not notebook"`` under 2 minutes and the whole
  ``pytest`` under 6 minutes (wall time; the CPU seconds of pytest and its
  workers beside it).

``--smoke`` runs every measurement on landscapes of a few dozen organisations
(tests/test_benchmarks.py does, to keep this script working); its figures
say nothing. Timings vary with the machine's load: run it on a quiet
machine, and trust CPU seconds and ratios over wall time.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import partnernet as pn  # noqa: E402
from common import DATE, SIZES, SMOKE_SIZES, landscape, measure, named, partnernet_command  # noqa: E402
from scaling import curve, exponent, print_curve, size_of  # noqa: E402
from targets import centrality_rows, key_player_rows, row  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3


def best(call, repeats: int = REPEATS) -> float:
    """Fastest of ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def startup_rows(repeats: int = 5) -> list[dict]:
    """``partnernet --help`` and ``partnernet validate`` on the example region, best of fresh processes."""
    command = partnernet_command()
    helping = min(measure([command, "--help"]).seconds for _ in range(repeats))
    validating = min(
        measure([command, "validate", str(ROOT / "data" / "regio-voorbeeld")]).seconds for _ in range(repeats)
    )
    return [
        row("partnernet --help", f"{helping:.2f} s", "< 0.3 s", helping / 0.3, helping < 0.3),
        row("partnernet validate data/regio-voorbeeld", f"{validating:.2f} s", "< 1 s", validating, validating < 1),
    ]


def report_rows(runs: dict, curve_rows: list[dict]) -> list[dict]:
    what = runs["region"]["what"]
    rows = []
    for name, seconds, megabytes in (("region", 2, None), ("nation", 15, 1024), ("4x nation", 60, 2048)):
        run = runs[name]
        rows.append(
            row(
                f"{name} {what} ({run['cpu_seconds']:.1f} s CPU)",
                f"{run['seconds']:.1f} s",
                f"< {seconds} s",
                run["seconds"] / seconds,
                run["seconds"] < seconds,
            )
        )
        if megabytes:
            rows.append(
                row(
                    f"{name} peak memory",
                    f"{run['peak_mb']:.0f} MB",
                    f"< {megabytes} MB",
                    run["peak_mb"] / megabytes,
                    run["peak_mb"] < megabytes,
                )
            )
    slope = exponent(curve_rows, "cpu_seconds")
    rows.append(
        row(
            f"exponent of report CPU time vs memberships ({len(curve_rows)} sizes)",
            f"{slope:.2f}",
            "<= 1.0",
            slope,
            slope <= 1.0,
        )
    )
    return rows


def networkx_rows(province) -> list[dict]:
    """pn.centrality against networkx alone on a province's organisation projection."""
    from targets import fresh_projection

    graph = fresh_projection(province)
    ours = best(lambda: pn.centrality(fresh_projection(province), exact=True))
    networkx_only = best(lambda: pn.centrality(graph, backend="networkx"), 1)
    print(
        f"province organisation projection ({len(graph):,} nodes, {graph.number_of_edges():,} links): "
        f"centrality {ours:.2f} s, networkx alone {networkx_only:.1f} s"
    )
    speed = networkx_only / ours
    return [
        row(
            "centrality vs networkx alone (province projection)",
            f"{speed:.0f}x faster",
            ">= 10x faster",
            10 / speed,
            speed >= 10,
        )
    ]


def betweenness_rows(nation) -> list[dict]:
    """Sampled (automatic) against exact betweenness on the national organisation projection."""
    from targets import fresh_projection

    graph = fresh_projection(nation)
    sampled = pn.centrality(graph)
    exact = pn.centrality(fresh_projection(nation), exact=True)
    if sampled.attrs["exact"]:
        return [row("nation sampled betweenness, Spearman vs exact", "exact", ">= 0.95", 1.0, True)]
    from scipy.stats import spearmanr  # here: a second or more to import, and a small graph needs none

    rho = spearmanr(sampled["betweenness"], exact["betweenness"].reindex(sampled.index)).statistic
    top = len(set(sampled.index[:10]) & set(exact.index[:10]))
    print(
        f"nation organisation projection: betweenness from {sampled.attrs['sources']:,} sampled sources "
        f"(stated error {sampled.attrs['betweenness_error']:.0%}); {top} of the top 10 as exact"
    )
    return [row("nation sampled betweenness, Spearman vs exact", f"{rho:.4f}", ">= 0.95", rho / 0.95, rho >= 0.95)]


def load_rows(folder: Path) -> list[dict]:
    """pn.load of the memberships CSV (an edge list with dates) against pandas.read_csv of the same file."""
    path = folder / "memberships.csv"
    reading = best(lambda: pd.read_csv(path))
    loading = best(lambda: pn.load(path))
    rows = len(pd.read_csv(path))
    print(f"loading {rows:,} memberships: pn.load {loading:.2f} s, pandas.read_csv {reading:.3f} s")
    ratio = loading / reading
    return [row(f"load {rows:,} memberships vs pandas.read_csv", f"{ratio:.1f}x", "<= 10x", ratio / 10, ratio <= 10)]


def test_rows() -> list[dict]:
    """The test suite as the README runs it (``pytest``), and without the browser and notebook tests.

    Each run is one ``pytest -q`` process (its workers included in the CPU figure: setup.cfg's ``-n auto
    --dist loadgroup --doctest-modules``); the row gives the wall time against the limit, the CPU seconds
    (user + system of pytest and its workers) and pytest's last line (how many passed). A run with failures
    is a target missed, not a crash of this script."""
    rows = []
    for label, extra, limit in (
        ("pytest -m 'not browser and not notebook'", ["-m", "not browser and not notebook"], 120),
        ("pytest (whole suite)", [], 360),
    ):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", *extra], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        lines = done.stdout.strip().splitlines()
        said = lines[-1].strip("= ") if lines else f"exit {done.returncode}"
        print(f"{label}: {seconds:.0f} s wall, {cpu:.0f} s CPU; {said}", file=sys.stderr)
        met = seconds < limit and done.returncode == 0
        rows.append(row(label, f"{seconds:.0f} s ({cpu:.0f} s CPU)", f"< {limit} s", seconds / limit, met))
    return rows


def print_rows(rows: list[dict]) -> None:
    frame = pd.DataFrame(rows).set_index("target")
    print()
    print(frame.to_string())
    print(
        f"\n{sum(r['met'] == 'yes' for r in rows)} of {len(rows)} targets met "
        "(ratio: measured / limit for times and memory, limit / measured for speed-ups; below 1 is good, "
        "except for the Spearman row, where above 1 is good)."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-scaling",
        action="store_true",
        help="time the report only at the region, the nation and four times the nation",
    )
    parser.add_argument("--tests", action="store_true", help="also time the test suite (several minutes)")
    parser.add_argument("--tests-only", action="store_true", help="time the test suite only (no landscapes)")
    parser.add_argument(
        "--smoke", action="store_true", help="every measurement on tiny landscapes, to check that the script works"
    )
    args = parser.parse_args(argv)
    if args.tests_only:
        rows = test_rows()
        print_rows(rows)
        return 0 if all(r["met"] == "yes" for r in rows) else 1
    sizes = SMOKE_SIZES if args.smoke else SIZES
    print(f"partnernet {pn.__version__}, numpy {np.__version__}, pandas {pd.__version__}; date {DATE}", file=sys.stderr)
    named_sizes = [sizes[name][0] for name in ("region", "nation", "4x nation")]
    if args.skip_scaling or args.smoke:
        curve_rows = curve(sorted(set(named_sizes)))  # the smoke sizes repeat (common.SMOKE_SIZES)
    else:
        curve_rows = curve()
    print_curve(curve_rows)
    print()
    runs = {
        name: next(r for r in curve_rows if size_of(r["organisations"]) == sizes[name])
        for name in ("region", "nation", "4x nation")
    }
    loaded = {folder: pn.load(folder).at(DATE) for folder in {named(name, sizes) for name in sizes}}
    lands = {name: loaded[named(name, sizes)] for name in ("region", "province", "nation", "4x nation")}
    rows = (
        startup_rows(1 if args.smoke else 5)
        + report_rows(runs, curve_rows)
        + betweenness_rows(lands["nation"])
        + centrality_rows(lands)
        + networkx_rows(lands["province"])
        + key_player_rows(lands["nation"])
        + load_rows(landscape(*sizes["nation"]))
        + (test_rows() if args.tests else [])
    )
    print_rows(rows)
    return 0 if all(r["met"] == "yes" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
