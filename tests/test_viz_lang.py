"""The map in Dutch (for the steering group's report) and in English, and the analyses that feed it.

A Dutch map must show no English: every hover row, vocabulary value, legend
text and number follows ``lang``. Figures are from data/README.md for the
example region at 2026-01-01 (story 1: the four articulation points; story 2:
Klein-Dorp 46.0 h/month, load ratio 2.30; gemeente-veldstad 82.08 / 160).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.cli.viz import map_inputs
from partnernet.report.maps import inputs_from

from conftest import DATA, EXAMPLE, FIXTURES
from test_viz import _page_data, by_id, tip

ENGLISH = re.compile(
    r"\b(organisations?|bod(y|ies)|persons?|tables?|meetings?|hours?|month|unknown|capacity|roles?|yes|no|"
    r"through|at|and|chair|member|secretary|adviser|core|case|external|advisory|administration|security|"
    r"justice|intelligence|tax-finance|care|social|education|knowledge|private|local|regional|national|"
    r"international|decision|centre|operational|learning|crime|both|marked|shapes|lines|legend|domain|"
    r"level|kind|type|seats|host|covenant|reports|works|shared|size|hover|scroll|drag|load|ratio|"
    r"connector|single|failure|layout|sized|showing|on)\b",
    re.IGNORECASE,
)
# Hover rows whose values are names or free text from the register, not words of the map.
NAME_ROWS = {"organisatie", "functie", "voorzitter", "rapporteert aan", "gastheer", "convenant", "onderdeel van", "via"}


@pytest.fixture(scope="module", autouse=True)
def english_by_default():
    """These tests were written for English maps; the default is Dutch now (issue 14), so ask for English."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERNET_LANG", "en")
        yield


@pytest.fixture(scope="module")
def region():
    return pn.load(EXAMPLE).at("2026-01-01")


@pytest.fixture(scope="module")
def dutch_map(region):
    metrics, markers = map_inputs(region, "nl")
    return pn.visualise(region, metrics=metrics, markers=markers, lang="nl")


def legend_text(page: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.search(r'<details id="pn-legend" open>(.*?)</details>', page, re.S).group(1))


def shown_words(drawn) -> list[str]:
    """Every text of the map's words on a page: row labels, non-name values, legend, heading, summary."""
    rows = [row for item in drawn.nodes + drawn.edges for row in item["tip"]["rows"]]
    page = drawn.html
    texts = [label for label, _ in rows] + [value for label, value in rows if label not in NAME_ROWS]
    texts += [
        legend_text(page),
        re.search(r'<p id="pn-summary">(.*?)</p>', page).group(1),
        re.search(r"<title>(.*?)</title>", page).group(1),
    ]
    return texts


def test_a_dutch_map_shows_no_english(dutch_map):
    english = sorted({m.group(0) for text in shown_words(dutch_map) for m in ENGLISH.finditer(text)})
    assert english == []
    assert '<html lang="nl">' in dutch_map.html and _page_data(dutch_map.html)["options"]["locale"] == "nl"


def test_the_check_finds_english_in_an_english_map(region):
    metrics, markers = map_inputs(region, "en")
    english = {
        m.group(0).lower()
        for text in shown_words(pn.visualise(region, metrics=metrics, markers=markers))
        for m in ENGLISH.finditer(text)
    }
    assert {"organisations", "unknown", "chair", "member", "care", "legend", "connector", "marked"} <= english


