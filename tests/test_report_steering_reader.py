"""What a fresh tester of the steering-group report found (issue 15, part H), checked on what the reader sees.

Blank domains are missing data; --names never shows a bare person id; no CLI flags or index names in the
main text; a body new this year is "nieuw overleg", not 100% turnover; every table of the report is a
sheet of its workbook, through one table registry.
"""

from __future__ import annotations

import html as html_module
import re
import shutil

import openpyxl
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.language.report import Texts
from partnernet.language.workbook import WORDS
from partnernet.report import build_document
from partnernet.report.analyses import run
from partnernet.report.render import to_html, to_markdown
from partnernet.report.tables import TABLES, sheet_title

from conftest import EXAMPLE

DATE = "2026-01-01"
#: Index names and jargon the main text must not use (they belong to the glossary and the appendix).
JARGON = ("z-score", "Jaccard", "KPP", "E-I", "busfactor", "bus factor", "DF")
#: Where the main text ends: the glossary section, then the appendix.
MAIN_END = {"nl": 'id="begrippen"', "en": 'id="glossary"'}
BLANK = ("uwv", "fiod", "ggd-veldland")


def without_terms(text: str, lang: str) -> str:
    """``text`` without the terms of the measures the main text names by their one term (issue 14f: "E-I-index
    (hoe open een groep is)", as the tables say it): those are no jargon to a reader, the term is explained."""
    from partnernet.language.labels import LABELS
    from partnernet.language.report import PLAIN_COLUMNS

    for key in sorted(PLAIN_COLUMNS, key=lambda k: -len(LABELS[k][0 if lang == "nl" else 1])):
        text = text.replace(LABELS[key][0 if lang == "nl" else 1], " ")
    return text


