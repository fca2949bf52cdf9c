"""The overload, redundancy, hierarchy and covenants commands through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.output import render_csv

from conftest import EXAMPLE, FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

TAFELS = str(FIXTURES / "tafels")
AT = ("--at", "2026-01-01")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def as_json(*args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def as_csv(*args) -> list[dict]:
    result = run(*args, "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_overload_table():
    result = run("overload", TAFELS)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Meeting hours per month per organisation on ")
    assert "meeting_hours_per_month" in lines[1] and "load_ratio" in lines[1] and "name" not in lines[1].split()
    assert lines[3].split()[:7] == ["gem", "6", "7", "4", "1", "10", "1"]
    assert lines[3].split()[-4:] == ["8", "1.25", "yes", "0.5"]
    assert lines[-1] == "2 of these sit at tables with unknown hours: their meeting hours per month are a lower bound."
    assert "1 warning about the input" in result.stderr  # the empty body 'leeg'


def test_overload_json_keeps_unknowns_unknown():
    rows = {row["organisation"]: row for row in as_json("overload", TAFELS)}
    assert rows["gem"]["meeting_hours_per_month"] == 10.0 and rows["gem"]["hours_are_lower_bound"] is True
    assert rows["om"]["load_ratio"] is None and rows["om"]["overloaded"] is None
    assert rows["zorg"]["overloaded"] is False
    assert as_json("overload", TAFELS, "--threshold", "0.9")[1]["overloaded"] is True


def test_overload_persons_with_capacity_and_top():
    rows = as_json("overload", TAFELS, "--level", "persons", "--person-capacity", "6", "--top", "2")[:2]
    assert [(r["person"], r["meeting_hours_per_month"], r["overloaded"]) for r in rows] == [
        ("p1", 8.0, True),
        ("g1", 7.0, True),
    ]


def test_overload_csv():
    rows = as_csv("overload", TAFELS)
    assert rows[0]["organisation"] == "gem" and rows[0]["name"] == "Gemeente Klein"
    assert rows[0]["capacity_hours"] == "8.0" and rows[-1]["organisation"] == "om" and rows[-1]["load_ratio"] == ""


def test_overload_bad_options_exit_2():
    assert run("overload", TAFELS, "--level", "bodies").exit_code == 2
    assert run("overload", TAFELS, "--threshold", "-1").exit_code == 2


def test_overload_example_at_a_date():
    rows = as_json("overload", str(EXAMPLE), *AT)
    assert rows[0]["organisation"] == "gemeente-klein-dorp"
    assert (rows[0]["meeting_hours_per_month"], rows[0]["capacity_hours"], rows[0]["load_ratio"]) == (46.0, 20.0, 2.3)
    assert [r["organisation"] for r in rows if r["overloaded"]] == ["gemeente-klein-dorp", "gemeente-lindeloo"]


def test_redundancy_table():
    result = run("redundancy", TAFELS)
    assert result.exit_code == 0
    out = result.stdout
    pairs = out.split("Merge candidates")[0]
    assert len(pairs.strip().splitlines()) == 2 + 10  # title, header and the first 10 pairs
    assert pairs.splitlines()[2].split() == ["casus", "stuur", "3", "4", "0.75", "1", "6", "yes"]  # no row numbers
    reasons = out.split("Merge candidates (Jaccard >= 0.75, same regime and level)\n")[1].split("\n\n")[0]
    assert reasons.splitlines() == [
        "  casus + stuur: same 3 of 4 members, both CT, both local, 6.0 hours per month together",
        "  weeg + stuur: same 3 of 3 members, both CT, both local, 3.0 hours per month together",
        "  casus + weeg: same 3 of 4 members, both CT, both local, 5.0 hours per month together",
    ]
    small = out.split("Bodies with fewer than two members")[1].split("Bodies whose members")[0]
    assert "solo" in small and "leeg" in small
    assert out.rstrip().splitlines()[-1].split() == ["weeg", "casus", "3", "4", "1"]
    assert "(none)" in run("redundancy", TAFELS, "--min-overlap", "1", "--members", "actors").stdout


def test_redundancy_json_and_min_overlap():
    document = as_json("redundancy", TAFELS, "--min-overlap", "0.8")
    assert set(document) == {"pairs", "small_bodies", "nested_bodies"}
    assert len(document["pairs"]) == 18
    assert [(p["body_a"], p["body_b"]) for p in document["pairs"] if p["merge_candidate"]] == [("weeg", "stuur")]
    assert document["small_bodies"][1] == {
        "body": "leeg",
        "name": "Leeg overleg",
        "kind": "learning",
        "members": 0,
        "member_ids": [],
    }
    assert run("redundancy", TAFELS, "--min-overlap", "0").exit_code == 2


def test_redundancy_csv_has_every_column_of_the_pairs():
    rows = as_csv("redundancy", TAFELS, "--members", "persons")
    assert len(rows) == len(as_json("redundancy", TAFELS, "--members", "persons")["pairs"])
    assert {"same_regime", "combined_meeting_hours_per_month"} <= set(rows[0])
    assert "reason" not in rows[0]  # words for a reader, not data: the same CSV in every language (issue 14)
    casus_weeg = next(r for r in rows if {r["body_a"], r["body_b"]} == {"casus", "weeg"})
    assert casus_weeg["jaccard"] == "0.5"


def test_redundancy_example():
    rows = as_json("redundancy", str(EXAMPLE), *AT)["pairs"]
    assert [{r["body_a"], r["body_b"]} for r in rows if r["merge_candidate"]] == [
        {"top-casustafel-centrum", "top-casustafel-noord"},
        {"regionaal-ondermijningsberaad", "riec-regionale-stuurgroep"},
        {"ct-ambtelijk-overleg", "ct-stuurgroep-regio"},
    ]


def test_hierarchy_command():
    result = run("hierarchy", TAFELS)
    assert result.exit_code == 0
    assert "mean layers to the top (operational)  2.667" in result.stdout  # a measure in words, not its code
    chains = result.stdout.split("Layers from each operational table to the top\n")[1].split("\n\n")[0]
    assert chains.splitlines() == ["  4  weeg -> casus -> stuur -> top", "  3  casus -> stuur -> top", "  1  solo"]
    document = as_json("hierarchy", TAFELS)
    assert document["summary"]["max_depth"] == 4
    assert document["bodies"][0] == {
        "body": "weeg",
        "name": "Weegoverleg",
        "kind": "operational",
        "reports_to": "casus",
        "top_body": "top",
        "depth": 4,
        "chain": ["weeg", "casus", "stuur", "top"],
        "children": 0,
        "isolated": False,
    }
    rows = as_csv("hierarchy", TAFELS, "--table", "bodies")
    assert json.loads(rows[0]["chain"]) == ["weeg", "casus", "stuur", "top"]


def test_a_chain_is_one_type_in_both_tables_of_hierarchy(tafels):
    """A chain is a list of body ids in ``bodies`` and in ``operational_chains`` alike: a JSON list, CSV's
    '["a", "b", "c"]', and the terminal's line 'a -> b -> c' (the same chain, read from the table to the top)."""
    result = pn.hierarchy(tafels)
    chains, bodies = result["operational_chains"], result["bodies"]
    assert chains["chain"].map(type).eq(list).all() and bodies["chain"].map(type).eq(list).all()
    assert chains["chain"].to_dict() == bodies.loc[chains.index, "chain"].to_dict()
    document = as_json("hierarchy", TAFELS, "--table", "operational-chains")
    assert [row["chain"] for row in document] == [
        ["weeg", "casus", "stuur", "top"],
        ["casus", "stuur", "top"],
        ["solo"],
    ]
    rows = as_csv("hierarchy", TAFELS, "--table", "operational-chains")
    assert [json.loads(row["chain"]) for row in rows] == [
        ["weeg", "casus", "stuur", "top"],
        ["casus", "stuur", "top"],
        ["solo"],
    ]
    assert as_json("hierarchy", TAFELS)["operational_chains"][0]["chain"] == ["weeg", "casus", "stuur", "top"]


