"""One check, in the API: what the CLI refuses the API refuses with the same error; the loader's warnings
about bidirectional controls; pseudonymised problems keep their sheet."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import EXAMPLE, FIXTURES

MINI = FIXTURES / "mini"


@pytest.fixture(scope="module")
def land():
    return pn.load(MINI)


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


# -- item: a check lives in the API ----------------------------------------------------------


def test_whatif_with_nothing_to_change_is_refused_by_the_api(land):
    with pytest.raises(pn.UsageError) as caught:
        pn.whatif(land)
    assert caught.value.code == "nothing_to_change"
    assert isinstance(caught.value, ValueError)
    with pytest.raises(ValueError):
        pn.whatif(land, remove=[], add=[])


def _as_the_cli_says(error: pn.UsageError) -> str:
    """The API's error as a command says it: the same message, naming the command's options (``--by``) where
    the API names its parameters (``by=``)."""
    from partnernet.language.errors import message
    from partnernet.language.langs import commanding

    with commanding():
        return message(error.code, **error.params)


def test_the_cli_says_the_apis_error_for_whatif(monkeypatch):
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    with pytest.raises(pn.UsageError) as caught:
        pn.whatif(pn.load(MINI))
    result = run("whatif", MINI)
    assert result.exit_code == 2
    assert result.output.strip().endswith(f"\n\nError: {_as_the_cli_says(caught.value)}")  # after the usage lines


def test_compare_of_one_landscape_is_refused_by_the_api(land, monkeypatch):
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    with pytest.raises(pn.UsageError) as caught:
        pn.compare(land, land)
    assert caught.value.code == "compare_needs_two" and isinstance(caught.value, ValueError)
    assert "pn.compare(land.at(d1), land.at(d2))" in str(caught.value)
    result = run("compare", EXAMPLE, "--at", "2026-01-01")
    assert result.exit_code == 2 and result.output.strip().endswith(f"\n\nError: {_as_the_cli_says(caught.value)}")
    two_dates = run("compare", EXAMPLE, "--at", "2025-01-01", "--vs", "2026-01-01", "--format", "json")
    assert two_dates.exit_code == 0, two_dates.output


def test_every_usage_error_is_a_value_error():
    """The API's argument errors are ValueErrors with a stable code (a caller may catch either)."""
    assert issubclass(pn.UsageError, ValueError)
    with pytest.raises(ValueError):
        pn.load(MINI).at("2026-13-01")


# -- item: bidirectional controls in names and ids ---------------------------------------------

BIDI = {"\u202e": "U+202E", "\u2067": "U+2067", "\u200f": "U+200F"}


def _with_bidi(tmp_path, char: str):
    folder = tmp_path / "land"
    shutil.copytree(MINI, folder)
    rows = list(csv.reader((folder / "organisations.csv").open(encoding="utf-8")))
    name, ident = rows[0].index("name"), rows[0].index("id")
    rows[2][name] = f"{rows[2][name]}{char}gniz"  # file row 3
    with (folder / "organisations.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return folder, rows[2][ident], rows[2][name]


@pytest.mark.parametrize("char", BIDI)
def test_bidi_controls_are_named_and_kept(tmp_path, char):
    folder, ident, name = _with_bidi(tmp_path, char)
    land = pn.load(folder)
    found = [p for p in land.warnings if p.code == "bidi_characters"]
    assert len(found) == 1
    problem = found[0]
    assert (Path(problem.file).name, problem.row, problem.column) == ("organisations.csv", 3, "name")
    assert dict(problem.params)["chars"] == BIDI[char]
    assert land.organisations.loc[ident, "name"] == name  # the data is kept as written


@pytest.mark.parametrize(
    "lang, words",
    [("nl", "tekens voor de schrijfrichting (U+202E)"), ("en", "bidirectional control characters (U+202E)")],
)
def test_bidi_warning_in_both_languages(tmp_path, lang, words):
    folder, _, _ = _with_bidi(tmp_path, "\u202e")
    result = run("validate", folder, "--lang", lang)
    assert result.exit_code == 0
    assert words in result.output and "organisations.csv" in result.output


def test_no_bidi_warning_without_them():
    assert not [p for p in pn.load(MINI).warnings if p.code == "bidi_characters"]


# -- item: pseudonymised problems keep every field -------------------------------------------


def _workbook(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for path in sorted(MINI.glob("*.csv")):
        sheet = book.create_sheet(path.stem)
        for row in csv.reader(path.open(encoding="utf-8")):
            sheet.append(row)
    header = [cell.value for cell in book["organisations"][1]]
    book["organisations"].cell(row=2, column=header.index("domain") + 1).value = "klaas-vaak"
    out = tmp_path / "sub" / "land.xlsx"
    out.parent.mkdir()
    book.save(out)
    return out


def _rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [p for p in json.loads(result.output)["warnings"] if p["code"] == "unknown_value"]


def test_pseudonymised_problems_keep_their_sheet(tmp_path):
    path = _workbook(tmp_path)
    plain = _rows(run("validate", path, "--format", "json"))
    hidden = _rows(run("validate", path, "--format", "json", "--pseudonymise"))
    assert len(plain) == len(hidden) == 1
    for field in ("severity", "code", "sheet", "row", "column", "fix"):
        assert hidden[0][field] == plain[0][field], field
    assert plain[0]["file"] == str(path)  # the path as given; pseudonymised, the file's name alone
    assert hidden[0]["sheet"] == "organisations" and hidden[0]["file"] == "land.xlsx"
    assert "klaas-vaak" in plain[0]["message"] and "klaas-vaak" not in hidden[0]["message"]


def test_redact_keeps_the_place(tmp_path):
    from partnernet.errors import WARNING, Problem, place
    from partnernet.privacy import redact

    where = place("label.sheet", str(tmp_path / "secret-name" / "land.xlsx"), "persons")
    problem = Problem.of(
        WARNING, "unknown_value", where, 4, "function", rows=(4, 5), value="x", name="y", more="", allowed="a"
    )
    said = redact(problem)
    assert (said.file.file, said.file.sheet) == ("land.xlsx", "persons")
    assert "secret-name" not in said.file
    assert (said.row, said.column, said.rows, said.unit, said.code, said.severity) == (
        4,
        "function",
        (4, 5),
        "row",
        "unknown_value",
        WARNING,
    )
    assert said.to_machine()["sheet"] == "persons"


def test_layers_without_layers_is_refused_by_the_api(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    folder = tmp_path / "land"
    shutil.copytree(MINI, folder)
    rows = list(csv.reader((folder / "bodies.csv").open(encoding="utf-8")))
    regime = rows[0].index("regime")
    for row in rows[1:]:
        row[regime] = ""
    with (folder / "bodies.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    land = pn.load(folder)
    with pytest.raises(pn.UsageError) as caught:
        pn.layers(land)
    assert caught.value.code == "no_regime_layers" and isinstance(caught.value, ValueError)
    assert pn.layers(land, by="tie_kind").by == "tie_kind"  # the other split still answers
    for fmt in ("table", "json"):
        result = run("layers", folder, "--format", fmt)
        assert result.exit_code == 2 and result.output.strip().endswith(f"\n\nError: {_as_the_cli_says(caught.value)}")
    assert pn.layers(pn.load(MINI)).by == "regime"
