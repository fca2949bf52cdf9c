"""The map as a working tool, in a real browser (headless Chromium, network blocked).

Search, focus and side panel; legend filters; the date slider against
``land.at``; the what-if panel against ``pn.whatif`` on the example region
and on random landscapes; hostile names as text; PNG export; clustering of
large maps. One page load per landscape (module-scoped fixtures).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

import partnernet as pn
from partnernet.cli.viz import bridge_ids, map_inputs
from partnernet.viz import interactive

from conftest import EXAMPLE, FIXTURES

from browser import HOSTILE, Visit, browser, pytestmark  # noqa: F401 - a fixture and the skip mark

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from make_landscape import landscape as synthetic_landscape  # noqa: E402

DAY = "2026-01-01"
LONG = ("Regionaal Informatie- en Expertisecentrum " * 8).strip()
RTL = "\u202eLTR-edoc naam"


def hostile_names(tmp_path) -> pn.Landscape:
    """The xss fixture with a very long organisation name and one with a right-to-left override."""
    folder = tmp_path / "names"
    shutil.copytree(FIXTURES / "xss", folder)
    orgs = pd.read_csv(folder / "organisations.csv", dtype=str, keep_default_na=False)
    orgs.loc[orgs["id"] == "gemeente", "name"] = LONG
    orgs.loc[orgs["id"] == "politie", "name"] = RTL
    orgs.to_csv(folder / "organisations.csv", index=False)
    return pn.load(folder)


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    register = pn.load(EXAMPLE)
    land = register.at(DAY)
    metrics, markers = map_inputs(land, "nl")
    path = tmp_path_factory.mktemp("tool") / "kaart.html"
    drawn = pn.visualise(
        land, path, metrics=metrics, markers=markers, register=register, lang="nl", bridges=bridge_ids(land)
    )
    return register, drawn, path


@pytest.fixture(scope="module")
def page(browser, region):
    visit = Visit(browser, region[2])
    assert visit.errors == []
    yield visit
    visit.close()


def state(visit, expression: str):
    return visit.js(f"window.partnernetMap.{expression}")


def test_search_finds_centres_and_selects(page, region):
    page.page.fill("#pn-search", "gemeente klein")
    results = page.js("Array.from(document.querySelectorAll('#pn-results li'), (li) => li.textContent)")
    assert results[0] == "Gemeente Klein-Dorp (gemeente-klein-dorp)"
    page.page.press("#pn-search", "Enter")
    assert state(page, "network.getSelectedNodes()") == ["gemeente-klein-dorp"]
    assert state(page, "focus") == "gemeente-klein-dorp"
    # the side panel: the node's figures in the report's words and formats, and its tables
    node = next(n for n in region[1].nodes if n["id"] == "gemeente-klein-dorp")
    rows = page.js(
        "Array.from(document.querySelectorAll('#pn-panel-rows tr'), (tr) => Array.from(tr.cells, (c) => c.textContent))"
    )
    assert rows == node["tip"]["rows"] and ["belasting (× capaciteit)", "2,3"] in rows
    land = region[0].at(DAY)
    m = land.memberships
    tables = sorted(land.bodies.loc[m.loc[m["organisation"] == "gemeente-klein-dorp", "body"].unique(), "name"])
    assert page.js("Array.from(document.querySelectorAll('#pn-panel-tables li'), (li) => li.textContent)") == tables
    # the neighbourhood stays, the rest is dimmed
    near = set(state(page, "neighbourhood"))
    assert {"gemeente-klein-dorp", m.loc[m["organisation"] == "gemeente-klein-dorp", "body"].iloc[0]} <= near
    dimmed = state(page, "nodes.get({filter: (n) => n.opacity < 1}).map((n) => n.id)")
    assert set(dimmed) == {n["id"] for n in region[1].nodes} - near
    page.page.click("#pn-panel-close")
    assert state(page, "focus") is None


def test_search_by_function_with_the_keyboard(page):
    page.page.fill("#pn-search", "coördinator contraterrorisme")
    page.page.press("#pn-search", "ArrowDown")  # one result: the cursor wraps to it
    page.page.press("#pn-search", "Enter")
    assert state(page, "focus") == "p002"


def test_a_legend_toggle_hides_exactly_its_group(page, region):
    care = {n["id"] for n in region[1].nodes if n["facets"]["domain"] == "care"}
    assert care and any(n["group"] == "person" for n in region[1].nodes if n["id"] in care)
    before = set(state(page, "nodes.get({filter: (n) => n.hidden}).map((n) => n.id)"))
    page.page.click("#pn-legend li[data-facet=domain][data-value=care]")
    after = set(state(page, "nodes.get({filter: (n) => n.hidden}).map((n) => n.id)"))
    assert after - before == care
    page.page.click("#pn-legend li[data-facet=domain][data-value=care]")
    assert set(state(page, "nodes.get({filter: (n) => n.hidden}).map((n) => n.id)")) == before


def test_the_date_slider_shows_the_counts_of_land_at(page, region):
    register = region[0]
    days = state(page, "days")
    assert DAY in days and len(days) > 10
    for day in (days[0], days[len(days) // 3], DAY, days[-1]):
        page.js(
            f"(() => {{ const s = document.getElementById('pn-date'); s.value = {days.index(day)};"
            " s.dispatchEvent(new Event('input')); })()"
        )
        land = register.at(day)
        assert state(page, "counts") == {
            "organisations": len(land.organisations),
            "bodies": len(land.bodies),
            "persons": len(land.persons),
            "memberships": len(land.memberships),
        }
        hidden = set(state(page, "nodes.get({filter: (n) => n.hidden}).map((n) => n.id)"))
        drawn_bodies = {n["id"] for n in region[1].nodes if n["group"] == "body"}
        assert drawn_bodies - hidden == set(land.bodies.index)
    page.js(
        f"(() => {{ const s = document.getElementById('pn-date'); s.value = {days.index(DAY)};"
        " s.dispatchEvent(new Event('input')); })()"
    )


MEASURES = ("nodes", "links", "components", "largest_component", "isolates", "fragmentation")


def organisation_figures(result) -> tuple[dict, dict]:
    """``pn.whatif``'s organisation network before and after, and the organisations cut off (id -> status)."""
    summary = result.summary.loc["organisations"]
    figures = {f"{k} {side}": float(summary.at[k, side]) for k in MEASURES for side in ("before", "after")}
    cut = result.disconnected[result.disconnected["level"] == "organisations"]["status"].to_dict()
    return figures, cut


