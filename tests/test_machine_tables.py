"""One rule for the tables of machine output, and the same names as the Python API (issue 14, part N).

- ``--format csv`` without ``--table`` writes the command's main table, the first one its default view
  shows; ``--format json`` without ``--table`` writes every table as one object (a tester found
  ``connectors --format csv`` refused while other commands picked a table, some not the first one shown);
- for every command and table the CSV columns are the API DataFrame's columns (and its index name), and
  the JSON keys the API result's fields.
"""

from __future__ import annotations

import csv
import io
import json

import click
import pytest
from click.testing import CliRunner

from partnernet.cli import cli, load_all

from conftest import EXAMPLE

AT = ["--at", "2026-01-01"]
#: Each command with several tables: its extra arguments and its main table (the first its view shows).
MAIN = {
    "summary": ([], "counts"),
    "redundancy": ([], "pairs"),
    "hierarchy": ([], "summary"),
    "covenants": ([], "bodies"),
    "connectors": ([], "organisations"),
    "fragmentation": (["--key-players", "2"], "summary"),
    "whatif": (["--remove", "politie-eenheid"], "summary"),
    "turnover": ([], "bodies"),
    "compare": (["--at", "2025-01-01", "--vs", "2026-01-01"], "counts"),
    "layers": ([], "layers"),
}
#: Tables of sentences for the reader, refused in machine output.
WORDS = {"changes", "findings"}


def invoke(name: str, *args: str) -> str:
    extra, _ = MAIN[name]
    at = [] if "--at" in extra else AT
    result = CliRunner().invoke(cli, [name, str(EXAMPLE), *at, *extra, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def tables_of(name: str) -> list[str]:
    option = next(p for p in load_all()[name].params if p.name == "table")
    assert isinstance(option.type, click.Choice)
    return list(option.type.choices)


def test_every_command_with_tables_is_listed():
    having = {name for name, command in load_all().items() if any(p.name == "table" for p in command.params)}
    assert having == set(MAIN)


@pytest.mark.parametrize("name", sorted(MAIN))
def test_csv_without_table_is_the_main_table(name):
    _, main = MAIN[name]
    assert main in tables_of(name)
    plain = invoke(name, "--format", "csv")
    assert plain == invoke(name, "--format", "csv", "--table", main)
    assert len(plain.splitlines()) > 1


@pytest.mark.parametrize("name", sorted(MAIN))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_names_the_main_table(name, lang):
    result = CliRunner().invoke(cli, [name, "--help", "--lang", lang])
    text = " ".join(result.output.split())
    assert f"'{MAIN[name][1]}'" in text
    assert ("hoofdtabel" if lang == "nl" else "main table") in text


@pytest.mark.parametrize("name", sorted(MAIN))
def test_json_without_table_holds_every_table(name):
    document = json.loads(invoke(name, "--format", "json"))
    assert isinstance(document, dict)
    for table in tables_of(name):
        if table in WORDS or table in ("all", "expected-hub") or (name == "layers" and table == "ties-outside-tables"):
            continue
        key = (
            table.split("-")[0]
            if name == "compare" and table.split("-")[0] in ("added", "removed", "changed")
            else table
        )
        assert key.replace("-", "_") in document, (name, table, sorted(document))
        if name != "compare" or key == table:
            part = json.loads(invoke(name, "--format", "json", "--table", table))
            # the same table; summary's counts and the individual key players are reshaped as their CSV is
            reshaped = name == "summary" or table == "key-players"
            assert part == document[key.replace("-", "_")] or (reshaped and part != document), (name, table)


def test_connectors_csv_default_is_a_table_not_a_refusal():
    rows = list(csv.DictReader(io.StringIO(invoke("connectors", "--format", "csv"))))
    assert rows[0]["organisation"] == "gemeente-veldstad" and "bridging" in rows[0]