def test_dutch_hover_rows_vocabulary_and_decimal_commas(dutch_map):
    nodes = by_id(dutch_map)
    assert tip(nodes["gemeente-klein-dorp"]) == {
        "domein": "bestuur",
        "regime": "beide",
        "niveau": "lokaal",
        "overleggen": "9",
        "capaciteit (uur/maand)": "20,0",  # hours, one decimal as the report
        "rollen": "voorzitter 1, lid 8",
        "tussenpositie": tip(nodes["gemeente-klein-dorp"])["tussenpositie"],
        "partners": "29",
        "vergaderuren per maand": "46,0",
        "belasting (× capaciteit)": "2,3",  # as the report's tables
        "gemarkeerd als": "verbinder",
    }
    veldstad = tip(nodes["gemeente-veldstad"])
    assert veldstad["vergaderuren per maand"] == "82,1" and veldstad["belasting (× capaciteit)"] == "0,5"
    assert veldstad["gemarkeerd als"] == "kwetsbare schakel, verbinder"
    assert tip(nodes["om-parket"])["tussenpositie"] == "2%"  # 0.0212, data/README.md story 5; a share (COLUMN_FORMATS)
    body = tip(nodes["casusoverleg-radicalisering"])
    assert body["soort"] == "operationeel" and body["regime"] == "CT" and body["niveau"] == "regionaal"
    assert tip(nodes["top-reviewteam"])["vergaderuren per maand"] == "onbekend"
    assert tip(nodes["p018"])["vergaderuren per maand"] == "46,0"  # a person's own meeting hours
    membership = next(e for e in dutch_map.edges if (e["from"], e["to"]) == ("p018", "veiligheidsoverleg-klein-dorp"))
    assert membership["tip"] == {
        "title": "W. Hoekstra bij Overleg zorg en veiligheid Klein-Dorp",
        "rows": [["rol", "voorzitter"], ["soort deelname", "kern"]],
    }


def test_dutch_legend_title_and_summary(dutch_map):
    legend = legend_text(dutch_map.html).split()
    text = " ".join(legend)
    assert text.startswith(
        "Legenda Organisaties per domein bestuur fiscaal-financieel inlichtingen justitie kennis "
        "onderwijs privaat sociaal veiligheid zorg Vormen organisatie (grootte: aantal overleggen)"
    )
    assert "Gemarkeerd kwetsbare schakel verbinder" in text
    assert "<title>regio-voorbeeld op 01-01-2026</title>" in dutch_map.html
    assert (
        '<p id="pn-summary">46 organisaties, 32 overleggen, 74 personen; 316 lijnen; grootte van organisaties: '
        "aantal overleggen; gemarkeerd: kwetsbare schakel 4, verbinder 12; krachtgestuurde indeling</p>"
    ) in dutch_map.html
    # the summary for a terminal (repr, CLI) is in the map's language too (issue 14)
    assert dutch_map.summary == (
        "46 organisaties, 32 overleggen, 74 personen; 316 lijnen; grootte van organisaties: aantal overleggen; "
        "gemarkeerd: kwetsbare schakel 4, verbinder 12; krachtgestuurde indeling"
    )


def test_dutch_filters_projection_and_shared_tables():
    land = pn.load(FIXTURES / "mini")
    drawn = pn.visualise(land, projection="organisations", regime="crime", lang="nl")
    assert "alleen regime criminaliteit" in drawn.html and "<title>mini op " not in drawn.html
    shared = {frozenset((e["from"], e["to"])): e["tip"] for e in drawn.edges}
    assert shared[frozenset(("gemeente", "om"))]["rows"] == [["gedeelde overleggen", "1"]]
    assert " en " in shared[frozenset(("gemeente", "om"))]["title"]
    assert "gedeelde overleggen (dikker: meer)" in legend_text(drawn.html)
    via = next(
        e for e in pn.visualise(land, persons=False, lang="nl").edges if (e["from"], e["to"]) == ("gemeente", "weeg")
    )
    assert via["tip"]["rows"] == [["rol", "voorzitter"], ["soort deelname", "kern"], ["via", "A. Jansen"]]


def test_metric_labels_are_translated_or_spelled_out():
    land = pn.load(FIXTURES / "mini")
    metrics = pd.DataFrame(
        {
            "betweenness": [0.5],
            "load_ratio": [1.26],
            "bridging": [3],
            "my_own_score": [0.125],
            "overloaded": [True],
            "main_role": ["liaison"],
            "domain": ["care"],
        },
        index=["om"],
    )
    dutch = tip(by_id(pn.visualise(land, metrics=metrics, lang="nl"))["om"])
    assert dutch["tussenpositie"] == "50%" and dutch["belasting (× capaciteit)"] == "1,3"
    assert dutch["brokerage tussen domeinen"] == "3" and dutch["my own score"] == "0,125"
    assert dutch["overbelast"] == "ja" and dutch["hoofdrol"] == "schakel" and dutch["domein"] == "justitie"
    english = tip(by_id(pn.visualise(land, metrics=metrics, lang="en"))["om"])
    assert english["betweenness"] == "50%" and english["my own score"] == "0.125" and english["overloaded"] == "yes"


