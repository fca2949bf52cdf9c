"""The report's pictures read on their own (issue 15, part I): the robustness chart's axes, the
overview's names and caption, and names no font can draw."""

from __future__ import annotations

import json
import re
import warnings
import xml.etree.ElementTree as ET

import hypothesis
import hypothesis.strategies as st
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.language.report import Texts
from partnernet.report import build_document, charts, glyphs, overview, placement
from partnernet.report.analyses import run
from partnernet.report.document import Figure, Paragraph


DATE = "2026-01-01"
CURVE = pd.DataFrame({"targeted": [0.09, 0.2, 0.45, 0.7, 1.0], "random": [0.09, 0.1, 0.12, 0.2, 0.3]})


def _tree(svg: str) -> ET.Element:
    """The SVG as elements, with matplotlib's comments kept: a text drawn as paths is named in one."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return ET.fromstring(svg.encode("utf-8"), parser=parser)


def _group(root: ET.Element, gid: str) -> ET.Element:
    return next(g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("id") == gid)


def _texts(group: ET.Element) -> list[str]:
    """The texts drawn in ``group`` (each a ``<!-- text -->`` comment), in drawing order."""
    return [node.text.strip() for node in group.iter() if node.tag is ET.Comment]


def _axis(svg: str, n: int) -> tuple[list[str], list[str]]:
    """Tick labels and the other texts (the title) of axis ``n`` (1: x, 2: y)."""
    axis = _group(_tree(svg), f"matplotlib.axis_{n}")
    ticks = [t for g in axis if g.get("id", "").startswith(("xtick_", "ytick_")) for t in _texts(g)]
    rest = [t for g in axis if not g.get("id", "").startswith(("xtick_", "ytick_")) for t in _texts(g)]
    return ticks, rest


@pytest.mark.parametrize(
    "lang, x_title, y_title",
    [
        ("nl", "aantal weggevallen organisaties", "organisatieparen die elkaar niet kunnen bereiken (%)"),
        ("en", "number of organisations removed", "pairs of organisations that cannot reach each other (%)"),
    ],
)
def test_the_robustness_chart_has_numbered_axes_in_percent_and_titles_in_the_language(lang, x_title, y_title):
    """Issue 15 tester: no x tick labels (glyphs.prepare asked ScalarFormatter tick by tick) and a y axis
    of 0-1 beside a text in %."""
    t = Texts(lang)
    labels = {k: t(k) for k in ("targeted", "random", "removed", "fragmentation")}
    svg = charts.robustness_curve(CURVE, labels, lang)
    x_ticks, x_rest = _axis(svg, 1)
    y_ticks, y_rest = _axis(svg, 2)
    assert x_ticks == ["0", "1", "2", "3", "4"]
    assert y_ticks == ["0%", "20%", "40%", "60%", "80%", "100%"]
    assert x_rest == [x_title] and y_rest == [y_title]


def test_the_robustness_chart_of_the_region_numbers_its_x_axis_in_the_report(example_2026):
    doc = build_document(
        run(example_2026), Texts("nl"), source="r", day=pd.Timestamp(DATE), pseudonymised=False, map_file=None
    )
    section = next(s for s in doc.sections if s.key == "robuustheid")
    svg = next(b for b in section.blocks if isinstance(b, Figure)).svg
    x_ticks, _ = _axis(svg, 1)
    numbers = [int(t) for t in x_ticks]
    assert len(numbers) >= 3 and numbers == sorted(numbers) and numbers[0] == 0
    assert _axis(svg, 2)[0][-1] == "100%"


def test_the_hours_chart_numbers_its_x_axis_and_names_its_bars():
    """The same cause (tick labels written tick by tick) in the other chart: numbers in Dutch format
    on x, the organisations' names on y."""
    frame = pd.DataFrame({"hours": [46.5, 10.0], "capacity": [20.0, float("nan")]}, index=["Klein-Dorp", "Stad"])
    svg = charts.hours_against_capacity(frame, {"capacity": "capaciteit", "hours": "uur per maand"}, "nl")
    x_ticks, x_rest = _axis(svg, 1)
    y_ticks, _ = _axis(svg, 2)
    assert len(x_ticks) >= 3 and all(re.fullmatch(r"\d+(,\d+)?", t) for t in x_ticks) and x_rest == ["uur per maand"]
    assert y_ticks == ["Stad", "Klein-Dorp"]  # drawn bottom up: the first row on top


