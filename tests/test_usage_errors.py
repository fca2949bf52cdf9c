"""One way to say a usage mistake (issue 14): wherever it is found (click's parser, the CLI's own code,
the API's :class:`partnernet.UsageError`), the command line prints the usage line, the help hint and the
error line, in the command's language, and exits with status 2. Data errors (file, row, column) keep
their own form, without usage lines."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

from partnernet import language
from partnernet.cli import cli
from partnernet.language import click as click_words
from partnernet.language.errors import catalogue

from conftest import EXAMPLE, FIXTURES

D = str(EXAMPLE)

#: (command line, the error line's words in Dutch, in English): the tester's cases (issue 14) first,
#: then click's own mistakes and a check of the CLI's code, each in both languages.
MISTAKES = [
    (["compare", D], "er is maar één landschap om te vergelijken", "there is only one landscape to compare"),
    (["centrality", D, "--at", "2026-13-01"], "--at: '2026-13-01' is geen geldige datum", "--at: '2026-13-01' is not a valid date"),
    (["connectors", D, "--table", "expected-hub"], "vraagt --expected-hub ORGANISATIE", "needs --expected-hub ORGANISATION"),
    (["layers", D, "--table", "ties-outside-tables"], "er is geen tabel 'ties-outside-tables'", "there is no 'ties-outside-tables' table"),
    (["layers", "NO-REGIMES", "--by", "regime"], "geen overleg heeft een regime", "no body has a regime"),
    (["fragmentation", D, "--table", "key-players"], "geen tabel 'key-players'", "no 'key-players' table"),
    (["whatif", D], "niets te veranderen", "nothing to change"),
    (["centrality", D, "--top", "x"], "'x' is geen geldig geheel getal", "'x' is not a valid integer"),
    (["centrality", D, "--bogus"], "'--bogus'", "'--bogus'"),
    (["centrality"], "argument 'PAD'", "argument 'PATH'"),
    (["report", D, "--to", "md", "--format", "html", "-o", "r.md"], "--to md en --format html vragen elk een ander documenttype", "--to md and --format html each ask for another document type"),
    (["centrality", D, "-o", f"{D}/bodies.csv"], "weigert '" + D + "/bodies.csv' te schrijven", "refusing to write '" + D + "/bodies.csv'"),
]  # fmt: skip

WORDS = {
    "nl": ("Gebruik: partnernet {command} [OPTIES] ", "Zie 'partnernet {command} --help' voor hulp.", "Fout: "),
    "en": ("Usage: partnernet {command} [OPTIONS] ", "Try 'partnernet {command} --help' for help.", "Error: "),
}


@pytest.fixture(scope="module")
def no_regimes(tmp_path_factory):
    """The mini landscape with every body's regime left empty."""
    folder = tmp_path_factory.mktemp("no-regimes") / "land"
    shutil.copytree(FIXTURES / "mini", folder)
    bodies = pd.read_csv(folder / "bodies.csv", dtype=str, keep_default_na=False)
    bodies.assign(regime="").to_csv(folder / "bodies.csv", index=False)
    return str(folder)


def run(args, lang: str):
    result = CliRunner().invoke(cli, args, env={language.LANG_VARIABLE: lang}, prog_name="partnernet")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def usage_parts(stderr: str, command: str, lang: str) -> tuple[str, str, str]:
    """The usage line, the hint and the error line of a usage mistake of ``command`` (asserting their form)."""
    usage, hint, error = WORDS[lang]
    lines = stderr.rstrip("\n").split("\n")
    at = next((n for n, line in enumerate(lines) if line.startswith(usage.format(command=command))), None)
    assert at is not None, stderr
    assert lines[at + 1] == hint.format(command=command) and lines[at + 2] == "", stderr
    assert len(lines) == at + 4 and lines[-1].startswith(error), stderr  # one error line, last
    return lines[at], lines[at + 1], lines[-1]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("args, nl, en", MISTAKES, ids=[" ".join(m[0][:1] + m[0][2:]) for m in MISTAKES])
def test_every_usage_mistake_prints_usage_hint_and_error_and_exits_2(args, nl, en, lang, no_regimes):
    args = [no_regimes if arg == "NO-REGIMES" else arg for arg in args]
    result = run(args, lang)
    assert result.exit_code == 2, result.output
    _, _, error = usage_parts(result.stderr, args[0], lang)
    assert (nl if lang == "nl" else en) in error, error
    assert "Traceback" not in result.output


def test_the_language_option_says_the_usage_lines_too():
    result = run(["compare", D, "--lang", "en"], "nl")
    assert result.exit_code == 2
    assert "there is only one landscape" in usage_parts(result.stderr, "compare", "en")[2]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_data_error_keeps_its_own_form(lang):
    result = run(["centrality", str(FIXTURES / "typo")], lang)
    assert result.exit_code == 2
    first, problem = result.stderr.splitlines()[:2]
    assert first == (
        "Fout: deze invoer is niet bruikbaar (1 probleem):"
        if lang == "nl"
        else "Error: cannot use this input (1 problem):"
    )
    assert problem.startswith(f"{FIXTURES / 'typo' / 'memberships.csv'}, ")
    assert not any(word in result.stderr for word in ("Gebruik:", "Usage:", "--help"))


