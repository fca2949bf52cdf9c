"""Every reader of a text file reads the encodings Excel, Notepad and Gephi write (issue 14, "one home
for words"): UTF-8, UTF-8 with a byte-order mark, UTF-16 with its mark (little- and big-endian) and
Windows-1252 (with the loader's warning). The same names ('Ç', 'ë', '€') in each encoding load to the
same landscape, from every input kind: a folder of CSV files, an edge list, JSON, GraphML and GEXF, and
the files commands take besides a landscape (survey make --bodies, viz --metrics and --mark).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import partnernet as pn
from partnernet import language
from partnernet.cli import cli
from partnernet.cli.intake import body_list
from partnernet.cli.viz import read_marker, read_metrics
from partnernet.io.text import UTF8_SEQUENCE

from conftest import FIXTURES

#: How each encoding writes a text: the byte-order marks as Excel ("Unicode text") and Notepad write them.
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "utf-16-le": lambda text: b"\xff\xfe" + text.encode("utf-16-le"),
    "utf-16-be": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "cp1252": lambda text: text.encode("cp1252"),
}
#: Names outside ASCII, each in Windows-1252 (so every encoding can write them).
NAMES = {"Gemeente Klein-Dorp": "Gemeente Çëlle €", "Weegoverleg": "Weegoverleg ë €", "A. Jansen": "Ç. Jansën"}
TABLES = ("organisations", "bodies", "persons", "memberships", "ties", "covenants")


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv(language.LANG_VARIABLE, "en")


def tables(land: pn.Landscape) -> dict[str, pd.DataFrame]:
    return {name: getattr(land, name) for name in TABLES}


def assert_same(land: pn.Landscape, expected: pn.Landscape) -> None:
    for name, frame in tables(expected).items():
        pd.testing.assert_frame_equal(getattr(land, name), frame, obj=name)


def encoding_warnings(land: pn.Landscape) -> list:
    return [w for w in land.warnings if w.code == "encoding"]


def named_folder(folder: Path, names: dict[str, str] = NAMES) -> Path:
    """The mini landscape copied to ``folder`` with its names replaced by ``names``."""
    shutil.copytree(FIXTURES / "mini", folder)
    for path in folder.glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        for old, new in names.items():
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return folder


def encoded(files: list[Path], encoding: str, declaration: str | None = None) -> None:
    """Rewrite ``files`` (UTF-8) in ``encoding``; an XML declaration's encoding set to ``declaration``."""
    for path in files:
        text = path.read_bytes().decode("utf-8")
        if declaration is not None:
            text = re.sub(r"""encoding=["'][^"']*["']""", f'encoding="{declaration}"', text, count=1)
        path.write_bytes(ENCODINGS[encoding](text))


KINDS = {"folder": "land", "json": "land.json", "graphml": "land.graphml", "gexf": "land.gexf"}


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_every_input_kind_loads_the_same_landscape_in_every_encoding(tmp_path, kind, encoding):
    """A UTF-16 bodies.csv is no misnamed column, a GraphML saved by Notepad as 'Unicode' or 'ANSI'
    (its declaration still saying UTF-8) is no encoding error: each gives the UTF-8 file's landscape."""
    source = pn.load(named_folder(tmp_path / "source"))
    (tmp_path / "utf8").mkdir()
    written = pn.write(source, tmp_path / "utf8" / KINDS[kind])
    expected = pn.load(written)
    copy = tmp_path / encoding / KINDS[kind]
    copy.parent.mkdir()
    (shutil.copytree if written.is_dir() else shutil.copy)(written, copy)
    encoded(sorted(copy.glob("*.csv")) if copy.is_dir() else [copy], encoding)
    land = pn.load(copy)
    assert_same(land, expected)
    assert "Gemeente Çëlle €" in set(land.organisations["name"])
    assert [w.code for w in land.warnings if w.code != "encoding"] == [w.code for w in expected.warnings]
    assert bool(encoding_warnings(land)) == (encoding == "cp1252")  # the guess is said, the rest is silent


@pytest.mark.parametrize("declared", ["windows-1252", "ISO-8859-15", "cp1252"])
@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_a_graph_file_in_the_encoding_its_declaration_names_loads_without_a_warning(tmp_path, declared, suffix):
    source = pn.load(named_folder(tmp_path / "source", {"Gemeente Klein-Dorp": "Gemeente Çëlle"}))
    written = pn.write(source, tmp_path / f"land{suffix}")
    expected = pn.load(written)
    text = re.sub(r"""encoding=["'][^"']*["']""", f'encoding="{declared}"', written.read_text(encoding="utf-8"))
    written.write_bytes(text.encode(declared))
    land = pn.load(written)
    assert_same(land, expected)
    assert not encoding_warnings(land)


