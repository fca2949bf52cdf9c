"""The intake workbook: headers the loader accepts, Excel validation present and right, round trip."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.intake import rules
from partnernet.intake.template import ID_NAMES
from partnernet.io import schema
from partnernet.io.schema import TABLES, canonical_column, canonical_table
from partnernet.language.intake import WORDS, vocabulary_words, word

from conftest import EXAMPLE, FIXTURES


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "register.xlsx"
    pn.template(path, source=EXAMPLE)
    return path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_header_and_sheet_name_is_one_the_loader_reads(lang):
    for name, spec in TABLES.items():
        assert canonical_table(word(f"sheet.{name}", lang)) == name
        for col in spec.columns:
            assert canonical_column(spec, word(f"h.{name}.{col.name}", lang)) == col.name, (name, col.name)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_drop_down_word_maps_back_to_its_value(lang):
    for vocabulary, values in schema.VOCABULARIES.items():
        shown = vocabulary_words(vocabulary, lang)
        assert set(shown) == set(values), vocabulary
        for value, text in shown.items():
            assert schema.VOCABULARY_LOOKUP[vocabulary][schema.vocabulary_key(text)] == value
    assert {word("v.bool.true", lang)} <= schema.TRUE_WORDS and {word("v.bool.false", lang)} <= schema.FALSE_WORDS


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_template_filled_with_the_example_region_loads_equal(tmp_path, lang):
    path = pn.template(tmp_path / "register.xlsx", lang=lang, source=EXAMPLE)
    loaded = pn.load(path)
    assert loaded.equals(pn.load(EXAMPLE))
    assert loaded.warnings == []  # the instructions and lists sheets are skipped quietly


def test_empty_template_loads_as_an_empty_landscape(tmp_path):
    land = pn.load(pn.template(tmp_path / "leeg.xlsx"))
    assert land.counts.sum() == 0


def _rules(sheet) -> dict[str, object]:
    """Data validation per column letter of a sheet."""
    found = {}
    for rule in sheet.data_validations.dataValidation:
        for cells in str(rule.sqref).split():
            found["".join(c for c in cells.split(":")[0] if c.isalpha())] = rule
    return found


def test_validation_lists_and_ranges_are_present_and_right(filled):
    workbook = openpyxl.load_workbook(filled)
    for name, spec in TABLES.items():
        sheet = workbook[word(f"sheet.{name}", "nl")]
        found = _rules(sheet)
        for position, col in enumerate(spec.columns, start=1):
            letter = openpyxl.utils.get_column_letter(position)
            assert sheet.cell(row=1, column=position).value == word(f"h.{name}.{col.name}", "nl")
            rule = found.get(letter)
            assert str(rule.sqref if rule else "").startswith(f"{letter}2:") or col.kind == schema.TEXT, (
                name,
                col.name,
            )
            if col.kind == schema.VOCAB:
                words = rule.formula1.strip('"').split(",")
                assert rule.type == "list" and words == rules.vocabulary_list(col.vocabulary, "nl")
            elif col.kind == schema.BOOL:
                assert rule.type == "list" and rule.formula1 == '"ja,nee"'
            elif col.kind == schema.REF:
                assert rule.type == "list" and rule.formula1 == ID_NAMES[col.references]
            elif col.kind in (schema.NUMBER, schema.COUNT):
                limits = rules.bounds(name, col.name)
                if limits.low_open:
                    assert rule.type == "custom" and f">{limits.low:g}" in rule.formula1
                    assert f"<={limits.high:g}" in rule.formula1
                else:
                    assert rule.type == ("whole" if col.kind == schema.COUNT else "decimal")
                    assert (float(rule.formula1), float(rule.formula2)) == (limits.low, limits.high)
            elif col.kind == schema.DATE and col.name == "end":  # the loader's open-end markers allowed
                assert rule.type == "custom" and sheet.column_dimensions[letter].number_format == "yyyy-mm-dd"
                assert rule.formula1 == (
                    f"AND(ISNUMBER({letter}2),OR(AND({letter}2>=1,{letter}2<=109574),{letter}2>=2593224))"
                )
            elif col.kind == schema.DATE:
                assert rule.type == "date" and sheet.column_dimensions[letter].number_format == "yyyy-mm-dd"
                assert (rule.formula1, rule.formula2) == ("1", "109574")  # 1900-01-01 .. 2199-12-31 in Excel
            elif col.kind == schema.ID:
                assert rule.type == "custom" and rule.formula1.startswith("COUNTIF(")
            if rule is not None:
                assert rule.showErrorMessage and rule.error


def test_reference_lists_are_named_ranges_over_the_id_columns(filled):
    workbook = openpyxl.load_workbook(filled)
    names = {name: workbook.defined_names[name].attr_text for name in ID_NAMES.values()}
    assert names["pn_organisations"].startswith("OFFSET('Organisaties'!$A$2,")
    assert "COUNTA('Organisaties'!$A:$A)" in names["pn_organisations"]
    assert names["pn_bodies"].startswith("OFFSET('Overleggen'!$A$2,")
    lists = workbook["Lijsten"]
    assert lists.sheet_state == "hidden" and names["pn_members"].startswith("OFFSET('Lijsten'!$A$1,")
    assert "INDEX('Organisaties'!$A:$A" in lists["A1"].value and "INDEX('Personen'!$A:$A" in lists["A1"].value
    assert lists.max_row >= 46 + 79  # room for every organisation and person id


def test_example_rows_are_on_the_instructions_sheet_only(filled):
    workbook = openpyxl.load_workbook(filled)
    texts = [c for row in workbook["Toelichting"].iter_rows(values_only=True) for c in row if c]
    assert "gemeente-voorbeeldstad" in texts and "voorbeeld" in texts
    assert "gemeente-voorbeeldstad" not in pn.load(filled).organisations.index
    header = workbook["Organisaties"]["A1"]
    assert header.comment.text == "Voorbeeld: gemeente-voorbeeldstad"


def _typed_past(folder, sheet, cell, value):
    """A copy of the filled template with ``value`` typed into ``sheet!cell`` (as LibreOffice allows)."""
    workbook = openpyxl.load_workbook(folder / "register.xlsx")
    workbook[sheet][cell].value = value
    path = folder / "typed.xlsx"
    workbook.save(path)
    return path


# sheet, cell, typed value, problem code, column header in the message
TYPED_PAST = [
    ("Lidmaatschappen", "A2", "p999", "unknown_reference", "Lid"),
    ("Overleggen", "H2", "onbekend-overleg", "unknown_reference", "Rapporteert aan"),
    ("Overleggen", "I2", "onbekende-gastheer", "unknown_reference", "Gastheer"),
    ("Relaties", "D2", "misschien", "bad_boolean", "Gericht"),
    ("Lidmaatschappen", "E2", 2.5, "not_a_count", "Zetels"),
    ("Overleggen", "F2", "vaak", "not_a_number", "Vergaderingen per jaar"),
    ("Overleggen", "G2", -1, "negative_number", "Uren per vergadering"),
    ("Overleggen", "K2", "31-02-2024", "bad_date", "Startdatum"),
    ("Organisaties", "A3", "gemeente-veldstad", "duplicate_id", "Organisatie-id"),
    ("Organisaties", "C2", "onbekend", "unknown_value", "Domein"),
]
BOUNDS_PAST = [
    ("Overleggen", "F2", 400, "Vergaderingen per jaar"),
    ("Overleggen", "G2", 0, "Uren per vergadering"),
    ("Overleggen", "G2", 25, "Uren per vergadering"),
    ("Lidmaatschappen", "E2", 5000, "Zetels"),
]


@pytest.mark.parametrize("sheet, cell, value, code, column", TYPED_PAST)
def test_validate_reports_what_excel_would_have_refused(tmp_path, filled, sheet, cell, value, code, column):
    (tmp_path / "register.xlsx").write_bytes(filled.read_bytes())
    path = _typed_past(tmp_path, sheet, cell, value)
    result = CliRunner().invoke(cli, ["validate", str(path), "--format", "json"])
    import json

    report = json.loads(result.stdout)
    problems = [p for p in report["errors"] + report["warnings"] if p["code"] == code]
    assert problems, result.stdout
    row = int("".join(c for c in cell if c.isdigit()))
    assert any(
        p["file"] == str(path) and p["sheet"] == sheet and p["row"] == row and p["column"] == column for p in problems
    )
    assert result.exit_code == (0 if code == "unknown_value" else 2)


@pytest.mark.parametrize("sheet, cell, value, column", BOUNDS_PAST)
def test_validate_reports_numbers_past_the_bounds(tmp_path, filled, sheet, cell, value, column):
    (tmp_path / "register.xlsx").write_bytes(filled.read_bytes())
    path = _typed_past(tmp_path, sheet, cell, value)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2 and f"rij {cell[1:]}, kolom '{column}'" in result.stdout


def test_template_command(tmp_path):
    out = tmp_path / "register.xlsx"
    result = CliRunner().invoke(cli, ["template", "-o", str(out), "--lang", "en", "--from", str(FIXTURES / "mini")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"wrote {out}: 8 sheets")
    assert openpyxl.load_workbook(out).sheetnames[:3] == ["Instructions", "Organisations", "Bodies"]
    assert pn.load(out).equals(pn.load(FIXTURES / "mini"))


@pytest.mark.parametrize("written", ["nl", "en"])
@pytest.mark.parametrize("running", ["nl", "en"])
def test_a_workbook_of_either_language_loads_whatever_language_runs(tmp_path, monkeypatch, written, running):
    """`partnernet template` in Dutch or English loads under either language; its sheet names come from the
    input format's one table (schema.SHEET_NAMES) that the writer and the loader share."""
    out = tmp_path / "register.xlsx"
    made = CliRunner().invoke(cli, ["template", "-o", str(out), "--lang", written, "--from", str(FIXTURES / "mini")])
    assert made.exit_code == 0, made.output
    names = openpyxl.load_workbook(out).sheetnames
    side = ["nl", "en"].index(written)
    assert names[:2] == [schema.SHEET_NAMES["instructions"][side], schema.SHEET_NAMES["organisations"][side]]
    assert "Lidmaatschappen" in names if written == "nl" else "Memberships" in names
    monkeypatch.setenv("PARTNERNET_LANG", running)
    loaded = pn.load(out)
    assert loaded.equals(pn.load(FIXTURES / "mini")) and loaded.warnings == []
    checked = CliRunner().invoke(cli, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output


def test_sheets_named_in_both_languages_in_one_workbook_load(tmp_path):
    """Dutch sheets beside English ones (a workbook translated half-way) load, and so does a CSV file named
    after a sheet (lidmaatschappen.csv); words for people stay out of io/: it reads the names as data."""
    path = pn.template(tmp_path / "register.xlsx", lang="nl", source=FIXTURES / "mini")
    book = openpyxl.load_workbook(path)
    for name in ("memberships", "lists"):
        book[schema.SHEET_NAMES[name][0]].title = schema.SHEET_NAMES[name][1]
    book.save(path)
    assert pn.load(path).equals(pn.load(FIXTURES / "mini"))
    assert {canonical_table(n) for names in schema.SHEET_NAMES.values() for n in names} == set(TABLES) | {None}
    io_sources = "".join(p.read_text(encoding="utf-8") for p in (Path(schema.__file__).parent).glob("*.py"))
    assert not re.search(r"from \.\.language(\.intake import| import .*\bintake\b)", io_sources)


def test_template_never_overwrites_its_input(tmp_path, english):
    source = tmp_path / "register.xlsx"
    pn.template(source, source=FIXTURES / "mini")
    before = source.read_bytes()
    result = CliRunner().invoke(cli, ["template", "-o", str(source), "--from", str(source)])
    assert result.exit_code == 2 and "register.xlsx" in result.output and "input" in result.output
    assert source.read_bytes() == before
    result = CliRunner().invoke(
        cli, ["template", "-o", str(FIXTURES / "mini" / "x.xlsx"), "--from", str(FIXTURES / "mini")]
    )
    assert result.exit_code == 2 and not (FIXTURES / "mini" / "x.xlsx").exists()


def test_same_content_same_bytes(tmp_path, monkeypatch):
    import datetime as dt
    import types

    import openpyxl.writer.excel

    a = pn.template(tmp_path / "a.xlsx", source=FIXTURES / "mini")

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2031, 5, 6, 7, 8, 9, tzinfo=tz)

        utcnow = now

    clock = types.SimpleNamespace(datetime=Later, timezone=dt.timezone)  # openpyxl stamps "now" on saving
    monkeypatch.setattr(openpyxl.writer.excel, "datetime", clock)
    b = pn.template(tmp_path / "b.xlsx", source=FIXTURES / "mini")
    assert a.read_bytes() == b.read_bytes()