def test_hierarchy_example():
    document = as_json("hierarchy", str(EXAMPLE), *AT)
    assert document["summary"]["max_depth"] == 4 and document["summary"]["isolated_bodies"] == 11


def test_covenants_command():
    result = run("covenants", TAFELS)
    assert result.exit_code == 0
    out = result.stdout
    assert "project       3               1               2         0.333  bank and zorg" in out
    conv2 = out.split("Conv2: information ties crossing its boundary\n")[1].split("\n\n")[0].splitlines()
    assert [line.split() for line in conv2[2:]] == [
        ["om", "zorg", "om", "zorg", "both", "ways", "no"],
        ["bank", "zorg", "bank", "zorg", "into", "the", "group", "no"],
        ["gem", "pol-ct", "gem", "pol-ct", "into", "the", "group", "yes"],
    ]
    assert "Conv2: members covered per body" not in out  # no body works under Conv2
    document = as_json("covenants", TAFELS)
    assert set(document) == {"bodies", "members_outside", "information_ties"}
    assert document["information_ties"][0]["direction"] == "out_of_the_group"
    rows = as_csv("covenants", TAFELS, "--table", "members-outside")
    assert [(r["body"], r["organisation"], r["persons"]) for r in rows] == [
        ("casus", "zorg", '["z1"]'),
        ("project", "bank", "[]"),
        ("project", "zorg", '["z1"]'),
    ]


def test_covenants_example():
    document = as_json("covenants", str(EXAMPLE), *AT)
    outside = {(r["body"], r["organisation"]) for r in document["members_outside"]}
    assert ("project-haven-stuurgroep", "havenbedrijf-havenberg") in outside
    assert ("project-jongeren-stuurgroep", "ggz-veldland") in outside and len(outside) == 6


def test_csv_writes_lists_as_json_arrays_and_neutralises_text():
    """A list cell is JSON array text, never neutralised (it starts with '['), its items whole; a text cell
    that starts like a formula is (docs/data.md, machine output)."""
    text = render_csv(pd.DataFrame({"n": [1, 2, 3], "ids": [["a", "b"], [], ["=cmd", "x"]], "t": ["a", "b", "=c"]}))
    assert text.splitlines() == ["n,ids,t", '1,"[""a"", ""b""]",a', "2,[],b", '3,"[""=cmd"", ""x""]",\'=c']


def test_commands_on_a_plain_edge_list():
    """No frequencies, regimes, hierarchy, covenants or ties: every command still answers."""
    from conftest import DATA

    edges = str(DATA / "edgelist-voorbeeld.csv")
    assert as_json("overload", edges)[0]["meeting_hours_per_month"] is None
    pairs = as_json("redundancy", edges)["pairs"]
    assert pairs and not any(p["merge_candidate"] for p in pairs) and pairs[0]["hours_saved_per_month"] is None
    assert as_json("hierarchy", edges)["summary"]["isolated_bodies"] == 8
    assert as_json("covenants", edges) == {"bodies": [], "members_outside": [], "information_ties": []}
    result = run("covenants", edges)
    assert result.exit_code == 0 and result.stdout.rstrip().endswith("(none)")