def page_figures(found: dict) -> tuple[dict, dict]:
    figures = {f"{k} {side}": float(found[side][k]) for k in MEASURES for side in ("before", "after")}
    return figures, {c["id"]: c["status"] for c in found["cut"]}


def same(found: dict, result) -> bool:
    (figures, cut), (expected, expected_cut) = page_figures(found), organisation_figures(result)
    assert figures == pytest.approx(expected, nan_ok=True) and cut == expected_cut
    return True


def test_the_whatif_panel_shows_whatifs_numbers(page, region):
    land = region[0].at(DAY)
    page.page.fill("#pn-search", "S. El Amrani")
    page.page.press("#pn-search", "Enter")
    page.page.click("#pn-whatif-add")
    page.page.click("#pn-whatif-run")
    result = pn.whatif(land, remove=["p001"])
    assert same(state(page, "whatif"), result)
    expected, expected_cut = organisation_figures(result)
    table = page.js(
        "Array.from(document.querySelectorAll('#pn-whatif-table tr'), (tr) => Array.from(tr.cells, (c) => c.textContent))"
    )
    f_before, f_after = (f"{expected['fragmentation ' + side]:.3f}".replace(".", ",") for side in ("before", "after"))
    assert ["fragmentatie F", f_before, f_after] in table
    cut = page.js("Array.from(document.querySelectorAll('#pn-whatif-cut li'), (li) => li.textContent)")
    assert "ROC Veldland – afgesneden van het hoofdnetwerk" in cut and len(cut) == len(expected_cut) == 2
    page.page.click("#pn-whatif-clear")
    for removed in (["gemeente-veldstad"], ["politie-ct-team", "p002"], ["casusoverleg-radicalisering", "p025"]):
        found = page.js(f"window.partnernetMap.compute({list(removed)!r})")
        assert same(found, pn.whatif(land, remove=removed)), removed


