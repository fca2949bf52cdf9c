"""click's own words in the command's language (issue 14): ``Usage:``, ``Options:``, ``Error: missing argument``,
``[default: ...]``, type names and ranges read Dutch in Dutch mode and English in English mode, usage
errors end with exit status 2 and no traceback; and one rule for the language variable (case-insensitive
nl/en, anything else refused by CLI and API alike)."""

from __future__ import annotations

import ast
import gettext
import re
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from partnernet import UsageError, language
from partnernet.cli import clickwords, cli, load_all
from partnernet.language import click as click_words

from conftest import EXAMPLE

PATH = str(EXAMPLE)

#: click's words that must not appear in Dutch help (as whole words; ``--format`` values aside).
ENGLISH = [
    "Usage:", "Options:", "Commands:", "Show this message", "Show the version", "default:", "required",
    "INTEGER", "FLOAT", "TEXT", "PATH", "RANGE", "BOOLEAN", "FILENAME", "CHOICE", "env var", "x>=", "x<=",
    "[OPTIONS]", "COMMAND", "[ARGS]", "FILE", "KEY", "HOURS", "COLUMN", "DATE",
]  # fmt: skip


def said(args, lang: str, how: str = "env"):
    """The output and exit status of ``partnernet ARGS`` in ``lang``, by $PARTNERNET_LANG or ``--lang``."""
    if how == "env":
        result = CliRunner().invoke(cli, args, env={language.LANG_VARIABLE: lang}, prog_name="partnernet")
    else:
        at = 2 if args[:1] == ["survey"] and len(args) > 2 else 1 if args and not args[0].startswith("-") else len(args)
        args = [*args[:at], "--lang", lang, *args[at:]]  # before the other options: --remove takes a value
        result = CliRunner().invoke(cli, args, env={language.LANG_VARIABLE: None}, prog_name="partnernet")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.output, result.exit_code


# -- each message of the tester, in Dutch and in English ------------------------------------------------

MESSAGES = [
    # (arguments, Dutch words, English words, exit status)
    (["survey", "--help"], ["Gebruik: partnernet survey [OPTIES] OPDRACHT", "Opties:", "Opdrachten:"],
     ["Usage: partnernet survey [OPTIONS] COMMAND", "Options:", "Commands:"], 0),
    (["report", "--help"], ["[verplicht]", "[standaard: today]", "Toon deze hulp en stop."],
     ["[required]", "[default: today]", "Show this message and exit."], 0),
    (["overload", "--help"], ["--threshold GETAL", "[standaard: 1.0; minstens 0]", "[minstens 0]"],
     ["--threshold NUMBER", "[default: 1.0; at least 0]", "[at least 0]"], 0),
    (["centrality", "--help"], ["--exact"], ["--exact"], 0),
    (["overload", PATH, "--top", "x"], ["Fout: ongeldige waarde voor '--top': 'x' is geen geldig geheel getal."],
     ["Error: invalid value for '--top': 'x' is not a valid integer."], 2),
    (["overload", PATH, "--top", "-1"], ["ongeldige waarde voor '--top': -1 valt buiten het bereik (minstens 0)."],
     ["invalid value for '--top': -1 is out of range (at least 0)."], 2),
    (["overload", PATH, "--threshold", "veel"], ["'veel' is geen geldig getal."],
     ["'veel' is not a valid number."], 2),
    (["overload", PATH, "--level", "x"], ["ongeldige waarde voor '--level': 'x' is geen van 'organisations', 'persons'."],
     ["invalid value for '--level': 'x' is not one of 'organisations', 'persons'."], 2),
    (["overload", PATH, "--x"], ["Fout: onbekende optie '--x'."], ["Error: no such option '--x'."], 2),
    (["overload", PATH, "--tpo", "3"], ["Bedoelde u een van: '--at', '--output', '--top'?"], ["Did you mean one of: '--at', '--output', '--top'?"], 2),
    (["overlaod"], ["Fout: onbekende opdracht 'overlaod'. Bedoelde u 'overload'?"],
     ["Error: no such command 'overlaod'. Did you mean 'overload'?"], 2),
    (["report"], ["Gebruik: partnernet report [OPTIES] PAD", "Zie 'partnernet report --help' voor hulp.",
                  "Fout: ontbrekend argument 'PAD'."],
     ["Usage: partnernet report [OPTIONS] PATH", "Try 'partnernet report --help' for help.",
      "Error: missing argument 'PATH'."], 2),
    (["template"], ["Fout: ontbrekende optie '-o' / '--output'."], ["Error: missing option '-o' / '--output'."], 2),
    (["overload", PATH, "extra"], ["Fout: onverwacht extra argument (extra)"], ["Error: got unexpected extra argument (extra)"], 2),
    (["overload", PATH, "een", "twee"], ["onverwachte extra argumenten (een twee)"], ["got unexpected extra arguments (een twee)"], 2),
    (["survey", "collect", "f.xlsx", "-o", "x.xlsx", "--register", "/no/such"],
     ["ongeldige waarde voor '--register': pad '/no/such' bestaat niet."],
     ["invalid value for '--register': path '/no/such' does not exist."], 2),
    (["viz", PATH, "-o", "kaart.html", "--metrics", "/no/such.csv"],
     ["ongeldige waarde voor '--metrics': bestand '/no/such.csv' bestaat niet."],
     ["invalid value for '--metrics': file '/no/such.csv' does not exist."], 2),
    (["whatif", PATH, "--remove"], ["Fout: de optie '--remove' vraagt een waarde."], ["Error: option '--remove' requires an argument."], 2),
    (["centrality", PATH, "--exact=3"], ["Fout: de optie '--exact' neemt geen waarde."], ["Error: option '--exact' does not take a value."], 2),
    (["--version"], ["partnernet, versie"], ["partnernet, version"], 0),
]  # fmt: skip