def visible(page: str) -> str:
    """The text a reader sees on an HTML page: no tags, scripts or styles; soft hyphens removed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", page)).replace("\u00ad", "")


@pytest.fixture(scope="module")
def documents():
    land = pn.load(EXAMPLE).at(DATE)
    results = run(land, turnover_as_of=land.date, full_register=pn.load(EXAMPLE))
    return {
        lang: build_document(
            results, Texts(lang), source="regio-voorbeeld", day=land.date, pseudonymised=False, map_file="r-kaart.html"
        )
        for lang in ("nl", "en")
    }


@pytest.fixture(scope="module")
def blank_domains(tmp_path_factory):
    """The example region with three organisations whose domain cell is empty."""
    folder = tmp_path_factory.mktemp("blank") / "regio"
    shutil.copytree(EXAMPLE, folder)
    path = folder / "organisations.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        cells = line.split(",")
        if cells[0] in BLANK:
            cells[2] = ""
            lines[n] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


# -- 1. blank domains ------------------------------------------------------------------------------------------


def test_validate_warns_about_each_blank_domain_with_file_row_and_column(blank_domains, english):
    land = pn.load(blank_domains)
    warned = [w for w in land.warnings if w.code == "blank_domain"]
    assert sorted(dict(w.params)["id"] for w in warned) == sorted(BLANK)
    rows = {line.split(",")[0]: n for n, line in enumerate((blank_domains / "organisations.csv").open(), start=1)}
    assert {(w.file.endswith("organisations.csv"), w.row, w.column) for w in warned} == {
        (True, rows[o], "domain") for o in BLANK
    }
    result = CliRunner().invoke(cli, ["validate", str(blank_domains), "--lang", "en"])
    assert result.exit_code == 0 and result.output.count("has no domain") == 3, result.output
    assert not [w for w in pn.load(EXAMPLE).warnings if w.code == "blank_domain"]  # every domain filled in


def test_domain_tables_leave_blank_domains_out_and_say_how_many(blank_domains, tmp_path):
    land = pn.load(blank_domains).at(DATE)
    results = run(land)
    assert "(unknown)" not in results.ei["groups"].index and "(unknown)" not in results.periphery["domains"].index
    assert not set(BLANK) & set(results.ei["nodes"].index)
    # the E-I of the others is that of the network without the three organisations
    known = land.graph("organisations").subgraph([o for o in land.organisations.index if o not in BLANK])
    assert results.ei["groups"]["nodes"].sum() == known.number_of_nodes()
    for lang, words in (("nl", "3 organisaties hebben in het register geen domein"), ("en", "3 organisations have no")):
        path = pn.report(pn.load(blank_domains), tmp_path / f"r-{lang}.html", at=DATE, lang=lang, include_map=False)[0]
        page = path.read_text(encoding="utf-8")
        legitimacy = visible(
            page.split('id="legitimiteit"' if lang == "nl" else 'id="legitimacy"')[1].split("<section")[0]
        )
        assert words in legitimacy and "UWV; FIOD" in legitimacy
        assert "(onbekend)" not in legitimacy and "(unknown)" not in legitimacy
        assert words in visible(page.split('id="bijlage"' if lang == "nl" else 'id="appendix"')[1])  # the data gaps


# -- 2. --names -------------------------------------------------------------------------------------------------


def test_names_describe_a_person_without_a_name_and_keep_ids_for_the_appendix(tmp_path):
    """p061 (AIVD) has no name in the example: with --names the report says 'accountmanager AIVD van AIVD'
    (the helper used without --names), never 'p061'; ids appear only in the appendix."""
    page = pn.report(pn.load(EXAMPLE), tmp_path / "n.html", at=DATE, names=True, include_map=False)[0]
    text = visible(page.read_text(encoding="utf-8"))
    body, appendix = text.split("Bijlage: tabellen en gegevens", 1)
    assert not re.search(r"\bp\d{3}\b", body)
    assert "accountmanager AIVD van AIVD" in text and "R. de Graaf" in body
    assert "p061" in appendix and "p002" in appendix  # the person id column of the appendix tables


# -- 3. the reader's words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("printing", [False, True])
def test_main_text_has_no_flags_and_no_index_names(documents, lang, printing):
    """The main text (up to the glossary) of the HTML and of the lean printed version (with its 'first rows'
    notes) holds no CLI flag and none of the jargon words; the appendix says how to run the versions."""
    page = to_html(documents[lang], printing=printing)
    main, rest = page.split(MAIN_END[lang], 1)
    text = visible(main)
    assert not re.search(r"(?<![\w-])--\w", text), re.search(r"(?<![\w-])--\w.{0,40}", text)
    plain = without_terms(text, lang)
    found = [w for w in JARGON if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", plain, flags=re.I)]
    assert found == [], found
    assert "--to xlsx" in visible(rest) and "--full" in visible(rest)
    if printing:
        assert ("Excel-werkmap bevatten alle rijen" if lang == "nl" else "Excel workbook hold every row") in text


def test_main_text_of_the_markdown_has_no_flags(documents, tmp_path):
    text = to_markdown(documents["nl"], tmp_path / "f", "f/")
    main = text.split("## Begrippenlijst", 1)[0]
    assert "--" not in re.sub(r"\|[-| ]+\|", "", main).replace("---", "")
    assert not [w for w in JARGON if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", without_terms(main, "nl"))]


def test_plain_words_in_main_tables_and_index_names_in_the_glossary(documents):
    main, rest = (visible(part) for part in to_html(documents["nl"]).split(MAIN_END["nl"], 1))
    # one term per measure (issue 14f), a plain explanation after it in the main text
    assert "z-score brokerage tussen domeinen (hoe ver boven toeval)" in main and "gemiddelde tussenpositie" in main
    assert "E-I-index (hoe open een groep is)" in main and "naar buiten gericht" not in main
    assert "gem. tussenpositie" not in main
    assert "Z-score (hoe ver boven toeval)" in rest and "E-I-index (hoe open een groep is)" in rest


# -- 4. a new body ----------------------------------------------------------------------------------------------


def test_a_body_new_this_year_says_new_body_instead_of_100_percent(documents, example_2026):
    """Regionaal Ondermijningsberaad Veldland started on 2025-09-01: all 12 members are new because the body is."""
    moving = pn.turnover(pn.load(EXAMPLE), as_of=DATE)["bodies"]
    assert moving.loc["regionaal-ondermijningsberaad", "new_body"]
    assert not moving.drop("regionaal-ondermijningsberaad")["new_body"].any()
    for lang, word in (("nl", "nieuw overleg"), ("en", "new body")):
        text = visible(to_html(documents[lang]))
        rows = [line for line in text.split("\n") if "Regionaal Ondermijningsberaad Veldland" in line and word in line]
        assert rows and not any("100%" in row for row in rows), rows
        assert "100%" not in text.split(word)[0].rsplit("Regionaal Ondermijningsberaad Veldland", 1)[1]


# -- 6. one sheet per table --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_table_of_the_report_is_a_sheet_of_its_workbook(documents, lang, tmp_path):
    """The set of the report's tables (their registry keys) is the set of the workbook's sheets, besides the
    findings and the explanation; each with a frozen header, an autofilter and explained columns."""
    from partnernet.report.document import Table

    document = documents[lang]
    tables = [b for s in document.sections for b in s.blocks if isinstance(b, Table)]
    assert tables and all(t.key in TABLES for t in tables), [t.title for t in tables if t.key not in TABLES]
    texts = Texts(lang)
    expected = {sheet_title(t.key, texts) for t in tables}
    from partnernet.report.render import to_xlsx

    path = tmp_path / "r.xlsx"
    to_xlsx(document, path)
    book = openpyxl.load_workbook(path)
    extra = {WORDS["sheet_findings"][0 if lang == "nl" else 1], WORDS["sheet_explanation"][0 if lang == "nl" else 1]}
    assert set(book.sheetnames) - extra == expected and len(book.sheetnames) == len(expected) + 2
    for name in ("Sleutelspelers", "Informatiestromen", "Convenantdekking", "Zetels", "Aantallen"):
        assert (name in book.sheetnames) == (lang == "nl")
    explanation = book[book.sheetnames[-1]]
    unexplained = WORDS["unexplained"][0 if lang == "nl" else 1]
    assert [r for r in explanation.iter_rows(values_only=True) if r[2] == unexplained] == []
    for sheet in book:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions, sheet.title


def test_an_excerpt_shares_the_sheet_of_the_whole_table(documents, tmp_path):
    """The main text's 15 most loaded organisations and the appendix's 46 are one sheet with all 46 rows."""
    sheets = documents["nl"].sheets()
    assert not sheets["overload"].excerpt and len(sheets["overload"].frame) == 46
    assert sheets["key_players"].key == "key_players"


def test_every_registry_key_has_a_sheet_name_in_both_languages():
    for lang in ("nl", "en"):
        names = [sheet_title(key, Texts(lang)) for key in TABLES]
        assert len({n.lower() for n in names}) == len(names) and all(len(n) <= 31 for n in names)
    with pytest.raises(KeyError):
        sheet_title("no_such_table", Texts("nl"))


def test_a_register_without_any_domain_says_so_in_the_legitimacy_section(tmp_path):
    """Every domain blank: the domain tables are gone, and the section says why in the reader's words."""
    import shutil

    import pandas as pd

    import partnernet as pn

    from conftest import EXAMPLE

    folder = tmp_path / "geen-domeinen"
    shutil.copytree(EXAMPLE, folder)
    organisations = pd.read_csv(folder / "organisations.csv", dtype=str, keep_default_na=False)
    organisations.assign(domain="").to_csv(folder / "organisations.csv", index=False)
    for lang, words in (("nl", "Geen enkele organisatie heeft in het register een domein"),
                        ("en", "No organisation has a domain in the register")):  # fmt: skip
        out = tmp_path / f"r-{lang}.md"
        pn.report(pn.load(folder), out, at="2026-01-01", lang=lang)
        text = out.read_text(encoding="utf-8")
        appendix = text.index("## Bijlage" if lang == "nl" else "## Appendix")
        assert 0 <= text.index(words) < appendix