def test_debug_keeps_the_traceback_of_a_usage_mistake():
    result = CliRunner().invoke(cli, ["--debug", "compare", D], prog_name="partnernet")
    assert result.exit_code != 0 and type(result.exception).__name__ == "UsageError"
    assert result.exception.code == "compare_needs_two"


# -- one style of error line: "Fout: " / "Error: ", then lower case (issue 14) ------------------------------

#: More of click's own mistakes (each kind of message click starts an error line with).
CLICK_MISTAKES = [
    ["viz", D, "-o", "k.html", "--metrics", "/no/such.csv"],  # click.Path: "File '...' does not exist."
    ["survey", "maak"],
    ["template"],
    ["centrality", D, "extra"],
    ["whatif", D, "--remove"],
    ["centrality", D, "--exact=3"],
    ["overload", D, "--top", "-1"],
    ["overload", D, "--format", "xml"],
]


def goes_on_in_lower_case(text: str) -> bool:
    """The first word of ``text`` is not capitalised (an acronym, ``CSV``, ``PATH``, stays as it is)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return not first[:1].isupper() or first.isupper()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("args", [m[0] for m in MISTAKES] + CLICK_MISTAKES, ids=" ".join)
def test_every_error_line_says_fout_or_error_then_goes_on_in_lower_case(args, lang, no_regimes):
    args = [no_regimes if arg == "NO-REGIMES" else arg for arg in args]
    result = run(args, lang)
    assert result.exit_code == 2, result.output
    error = result.stderr.rstrip("\n").split("\n")[-1]
    prefix = "Fout: " if lang == "nl" else "Error: "
    assert error.startswith(prefix) and goes_on_in_lower_case(error[len(prefix) :]), error
    data = run(["centrality", str(FIXTURES / "typo")], lang).stderr.splitlines()[0]
    assert data.startswith(prefix) and goes_on_in_lower_case(data[len(prefix) :]), data


def test_every_message_that_starts_an_error_line_is_in_lower_case():
    """partnernet's messages (usage errors and the loader's problems) and click's own that begin the text
    after ``Fout:``; the frame (``Fout: ...``, ``Oplossing: ...``) and fixes (sentences of their own) aside."""
    for lang in ("nl", "en"):
        for key, text in catalogue(lang).items():
            if not key.startswith(("where.", "cli.")) and not key.endswith(".fix"):
                assert goes_on_in_lower_case(text), (lang, key, text)
    for key in click_words.LOWER_CASE:
        said = click_words.WORDS.get(key) or [form for forms in click_words.PLURALS[key] for form in forms]
        for text in said:
            text = re.sub(r"^(Fout|Error): ", "", text)
            assert goes_on_in_lower_case(text), (key, text)


# -- one option per idea: --table has no second name (issue 14) -----------------------------------------


def test_every_option_has_one_long_name():
    """``--table`` is not also ``--section`` or ``--level``; an on/off flag (``--ties/--no-ties``) is one option."""
    from partnernet.cli import load_all

    commands = list(load_all().items())
    while commands:
        name, command = commands.pop()
        commands += [(f"{name} {sub}", c) for sub, c in getattr(command, "commands", {}).items()]
        for param in command.params:
            longs = [opt for opt in param.opts if opt.startswith("--")]
            assert len(longs) <= 1, (name, longs)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "args", [["turnover", D, "--level", "bodies"], ["connectors", D, "--section", "persons"]], ids=" ".join
)
def test_a_former_name_of_table_is_refused_with_a_hint_to_table(args, lang):
    result = run(args, lang)
    assert result.exit_code == 2 and result.stdout == ""
    error = usage_parts(result.stderr, args[0], lang)[2]
    hint = "Bedoelde u '--table'?" if lang == "nl" else "Did you mean '--table'?"
    assert error == f"{WORDS[lang][2]}{'onbekende optie' if lang == 'nl' else 'no such option'} '{args[2]}'. {hint}"
    table = run([*args[:2], "--table", args[3], "--format", "csv"], lang)
    assert table.exit_code == 0 and table.stdout.count("\n") > 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_validate_lists_each_problem_in_the_same_style(lang, graph_warning):
    """``validate``'s list: "  Fout: ..." / "  Error: ..." as every error line (it said "  fout: ..."), and
    "  Waarschuwing: ..." / "  Warning: ..." for a warning."""
    error, warning = ("  Fout: ", "  Waarschuwing: ") if lang == "nl" else ("  Error: ", "  Warning: ")
    lines = run(["validate", str(FIXTURES / "typo")], lang).stdout.splitlines()
    (said,) = [line for line in lines if line.lower().startswith(error.lower())]
    assert said.startswith(f"{error}{FIXTURES / 'typo' / 'memberships.csv'}, "), said
    lines = run(["validate", graph_warning], lang).stdout.splitlines()
    (said,) = [line for line in lines if line.lower().startswith(warning.lower())]
    assert said.startswith(f"{warning}lonely.graphml ("), said


@pytest.fixture(scope="module")
def graph_warning(tmp_path_factory) -> str:
    """A graph file whose one problem is a warning (an organisation without memberships)."""
    path = tmp_path_factory.mktemp("graph") / "lonely.graphml"
    text = (FIXTURES / "shapes" / "gephi-mixed-edges" / "mixed.graphml").read_text(encoding="utf-8")
    path.write_text(text.replace("</graph>", '<node id="zz"><data key="k">organisation</data></node></graph>'))
    return str(path)
