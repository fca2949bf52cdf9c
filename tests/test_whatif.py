"""What-if: pn.whatif and 'partnernet whatif' on a hand-computed landscape and the example region.

Every figure of tests/fixtures/whatif is worked out in its README.
"""

from __future__ import annotations

import json
import re
import shutil

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.analysis.hierarchy import ancestors
from partnernet.analysis.whatif import changed_landscape, group_reach
from partnernet.io.build import find_cycles
from partnernet.language.whatif import changes as said_in
from partnernet.cli import cli
from conftest import EXAMPLE, FIXTURES


def changes(result, land) -> list[str]:
    """The what-if sentences in English, which these tests read (without ``lang``: the running language)."""
    return said_in(result, land, lang="en")


pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

BRUG = {
    "id": "brug",
    "name": "Brugtafel",
    "members": ["s1", "z1", "om"],
    "kind": "operational",
    "meetings_per_year": 12,
    "hours_per_meeting": 0.5,
    "reports_to": "stuur",
}
JEUGDTAFEL = {
    "id": "jeugdtafel",
    "members": ["p072", "p073", "p069", "p071", "p010", "p039"],
    "kind": "operational",
    "meetings_per_year": 12,
    "hours_per_meeting": 1.5,
    "reports_to": "zvh-stuurgroep",
}


@pytest.fixture(scope="module")
def small():
    return pn.load(FIXTURES / "whatif")


@pytest.fixture(scope="module")
def without_g1(small):
    return pn.whatif(small, remove=["g1"])


@pytest.fixture(scope="module")
def said_g1(small, without_g1):
    """The changes in words (issue 14: no longer a field of the result)."""
    return changes(without_g1, small)


def after(result, land):
    """The changed landscape a result measured (issue 14: no longer a field of the result)."""
    return changed_landscape(land, result["remove"], result["add"], result["ties"])


def value(result, part, measure, side="after"):
    return result["summary"].loc[(part, measure), side]


# -- removing a person ---------------------------------------------------------------


def test_removing_a_person_fragments_the_organisation_network(without_g1):
    assert value(without_g1, "organisations", "fragmentation", "before") == 0
    assert value(without_g1, "organisations", "fragmentation") == pytest.approx(1 / 3)
    assert value(without_g1, "organisations", "distance_fragmentation", "before") == pytest.approx(0.24444, abs=1e-5)
    assert value(without_g1, "organisations", "distance_fragmentation") == pytest.approx(0.43333, abs=1e-5)
    assert value(without_g1, "organisations", "links") == 7
    assert value(without_g1, "organisations", "components") == 2
    assert value(without_g1, "organisations", "articulation_points", "before") == 2


def test_removing_a_person_lists_who_is_cut_off(without_g1, said_g1):
    cut = without_g1["disconnected"]
    assert cut["status"].to_dict() == {"school": "lost_all_links", "s1": "lost_all_links"}
    assert cut.loc["s1", "organisation"] == "school"
    assert "school no longer shares a table with any other organisation" in said_g1
    assert not any(s.startswith("E. Eerde") for s in said_g1)  # told with its organisation


def test_group_links_before_and_after(without_g1, said_g1):
    links = without_g1["group_links"].set_index(["group_a", "group_b"])
    assert links.loc[("education", "justice"), "status"] == "no_longer_connected"
    assert links.loc[("education", "justice"), "only_through_before"] == ["gem"]
    assert links.loc[("care", "education"), "only_through_before"] == ["gem", "pol"]
    assert links.loc[("administration", "education"), "only_through_before"] == []
    assert links.loc[("care", "security"), "only_through_after"] == ["pol"]
    assert links.loc[("education", "justice"), "bridging_organisations_before"] == ["gem"]
    assert value(without_g1, "groups", "pairs_connected", "before") == 10
    assert value(without_g1, "groups", "pairs_connected") == 6
    assert value(without_g1, "groups", "pairs_only_through_one_organisation", "before") == 6
    assert value(without_g1, "groups", "pairs_only_through_one_organisation") == 3
    assert "education is no longer connected to any other domain" in said_g1


