"""A large landscape prints lean (issue 15, tester: 2,000 organisations gave a 134-page PDF because the
main-text tables ran for pages). Every table of a lean PDF, in the main text as in the appendix, prints
at most ``PRINT_ROWS`` rows, the most important first, and says where the rest is."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

import partnernet as pn
from partnernet.report.tables import PRINT_ROWS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """benchmarks/make_landscape.py at 300 organisations (seeded)."""
    folder = tmp_path_factory.mktemp("large") / "landschap"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "make_landscape.py"), "--organisations", "300", "-o", str(folder)],
        check=True,
        capture_output=True,
    )
    return folder


def _printed_html(land, tmp_path, monkeypatch, **options) -> str:
    """The HTML a lean PDF is printed from (Chromium itself is not needed to count rows)."""
    from partnernet.report import pdf

    printed = []
    monkeypatch.setattr(pdf, "html_to_pdf", lambda page: printed.append(page) or b"%PDF-1.7\n")
    monkeypatch.setattr(pdf, "find_engine", lambda: "chromium")  # the report asks for it before any work
    pn.report(land, tmp_path / "r.pdf", at="2025-06-01", include_map=False, **options)
    return printed[0]


def _tables(page: str) -> dict[str, tuple[int, str]]:
    """Per table title: its printed rows and the note after it."""
    found = {}
    for m in re.finditer(r"<h3>(.*?)</h3>(.*?)(?=<h3>|<h2>|$)", page, re.S):
        body = re.search(r"<tbody>(.*?)</tbody>", m.group(2), re.S)
        if body:
            note = re.search(r'<p class="note">(.*?)</p>', m.group(2), re.S)
            found[html.unescape(m.group(1))] = (body.group(1).count("<tr"), note.group(1) if note else "")
    return found


def test_no_printed_table_of_a_large_landscape_exceeds_the_cap(large, tmp_path, monkeypatch):
    land = pn.load(large)
    tables = _tables(_printed_html(land, tmp_path, monkeypatch))
    too_long = {title: rows for title, (rows, _) in tables.items() if rows > PRINT_ROWS}
    assert too_long == {}
    cut = {
        title: note
        for title, (rows, note) in tables.items()
        if rows == PRINT_ROWS and "Excel-werkmap bevatten alle rijen" in note
    }
    # the main-text tables the tester saw run for pages are cut too, each with the note
    for title in (
        "Organisaties waarvan de band met het netwerk aan één persoon hangt",
        "Convenantdekking per overleg",
        "Organisaties zonder verbinder",
        "Rapportagelijnen van operationele tafels naar de top",
    ):
        assert title in cut, sorted(tables)
        assert re.search(rf"De eerste {PRINT_ROWS} van \d+ rijen", html.unescape(cut[title]))


def test_the_cut_keeps_what_matters_first(large, tmp_path, monkeypatch):
    """A cut table shows its most important rows: most bodies through one person, lowest covenant
    coverage, longest reporting line, most persons without a connector."""
    land = pn.load(large)
    page = _printed_html(land, tmp_path, monkeypatch)
    from partnernet.report.analyses import run

    results = run(land.at("2025-06-01"))
    bus = results.fragmentation["bus_factor"]
    single = bus[(bus["link_to"] == "network") & (bus["bus_factor"] == 1)]
    most = single.sort_values("linking_bodies", ascending=False, kind="stable").iloc[0]
    section = page.split("aan één persoon hangt</h3>", 1)[1].split("</tbody>", 1)[0]
    first_row = section.split("<tr", 2)[2].split("</tr>", 1)[0]  # the first row past the header
    assert html.escape(most["name"]) in first_row and f">{int(most['linking_bodies'])}<" in first_row


def test_full_prints_every_row(large, tmp_path, monkeypatch):
    land = pn.load(large)
    tables = _tables(_printed_html(land, tmp_path, monkeypatch, full=True))
    assert max(rows for rows, _ in tables.values()) > PRINT_ROWS
