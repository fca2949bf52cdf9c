"""``validate --format csv|json``: a problem's ``file`` is the path of the file it is in, as reached from the
PATH the user gave, in every input format (issue 14: a folder's CSV gave its path, a workbook, JSON or graph
file its name or a label such as ``x.graphml (nodes)``, while the README promised the file's name); with
``--pseudonymise`` the file's name alone. The README and docs/data.md say so."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnernet.cli import cli

from conftest import FIXTURES, TESTS

ROOT = TESTS.parent

GRAPHML = FIXTURES / "shapes" / "gephi-mixed-edges" / "mixed.graphml"


def problems(path, fmt: str, *more: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["validate", str(path), "--format", fmt, *more])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if fmt == "json":
        document = json.loads(result.stdout)
        return document["errors"] + document["warnings"]
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    """A graph file with one warning: an organisation without memberships."""
    path = tmp_path_factory.mktemp("graph") / "lonely.graphml"
    text = GRAPHML.read_text(encoding="utf-8")
    path.write_text(text.replace("</graph>", '<node id="zz"><data key="k">organisation</data></node></graph>'))
    return path


def cases(graph_file) -> list[tuple[Path, str, str | None]]:
    """(PATH given, the file a problem is in, its sheet) for a folder, a workbook, a JSON and a graph file."""
    return [
        (FIXTURES / "typo", str(FIXTURES / "typo" / "memberships.csv"), None),
        (FIXTURES / "cases" / "xlsx-merged-silent" / "land.xlsx", None, "memberships"),
        (FIXTURES / "cases" / "json-tables-list" / "l.json", None, None),
        (graph_file, None, None),
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_problem_s_file_is_its_path_from_the_path_given_in_every_format(fmt, graph_file):
    for path, file, sheet in cases(graph_file):
        found = problems(path, fmt)
        assert found, path
        for problem in found:
            assert problem["file"] == (file or str(path)), (path, problem)
            assert (problem["sheet"] or None) == sheet, (path, problem)


def test_a_relative_path_stays_relative(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    (problem,) = problems("typo", "csv")
    assert problem["file"] == str(Path("typo") / "memberships.csv")


def test_pseudonymised_a_problem_names_its_file_alone(graph_file):
    for path, file, _ in cases(graph_file):
        hidden = [p for p in problems(path, "json", "--pseudonymise") if p["code"] != "pseudonymised"]
        assert hidden, path
        for problem in hidden:  # (the notice that names were hidden is about no file)
            assert problem["file"] == Path(file or path).name, (path, problem)


def test_the_readme_and_the_data_docs_say_it_is_the_path():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    data = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    assert "`file` (the\npath of the file it is in, as reached from the PATH you gave" in readme
    assert "each problem's `file` is the path of the file it is in, as reached\nfrom the PATH you gave" in data
    assert "file's name)" not in readme
