"""Shared plumbing of the benchmarks: cached synthetic landscapes and measured child processes.

Every timing that a user would feel (a command, the full analysis) runs in a
fresh Python process, limited to two CPU cores, so it includes start-up and
imports and its peak memory is its own (``os.wait4`` returns the child's
resource usage).

The child runs as a user's command would: with the bytecode cache that Python
writes on an installed package's first run (``pip install`` compiles the
libraries; this module compiles partnernet itself once, see
:func:`bytecode_ready`), also where ``PYTHONDONTWRITEBYTECODE`` is set in the
shell that starts the benchmark.
"""

from __future__ import annotations

import compileall
import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = Path(tempfile.gettempdir()) / "partnernet-benchmarks"
DATE = "2026-01-01"  # the synthetic memberships run 2018-2025
CORES = 2

#: (organisations, bodies, persons) of the named landscapes of the targets.
SIZES = {
    "region": (300, 150, 1500),
    "province": (1000, 500, 5000),
    "nation": (5000, 2500, 25000),
    "4x nation": (20000, 10000, 100000),
}
#: The same names at a few dozen organisations: ``run.py --smoke`` runs every measurement on these
#: (tests/test_benchmarks.py), to keep the scripts working; its figures mean nothing. Two sizes are
#: enough for that (the scaling curve's slope needs two): the province is the region's size and four
#: times the nation the nation's, so the smoke run generates two landscapes and times two reports.
SMOKE_SIZES = {"region": (40, 20, 200), "province": (40, 20, 200), "nation": (60, 30, 300), "4x nation": (60, 30, 300)}


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str
    cpu_seconds: float = 0.0


def landscape(organisations: int, bodies: int, persons: int, seed: int = 1) -> Path:
    """A synthetic landscape folder (benchmarks/make_landscape.py), generated once and cached."""
    folder = CACHE / f"landscape-{organisations}-{bodies}-{persons}-s{seed}"
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_landscape.py"),
                "--organisations",
                str(organisations),
                "--bodies",
                str(bodies),
                "--persons",
                str(persons),
                "--seed",
                str(seed),
                "-o",
                str(folder),
            ],
            check=True,
            capture_output=True,
        )
        (folder / "complete").write_text("")
    return folder


def named(name: str, sizes: dict = SIZES) -> Path:
    return landscape(*sizes[name])


def _two_cores() -> None:
    if hasattr(os, "sched_setaffinity"):
        available = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, available[:CORES])


@functools.cache
def bytecode_ready() -> None:
    """Compile partnernet's modules into their ``__pycache__`` once (Python does so on a normal
    install's first run; ``PYTHONDONTWRITEBYTECODE`` would make every measured run compile them again)."""
    spec = importlib.util.find_spec("partnernet")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)


def measure(command: list[str]) -> Run:
    """Wall-clock seconds and peak resident memory (MB) of ``command`` in a child on two cores."""
    bytecode_ready()
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env = dict(
        environment,
        OMP_NUM_THREADS=str(CORES),
        OPENBLAS_NUM_THREADS=str(CORES),
        MKL_NUM_THREADS=str(CORES),
        PYTHONHASHSEED="0",
    )
    with tempfile.TemporaryFile("w+") as output:
        start = time.perf_counter()
        child = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, env=env, preexec_fn=_two_cores, cwd=HERE.parent
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}):\n{text[-2000:]}")
    # ru_maxrss is in kilobytes on Linux; CPU seconds are the child's user plus system time
    return Run(seconds, usage.ru_maxrss / 1024, text, usage.ru_utime + usage.ru_stime)


def partnernet_command() -> str:
    return str(Path(sys.executable).with_name("partnernet"))


@functools.cache
def report_available() -> bool:
    """Whether this partnernet has the ``report`` command (the benchmark times it when it does).

    Asked once per run: it is a fresh process importing the CLI (about a second).
    """
    found = subprocess.run([partnernet_command(), "report", "--help"], capture_output=True)
    return found.returncode == 0


def report_command(folder: Path, out: Path) -> tuple[list[str], str]:
    """The command that stands for "partnernet report" on ``folder``, and what it is."""
    if report_available():
        return (
            [partnernet_command(), "report", str(folder), "-o", str(out / "report.html"), "--at", DATE],
            "partnernet report",
        )
    return (
        [sys.executable, str(HERE / "full_analysis.py"), str(folder), "--at", DATE, "--map", str(out / "map.html")],
        "full analysis (benchmarks/full_analysis.py)",
    )
