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

#: The commands of this module share loaded landscapes and analyses (conftest.shared_analyses): the tests are
#: about the names and shapes of what the commands print (the API results they compare with are computed apart).
pytestmark = pytest.mark.usefixtures("shared_analyses")

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
            else LONG_FORMS.get(table, table)
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


# -- the same names as the API --------------------------------------------------------


@pytest.fixture(scope="module")
def api():
    import partnernet as pn

    land = pn.load(EXAMPLE)
    now = land.at("2026-01-01")
    return {
        "summary": pn.summary(now),
        "redundancy": None,  # three functions, not one result: checked by their tables below
        "hierarchy": pn.hierarchy(now),
        "covenants": pn.covenant_coverage(now),
        "connectors": pn.connectors(now),
        "fragmentation": pn.fragmentation(now, key_players=2),
        "whatif": pn.whatif(now, remove=["politie-eenheid"]),
        "turnover": pn.turnover(land, as_of="2026-01-01"),
        "compare": pn.compare(land.at("2025-01-01"), now),
        "layers": pn.layers(now),
    }


def fields(result) -> set[str]:
    import dataclasses

    return {f.name for f in dataclasses.fields(result) if getattr(result, f.name) is not None}


#: JSON keys beyond the API's fields, on purpose: compare names the two sides it read (path and date).
SIDES = {"compare": {"before", "after"}}


@pytest.mark.parametrize("name", sorted(set(MAIN) - {"redundancy"}))
def test_json_keys_are_the_api_fields(name, api):
    document = json.loads(invoke(name, "--format", "json"))
    assert set(document) - SIDES.get(name, set()) == fields(api[name])


#: The long forms of blocks of a default view (``--table`` names of their own): in CSV and JSON the data of the
#: table they are the long form of.
LONG_FORMS = {
    "single-person-link-pairs": "single-person-links",
    "bus-factor-links": "bus-factor",
    "all-group-links": "group-links",
}


def api_table(result, name: str, table: str):
    import pandas as pd

    table = LONG_FORMS.get(table, table)
    if name == "compare":
        from partnernet.cli.time import COMPARE_TABLES, _pick

        return _pick(result.to_dict(), table) if table in COMPARE_TABLES else None
    value = result[table.replace("-", "_")]
    if table == "key-players":
        value = value["individual"]
    return value.to_frame() if isinstance(value, pd.Series) else value


@pytest.mark.parametrize("name", sorted(set(MAIN) - {"redundancy"}))
def test_csv_columns_are_the_api_columns(name, api):
    import pandas as pd

    for table in tables_of(name):
        if table in WORDS or table in ("all", "expected-hub") or (name == "layers" and table == "ties-outside-tables"):
            continue
        frame = api_table(api[name], name, table)
        if not isinstance(frame, pd.DataFrame):
            continue
        header = next(csv.reader(io.StringIO(invoke(name, "--format", "csv", "--table", table))))
        index = [n for n in frame.index.names if n is not None]
        assert header == [*index, *frame.columns], (name, table)


# -- what the README says about names (item 5) ----------------------------------------


def terminal_header(lang: str) -> list[str]:
    args = ["centrality", str(EXAMPLE), *AT, "--top", "2", "--lang", lang]
    return CliRunner().invoke(cli, args).stdout.splitlines()[1].split()


def test_terminal_headers_follow_the_language_and_machine_names_do_not():
    columns = next(
        csv.reader(io.StringIO(CliRunner().invoke(cli, ["centrality", str(EXAMPLE), *AT, "--format", "csv"]).stdout))
    )
    assert terminal_header("en") == columns[1:]  # English: the CSV's names (the index name stands below)
    assert "tussenpositie" in terminal_header("nl") and "betweenness" not in terminal_header("nl")
    from pathlib import Path

    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "Column names stay the same in both languages" not in readme
    assert "A terminal table heads its columns in the chosen language" in readme


def test_the_expected_hub_table_names_its_count_of_ranked_organisations(api):
    import partnernet as pn

    hub = pn.connectors(pn.load(EXAMPLE).at("2026-01-01"), expected_hub="om-parket").expected_hub
    assert "of" not in hub.columns and hub.loc["betweenness", ["rank", "ranked"]].tolist() == [7, 46]
    out = (
        CliRunner()
        .invoke(
            cli,
            [
                "connectors",
                str(EXAMPLE),
                *AT,
                "--expected-hub",
                "om-parket",
                "--table",
                "expected-hub",
                "--format",
                "csv",
            ],
        )
        .stdout
    )
    assert out.splitlines()[0] == "measure,value,rank,ranked,top_organisation,top_value,top_shared_by"