@pytest.mark.parametrize("how", ["env", "option"])
@pytest.mark.parametrize(
    ("args", "dutch", "english", "status"), MESSAGES, ids=lambda v: " ".join(v) if isinstance(v, list) else None
)
def test_click_s_words_follow_the_language(args, dutch, english, status, how):
    for lang, expected, other in (("nl", dutch, english), ("en", english, dutch)):
        output, code = said(args, lang, how)
        assert code == status, output
        output = " ".join(output.split())  # help wraps its lines
        for words in expected:
            assert words in output, f"{lang}: {words!r} not in\n{output}"
        for words in other:
            if words not in expected:
                assert words not in output, f"{lang}: {words!r} in\n{output}"


def _commands():
    """Every command line that has a --help: the group, each command, each command of a group."""
    found = [[]]
    for name, command in sorted(load_all().items()):
        found.append([name])
        found += [[name, sub] for sub in sorted(getattr(command, "commands", {}))]
    return found


def test_every_help_in_dutch_has_none_of_click_s_english_words():
    lines = 0
    for args in _commands():
        output, code = said([*args, "--help"], "nl")
        assert code == 0, output
        for word in ENGLISH:
            hits = [line for line in output.splitlines() if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line)]
            assert not hits, f"partnernet {' '.join(args)} --help says {word!r}: {hits}"
        lines += len(output.splitlines())
    assert lines > 500  # every help was read


def test_every_help_is_plain_text_and_english_help_says_no_click_type_names():
    """No reStructuredText (``--format csv``) in any help, no FLOAT RANGE or x>=0 in English help either, and
    no Python ``None`` in either language (an unbounded range said "hoogstens None", issue 14)."""
    for args in _commands():
        for lang in ("nl", "en"):
            output, code = said([*args, "--help"], lang)
            assert code == 0 and "``" not in output, f"partnernet {' '.join(args)} --help ({lang})"
            assert not re.search(r"\bNone\b", output), f"partnernet {' '.join(args)} --help ({lang}) says None"
            if lang == "en":
                hits = [w for w in ("RANGE", "FLOAT", "x>=", "x<=", "x<", "x>") if w in output]
                assert not hits, f"partnernet {' '.join(args)} --help says {hits}"


def test_every_kind_of_usage_error_in_dutch_is_dutch_with_exit_2():
    errors = {
        "bad choice": (["overload", PATH, "--format", "xml"], "is geen van 'table', 'csv', 'json'"),
        "bad int": (["overload", PATH, "--top", "drie"], "'drie' is geen geldig geheel getal"),
        "bad float": (["connectors", PATH, "--z", "hoog"], "'hoog' is geen geldig getal"),
        "out of range": (["overload", PATH, "--threshold", "-2"], "-2.0 valt buiten het bereik (minstens 0)"),
        "missing argument": (["validate"], "ontbrekend argument 'PAD'"),
        "missing option": (["survey", "make", PATH], "ontbrekende optie '-o' / '--output'"),
        "missing file": (
            ["viz", PATH, "-o", "kaart.html", "--metrics", "/no/such.csv"],
            "bestand '/no/such.csv' bestaat niet",
        ),
        "unknown option": (["summary", PATH, "--onbekend"], "onbekende optie '--onbekend'"),
        "unknown command": (["survey", "maak"], "onbekende opdracht 'maak'"),
        "extra argument": (["summary", PATH, "meer"], "onverwacht extra argument (meer)"),
        "option without value": (["summary", PATH, "--top"], "de optie '--top' vraagt een waarde"),
    }
    for kind, (args, words) in errors.items():
        output, code = said(args, "nl")
        assert code == 2, (kind, output)
        assert words in output, (kind, output)
        assert output.count("Fout: ") == 1, (kind, output)
        english = ("Error", "Usage", "Invalid value", "Missing", "No such", "Try '", "is not", "does not")
        for word in (*english, "invalid value", "missing", "no such"):
            assert word not in output, (kind, word, output)


# -- the words themselves ------------------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} | set(re.findall(r"%\((\w+)\)s", text))