def test_a_metric_the_map_already_shows_is_not_repeated(region):
    metrics, _ = map_inputs(region)
    rows = by_id(pn.visualise(region, metrics=metrics))["gemeente-klein-dorp"]["tip"]["rows"]
    labels = [label for label, _ in rows]
    assert labels.count("capacity (hours/month)") == 1 and len(labels) == len(set(labels))


def test_an_unknown_language_says_what_to_use(english):
    with pytest.raises(pn.UsageError, match="unknown language 'de'; use nl .* or en"):
        pn.visualise(pn.load(FIXTURES / "mini"), lang="de")


# -- the analyses that feed the map ---------------------------------------------


def test_map_inputs_on_the_region(region):
    metrics, markers = map_inputs(region, "en")
    assert list(markers) == ["single point of failure", "connector"]
    assert markers["single point of failure"] == {"gemeente-veldstad", "politie-ct-team", "p001", "p002"}
    bridging = pn.connectors(region)
    expected = set(bridging["organisations"].index[bridging["organisations"]["connector"]])
    expected |= set(bridging["persons"].index[bridging["persons"]["connector"]])
    assert (
        markers["connector"] == expected and len(expected) == 7 + 5
    )  # bridging z >= 1.96 (issue 15; bridging > 0 marked 35 + 50)
    assert {"p018", "p001", "gemeente-veldstad"} <= expected
    combined = pd.concat(metrics[:2], axis=1)
    assert list(combined.columns) == [
        "betweenness",
        "partners",
        "meeting_hours_per_month",
        "load_ratio",
        "capacity_hours",
    ]
    assert combined.loc["gemeente-klein-dorp", ["meeting_hours_per_month", "load_ratio"]].tolist() == [46.0, 2.3]
    assert combined.loc["om-parket", "betweenness"] == pytest.approx(0.0212, abs=5e-5)
    assert metrics[2].loc["p002", "meeting_hours_per_month"] == pytest.approx(39.17, abs=0.005)
    assert list(map_inputs(region, "nl")[1]) == ["kwetsbare schakel", "verbinder"]


def test_map_inputs_without_persons_and_from_computed_results(region):
    edge_list = pn.load(DATA / "edgelist-voorbeeld.csv")
    metrics, markers = map_inputs(edge_list)
    assert [list(frame.columns) for frame in metrics] == [
        ["betweenness", "partners"],
        ["meeting_hours_per_month", "load_ratio", "capacity_hours"],
    ]
    assert pn.visualise(edge_list, metrics=metrics, markers=markers, size_by="betweenness").counts["person"] == 0
    # what the report has: its persons' load is an empty table when there are no persons
    bridging = pn.connectors(region)
    metrics, markers = inputs_from(
        pn.centrality(region),
        pn.overload(region),
        pd.DataFrame(),
        [bridging["organisations"]],
        pn.articulation_points(region, level="organisations"),
        "nl",
    )
    assert len(metrics) == 2 and markers["kwetsbare schakel"] == {"gemeente-veldstad", "politie-ct-team"}
    assert len(markers["verbinder"]) == 7


def test_only_the_seam_imports_the_analyses_and_nothing_imports_the_report():
    """``visualise`` draws what it is given; its callers (``cli/viz.py``, ``report/maps.py``) run the analyses."""
    sources = {
        path.name: path.read_text(encoding="utf-8")
        for path in Path(pn.visualise.__code__.co_filename).parent.glob("*.py")
    }

    def importing(package: str) -> set:
        pattern = rf"^\s*(from (\.\.|partnernet\.){package}\b|import partnernet\.{package}\b)"
        return {name for name, text in sources.items() if re.search(pattern, text, re.M)}

    assert importing("analysis") == set()  # its words live in partnernet/language/map.py
    assert importing("report") == set()


# -- command line ------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def page_nodes(path) -> dict:
    return {n["id"]: n for n in _page_data(path.read_text(encoding="utf-8"))["nodes"]}


