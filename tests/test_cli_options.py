"""One way for options and usage errors on every command (issue 14, item 6).

- every option with a shared flag (``--top``, ``--table``, ``--by``, ``--level``, ``--format``, ``--lang``,
  ``-o``) is made by its function in ``partnernet/cli/options.py`` and behaves alike (type, default, help);
- ``--top`` cuts a ``--table`` view in a terminal the same way, saying how many rows there are;
- every usage error (missing value, bad choice, unknown option, extra argument, unknown language) prints
  the usage line and the help hint, exit 2.
"""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from partnernet.cli import cli, load_all
from partnernet.cli.options import LanguageChoice, OutputPath, SHARED_FLAGS

from conftest import EXAMPLE, FIXTURES

AT = ("--at", "2026-01-01")


def _commands():
    """Every command that runs (the survey group's subcommands too), by its full name."""
    found = {}
    for name, command in sorted(load_all().items()):
        if isinstance(command, click.Group):
            found.update({f"{name} {sub}": c for sub, c in command.commands.items()})
        else:
            found[name] = command
    return found


COMMANDS = _commands()


def run(*args: str, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, prog_name="partnernet")


def _shared_options():
    for name, command in COMMANDS.items():
        for param in command.params:
            flags = [flag for flag in param.opts if flag in SHARED_FLAGS]
            if isinstance(param, click.Option) and flags:
                yield name, param, SHARED_FLAGS[flags[0]]


def test_every_command_is_seen():
    assert {"overload", "hierarchy", "survey make", "survey collect", "template", "viz"} <= set(COMMANDS)
    assert len(list(_shared_options())) > 50


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_shared_option_comes_from_options_py(command):
    """An option with a shared flag that is declared on its own (``click.option("--table", ...)``) fails."""
    for name, param, shared in _shared_options():
        if name != command:
            continue
        assert getattr(param, "shared", None) == shared, f"{name} {param.opts}: not from cli/options.py"
        assert param.opts[0] == {"output": "-o"}.get(shared, f"--{shared}"), (name, param.opts)


#: What each shared option is, whatever the command: its type, and the rule of its default.
TYPES = {
    "top": click.IntRange,
    "table": click.Choice,
    "by": click.Choice,
    "level": click.Choice,
    "format": click.Choice,
    "lang": LanguageChoice,
    "output": OutputPath,
}


@pytest.mark.parametrize("shared", sorted(TYPES))
def test_shared_options_behave_alike(shared):
    options = [(name, param) for name, param, kind in _shared_options() if kind == shared]
    assert options
    for name, param in options:
        assert isinstance(param.type, TYPES[shared]), (name, param.type)
        assert getattr(param, "help_key", param.help) is None or "." in str(param.help_key), name
        if shared == "top":
            assert param.type.min == 0 and param.metavar in ("N", None) and not param.required, name
            assert param.default is None or param.default >= 0, name
        if shared == "table":
            assert param.default is None, name  # no --table: the command's usual view
        if shared == "format" and "table" in param.type.choices:
            assert param.default == "table" and list(param.type.choices)[:1] == ["table"], name
        elif shared == "format":  # the format of a file written (-o): from its name unless given
            assert param.default is None and "output" in {p.name for p in COMMANDS[name].params}, name
        if shared == "lang":
            assert param.default == "nl" and param.envvar == "PARTNERNET_LANG" and param.is_eager, name
        if shared == "output" and param.help_key == "output.printed":  # an analysis: -o FILE for what it prints
            assert not param.required and param.default is None and not param.type.dir_okay, name
        elif shared == "output":  # a command that writes files: -o is what it makes
            assert param.required, name
        if shared in ("by", "level"):
            assert param.default in param.type.choices and param.show_default, name


def test_the_same_choices_for_the_same_groups():
    """--by over organisation groups offers the same columns wherever it groups organisations."""
    groups = {
        name: tuple(param.type.choices)
        for name, param, kind in _shared_options()
        if kind == "by" and name in ("fragmentation", "whatif", "compare")
    }
    assert len(set(groups.values())) == 1 and ("domain", "regime", "level") == next(iter(groups.values()))


def test_every_command_with_a_table_has_top():
    for name, command in COMMANDS.items():
        names = {p.name for p in command.params}
        if "table" in names:
            assert "top" in names, name


# -- --top with --table -----------------------------------------------------------------------------------

CUTS = [
    ("fragmentation", ["--table", "nodes"]),
    ("hierarchy", ["--table", "bodies"]),
    ("covenants", ["--table", "members-outside"]),
    ("redundancy", ["--table", "pairs"]),
    ("summary", ["--table", "domains"]),
    ("connectors", ["--table", "persons"]),
    ("layers", ["--table", "pairs"]),
    ("turnover", ["--table", "bodies"]),
    ("compare", ["--vs", "2025-01-01", "--table", "handovers"]),
    ("whatif", ["--remove", "p001", "--table", "disconnected"]),
]


