"""Report cells and text as a circulating document shows them: no local paths, names bidi-isolated."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from partnernet.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("suffix", [".html", ".md", ".xlsx"])
def test_report_shows_the_source_folder_name_not_its_path(tmp_path, suffix):
    folder = tmp_path / "secret-analyst-home" / "regio-x"
    shutil.copytree(FIXTURES / "mini", folder)
    out = tmp_path / f"r{suffix}"
    result = CliRunner().invoke(cli, ["report", str(folder), "-o", str(out), "--no-map", "--at", "all"])
    assert result.exit_code == 0, result.output
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(out)
        text = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)
        text += " ".join(str(v) for v in vars(book.properties).values() if v)
    else:
        text = out.read_text(encoding="utf-8")
    assert "regio-x" in text
    assert "secret-analyst-home" not in text and str(tmp_path) not in text
