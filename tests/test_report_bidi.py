"""Names holding bidi controls (U+202E, an unclosed U+2066) cannot reverse or swallow the text after them:
every place a name enters a sentence, the advice, the action table or a table cell isolates it (FSI ... PDI),
and apart from the isolates the report reads exactly as it does with the plain names (issue 15, part K)."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnernet.cli import cli

EXAMPLE = Path(__file__).parent.parent / "data" / "regio-voorbeeld"
#: plain name -> the same name with a bidi control (an override inside, an isolate never closed)
HOSTILE = {
    "Gemeente Klein-Dorp RTL": "Gemeente Klein-Dorp \u202eRTL",
    "GGZ Veldland": "GGZ Veldland\u2066",
}
CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.nodes: list[str] = []

    def handle_data(self, data):
        if data.strip():
            self.nodes.append(data)


def _report(tmp_path: Path, names: dict, lang: str, suffix: str) -> str:
    base = tmp_path / f"run-{len(list(tmp_path.iterdir()))}"
    folder = base / "regio"  # the same folder name: the subtitle names it
    shutil.copytree(EXAMPLE, folder)
    path = folder / "organisations.csv"
    text = path.read_text(encoding="utf-8")
    for old, new in names.items():
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    out = base / f"r{suffix}"
    args = ["report", str(folder), "--at", "2026-01-01", "-o", str(out), "--no-map", "--lang", lang]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def _unisolated(text: str) -> list[str]:
    """The bidi controls of ``text`` outside an FSI ... PDI pair (each with its surroundings)."""
    found, depth = [], 0
    for match in CONTROLS.finditer(text):
        char = match.group()
        if char == "\u2068":
            depth += 1
        elif char == "\u2069":
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(text[max(0, match.start() - 40) : match.end() + 40])
    return found


@pytest.fixture
def plain_names():
    return {plain: plain for plain in HOSTILE}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_name_with_a_bidi_control_sits_in_an_isolate_and_the_rest_is_unchanged(tmp_path, lang, plain_names):
    hostile = _report(tmp_path, {"Gemeente Klein-Dorp": "Gemeente Klein-Dorp RTL", **HOSTILE}, lang, ".html")
    plain = _report(tmp_path, {"Gemeente Klein-Dorp": "Gemeente Klein-Dorp RTL", **plain_names}, lang, ".html")
    parsed, expected = _Text(), _Text()
    parsed.feed(hostile)
    expected.feed(plain)
    for node in parsed.nodes:
        assert not _unisolated(node), _unisolated(node)
    advice = [n for n in parsed.nodes if n.lstrip().startswith(("spreek met", "agree with"))]  # finding 7's
    assert advice and all("\u2068" + HOSTILE["GGZ Veldland"] + "\u2069" in n for n in advice), advice
    back = []
    for node in parsed.nodes:
        for plain_name, name in HOSTILE.items():
            node = node.replace("\u2068" + name + "\u2069", plain_name)
        back.append(node.replace("\u2068", "").replace("\u2069", ""))  # a list of names isolated as a whole
    said = [n for n in back if "U+202E" in n]  # the loader's warning on these names, in the data's notes
    assert said, "the report does not pass on the loader's warning about bidi controls"
    back = [n for n in back if "U+202E" not in n]
    quiet = {"Het inlezen gaf geen waarschuwingen.", "Reading the data gave no warnings."}  # the plain names' report
    assert back == [
        n for n in expected.nodes if n not in quiet
    ]  # the text after each name reads as with the plain name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markdown_isolates_every_name_with_a_bidi_control(tmp_path, lang):
    text = _report(tmp_path, {"Gemeente Klein-Dorp": "Gemeente Klein-Dorp RTL", **HOSTILE}, lang, ".md")
    assert text.count("\u202e") >= 3  # the finding, its advice line and the action table at least
    for line in text.splitlines():
        assert not _unisolated(line), line
