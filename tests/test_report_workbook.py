"""The report's workbook as an analyst uses it (issue 15, item 7): number formats, filters,
frozen headers, the explanation sheet, findings linked to their sheets, names and properties."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

import partnernet as pn
from partnernet.language import numbers
from partnernet.language.labels import COLUMN_FORMATS, LABELS
from partnernet.language.report import PLAIN_COLUMNS as PLAIN
from partnernet.language.workbook import COLUMNS, EXCEL_FORMATS
from partnernet.report.workbook import SHEET_NAME_BAD, sheet_name


DATE = "2026-01-01"
NL_SHEETS = [
    "Bevindingen",
    "Acties voor de stuurgroep",
    "Kwetsbare schakels",
    "Sleutelspelers",
    "Busfactor",
    "Convenantdekking",
    "Informatiestromen",
    "Domeinen",
    "Binnen en buiten domein",
    "Belasting",
    "Overlap",
    "Geneste overleggen",
    "Hiërarchie",
    "Verbinders",
    "Verbinders (personen)",
    "Zonder verbinder",
    "Spil",
    "Verloop",
    "Zetels",
    "Begrippen",
    "Aantallen",
    "Centraliteit",
    "Convenanten",
    "Personen",
    "Toelichting",
]


@pytest.fixture(scope="module")
def books(example_reports):
    return {lang: openpyxl.load_workbook(example_reports(lang, "xlsx")[0]) for lang in ("nl", "en")}


def columns(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


def formats(sheet, header: str) -> set[str]:
    """The number formats of the numeric cells under ``header``."""
    column = columns(sheet)[header]
    return {
        row[0].number_format
        for row in sheet.iter_rows(min_row=2, min_col=column, max_col=column)
        if isinstance(row[0].value, (int, float)) and not isinstance(row[0].value, bool)
    }


def test_sheet_names_are_spelled_properly_and_valid(books):
    assert books["nl"].sheetnames == NL_SHEETS
    assert (
        books["en"].sheetnames[:3] == ["Findings", "Actions for the steering group", "Single points of failure"]
        and books["en"].sheetnames[-1] == "Explanation"
    )
    assert "Hierarchy" in books["en"].sheetnames
    for book in books.values():
        assert all(len(n) <= 31 and not SHEET_NAME_BAD.search(n) for n in book.sheetnames)


def test_sheet_name_rules():
    taken = set()
    assert sheet_name("'Belasting [uren]/maand: *'", taken) == "Belasting  uren  maand"
    assert sheet_name("x" * 40, taken) == "x" * 31 and sheet_name("X" * 40, taken) == "X" * 27 + " (2)"


def test_every_sheet_has_a_filter_and_a_frozen_header(books):
    for book in books.values():
        for sheet in book:
            assert sheet.freeze_panes == "A2", sheet.title
            assert sheet.auto_filter.ref == sheet.dimensions and sheet.dimensions.startswith("A1:"), sheet.title


def test_number_formats_follow_the_column(books):
    book = books["nl"]
    load = book["Belasting"]
    assert formats(load, "overleggen") == {"#,##0"}  # whole numbers
    assert formats(load, "vergaderuren per maand") == {"#,##0.0"}  # hours, one decimal
    assert formats(load, "aandeel uren zonder besluitvorming") == {"0%"}  # shares as percentages
    assert formats(load, "belasting (× capaciteit)") == {"#,##0.0"}  # as the report: one decimal
    assert formats(load, "capaciteit (uur/maand)") == {"#,##0.0"}  # hours
    row = next(r for r in load.iter_rows(min_row=2, values_only=True) if r[0] == "gemeente-klein-dorp")
    share = row[columns(load)["aandeel uren zonder besluitvorming"] - 1]
    assert 0 < share < 1  # the value stays the fraction; Excel shows it as a percentage
    assert formats(book["Overlap"], "overlap") == {"0%"}
    assert formats(book["Overlap"], "besparing (persoonsuren/maand, bovengrens)") == {"#,##0.0"}
    assert formats(book["Centraliteit"], "tussenpositie") == {"0%"}  # a share, as the report shows it
    assert formats(book["Verbinders"], "z-score brokerage tussen domeinen") == {"#,##0.0"}
    assert formats(book["Verloop"], "aandeel nieuw") == {"0%"}
    assert formats(book["Kwetsbare schakels"], "paren onbereikbaar zonder") == {"0%"}
    for sheet in book:  # no number is left in Excel's General format
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    assert cell.number_format != "General", (sheet.title, cell.coordinate)


def test_findings_link_to_the_sheet_behind_them(books):
    book = books["nl"]
    findings = book["Bevindingen"]
    assert [c.value for c in findings[1]] == ["Bevinding", "Details"]
    links = {
        row[0].value[:20]: (row[0].hyperlink.location if row[0].hyperlink else None, row[1].value)
        for row in findings.iter_rows(min_row=2)
    }
    assert links["Gemeente Klein-Dorp "] == ("'Belasting'!A1", "Belasting")
    assert links["Casustafel Top-X Cen"] == ("'Overlap'!A1", "Overlap")
    assert links["Een casus van Casust"] == ("'Hiërarchie'!A1", "Hiërarchie")
    for location, name in links.values():
        assert location is not None and name in book.sheetnames  # every finding of the region has a sheet


def test_the_explanation_sheet_explains_every_column(books):
    for lang, unexplained in (("nl", "(zie de kolomnaam)"), ("en", "(see the column name)")):
        book = books[lang]
        explanation = book[book.sheetnames[-1]]
        rows = {
            (sheet, column): meaning for sheet, column, meaning in explanation.iter_rows(min_row=2, values_only=True)
        }
        for sheet in book.worksheets[:-1]:
            for cell in sheet[1]:
                meaning = rows.get((sheet.title, cell.value))
                assert meaning and meaning != unexplained, (lang, sheet.title, cell.value)
    nl = books["nl"]["Toelichting"]
    assert [c.value for c in nl[1]] == ["Tabblad", "Kolom", "Betekenis"]
    meanings = {(s, c): m for s, c, m in nl.iter_rows(min_row=2, values_only=True)}
    assert meanings[("Belasting", "vergaderuren per maand")].startswith("Vergaderuren per maand: uren in overleg")
    assert "1,96" in meanings[("Verbinders", "z-score brokerage tussen domeinen")]


def test_document_properties(books):
    nl = books["nl"].properties
    assert nl.title == "Netwerkanalyse samenwerkingsverbanden" and nl.creator == f"partnernet {pn.__version__}"
    assert nl.language == "nl" and "peildatum 01-01-2026" in nl.subject
    assert books["en"].properties.language == "en"


def test_every_format_in_the_table_is_an_excel_format():
    """Every display format of the report has its Excel format; the explanations are in both languages."""
    assert set(COLUMN_FORMATS.values()) - {"mixed"} <= set(EXCEL_FORMATS)
    assert all(nl and en for nl, en in COLUMNS.values())


def decimals_shown(text: str) -> int:
    digits = text.rstrip("%").replace(",", "")
    return len(digits.split(".")[1]) if "." in digits else 0


def decimals_of(number_format: str) -> int:
    return len(number_format.split(".")[1].rstrip("%")) if "." in number_format else 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_number_shows_as_many_decimals_as_in_the_report(books, lang):
    """One table of formats for the report and its workbook: a number's Excel format has the decimals (and
    the percent sign) of the report's cell (:func:`partnernet.language.numbers.cell`) of its column."""
    column_of = {label[0 if lang == "nl" else 1]: column for column, label in [*LABELS.items(), *PLAIN.items()]}
    checked = 0
    for sheet in books[lang].worksheets:
        headers = [cell.value for cell in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for header, cell in zip(headers, row):
                if not isinstance(cell.value, (int, float)) or isinstance(cell.value, bool):
                    continue
                shown = numbers.cell(cell.value, COLUMN_FORMATS.get(column_of.get(header, ""), ""), "en")
                assert (decimals_of(cell.number_format), cell.number_format.endswith("%")) == (
                    decimals_shown(shown),
                    shown.endswith("%"),
                ), (sheet.title, header, cell.value, cell.number_format, shown)
                checked += 1
    assert checked > 500


@pytest.mark.parametrize("lang, yes, no", [("nl", "ja", "nee"), ("en", "yes", "no")])
def test_yes_no_columns_read_as_in_the_report(books, lang, yes, no):
    """Not Excel's TRUE/FALSE (WAAR/ONWAAR in a Dutch Excel): the report's own words."""
    book = books[lang]
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            assert not any(isinstance(cell.value, bool) for cell in row), sheet.title
    load = book["Belasting" if lang == "nl" else "Load"]
    overloaded = [
        row[columns(load)[LABELS["overloaded"][0 if lang == "nl" else 1]] - 1]
        for row in load.iter_rows(min_row=2, values_only=True)
    ]
    assert yes in overloaded and no in overloaded and set(overloaded) <= {yes, no, None}


def test_a_capacity_of_half_an_hour_shows_as_half_an_hour(tmp_path):
    """capacity_hours is hours: 0.5 is '0,5' in the report's table and 0.5 in '#,##0.0' in the workbook."""
    organisations = pd.DataFrame(
        [
            {"id": o, "name": f"Org {o}", "domain": "security", "level": "regional", "capacity_hours": c}
            for o, c in (("A", 0.5), ("B", 40), ("C", 12.3))
        ]
    )
    bodies = pd.DataFrame(
        [{"id": "X", "name": "Tafel X", "kind": "operational", "meetings_per_year": 12, "hours_per_meeting": 2}]
    )
    memberships = pd.DataFrame([{"member": o, "body": "X"} for o in "ABC"])
    land = pn.Landscape.from_tables(organisations=organisations, bodies=bodies, memberships=memberships)
    html = pn.report(land, tmp_path / "r.html", include_map=False)[0].read_text(encoding="utf-8")
    html = html.replace("\u00ad", "")  # headers carry soft hyphens (report/hyphens.py)
    header = html.index(">capaciteit (uur/maand)</th>")
    table = html[html.rindex("<table", 0, header) : html.index("</table>", header)]
    # hours 2,0 per month; capacity 0,5 (was shown as 0); load 4,0 times
    assert '<td class="num">2,0</td><td class="num">0,5</td><td class="num">4,0</td>' in table
    assert ">40,0<" in table and ">12,3<" in table
    book = openpyxl.load_workbook(pn.report(land, tmp_path / "r.xlsx")[0])
    load = book["Belasting"]
    capacity = [row[columns(load)["capaciteit (uur/maand)"] - 1] for row in load.iter_rows(min_row=2)]
    assert sorted(c.value for c in capacity) == [0.5, 12.3, 40] and {c.number_format for c in capacity} == {"#,##0.0"}
