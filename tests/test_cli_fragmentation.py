"""The fragmentation command through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from partnernet.cli import cli

from conftest import EXAMPLE

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

REGION = [str(EXAMPLE), "--at", "2026-01-01"]


def run(*args):
    return CliRunner().invoke(cli, ["fragmentation", *REGION, *args])


def test_report_in_the_terminal():
    result = run()
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Fragmentation of the organisation network at 2026-01-01: 46 organisations, 336 links")
    assert "  components                         3 (largest 44, 2 isolated)" in out
    assert "  fragmentation F                    0.086" in out
    assert "  distance-weighted fragmentation DF 0.389" in out
    assert "communities vs domain (ARI)" in out
    points = out.split("Articulation points")[1].split("Bridges")[0]
    assert [line.split()[0] for line in points.splitlines()[3:7]] == [
        "gemeente-veldstad",
        "politie-ct-team",
        "p002",
        "p001",
    ]
    carriers = out.split("Persons who alone carry a link")[1].splitlines()
    assert carriers[3].split()[:4] == ["p002", "R.", "de", "Graaf"]
    assert "Key players" not in out


def test_key_players_in_the_terminal():
    result = run("--key-players", "2", "--level", "persons", "--criterion", "F")
    assert result.exit_code == 0, result.output
    assert "Fragmentation of the person network at 2026-01-01: 74 persons" in result.output
    assert "Key players (k=2, F, exhaustive): S. El Amrani, R. de Graaf" in result.output
    assert "F among the remaining persons: 0.000 with them, 0.133 without them" in result.output


def test_json_is_only_json():
    result = run("--format", "json", "--key-players", "1")
    document = json.loads(result.stdout)
    assert document["fragmentation"] == document["summary"]["fragmentation"]
    assert document["summary"]["nodes"] == 46
    assert [row["actor"] for row in document["articulation_points"]] == [
        "gemeente-veldstad",
        "politie-ct-team",
        "p002",
        "p001",
    ]
    assert document["key_players"]["players"] == ["gemeente-veldstad"]
    assert document["single_person_links"][0]["person"] == "p002"


def test_csv_of_one_table():
    result = run("--format", "csv", "--table", "bus-factor")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["bus_factor"] == "1"
    assert {"organisation", "name", "domain", "link_to", "bus_factor", "direct_link", "persons"} <= set(rows[0])
    assert rows[0]["persons"] == '["p061"]'  # a list cell as JSON array text (docs/data.md), not ['p061']
    links = list(csv.DictReader(io.StringIO(run("--format", "csv", "--table", "single-person-links").stdout)))
    douane = next(r for r in links if r["organisation"] == "douane" and r["partner"] == "provincie-veldland")
    assert json.loads(douane["bodies"]) == ["regionaal-ondermijningsberaad", "riec-regionale-stuurgroep"]
    summary = list(csv.DictReader(io.StringIO(run("--format", "csv").stdout)))
    assert {row["measure"]: row["value"] for row in summary}["components"] == "3"


def test_one_table_in_the_terminal():
    result = run("--table", "key-players", "--key-players", "2")
    assert result.exit_code == 0
    # a chosen table is its block of the default view: the key players, their effect, then the table under its
    # worded title line (not its key)
    lines = result.output.splitlines()
    assert lines[0].startswith("Key players (k=2, DF, ")
    title = lines.index("DF without each actor alone (rank 1 = most damaging alone)")
    assert lines[title + 1].split() == ["name", "score_without", "rank", "key_player"]


def test_usage_errors_exit_2():
    missing = run("--table", "key-players")
    assert missing.exit_code == 2 and "--key-players K" in missing.output
    too_many = run("--key-players", "45")
    assert too_many.exit_code == 2 and "Error: --key-players must be a whole number from 1 to 44" in too_many.output
    assert "Traceback" not in too_many.output
    assert run("--level", "bodies").exit_code == 2
    assert run("--by", "colour").exit_code == 2


def test_edge_list_without_persons_or_domains():
    result = CliRunner().invoke(
        cli, ["fragmentation", str(EXAMPLE.parent / "edgelist-voorbeeld.csv"), "--key-players", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "16 organisations, 67 links" in result.output
    assert "  modularity of the domain groups    -" in result.output
    assert "Persons who alone carry" not in result.output
    assert "Key players (k=1, DF, exhaustive): Gemeente Zuidermeer" in result.output


def test_too_many_key_players_names_the_option_in_the_cli_and_the_parameter_in_the_api():
    """Fresh tester (issue 14): the error said 'k', the name of an inner function's parameter."""
    import partnernet as pn

    result = run("--key-players", "1000")
    assert result.exit_code == 2
    assert (
        "Error: --key-players must be a whole number from 1 to 44 (the graph has 46 nodes); got 1000." in result.output
    )
    with pytest.raises(pn.UsageError, match=r"^key_players= must be a whole number from 1 to 44") as raised:
        pn.fragmentation(pn.load(EXAMPLE), key_players=1000)
    assert raised.value.code == "bad_key_players" and raised.value.params["k"] == 1000
    with pytest.raises(pn.UsageError, match=r"^k must be a whole number"):  # key_players' own parameter is k
        pn.key_players(pn.load(EXAMPLE), 1000)
