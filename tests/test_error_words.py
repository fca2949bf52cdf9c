"""Error messages and --help texts in the user's language (issue 14): Dutch by default, English with
--lang en or $PARTNERNET_LANG=en, a stable code whatever the language; vocabulary values in CLI tables."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet import language
from partnernet.cli import cli
from partnernet.errors import ERROR, WARNING, Problem

from conftest import EXAMPLE, FIXTURES

AT = ["--at", "2026-01-01"]


def run(*args, env=None):
    return CliRunner().invoke(cli, [*args], env=env)


@pytest.fixture
def dutch(monkeypatch):
    monkeypatch.delenv(language.LANG_VARIABLE, raising=False)


# -- the API ------------------------------------------------------------------------------------


def test_an_api_error_is_dutch_by_default_english_from_the_environment_with_one_code(dutch, monkeypatch, tafels):
    with pytest.raises(pn.UsageError) as dutch_error:
        pn.overload(tafels, level="bodies")
    assert str(dutch_error.value) == ("onbekende waarde 'bodies' voor level; kies uit organisations, persons.")
    monkeypatch.setenv(language.LANG_VARIABLE, "en")
    with pytest.raises(pn.UsageError) as english_error:
        pn.overload(tafels, level="bodies")
    assert str(english_error.value) == "unknown level 'bodies'; use one of organisations, persons."
    for error in (dutch_error.value, english_error.value):
        assert error.code == "unknown_choice"
        assert error.params == {"what": "level", "value": "bodies", "choices": "organisations, persons"}


def test_an_unknown_id_in_whatif_names_close_ids_in_both_languages(dutch, monkeypatch, example_2026):
    with pytest.raises(pn.UsageError) as dutch_error:
        pn.whatif(example_2026, remove=["politie-ct"])
    assert str(dutch_error.value).startswith("kan onbekende id 'politie-ct' niet weghalen; bedoelt u politie-ct-team")
    monkeypatch.setenv(language.LANG_VARIABLE, "en")
    with pytest.raises(pn.UsageError) as english_error:
        pn.whatif(example_2026, remove=["politie-ct"])
    assert str(english_error.value).startswith("cannot remove unknown id 'politie-ct'; did you mean politie-ct-team")
    assert dutch_error.value.code == english_error.value.code == "unknown_remove"


def test_a_loader_problem_keeps_file_row_column_and_code_in_both_languages(dutch, monkeypatch):
    with pytest.raises(pn.InputError) as dutch_error:
        pn.load(FIXTURES / "typo")
    (problem,) = dutch_error.value.errors
    assert problem.code == "unknown_reference" and problem.row == 11 and problem.column == "body"
    assert dict(problem.params)["value"] == "stuurgroep"
    assert str(problem).endswith(
        "memberships.csv, rij 11, kolom 'body': overleg 'stuurgroep' bestaat niet. "
        "Oplossing: voeg 'stuurgroep' toe aan bodies.csv, of verbeter de id."
    )
    monkeypatch.setenv(language.LANG_VARIABLE, "en")
    with pytest.raises(pn.InputError) as english_error:
        pn.load(FIXTURES / "typo")
    assert str(english_error.value).endswith(
        "memberships.csv, row 11, column 'body': unknown body 'stuurgroep'. "
        "Fix: add 'stuurgroep' to bodies.csv, or correct the id."
    )
    assert english_error.value.errors[0].code == "unknown_reference"
    # the README's `exc.code`: the first error's code on the error itself (issue 14)
    assert dutch_error.value.code == english_error.value.code == "unknown_reference"


def test_an_input_error_carries_the_code_of_its_first_error_not_of_a_warning():
    warning = Problem.of(
        WARNING, "unknown_value_kept", "x.csv", 2, "domain", value="zz", name="domain", more="", allowed="zorg"
    )
    first = Problem.of(ERROR, "bad_date", "x.csv", 3, "start", text="31-31-2024")
    error = pn.InputError(
        [warning, first, Problem.of(ERROR, "duplicate_id", "x.csv", 4, "id", value="a", first=2, thing="organisation")]
    )
    assert error.code == "bad_date" and error.problems[0] is warning and error.errors[0] is first
    assert pn.InputError(warning).code == "unknown_value_kept"  # only warnings: the first of them


def test_a_library_failure_is_said_in_our_words_with_its_line(dutch, tmp_path):
    """No library text in a message (issue 14): the XML parser's complaint becomes our key, its line a number."""
    broken = tmp_path / "broken.graphml"
    broken.write_text("<graphml><graph><node id='a'/>", encoding="utf-8")
    with pytest.raises(pn.InputError) as error:
        pn.load(broken)
    (problem,) = error.value.errors
    assert problem.code == "unreadable_file" and "reason" not in dict(problem.params)
    assert (problem.row, problem.unit, dict(problem.params)["position"]) == (1, "line", 31)
    assert problem.message == "het bestand houdt op voordat het XML-document compleet is (bij teken 31)."


def test_problem_of_takes_message_and_fix_from_the_language_module():
    made = Problem.of(ERROR, "bad_date", "x.csv", 3, "start", text="31-31-2024")
    assert (made.message, made.params) == ("'31-31-2024' is geen geldige datum.", (("text", "31-31-2024"),))
    assert made.fix == "schrijf de datum als 2024-12-31 of 31-12-2024 (dag-maand-jaar)."
    assert made.to_dict()["code"] == "bad_date"


# -- the command line ---------------------------------------------------------------------------


