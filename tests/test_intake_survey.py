"""The partner survey: forms -> answers filled by a script -> collect -> the landscape, conflicts found."""

from __future__ import annotations

import shutil

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.analysis.ratings import body_ratings, survey_response, tie_reciprocity
from partnernet.cli import cli
from partnernet.intake.forms import META_SHEET, read_meta

from conftest import EXAMPLE, FIXTURES
from survey_filler import DATE, LOW_RATED, PLANTED_ANSWERS, PLANTED_TIES, SILENT, answers, returned_forms


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    return returned_forms(tmp_path_factory.mktemp("forms"))


@pytest.fixture(scope="module")
def survey(forms, tmp_path_factory):
    return pn.collect_survey(forms, tmp_path_factory.mktemp("out") / "landschap")


@pytest.fixture(scope="module")
def land():
    return pn.load(EXAMPLE).at(DATE)


def test_one_form_per_organisation_with_its_memberships_ticked(tmp_path, land):
    paths = pn.survey_forms(land, tmp_path / "forms")
    assert len(paths) == 46
    workbook = openpyxl.load_workbook(tmp_path / "forms" / "gemeente-klein-dorp.xlsx")
    assert workbook.sheetnames == ["Toelichting", "Overleggen", "Organisaties", META_SHEET]
    assert workbook[META_SHEET].sheet_state == "veryHidden"
    meta = read_meta(workbook[META_SHEET])
    assert meta["organisation"] == "gemeente-klein-dorp" and len(meta["fingerprint"]) == 16
    bodies = pd.DataFrame(list(workbook["Overleggen"].values)[1:], columns=list(workbook["Overleggen"].values)[0])
    ticked = set(bodies.loc[bodies["Neemt deel"] == "ja", "Id"])
    assert len(bodies) == 32 and len(ticked) == 9  # story 2: Klein-Dorp sits at nine tables
    chair = bodies.set_index("Id").loc["veiligheidsoverleg-klein-dorp"]
    assert (chair["Rol"], chair["Aantal personen"], chair["Vergaderingen per jaar"]) == ("voorzitter", 1, 48)
    rules = {str(r.sqref).split(":")[0]: r for r in workbook["Overleggen"].data_validations.dataValidation}
    assert rules["C2"].formula1 == '"ja,nee"' and rules["F2"].formula1 == '"voorzitter,lid,secretaris,adviseur"'
    assert (rules["I2"].type, rules["I2"].formula1, rules["I2"].formula2) == ("whole", "1", "5")
    assert workbook["Overleggen"].protection.sheet


def test_round_trip_gives_the_landscape_the_answers_describe(survey, land):
    given = answers(land)
    collected = survey.landscape
    responders = [o for o in land.organisations.index if o not in SILENT]
    expected = {(o, b, a["role"], max(1, a["persons"])) for o in responders for b, a in given[o]["bodies"].items()}
    m = collected.memberships
    assert set(zip(m["member"], m["body"], m["role"], m["seats"])) == expected
    pd.testing.assert_frame_equal(collected.organisations.drop(columns="survey_answered"), land.organisations)
    pd.testing.assert_frame_equal(collected.bodies, land.bodies)  # the planted answers are outvoted
    pd.testing.assert_frame_equal(collected.covenants, land.covenants)
    ratings = pd.to_numeric(m["value_rating"])
    assert set(ratings[m["body"].isin(LOW_RATED)]) == {2}
    assert set(collected.ties["source"]) <= set(responders)


def test_planted_conflicts_are_found_with_file_sheet_and_row(survey, land):
    conflicts = survey.conflicts
    assert len(conflicts) == len(PLANTED_ANSWERS) + len(PLANTED_TIES)
    roster = list(land.bodies.index)
    for organisation, body, column, value in PLANTED_ANSWERS:
        row = conflicts[(conflicts["organisation"] == organisation) & (conflicts["subject"] == body)].iloc[0]
        assert row["issue"] == {"meetings_per_year": "frequency", "hours_per_meeting": "duration"}[column]
        assert (row["answer"], row["chosen"]) == (f"{value:g}", f"{land.bodies.at[body, column]:g}")
        assert (row["file"], row["sheet"], row["row"]) == (f"{organisation}.xlsx", "Overleggen", roster.index(body) + 2)
    reporter, other, kind = PLANTED_TIES[0]
    tie = conflicts[conflicts["issue"] == "one_sided_tie"].iloc[0]
    others = [o for o in land.organisations.index if o != reporter]
    assert (tie["organisation"], tie["subject"], tie["answer"]) == (reporter, other, kind)
    assert (tie["file"], tie["sheet"], tie["row"]) == (f"{reporter}.xlsx", "Organisaties", others.index(other) + 2)