@pytest.mark.parametrize("seed", [3, 11])
def test_whatif_in_the_page_equals_whatif_on_random_landscapes(browser, tmp_path, seed):
    register = synthetic_landscape(36 + seed, 12, 40, seed=seed)
    register = register.using_ties(seed % 2 == 1)  # with and without ties as links
    land = register.at("2024-06-30")
    pn.visualise(land, tmp_path / "random.html", register=register, persons=False)
    visit = Visit(browser, tmp_path / "random.html")
    try:
        assert visit.errors == []
        orgs = list(land.organisations.index)
        persons = list(land.persons.index)
        choices = [[orgs[5], persons[3]], [persons[1]], list(land.bodies.index[:2]) + [orgs[-1]]]
        for day in ("2024-06-30", "2021-01-01"):
            visit.js(f"window.partnernetMap.setDate({day!r})")
            snapshot = register.at(day)
            for removed in choices:
                removed = [
                    r
                    for r in removed
                    if r in snapshot.organisations.index or r in snapshot.persons.index or r in snapshot.bodies.index
                ]
                if not removed:  # none of them on this day: pn.whatif refuses nothing to change
                    continue
                found = visit.js(f"window.partnernetMap.compute({removed!r})")
                assert same(found, pn.whatif(snapshot, remove=removed)), (day, removed)
        assert visit.requests == [visit.url]
    finally:
        visit.close()


def test_png_export_downloads_a_png(page):
    with page.page.expect_download() as download:
        page.page.click("#pn-export")
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert download.value.suggested_filename.endswith(".png")


def test_views_switch_and_nothing_leaves_the_page(page, region):
    page.page.select_option("#pn-view", "organisations")
    shown = state(page, "visible")
    assert set(shown) == {n["id"] for n in region[1].nodes if n["group"] == "organisation"}
    assert state(page, "edges.get({filter: (e) => !e.hidden}).every((e) => e.group === 'shared')") is True
    page.page.select_option("#pn-view", "hierarchy")
    hierarchy = region[1].nodes[0]["id"]
    position = page.js(f"window.partnernetMap.network.getPositions([{hierarchy!r}])[{hierarchy!r}]")
    assert position["y"] != pytest.approx(region[1].nodes[0]["y"], abs=1)
    page.page.select_option("#pn-view", "two-mode")
    # layers: CT alone hides the crime-only tables; both with bridges marks who sits on both sides
    land = region[0].at(DAY)
    page.page.select_option("#pn-layer", "ct")
    hidden = set(state(page, "nodes.get({filter: (n) => n.hidden}).map((n) => n.id)"))
    assert hidden & set(land.bodies.index) == set(land.bodies.index[land.bodies["regime"] == "crime"])
    page.page.select_option("#pn-layer", "all")
    page.page.select_option("#pn-top", index=1)  # the top 10 by the first metric get a halo
    assert len(state(page, "top")) == 10
    assert page.requests == [page.url] and page.dialogs == [] and page.errors == []


