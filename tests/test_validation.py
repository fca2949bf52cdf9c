"""Every bad-input class the loader knows (io/build.py): the message names file, row and column, and the CLI exits cleanly."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import edit

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

# (case id, table, how to change it, code, file, row, column)
ERRORS = [
    ("missing file", "memberships", "delete", "missing_file", "memberships.csv", None, None),
    (
        "missing column",
        "memberships",
        ("replace", "member,body,role", "member,overleg_x,role"),
        "missing_column",
        "memberships.csv",
        1,
        None,
    ),
    (
        "duplicate id",
        "organisations",
        ("append", "om,OM again,justice,both,regional,,"),
        "duplicate_id",
        "organisations.csv",
        7,
        "id",
    ),
    (
        "unknown member",
        "memberships",
        ("append", "nobody,casus,member,core,1,,"),
        "unknown_reference",
        "memberships.csv",
        12,
        "member",
    ),
    (
        "unknown body",
        "memberships",
        ("append", "om,nowhere,member,core,1,,"),
        "unknown_reference",
        "memberships.csv",
        12,
        "body",
    ),
    (
        "id both organisation and body",
        "bodies",
        ("append", "om,Overleg OM,learning,ct,local,1,1,,,,,"),
        "id_collision",
        "bodies.csv",
        5,
        "id",
    ),
    (
        "cycle in reports_to",
        "bodies",
        ("replace", "4,1.5,,gemeente", "4,1.5,weeg,gemeente"),
        "cycle",
        "bodies.csv",
        2,
        "reports_to",
    ),
    (
        "negative number",
        "bodies",
        ("replace", "operational,ct,local,24,2", "operational,ct,local,-24,2"),
        "negative_number",
        "bodies.csv",
        2,
        "meetings_per_year",
    ),
    (
        "non-numeric number",
        "bodies",
        ("replace", "operational,ct,local,12,1", "operational,ct,local,12,een uur"),
        "not_a_number",
        "bodies.csv",
        3,
        "hours_per_meeting",
    ),
    (
        "non-numeric capacity",
        "organisations",
        ("replace", "local,20,", "local,twintig,"),
        "not_a_number",
        "organisations.csv",
        2,
        "capacity_hours",
    ),
    (
        "seats not whole",
        "memberships",
        ("replace", "p2,weeg,member,core,1,", "p2,weeg,member,core,1.5,"),
        "not_a_count",
        "memberships.csv",
        7,
        "seats",
    ),
    (
        "end before start",
        "memberships",
        ("replace", "p3,casus,member,case,1,2021-06-01,", "p3,casus,member,case,1,2021-06-01,2020-12-31"),
        "end_before_start",
        "memberships.csv",
        5,
        "end",
    ),
    (
        "impossible date",
        "memberships",
        ("replace", "p2,casus,member,core,1,2020-01-01,", "p2,casus,member,core,1,31-02-2020,"),
        "bad_date",
        "memberships.csv",
        3,
        "start",
    ),
    (
        "bad boolean",
        "ties",
        ("replace", "information,true", "information,misschien"),
        "bad_boolean",
        "ties.csv",
        2,
        "directed",
    ),
    (
        "unknown person organisation",
        "persons",
        ("append", "p4,kmar,,"),
        "unknown_reference",
        "persons.csv",
        5,
        "organisation",
    ),
    (
        "unknown reports_to",
        "bodies",
        ("replace", "4,1.5,,gemeente", "4,1.5,driehoek,gemeente"),
        "unknown_reference",
        "bodies.csv",
        4,
        "reports_to",
    ),
    (
        "unknown host",
        "bodies",
        ("replace", "12,1,casus,gemeente", "12,1,casus,zvh"),
        "unknown_reference",
        "bodies.csv",
        3,
        "host",
    ),
    (
        "unknown parent",
        "organisations",
        ("replace", "40,politie", "40,politie-nl"),
        "unknown_reference",
        "organisations.csv",
        4,
        "parent",
    ),
    ("unknown tie end", "ties", ("append", "om,fiod,advice,false,1"), "unknown_reference", "ties.csv", 4, "target"),
    (
        "unknown covenant signatory",
        "covenants",
        ("append", "ZVH-convenant,reclassering"),
        "unknown_reference",
        "covenants.csv",
        5,
        "organisation",
    ),
    (
        "empty id",
        "organisations",
        ("append", ",Naamloos,care,crime,local,,"),
        "missing_value",
        "organisations.csv",
        7,
        "id",
    ),
    (
        "too many values",
        "memberships",
        ("append", "om,stuur,member,core,1,,,extra"),
        "too_many_values",
        "memberships.csv",
        12,
        None,
    ),
]

WARNINGS = [
    (
        "unknown vocabulary",
        "organisations",
        ("replace", "care,crime", "mystery,crime"),
        "unknown_value",
        "organisations.csv",
        6,
        "domain",
    ),
    (
        "duplicate membership",
        "memberships",
        ("append", "p1,casus,chair,core,1,2019-01-01,"),
        "duplicate_membership",
        "memberships.csv",
        12,
        "member",
    ),
    ("self_tie", "ties", ("append", "om,om,advice,false,1"), "self_tie", "ties.csv", 4, "target"),
    (
        "isolated organisation",
        "organisations",
        ("append", "kmar,KMar,security,ct,national,,"),
        "isolated_organisation",
        "organisations.csv",
        7,
        "id",
    ),
    (
        "body with one member",
        "bodies",
        ("append", "solo,Solo-overleg,learning,ct,local,4,1,,,,,"),
        "small_body",
        "bodies.csv",
        5,
        "id",
    ),
    (
        "covenant nobody signed",
        "bodies",
        ("replace", "stuur,gemeente,ZVH-convenant", "stuur,gemeente,RIEC-convenant"),
        "unsigned_covenant",
        "bodies.csv",
        2,
        "covenant",
    ),
    (
        "membership outside body lifetime",
        "memberships",
        ("replace", "p1,casus,chair,core,1,2019-01-01,", "p1,casus,chair,core,1,2018-01-01,"),
        "outside_body_lifetime",
        "memberships.csv",
        2,
        "start",
    ),
    (
        "file that is not a table",
        "notities",
        ("write", "just some notes\n"),
        "unknown_file",
        "notities.csv",
        None,
        None,
    ),
    (
        "duplicate column",
        "ties",
        ("replace", "kind,directed", "kind,soort"),
        "duplicate_column",
        "ties.csv",
        1,
        "soort",
    ),
]


def apply(folder, table, change):
    path = folder / f"{table}.csv"
    if change == "delete":
        path.unlink()
    elif change[0] == "append":
        edit(folder, table, append=change[1])
    elif change[0] == "replace":
        edit(folder, table, replace=(change[1], change[2]))
    else:
        path.write_text(change[1], encoding="utf-8")


def problem_with(problems, code):
    found = [p for p in problems if p.code == code]
    assert found, f"no {code} among {[str(p) for p in problems]}"
    return found[0]


def check_location(problem, file, row, column):
    text = str(problem)
    assert problem.file.endswith(file) and file in text
    if row is not None:
        assert problem.row == row and f"row {row}" in text
    if column is not None:
        assert problem.column == column and f"column '{column}'" in text
    assert problem.fix or problem.code == "unknown_file"


@pytest.mark.parametrize("case,table,change,code,file,row,column", ERRORS, ids=[e[0] for e in ERRORS])
def test_error_names_file_row_column(mini, case, table, change, code, file, row, column):
    apply(mini, table, change)
    with pytest.raises(pn.InputError) as caught:
        pn.load(mini)
    check_location(problem_with(caught.value.errors, code), file, row, column)


@pytest.mark.parametrize("case,table,change,code,file,row,column", ERRORS, ids=[e[0] for e in ERRORS])
def test_validate_command_exits_2_without_traceback(mini, case, table, change, code, file, row, column):
    apply(mini, table, change)
    result = CliRunner().invoke(cli, ["validate", str(mini)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "NOT usable" in result.output and file in result.output


@pytest.mark.parametrize("case,table,change,code,file,row,column", ERRORS, ids=[e[0] for e in ERRORS])
def test_other_commands_exit_2_with_the_message(mini, case, table, change, code, file, row, column):
    apply(mini, table, change)
    result = CliRunner().invoke(cli, ["summary", str(mini)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and file in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("case,table,change,code,file,row,column", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_warning_names_file_row_column(mini, case, table, change, code, file, row, column):
    apply(mini, table, change)
    land = pn.load(mini)
    check_location(problem_with(land.warnings, code), file, row, column)
    result = CliRunner().invoke(cli, ["validate", str(mini)])
    assert result.exit_code == 0 and "usable" in result.output and code != "" and file in result.output


def test_unknown_vocabulary_value_is_kept(mini):
    apply(mini, "organisations", ("replace", "care,crime", "Mystery,crime"))
    assert pn.load(mini).organisations.at["ggz", "domain"] == "mystery"


def test_duplicate_membership_rows_are_merged_once(mini):
    edit(mini, "memberships", append="p1,casus,,,,2019-01-01,")
    land = pn.load(mini)
    assert len(land.memberships) == 10
    kept = land.memberships[(land.memberships["member"] == "p1") & (land.memberships["body"] == "casus")]
    assert kept["role"].tolist() == ["chair"]


def test_conflicting_duplicate_says_what_was_kept(mini):
    edit(mini, "memberships", append="p1,casus,member,core,1,2019-01-01,")
    problem = problem_with(pn.load(mini).warnings, "duplicate_membership")
    assert "kept role 'chair'" in problem.message and "row 2" in problem.message


def test_self_tie_is_dropped(mini):
    edit(mini, "ties", append="om,om,advice,false,1")
    assert len(pn.load(mini).ties) == 2


def test_all_errors_are_reported_together(mini):
    edit(mini, "memberships", append="nobody,casus,member,core,1,,\nom,nowhere,member,core,1,,")
    edit(mini, "organisations", append="om,OM again,justice,both,regional,,")
    with pytest.raises(pn.InputError) as caught:
        pn.load(mini)
    codes = sorted(p.code for p in caught.value.errors)
    assert codes == ["duplicate_id", "unknown_reference", "unknown_reference"]


def test_unknown_id_suggests_a_close_match(mini):
    edit(mini, "memberships", append="politie-c,casus,member,core,1,,")
    with pytest.raises(pn.InputError) as caught:
        pn.load(mini)
    assert "did you mean 'politie-ct'?" in str(caught.value)


def test_missing_path_is_an_input_error(tmp_path):
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_unknown_suffix_is_an_input_error(tmp_path):
    (tmp_path / "land.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "land.xls")])
    assert result.exit_code == 2 and "save" in result.output and "Traceback" not in result.output


def test_validate_json_lists_problems(mini):
    edit(mini, "memberships", append="nobody,casus,member,core,1,,")
    result = CliRunner().invoke(cli, ["validate", str(mini), "--format", "json"])
    import json

    document = json.loads(result.stdout)
    assert result.exit_code == 2 and document["usable"] is False
    assert document["errors"][0]["row"] == 12 and document["errors"][0]["column"] == "member"


def test_from_tables_validates_dataframes():
    import pandas as pd

    with pytest.raises(pn.InputError) as caught:
        pn.Landscape.from_tables(
            organisations=pd.DataFrame({"id": ["a", "b"]}),
            bodies=pd.DataFrame({"id": ["x"]}),
            memberships=pd.DataFrame({"member": ["a", "c"], "body": ["x", "x"]}),
        )
    assert "the memberships table, record 2, column 'member': unknown organisation or person 'c'" in str(caught.value)