def test_response_rate_and_files_written(survey):
    rate = survey.response_rate
    assert survey.response_total.tolist() == [46, 42, 42 / 46]
    assert rate.index.name == "domain" and set(rate.index) == set(pn.load(EXAMPLE).organisations["domain"])
    assert rate[["invited", "answered"]].sum().tolist() == [46, 42]  # data only: no worded total row
    written = (survey.written[0].parent / "survey" / "response_rate.csv").read_text(encoding="utf-8")
    assert "totaal" not in written and "total" not in written and len(written.splitlines()) == len(rate) + 1
    assert rate.loc["private", "answered"] == 2  # bank and entrepreneurs' association did not answer
    names = sorted(p.relative_to(survey.written[0].parent).as_posix() for p in survey.written)
    assert names == [
        "bodies.csv",
        "covenants.csv",
        "memberships.csv",
        "organisations.csv",
        "persons.csv",
        "survey/conflicts.csv",
        "survey/response_rate.csv",
        "survey/responses.csv",
        "ties.csv",
    ]
    reloaded = pn.load(survey.written[0].parent)
    assert survey_response(reloaded) == {"answered": 42, "invited": 46, "rate": 42 / 46}


def test_ratings_mark_low_tables_and_stronger_merge_candidates(survey):
    land = survey.landscape
    rated = body_ratings(land)
    assert set(rated.index[rated["rated_low"]]) == set(LOW_RATED)
    pairs = pn.redundancy(land)
    strong = pairs[pairs["stronger_candidate"]]
    assert {frozenset(p) for p in zip(strong["body_a"], strong["body_b"])} == {
        frozenset({"top-casustafel-centrum", "top-casustafel-noord"})
    }
    load = pn.overload(land)
    # Klein-Dorp rated masterclass-radicalisering (4 x 4.5 h a year) low: 1.5 hours per month
    assert load.at["gemeente-klein-dorp", "low_rated_hours_per_month"] == pytest.approx(1.5)
    ties = tie_reciprocity(land)
    one_sided = ties[~ties["reciprocated"]]
    assert one_sided[["organisation_a", "organisation_b", "kind", "reported_by"]].values.tolist() == [
        ["gemeente-klein-dorp", "politie-eenheid", "information", "gemeente-klein-dorp"]
    ]


def test_without_ratings_the_analyses_are_unchanged(land):
    assert "stronger_candidate" not in pn.redundancy(land).columns
    assert "low_rated_hours_per_month" not in pn.overload(land).columns


def test_report_names_the_response_and_the_low_rated_tables(survey, tmp_path):
    path = tmp_path / "rapport.md"
    pn.report(survey.landscape, path, to="md")
    text = path.read_text(encoding="utf-8")
    assert "42 van de 46 organisaties beantwoordden de enquête (91%)" in text
    assert "Casustafel Top-X Noord: gemiddeld 2,0 van" in text and "sterke kandidaat" in text
    assert "zijn er 17 door beide kanten genoemd en 1 door één kant" in text


def test_forms_in_any_order_and_any_subset(forms):
    few = pn.collect_survey(list(reversed(forms[:5])))
    assert int(few.response_total["answered"]) == 5 and int(few.response_rate["answered"].sum()) == 5
    assert set(few.landscape.memberships["member"]) <= {p.stem for p in forms[:5]}


def _copy(forms, folder):
    folder.mkdir()
    for path in forms:
        shutil.copy(path, folder / path.name)
    return folder


def _collect(*arguments):
    return CliRunner().invoke(cli, ["survey", "collect", *map(str, arguments)])


def test_collect_command(forms, tmp_path):
    folder = _copy(forms, tmp_path / "terug")
    result = _collect(folder, "-o", tmp_path / "landschap")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Respons: 42 van 46 organisaties (91%).")
    per_domain = result.stdout.split("Respons per domein\n")[1].split("\n\n")[0].splitlines()
    assert per_domain[-1].split() == ["totaal", "46", "42", "91%"]  # the total in words, below the domains
    english = _collect(folder, "--lang", "en", "-o", tmp_path / "landscape")
    assert english.exit_code == 0, english.output
    assert english.stdout.split("Response per domain\n")[1].split("\n\n")[0].splitlines()[-1].split() == [
        "total",
        "46",
        "42",
        "91%",
    ]
    assert "gemeente-lindeloo.xlsx    Overleggen   2" in result.stdout
    issues = result.stdout.split("Verschillen tussen de antwoorden")[1].splitlines()[3:]
    assert {line.split("  ")[0] for line in issues if line.strip()} == {"frequentie", "duur", "eenzijdige relatie"}
    written = (tmp_path / "landschap" / "survey" / "conflicts.csv").read_text(encoding="utf-8").splitlines()
    assert {line.split(",")[0] for line in written[1:]} == {"frequency", "duration", "one_sided_tie"}  # codes
    assert pn.load(tmp_path / "landschap").counts["organisations"] == 46