def test_load_connectors_and_centrality_changes(small, without_g1, said_g1):
    load = without_g1["load"]
    assert load.loc["gem", ["bodies_before", "bodies_after"]].tolist() == [3, 1]
    assert load.loc["gem", ["meeting_hours_per_month_before", "meeting_hours_per_month_after"]].tolist() == [4, 1]
    assert load.loc["gem", "meeting_hours_per_month_change"] == -3
    assert bool(load.loc["gem", "overloaded_before"]) and not bool(load.loc["gem", "overloaded_after"])
    assert value(without_g1, "load", "meeting_hours_per_month", "before") == 14
    assert value(without_g1, "load", "meeting_hours_per_month") == 11
    assert "gem is no longer overloaded: 4.0 -> 1.0 meeting hours per month (load 1.33 -> 0.33)" in said_g1
    connectors = without_g1["connectors"]
    assert connectors.loc["gem", ["bridging_before", "bridging_after"]].tolist() == [3, 0]
    assert connectors.loc["p1", ["bridging_before", "bridging_after"]].tolist() == [3, 1]
    # g1 bridged one pair, no more than chance: gem had no connector to lose (issue 15: z >= 1.96)
    assert not pn.connectors(small)["persons"].loc["g1", "connector"]
    assert without_g1["coverage"].empty and not any("connector" in line for line in said_g1)
    # p1 bridged three pairs (z 3.7); without z1 it bridges one, and pol loses its connector
    without_z1 = pn.whatif(small, remove=["z1"])
    assert without_z1["coverage"].loc["pol", "connectors_before"] == ["p1"]
    assert without_z1["coverage"].loc["pol", "connectors_after"] == []
    assert "pol no longer has a connector (was p1)" in changes(without_z1, small)
    ranks = without_g1["centrality"]
    assert ranks.index.tolist() == ["gem"]  # organisations tied at betweenness 0 do not count as moving
    assert ranks.loc["gem", ["rank_before", "rank_after"]].tolist() == [1, 2]


def test_removed_table_and_the_changed_landscape(small, without_g1):
    removed = without_g1["removed"]
    assert removed.loc["g1", ["kind", "name", "memberships", "ties"]].tolist() == ["person", "A. Adviseur", 2, 1]
    changed = after(without_g1, small)
    assert "g1" not in changed.persons.index and "g1" not in set(changed.memberships["member"])
    assert changed.ties.empty
    assert small.counts["memberships"] == 11  # the original is untouched


# -- removing an organisation or a body ---------------------------------------------------


def test_removing_an_organisation_takes_its_persons_and_adjusts_the_rest(small):
    result = pn.whatif(small, remove=["pol"])
    changed = after(result, small)
    assert result["removed"].loc["pol", "persons"] == ["p1"]
    assert result["removed"].loc["pol", ["memberships", "ties"]].tolist() == [3, 1]
    assert "p1" not in changed.persons.index
    assert pd.isna(changed.organisations.at["pol-ct", "parent"])
    assert pd.isna(changed.bodies.at["zorgtafel", "host"])
    assert sorted(changed.covenants["organisation"]) == ["gem", "om"]
    adjustments = result["adjustments"].set_index(["id", "field"])
    assert adjustments.loc[("pol-ct", "parent"), "before"] == "pol"
    assert adjustments.loc[("zorgtafel", "organisations"), ["before", "after"]].tolist() == [2, 1]
    assert value(result, "organisations", "fragmentation") == pytest.approx(0.4)
    for sentence in (
        "C. Coordinator (p1) leaves with pol",
        "pol-ct was a unit of pol; it stays, without a parent",
        "zorgtafel loses pol as host",
        "zorgtafel is left with 1 organisation (had 2)",
        "zorg no longer shares a table with any other organisation",
        "care is no longer connected to any other domain",
    ):
        assert sentence in changes(result, small)