def test_a_command_error_follows_lang_and_exits_2(dutch):
    for args, said in (
        (
            [*AT[:1], "20x6-01-01"],
            "Fout: --at: '20x6-01-01' is geen geldige datum; schrijf de datum als 2024-12-31 of 31-12-2024.",
        ),
        (
            [*AT[:1], "20x6-01-01", "--lang", "en"],
            "Error: --at: '20x6-01-01' is not a valid date; write it as 2024-12-31 or 31-12-2024.",
        ),
    ):
        result = run("overload", str(EXAMPLE), *args)
        assert result.exit_code == 2 and result.stderr.strip().splitlines()[-1] == said  # after the usage lines
    english = run("overload", str(EXAMPLE), "--at", "20x6-01-01", env={language.LANG_VARIABLE: "en"})
    assert english.stderr.startswith("Usage: ") and "overload [OPTIONS] PATH\n" in english.stderr
    assert "\nError: --at: '20x6-01-01' is not a valid date" in english.stderr


def test_an_input_error_says_its_count_and_problems_in_the_command_language(dutch):
    dutch_result = run("overload", str(FIXTURES / "typo"), *AT)
    assert dutch_result.exit_code == 2
    assert dutch_result.stderr.startswith("Fout: deze invoer is niet bruikbaar (1 probleem):\n")
    assert "rij 11, kolom 'body': overleg 'stuurgroep' bestaat niet." in dutch_result.stderr
    english = run("overload", str(FIXTURES / "typo"), *AT, "--lang", "en")
    assert english.stderr.startswith("Error: cannot use this input (1 problem):\n")
    assert "row 11, column 'body': unknown body 'stuurgroep'." in english.stderr


def test_validate_json_keeps_the_code_and_says_the_message_in_english_whatever_the_language(dutch):
    """Machine output is the same in every language (issue 14, part Y): the message is English there;
    the terminal says it in the command's language."""
    for lang in ("nl", "en"):
        result = run("validate", str(FIXTURES / "typo"), "--format", "json", "--lang", lang)
        (error,) = json.loads(result.stdout)["errors"]
        assert result.exit_code == 2
        assert (error["code"], error["row"], error["column"], error["message"], error["params"]["value"]) == (
            "unknown_reference",
            11,
            "body",
            "unknown body 'stuurgroep'.",
            "stuurgroep",
        )
    assert "overleg 'stuurgroep' bestaat niet." in run("validate", str(FIXTURES / "typo"), "--lang", "nl").stdout


def test_the_command_language_ends_with_the_command(dutch, tafels):
    assert run("overload", str(EXAMPLE), "--at", "20x6-01-01", "--lang", "en").exit_code == 2
    with pytest.raises(pn.UsageError, match="^onbekende waarde 'x' voor level"):
        pn.overload(tafels, level="x")


def test_an_internal_error_is_said_in_the_command_language(dutch, monkeypatch):
    import partnernet.cli.data as data

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(data, "summarise", broken)
    result = run("summary", str(EXAMPLE))
    assert result.exit_code == 1
    assert result.stderr.startswith("Interne fout: RuntimeError: boom\nDit is een fout in partnernet.")


# -- help ---------------------------------------------------------------------------------------


def test_help_is_dutch_by_default_english_from_the_environment_or_lang(dutch):
    dutch_help = run("--help").output
    assert "Analyseer landschappen van samenwerkingsverbanden" in dutch_help and "Opdrachten:" in dutch_help
    assert "  overload       Vergaderuren per maand per organisatie (of persoon)..." in dutch_help
    english = run("--help", env={language.LANG_VARIABLE: "en"}).output
    assert "Analyse partnership landscapes" in english and "  overload       Meeting hours per month" in english
    assert run("--help", "--lang", "en").output == english
    assert run("--lang", "en", "--help").output == english


def test_command_help_and_option_help_follow_the_language(dutch):
    dutch_help = run("overload", "--help").output
    assert "Vergaderuren per maand per organisatie (of persoon) tegenover de capaciteit." in dutch_help
    assert "Toon de eerste N rijen van elke tabel (0 = alle). Standaard: alle." in " ".join(dutch_help.split())
    english = run("overload", "--help", "--lang", "en").output
    assert "Meeting hours per month per organisation (or person) against capacity." in english
    assert "Show the first N rows of each table (0 = all). Default: all." in " ".join(english.split())
    assert run("overload", "--lang=en", "--help").output == english
    assert "Reference date" in " ".join(run("turnover", "--help", "--lang", "en").output.split())


# -- vocabulary values in tables ----------------------------------------------------------------


def test_whatif_status_is_dutch_in_the_table_and_english_in_csv(dutch):
    args = ["whatif", str(EXAMPLE), *AT, "--remove", "overleg-veilige-school"]
    table = run(*args, "--table", "disconnected").output
    assert "organisatie" in table and "aan geen tafel meer" in table and "no_table_left" not in table
    english = run(*args, "--table", "disconnected", "--lang", "en").output
    assert "no table left" in english and "no_table_left" not in english and "organisation" in english
    csv = run(*args, "--table", "disconnected", "--format", "csv").output
    assert "organisations,Het Brugcollege (voortgezet onderwijs),school-brugcollege,education,no_table_left" in csv
    links = run(*args).output
    assert "bestuur / onderwijs             niet meer verbonden" in links


def test_the_survey_group_and_its_commands_take_lang_for_help_too(dutch):
    assert "The partner survey: one form per organisation" in run("survey", "--help", "--lang", "en").output
    assert "De partnerenquête: één formulier per organisatie" in run("survey", "--help").output
    english = " ".join(run("survey", "make", "--help", "--lang", "en").output.split())
    assert "Write one xlsx survey form per organisation of PATH" in english
