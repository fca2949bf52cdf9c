"""The report's map drawn in a forked child (partnernet.report.background): same files, errors as without it,
no process left behind."""

from __future__ import annotations

import multiprocessing
import os

import pandas as pd
import pytest

import partnernet as pn
from partnernet.errors import UsageError
from partnernet.report import background

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")


@pytest.fixture
def forking(monkeypatch):
    """Fork even where the test runner keeps threads of its own (pytest-xdist); count the children made."""
    made = []
    original = background.Pending.__init__

    def counting(self, *works):
        original(self, *works)
        made.append(self._process is not None)

    monkeypatch.setattr(background, "can_fork", lambda: True)
    monkeypatch.setattr(background.Pending, "__init__", counting)
    return made


@needs_fork
def test_report_and_map_are_the_same_with_and_without_the_child(tmp_path, monkeypatch, forking, example_2026):
    (tmp_path / "child").mkdir()
    (tmp_path / "alone").mkdir()
    pn.report(example_2026, tmp_path / "child" / "r.html")
    assert forking == [True, True]  # the connectors meanwhile, then the pictures and the map
    monkeypatch.setattr(background, "can_fork", lambda: False)
    pn.report(example_2026, tmp_path / "alone" / "r.html")
    assert forking == [True, True, False]
    for name in ("r.html", "r-kaart.html"):
        assert (tmp_path / "child" / name).read_bytes() == (tmp_path / "alone" / name).read_bytes()
    assert not multiprocessing.active_children()


def test_workers_variable_turns_the_child_off(monkeypatch):
    monkeypatch.setenv(background.WORKERS_VARIABLE, "1")
    assert not background.can_fork()


@needs_fork
def test_an_error_in_the_child_is_raised_by_the_parent_as_without_it(forking):
    def work():
        raise UsageError("map_is_folder", path="x", example="x/map.html")

    with background.pending(work) as job, pytest.raises(UsageError) as raised:
        job.result()
    assert forking == [True]
    assert raised.value.code == "map_is_folder"
    assert not multiprocessing.active_children()


@needs_fork
def test_a_child_that_dies_leaves_the_work_to_the_parent(forking):
    parent = os.getpid()

    def work():
        if os.getpid() != parent:
            os._exit(3)  # a crash in the child: nothing is sent
        return "page"

    with background.pending(work) as job:
        assert job.result() == "page"
    assert forking == [True]


@needs_fork
def test_the_child_is_stopped_when_the_parent_fails_first(forking):
    def work():
        import time

        time.sleep(60)
        return "late"

    with pytest.raises(KeyboardInterrupt), background.pending(work):
        assert len(multiprocessing.active_children()) == 1
        raise KeyboardInterrupt
    assert forking == [True]
    assert not multiprocessing.active_children()


def test_no_work_no_child():
    with background.pending(None) as job:
        assert job is None