def test_every_command_with_a_table_is_tried():
    assert {command for command, _ in CUTS} == {n for n, c in COMMANDS.items() if "table" in {p.name for p in c.params}}


@pytest.mark.parametrize("command, args", CUTS)
@pytest.mark.usefixtures("shared_analyses")  # about what --top prints: one load and analysis per command line kind
def test_top_cuts_a_chosen_table_and_says_so(command, args):
    whole = run(command, EXAMPLE, *AT, *args, "--top", "0", "--format", "csv", "--lang", "en")
    assert whole.exit_code == 0, whole.output
    rows = len(whole.stdout.strip().splitlines()) - 1
    assert rows > 2, f"{command}: pick a table with more rows"
    cut = run(command, EXAMPLE, *AT, *args, "--top", "2", "--lang", "en")
    assert cut.exit_code == 0, cut.output
    assert re.search(rf"\(first 2 of {rows}\)", cut.stdout), cut.stdout[:400]
    dutch = run(command, EXAMPLE, *AT, *args, "--top", "2", "--lang", "nl")
    assert f"(eerste 2 van {rows})" in dutch.stdout
    every = run(command, EXAMPLE, *AT, *args, "--top", "0", "--lang", "en")
    assert "(first " not in every.stdout


# -- usage errors ---------------------------------------------------------------------------------------

#: Arguments that are a usage error on every command, and what each is.
MISTAKES = {
    "missing value": ["--lang"],
    "bad choice": ["--format", "xml"],
    "unknown option": ["--no-such-option"],
}


def _usage_lines(command: str, output: str, lang: str) -> bool:
    usage, hint = ("Usage:", "Try") if lang == "en" else ("Gebruik:", "Zie")
    return f"{usage} partnernet {command} " in output and f"{hint} 'partnernet {command} --help'" in output


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_every_usage_error_prints_alike(command, mistake):
    args = MISTAKES[mistake]
    if mistake == "bad choice" and "fmt" not in {p.name for p in COMMANDS[command].params}:
        args = ["--lang", "xx"]
    for lang in ("nl", "en"):
        result = run(*command.split(), *args, env={"PARTNERNET_LANG": lang})
        assert result.exit_code == 2, (command, mistake, result.output)
        assert _usage_lines(command, result.output, lang), (command, mistake, result.output)
        assert "Traceback" not in result.output


def test_an_extra_argument_prints_alike():
    result = run("overload", EXAMPLE, "extra", env={"PARTNERNET_LANG": "en"})
    assert result.exit_code == 2 and _usage_lines("overload", result.output, "en")


def test_a_missing_value_before_a_moved_lang_is_still_missing():
    """``partnernet --lang en overload PATH --level``: --lang goes to the command, --level still has no value."""
    result = run("--lang", "en", "overload", EXAMPLE, "--level")
    assert result.exit_code == 2 and "option '--level' requires an argument." in result.output
    assert _usage_lines("overload", result.output, "en")
    forms = run("--lang", "en", "survey", "make", FIXTURES / "mini", "--bodies", "nothing-here", "-o", "/nonexistent/x")
    assert "no such option" not in forms.output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_unknown_language_names_its_source_in_the_same_words(lang):
    option = run("summary", EXAMPLE, "--lang", "xx", env={"PARTNERNET_LANG": lang})
    variable = run("summary", EXAMPLE, env={"PARTNERNET_LANG": "xx"})
    assert option.exit_code == variable.exit_code == 2
    if lang == "en":
        said = "Error: unknown language 'xx' in the option --lang; use nl (Dutch) or en (English), in any case."
    else:
        said = "Fout: onbekende taal 'xx' in de optie --lang; kies nl (Nederlands) of en (Engels), hoofdletters maken niet uit."
    assert said in option.output and "PARTNERNET_LANG" not in option.output
    assert _usage_lines("summary", option.output, lang)
    assert (
        "Fout: onbekende taal 'xx' in de omgevingsvariabele PARTNERNET_LANG; kies nl (Nederlands) of en (Engels), "
        "hoofdletters maken niet uit, of maak PARTNERNET_LANG leeg." in variable.output
    )
    assert "Gebruik: partnernet " in variable.output and "Zie 'partnernet --help'" in variable.output


@pytest.mark.parametrize("command, args", CUTS + [("overload", []), ("summary", ["--table", "top-organisations"])])
@pytest.mark.usefixtures("shared_analyses")  # about what --top prints: one load and analysis per command line kind
def test_top_never_cuts_csv_or_json(command, args):
    """--help says it: --top cuts what a terminal shows; CSV and JSON get all rows (a tester found four
    commands cutting CSV or JSON and the others not)."""
    for fmt in ("csv", "json"):
        whole = run(command, EXAMPLE, *AT, *args, "--top", "0", "--format", fmt, "--lang", "en")
        cut = run(command, EXAMPLE, *AT, *args, "--top", "2", "--format", fmt, "--lang", "en")
        assert whole.exit_code == 0 and cut.exit_code == 0, (whole.output, cut.output)
        assert cut.stdout == whole.stdout, f"{command} {fmt}"
