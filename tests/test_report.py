"""The steering-group report on the example region: content, languages, formats, privacy, CLI."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import openpyxl
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import EXAMPLE, FIXTURES

DATE = "2026-01-01"


class Text(HTMLParser):
    """Visible text of a page, and the texts of its headings and table headers."""

    def __init__(self):
        super().__init__()
        self.parts, self.labels, self._stack = [], [], []

    def handle_starttag(self, tag, attrs):
        self._stack.append(tag)

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if self._stack and self._stack[-1] in ("style", "script", "title"):
            return
        data = data.replace("\u00ad", "")  # soft hyphens in table headers are invisible unless a line breaks
        self.parts.append(data)
        if self._stack and self._stack[-1] in ("h1", "h2", "h3", "th", "summary", "figcaption"):
            self.labels.append(data.strip())


def parse(html: str) -> Text:
    text = Text()
    text.feed(html)
    return text


@pytest.fixture(scope="module")
def reports(example_reports):
    written = {lang: example_reports(lang, "html") for lang in ("nl", "en")}
    return {lang: (paths, paths[0].read_text(encoding="utf-8")) for lang, paths in written.items()}


def findings(html: str) -> list[str]:
    block = re.search(r'<ol class="findings">(.*?)</ol>', html, re.S).group(1)
    # the finding's sentence, without its advice line (tests/test_report_advice.py checks those)
    return [
        re.sub(r"\s+", " ", f.split('<span class="advice">')[0]).strip()
        for f in re.findall(r"<li>(.*?)</li>", block, re.S)
    ]


def test_dutch_findings_come_first_with_their_numbers(reports):
    found = findings(reports["nl"][1])
    assert 5 <= len(found) <= 10
    assert found[0] == (
        "Gemeente Klein-Dorp besteedt 46,0 uur per maand aan 9 overleggen, 2,3 keer de beschikbare capaciteit van "
        "20,0 uur. Ook Gemeente Lindeloo (1,1 keer) zit boven de eigen capaciteit."
    )
    assert all(re.search(r"\d", f) or "twee" in f or "Als de " in f for f in found)
    text = " ".join(found)
    assert "Casustafel Top-X Centrum en Casustafel Top-X Noord hebben 7 van hun 9 deelnemers gemeen" in text
    assert (
        "rust op twee mensen: de senior adviseur openbare orde en veiligheid (radicalisering) van Gemeente Veldstad "
        "en de coördinator contraterrorisme, extremisme en radicalisering (CTER) van Politie Veldland CT-team (CTER)"
    ) in text
    assert "Openbaar Ministerie, Parket Veldland zit aan 9 overleggen maar is niet de spil" in text
    assert "GGZ Veldland" in text  # outside the covenant


def test_english_findings(reports):
    found = findings(reports["en"][1])
    assert found[0] == (
        "Gemeente Klein-Dorp spends 46.0 hours per month at 9 tables, 2.3 times its available capacity of 20.0 hours. "
        "Gemeente Lindeloo (1.1 times) is above its capacity too."
    )


def test_three_criteria_then_the_rest_and_no_composite_score(reports):
    html = reports["nl"][1]
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    assert headings == [
        "Belangrijkste bevindingen",
        "Wat te doen",
        "Het netwerk in één beeld",
        "Robuustheid",
        "Legitimiteit",
        "Doelgerichtheid",
        "Verbinders",
        "Regie",
        "Verloop",
        "Kaart",
        "Begrippenlijst",
        "Bijlage: tabellen en gegevens",
        "Bronnen",
    ]
    assert "Een vuistregel, geen meting" in html and "Provan &amp; Kenis (2008)" in html  # the latter in the glossary
    assert "geen totaalscore" in html
    assert re.findall(r"<h2>(.*?)</h2>", reports["en"][1])[2:6] == [
        "The network at a glance",
        "Robustness",
        "Legitimacy",
        "Goal focus",
    ]


ENGLISH_ONLY = re.compile(
    r"\b(hours|members|organisations|tables|the|and|into|group|True|False|persons|"
    r"capacity|shared|bodies|reason|unknown|level)\b"
)
DUTCH_ONLY = re.compile(
    r"\b(uur|overleggen|organisaties|deelnemers|het|en|van|naar|personen|capaciteit|"
    r"gedeelde|reden|onbekend|niveau|zorg|bestuur|veiligheid)\b"
)


def test_no_mixed_language_in_labels(reports):
    dutch = parse(reports["nl"][1]).labels
    english = parse(reports["en"][1]).labels
    assert [label for label in dutch if ENGLISH_ONLY.search(label)] == []
    assert [label for label in english if DUTCH_ONLY.search(label) and "Is " not in label] == []


def test_vocabulary_is_translated_in_dutch_tables(reports):
    html = reports["nl"][1]
    assert re.search(r"<td[^>]*>zorg</td>", html) and not re.search(r"<td[^>]*>care</td>", html)
    assert "de groep in" in html and "into the group" not in html and "into_the_group" not in html
    assert "geen personen in het register" in html
    assert re.search(r"<td[^>]*>care</td>", reports["en"][1])


def test_numbers_are_written_per_language(reports):
    assert "0,53" in reports["nl"][1] and "0.53" in reports["en"][1]  # E-I index of the administration


def test_html_is_self_contained_and_offline(reports):
    paths, html = reports["nl"]
    assert not re.search(r"(src|href)=[\"']https?://", html)
    assert "Content-Security-Policy" in html and "<script" not in html
    # the network picture, the robustness curve and hours against capacity
    assert html.count("data:image/svg+xml;base64,") == 3
    assert [p.name for p in paths] == ["report-nl.html", "report-nl-kaart.html"]
    assert "report-nl-kaart.html" in html
    assert not re.search(r"(src|href)=[\"']https?://", paths[1].read_text(encoding="utf-8"))


def test_markdown_has_the_same_content(tmp_path):
    path = pn.report(pn.load(EXAMPLE), tmp_path / "rapport.md", at=DATE)[0]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Netwerkanalyse samenwerkingsverbanden")
    assert "## Robuustheid" in text and "## Legitimiteit" in text and "## Doelgerichtheid" in text
    assert "1. Gemeente Klein-Dorp besteedt 46,0 uur per maand aan 9 overleggen" in text
    assert (tmp_path / "rapport_files" / "figure-1.svg").exists()


def test_xlsx_one_sheet_per_analysis_and_no_formula(tmp_path, mini):
    from conftest import edit

    edit(mini, "organisations", replace=("Openbaar Ministerie", '"=HYPERLINK(""http://x"";""klik"")"'))
    path = pn.report(pn.load(mini), tmp_path / "report.xlsx", lang="en")[0]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Findings" and book.sheetnames[-1] == "Explanation"
    assert {
        "Load",
        "Centrality",
        "Connectors",
        "Overlap",
        "Hierarchy",
        "Covenants",
        "Domains",
        "Bus factor",
        "Persons",
        "Turnover",
    } <= set(book.sheetnames)
    formulas = [c for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    texts = [
        c
        for ws in book
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")
    ]
    assert texts and all(c.data_type == "s" for c in texts)


def test_pseudonymised_report_shows_no_person(tmp_path):
    land = pn.load(EXAMPLE)
    paths = pn.report(land, tmp_path / "r.html", at=DATE, pseudonymise=True)
    everything = "".join(p.read_text(encoding="utf-8") for p in paths)
    for person_id, name in land.persons["name"].dropna().items():
        assert name not in everything, name
        assert f"({person_id})" not in everything
    assert "P-" in everything and "pseudoniem" in everything


def test_persons_without_names_appear_by_function_with_names(tmp_path):
    """With --names a person without a name is their function, as without --names, never a bare id (issue 15,
    tester item 2); ids only in the appendix's id column; by default every person is their function."""
    named = pn.report(pn.load(FIXTURES / "mini"), tmp_path / "r.html", names=True)[0].read_text(encoding="utf-8")
    body, appendix = " ".join(parse(named).parts).split("Bijlage: tabellen en gegevens", 1)
    assert "A. Jansen" in appendix and "CT-coordinator van" in appendix and not re.search(r"\bp[123]\b", body)
    assert re.search(r"\bp2\b", appendix) and "A. Jansen (p1)" not in named
    assert not re.search(r"\b(None|nan|NaN)\b", named)
    plain = pn.report(pn.load(FIXTURES / "mini"), tmp_path / "s.html")[0].read_text(encoding="utf-8")
    assert "CT-coordinator van" in plain and not re.search(r"\bp[123]\b", " ".join(parse(plain).parts))