def test_the_bridges_view_marks_exactly_the_bridge_actors(page, region):
    bridges = set(pn.layers(region[0].at(DAY)).bridge_actors.index)
    page.page.select_option("#pn-top", index=0)  # no top of a metric: its halo is orange, not a bridge
    assert bridges and page.js("document.getElementById('pn-bridge-legend').hidden") is True
    page.page.select_option("#pn-layer", "bridges")
    assert set(state(page, "bridges")) == bridges
    marked = state(page, "nodes.get({filter: (n) => n.shadow && n.shadow.enabled}).map((n) => n.id)")
    assert set(marked) == bridges
    assert state(page, "nodes.get({filter: (n) => n.borderWidth === 7}).length") == len(bridges)
    legend = page.js("document.getElementById('pn-bridge-legend').textContent")
    assert page.js("document.getElementById('pn-bridge-legend').hidden") is False
    assert legend.startswith("paarse rand: brug tussen CT en criminaliteit") and f"({len(bridges)}:" in legend
    page.page.select_option("#pn-layer", "all")
    assert state(page, "nodes.get({filter: (n) => n.shadow && n.shadow.enabled}).length") == 0
    assert state(page, "nodes.get({filter: (n) => n.borderWidth === 7}).length") == 0


def hover(visit, node: str) -> str:
    """Rest the pointer on ``node`` and return the text of the tooltip vis-network shows."""
    point = visit.js(f"""(() => {{ const net = window.partnernetMap.network;
        return net.canvasToDOM(net.getPositions([{node!r}])[{node!r}]); }})()""")
    box = visit.page.locator("#pn-map canvas").bounding_box()
    visit.page.mouse.move(box["x"] + point["x"] + 1, box["y"] + point["y"] + 1)
    visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    return visit.js("document.querySelector('div.vis-tooltip').textContent")


def test_hovering_shows_the_tooltip(page):
    page.js("window.partnernetMap.network.focus('gemeente-klein-dorp', {scale: 1.5, animation: false})")
    assert hover(page, "gemeente-klein-dorp").startswith("Gemeente Klein-Dorp (gemeente-klein-dorp)domein")


def test_hostile_names_stay_text_in_search_panel_and_tooltips(browser, tmp_path):
    land = pn.load(FIXTURES / "xss")
    pn.visualise(land, tmp_path / "xss.html", markers={"<i>mark</i></script>": {"politie"}})
    visit = Visit(browser, tmp_path / "xss.html")
    try:
        visit.page.fill("#pn-search", "<")
        results = visit.js("Array.from(document.querySelectorAll('#pn-results li'), (li) => li.textContent)")
        assert any(HOSTILE[1] in text for text in results)
        visit.page.press("#pn-search", "Enter")
        assert visit.js("document.getElementById('pn-panel-title').textContent").startswith(("<", "\u202e", "'"))
        visit.page.click("#pn-whatif-add")
        visit.page.click("#pn-whatif-run")
        assert "<" in visit.js("document.getElementById('pn-whatif').textContent")
        visit.js("window.partnernetMap.network.focus('gemeente', {scale: 1.5, animation: false})")
        assert HOSTILE[0] in hover(visit, "gemeente")
        assert visit.js(
            "document.querySelectorAll('img, svg, iframe, b, i, a, script:not([id]):not([src])').length"
        ) == visit.js("document.querySelectorAll('script:not([id]):not([src])').length")
        assert visit.js("typeof window.__xss") == "undefined" and visit.dialogs == []
        assert visit.requests == [visit.url] and visit.errors == []
    finally:
        visit.close()


