"""An error of the API names the API's parameter, the same error from the CLI the command's option
(issue 14, "one home for words"): ``pn.survey_forms(..., bodies=["x"])`` says ``bodies=``, ``partnernet
survey make --bodies x`` says ``--bodies``. A message that names an option writes it as
``{opt:--option|parameter=}``; one that names an option bare is raised from ``partnernet/cli`` only.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.language import errors as error_words
from partnernet.language import intake as intake_words
from partnernet.language.langs import LANG_VARIABLE, LANGUAGES, commanding

from conftest import FIXTURES

PACKAGE = Path(pn.__file__).parent
#: An option as a user types it: ``--bodies``, ``--add-body`` (not ``--`` in a sentence, not ``a -- b``).
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
#: ``{opt:--option|parameter=}``: said as the option in a command, as the parameter in the API.
NAMED = re.compile(r"\{opt:[^{}|]*\|[^{}]*\}")


def templates() -> dict[str, dict[str, str]]:
    """Every message template a UsageError or InputError can carry, by key, in each language."""
    found: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for key, text in error_words.catalogue(lang).items():
            found.setdefault(key, {})[lang] = text
    for key, pair in intake_words.WORDS.items():
        for lang, text in zip(LANGUAGES, pair):
            found.setdefault(key, {})[lang] = text
    return found


def bare_options(text: str) -> list[str]:
    """The options ``text`` names outside ``{opt:...}``."""
    return OPTION.findall(NAMED.sub("", text))


def raised_outside_the_cli(key: str) -> list[str]:
    """Modules outside ``partnernet/cli`` and ``partnernet/language`` that name ``key`` as a literal."""
    literal = re.compile(rf"""["']{re.escape(key)}["']""")
    return [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.parent.name not in ("cli", "language") and literal.search(path.read_text(encoding="utf-8"))
    ]


def test_a_message_naming_a_bare_option_is_raised_from_the_cli_only():
    """The walk over every message key: a bare ``--option`` in a message the API can raise would tell
    a program of an option it has not got."""
    found = {
        key: (sorted({o for text in texts.values() for o in bare_options(text)}), raised_outside_the_cli(key))
        for key, texts in templates().items()
        if any(bare_options(text) for text in texts.values())
    }
    assert found, "the walk found no message naming an option: the pattern is broken"
    leaks = {key: places for key, (options, places) in found.items() if places}
    assert not leaks, f"messages naming a bare --option raised outside partnernet/cli: {leaks}"


class Filled(dict):
    """Every placeholder of a template filled with its own name."""

    def __missing__(self, key: str) -> str:
        return f"<{key}>"


def rendered(text: str, command: bool) -> str:
    from partnernet.language.langs import NAMED as named

    if command:
        with commanding():
            return string.Formatter().vformat(text, (), Filled(opt=named))
    return string.Formatter().vformat(text, (), Filled(opt=named))


def test_every_option_in_a_message_is_the_parameter_in_the_api_and_the_option_in_a_command():
    named = {key: texts for key, texts in templates().items() if any("{opt:" in t for t in texts.values())}
    assert len(named) >= 8
    for key, texts in named.items():
        assert {bool(NAMED.search(t)) for t in texts.values()} == {True}, key  # in both languages
        for lang, text in texts.items():
            api, command = rendered(text, command=False), rendered(text, command=True)
            assert not OPTION.search(api), (key, lang, api)
            assert OPTION.search(command) and "{" not in command, (key, lang, command)


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv(LANG_VARIABLE, "en")


def api_error(call) -> str:
    with pytest.raises(pn.UsageError) as caught:
        call()
    return str(caught.value)


def cli_error(args: list[str]) -> str:
    result = CliRunner().invoke(cli, [*args, "--lang", "en"])
    assert result.exit_code == 2, result.output
    return result.stderr


@pytest.mark.usefixtures("english")
def test_the_api_and_the_cli_name_what_their_caller_typed(tmp_path):
    mini = FIXTURES / "mini"
    land = pn.load(mini)
    api = api_error(lambda: pn.survey_forms(land, tmp_path / "forms", bodies=["unknown"]))
    assert api == "unknown bodies in bodies=: unknown."
    said = cli_error(["survey", "make", str(mini), "--bodies", "unknown", "-o", str(tmp_path / "cli")])
    assert "unknown bodies in --bodies: unknown." in said
    api = api_error(lambda: pn.whatif(land))
    assert "remove=[...]" in api and "add=[...]" in api and "--" not in api
    said = cli_error(["whatif", str(mini)])
    assert "(--remove ID)" in said and "(--add-body)" in said and "remove=" not in said
    forms = pn.survey_forms(land, tmp_path / "again", lang="en")
    api = api_error(lambda: pn.survey_forms(land, tmp_path / "again", lang="en"))
    assert "force=True" in api and "--force" not in api and forms
    said = cli_error(["survey", "make", str(mini), "-o", str(tmp_path / "again")])
    assert "--force" in said and "force=True" not in said
    api = api_error(lambda: pn.report(land, tmp_path / "r.md", to="html"))
    assert "(to=)" in api and "--to" not in api