def test_removing_a_body_rehangs_the_bodies_below_it(small):
    result = pn.whatif(small, remove=["casus"])
    assert after(result, small).bodies.at["schooltafel", "reports_to"] == "stuur"
    assert "schooltafel reported to casus; it now reports to stuur" in changes(result, small)
    assert value(result, "organisations", "links") == value(result, "organisations", "links", "before")
    both = pn.whatif(small, remove=["casus", "stuur"])
    assert pd.isna(after(both, small).bodies.at["schooltafel", "reports_to"])
    assert "schooltafel reported to casus; it now reports to no body" in changes(both, small)


# -- adding a body ---------------------------------------------------------------------------


def test_a_new_body_adds_links_and_removes_single_points_of_failure(small):
    result = pn.whatif(small, add=[BRUG])
    assert value(result, "organisations", "links") == 11
    assert value(result, "organisations", "distance_fragmentation") == pytest.approx(4 / 30)
    assert value(result, "organisations", "articulation_points") == 0
    assert value(result, "groups", "pairs_only_through_one_organisation") == 0
    assert set(result["group_links"]["status"].head(6)) == {"no_longer_through_one_organisation_only"}
    assert value(result, "load", "meeting_hours_per_month") == 15.5
    assert result["load"].loc["om", "meeting_hours_per_month_after"] == 3.5
    added = result["added"].loc["brug"]
    assert added["members"] == ["s1", "z1", "om"] and added["meeting_hours_per_month"] == 0.5
    body = after(result, small).bodies.loc["brug"]
    assert (body["name"], body["kind"], body["reports_to"]) == ("Brugtafel", "operational", "stuur")
    assert "education no longer depends on gem alone to reach justice and security" in changes(result, small)
    points = result["articulation_points"]
    assert points.index.tolist() == ["gem", "pol", "p1", "g1"]
    assert points.drop(columns=["level", "name"]).values.tolist() == [
        [True, False, 1, 0],
        [True, False, 1, 0],
        [True, True, 2, 1],
        [True, False, 1, 0],
    ]
    assert "gem and pol are no longer single points of failure (articulation points)" in changes(result, small)
    assert "A. Adviseur (g1) is no longer a single point of failure (articulation point)" in changes(result, small)
    assert changes(result, small)[0] == (
        "new body brug with 3 members (E. Eerde (s1), D. Dokter (z1) and om), 0.5 meeting hours per month per seat"
    )


def test_a_new_body_takes_dutch_vocabulary_and_unknown_hours(small):
    result = pn.whatif(small, add=[{"id": "x", "members": ["gem", "zorg"], "kind": "operationeel", "regime": "beide"}])
    body = after(result, small).bodies.loc["x"]
    assert (body["kind"], body["regime"]) == ("operational", "both")
    assert np.isnan(result["added"].loc["x", "meeting_hours_per_month"])
    assert any("meeting hours unknown" in s for s in changes(result, small))


def test_a_new_body_can_overload_and_connect(small):
    result = pn.whatif(
        small, add=[{"id": "x", "members": ["s1", "om"], "meetings_per_year": 12, "hours_per_meeting": 4}]
    )
    assert "school becomes overloaded: 1.0 -> 5.0 meeting hours per month (load 0.25 -> 1.25)" in changes(result, small)
    land = pn.Landscape.from_tables(
        organisations=pd.DataFrame({"id": ["a", "b", "e"], "domain": ["care", "security", "justice"]}),
        bodies=pd.DataFrame({"id": ["t1"]}),
        memberships=pd.DataFrame({"member": ["a", "b"], "body": ["t1", "t1"]}),
    )
    joined = pn.whatif(land, add=[{"id": "t2", "members": ["b", "e"]}])
    assert joined["group_links"]["status"].tolist() == ["newly_connected", "newly_connected", "unchanged"]
    assert "justice is now connected to any other domain" in changes(joined, land)


