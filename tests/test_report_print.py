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


def _printed_at_a4(browser, page):
    """The page opened in Chromium as print media at the width of A4's content."""
    visit = Visit(browser, page, ready="document.readyState === 'complete'")
    visit.page.set_viewport_size({"width": A4_CONTENT_PX, "height": 1100})
    visit.page.emulate_media(media="print")
    return visit


def _wider_than_the_page(visit) -> list:
    """Elements reaching past the page's right edge or scrolling sideways (empty: the page keeps its width)."""
    wide = visit.js("""(() => {
        const limit = document.documentElement.clientWidth + 1;
        return [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > limit || e.scrollWidth > e.clientWidth + 1
                       && getComputedStyle(e).overflowX !== 'visible')
          .map(e => e.tagName + '.' + e.className);
    })()""")
    if not visit.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth"):
        wide.append("html")
    return wide


def test_print_media_at_a4_width_has_nothing_wider_than_the_page(browser, printed):
    visit = _printed_at_a4(browser, printed[0])
    try:
        assert _wider_than_the_page(visit) == []
        # every table prints whole: folded tables open, no scrolling box
        assert visit.js("[...document.querySelectorAll('table')].every(t => t.offsetParent !== null)") is True
        assert (
            visit.js(
                "[...document.querySelectorAll('.table-wrap')].every(w => getComputedStyle(w).overflowX === 'visible')"
            )
            is True
        )
        assert visit.js("getComputedStyle(document.querySelector('nav')).display") == "none"
        breaks = visit.js("[...document.querySelectorAll('main > section')].map(s => getComputedStyle(s).breakBefore)")
        assert breaks[0] == "auto" and set(breaks[1:]) == {"page"}  # findings on page 1, every section on a new page
    finally:
        visit.close()


def test_pdf_has_the_findings_on_page_one_and_more_pages(printed):
    import pypdf

    written = printed[1]
    assert [p.name for p in written] == ["rapport.pdf", "rapport-kaart.html"]  # the map beside the PDF
    reader = pypdf.PdfReader(written[0])
    assert len(reader.pages) >= 2
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    first = " ".join(reader.pages[0].extract_text().split())
    assert first.startswith("Netwerkanalyse samenwerkingsverbanden")
    assert "Belangrijkste bevindingen" in first and "1. Gemeente Klein-Dorp" in first
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    actions = next(i for i, text in enumerate(pages) if text.startswith("Wat te doen"))
    assert 1 <= actions <= 3  # the first section after the findings, on a page of its own
    assert "Wat te doen" not in " ".join(pages[:actions])


def test_a_long_unbreakable_name_keeps_the_page_width(browser, mini, tmp_path):
    """A 300-character name without spaces wraps inside its cell and sentence (Chromium scaled the
    whole printed page to 40% to fit it)."""
    from conftest import edit

    edit(mini, "organisations", replace=("Gemeente Klein-Dorp", "X" * 300))
    page = pn.report(pn.load(mini), tmp_path / "r.html", at="all")[0]
    visit = _printed_at_a4(browser, page)
    try:
        assert "X" * 300 in visit.js("document.body.innerText.replace(/\\s/g, '')")
        assert _wider_than_the_page(visit) == []
        # on screen wide tables may scroll in their box, but the name's own cells and sentences wrap
        visit.page.emulate_media(media="screen")
        widths = visit.js("""[...document.querySelectorAll('td, p, li')]
            .filter(e => e.textContent.includes('XXXXXXXXXX') && !e.querySelector('td, p, li'))
            .map(e => e.getBoundingClientRect().width)""")
        assert widths and max(widths) <= A4_CONTENT_PX
        assert visit.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth") is True
    finally:
        visit.close()


def test_pdf_findings_start_on_page_one_and_keep_whole_short_words(printed):
    """The findings start on page 1 (the first with its advice) and every one is printed before the
    action table; its 'urgentie' column keeps 'hoog' whole (no 'hoo g')."""
    import html
    import re

    import pypdf

    page = printed[0].read_text(encoding="utf-8")
    findings = re.search(r'<ol class="findings">(.*?)</ol>', page, re.S).group(1)
    items = [html.unescape(re.sub(r"<[^>]+>", "", item)).split() for item in findings.split("<li>")[1:]]
    assert len(items) == 10
    reader = pypdf.PdfReader(printed[1][0])
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert "1. " + " ".join(items[0][:12]) in pages[0] and " ".join(items[0][-6:]) in pages[0]
    actions = next(i for i, text in enumerate(pages) if text.startswith("Wat te doen"))
    before = " ".join(pages[:actions])
    assert "10. " + " ".join(items[-1][:12]) in before and " ".join(items[-1][-6:]) in before
    table = pages[actions]
    assert "urgentie" in table and " hoog" in table and "hoo g" not in table and "urg ent" not in table