def test_every_word_has_both_languages():
    assert all(len(pair) == 2 and all(pair) for pair in WORDS.values())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_saved_again_by_libreoffice_the_workbook_keeps_its_lists_and_loads_equal(tmp_path, filled):
    source = tmp_path / "in" / "register.xlsx"
    source.parent.mkdir()
    source.write_bytes(filled.read_bytes())
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    saved = tmp_path / "out" / "register.xlsx"
    assert pn.load(saved).equals(pn.load(EXAMPLE))
    members = openpyxl.load_workbook(saved, data_only=True)["Lijsten"]
    assert [members.cell(row=r, column=1).value for r in (1, 46, 47, 125)] == [
        "gemeente-veldstad",
        "ondernemersvereniging-havenberg",
        "p001",
        "p079",
    ]
    rules = _rules(openpyxl.load_workbook(saved)["Lidmaatschappen"])
    assert (rules["A"].formula1, rules["B"].formula1) == ("pn_members", "pn_bodies")


def test_validate_on_an_empty_template_says_there_is_no_data(tmp_path):
    empty = pn.template(tmp_path / "leeg.xlsx")
    result = CliRunner().invoke(cli, ["validate", str(empty), "--lang", "en"])
    assert result.exit_code == 0
    assert "1 warning:" in result.output
    assert "there are no organisations and no bodies: nothing to analyse yet." in result.output


def test_template_never_replaces_the_register_it_is_made_from_even_with_force(tmp_path):
    """The rule of pn.write and every writer (issue 14f): an existing file only with ``force=True``, an input
    never; a register given as a loaded landscape is an input too (its ``source``)."""
    register = pn.write(pn.load(FIXTURES / "mini"), tmp_path / "register.xlsx")
    before = register.read_bytes()
    for source in (register, pn.load(register)):
        with pytest.raises(pn.UsageError, match="invoerbestand|input file"):
            pn.template(register, source=source, force=True)
    assert register.read_bytes() == before
    made = pn.template(tmp_path / "t.xlsx", source=pn.load(register))
    with pytest.raises(pn.UsageError, match="force=True"):
        pn.template(made, source=pn.load(register))
    assert pn.template(made, source=pn.load(register), force=True) == made
