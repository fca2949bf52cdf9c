"""A reader that leaves early (``partnernet validate X | head -1``) does not change a command's exit status
(issue 14, part N: a failing validation exited 0 behind a closed pipe, 2 without it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import EXAMPLE, FIXTURES


def closed_pipe(*args: str) -> tuple[int, str]:
    """Run partnernet with its stdout a pipe whose reader has already gone: exit status and stderr."""
    command = [sys.executable, "-c", "from partnernet.cli import main; main()", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    return process.wait(timeout=300), err


def unusable(tmp_path):
    folder = tmp_path / "kapot"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id,name\n,Zonder id\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_a_failing_validation_stays_a_failure(tmp_path, fmt):
    folder = unusable(tmp_path)
    status, err = closed_pipe("validate", str(folder), "--format", fmt)
    alone = subprocess.run(
        [sys.executable, "-c", "from partnernet.cli import main; main()", "validate", str(folder), "--format", fmt],
        capture_output=True,
    )
    assert alone.returncode == 2
    assert status == 2 and "Traceback" not in err and "BrokenPipe" not in err


def test_a_good_run_stays_a_success():
    status, err = closed_pipe("connectors", str(EXAMPLE), "--at", "2026-01-01", "--format", "json")
    assert status == 0 and err == ""


def test_a_usable_validation_stays_a_success():
    status, err = closed_pipe("validate", str(FIXTURES / "mini"))
    assert status == 0 and "Traceback" not in err