@needs_fork
def test_ctrl_c_reaching_the_child_leaves_the_stopping_to_the_parent(forking):
    """Ctrl-C reaches the whole process group; the child ignores it (no traceback of its own on the
    terminal) and goes on until the parent, which got it too, stops it."""
    import signal

    def interrupted():
        os.kill(os.getpid(), signal.SIGINT)
        return background.in_child()

    with background.pending(interrupted) as job:
        assert job is not None and job.result(0) is True  # finished by the child, not redone by the parent
    assert forking == [True]


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads a process's state in /proc")
@needs_fork
def test_a_child_whose_parent_is_killed_ends(tmp_path):
    """A parent killed alone (SIGKILL, SIGTERM to its pid) leaves no child waiting for ever to send a result
    larger than the pipe holds: the child's send fails and it ends."""
    import subprocess
    import sys
    import time

    script = tmp_path / "parent.py"
    script.write_text(
        "import os, sys, time\n"
        "from partnernet.report import background\n"
        "background.can_fork = lambda: True\n"
        "job = background.Pending(lambda: (time.sleep(0.5), 'x' * 10_000_000)[1])\n"
        "print(job._process.pid, flush=True)\n"
        "os._exit(0)  # the parent dies without a word, as when it is killed\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    child = int(done.stdout.strip())

    def running() -> bool:
        try:
            with open(f"/proc/{child}/status", encoding="utf-8") as status:
                return not any(line.startswith("State:") and "Z" in line for line in status)
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 30
    while running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not running()


@needs_fork
def test_works_come_in_order_and_a_failed_one_is_redone_by_the_parent(forking):
    parent = os.getpid()

    def second():
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return "second, by the parent"

    with background.pending(lambda: ("first", os.getpid()), second, lambda: "third") as job:
        first, made_by = job.result(0)
        assert (first, made_by != parent) == ("first", True)  # drawn in the child
        assert job.result(1) == "second, by the parent"
        assert job.result(2) == "third"  # the child stopped at the failure: the parent does the rest
    assert forking == [True]
    assert not multiprocessing.active_children()


def test_the_drawing_starts_before_the_key_players_with_the_same_analyses(example_2026):
    """``run`` hands the map's and pictures' analyses over before the key-player search; the organisations'
    fragmentation then gets its key players as ``fragmentation(land, key_players=3)`` gives them."""
    from partnernet.analysis import keyplayers
    from partnernet.report import analyses

    order = []
    original = keyplayers.key_players

    def searching(*args, **kwargs):
        order.append("key players")
        return original(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(analyses, "key_players", searching)
        results = analyses.run(example_2026, ready=lambda basics: order.append(basics))
    basics = order[0]
    assert order[1:] == ["key players", "key players"]
    assert basics.fragmentation.key_players is None and basics.centrality is results.centrality
    assert basics.robustness is results.robustness and basics.overload is results.overload
    whole = pn.fragmentation(example_2026, key_players=3)
    assert results.fragmentation["key_players"]["players"] == whole["key_players"]["players"]
    assert results.fragmentation["key_players"]["score"] == whole["key_players"]["score"]
    assert results.fragmentation["articulation_points"].equals(whole["articulation_points"])


@needs_fork
def test_the_connectors_computed_meanwhile_are_those_computed_in_place(forking, monkeypatch, example_2026):
    """``run`` computes the connectors in a forked child while it computes the other basics: the same
    result as in one process, also when that child fails (the parent then computes them itself)."""
    from partnernet.report import analyses

    hub = analyses.find_expected_hub(example_2026)
    assert hub is not None  # the expected hub's check is among the results compared

    def basics():
        with analyses._connectors_meanwhile(example_2026, hub) as early:
            return analyses._basics(example_2026, analyses.centrality(example_2026), hub, lambda _step: None, early)

    forked = basics()
    assert forking == [True]
    monkeypatch.setattr(background, "can_fork", lambda: False)
    alone = basics()
    assert forking == [True]  # no child at all: connectors in place, in the report's old order
    for name in ("organisations", "persons", "bridges", "pairs", "coverage", "without_connector", "expected_hub"):
        pd.testing.assert_frame_equal(forked.connectors[name], alone.connectors[name])
    assert forked.connectors["threshold"] == alone.connectors["threshold"]
    monkeypatch.setattr(background, "can_fork", lambda: True)
    parent = os.getpid()
    computing = analyses.connectors

    def failing_in_the_child(*args, **kwargs):
        if os.getpid() != parent:
            os._exit(3)
        return computing(*args, **kwargs)

    monkeypatch.setattr(analyses, "connectors", failing_in_the_child)
    redone = basics()
    pd.testing.assert_frame_equal(redone.connectors["organisations"], alone.connectors["organisations"])
    assert not multiprocessing.active_children()


@needs_fork
def test_the_map_work_in_the_child_releases_the_parents_kept_results(forking, example_2026):
    """In the child the map's work drops the results and graphs kept for the parent's landscape (only the
    child's copy of the parent's memory: the parent keeps its own) and draws the same page."""
    from partnernet.analysis import memo
    from partnernet.language.report import Texts
    from partnernet.report import _map_page
    from partnernet.report.analyses import run

    land = example_2026
    basics = run(land)
    texts = Texts("nl")
    in_parent = _map_page(basics, texts)
    assert memo._STORE.get(land) and land._graphs

    def drawn_in_child():
        page = _map_page(basics, texts)
        return background.in_child(), page, len(memo._STORE.get(land, {})), len(land._graphs)

    with background.pending(drawn_in_child) as job:
        assert job is not None
        child, page, kept, graphs = job.result(0)
    assert forking[-1] and child and not background.in_child()
    assert page == in_parent and graphs == 0
    assert kept < len(memo._STORE[land]) and land._graphs  # the parent's are untouched (the child's map names anew)
