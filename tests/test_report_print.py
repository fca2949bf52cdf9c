"""The report printed: A4 print media in headless Chromium, and the PDF it makes (issue 15, item 6)."""

from __future__ import annotations

import pytest

import partnernet as pn

from browser import Visit, browser, pytestmark  # noqa: F401 - a fixture and the skip mark
from conftest import EXAMPLE

DATE = "2026-01-01"
#: A4 (210 mm) less the print margins (13 mm each side) in CSS pixels (96 per inch).
A4_CONTENT_PX = int((210 - 2 * 13) / 25.4 * 96)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    land = pn.load(EXAMPLE)
    html = pn.report(land, folder / "rapport.html", at=DATE)[0]
    pdf = pn.report(land, folder / "rapport.pdf", at=DATE)
    return html, pdf


def test_print_media_at_a4_width_has_nothing_wider_than_the_page(browser, printed):
    visit = Visit(browser, printed[0], ready="document.readyState === 'complete'")
    try:
        visit.page.set_viewport_size({"width": A4_CONTENT_PX, "height": 1100})
        visit.page.emulate_media(media="print")
        wide = visit.js("""(() => {
            const limit = document.documentElement.clientWidth + 1;
            return [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > limit || e.scrollWidth > e.clientWidth + 1
                           && getComputedStyle(e).overflowX !== 'visible')
              .map(e => e.tagName + '.' + e.className);
        })()""")
        assert wide == []
        assert visit.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth") is True
        # every table prints whole: folded tables open, no scrolling box
        assert visit.js("[...document.querySelectorAll('table')].every(t => t.offsetParent !== null)") is True
        assert visit.js("[...document.querySelectorAll('.table-wrap')]"
                        ".every(w => getComputedStyle(w).overflowX === 'visible')") is True
        assert visit.js("getComputedStyle(document.querySelector('nav')).display") == "none"
        breaks = visit.js("[...document.querySelectorAll('main > section')].map(s => getComputedStyle(s).breakBefore)")
        assert breaks[0] == "auto" and set(breaks[1:]) == {"page"}  # findings on page 1, every section on a new page
    finally:
        visit.close()


def test_pdf_has_the_findings_on_page_one_and_more_pages(printed):
    import pypdf

    written = printed[1]
    assert [p.name for p in written] == ["rapport.pdf"]  # no map next to a PDF
    reader = pypdf.PdfReader(written[0])
    assert len(reader.pages) >= 2
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    first = " ".join(reader.pages[0].extract_text().split())
    assert first.startswith("Netwerkanalyse samenwerkingsverbanden")
    assert "Belangrijkste bevindingen" in first and "1. Gemeente Klein-Dorp" in first
    second = " ".join(reader.pages[1].extract_text().split())
    assert second.startswith("Het netwerk in één beeld")
