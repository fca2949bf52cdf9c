"""Collecting survey answers: formulas without values, ties between answers, 0 persons, the
register's data of organisations that did not answer, and an order that does not depend on the
forms' order (issue 18, tester's findings)."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.intake.collect import choose

from conftest import FIXTURES

#: Columns of the bodies sheet of a form (1-based); row 2 is the body 'casus' of tests/fixtures/mini.
TAKES_PART, PERSONS, MEETINGS, VALUE = 3, 4, 7, 9


@pytest.fixture
def forms(tmp_path):
    land = pn.load(FIXTURES / "mini").at("2026-01-01")
    return {p.stem: p for p in pn.survey_forms(land, tmp_path / "forms")}


def edit(path, **cells):
    workbook = openpyxl.load_workbook(path)
    for coordinate, value in cells.items():
        workbook["Overleggen"][coordinate] = value
    workbook.save(path)


def collect(*arguments):
    return CliRunner().invoke(cli, ["survey", "collect", *map(str, arguments)])


def test_a_formula_without_a_value_is_an_error_naming_file_sheet_row_and_column(forms, tmp_path):
    edit(forms["gemeente"], I2="=1+1")
    result = collect(forms["gemeente"], forms["om"], "-o", tmp_path / "uit")
    assert result.exit_code == 2
    assert (
        "gemeente.xlsx, blad 'Overleggen', rij 2, kolom 'Waarde (1-5)': cel I2 bevat de formule '=1+1' "
        "maar geen berekende waarde."
    ) in result.output
    assert not (tmp_path / "uit").exists()


def test_taking_part_with_zero_persons_is_an_error(forms, tmp_path):
    edit(forms["gemeente"], C2="ja", D2=0)
    result = collect(forms["gemeente"], "-o", tmp_path / "uit", "--lang", "en")
    assert result.exit_code == 2
    assert (
        "gemeente.xlsx, sheet 'Overleggen', row 2, column 'Aantal personen': 'neemt deel' is ja, maar het "
        "aantal personen is 0."
    ) in result.output


@pytest.mark.parametrize(
    "values, known, chosen",
    [
        ([12, 6], 24, 6),  # nobody gave the register's value: the lowest answer, never the median 9
        ([12, 6], 12, 12),  # the register's value is among the tied answers: kept
        ([12, 6, 6], 12, 6),  # the most common answer wins over the register
        ([6, 12], None, 6),
    ],
)
def test_a_tie_between_answers_keeps_a_value_somebody_gave(values, known, chosen):
    assert choose(pd.Series(values, dtype=float), known) == chosen


def test_a_tie_between_two_forms_gives_the_lower_answer_and_lists_the_other(forms, tmp_path):
    edit(forms["gemeente"], G2=12)  # casus meets 24 times a year in the register
    edit(forms["politie-ct"], G2=6)
    survey = pn.collect_survey([forms["gemeente"], forms["politie-ct"]])
    assert survey.landscape.bodies.at["casus", "meetings_per_year"] == 6
    conflict = survey.conflicts.set_index("organisation").loc["gemeente"]
    assert (conflict["subject"], conflict["answer"], conflict["chosen"]) == ("casus", "12", "6")


def test_rows_do_not_depend_on_the_order_of_the_forms(forms, tmp_path):
    paths = list(forms.values())
    assert collect(*paths, "-o", tmp_path / "a").exit_code == 0
    assert collect(*reversed(paths), "-o", tmp_path / "b").exit_code == 0
    for name in ("memberships.csv", "ties.csv", "survey/conflicts.csv", "survey/responses.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    ties = pd.read_csv(tmp_path / "a" / "ties.csv")
    assert list(zip(ties["source"], ties["target"])) == sorted(zip(ties["source"], ties["target"]))


def test_without_the_register_the_summary_says_what_is_missing(forms, tmp_path):
    result = collect(forms["gemeente"], forms["politie"], "-o", tmp_path / "uit")
    assert result.exit_code == 0
    assert "3 organisaties antwoordden niet: wat het register over hen weet" in result.stderr
    assert "--register PAD" in result.stderr


def test_with_the_register_the_non_respondents_keep_what_it_knew(forms, tmp_path):
    result = collect(forms["gemeente"], forms["politie"], "-o", tmp_path / "uit", "--register", FIXTURES / "mini")
    assert result.exit_code == 0, result.output
    assert (
        "Uit het register overgenomen voor de 3 organisaties die niet antwoordden: 2 personen, 6 deelnames, 2 relaties"
    ) in result.stderr
    land = pn.load(tmp_path / "uit")
    assert set(land.persons.index) == {"p2", "p3"}  # of politie-ct and ggz; p1 (gemeente) answered itself
    m = land.memberships.set_index(["member", "body"])
    assert set(m.index[m["survey_source"] == "register"]) == {
        ("p2", "casus"),
        ("p2", "weeg"),
        ("p3", "casus"),
        ("om", "casus"),
        ("om", "weeg"),
        ("om", "stuur"),
    }
    assert set(m.index[m["survey_source"] == "answer"]) == {
        ("gemeente", "casus"),
        ("gemeente", "weeg"),
        ("gemeente", "stuur"),
        ("politie", "stuur"),
    }
    ties = land.ties.set_index(["source", "target", "kind"])
    carried = ties[ties["survey_source"] == "register"]
    # p3 (ggz) -> politie-ct as in the register; om's undirected advice to politie, as om would report it
    assert set(carried.index) == {("p3", "politie-ct", "information"), ("om", "politie", "advice")}


def test_a_register_that_is_not_the_surveys_landscape_is_refused(forms, tmp_path):
    other = tmp_path / "ander"
    import shutil

    shutil.copytree(FIXTURES / "mini", other)
    bodies = other / "bodies.csv"
    bodies.write_text(bodies.read_text(encoding="utf-8").replace("Weegoverleg", "Ander overleg"), encoding="utf-8")
    result = collect(forms["gemeente"], "-o", tmp_path / "uit", "--register", other, "--lang", "en")
    assert result.exit_code == 2
    assert f"{other} is not the landscape these forms were made from (on 2026-01-01" in result.output


@pytest.mark.parametrize(
    "lang, heading, ties",
    [
        (
            "nl",
            "Laag gewaardeerde overleggen (minstens de helft van de deelnemers die een waarde gaven, gaf 2 of "
            "lager; minstens 2 beoordelingen):",
            "Van de 2 gemelde relaties tussen organisaties die beide antwoordden, is er 1 door beide kanten genoemd en 1 "
            "door één kant.",
        ),
        (
            "en",
            "Tables rated low (at least half of the members who rated them gave 2 or less; at least 2 ratings):",
            "Of the 2 reported ties between organisations that both answered, 1 was named by both sides and 1 by one "
            "side only.",
        ),
    ],
)
def test_the_report_states_the_rule_it_applies_and_agrees_in_number(forms, tmp_path, lang, heading, ties):
    for organisation in ("gemeente", "politie-ct", "om", "ggz"):
        edit(forms[organisation], I2=2)  # casus: every member rates it 2
    # pre-filled ties: om and politie both report their advice tie, ggz alone its information to politie-ct
    survey = pn.collect_survey(list(forms.values()))
    path = tmp_path / "rapport.md"
    pn.report(survey.landscape, path, to="md", lang=lang)
    text = " ".join(path.read_text(encoding="utf-8").split())
    assert heading in text and ties in text


def test_the_redundancy_table_shows_the_ratings_of_a_collected_landscape(forms, tmp_path):
    for organisation in ("gemeente", "politie-ct", "om", "ggz"):
        edit(forms[organisation], I2=2)
    assert collect(*forms.values(), "-o", tmp_path / "uit").exit_code == 0
    result = CliRunner().invoke(cli, ["redundancy", str(tmp_path / "uit"), "--at", "all", "--lang", "en"])
    header = result.output.splitlines()[1].split()
    assert header[-3:] == ["mean_value_rating_a", "mean_value_rating_b", "stronger_candidate"]
    plain = CliRunner().invoke(cli, ["redundancy", str(FIXTURES / "mini"), "--at", "all", "--lang", "en"])
    assert "mean_value_rating_a" not in plain.output and "merge_candidate" in plain.output
