"""pn.compare and `partnernet compare`, checked by hand on tests/fixtures/snapshots (see its README)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.language.compare import change_sentences
from partnernet.cli import cli

from conftest import EXAMPLE, FIXTURES, edit

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def snapshots():
    land = pn.load(FIXTURES / "snapshots")
    return land.at("2024-01-01"), land.at("2025-01-01")


@pytest.fixture(scope="module")
def result(snapshots):
    return pn.compare(*snapshots)


@pytest.fixture(scope="module")
def region():
    land = pn.load(EXAMPLE)
    return pn.compare(land.at("2025-01-01"), land.at("2026-01-01"))


def test_counts(result):
    counts = result["counts"]
    assert counts.loc["organisations"].tolist() == [5, 4, 0, 1]
    assert counts.loc["persons"].tolist() == [3, 5, 2, 0]
    assert counts.loc["bodies"].tolist() == [3, 3, 1, 1]
    assert counts.loc["memberships"].tolist() == [8, 9, 5, 4]


def test_added_and_removed_rows(result):
    assert result["added"]["bodies"].index.tolist() == ["nieuw"]
    assert result["removed"]["bodies"].index.tolist() == ["project"]
    assert sorted(result["added"]["persons"].index) == ["o1", "p2"]
    assert result["removed"]["persons"].empty
    gone = result["removed"]["organisations"]
    assert gone.index.tolist() == ["bank"] and gone.loc["bank", "change"] == "no_longer_at_any_table"
    added = result["added"]["memberships"]
    assert sorted(zip(added["member"], added["body"])) == [
        ("g1", "nieuw"),
        ("o1", "nieuw"),
        ("p1", "nieuw"),
        ("p2", "casus"),
        ("z1", "nieuw"),
    ]
    removed = result["removed"]["memberships"]
    assert sorted(zip(removed["member"], removed["body"])) == [
        ("bank", "project"),
        ("g1", "project"),
        ("om", "project"),
        ("p1", "casus"),
    ]
    assert all(frame.empty for frame in result["changed"].values())


def test_handover(result):
    assert result["handovers"].values.tolist() == [["pol", "casus", "p1", "p2"]]


def test_what_the_new_body_added(result):
    nieuw = result["new_bodies"].loc["nieuw"]
    assert nieuw["organisation_ids"] == ["gem", "om", "pol", "zorg"]
    assert (nieuw["organisations"], nieuw["persons"], nieuw["meeting_hours_per_month"]) == (4, 4, 8.0)
    assert (nieuw["member_pairs"], nieuw["pairs_already_together"], nieuw["new_links"]) == (6, 4, 2)
    assert nieuw["new_link_pairs"] == [("om", "pol"), ("om", "zorg")]
    assert (nieuw["closest_body"], nieuw["shared_organisations"]) == ("casus", 3)
    assert nieuw["jaccard"] == pytest.approx(0.75)


def test_what_the_dissolved_body_took_along(result):
    project = result["dissolved_bodies"].loc["project"]
    assert (project["member_pairs"], project["pairs_still_together"], project["links_lost"]) == (3, 1, 2)
    assert project["lost_link_pairs"] == [("bank", "gem"), ("bank", "om")]
    assert (project["closest_body"], project["shared_organisations"]) == ("nieuw", 2)
    assert project["jaccard"] == pytest.approx(0.4)


def test_link_pairs_one_row_per_pair(result):
    """compare's new and lost link pairs as a table of their own (issue 14f): a row per pair, the same pairs as
    the list cells of ``new_bodies`` / ``dissolved_bodies``, with the body and the names."""
    pairs = result["link_pairs"]
    assert pairs.columns.tolist() == ["change", "body", "actor_a", "actor_b", "name_a", "name_b"]
    assert pairs[["change", "body", "actor_a", "actor_b"]].values.tolist() == [
        ["new", "nieuw", "om", "pol"],
        ["new", "nieuw", "om", "zorg"],
        ["lost", "project", "bank", "gem"],
        ["lost", "project", "bank", "om"],
    ]
    assert pairs["name_a"].notna().all() and pairs["name_b"].notna().all()
    for change, frame, column in (
        ("new", result["new_bodies"], "new_link_pairs"),
        ("lost", result["dissolved_bodies"], "lost_link_pairs"),
    ):
        rows = pairs[pairs["change"] == change]
        cells = [(body, *pair) for body, cell in frame[column].items() for pair in cell]
        assert list(zip(rows["body"], rows["actor_a"], rows["actor_b"])) == cells


def test_figures_per_organisation(result):
    metrics = result["metrics"].set_index(["metric", "organisation"])
    tables = metrics.loc["bodies"]
    assert tables.index.tolist() == ["bank", "pol", "zorg"]  # gem and om keep their number of tables
    assert tables.loc["pol", ["before", "after"]].tolist() == [2, 3]
    hours = metrics.loc["meeting_hours_per_month"]
    assert hours.index[:2].tolist() == ["pol", "zorg"]  # largest change (+2) first
    assert hours["before"].to_dict() == {"pol": 3, "zorg": 2, "bank": 1, "gem": 4, "om": 1}
    assert hours["after"].to_dict() == {"pol": 5, "zorg": 4, "bank": 0, "gem": 5, "om": 2}
    load = metrics.loc["load_ratio"]
    assert load.loc["gem", "after"] == pytest.approx(0.5) and load.loc["pol", "change"] == pytest.approx(0.1)
    assert metrics.loc[("betweenness", "gem"), "before"] == pytest.approx(2 / 3)
    assert metrics.loc["betweenness"].index.tolist() == ["gem"]
    assert metrics.loc[("bridging", "gem"), ["before", "after"]].tolist() == [4, 0]
    roles = result["connector_roles"]
    assert roles.loc["gem", ["role_before", "role_after"]].tolist() == ["liaison", "none"]


def test_connector_status_is_the_one_definition(snapshots, result):
    before, after = snapshots
    roles = result["connector_roles"]
    for side, land in (("before", before), ("after", after)):
        marked = pn.connectors(land)["organisations"]["connector"]
        assert roles[f"connector_{side}"].to_dict() == marked.reindex(roles.index).to_dict()


def test_metrics_come_from_the_analyses(snapshots, result):
    before, after = snapshots
    metrics = result["metrics"].set_index(["metric", "organisation"])
    assert metrics.loc[("betweenness", "gem"), "before"] == pn.centrality(before).loc["gem", "betweenness"]
    assert (
        metrics.loc[("meeting_hours_per_month", "pol"), "after"]
        == pn.overload(after).loc["pol", "meeting_hours_per_month"]
    )


def test_network(result):
    network = result["network"]
    assert network.loc["meeting_hours_per_month"].tolist() == [11, 16, 5]
    assert network.loc["components"].tolist() == [1, 2, 1]
    assert network.loc["fragmentation", "after"] == pytest.approx(0.4)
    assert network.loc["distance_fragmentation", ["before", "after"]].tolist() == pytest.approx([0.2, 0.4])
    assert network.loc["average_distance", ["before", "after"]].tolist() == pytest.approx([1.4, 1.0])
    assert network.loc["density", "change"] == 0


def test_sentences(result, snapshots):
    said = change_sentences(result, *snapshots).set_index("topic")["sentence"]
    assert said["overview"] == (
        "From 2024-01-01 to 2025-01-01: organisations 5 -> 4 (0 new, 1 gone); persons "
        "3 -> 5 (2 new, 0 gone); bodies 3 -> 3 (1 new, 1 gone); memberships 8 -> 9 "
        "(5 new, 4 ended)."
    )
    bodies = " ".join(said["bodies"])
    assert "New body nieuw (Nieuw beraad; crime, local): 4 organisations, 4 persons" in bodies
    assert "it links 2 pairs for the first time, e.g. om -- pol and om -- zorg." in bodies
    assert "2 links are lost, e.g. bank -- gem and bank -- om." in bodies
    assert "p2 (P. Twee; pol) took over from p1 (P. Een) at casus." in said["persons"].tolist()
    assert "No longer a connector between domain groups: gem (liaison -> none)." == said["connectors"]


def test_nothing_changed(snapshots):
    same = pn.compare(snapshots[1], snapshots[1].replace())  # a copy: the same object twice is refused
    assert change_sentences(same, snapshots[1], snapshots[1])["sentence"].tolist() == ["Nothing changed."]
    assert same["metrics"].empty and same["new_bodies"].empty and same["handovers"].empty
    assert (same["network"]["change"] == 0).all()


def test_two_files_with_changed_values(mini, tmp_path):
    import shutil

    changed = tmp_path / "changed"
    shutil.copytree(mini, changed)
    edit(changed, "bodies", replace=("operational,ct,local,12,1", "operational,ct,local,24,1"))
    edit(changed, "memberships", replace=("p2,casus,member", "p2,casus,secretary"))
    edit(changed, "organisations", append="fiod,FIOD,tax-finance,crime,national,,")
    result = pn.compare(pn.load(mini), pn.load(changed))
    said = change_sentences(result, pn.load(mini), pn.load(changed))
    assert result["changed"]["bodies"].reset_index().values.tolist() == [["weeg", "meetings_per_year", 12.0, 24.0]]
    assert result["changed"]["memberships"].values.tolist() == [["p2", "casus", "role", "member", "secretary"]]
    assert result["added"]["organisations"].loc["fiod", "change"] == "new_in_the_register"
    assert result["counts"].loc["organisations", "added"] == 1
    assert said["sentence"].iat[0].startswith(f"From {mini} to {changed}: ")


def test_example_region_story_7(region):
    """data/README.md, story 7: a body created, one dissolved, police officer p037 rotated out for p038."""
    counts = region["counts"]
    assert counts.loc["bodies"].tolist() == [32, 32, 1, 1]
    assert counts.loc["memberships"].tolist() == [221, 225, 22, 18]
    new = region["new_bodies"].loc["regionaal-ondermijningsberaad"]
    assert (new["closest_body"], new["shared_organisations"], new["new_links"]) == ("riec-regionale-stuurgroep", 11, 0)
    assert new["jaccard"] == pytest.approx(11 / 13)  # story 3
    assert region["dissolved_bodies"].index.tolist() == ["project-witwassen-stuurgroep"]
    gone = region["removed"]["organisations"]
    assert sorted(gone.index) == ["bank-veldland", "fiu-nederland"]
    moves = region["handovers"]
    kok = moves[moves["person_out"] == "p037"]
    assert set(kok["person_in"]) == {"p038"} and sorted(kok["body"]) == [
        "casusoverleg-radicalisering",
        "dreigingsmanagement-overleg",
        "rad-casustafel-veldstad",
        "weegoverleg-radicalisering",
    ]
    assert set(zip(moves["person_out"], moves["person_in"])) == {
        ("p037", "p038"),
        ("p055", "p056"),
        ("p052", "p053"),
        ("p049", "p050"),
        ("p065", "p066"),
    }


def test_two_regime_layers_compare():
    land = pn.load(FIXTURES / "lagen")
    result = pn.compare(pn.regime_layer(land, "ct"), pn.regime_layer(land, "crime"))
    assert sorted(result["added"]["bodies"].index) == ["cr1", "cr2"]
    assert sorted(result["removed"]["bodies"].index) == ["ct1", "ct2"]
    assert sorted(result["added"]["organisations"].index) == ["bank"]  # gem, pol, om, belast are in both


# -- the command ----------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, ["compare", *args])


def test_command_one_register_at_two_dates():
    result = run(str(FIXTURES / "snapshots"), "--at", "2024-01-01", "--vs", "2025-01-01")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith(f"Comparing {FIXTURES / 'snapshots'} on 2024-01-01 (before) with")
    assert "  - p2 (P. Twee; pol) took over from p1 (P. Een) at casus." in out
    assert "What did each new body add?" in out and "Dissolved bodies: which links were lost?" in out
    new = out.split("What did each new body add?")[1].splitlines()
    assert new[3].split() == ["nieuw", "4", "6", "4", "2", "casus", "0.75"]


def test_command_two_files(mini, tmp_path):
    import shutil

    later = tmp_path / "later"
    shutil.copytree(mini, later)
    edit(later, "bodies", append="nieuw,Nieuw overleg,learning,ct,local,4,2,,,,,")
    edit(later, "memberships", append="p1,nieuw,chair,core,1,,\nom,nieuw,member,core,1,,")
    document = json.loads(run(str(mini), str(later), "--at", "all", "--format", "json").stdout)
    assert document["before"] == {"path": str(mini), "date": None}
    assert [row["body"] for row in document["new_bodies"]] == ["nieuw"]
    assert document["new_bodies"][0]["new_links"] == 0  # gemeente and om already share casus
    table = run(str(mini), str(later), "--at", "all", "--table", "added-memberships", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    assert [(r["member"], r["body"]) for r in rows] == [("p1", "nieuw"), ("om", "nieuw")]


def test_command_csv_default_is_the_counts():
    out = run(str(FIXTURES / "snapshots"), "--at", "2024-01-01", "--vs", "2025-01-01", "--format", "csv").stdout
    assert out.splitlines()[0] == "table,before,after,added,removed"  # the main table, first in the view


def test_command_needs_a_second_landscape():
    result = run(str(FIXTURES / "snapshots"), "--at", "2024-01-01")
    assert result.exit_code == 2
    assert "give a second PATH, or --vs DATE" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "args, lang, words",
    [
        (["{S}", "{S}", "--vs", "2025-01-01"], "nl", "--vs geeft de datum van PAD op een tweede moment"),
        (["{S}", "{S}", "--vs", "2025-01-01"], "en", "--vs gives the date of PATH at a second moment"),
        (["{S}", "{S}", "--at", "all", "--vs", "all"], "en", "does not go with a second PATH"),
        (["{S}", "--at", "2024-01-01", "--vs", "2024-01-01"], "en", "give the same date (2024-01-01)"),
        (["{S}", "--at", "2024-01-01", "--vs", "2024-01-01"], "nl", "geven dezelfde datum (2024-01-01)"),
        (["{S}", "--at", "all", "--vs", "all"], "en", "give the same date (all)"),
        (["{S}", "--vs", "today"], "en", "that compares PATH with itself"),
    ],
)
def test_command_refuses_to_compare_a_landscape_with_itself(args, lang, words):
    """A second PATH with --vs, or one PATH at the same date twice, is a usage error, not "nothing changed"."""
    result = run(*[a.replace("{S}", str(FIXTURES / "snapshots")) for a in args], "--lang", lang)
    assert result.exit_code == 2, result.output
    usage = "Usage: cli compare" if lang == "en" else "Gebruik: cli compare"
    assert result.output.startswith(usage) and words in result.output and "Traceback" not in result.output


def test_command_two_files_on_one_date_stays_allowed():
    result = run(str(FIXTURES / "snapshots"), str(FIXTURES / "snapshots"), "--at", "2024-01-01")
    assert result.exit_code == 0, result.output


def test_command_bad_date():
    result = run(str(FIXTURES / "snapshots"), "--at", "2024-01-01", "--vs", "2025-13-45")
    assert result.exit_code == 2 and "is not a valid date" in result.output


def test_command_pseudonymises_both_sides():
    out = run(str(EXAMPLE), "--at", "2025-01-01", "--vs", "2026-01-01", "--pseudonymise").output
    assert "B. Kok" not in out and "p037" not in out and "Aydın" not in out
    assert "took over from P-" in out


def test_handovers_and_other_memberships_on_the_turnover_fixture():
    land = pn.load(FIXTURES / "turnover")
    result = pn.compare(land.at("2024-01-01"), land.at("2026-01-01"))
    assert result["handovers"][["organisation", "person_out", "person_in"]].values.tolist() == [
        ["b", "p2", "p3"],
        ["c", "p5", "p4"],
    ]
    assert change_sentences(result, land.at("2024-01-01"), land.at("2026-01-01"))["sentence"].tolist() == [
        "From 2024-01-01 to 2026-01-01: persons 3 -> 3 (2 new, 2 gone); memberships 5 -> 5 (2 new, 2 ended).",
        "p3 (b) took over from p2 at tafel.",
        "p4 (c) took over from p5 at tafel.",
    ]
    early = change_sentences(
        pn.compare(land.at("2010-01-01"), land.at("2026-01-01")), land.at("2010-01-01"), land.at("2026-01-01")
    ).set_index("topic")["sentence"]
    assert early["memberships"] == "Other memberships that began: p1 at tafel, p3 at tafel, p4 at tafel and a at stuur."
    assert early["organisations"] == "Organisations that took a seat at a table: a (Gemeente A) and c (OM C)."