def _label_boxes(svg: str) -> dict[int, tuple[float, float, float, float]]:
    """Each overview name's box (x0, y0, x1, y1) as drawn: the path of the box in its group."""
    boxes = {}
    for group in _tree(svg).iter("{http://www.w3.org/2000/svg}g"):
        found = re.fullmatch(r"overview-label-(\d+)", group.get("id", ""))
        if found:
            path = next(group.iter("{http://www.w3.org/2000/svg}path"))
            xy = np.array(re.findall(r"[-\d.]+", path.get("d")), dtype=float).reshape(-1, 2)
            boxes[int(found.group(1))] = (*xy.min(axis=0), *xy.max(axis=0))
    return boxes


@pytest.fixture(scope="module")
def results(example_2026):
    return run(example_2026)


def test_the_overview_names_the_key_organisations_beside_them_without_overlap(results):
    figure = overview.overview_figure(results, Texts("nl"))
    boxes = _label_boxes(figure.svg)
    assert 5 <= len(boxes) <= overview.MAX_LABELS
    assert placement.overlapping(list(boxes.values())) == []
    root = _tree(figure.svg)
    named = {_texts(_group(root, f"overview-label-{i}"))[0] for i in boxes}
    assert {"Gemeente Veldstad", "Politie Veldland CT-team (CTER)"} <= named  # the single points of failure
    assert "GGZ Veldland" not in named
    assert "<!-- Organisaties en hun overleggen" not in figure.svg and "leader" not in figure.svg
    # every key organisation is named in the picture or, when its name has no room there, in the caption
    frame_names = {results.land.name_of(n) for n in overview._key_names(*_frame_and_marks(results))}
    unnamed = frame_names - named
    assert all(name in figure.title.split("Zonder naam in het beeld")[-1] for name in unnamed)
    assert ("Zonder naam in het beeld" in figure.title) == bool(unnamed)
    # the caption says what the picture shows: organisations, and what a line between two means
    assert figure.title.startswith("Organisaties, gekleurd naar domein; een lijn verbindt twee organisaties die samen")


def _frame_and_marks(results):
    marks = overview._marks(results)
    graph = results.land.graph("organisations")
    nodes = overview._chosen_nodes(graph, marks)
    positions = {n: (0.0, 0.0) for n in nodes}
    return overview._node_frame(results, graph, nodes, positions, marks, Texts("nl")), marks


def test_every_name_asked_for_stands_free_or_is_left_out(results, monkeypatch):
    """All 44 organisations named in a dense picture: names that find no free spot are left out,
    none covers another."""
    monkeypatch.setattr(overview, "LABEL_ALL", 100)
    figure = overview.overview_figure(results, Texts("nl"))
    boxes = _label_boxes(figure.svg)
    assert 12 <= len(boxes) <= 44
    assert placement.overlapping(list(boxes.values())) == []


def test_placement_puts_a_name_beside_its_dot_and_skips_one_with_no_room():
    dots = np.array([[50.0, 50.0], [60.0, 50.0], [300.0, 300.0]])
    radii = np.array([3.0, 3.0, 3.0])
    spots = placement.place(dots, radii, [0, 1, 2], np.array([[40.0, 9.0]] * 3), (0.0, 0.0, 200.0, 100.0))
    first, second, third = spots
    assert third is None  # no spot inside the frame
    # the first goes left (its right would cover the second dot), the second to the right: back to back
    assert (first.ha, first.va, second.ha, second.va) == ("right", "center", "left", "center")
    assert placement.overlapping([first.box, second.box]) == []
    # "left"/"right" anchor the text: a name right of its dot is anchored on its left
    # a name may cover a plain dot when nothing else is free, never a marked (ringed) one
    ringed = np.array([[50.0, 50.0], [80.0, 50.0]])
    wide = np.array([[50.0, 9.0]])
    plain = placement.place(ringed, np.array([3.0, 3.0]), [0], wide, (30.0, 0.0, 200.0, 100.0), np.array([1, 0]) > 0)
    assert plain[0] is not None and plain[0].ha == "left"
    assert placement.place(
        ringed, np.array([3.0, 3.0]), [0], wide, (30.0, 0.0, 200.0, 100.0), np.array([1, 1]) > 0
    ) == [None]
    # each name touches its own dot's side: its nearest edge is GAP from the dot's circle
    for spot, (x, y) in ((first, dots[0]), (second, dots[1])):
        nearest = np.hypot(np.clip(x, spot.box[0], spot.box[2]) - x, np.clip(y, spot.box[1], spot.box[3]) - y)
        assert nearest <= 3.0 + placement.GAP + 1e-9