def _edit(path, change):
    workbook = openpyxl.load_workbook(path)
    change(workbook)
    workbook.save(path)


def test_a_changed_roster_is_an_error_naming_file_sheet_and_row(forms, tmp_path):
    folder = _copy(forms[:3], tmp_path / "terug")
    victim = folder / forms[1].name
    _edit(victim, lambda wb: wb["Overleggen"].delete_rows(5))
    result = _collect(folder, "-o", tmp_path / "uit")
    assert result.exit_code == 2
    assert f"{victim.name}, blad 'Overleggen', rij 5, kolom 'Id': the list was changed" not in result.output
    assert f"{victim.name}, blad 'Overleggen', rij 5, kolom 'Id': de lijst is veranderd" in result.output
    assert not (tmp_path / "uit").exists()


def test_a_form_of_an_unknown_organisation_is_an_error_naming_the_file(forms, tmp_path):
    folder = _copy(forms[:2], tmp_path / "terug")
    victim = folder / forms[0].name

    def rename(workbook):
        sheet = workbook[META_SHEET]
        for row in sheet.iter_rows():
            if row[0].value == "organisation":
                row[1].value = "gemeente-nergenshuizen"

    _edit(victim, rename)
    result = _collect(folder, "-o", tmp_path / "uit")
    assert result.exit_code == 2
    assert f"{victim.name}: onbekende organisatie 'gemeente-nergenshuizen'" in result.output


def test_forms_of_another_survey_a_duplicate_and_a_foreign_file_are_errors(forms, tmp_path):
    folder = _copy(forms[:2], tmp_path / "terug")
    other = pn.survey_forms(pn.load(FIXTURES / "mini"), tmp_path / "mini-forms")
    shutil.copy(other[0], folder / "zz-mini.xlsx")
    shutil.copy(forms[0], folder / "zz-kopie.xlsx")
    pn.template(folder / "zz-register.xlsx")
    (folder / "zz-kapot.xlsx").write_bytes(b"geen zip")
    result = _collect(folder, "-o", tmp_path / "uit", "--lang", "en")
    assert result.exit_code == 2
    assert "zz-mini.xlsx: this form belongs to another survey" in result.output
    assert f"zz-kopie.xlsx: a second form of '{forms[0].stem}' (the first: {forms[0].name})" in result.output
    assert "zz-register.xlsx: this is not a partnernet survey form" in result.output
    assert "zz-kapot.xlsx: cannot open the workbook: it is not an Excel workbook (.xlsx)" in result.output
    assert "zip" not in result.output.lower()  # our words, not openpyxl's


@pytest.mark.parametrize(
    "column, value, message",
    [
        (9, 7, "'7' is geen geheel getal van 1 tot en met 5."),
        (3, "misschien", "'misschien' is geen ja of nee."),
        (8, 30, "'30' is geen getal boven 0 en hoogstens 24."),
        (6, "baas", "onbekende rol 'baas'."),
    ],
)
def test_an_answer_outside_its_list_or_range_names_file_sheet_row_and_column(forms, tmp_path, column, value, message):
    folder = _copy(forms[:1], tmp_path / "terug")
    victim = folder / forms[0].name

    def answer(workbook):
        sheet = workbook["Overleggen"]
        sheet.cell(row=4, column=3).value = "ja"
        sheet.cell(row=4, column=column).value = value

    _edit(victim, answer)
    result = _collect(folder, "-o", tmp_path / "uit")
    header = openpyxl.load_workbook(victim)["Overleggen"].cell(row=1, column=column).value
    assert result.exit_code == 2
    assert f"{victim.name}, blad 'Overleggen', rij 4, kolom '{header}': {message}" in result.output


