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


def test_names_with_a_bidi_override_cannot_reverse_the_rest_of_a_sentence(tmp_path):
    """A U+202E (right-to-left override) in a name is closed with the name: FSI ... PDI around it."""
    import html
    import re

    folder = tmp_path / "l"
    shutil.copytree(FIXTURES / "mini", folder)
    name = "Gemeente \u202eKlein-Dorp"
    path = folder / "organisations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Gemeente Klein-Dorp", name), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(folder), "-o", str(out), "--no-map", "--at", "all"])
    assert result.exit_code == 0, result.output
    nodes = [html.unescape(t).strip() for t in re.findall(r">([^<]+)<", out.read_text(encoding="utf-8"))]
    holding = [t for t in nodes if "\u202e" in t]
    in_sentences = [t for t in holding if t != name]
    assert in_sentences, holding  # the name is named in a sentence, not only in a cell of its own
    for text in in_sentences:
        assert text.count("\u202e") == text.count("\u2068" + name + "\u2069"), text
