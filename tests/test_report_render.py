"""Report renderers: escaping, number formats per language, Excel safety, deterministic charts."""

from __future__ import annotations

import re

import openpyxl
import pandas as pd

from partnernet.language import numbers as i18n
from partnernet.report import charts
from partnernet.report.document import Bullets, Document, Figure, Paragraph, Section, Table
from partnernet.report.render import md_escape, sheet_name, to_html, to_markdown, to_xlsx

EVIL = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
LABELS = {
    "findings": "Bevindingen",
    "contents": "Inhoud",
    "footer": "voet",
    "show_rows": "Toon {n} rijen",
    "rows_cut": "De eerste {shown} van {n} rijen.",
}


def document(lang="nl"):
    frame = pd.DataFrame({"naam": [EVIL, '=HYPERLINK("http://x")'], "uren": [46.0, 2.25], "aandeel": [0.5, 0.126]})
    svg = charts.hours_against_capacity(
        pd.DataFrame({"hours": [3.5, 1.0], "capacity": [2.0, 4.0]}, index=[EVIL, "b"]),
        {"capacity": "capaciteit", "hours": "uren"},
        lang,
    )
    section = Section(
        "robustheid",
        f"Robuustheid {EVIL}",
        [
            Paragraph(f"Tekst {EVIL}"),
            Bullets([EVIL]),
            Table(f"Tabel {EVIL}", frame, note=EVIL, sheet="Belasting", formats={"uren": "1", "aandeel": "percent"}),
            Figure("Figuur", svg, EVIL),
        ],
    )
    return Document(f"Titel {EVIL}", "sub", lang, [f"Bevinding {EVIL}"], [section], LABELS)


def test_html_escapes_every_user_string_and_stays_offline():
    page = to_html(document())
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert not re.search(r"(src|href)=[\"']https?://", page)
    assert "data:image/svg+xml;base64," in page
    assert "Content-Security-Policy" in page


def test_numbers_per_language():
    assert i18n.number(2.3, "nl") == "2,3" and i18n.number(2.3, "en") == "2.3"
    assert i18n.number(1234.5, "nl") == "1.234,5" and i18n.number(1234.5, "en") == "1,234.5"
    assert i18n.percent(0.125, "nl", 1) == "12,5%"
    assert i18n.listing(["a", "b", "c"], "nl") == "a, b en c" and i18n.listing(["a", "b"], "en") == "a and b"
    assert "46,0" in to_html(document("nl")) and "46.0" in to_html(document("en"))
    assert "13%" in to_html(document("nl")) and "50%" in to_html(document("en"))
    assert i18n.number(float("nan"), "nl") == "–"


def test_markdown_escapes_for_markdown_and_html(tmp_path):
    text = to_markdown(document(), tmp_path / "fig", "fig/")
    assert "<img" not in text and "<script>" not in text
    assert "&lt;img src=x onerror=alert\\(1\\)&gt;" not in text  # parentheses are not special
    assert md_escape("a|b*c") == "a\\|b\\*c"
    assert (tmp_path / "fig" / "figure-1.svg").exists() and "](fig/figure-1.svg)" in text
    assert "| 46,0 |" in text.replace("  ", " ")


def test_xlsx_one_sheet_per_table_and_no_formula(tmp_path):
    path = tmp_path / "r.xlsx"
    to_xlsx(document(), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Bevindingen", "Belasting", "Toelichting"]
    cells = [c for row in book["Belasting"].iter_rows() for c in row]
    hyperlink = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
    assert hyperlink and all(c.data_type == "s" for c in hyperlink)
    assert book["Belasting"]["B2"].value == 46.0  # numbers stay numbers


def test_sheet_names_are_valid_and_unique():
    taken = set()
    assert sheet_name("Belasting [uren]/maand: *", taken) == "Belasting  uren  maand"
    assert sheet_name("x" * 40, taken) == "x" * 31
    assert sheet_name("x" * 40, taken) == "x" * 27 + " (2)"


def test_charts_are_deterministic_svg():
    a = charts.robustness_curve(
        pd.DataFrame({"targeted": [0.1, 0.5], "random": [0.1, 0.2]}),
        {"targeted": "t", "random": "r", "removed": "n", "fragmentation": "F"},
        "nl",
    )
    b = charts.robustness_curve(
        pd.DataFrame({"targeted": [0.1, 0.5], "random": [0.1, 0.2]}),
        {"targeted": "t", "random": "r", "removed": "n", "fragmentation": "F"},
        "nl",
    )
    assert a == b and a.lstrip().startswith("<?xml") and "<script" not in a
    hours = charts.hours_against_capacity(
        pd.DataFrame({"hours": [46.0, 10.0], "capacity": [20.0, float("nan")]}, index=["Klein-Dorp", "Stad"]),
        {"capacity": "capaciteit", "hours": "uur per maand"},
        "nl",
    )
    assert "<svg" in hours


def test_long_tables_are_cut_on_the_page_but_whole_in_excel(tmp_path):
    from partnernet.report import render

    frame = pd.DataFrame({"n": range(render.MAX_ROWS + 5)})
    doc = Document("T", "s", "nl", [], [Section("a", "A", [Table("lang", frame, sheet="lang")])], LABELS)
    page = to_html(doc)
    assert page.count("<tr>") == render.MAX_ROWS + 1 and "De eerste 1.000 van 1.005 rijen." in page
    assert to_markdown(doc).count("\n| ") == render.MAX_ROWS + 1
    to_xlsx(doc, tmp_path / "t.xlsx")
    assert openpyxl.load_workbook(tmp_path / "t.xlsx")["lang"].max_row == render.MAX_ROWS + 6


def test_long_header_words_carry_soft_hyphens_in_the_report_language():
    """Printed narrow, a header breaks as 'deel-nemers', never 'deelne|mers' (issue 15, tester)."""
    from partnernet.report.hyphens import soft_hyphens

    assert soft_hyphens("gedeelde deelnemers", "nl") == "gedeelde deel\u00adne\u00admers"
    assert soft_hyphens("uur per maand", "nl") == "uur per maand"  # short words stay whole
    assert soft_hyphens("shared participants", "en").replace("\u00ad", "") == "shared participants"
    assert "\u00ad" in soft_hyphens("participants", "en")
