"""The critical path of one ``partnernet report`` in CPU seconds: what its wall time would be on an idle machine.

The report forks a child that draws the pictures and the map (``partnernet/report/background.py``) while the
parent does the rest, so on a shared machine the wall time says little. This script runs the command in this
process (start-up and imports included: the interpreter's own CPU time since it started counts) and prints

- ``before``: the CPU seconds until the drawing child is forked (see :func:`_measure`), ``early``: those of
  the child that computed the connectors meanwhile,
- ``parent``: its CPU seconds after the fork, ``child``: the child's (``os.times`` of the waited-for children),
- ``critical``: before + max(parent, child), and ``total``: all CPU seconds.

Usage: ``python benchmarks/crit.py [--runs 3] -- report FOLDER -o r.html --at 2026-01-01``; the median of each
figure over the runs is printed last (each run is a fresh process). ``--each`` prints one line per run only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

FIGURES = ("before", "early", "parent", "child", "critical", "total")


def _cpu() -> tuple[float, float]:
    """(this process's CPU seconds, its waited-for children's)."""
    times = os.times()
    return times.user + times.system, times.children_user + times.children_system


def _measure(arguments: list[str]) -> None:
    """Run ``partnernet <arguments>`` here and print the figures as one line ``name=value ...``.

    A report may fork twice: a child computing the connectors while the parent computes the other basics
    (``early``), then the drawing child. ``before`` is the critical path until the drawing child is forked:
    the parent's CPU until then, or the CPU until the early fork plus the early child's, when that is longer
    (the parent then waits for it).
    """
    from partnernet.report import background

    forks: list[tuple[float, float]] = []
    start = background.Pending.__init__

    def recording(self, *works):
        forks.append(_cpu())
        start(self, *works)

    background.Pending.__init__ = recording  # type: ignore[method-assign]
    from partnernet.cli import main

    sys.argv = ["partnernet", *arguments]
    try:
        main()
    except SystemExit as stop:
        if stop.code:
            raise
    total, children = _cpu()
    drawing = forks[-1] if forks else (total, children)
    early = drawing[1] - forks[0][1] if len(forks) > 1 else 0.0  # the early child was joined before the last fork
    before = max(drawing[0], forks[0][0] + early) if len(forks) > 1 else drawing[0]
    parent, child = total - drawing[0], children - drawing[1]
    figures = dict(before=before, early=early, parent=parent, child=child, critical=before + max(parent, child))
    figures["total"] = total + children
    print(" ".join(f"{k}={v:.3f}" for k, v in figures.items()), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    given = parser.parse_args()
    arguments = [a for a in given.arguments if a != "--"] if given.arguments[:1] == ["--"] else given.arguments
    if given.measure:
        _measure(arguments)
        return
    rows = []
    for _ in range(given.runs):
        done = subprocess.run(
            [sys.executable, __file__, "--measure", "--", *arguments], capture_output=True, text=True, check=True
        )
        line = done.stderr.strip().splitlines()[-1]
        print(line)
        rows.append({k: float(v) for k, v in (part.split("=") for part in line.split())})
    print("median " + " ".join(f"{k}={statistics.median(r[k] for r in rows):.3f}" for k in FIGURES))
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