def test_make_command_with_a_list_of_bodies(tmp_path):
    bodies = tmp_path / "tafels.csv"
    bodies.write_text("id\ncasus\nweeg\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "survey",
            "make",
            str(FIXTURES / "mini"),
            "-o",
            str(tmp_path / "f"),
            "--bodies",
            str(bodies),
            "--lang",
            "en",
            "--at",
            "all",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"wrote {tmp_path / 'f'}: 5 forms (2 bodies, 4 organisations per form)")
    ids = [r[0] for r in openpyxl.load_workbook(tmp_path / "f" / "gemeente.xlsx")["Bodies"].values][1:]
    assert ids == ["casus", "weeg"]
    result = CliRunner().invoke(
        cli, ["survey", "make", str(FIXTURES / "mini"), "-o", str(tmp_path / "g"), "--bodies", "casus,geen-tafel"]
    )
    assert result.exit_code == 2 and "onbekende overleggen in --bodies: geen-tafel." in result.output


def test_outputs_never_overwrite_inputs(forms, tmp_path, mini):
    folder = _copy(forms[:2], tmp_path / "terug")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert _collect(folder, "-o", folder).exit_code == 2
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    result = CliRunner().invoke(cli, ["survey", "make", str(mini), "-o", str(mini / "forms")])
    assert result.exit_code == 2 and not (mini / "forms").exists()


def test_an_unwritable_output_is_a_usage_error(forms, tmp_path, english):
    blocker = tmp_path / "bestand"
    blocker.write_text("x", encoding="utf-8")
    result = _collect(forms[0], "-o", blocker / "landschap", "--lang", "en")
    assert result.exit_code == 2 and "cannot write" in result.output and str(blocker / "landschap") in result.output
    result = CliRunner().invoke(cli, ["template", "-o", str(blocker / "register.xlsx")])
    assert result.exit_code == 2 and f"cannot write '{blocker / 'register.xlsx'}'" in result.output
    assert "is a file, not a folder" in result.output


def test_answers_on_an_unticked_row_are_an_error_but_a_no_drops_what_was_prefilled(forms, tmp_path):
    folder = _copy(forms[:1], tmp_path / "terug")
    victim = folder / forms[0].name
    workbook = openpyxl.load_workbook(victim)
    ticked = [r for r in range(2, workbook["Overleggen"].max_row + 1) if workbook["Overleggen"].cell(r, 3).value]

    def change(workbook):
        bodies, others = workbook["Overleggen"], workbook["Organisaties"]
        bodies.cell(row=ticked[0], column=3).value = "nee"  # left the table; persons and role stay filled in
        bodies.cell(row=ticked[1], column=3).value = None  # unclear: answers, but no yes or no
        others.cell(row=2, column=4).value = others.cell(row=2, column=5).value = None
        others.cell(row=2, column=6).value, others.cell(row=2, column=7).value = None, 4

    _edit(victim, change)
    result = _collect(folder, "-o", tmp_path / "uit")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if victim.name in line]
    assert len(lines) == 2
    assert f"blad 'Overleggen', rij {ticked[1]}, kolom 'Neemt deel': er zijn antwoorden ingevuld" in lines[0]
    assert "blad 'Organisaties', rij 2, kolom 'Waarde (1-5)': er is een waarde ingevuld" in lines[1]

    def clear(workbook):
        workbook["Overleggen"].cell(row=ticked[1], column=3).value = "ja"
        workbook["Organisaties"].cell(row=2, column=7).value = None

    _edit(victim, clear)
    left = workbook["Overleggen"].cell(ticked[0], 1).value
    bodies = set(pn.collect_survey([victim]).landscape.memberships["body"])
    assert left not in bodies and len(bodies) == len(ticked) - 1


def test_the_example_forms_in_data_are_up_to_date(forms):
    """data/enquete-voorbeeld holds exactly what tests/survey_filler.py writes (run it after a change)."""
    committed = EXAMPLE.parent / "enquete-voorbeeld"
    assert sorted(p.name for p in committed.iterdir()) == sorted(p.name for p in forms)
    assert all((committed / p.name).read_bytes() == p.read_bytes() for p in forms)


@pytest.mark.parametrize("given", ["str", "Path", "list", "generator"])
def test_a_folder_without_forms_is_named_whole_however_it_is_given(tmp_path, given):
    """One str or Path of a folder without forms, a list or a generator of it: an InputError naming the
    folder (one str was named letter by letter, one Path raised a TypeError)."""
    empty = tmp_path / "leeg"
    empty.mkdir()
    paths = {"str": str(empty), "Path": empty, "list": [empty], "generator": (p for p in [empty])}[given]
    with pytest.raises(pn.InputError, match=r"no forms found in \S*leeg\.$"):
        pn.collect_survey(paths, lang="en")