def test_a_pair_of_groups_that_comes_to_depend_on_one_organisation():
    land = pn.Landscape.from_tables(
        organisations=pd.DataFrame({"id": ["a", "b", "c", "d"], "domain": ["care", "security", "security", "justice"]}),
        bodies=pd.DataFrame({"id": ["t1", "t2", "t3"]}),
        memberships=pd.DataFrame(
            {"member": ["a", "b", "a", "c", "b", "c", "d"], "body": ["t1", "t1", "t2", "t2", "t3", "t3", "t3"]}
        ),
    )
    result = pn.whatif(land, remove=["c"])
    link = result["group_links"].set_index(["group_a", "group_b"]).loc[("care", "justice")]
    assert (link["status"], link["only_through_before"], link["only_through_after"]) == (
        "only_through_one_organisation",
        [],
        ["b"],
    )
    assert "care is no longer connected to justice except through b" in changes(result, land)
    assert result["articulation_points"].loc["b", ["nodes_cut_off_before", "nodes_cut_off_after"]].tolist() == [0, 1]
    assert (
        "b becomes a single point of failure (articulation point): without it 1 organisation would be cut off"
        in changes(result, land)
    )


def test_group_reach_on_a_plain_graph():
    graph = nx.path_graph(["a", "b", "c"])
    reach = group_reach(graph, pd.Series({"a": "X", "b": "Y", "c": "Z"}))
    assert reach.values.tolist() == [["X", "Y", []], ["X", "Z", ["b"]], ["Y", "Z", []]]


# -- bad arguments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"remove": ["g3"]}, "cannot remove unknown id 'g3'; did you mean g2, g1"),
        ({"remove": [3]}, "takes ids as text"),
        ({"add": [{"id": "gem", "members": ["om"]}]}, "'gem' is already an id"),
        ({"add": [{"id": "x"}]}, "needs 'members'"),
        ({"remove": ["om"], "add": [{"id": "x", "members": ["om", "gem"]}]}, "'om' is removed in this scenario"),
        ({"add": [{"id": "x", "members": ["om"], "chair": "om"}]}, "unknown field 'chair'"),
    ],
)
def test_bad_scenarios_say_what_to_do(small, kwargs, message):
    with pytest.raises(pn.UsageError, match=re.escape(message)):
        pn.whatif(small, **kwargs)


# A new body meets the loader's own checks (io/additions.py): the same problem as in bodies.csv.
@pytest.mark.parametrize(
    "bodies,column,message",
    [
        (
            [{"id": "x", "members": ["omm"]}],
            "member",
            "no organisation or person 'omm' in the register (did you mean 'om'?).",
        ),
        ([{"id": "x", "members": ["om"], "kind": "vergadering"}], "kind", "unknown kind 'vergadering'."),
        ([{"id": "x", "members": ["om"], "hours_per_meeting": -2}], "hours_per_meeting", "-2 is negative."),
        (
            [{"id": "x", "members": ["om"], "meetings_per_year": 400}],
            "meetings_per_year",
            "meetings per year 400 is out of range: it must be at least 0 and at most 366 meetings per year.",
        ),
        ([{"id": "x", "members": ["om"], "start": "2025-13-01"}], "start", "'2025-13-01' is not a valid date."),
        (
            [{"id": "x", "members": ["om"], "start": "2025-06-01", "end": "2025-01-01"}],
            "end",
            "end 2025-01-01 is before start 2025-06-01.",
        ),
        (
            [{"id": "x", "members": ["om"], "reports_to": "stuurr"}],
            "reports_to",
            "unknown body 'stuurr' (did you mean 'stuur'?).",
        ),
        (
            [{"id": "x", "members": ["om"], "host": "gemm"}],
            "host",
            "unknown organisation 'gemm' (did you mean 'gem'?).",
        ),
        (
            [{"id": "x", "members": ["om"], "reports_to": "y"}, {"id": "y", "members": ["om"], "reports_to": "x"}],
            "reports_to",
            "'reports_to' forms a cycle: x -> y -> x.",
        ),
        (
            [{"id": "x", "members": ["om"]}, {"id": "x", "members": ["gem"]}],
            "id",
            "duplicate id 'x': row 1 has the same id.",
        ),
    ],
)
def test_a_bad_new_body_is_refused_with_the_loaders_message(small, bodies, column, message):
    with pytest.raises(pn.InputError) as raised:
        pn.whatif(small, add=bodies)
    [problem] = raised.value.problems
    assert (problem.column, problem.message) == (column, message)