def test_the_overview_is_drawn_with_collections_not_an_artist_per_link(results):
    svg = overview.overview_figure(results, Texts("nl")).svg
    assert len(re.findall(r'<g id="patch_\d+">', svg)) < 30  # 336 links in at most five paths, names' boxes
    assert overview.overview_figure(results, Texts("nl")).svg == svg


def _without_links(land):
    """The landscape with every table of one organisation: no two organisations share a table."""
    members = land.memberships.drop_duplicates("body")
    return land.replace(memberships=members, ties=land.ties.iloc[0:0])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_any_link_the_overview_says_why_there_is_no_picture(example_2026, lang):
    land = _without_links(example_2026)
    assert land.graph("organisations").number_of_edges() == 0
    doc = build_document(
        run(land), Texts(lang), source="r", day=pd.Timestamp(DATE), pseudonymised=False, map_file="r-kaart.html"
    )
    section = doc.sections[1]
    assert section.key == ("overzicht" if lang == "nl" else "overview")
    assert not any(isinstance(b, Figure) for b in section.blocks) and section.intro == ""
    said = next(b.text for b in section.blocks if isinstance(b, Paragraph))
    expected = {
        "nl": "Er is geen netwerkplaat: geen enkele organisatie heeft een verbinding met een andere "
        "(er zijn geen overleggen met twee of meer organisaties).",
        "en": "There is no network picture: no organisation has a link to another (no table has two or more "
        "organisations).",
    }
    assert said == expected[lang]


NAME = "Gemeente 東京 🚓"


def _with_name(land, organisation: str, name: str):
    organisations = land.organisations.copy()
    organisations.loc[organisation, "name"] = name
    return land.replace(organisations=organisations)


def _appendix_text(doc) -> str:
    appendix = next(s for s in doc.sections if s.key in ("bijlage", "appendix"))
    return " ".join(b.text for b in appendix.blocks if isinstance(b, Paragraph))


def test_a_name_no_font_draws_is_listed_in_the_appendix_and_kept_in_the_tables_and_map(
    example_2026, tmp_path, monkeypatch
):
    """Issue 15 tester: emoji and CJK names printed as boxes and nothing said so. Here no font holds a
    character from U+3000 on (as on a machine without CJK or emoji fonts)."""
    monkeypatch.setattr(glyphs, "_covered", lambda: frozenset(range(0x3000)))
    monkeypatch.setattr(glyphs, "_printable", lambda: frozenset(range(0x110000)))  # the browser has the fonts
    land = _with_name(example_2026, "gemeente-veldstad", NAME)  # a single point of failure: named in the picture
    doc = build_document(run(land), Texts("nl"), source="r", day=pd.Timestamp(DATE), pseudonymised=False, map_file=None)
    said = _appendix_text(doc)
    assert "Sommige namen bevatten tekens die geen geïnstalleerd lettertype kan tekenen" in said
    assert NAME in said and "Gemeente Veldstad" not in said
    svg = next(b for b in doc.sections[1].blocks if isinstance(b, Figure)).svg
    assert "<!-- Gemeente □□ □ -->" in svg
    html_file, map_file = pn.report(land, tmp_path / "r.html")
    page = html_file.read_text(encoding="utf-8")
    assert page.count(NAME) >= 3 and "Gemeente □□ □" not in page  # tables and sentences keep the name
    shown = map_file.read_text(encoding="utf-8")
    assert NAME in shown or json.dumps(NAME)[1:-1] in shown


def test_names_drawn_whole_are_not_listed(example_2026):
    with glyphs.recording() as unshown:
        drawn = glyphs.drawable(NAME)
    # listed exactly when this machine's fonts miss one of its characters
    assert unshown == ([] if drawn == NAME else [NAME])
    doc = build_document(
        run(example_2026), Texts("en"), source="r", day=pd.Timestamp(DATE), pseudonymised=False, map_file=None
    )
    assert "no installed font" not in _appendix_text(doc)


