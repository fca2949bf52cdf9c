"""pn.layers, pn.regime_layer and `partnernet layers`, checked by hand on tests/fixtures/lagen (see its README)."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.language.compare import change_sentences
from partnernet.language.layers import findings
from partnernet.cli import cli

from conftest import EXAMPLE, FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def lagen():
    return pn.load(FIXTURES / "lagen")


@pytest.fixture(scope="module")
def by_regime(lagen):
    return pn.layers(lagen)


@pytest.fixture(scope="module")
def by_tie_kind(lagen):
    return pn.layers(lagen, by="tie_kind")


def test_layer_sizes(by_regime):
    table = by_regime["layers"]
    assert table.index.tolist() == ["ct", "crime", "shared"]
    assert table[["bodies", "organisations", "persons", "memberships", "links"]].values.tolist() == [
        [2, 4, 4, 5, 4],
        [2, 5, 5, 6, 6],
        [1, 3, 3, 3, 3],
    ]
    assert table["meeting_hours_per_month"].tolist() == [8, 6, 3]


def test_shared_organisations_and_persons(by_regime):
    pairs = by_regime["pairs"].set_index(["layer_a", "layer_b"])
    ct_crime = pairs.loc[("ct", "crime")]
    assert ct_crime[["organisations_a", "organisations_b", "shared_organisations", "shared_persons"]].tolist() == [
        4,
        5,
        2,
        1,
    ]
    assert ct_crime["jaccard_organisations"] == pytest.approx(2 / 7)
    assert ct_crime["jaccard_persons"] == pytest.approx(1 / 8)
    assert pairs.loc[("ct", "shared"), "jaccard_organisations"] == pytest.approx(1 / 6)
    assert pairs.loc[("crime", "shared"), ["shared_organisations", "shared_persons"]].tolist() == [2, 2]


def test_bridge_actors(by_regime):
    bridges = by_regime["bridge_actors"]
    assert bridges.index.tolist() == ["gem", "pol", "p1"]  # organisations first; g1 and g2 each sit on one side
    assert bridges.loc["p1", ["level", "organisation", "ct_bodies", "crime_bodies"]].tolist() == [
        "persons",
        "pol",
        1,
        1,
    ]
    assert bridges.loc["gem", "ct_body_ids"] == ["ct1"] and bridges.loc["gem", "crime_body_ids"] == ["cr2"]


def test_bridge_hosts_and_shared_bodies(by_regime):
    hosts = by_regime["bridge_hosts"]
    assert hosts.index[hosts["bridge"]].tolist() == ["gem"]
    assert hosts.loc["gem", ["ct_body_ids", "crime_body_ids", "shared_body_ids"]].tolist() == [["ct1"], ["cr2"], []]
    assert hosts.loc["om", "shared_body_ids"] == ["sh1"]
    shared = by_regime["shared_bodies"]
    assert shared.loc[
        "sh1", ["host", "organisations", "ct_only", "crime_only", "in_both", "neither", "ct_crime_pairs"]
    ].tolist() == ["om", 3, 1, 2, 0, 0, 2]


def test_fragmentation_without_the_other_layer(by_regime):
    table = by_regime["fragmentation"].set_index(["layer", "linked_by"])
    ct = table.loc["ct"]
    assert ct["organisations"].tolist() == [6, 6, 6]
    assert ct["links"].tolist() == [9, 7, 4]
    assert ct["components"].tolist() == [1, 1, 3]
    assert ct["fragmentation"].tolist() == pytest.approx([0, 0, 0.6])
    assert ct["distance_fragmentation"].tolist() == pytest.approx([0.2, 8 / 30, 2 / 3])
    crime = table.loc["crime"]
    assert crime["fragmentation"].tolist() == pytest.approx([0, 0, 1 / 3])
    assert crime["distance_fragmentation"].tolist() == pytest.approx([0.1, 0.2, 14 / 30])


def test_fragmentation_equals_a_direct_computation(lagen, by_regime):
    """F and DF of the CT organisations linked by CT bodies alone, from networkx directly."""
    nodes = ["gem", "pol", "zorg", "school", "om", "belast"]
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for body in ("ct1", "ct2"):
        members = sorted(set(lagen.memberships.loc[lagen.memberships["body"] == body, "organisation"]))
        graph.add_edges_from((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    n = len(nodes)
    lengths = dict(nx.all_pairs_shortest_path_length(graph))
    inverse = sum(1 / d for a in nodes for b, d in lengths[a].items() if b != a)
    row = by_regime["fragmentation"].set_index(["layer", "linked_by"]).loc[("ct", "own_bodies")]
    assert row["distance_fragmentation"] == pytest.approx(1 - inverse / (n * (n - 1)))
    assert row["fragmentation"] == pytest.approx(pn.fragmentation_index(graph))


def test_findings(by_regime, lagen):
    said = findings(by_regime, lagen)["sentence"].tolist()
    assert said[1] == (
        "2 organisations sit at CT and at crime bodies (Jaccard 0.29 of the two sets of "
        "organisations): gem (Gemeente) and pol (Politie)."
    )
    assert "Hosts of CT and crime bodies: gem (Gemeente; 1 CT, 1 crime, 0 shared bodies)." in said
    assert any(
        s.startswith("CT network (6 organisations at CT or shared bodies)") and "F 0.6, DF 0.667 in 3 components" in s
        for s in said
    )


def test_regime_layer_landscape(lagen):
    ct = pn.regime_layer(lagen, "ct")
    assert sorted(ct.bodies.index) == ["ct1", "ct2", "sh1"]
    assert sorted(ct.organisations.index) == ["belast", "gem", "om", "pol", "school", "zorg"]
    assert sorted(ct.persons.index) == ["g1", "o1", "p1", "s1", "t1", "z1"]
    assert sorted(zip(ct.ties["source"], ct.ties["target"])) == [("om", "zorg"), ("z1", "p1")]
    assert pn.fragmentation(ct)["fragmentation"] == 0
    assert sorted(pn.regime_layer(lagen, "both").bodies.index) == ["sh1"]


def test_tie_kind_layers(by_tie_kind):
    table = by_tie_kind["layers"]
    assert table.index.tolist() == ["membership", "information", "advice", "collaboration"]
    assert table.loc["membership", ["bodies", "organisations", "persons", "links"]].tolist() == [5, 7, 8, 13]
    assert table.loc["information", ["ties", "organisations", "persons", "links"]].tolist() == [2, 4, 2, 2]
    pairs = by_tie_kind["pairs"].set_index(["layer_a", "layer_b"])
    assert pairs.loc[("membership", "information"), "jaccard_organisations"] == pytest.approx(4 / 7)
    outside = by_tie_kind["ties_outside_tables"]
    assert outside.values.tolist() == [["bank", "school", ["collaboration"], 1.0, 2, 1]]  # kinds: a list
    fragmentation = by_tie_kind["fragmentation"].set_index(["layer", "linked_by"])
    assert fragmentation.loc[("information", "own_links"), "fragmentation"] == pytest.approx(2 / 3)
    assert fragmentation.loc[("information", "tables_and_ties"), "fragmentation"] == 0
    assert fragmentation.loc[("membership", "tables_and_ties"), "links"] == 14  # + bank -- school


def test_no_ties_and_one_regime():
    land = pn.load(FIXTURES / "turnover")  # two ct bodies, no ties
    result = pn.layers(land, by="tie_kind")
    assert result["layers"].index.tolist() == ["membership"] and result["ties_outside_tables"].empty
    by_regime = pn.layers(land)
    assert by_regime["bridge_actors"].empty and by_regime["shared_bodies"].empty
    assert "No organisation sits at a CT body and at a crime body" in findings(by_regime, land)["sentence"].iat[1]


def test_bad_arguments(lagen, english):
    with pytest.raises(pn.UsageError, match="regime, tie_kind"):
        pn.layers(lagen, by="domain")
    with pytest.raises(pn.UsageError, match="ct, crime or both"):
        pn.regime_layer(lagen, "terror")


def test_example_region_story_6(example_2026):
    """data/README.md, story 6: CT and crime share partners."""
    result = pn.layers(example_2026)
    pair = result["pairs"].iloc[0]
    assert (pair["organisations_a"], pair["organisations_b"], pair["shared_organisations"]) == (27, 34, 20)
    bridges = result["bridge_actors"]
    assert sorted(bridges.index[bridges["level"] == "persons"]) == [
        "p002",
        "p003",
        "p009",
        "p010",
        "p012",
        "p013",
        "p015",
        "p017",
        "p018",
        "p033",
        "p058",
        "p059",
        "p067",
        "p074",
        "p075",
    ]
    assert result["layers"].loc["shared", "bodies"] == 9
    assert result["bridge_hosts"].index[result["bridge_hosts"]["bridge"]].tolist() == ["gemeente-veldstad"]
    alone = result["fragmentation"].set_index(["layer", "linked_by"]).loc[("ct", "own_bodies")]
    assert alone["components"] > 1


def test_example_region_ties_outside_tables(example_2026):
    outside = pn.layers(example_2026, by="tie_kind")["ties_outside_tables"]
    pairs = set(zip(outside["organisation_a"], outside["organisation_b"]))
    assert ("riec-bureau", "zvh-veldland") in pairs  # the RIEC and the ZVH work together but share no table
    assert ("bank-veldland", "fiu-nederland") in pairs  # the bank left its only table in 2025


# -- the command ----------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, ["layers", *args])


def test_command_by_regime():
    result = run(str(FIXTURES / "lagen"), "--at", "all")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Layers by regime\n")
    assert "  - 1 person does (Jaccard 0.12); most tables on both sides: p1 (P. Een; 1 CT, 1 crime body)." in out
    hosts = out.split("Hosts: bodies hosted per layer")[1].splitlines()
    assert hosts[3].split() == ["gem", "1", "1", "0", "yes"]


def test_command_by_tie_kind_json_and_csv():
    document = json.loads(run(str(FIXTURES / "lagen"), "--at", "all", "--by", "tie-kind", "--format", "json").stdout)
    assert document["by"] == "tie_kind" and "date" not in document  # the fields of pn.layers (issue 14)
    assert document["ties_outside_tables"] == [
        {
            "organisation_a": "bank",
            "organisation_b": "school",
            "kinds": ["collaboration"],
            "weight": 1.0,
            "bodies_a": 2,
            "bodies_b": 1,
        }
    ]
    table = run(str(FIXTURES / "lagen"), "--at", "all", "--table", "bridge-actors", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    assert [r["actor"] for r in rows] == ["gem", "pol", "p1"] and rows[0]["ct_body_ids"] == '["ct1"]'


def test_command_table_of_the_other_split():
    result = run(str(FIXTURES / "lagen"), "--at", "all", "--table", "ties-outside-tables")
    assert result.exit_code == 2 and "no 'ties-outside-tables' table when splitting by regime" in result.output


def test_command_on_the_example_region():
    result = run(str(EXAMPLE), "--at", "2026-01-01")
    assert result.exit_code == 0, result.output
    assert "20 organisations sit at CT and at crime bodies" in result.output


def test_a_date_before_any_membership():
    land = pn.load(EXAMPLE).at("2017-01-01")  # bodies exist, nobody sits at them yet
    result = pn.layers(land)
    assert result["layers"]["organisations"].sum() == 0 and result["bridge_actors"].empty
    assert result["bridge_hosts"].index[result["bridge_hosts"]["bridge"]].tolist() == ["gemeente-veldstad"]
    ties = pn.layers(land, by="tie_kind")
    assert len(ties["ties_outside_tables"]) == 20  # no tables yet: every tie link is outside them
    later = pn.load(EXAMPLE).at("2018-03-01")
    new = change_sentences(pn.compare(land, later), land, later)["sentence"]
    assert any(s.endswith("With one organisation it links no pair.") for s in new)