def test_a_large_map_opens_grouped_and_expands_on_click(browser, tmp_path, monkeypatch):
    monkeypatch.setattr(interactive, "CLUSTER_NODES", 50)
    land = synthetic_landscape(80, 20, 40, seed=5)
    drawn = pn.visualise(land.at("2025-01-01"), tmp_path / "large.html", lang="en")
    visit = Visit(browser, tmp_path / "large.html")
    try:
        organisations = [n for n in drawn.nodes if n["group"] == "organisation"]
        domains = sorted({n["facets"]["domain"] for n in organisations})
        assert visit.js(
            "window.partnernetMap.nodes.getIds({filter: (n) => String(n.id).startsWith('group:') && !n.hidden})"
        ) == [f"group:{d}" for d in domains]
        shown = set(visit.js("window.partnernetMap.nodes.getIds({filter: (n) => !n.hidden})"))
        assert not shown & {n["id"] for n in drawn.nodes if n["group"] in ("organisation", "person")}
        assert visit.js("window.partnernetMap.nodes.get('p000000')") is None  # persons wait until opened
        # a group is linked to exactly the bodies its organisations sit at
        first = domains[0]
        members = {n["id"] for n in organisations if n["facets"]["domain"] == first}
        m = land.at("2025-01-01").memberships
        linked = visit.js(
            f"window.partnernetMap.edges.get({{filter: (e) => e.from === 'group:{first}'}}).map((e) => e.to)"
        )
        assert set(linked) == set(m.loc[m["organisation"].isin(members), "body"])
        # a click on the group opens it: its organisations appear, the group goes
        point = visit.js(f"""(() => {{ const net = window.partnernetMap.network;
            return net.canvasToDOM(net.getPositions(['group:{first}'])['group:{first}']); }})()""")
        box = visit.page.locator("#pn-map canvas").bounding_box()
        visit.js("document.getElementById('pn-legend').open = false")  # folded away: the click reaches the map
        visit.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        assert visit.js(f"window.partnernetMap.nodes.get('group:{first}')") is None
        shown = set(visit.js("window.partnernetMap.nodes.getIds({filter: (n) => !n.hidden})"))
        assert members <= shown
        assert visit.requests == [visit.url] and visit.errors == []
    finally:
        visit.close()


def test_choosing_a_result_and_the_organisation_view_keep_a_large_map_grouped(browser, tmp_path, monkeypatch):
    """Choosing a search result brings in that organisation alone; the organisation view links groups."""
    monkeypatch.setattr(interactive, "CLUSTER_NODES", 50)
    land = synthetic_landscape(80, 20, 40, seed=5).at("2025-01-01")
    drawn = pn.visualise(land, tmp_path / "large.html", lang="en")
    visit = Visit(browser, tmp_path / "large.html")
    try:
        organisations = {n["id"]: n["facets"]["domain"] for n in drawn.nodes if n["group"] == "organisation"}
        domains = sorted(set(organisations.values()))
        chosen = sorted(organisations)[3]
        visit.page.fill("#pn-search", chosen)
        visit.page.press("#pn-search", "Enter")
        assert visit.js("window.partnernetMap.focus") == chosen
        grouped = {d for d, on in visit.js("window.partnernetMap.grouped").items() if on}
        assert grouped == set(domains)
        present = set(visit.js("window.partnernetMap.nodes.getIds()"))
        assert present & set(organisations) == {chosen}
        assert not present & {n["id"] for n in drawn.nodes if n["group"] == "person"}
        assert chosen in visit.js("window.partnernetMap.visible")
        visit.page.select_option("#pn-view", "organisations")
        present = set(visit.js("window.partnernetMap.nodes.getIds()"))
        assert present & set(organisations) == {chosen}
        shown = set(visit.js("window.partnernetMap.visible"))
        assert shown == {f"group:{d}" for d in grouped} | {chosen}
        # groups are linked as their organisations are: one link per pair of units sharing a table
        m = land.memberships
        unit = {o: (o if o == chosen else f"group:{d}") for o, d in organisations.items()}
        pairs = set()
        for _, orgs in m.groupby("body")["organisation"]:
            units = sorted({unit[o] for o in orgs})
            pairs |= {(a, b) for i, a in enumerate(units) for b in units[i + 1 :]}
        links = visit.js(
            "window.partnernetMap.edges.get({filter: (e) => e.group === 'shared' && !e.hidden})"
            ".map((e) => [e.from, e.to].sort())"
        )
        assert {tuple(link) for link in links} == pairs
        # a click on a group still opens it, in this view too
        visit.js(f"window.partnernetMap.openGroup({organisations[chosen]!r})")
        shown = set(visit.js("window.partnernetMap.visible"))
        assert {o for o, d in organisations.items() if d == organisations[chosen]} <= shown
        assert visit.requests == [visit.url] and visit.errors == []
    finally:
        visit.close()