def test_a_new_body_gets_the_error_the_loader_gives_for_the_same_row(small, tmp_path):
    """The same body in bodies.csv: the loader reports the same code, column and message."""
    shutil.copytree(FIXTURES / "whatif", tmp_path / "land")
    bodies = tmp_path / "land" / "bodies.csv"
    header = bodies.read_text(encoding="utf-8").splitlines()[0].split(",")
    row = {"id": "x", "hours_per_meeting": "30", "reports_to": "y"}
    cycle = {"id": "y", "reports_to": "x"}
    with bodies.open("a", encoding="utf-8") as out:
        for body in (row, cycle):
            out.write(",".join(body.get(column, "") for column in header) + "\n")
    with pytest.raises(pn.InputError) as loaded:
        pn.load(tmp_path / "land")
    with pytest.raises(pn.InputError) as added:
        pn.whatif(small, add=[{**row, "members": ["om"]}, {**cycle, "members": ["gem"]}])
    expected = [(p.code, p.column, p.message) for p in loaded.value.errors]
    assert [(p.code, p.column, p.message) for p in added.value.errors] == expected
    assert {code for code, _, _ in expected} == {"out_of_range", "cycle"}


def test_the_one_cycle_check_names_the_cycle_from_its_first_row():
    parent = pd.Series({"a": "b", "b": "c", "c": "a", "d": "d", "e": np.nan})
    assert sorted(find_cycles(parent, order={"a": 3, "b": 1, "c": 2, "d": 4})) == [["b", "c", "a"], ["d"]]
    with pytest.raises(pn.InputError, match="forms a cycle: "):
        ancestors(parent.rename("parent"))


# -- the example region --------------------------------------------------------------------------


def test_region_without_p001_cuts_off_the_school_and_the_roc(example_2026):
    articulation = pn.fragmentation(example_2026)["articulation_points"]
    assert {"p001", "p002"} <= set(articulation.index)
    result = pn.whatif(example_2026, remove=["p001"])
    cut = result["disconnected"]
    assert set(cut.index) == {"school-brugcollege", "roc-veldland", "p072", "p073"}
    assert set(cut["status"]) == {"cut_off_from_the_main_network"}
    points = result["articulation_points"]
    assert points.loc["gemeente-veldstad", ["articulation_point_before", "articulation_point_after"]].tolist() == [
        True,
        False,
    ]
    assert not any("single point" in s for s in changes(result, example_2026))  # lost because the school is cut off
    assert (
        "school-brugcollege and roc-veldland are cut off from the rest of the network "
        "(overleg-veilige-school links them to no one else)"
    ) in changes(result, example_2026)
    assert "education is no longer connected to any other domain" in changes(result, example_2026)
    assert value(result, "organisations", "fragmentation", "before") == pytest.approx(0.08599, abs=1e-5)
    assert value(result, "organisations", "fragmentation") == pytest.approx(0.16715, abs=1e-5)
    assert result["load"].loc["gemeente-veldstad", "meeting_hours_per_month_change"] == pytest.approx(
        -36.9167, abs=1e-4
    )


def test_region_without_p002_cuts_off_welfare_and_veilig_thuis(example_2026):
    result = pn.whatif(example_2026, remove=["p002"])
    cut = result["disconnected"]["status"].to_dict()
    assert cut == {
        "politie-ct-team": "no_table_left",
        "welzijn-veldstad": "cut_off_from_the_main_network",
        "veilig-thuis-veldland": "cut_off_from_the_main_network",
        "p069": "cut_off_from_the_main_network",
        "p070": "cut_off_from_the_main_network",
        "p071": "cut_off_from_the_main_network",
    }
    assert (
        "welzijn-veldstad and veilig-thuis-veldland are cut off from the rest of the network "
        "(signaleringsoverleg-zuid links them to no one else)"
    ) in changes(result, example_2026)