@pytest.mark.parametrize("lang, said", [("nl", "de PDF drukt die tekens af als lege vakjes"), ("en", "the PDF prints")])
def test_names_no_installed_font_holds_are_listed_for_the_pdf_and_the_browser(example_2026, monkeypatch, lang, said):
    """Issue 15 tester: Chromium printed "🚓 Politie 警察 𝔘" as boxes and nothing said so. Here no installed
    font (fontconfig, nor the pictures' fonts) holds a character from U+3000 on: every printed name with
    one is listed once, an organisation, a body and a domain alike, in one note (not also in the
    pictures' note, which says the web page shows them)."""
    monkeypatch.setattr(glyphs, "_covered", lambda: frozenset(range(0x3000)))
    monkeypatch.setattr(glyphs, "_printable", lambda: frozenset(range(0x3000)))
    land = _with_name(example_2026, "gemeente-veldstad", NAME)
    bodies = land.bodies.copy()
    body = "Overleg 🚨 Veldland"
    bodies.loc[bodies.index[0], "name"] = body
    organisations = land.organisations.copy()
    organisations.loc["politie-ct-team", "domain"] = "veiligheid 警察"
    land = land.replace(bodies=bodies, organisations=organisations)
    doc = build_document(run(land), Texts(lang), source="r", day=pd.Timestamp(DATE), pseudonymised=False, map_file=None)
    appendix = next(s for s in doc.sections if s.key in ("bijlage", "appendix"))
    notes = [b.text for b in appendix.blocks if isinstance(b, Paragraph) and said in b.text]
    assert len(notes) == 1
    for name in (NAME, body, "veiligheid 警察"):
        assert notes[0].count(name) == 1
    assert "Gemeente Veldstad" not in notes[0] and "Politie" not in notes[0]
    assert ("geen geïnstalleerd lettertype kan tekenen" if lang == "nl" else "no installed font can draw") not in (
        _appendix_text(doc)
    )


def test_unprintable_ignores_white_space_and_invisible_controls(monkeypatch):
    monkeypatch.setattr(glyphs, "_printable", lambda: frozenset(range(0x80)))
    names = ["Politie\u00a0Veldland", "Gemeente \u2068X\u2069", "Café", "Café", "東京"]
    assert glyphs.unprintable(names) == ["Café", "東京"]


def test_matplotlib_keeps_its_own_kwdoc_after_the_lean_import():
    """charts._import_figure leaves out the set() property lists only while matplotlib.figure is first imported."""
    import matplotlib.artist
    from matplotlib.lines import Line2D

    assert charts._import_figure().__name__ == "Figure"
    assert matplotlib.artist.kwdoc.__name__ == "kwdoc"
    assert "linewidth" in matplotlib.artist.kwdoc(Line2D)


def test_the_characters_sure_to_be_drawn_are_in_the_font_matplotlib_ships():
    """glyphs.SURE skips the font look-ups for names of these characters: DejaVu Sans (always the first family)
    must hold every one, so the pictures and the printed report draw them."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    shipped = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    held = set(FT2Font(shipped).get_charmap())
    assert {ord(c) for c in glyphs.SURE} <= held
    assert {ord(c) for c in glyphs.SURE} <= glyphs._covered() <= glyphs._printable()


ALPHABET = "aZ é\u00a0\r\n\t\u2013\u2068\u2069\u200b東🚓\u0600\x7f"


@hypothesis.given(st.lists(st.text(alphabet=ALPHABET, max_size=6), max_size=5))
@hypothesis.settings(max_examples=60, deadline=None)
def test_drawable_and_unprintable_give_what_asking_the_fonts_gives(texts):
    """The shortcut for sure characters changes no answer: compared with every character looked up."""
    covered, printable = glyphs._covered(), glyphs._printable()
    for text in texts:
        kept = glyphs.INVISIBLE.sub("", text)
        asked = "".join(c if ord(c) in covered or c in "\n\t " else glyphs.REPLACEMENT for c in kept)
        assert glyphs.drawable(text) == asked
    unique = list(dict.fromkeys(texts))
    lacking = {c for c in "".join(unique) if ord(c) not in printable and not c.isspace()}
    lacking -= set(glyphs.INVISIBLE.findall("".join(lacking)))
    assert glyphs.unprintable(texts) == [t for t in unique if not lacking.isdisjoint(t)]


@pytest.mark.parametrize("line_break", ["\n", "\r", "\r\n", "\u2028"])
def test_a_line_break_in_a_name_draws_on_one_line_without_a_warning(example_2026, line_break):
    """Fresh tester (issue 14): a newline in an organisation's name printed matplotlib's English
    'Glyph 10 (\\n) missing' warning with a line of our source into a Dutch report run."""
    land = _with_name(example_2026, "gemeente-veldstad", f"Gemeente{line_break}Veldstad")  # named in the picture
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = overview.overview_figure(run(land), Texts("nl"))
    assert "Gemeente Veldstad" in {
        t for i in _label_boxes(figure.svg) for t in _texts(_group(_tree(figure.svg), f"overview-label-{i}"))
    }