def test_labels_have_a_maximum_on_screen_and_long_names_are_cut(browser, tmp_path):
    land = hostile_names(tmp_path)
    drawn = pn.visualise(land, tmp_path / "long.html")
    node = next(n for n in drawn.nodes if n["id"] == "gemeente")
    assert len(node["label"]) == 40 and node["label"].endswith("\u2026") and LONG.startswith(node["label"][:-1])
    assert node["tip"]["title"] == f"{LONG} (gemeente)"  # whole in the tooltip and the side panel
    visit = Visit(browser, tmp_path / "long.html")
    try:
        for scale in (0.2, 1, 2.5, 6):
            visit.js(f"window.partnernetMap.network.moveTo({{scale: {scale}, animation: false}})")
            visit.js("window.partnernetMap.scaleLabels()")
            largest = visit.js(
                "Math.max(...window.partnernetMap.nodes.get().filter((n) => n.label)"
                ".map((n) => n.font.size)) * window.partnernetMap.network.getScale()"
            )
            assert largest <= 16.01, scale
        visit.page.fill("#pn-search", "gemeente")
        visit.page.press("#pn-search", "Enter")  # choosing zooms in: the labels follow
        largest = visit.js(
            "Math.max(...window.partnernetMap.nodes.get().filter((n) => n.label)"
            ".map((n) => n.font.size)) * window.partnernetMap.network.getScale()"
        )
        assert largest <= 16.01
        assert visit.js("document.getElementById('pn-panel-title').textContent") == f"{LONG} (gemeente)"
    finally:
        visit.close()


def test_the_whatif_panel_leaves_the_side_panel_usable_and_clearing_clears_the_result(page):
    page.page.fill("#pn-search", "gemeente veldstad")  # the most tables: the longest side panel
    page.page.press("#pn-search", "Enter")
    page.page.click("#pn-whatif-add")
    page.page.click("#pn-whatif-run")
    boxes = page.js("""[...document.querySelectorAll('#pn-panel button'), document.getElementById('pn-whatif')]
        .map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom])""")
    *buttons, whatif = boxes
    for left, top, right, bottom in buttons:
        assert bottom <= whatif[1] or top >= whatif[3] or right <= whatif[0] or left >= whatif[2]
    # and nothing else is drawn over them: the element at each button's centre is the button
    assert (
        page.js("""[...document.querySelectorAll('#pn-panel button')].every((b) => { const r = b.getBoundingClientRect();
        return document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2) === b; })""")
        is True
    )
    page.page.click("#pn-whatif-add")  # still clickable, not covered
    assert page.js("document.getElementById('pn-whatif-table').rows.length") > 0
    page.page.click("#pn-whatif-clear")
    assert page.js("document.getElementById('pn-whatif-table').rows.length") == 0
    assert page.js("document.getElementById('pn-whatif-cut').children.length") == 0
    assert page.js("document.getElementById('pn-whatif-cut-heading').hidden") is True
    assert state(page, "whatif") is None and state(page, "removing") == []
    page.page.click("#pn-panel-close")