def test_dutch_and_english_say_the_same_placeholders_and_english_is_click_s_own():
    for key, (nl, en) in click_words.WORDS.items():
        assert (en == key) != (key in click_words.REWORDED) and _fields(nl) == _fields(en) == _fields(key), key
    for key, ((nl_one, nl_many), (en_one, en_many)) in click_words.PLURALS.items():
        assert (en_one == key) != (key in click_words.REWORDED), key
        assert _fields(nl_one) == _fields(en_one) and _fields(nl_many) == _fields(en_many), key
    for table in (click_words.TYPES, click_words.METAVARS, click_words.RANGES):
        for key, (nl, en) in table.items():
            assert nl and en and _fields(nl) == _fields(en), key


#: click's messages that only a programmer sees (mistakes in declaring a command), not translated.
PROGRAMMER = ("Could not determine name", "No options defined", "Arguments take exactly", "Name '{name}' defined",
              "Boolean option", "Unknown standard stream", "Unknown color")  # fmt: skip


def test_every_word_the_installed_click_says_through_gettext_has_dutch_words():
    """Reads click's own source: a word a new click version adds fails here (and is said in English till then)."""
    root = Path(click.__file__).parent
    missing = []
    for module in clickwords.MODULES:
        for node in ast.walk(ast.parse((root / f"{module}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    key = node.args[0].value
                    table = click_words.WORDS if node.func.id == "_" else click_words.PLURALS
                    if key not in table and not key.startswith(PROGRAMMER):
                        missing.append(key)
    assert not missing


def test_unknown_words_fall_back_to_english_and_outside_a_command_click_is_untouched():
    assert click_words.gettext("A sentence of click 9", "nl") == "A sentence of click 9"
    assert click_words.ngettext("one thing", "{n} things", 2, "nl") == "{n} things"
    assert click_words.type_name("money", "nl") == "money" and click_words.metavar("WHO", "nl") == "WHO"
    assert clickwords.said_lang() is None  # no partnernet command runs: click's own gettext
    assert click.core._("Usage:") == gettext.gettext("Usage:") == "Usage:"
    assert click.IntRange(1).name == "integer range" and click.IntRange(1)._describe_range() == "x>=1"
    with clickwords.speaking("nl"):
        assert click.core._("Usage:") == "Gebruik:" and click.IntRange(1).name == "geheel getal"
        assert click.IntRange(1)._describe_range() == "minstens 1" and click.Path().name == "pad"


def test_a_range_in_words():
    assert [click_words.describe_range(*r, "nl") for r in [(0, 1, False, False), (0, 1, True, True), (None, 5, False, True)]] == [
        "van 0 tot en met 1", "meer dan 0 en minder dan 1", "minder dan 5"]  # fmt: skip
    assert click_words.describe_range(0, 1, False, False, "en") == "from 0 to 1"
    assert click.FloatRange(0, 1)._describe_range() == "0<=x<=1"  # outside a partnernet command: click's own


# -- one rule for the language variable ----------------------------------------------------------------


@pytest.mark.parametrize("value", ["EN", "En", " en "])
def test_the_language_variable_and_option_take_any_case(value, monkeypatch):
    output, code = said(["summary", PATH], value)
    assert code == 0 and "Rows per table" in output
    output, code = said(["summary", PATH], value.upper(), how="option")
    assert code == 0 and "Rows per table" in output
    monkeypatch.setenv(language.LANG_VARIABLE, value)
    assert language.get().lang == "en" and language.default_lang() == "en" and language.get(value).lang == "en"


@pytest.mark.parametrize("value", ["de", "english", "nl-NL"])
def test_an_unknown_language_variable_is_refused_by_cli_and_api_in_the_same_words(value, monkeypatch):
    output, code = said(["summary", PATH], value)
    assert code == 2, output
    words = f"onbekende taal '{value}' in de omgevingsvariabele PARTNERNET_LANG; kies nl (Nederlands) of en (Engels)"
    assert f"Fout: {words}" in output and "Traceback" not in output
    assert said(["--help"], value)[1] == 2
    monkeypatch.setenv(language.LANG_VARIABLE, value)
    for api in (language.get, language.default_lang, language.current_lang):
        with pytest.raises(ValueError, match=re.escape(words)) as refused:
            api()
        assert isinstance(refused.value, UsageError) and refused.value.code == "unknown_language"
    # --lang on the command line wins over the variable
    result = CliRunner().invoke(cli, ["summary", PATH, "--lang", "en"], env={language.LANG_VARIABLE: value})
    assert result.exit_code == 0 and "Rows per table" in result.output


def test_an_unknown_lang_argument_is_a_value_error_naming_both_languages(english):
    for lang in ("de", "", None.__class__.__name__):
        with pytest.raises(ValueError, match=r"unknown language '.*'; use nl \(Dutch\) or en \(English\)"):
            language.get(lang)


def test_the_api_takes_a_language_in_any_case_and_refuses_others_as_value_errors(tmp_path):
    import openpyxl

    import partnernet as pn

    assert language.get(" Nl ").lang == "nl" and language.check_language("EN") == "en"
    pn.template(tmp_path / "t.xlsx", lang="EN")
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames[:2] == ["Instructions", "Organisations"]
    with pytest.raises(ValueError, match="onbekende taal 'english'|unknown language 'english'"):
        pn.template(tmp_path / "u.xlsx", lang="english")