def test_cli_viz_shows_the_analyses_by_default(tmp_path):
    out = tmp_path / "map.html"
    result = run("viz", EXAMPLE, "-o", out, "--at", "2026-01-01", "--size-by", "betweenness")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"wrote {out}: 46 organisations, 32 bodies, 74 persons; 316 lines; organisations sized "
        "by betweenness; marked: single point of failure 4, connector 12; force-directed layout\n"
    )
    nodes = page_nodes(out)
    assert nodes["gemeente-veldstad"]["size"] == 40.0  # the highest betweenness
    assert nodes["gemeente-veldstad"]["borderWidth"] == 5 and nodes["gemeente-veldstad"]["color"][1] == "#111111"
    assert tip(nodes["gemeente-klein-dorp"])["load (× capacity)"] == "2.3"


def test_cli_viz_in_dutch_sized_by_meeting_hours(tmp_path):
    out = tmp_path / "kaart.html"
    result = run(
        "viz", EXAMPLE, "-o", out, "--at", "2026-01-01", "--lang", "nl", "--size-by", "meeting_hours_per_month"
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"geschreven: {out}: 46 organisaties, 32 overleggen, 74 personen; 316 lijnen; grootte van organisaties: "
        "vergaderuren per maand; gemarkeerd: kwetsbare schakel 4, verbinder 12; krachtgestuurde indeling\n"
    )
    page = out.read_text(encoding="utf-8")
    assert "grootte van organisaties: vergaderuren per maand" in page
    assert "organisatie (grootte: vergaderuren per maand" in page
    nodes = page_nodes(out)
    assert nodes["gemeente-veldstad"]["size"] == 40.0  # 82.08 h/month, the most
    assert tip(nodes["gemeente-klein-dorp"])["belasting (× capaciteit)"] == "2,3"
    assert tip(nodes["p001"])["gemarkeerd als"] == "kwetsbare schakel, verbinder"
    assert nodes["p001"]["borderWidth"] == 3 and nodes["p001"]["color"][1] == "#111111"  # thinner on a triangle


def test_cli_viz_without_analyses(tmp_path):
    out = tmp_path / "map.html"
    result = run("viz", EXAMPLE, "-o", out, "--at", "2026-01-01", "--no-analyses")
    assert result.exit_code == 0, result.output
    assert "marked" not in result.stderr
    nodes = page_nodes(out)
    assert all(n["borderWidth"] == 1 for n in nodes.values()) and "betweenness" not in tip(nodes["om-parket"])
    refused = run("viz", EXAMPLE, "-o", out, "--no-analyses", "--size-by", "load_ratio")
    assert refused.exit_code == 2
    assert "--size-by load_ratio is a figure of the analyses; leave out --no-analyses" in refused.stderr


def test_cli_viz_metrics_file_wins_over_the_analyses(tmp_path):
    metrics = tmp_path / "mine.csv"
    metrics.write_text("organisation,betweenness,note\nom,0.75,kern\n", encoding="utf-8")
    out = tmp_path / "map.html"
    result = run("viz", FIXTURES / "mini", "-o", out, "--at", "all", "--metrics", metrics, "--lang", "nl")
    assert result.exit_code == 0, result.output
    om = tip(page_nodes(out)["om"])
    assert om["tussenpositie"] == "75%" and om["note"] == "kern" and "partners" in om


def test_cli_viz_unknown_language(tmp_path):
    result = run("viz", FIXTURES / "mini", "-o", tmp_path / "m.html", "--lang", "de")
    assert result.exit_code == 2 and "unknown language 'de' in the option --lang" in result.stderr


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_legend_and_search_follow_the_names_option(region, lang):
    """Issue 15, tester: the report's map (no --names) showed persons by function but its legend said
    "naam bij aanwijzen" and its search "Zoek op naam, id of functie"."""
    by_function = pn.visualise(region, lang=lang, person_ids=False)
    named = pn.visualise(region, lang=lang)
    legend, search = (
        {"nl": "functie bij aanwijzen", "en": "function on hover"}[lang],
        {"nl": "Zoek op organisatie, overleg of functie", "en": "Search by organisation, body or function"}[lang],
    )
    assert legend in legend_text(by_function.html) and legend not in legend_text(named.html)
    assert {"nl": "naam bij aanwijzen", "en": "name on hover"}[lang] in legend_text(named.html)
    assert _page_data(by_function.html)["words"]["search"] == search
    assert (
        _page_data(named.html)["words"]["search"]
        == {"nl": "Zoek op naam, id of functie", "en": "Search by name, id or function"}[lang]
    )