def test_a_graph_file_declaring_an_unknown_encoding_is_refused_in_our_words(tmp_path):
    written = pn.write(pn.load(FIXTURES / "mini"), tmp_path / "land.graphml")
    encoded([written], "utf-8", declaration="klingon-8")
    with pytest.raises(pn.InputError) as caught:
        pn.load(written)
    (problem,) = caught.value.problems
    assert (problem.code, problem.row) == ("unreadable_file", 1)
    assert "XML declaration names an encoding partnernet cannot read" in str(problem)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_an_edge_list_loads_the_same_in_every_encoding_and_separator(tmp_path, encoding, sep):
    lines = [["organisatie", "overleg"], ["Çëlle", "Weeg €"], ["Politie", "Weeg €"], ["Çëlle", "Casus ë"]]
    text = "\r\n".join(sep.join(line) for line in lines) + "\r\n"
    utf8, other = tmp_path / "utf8.csv", tmp_path / f"{encoding}.csv"
    utf8.write_bytes(text.encode("utf-8"))
    other.write_bytes(ENCODINGS[encoding](text))
    land = pn.load(other)
    assert_same(land, pn.load(utf8))
    assert set(land.bodies.index) == {"Weeg €", "Casus ë"}


ALPHABET = st.sampled_from("abcXYZ -.'ÇçëéïöüÉÈ€ß£ÆæØø“”‘’–—…")


def unambiguous(name: str) -> bool:
    """Whether ``name`` in Windows-1252 holds no byte sequence that is also UTF-8 ('Æ‘' is C6 91, U+0191):
    a file holding one is refused as mixed (docs/data.md), since no reading can tell which was meant."""
    return not UTF8_SEQUENCE.search(name.encode("cp1252"))


NAME = st.text(ALPHABET, min_size=1, max_size=12).map(str.strip).filter(bool).filter(unambiguous)


@settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # a failing case is shown as found: shrinking reloads 6 folders a step
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(names=st.lists(NAME, min_size=3, max_size=3))
def test_any_windows_1252_names_read_the_same_in_every_encoding(tmp_path_factory, names):
    """Names drawn from the letters Dutch and French names use, and the typographic marks Word puts in
    them (curly quotes, dashes, the ellipsis): every encoding of the folder gives the same tables."""
    folder = tmp_path_factory.mktemp("names")
    utf8 = named_folder(folder / "source", dict(zip(NAMES, names)))
    expected = pn.load(utf8)
    assert names[0] in set(expected.organisations["name"])
    for encoding in ENCODINGS:
        copy = folder / encoding
        shutil.copytree(utf8, copy)
        encoded(sorted(copy.glob("*.csv")), encoding)
        assert_same(pn.load(copy), expected)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("sep", [",", ";"])
def test_the_files_commands_take_read_the_same_in_every_encoding(tmp_path, encoding, sep, capsys):
    """survey make --bodies, viz --metrics and --mark: first column ids (with 'Ç', 'ë', '€'), by any separator."""
    rows = [["id", "score", "note"], ["weeg-ë", "1,5" if sep == ";" else "1.5", "Çëlle €"], ["casus", "2", "€"]]
    text = "\n".join(sep.join(row) for row in rows) + "\n"
    path = tmp_path / f"list-{encoding}.csv"
    path.write_bytes(ENCODINGS[encoding](text))
    assert body_list(str(path)) == ["weeg-ë", "casus"]
    metrics = read_metrics(path)
    assert list(metrics.index) == ["weeg-ë", "casus"] and list(metrics["score"]) == [1.5, 2]
    assert list(metrics["note"]) == ["Çëlle €", "€"]
    assert read_marker(f"gemarkeerd={path}") == ("gemarkeerd", {"weeg-ë", "casus"})
    said = capsys.readouterr().err
    assert ("read as Windows-1252" in said) == (encoding == "cp1252")


def test_survey_make_takes_a_utf16_body_list_from_the_command_line(tmp_path):
    """Excel's 'Unicode text' (UTF-16, tab-separated) as --bodies: forms for the bodies it names."""
    land = named_folder(tmp_path / "land", {"weeg": "weeg-ë"})
    bodies = tmp_path / "bodies.txt"
    bodies.write_bytes(ENCODINGS["utf-16-le"]("id\tname\r\nweeg-ë\tWeegoverleg\r\n"))
    result = CliRunner().invoke(
        cli, ["survey", "make", str(land), "--bodies", str(bodies), "-o", str(tmp_path / "forms"), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "1 body" in result.stderr + result.output
