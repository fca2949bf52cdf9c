"""The benchmark scripts keep working: benchmarks/run.py --smoke measures every target on tiny landscapes.

No timing is asserted (the figures of a smoke run mean nothing); the test
checks that every target is measured and printed with a ratio.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
TARGETS = (
    "partnernet --help",
    "partnernet validate",
    "region partnernet report",
    "nation peak memory",
    "4x nation partnernet report",
    "4x nation peak memory",
    "exponent of report CPU time",
    "nation sampled betweenness",
    "centrality vs igraph alone (region",
    "centrality vs igraph alone (nation",
    "centrality vs igraph alone (4x nation",
    "centrality vs networkx alone",
    "nation key players",
    "memberships vs pandas.read_csv",
)


@pytest.mark.benchmarks
def test_run_measures_every_target_on_tiny_landscapes(tmp_path):
    environment = dict(os.environ, TMPDIR=str(tmp_path))  # the landscapes are cached under the temporary folder
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--smoke"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=BENCHMARKS.parent,
    )
    assert result.returncode in (0, 1), result.stderr[-3000:]  # 1: a target missed, which tiny sizes may
    table = result.stdout.split("\ntarget ")[-1]  # the table printed last
    for target in TARGETS:
        assert target in table, f"{target!r} is not measured:\n{result.stdout}"
    assert "targets met" in result.stdout
    assert "empirical exponent" in result.stdout