def test_region_a_new_table_removes_the_dependence_on_gemeente_veldstad(example_2026):
    result = pn.whatif(example_2026, add=[JEUGDTAFEL])
    assert value(result, "organisations", "articulation_points", "before") == 2
    assert value(result, "organisations", "articulation_points") == 0
    assert value(result, "groups", "pairs_only_through_one_organisation", "before") == 9
    assert value(result, "groups", "pairs_only_through_one_organisation") == 0
    assert value(result, "load", "meeting_hours_per_month") - value(
        result, "load", "meeting_hours_per_month", "before"
    ) == pytest.approx(9.0)
    assert "education no longer depends on gemeente-veldstad alone to reach any other domain" in changes(
        result, example_2026
    )


def test_region_results_are_identical_from_run_to_run(example_2026):
    first, second = (pn.whatif(example_2026, remove=["p002"], add=[JEUGDTAFEL]) for _ in range(2))
    assert changes(first, example_2026) == changes(second, example_2026)
    for key in ("summary", "disconnected", "group_links", "connectors", "coverage", "load", "centrality"):
        pd.testing.assert_frame_equal(first[key], second[key])


# -- command line ------------------------------------------------------------------------------


def invoke(*args):
    return CliRunner().invoke(cli, ["whatif", str(EXAMPLE), "--at", "2026-01-01", *args])


def test_cli_report_starts_with_the_changes():
    result = invoke("--remove", "p001")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "What if on 2026-01-01: without S. El Amrani (p001)"
    assert "  - education is no longer connected to any other domain" in lines
    assert "Before and after" in lines and "Cut off" in lines


def test_cli_json_and_csv():
    result = invoke("--remove", "p002", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) >= {"summary", "disconnected", "group_links", "load"}
    assert "landscape" not in data and "changes" not in data  # sentences are words, not data (issue 14)
    said = invoke("--remove", "p002", "--format", "csv", "--table", "changes", "--lang", "en")
    assert said.exit_code == 2 and "--table changes holds sentences for a reader, not data" in said.output
    summary = {(row["part"], row["measure"]): row for row in data["summary"]}
    assert summary[("organisations", "components")]["after"] == 5
    csv = invoke("--remove", "p002", "--format", "csv").stdout.splitlines()
    assert csv[0] == "part,measure,before,after,change"
    links = invoke("--remove", "p001", "--format", "csv", "--table", "group-links").stdout.splitlines()
    assert links[1].startswith('administration,education,no_longer_connected,True,False,"[""gemeente-veldstad""]",[],')


def test_cli_add_body_syntax_with_decimal_comma():
    spec = "jeugdtafel:p072,p073,p069,p071,p010,p039;meetings=12;hours=1,5;kind=operationeel;reports_to=zvh-stuurgroep"
    result = invoke("--add-body", spec, "--table", "added", "--format", "json")
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)[0]
    assert added["id"] == "jeugdtafel" and added["meeting_hours_per_month"] == 1.5
    assert added["members"] == ["p072", "p073", "p069", "p071", "p010", "p039"]


@pytest.mark.parametrize(
    "args,message",
    [
        (("--remove", "p0001"), "cannot remove unknown id 'p0001'; did you mean p001"),
        (("--add-body", "tafel"), "write it as ID:MEMBER,MEMBER"),
        (("--add-body", "tafel:p001;uren=2"), "'uren=2' is not KEY=VALUE"),
        ((), "nothing to change"),
    ],
)
def test_cli_bad_arguments_exit_2_without_traceback(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_cli_pseudonymised_keeps_register_ids_usable():
    result = invoke("--remove", "p001", "--pseudonymise", "--table", "changes")
    assert result.exit_code == 0, result.output
    assert "El Amrani" not in result.output and "p072" not in result.output
    assert "school-brugcollege and roc-veldland are cut off" in result.output


def test_cli_on_an_edge_list_without_persons():
    result = CliRunner().invoke(
        cli,
        [
            "whatif",
            str(EXAMPLE.parent / "edgelist-voorbeeld.csv"),
            "--remove",
            "Gemeente Zuidermeer",
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert "organisations,nodes,16,15,-1" in rows
    assert not any(row.startswith("persons,") for row in rows)
