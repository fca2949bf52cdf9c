"""The notebooks and scripts in examples/ run from start to end, so they never rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


def test_there_are_notebooks_and_a_script():
    assert len(NOTEBOOKS) >= 2
    assert list(EXAMPLES.glob("*.py"))


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[n.name for n in NOTEBOOKS])
def test_notebook_runs(notebook):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    document = nbformat.read(notebook, as_version=4)
    nbclient.NotebookClient(
        document, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    errors = [o for c in document.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []


def test_report_script_runs(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(EXAMPLES / "report_for_a_date.py"),
            str(EXAMPLES.parent / "data" / "regio-voorbeeld"),
            "2026-01-01",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Gemeente Klein-Dorp: 46.0 hours per month, 2.30 x capacity" in result.stdout
    assert (tmp_path / "report-nl.html").exists() and (tmp_path / "report-en-map.html").exists()