def test_a_node_not_in_the_register_on_the_date_is_not_chosen_nor_removed(page, region):
    gone = "regionaal-ondermijningsberaad"  # a body that starts after 2024-01-01
    assert gone in region[0].at(DAY).bodies.index and gone not in region[0].at("2024-01-01").bodies.index
    page.page.fill("#pn-search", gone)
    page.page.press("#pn-search", "Enter")
    page.page.click("#pn-whatif-add")
    page.js("window.partnernetMap.setDate('2024-01-01')")
    assert page.js("document.getElementById('pn-date-text').textContent") == "01-01-2024"
    page.page.click("#pn-whatif-run")
    message = page.js("document.getElementById('pn-whatif-chosen').textContent")
    assert message.startswith("Niet te berekenen: ") and "niet in het register op 01-01-2024" in message
    assert state(page, "whatif") is None and page.js("document.getElementById('pn-whatif-table').rows.length") == 0
    page.page.click("#pn-whatif-clear")
    page.page.click("#pn-panel-close")
    page.page.fill("#pn-search", gone)
    result = page.js(
        "(() => { const li = document.querySelector('#pn-results li'); "
        "return [li.textContent, li.getAttribute('aria-disabled')]; })()"
    )
    assert result[0].endswith("niet in het register op 01-01-2024") and result[1] == "true"
    page.page.press("#pn-search", "Enter")
    assert state(page, "focus") is None
    page.js(f"window.partnernetMap.setDate({DAY!r})")
    page.page.fill("#pn-search", "")


def test_names_are_isolated_and_long_names_do_not_widen_the_page(browser, tmp_path):
    land = hostile_names(tmp_path)
    pn.visualise(land, tmp_path / "names.html")
    visit = Visit(browser, tmp_path / "names.html")
    try:
        visit.page.fill("#pn-search", "ltr-edoc")
        # the name and the id are separate isolated elements: the override cannot reverse "(politie)"
        parts = visit.js(
            "Array.from(document.querySelectorAll('#pn-results li')[0].childNodes, (c) => [c.nodeName, c.textContent"
            ".replace(/[\u2068\u2069]/g, '')])"
        )
        assert parts == [["BDI", RTL], ["#text", " ("], ["BDI", "politie"], ["#text", ")"]]
        visit.page.press("#pn-search", "Enter")
        assert visit.js(
            "Array.from(document.querySelectorAll('#pn-panel-title bdi'), (b) => b.textContent.replace(/[\u2068\u2069]/g, ''))"
        ) == [
            RTL,
            "politie",
        ]
        tip = visit.js(
            "Array.from(window.partnernetMap.tooltip('politie').querySelectorAll('strong bdi'), (b) => b.textContent.replace(/[\u2068\u2069]/g, ''))"
        )
        assert tip == [RTL, "politie"]
        visit.page.click("#pn-whatif-add")
        assert RTL in visit.js(
            "Array.from(document.querySelectorAll('#pn-whatif-chosen bdi'), (b) => b.textContent.replace(/[\u2068\u2069]/g, ''))"
        )
        assert (
            visit.js(
                "getComputedStyle(document.querySelector('#pn-results li bdi') || document.createElement('bdi'))"
                ".unicodeBidi"
            )
            == "isolate"
        )
        legend = visit.js(
            "Array.from(document.querySelectorAll('#pn-legend li[data-facet=domain]'), "
            "(li) => li.querySelector('bdi') !== null)"
        )
        assert legend and all(legend)
        visit.page.fill("#pn-search", "regionaal informatie")
        width = visit.js("document.getElementById('pn-results').getBoundingClientRect().width")
        assert 0 < width <= 600
        assert visit.js("document.documentElement.scrollWidth") <= visit.js("window.innerWidth")
        visit.page.press("#pn-search", "Enter")
        assert visit.js(
            "document.getElementById('pn-panel').scrollWidth <= document.getElementById('pn-panel').clientWidth"
        )
        assert visit.errors == [] and visit.requests == [visit.url]
    finally:
        visit.close()


