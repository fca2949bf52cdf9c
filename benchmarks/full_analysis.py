"""The full analysis a steering-group report runs, step by step, with the seconds of each step.

    .venv/bin/python benchmarks/full_analysis.py PATH [--at 2026-01-01] [--map map.html]

Until ``partnernet report`` exists this bundle stands in for it in the
benchmarks (``benchmarks/run.py`` times the real command once it is
there). It runs what the report runs: load, then on ``land.at(date)`` the
summary, centrality (organisations and persons), connectors by domain with
the expected hub, overload (both levels), redundancy, nested and small
bodies, hierarchy, covenant coverage, fragmentation (organisations with
three key players by DF, persons with two by F), the what-if scenario of
the most critical person (when ``pn.whatif`` exists), the robustness curve,
the E-I index, governance and the map; turnover on the whole register as
of the date.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import partnernet as pn


def expected_hub(land) -> str | None:
    """The OM: ``om-parket`` in the example region, the first regional OM office in a synthetic one."""
    ids = land.organisations.index
    if "om-parket" in ids:
        return "om-parket"
    offices = [i for i in ids if "-om-" in str(i)]
    return offices[0] if offices else None


def steps(full, land, map_path: Path) -> list[tuple[str, callable]]:
    """(name, call) for every analysis of the report, in report order (see partnernet/report/analyses.py)."""
    hub = expected_hub(land)
    found = {}
    return [
        ("summary", lambda: pn.summary(land)),
        ("centrality organisations", lambda: found.setdefault("centrality", pn.centrality(land))),
        ("centrality persons", lambda: pn.centrality(land, level="persons")),
        ("connectors", lambda: pn.connectors(land, by="domain", expected_hub=hub)),
        ("overload organisations and persons", lambda: (pn.overload(land), pn.overload(land, level="persons"))),
        (
            "redundancy, nested and small bodies",
            lambda: (pn.redundancy(land), pn.nested_bodies(land), pn.small_bodies(land)),
        ),
        ("hierarchy and covenant coverage", lambda: (pn.hierarchy(land), pn.covenant_coverage(land))),
        (
            "fragmentation organisations, 3 key players (DF)",
            lambda: found.setdefault("fragmentation", pn.fragmentation(land, key_players=3)),
        ),
        (
            "fragmentation persons, 2 key players (F)",
            lambda: pn.fragmentation(land, level="persons", key_players=2, criterion="F"),
        ),
        ("what-if: the most critical person leaves", lambda: _whatif(land, found["fragmentation"])),
        ("robustness curve", lambda: pn.robustness_curve(land, runs=50)),
        ("turnover", lambda: pn.turnover(full, as_of=land.date)),
        ("E-I index and governance", lambda: (pn.ei_index(land, "domain"), pn.governance(land, found["centrality"]))),
        ("map", lambda: pn.visualise(land, map_path)),
    ]


def _whatif(land, fragmentation: dict):
    """The report's scenario: the person articulation point that cuts off most leaves (if any)."""
    points = fragmentation["articulation_points"]
    points = points[points["level"] == "persons"].sort_values("nodes_cut_off", ascending=False, kind="stable")
    if not hasattr(pn, "whatif") or points.empty:  # pn.whatif arrives with the report
        return None
    return pn.whatif(land, remove=[points.index[0]])


def run(path, at: str = "2026-01-01", map_path: Path | None = None, verbose: bool = False) -> dict[str, float]:
    """Seconds per step (``load`` first, then every analysis), the whole bundle in ``total``."""
    timings: dict[str, float] = {}
    start = time.perf_counter()
    full = pn.load(path)
    land = full.at(at)
    timings["load"] = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        for name, call in steps(full, land, map_path or Path(folder) / "map.html"):
            begin = time.perf_counter()
            call()
            timings[name] = time.perf_counter() - begin
            if verbose:
                print(f"{name:<50}{timings[name]:>8.2f} s", file=sys.stderr, flush=True)
    timings["total"] = time.perf_counter() - start
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="landscape folder or file")
    parser.add_argument("--at", default="2026-01-01", help="date of the snapshot (default 2026-01-01)")
    parser.add_argument("--map", type=Path, default=None, help="keep the map at this path")
    args = parser.parse_args(argv)
    timings = run(args.path, args.at, args.map, verbose=True)
    print(f"{'load':<50}{timings['load']:>8.2f} s")
    print(f"{'total':<50}{timings['total']:>8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
