"""The report and its map in headless Chromium with the network off."""

from __future__ import annotations

import partnernet as pn

from browser import MAP_READY, Visit, browser, pytestmark  # noqa: F401 - a fixture and the skip mark
from conftest import EXAMPLE


def test_report_and_map_open_offline(browser, tmp_path):
    report, map_page = pn.report(pn.load(EXAMPLE), tmp_path / "rapport.html", at="2026-01-01")
    visit = Visit(browser, report, ready="document.readyState === 'complete'")
    try:
        assert visit.requests == [visit.url]  # data: images are no requests to another host
        assert visit.errors == [] and visit.dialogs == []
        assert (
            visit.js("document.querySelectorAll('h2').length") == 13
        )  # what to do, the network picture, glossary and sources
        assert visit.js("[...document.images].every(i => i.complete && i.naturalWidth > 100)") is True
        assert visit.js("document.querySelectorAll('.findings li').length") == 10
    finally:
        visit.close()
    visit = Visit(browser, map_page, ready=MAP_READY)
    try:
        assert visit.requests == [visit.url] and visit.errors == []
        assert visit.js("window.partnernetMap.nodes.length") == 46 + 32 + 74
    finally:
        visit.close()