def test_search_ignores_case_and_diacritics_and_speaks_combobox(page):
    box = "document.getElementById('pn-search')"
    assert page.js(f"{box}.getAttribute('role')") == "combobox"
    assert page.js(f"{box}.getAttribute('aria-expanded')") == "false"
    page.page.fill("#pn-search", "COORDINATOR contraterrorisme")  # "Coördinator contraterrorisme" in the register
    results = page.js(
        "Array.from(document.querySelectorAll('#pn-results li[role=option]'), (li) => [li.id, li.getAttribute('aria-selected')])"
    )
    assert len(results) == 1 and results[0][1] == "true"
    assert page.js(f"{box}.getAttribute('aria-expanded')") == "true"
    assert page.js(f"{box}.getAttribute('aria-activedescendant')") == results[0][0]
    page.page.fill("#pn-search", "gemeente")
    page.page.press("#pn-search", "ArrowDown")
    selected = page.js("document.querySelector('#pn-results li[aria-selected=true]').id")
    assert selected == "pn-result-1" and page.js(f"{box}.getAttribute('aria-activedescendant')") == selected
    page.page.press("#pn-search", "Escape")
    assert page.js(f"{box}.getAttribute('aria-expanded')") == "false"
    assert page.js(f"{box}.hasAttribute('aria-activedescendant')") is False
    page.page.fill("#pn-search", "")
    toggle = "#pn-legend li[data-facet=domain][data-value=care]"
    assert (
        page.page.get_attribute(toggle, "aria-pressed") == "true"
        and page.page.get_attribute(toggle, "role") == "button"
    )
    page.page.click(toggle)
    assert page.page.get_attribute(toggle, "aria-pressed") == "false"
    page.page.click(toggle)
    assert page.page.get_attribute(toggle, "aria-pressed") == "true"
    assert all(page.js("Array.from(document.querySelectorAll('.pn-toggle'), (li) => li.hasAttribute('aria-pressed'))"))


def test_show_all_undims_dates_and_words_follow_the_report(page, region):
    page.page.fill("#pn-search", "gemeente klein")
    page.page.press("#pn-search", "Enter")
    assert state(page, "nodes.get({filter: (n) => n.opacity < 1}).length") > 0
    page.page.click("#pn-fit")
    assert state(page, "nodes.get({filter: (n) => n.opacity < 1}).length") == 0
    assert state(page, "focus") is None and state(page, "network.getSelectedNodes()") == []
    days = state(page, "days")
    page.js(
        f"(() => {{ const s = document.getElementById('pn-date'); s.value = {days.index(DAY)};"
        " s.dispatchEvent(new Event('input')); })()"
    )
    assert page.js("document.getElementById('pn-date-text').textContent") == "01-01-2026"  # as the title writes it
    page.page.fill("#pn-search", "gemeente veldstad")
    page.page.press("#pn-search", "Enter")
    page.page.click("#pn-whatif-add")
    page.page.click("#pn-whatif-run")
    labels = page.js("Array.from(document.querySelectorAll('#pn-whatif-table tr'), (tr) => tr.cells[0].textContent)")
    assert "losse delen" in labels and "de grootste omvat" in labels and "componenten" not in labels
    page.page.click("#pn-whatif-clear")
    page.page.click("#pn-panel-close")
    # legend lines and markers explain, they do not toggle: not offered as buttons, and the hint says so
    lines = page.js("""Array.from(document.querySelectorAll('#pn-legend li'))
        .filter((li) => li.querySelector('.pn-line, .pn-marked')).map((li) => li.className + li.getAttribute('role'))""")
    assert lines and all("pn-toggle" not in text and "button" not in text for text in lines)
    assert "lijnen en markeringen zijn uitleg" in page.js("document.querySelector('#pn-legend .pn-hint').textContent")


def test_ct_in_capitals_in_english(tmp_path):
    land = pn.load(EXAMPLE).at(DAY)
    drawn = pn.visualise(land, lang="en")
    page = drawn.html
    data = json.loads(re.search(r'<script id="pn-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert ["ct", "CT"] in data["facets"]["regime"]
    body = next(n for n in drawn.nodes if n["group"] == "body" and n["facets"]["regime"] == "ct")
    assert ["regime", "CT"] in body["tip"]["rows"]
