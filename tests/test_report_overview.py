"""The report's network picture and its relative link to the map (issue 15, item 5)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from urllib.parse import urljoin

import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.language.report import Texts
from partnernet.report import build_document, overview
from partnernet.report.analyses import run
from partnernet.cli import cli
from partnernet.report.document import Figure, Link

from conftest import EXAMPLE, FIXTURES

DATE = "2026-01-01"
HOSTILE = '--><script>alert(1)</script><a href="http://evil.example/x">'


@pytest.fixture(scope="module")
def results():
    return run(pn.load(EXAMPLE).at(DATE))


def document(results, lang="nl", map_file="rapport-kaart.html"):
    return build_document(
        results, Texts(lang), source="regio-voorbeeld", day=pd.Timestamp(DATE), pseudonymised=False, map_file=map_file
    )


def test_the_picture_follows_the_findings_with_its_legend_and_marks(results):
    doc = document(results)
    assert doc.sections[0].key == "wat-te-doen"  # the action table first, then the picture
    first = doc.sections[1]
    assert first.key == "overzicht" and first.title == "Het netwerk in één beeld"
    figure = next(b for b in first.blocks if isinstance(b, Figure))
    assert (
        "verbinders (z-score brokerage tussen domeinen ten minste 1,96)" in figure.title
        and "Getekend" not in figure.title
    )
    svg = figure.svg
    # legend and marks are drawn as text paths; matplotlib keeps each text in an (escaped) comment
    for word in ("Domein", "bestuur", "zorg", "kwetsbare schakel", "verbinder", "onmisbare verbinding"):
        assert f"<!-- {word} -->" in svg
    # labels for the marked organisations only (46 organisations: more than LABEL_ALL)
    marked = {"Gemeente Veldstad", "Politie Veldland CT-team (CTER)", "Openbaar Ministerie, Parket Veldland"}
    assert all(f"<!-- {name} -->" in svg for name in marked)
    assert "<!-- GGZ Veldland -->" not in svg
    english = next(b for b in document(results, "en").sections[1].blocks if isinstance(b, Figure))
    assert (
        "<!-- single point of failure -->" in english.svg
        and "connectors (z-score of brokerage between domains at least 1.96)" in english.title
    )


def test_the_picture_is_deterministic(results):
    assert overview.overview_figure(results, Texts("nl")).svg == overview.overview_figure(results, Texts("nl")).svg


def test_user_strings_are_escaped_and_nothing_is_fetched(results):
    land = results.land
    organisations = land.organisations.copy()
    organisations.loc["gemeente-veldstad", "name"] = HOSTILE
    hostile = run(land.replace(organisations=organisations))
    svg = overview.overview_figure(hostile, Texts("nl")).svg
    assert "<script" not in svg and "&lt;script&gt;" in svg  # the name only in an escaped comment ("- -&gt;")
    markup = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    assert "evil" not in markup and "script" not in markup  # the comment could not be closed early
    assert not re.search(r"(href|src)=\"(?!#)", markup)  # no reference outside the SVG itself
    html = pn.report(hostile.land, Path(pytest.importorskip("tempfile").mkdtemp()) / "r.html", include_map=False)[0]
    assert "<script" not in html.read_text(encoding="utf-8")


def test_large_networks_draw_the_most_connected_and_every_marked_organisation(results, monkeypatch):
    monkeypatch.setattr(overview, "MAX_NODES", 10)
    figure = overview.overview_figure(results, Texts("nl"))
    drawn = len(overview._chosen_nodes(results.land.graph("organisations"), overview._marks(results)))
    assert 10 <= drawn < 44
    assert f"Getekend: {drawn} van de 44 organisaties met een partner" in figure.title
    marks = overview._marks(results)
    chosen = set(overview._chosen_nodes(results.land.graph("organisations"), marks))
    assert set(marks["connector"]) <= chosen and set(marks["articulation"].index) <= chosen


def test_relative_link_to_the_map_next_to_the_report(tmp_path):
    """On the mini landscape: the link does not depend on the landscape."""
    report = tmp_path / "mijn rapport #1.html"
    written = pn.report(pn.load(FIXTURES / "mini"), report, at=DATE)
    assert written == [report, tmp_path / "mijn rapport #1-kaart.html"]
    html = report.read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]+)">Open de interactieve kaart', html)
    assert hrefs and set(hrefs) == {"./mijn%20rapport%20%231-kaart.html"}
    assert urljoin(report.as_uri(), hrefs[0]) == written[1].as_uri()  # resolves to the map itself
    assert written[1].is_file()
    bare = tmp_path / "zonder.html"
    assert pn.report(pn.load(FIXTURES / "mini"), bare, at=DATE, include_map=False) == [bare]
    assert "interactieve kaart" not in bare.read_text(encoding="utf-8")


def test_markdown_links_the_picture_and_xlsx_leaves_it_out(results, tmp_path):
    from partnernet.report.render import to_markdown

    doc = document(results, map_file="r-kaart.html")
    text = to_markdown(doc, tmp_path / "r_files", "r_files/")
    assert "## Het netwerk in één beeld" in text and "](r_files/figure-1.svg)" in text
    assert "[Open de interactieve kaart (r-kaart.html)](./r-kaart.html)" in text
    assert (tmp_path / "r_files" / "figure-1.svg").read_text(encoding="utf-8").startswith("<?xml")
    assert any(isinstance(b, Link) for b in doc.sections[1].blocks)


def test_pdf_without_chromium_is_a_clear_usage_error(tmp_path, monkeypatch, english):
    """Refused before the analyses run (the user learns it at once), and no file is written."""
    report_module = importlib.import_module("partnernet.report")  # pn.report is the function

    def no_analyses(*args, **kwargs):
        raise AssertionError("the analyses ran before the missing Chromium was found")

    monkeypatch.setattr(report_module, "run", no_analyses)
    monkeypatch.setenv("PARTNERNET_CHROMIUM", "")
    monkeypatch.setenv("PATH", str(tmp_path))  # no chromium on it
    result = CliRunner().invoke(cli, ["report", str(EXAMPLE), "--at", DATE, "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "needs headless Chromium" in result.output
    assert not (tmp_path / "r.pdf").exists()
    monkeypatch.setenv("PARTNERNET_CHROMIUM", "/no/such/chromium")
    result = CliRunner().invoke(
        cli, ["report", str(EXAMPLE), "--at", DATE, "--to", "pdf", "-o", str(tmp_path / "r2.pdf")]
    )
    assert result.exit_code == 2 and "PARTNERNET_CHROMIUM" in result.output