#: Font size (CSS px), colour and the colour behind it of the first finding's text and of its advice.
_FINDING_STYLE = """(() => {
    const behind = e => {
        for (; e; e = e.parentElement) {
            const colour = getComputedStyle(e).backgroundColor;
            if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
        }
        return 'rgb(255, 255, 255)';
    };
    const style = e => ({size: parseFloat(getComputedStyle(e).fontSize), colour: getComputedStyle(e).color,
                         background: behind(e), top: e.getBoundingClientRect().top});
    const finding = document.querySelector('#findings ol.findings > li');
    return {finding: style(finding), advice: style(finding.querySelector('.advice'))};
})()"""


def _luminance(css: str) -> float:
    """Relative luminance of a CSS ``rgb(r, g, b)`` colour (WCAG 2.1, 1.4.3)."""
    import re

    channels = [int(c) / 255 for c in re.findall(r"\d+", css)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_ratio_follows_wcag():
    assert _contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21.0)
    assert _contrast("rgb(119, 119, 119)", "rgb(255, 255, 255)") == pytest.approx(4.48, abs=0.01)


def test_printed_findings_and_advice_are_in_reading_size_and_contrast(browser, printed):
    """Issue 15, tester: page 1 was set in 7.6 pt with the advice in 7 pt grey. Printed, a finding is
    at least 10 pt and its advice at least 9.5 pt, both with contrast >= 4.5:1 (WCAG AA) against the
    panel behind them, and the first finding starts on page 1 (above A4's content height)."""
    visit = _printed_at_a4(browser, printed[0])
    try:
        found = visit.js(_FINDING_STYLE)
    finally:
        visit.close()
    points = 72 / 96  # CSS pixels to points
    assert found["finding"]["size"] * points >= 10 and found["advice"]["size"] * points >= 9.5
    for part in ("finding", "advice"):
        assert _contrast(found[part]["colour"], found[part]["background"]) >= 4.5, found[part]
    assert found["advice"]["top"] < (297 - 15 - 16) / 25.4 * 96  # on page 1: above A4 less its margins


def test_pdf_is_lean_and_links_to_the_map_beside_it(printed, tmp_path):
    """A lean PDF (issue 15e): long appendix tables print their first rows and point to the HTML and Excel
    versions; the map is written beside the PDF and its links are relative, so they work wherever the two
    files are kept together. ``full=True`` (``--full``) prints every row."""
    import re

    import pypdf

    from partnernet.report.tables import PRINT_ROWS

    pdf = printed[1][0]
    reader = pypdf.PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) <= 30  # 68 before
    assert f"De eerste {PRINT_ROWS} van 74 rijen" in text and "--full" in text
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert links and set(links) == {"rapport-kaart.html"}
    assert b"partnernet-pdf-" not in pdf.read_bytes()  # no trace of the folder it was printed in
    assert re.search(r"^<!DOCTYPE html>", printed[1][1].read_text(encoding="utf-8"))
    full = pn.report(pn.load(EXAMPLE), tmp_path / "vol.pdf", at=DATE, full=True, include_map=False)
    assert [p.name for p in full] == ["vol.pdf"]
    whole = pypdf.PdfReader(full[0])
    assert len(whole.pages) > len(reader.pages)
    assert "De eerste" not in " ".join(page.extract_text() for page in whole.pages)


#: The text lines each numeric-looking cell and each header word takes when printed at A4 width.
_LINES = """(() => {
    const lines = node => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
    };
    const numeric = /^[-+−]?[\\d.,\\s]+\\s?(%|x|×|uur)?$/;
    const cells = [...document.querySelectorAll('td')]
        .filter(c => c.offsetParent !== null && (c.classList.contains('num') || numeric.test(c.textContent.trim())))
        .filter(c => c.textContent.trim() && lines(c) > 1)
        .map(c => c.textContent.trim());
    const words = [];
    for (const th of document.querySelectorAll('th')) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (const m of text.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(text, m.index);
                range.setEnd(text, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (tops.size > 1) words.push(m[0]);
            }
        }
    }
    const style = getComputedStyle(document.querySelector('th'));
    return {cells, words, wrap: style.overflowWrap, hyphens: style.hyphens, lang: document.documentElement.lang};
})()"""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_printed_numbers_never_split_and_headers_break_between_words(browser, lang, tmp_path):
    """Issue 15, tester: "32" printed over "1" and headers as "stukk|en", "78|%". A number stays on one
    line; a header word breaks only with a hyphen (``hyphens: auto`` under the page's ``lang``), never
    anywhere; the tables still fit A4."""
    page = pn.report(pn.load(EXAMPLE), tmp_path / "r.html", at=DATE, lang=lang, include_map=False)[0]
    visit = _printed_at_a4(browser, page)
    try:
        found = visit.js(_LINES)
        assert found["cells"] == []
        assert (found["wrap"], found["hyphens"], found["lang"]) == ("normal", "auto", lang)
        # a header word over two lines is hyphenated by the browser (not broken anywhere): it is a long word
        assert all(len(word) >= 8 for word in found["words"]), found["words"]
        assert _wider_than_the_page(visit) == []
    finally:
        visit.close()