def test_report_command(tmp_path):
    result = CliRunner().invoke(
        cli, ["report", str(EXAMPLE), "-o", str(tmp_path / "r.html"), "--at", DATE, "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr and (tmp_path / "r-map.html").exists()
    assert "Key findings" in (tmp_path / "r.html").read_text(encoding="utf-8")
    markdown = CliRunner().invoke(cli, ["report", str(EXAMPLE), "-o", str(tmp_path / "r.md"), "--to", "md"])
    assert markdown.exit_code == 0 and (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Netwerkanalyse")


def test_report_on_a_plain_edge_list(tmp_path):
    """No persons, frequencies, covenants, dates or hierarchy: the report still says what it can."""
    from conftest import DATA

    paths = pn.report(pn.load(DATA / "edgelist-voorbeeld.csv"), tmp_path / "r.html")
    html = paths[0].read_text(encoding="utf-8")
    assert "Belangrijkste bevindingen" in html and "Er zijn geen convenanten vastgelegd" in html


@pytest.mark.parametrize(
    "args, words",
    [
        (["-o", "r.docx"], ["'.docx'", ".html", ".pdf", "html, md, xlsx, pdf"]),
        (["--to", "pdf", "-o", "r.html"], ["'.html'", "pdf", ".pdf"]),
        (["--to", "xlsx", "-o", "r.md"], ["'.md'", "xlsx", ".xlsx"]),
    ],
)
def test_a_report_file_named_for_another_format_is_a_usage_error(tmp_path, args, words):
    """Issue 15, tester: '-o x.docx' wrote HTML named .docx and '--format pdf -o y.html' a PDF named .html."""
    args = [a if not a.startswith("r.") else str(tmp_path / a) for a in args]
    result = CliRunner().invoke(cli, ["report", str(EXAMPLE), "--no-map", *args])
    assert result.exit_code == 2, result.output
    assert all(word in result.stderr for word in words), result.stderr
    assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []


FORMAT_CHOICES = [None, "html", "md", "xlsx", "pdf"]
SUFFIXES = ["", ".html", ".htm", ".md", ".markdown", ".xlsx", ".pdf", ".docx", ".txt", ".csv"]


class Reached(Exception):
    """Raised by a stand-in for the analyses: the report got past every check of its file name."""


@pytest.mark.parametrize("given", FORMAT_CHOICES)
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_format_and_suffix_either_matches_or_is_a_usage_error(tmp_path, monkeypatch, given, suffix):
    """Issue 15 (tester, item 7): the whole matrix of --format and -o suffix. A suffix that names the format
    (or, without --format, any known suffix) goes on to the analyses; every other pair, an unknown suffix
    and no suffix at all exit 2 before anything is written."""
    import importlib

    from partnernet.report import SUFFIX_FORMAT

    def reached(*args, **kwargs):
        raise Reached

    monkeypatch.setattr(importlib.import_module("partnernet.report"), "run", reached)
    named = SUFFIX_FORMAT.get(suffix)
    args = ["report", str(EXAMPLE), "--no-map", "-o", str(tmp_path / f"r{suffix}")]
    result = CliRunner().invoke(cli, args + (["--format", given] if given else []))
    if named is not None and given in (None, named):
        assert isinstance(result.exception, Reached) or "Reached" in result.output, result.output
    else:
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output
        assert list(tmp_path.iterdir()) == []


def test_a_matching_suffix_in_any_case_is_fine(tmp_path):
    paths = pn.report(pn.load(EXAMPLE), tmp_path / "r.HTM", to="html", include_map=False)
    assert [p.name for p in paths] == ["r.HTM"]
    assert paths[0].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_takes_to_as_the_command_does_and_format_still_works(tmp_path):
    """``to=`` is the document type, as ``--to`` (issue 14f); ``format=``, its former name, still works with a
    DeprecationWarning, and the two naming different types are refused."""
    land = pn.load(FIXTURES / "mini")
    with pytest.warns(DeprecationWarning, match="to='md'"):
        paths = pn.report(land, tmp_path / "old.md", format="md", include_map=False)
    assert paths[0].name == "old.md"
    with pytest.raises(pn.UsageError, match="to= html") as refused, pytest.warns(DeprecationWarning):
        pn.report(land, tmp_path / "r.md", to="html", format="md")
    assert refused.value.code == "report_to_twice" and not (tmp_path / "r.md").exists()
    with pytest.raises(pn.UsageError, match=r"\(to=\)"):
        pn.report(land, tmp_path / "r.md", to="html")
