"""The command line through click's CliRunner: output, formats, exit codes, help."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from partnernet.cli import cli

from conftest import FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

MINI = str(FIXTURES / "mini")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_validate_prints_counts():
    result = run("validate", MINI)
    assert result.exit_code == 0
    for line in (
        "organisations        5",
        "bodies               3",
        "persons              3",
        "memberships         10",
        "ties                 2",
        "0 warnings",
    ):
        assert line in result.output


def test_summary_table():
    result = run("summary", MINI)
    assert result.exit_code == 0
    assert "Organisations per domain" in result.output
    assert "\nOrganisations at most tables\n" in result.output  # 5 organisations: none cut off
    top = result.output.split("Organisations at most tables")[1].splitlines()
    assert top[3].split()[0] == "gemeente"  # 3 tables: casus and weeg through p1, stuur directly


def test_summary_json_is_only_json():
    result = run("summary", MINI, "--format", "json")
    document = json.loads(result.stdout)
    assert document["counts"]["organisations"] == 5
    assert document["top_organisations"][0] == {
        "organisation": "gemeente",
        "name": "Gemeente Klein-Dorp",
        "domain": "administration",
        "bodies": 3,
        "persons": 1,
    }
    assert {row["kind"]: row["bodies"] for row in document["body_kinds"]} == {"operational": 2, "decision": 1}


def test_summary_at_a_date():
    result = run("summary", MINI, "--at", "2019-06-01", "--format", "json")
    assert json.loads(result.stdout)["counts"]["memberships"] == 8


def test_bad_date_option_exits_2():
    result = run("summary", MINI, "--at", "2024-02-30")
    assert result.exit_code == 2 and "not a valid date" in result.output


def test_warnings_are_mentioned_on_stderr(mini):
    from conftest import edit

    edit(mini, "organisations", append="kmar,KMar,security,ct,national,,")
    result = CliRunner().invoke(cli, ["summary", str(mini)])
    assert result.exit_code == 0
    assert "1 warning about the input" in result.stderr and "partnernet validate" in result.stderr
    assert "warning" not in result.stdout


def test_help_on_every_command_and_option():
    from partnernet.cli import load_all

    for command in load_all().values():
        result = run(command.name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output
        assert command.help, f"{command.name} has no help text"
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{command.name} {param.opts} has no help text"


def test_internal_error_is_short_without_debug(monkeypatch):
    import partnernet.cli.data as data

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(data, "summarise", broken)
    result = run("summary", MINI)
    assert result.exit_code == 1
    assert "Internal error: RuntimeError: boom" in result.output and "Traceback" not in result.output
    assert "(partnernet --debug COMMAND ...)" in result.output  # where the option goes: before the command
    debug = run("--debug", "summary", MINI)
    assert isinstance(debug.exception, RuntimeError)


def test_unknown_format_choice_is_a_usage_error():
    result = run("summary", MINI, "--format", "pdf")
    assert result.exit_code == 2 and "invalid value" in result.output


@pytest.mark.parametrize("suffix", ["graphml", "gexf", "json", "xlsx"])
def test_convert_writes_each_format(tmp_path, suffix):
    out = tmp_path / f"out.{suffix}"
    result = run("convert", MINI, "-o", str(out))
    assert result.exit_code == 0 and out.exists()
    assert run("validate", str(out)).exit_code == 0


# -- one set of options (issue 14) ---------------------------------------------------


def test_validate_and_summary_take_format_csv():
    problems = CliRunner().invoke(cli, ["validate", str(FIXTURES / "typo"), "--format", "csv"])
    assert problems.exit_code == 2
    header, first = problems.stdout.splitlines()[:2]
    assert header == "severity,code,file,sheet,row,column,message,fix,params" and first.startswith(
        "error,unknown_reference,"
    )
    counts = CliRunner().invoke(cli, ["summary", str(FIXTURES / "mini"), "--format", "csv"])
    assert counts.exit_code == 0 and counts.stdout.splitlines()[:2] == ["table,count", "organisations,5"]
    top = CliRunner().invoke(
        cli, ["summary", str(FIXTURES / "mini"), "--table", "top-organisations", "--top", "0", "--format", "csv"]
    )
    assert len(top.stdout.splitlines()) == 1 + 5


def test_every_command_with_a_row_limit_takes_the_same_top_option():
    from partnernet.cli import options

    for name, command in cli.commands.items():
        for param in getattr(command, "params", []):
            if param.name == "top":
                assert param.metavar == "N" and param.type.min == 0, name
    assert options.top_option  # the one definition
