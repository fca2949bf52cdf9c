"""Options as a fresh tester typed them (issue 14, part Y): a bad date names its option, every float
option takes a decimal comma, and a bad --add-body names the option and the key as typed."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from partnernet.cli import cli, load_all

from conftest import EXAMPLE

D = str(EXAMPLE)


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize(
    "args, option",
    [
        (["compare", D, "--at", "2025-01-01", "--vs", "2026-13-01"], "--vs"),
        (["compare", D, "--at", "2025-13-01", "--vs", "2026-01-01"], "--at"),
        (["overload", D, "--at", "31-02-2026"], "--at"),
        (["summary", D, "--at", "1800-01-01"], "--at"),
        (["report", D, "--at", "morgen", "-o", "x.html"], "--at"),
    ],
)
@pytest.mark.parametrize("lang, words", [("nl", "geen geldige datum|valt buiten"), ("en", "not a valid date|outside")])
def test_a_bad_date_names_its_option(args, option, lang, words):
    result = run(*args, "--lang", lang)
    assert result.exit_code == 2
    line = next(line for line in result.output.splitlines() if option in line)
    assert f"{option}: '" in line and any(w in line for w in words.split("|")), result.output


def test_every_date_option_is_checked_by_the_date_type():
    from partnernet.cli.options import DateText

    for name, command in load_all().items():
        commands = command.commands.values() if hasattr(command, "commands") else [command]
        for sub in commands:
            for param in sub.params:
                if param.name in ("at", "vs"):
                    assert isinstance(param.type, DateText), (name, sub.name, param.name)


def test_every_float_option_takes_a_decimal_comma():
    import click

    from partnernet.cli.options import Decimal

    floats = []
    for command in load_all().values():
        for sub in command.commands.values() if hasattr(command, "commands") else [command]:
            floats += [(sub.name, p.name, p.type) for p in sub.params if isinstance(p.type, click.types.FloatParamType)]
    assert floats
    for name, option, kind in floats:
        assert isinstance(kind, Decimal), (name, option)
        assert kind.convert("0,5", None, None) == 0.5 and kind.convert("0.5", None, None) == 0.5


def test_overload_threshold_with_a_decimal_comma_equals_the_point():
    comma = run("overload", D, "--threshold", "1,5", "--format", "csv", "--lang", "en")
    point = run("overload", D, "--threshold", "1.5", "--format", "csv", "--lang", "en")
    assert comma.exit_code == point.exit_code == 0, comma.output
    assert comma.stdout == point.stdout
    assert run("overload", D, "--threshold", "1,x").exit_code == 2


@pytest.mark.parametrize(
    "spec, lang, said",
    [
        ("x:p001;meetings=abc", "nl", "--add-body 'x:p001;meetings=abc', kolom 'meetings': 'abc' is geen"),
        ("x:p001;Hours=-3", "en", "--add-body 'x:p001;Hours=-3', column 'Hours': -3 is negative"),
        (
            "x:p999;meetings=12",
            "nl",
            "--add-body 'x:p999;meetings=12': geen organisatie of persoon 'p999' in het register",
        ),
        ("x:p999", "en", "--add-body 'x:p999': no organisation or person 'p999' in the register"),
    ],
)
def test_a_bad_add_body_names_the_option_and_the_key_as_typed(spec, lang, said):
    result = run("whatif", D, "--add-body", spec, "--lang", lang)
    assert result.exit_code == 2
    assert said in result.output, result.output
    assert "meetings_per_year" not in result.output and "organisations" not in result.output


def test_the_unknown_member_of_the_second_add_body_names_that_one():
    result = run("whatif", D, "--add-body", "x:p001;meetings=12", "--add-body", "y:p001,p997", "--lang", "en")
    assert result.exit_code == 2
    assert "--add-body 'y:p001,p997': no organisation or person 'p997'" in result.output
    assert "'x:p001" not in result.output


def test_the_api_says_an_unknown_new_member_is_not_in_the_register():
    import partnernet as pn

    with pytest.raises(pn.InputError) as caught:
        pn.whatif(pn.load(EXAMPLE).at("2026-01-01"), add=[{"id": "x", "members": ["p999"]}])
    (problem,) = caught.value.errors
    assert problem.code == "unknown_reference" and dict(problem.params)["value"] == "p999"
    assert "organisations" not in str(problem)
