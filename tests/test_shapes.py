"""Every shape of landscape the loaders accept: tie networks, empty registers, no persons, Gephi's mixed
graphs, headerless edge lists; and report findings that are true (issue 12, cases in tests/fixtures/shapes)."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.analysis.whatif import changed_landscape
from partnernet.language.whatif import changes as whatif_changes
from partnernet.analysis.cohesion import removal_effect
from partnernet.analysis.overload import HOURS
from partnernet.cli import cli
from partnernet.errors import InputError
from partnernet.language.notes import say as said_notes

from conftest import FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

SHAPES = FIXTURES / "shapes"
TIES = SHAPES / "one-mode-ties-only" / "ties.csv"


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


# -- ties are first-class ------------------------------------------------------------


def test_a_tie_edge_list_is_analysed_as_the_tie_network():
    land = pn.load(TIES)
    assert land.network_kind() == "ties" and land.with_ties(None)
    result = pn.fragmentation(land)
    summary = result["summary"]
    assert (summary["network"], summary["nodes"], summary["links"], summary["components"]) == ("ties", 4, 4, 1)
    assert result["fragmentation"] == 0.0
    assert result["articulation_points"].index.tolist() == ["Org B"]
    central = pn.centrality(land)
    assert central.loc["Org B", "partners"] == 3
    assert central.loc["Org B", "betweenness"] == pytest.approx(2 / 3)
    assert central.loc["Org A", "partners"] == 1


def test_no_ties_switch_leaves_the_ties_out_and_says_so():
    land = pn.load(TIES)
    without = land.using_ties(False)
    assert without.network_kind() == "tables"
    assert pn.fragmentation(without)["fragmentation"] == 1.0
    assert pn.fragmentation(land, ties=False)["summary"]["links"] == 0
    table = run("fragmentation", TIES, "--no-ties")
    assert table.exit_code == 0 and "4 organisations, 0 links (sharing a body)" in table.output
    with_ties = run("fragmentation", TIES)
    assert with_ties.exit_code == 0, with_ties.output
    assert (
        "4 links (direct ties)" in with_ties.output
        and "Network: organisations linked by their direct ties" in with_ties.output
    )


def test_ties_on_a_register_with_memberships_are_an_overlay_on_request(tmp_path):
    land = pn.load(FIXTURES / "mini")
    assert not land.with_ties(None) and land.network_kind() == "tables"
    if len(land.ties):
        assert land.network_kind(True) == "tables+ties"
        assert land.graph("organisations", ties=True).number_of_edges() >= land.graph("organisations").number_of_edges()


def test_a_snapshot_keeps_the_register_s_network():
    land = pn.load(FIXTURES.parent.parent / "data" / "regio-voorbeeld")
    before_any_table = land.at("2017-01-01")
    assert before_any_table.memberships.empty and len(before_any_table.ties)
    assert before_any_table.network_kind() == "tables"  # not a tie network for one day


@pytest.mark.parametrize(
    "command",
    [
        ["fragmentation", "--at", "all", "--format", "json"],
        ["whatif", "--remove", "Org B", "--format", "json"],
        ["centrality", "--format", "json"],
        ["connectors", "--format", "json"],
    ],
)
def test_every_network_command_runs_on_a_tie_list(command):
    result = run(command[0], TIES, *command[1:])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)


def test_whatif_on_ties_speaks_of_ties():
    land = pn.load(TIES)
    result = pn.whatif(land, remove=["Org B"])
    assert result["network"] == "ties"
    assert "Org A no longer has a tie with any other organisation" in whatif_changes(result, land)
    assert result["summary"].loc[("organisations", "fragmentation"), "after"] == pytest.approx(2 / 3)


def test_the_map_draws_the_ties(tmp_path):
    result = run("viz", TIES, "-o", tmp_path / "map.html")
    assert result.exit_code == 0 and "4 lines" in result.output


def test_person_ties_count_for_their_organisation():
    land = pn.Landscape.from_tables(
        organisations=pd.DataFrame({"id": ["a", "b"]}),
        bodies=pd.DataFrame({"id": ["t"]}),
        memberships=pd.DataFrame({"member": ["a"], "body": ["t"]}),
        persons=pd.DataFrame({"id": ["p"], "organisation": ["a"]}),
        ties=pd.DataFrame({"source": ["p"], "target": ["b"]}),
    )
    assert land.graph("organisations", ties=True).has_edge("a", "b")
    assert not land.graph("organisations").has_edge("a", "b")


# -- registers without links ------------------------------------------------------------


def test_a_register_without_links_is_fully_fragmented():
    land = pn.load(SHAPES / "no-links-crash")
    result = pn.fragmentation(land)
    assert result["fragmentation"] == 1.0 and result["summary"]["links"] == 0
    assert pn.bus_factor(land).empty
    for command in (["fragmentation"], ["whatif", "--remove", "org-a"], ["fragmentation", "--format", "json"]):
        assert run(command[0], SHAPES / "no-links-crash", *command[1:]).exit_code == 0


def test_the_bus_factor_of_a_tie_list_is_empty():
    assert pn.bus_factor(pn.load(SHAPES / "one-mode-ties-only" / "edges-lower.csv")).empty


@pytest.mark.parametrize("weight", ["shared", "newman", "jaccard"])
def test_projection_without_links_has_no_phantom_edge(weight):
    land = pn.load(SHAPES / "newman-projection-no-links")
    graph = land.graph("organisations", weight=weight)
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 0 and list(graph.edges) == []
    central = pn.centrality(land, projection=weight)
    assert central["partners"].tolist() == [0, 0, 0]
    assert central["pagerank"].to_numpy() == pytest.approx(np.full(3, 1 / 3))
    assert pn.structural_holes(land, projection=weight)["constraint"].isna().all()
    assert np.isnan(pn.ei_index(land, "domain", projection=weight)["network"]["ei_index"])


def test_newman_weights_of_real_links_are_floats():
    edges = pn.graphs.projection_edges(
        pn.graphs.incidence(
            pd.DataFrame({"actor": ["a", "b", "c"], "body": ["t", "t", "t"]}),
            pd.Index(["a", "b", "c"]),
            pd.Index(["t"]),
        ),
        pd.Index(["a", "b", "c"]),
        "newman",
    )
    assert edges["weight"].tolist() == [0.5, 0.5, 0.5]


# -- centrality conventions ---------------------------------------------------------------


@pytest.mark.parametrize("graph", [nx.star_graph(9), nx.path_graph(9), nx.balanced_tree(2, 3)])
def test_networkx_backend_gives_igraph_s_values(graph):
    fast, slow = pn.centrality(graph, backend="igraph"), pn.centrality(graph, backend="networkx")
    for column in ("pagerank", "betweenness", "harmonic_closeness", "eigenvector"):
        assert slow[column].reindex(fast.index).to_numpy() == pytest.approx(fast[column].to_numpy(), abs=1e-9)


def test_eigenvector_with_a_shared_leading_eigenvalue_is_symmetric():
    graph = nx.Graph([("d", "c"), ("a", "b")])  # two equal components: eigenvalue 1 twice
    values = pn.centrality(graph)["eigenvector"]
    assert values.to_numpy() == pytest.approx(np.full(4, 0.5))


def test_equal_scores_are_ranked_by_id_not_file_order():
    graph = nx.Graph()
    graph.add_nodes_from(["z", "m", "a"])
    assert pn.centrality(graph).index.tolist() == ["a", "m", "z"]
    cycle = nx.relabel_nodes(nx.cycle_graph(4), dict(enumerate("dbca")))
    assert pn.centrality(cycle).index.tolist() == ["a", "b", "c", "d"]


# -- Gephi -----------------------------------------------------------------------------------


def test_gephi_mixed_gexf_loads_directed_edges_as_directed_ties():
    land = pn.load(SHAPES / "gephi-mixed-edges" / "mixed.gexf")
    ties = land.ties.set_index(["source", "target"])
    assert ties["directed"].to_dict() == {("a", "b"): True, ("b", "c"): False, ("c", "a"): True}
    assert ties.loc[("a", "b"), "weight"] == 2.0


def test_gephi_graphml_with_per_edge_direction():
    land = pn.load(SHAPES / "gephi-mixed-edges" / "mixed.graphml")
    assert sorted(land.memberships["member"]) == ["a", "b"]
    assert land.ties[["source", "target", "directed"]].values.tolist() == [["a", "b", True]]
    assert not land.warnings  # the attribute that said 'body' is not taken as the body's own kind


GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected" timeformat="date">
<attributes class="edge"><attribute id="0" title="kind" type="string"/></attributes>
<nodes><node id="a" label="Org A"/><node id="b" label="Org B"/><node id="c" label="Org C"/>{extra}</nodes>
<edges><edge id="e1" source="a" target="b" start="2020-01-01" end="2021-06-30">
<attvalues><attvalue for="0" value="information"/></attvalues></edge>
<edge id="e2" source="b" target="{end}"/>
<edge id="e3" source="b" target="c"><spells><spell start="2019-01-01" end="2019-12-31"/>
<spell start="2022-01-01"/></spells></edge></edges></graph></gexf>"""


def _gexf(tmp_path, extra: str = "", end: str = "a"):
    path = tmp_path / "g.gexf"
    path.write_text(GEXF.format(extra=extra, end=end), encoding="utf-8")
    return path


def test_gexf_spells_and_parallel_edges(tmp_path):
    land = pn.load(_gexf(tmp_path))
    ties = land.ties
    assert len(ties) == 4
    spells = ties[ties["target"] == "c"]
    assert spells["start"].dt.strftime("%Y-%m-%d").tolist() == ["2019-01-01", "2022-01-01"]
    assert spells["end"].isna().tolist() == [False, True]
    codes = {p.code: str(p) for p in land.warnings}
    assert "edges e1, e2 join the same nodes" in codes["parallel_edges"]
    assert "edge e3 has 2 time spells" in codes["spells"]


def test_gexf_edge_to_an_undeclared_node_names_the_edge(tmp_path):
    with pytest.raises(InputError, match="edge e2: its target 'zz' is not declared as a node"):
        pn.load(_gexf(tmp_path, end="zz"))
    result = run("validate", _gexf(tmp_path, end="zz"))
    assert result.exit_code == 2


def test_gexf_ids_differing_by_spaces(tmp_path):
    with pytest.raises(InputError, match="node ids 'c' and ' c' differ only by surrounding spaces"):
        pn.load(_gexf(tmp_path, extra='<node id=" c" label="C2"/>'))


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
    ],
)
def test_entities_are_refused(tmp_path, doctype):
    path = tmp_path / "evil.graphml"
    path.write_text(
        f'<?xml version="1.0"?>{doctype}<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<graph edgedefault="undirected"><node id="{}"/></graph></graphml>'.replace(
            "{}", "&x;" if "SYSTEM" in doctype else "&h;"
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="an entity partnernet does not expand") as error:
        pn.load(path)
    assert (error.value.code, error.value.problems[0].row) == ("unreadable_file", 1)


# -- headerless edge lists -----------------------------------------------------------------


def test_a_headerless_edge_list_keeps_its_first_row_and_says_so():
    path = SHAPES / "headerless-edgelist" / "edges.csv"
    land = pn.load(path, two_mode=True)
    assert len(land.memberships) == 6 and ("Ann", "E1") in set(
        zip(land.memberships["member"], land.memberships["body"])
    )
    (warning,) = [p for p in land.warnings if p.code == "no_header"]
    assert "the first row 'Ann,E1' looks like data" in str(warning) and str(path) in str(warning)
    assert len(pn.load(path).ties) == 6


def test_an_edge_list_with_a_header_has_no_such_warning():
    assert not [p for p in pn.load(TIES).warnings if p.code == "no_header"]


def test_a_first_row_without_known_names_is_data(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("source,target\na,b\nb,c\n", encoding="utf-8")  # a header: names known, not ids below
    assert len(pn.load(path).ties) == 2
    path.write_text("a,b\na,c\nb,c\n", encoding="utf-8")  # no known name, values recur: data
    assert len(pn.load(path).ties) == 3
    path.write_text("a,b\nb,c\nc,a\n", encoding="utf-8")
    assert len(pn.load(path).ties) == 3


# -- overload ------------------------------------------------------------------------------------


def test_overload_ranks_by_seats_and_tables_when_every_hour_is_unknown():
    load = pn.overload(pn.load(SHAPES / "overload-unknown-hours-order"))
    assert load.index.tolist() == ["org-b", "org-a", "org-c", "org-idle"]
    assert load[HOURS].iloc[:3].isna().all()


# -- findings that are true ------------------------------------------------------------------------


def _report(tmp_path, path, lang: str) -> str:
    out = tmp_path / f"r-{lang}.md"
    result = run("report", path, "-o", out, "--lang", lang, "--at", "all")
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def _findings(text: str) -> list[str]:
    block = text.split("\n## ", 2)[1]
    # each finding's sentence, without its advice line (tests/test_report_advice.py checks those)
    return [line.split(" Advice: ")[0].split(" Advies: ")[0] for line in block.splitlines() if line[:1].isdigit()]


BAD = (
    "–,",
    " – ",
    "without –",
    "zonder –",
    " 1 parts",
    " 1 delen",
    " 1 layers",
    " 1 lagen",
    " 1 bodies",
    " 1 overleggen",
    "{",
    "}",
)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_report_without_persons_reads_correctly(tmp_path, lang):
    text = _report(tmp_path, SHAPES / "report-no-persons" / "edges.csv", lang)
    prose = "\n".join(line for line in text.splitlines() if not line.startswith("|"))
    assert not [bad for bad in BAD if bad in prose]
    assert ("one part" if lang == "en" else "één deel") in prose
    assert _findings(text) == [  # no persons, no domains: nothing to say about connectors or key persons
        "1. "
        + (
            "These data give no finding about the network. The appendix says what the register lacks."
            if lang == "en"
            else "Deze gegevens geven geen bevinding over het netwerk. De bijlage noemt wat "
            "er in het register ontbreekt."
        )
    ]
    assert ("The register holds no persons" if lang == "en" else "Het register bevat geen personen") in prose


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", "If Org Beta leaves, one organisation loses its link to the rest of the network."),
        ("nl", "Als Org Beta wegvalt, raakt één organisatie los van de rest van het netwerk."),
    ],
)
def test_an_organisation_is_not_its_own_parent(tmp_path, lang, expected):
    text = _report(tmp_path, SHAPES / "finding-org-of-org", lang)
    assert _findings(text)[0] == f"1. {expected}"
    assert "Org Beta of Org Beta" not in text and "Org Beta van Org Beta" not in text


def test_key_persons_without_effect_are_no_finding(tmp_path):
    land = pn.load(SHAPES / "report-keyplayer-no-effect")
    effect = removal_effect(land, ["pa1", "pa2"], level="persons")
    assert effect["F_before"] == pytest.approx(effect["F_after"]) and not effect["cut_off"]
    for lang in ("en", "nl"):
        text = _report(tmp_path, SHAPES / "report-keyplayer-no-effect", lang)
        assert "hold the network together" not in text and "houden het netwerk bij elkaar" not in text
        assert "rises from 0.000 to 0.000" not in text


def test_removal_effect_quotes_the_change_among_those_who_stay():
    effect = removal_effect(nx.path_graph(5), [2])
    assert (effect["F_before"], effect["F_after"], effect["cut_off"]) == (0.0, pytest.approx(2 / 3), True)
    nothing = removal_effect(nx.path_graph(5), [])
    assert nothing["F_before"] == nothing["F_after"] and not nothing["changed"]


def test_connector_finding_counts_and_names_the_same_organisations(tmp_path):
    text = _report(tmp_path, FIXTURES.parent.parent / "data" / "regio-voorbeeld", "en")
    line = next(f for f in _findings(text) if "bridges to another domain" in f)
    count = int(line.split(", ", 1)[1].split(" ")[0])  # "Of the 40 organisations ..., 32 have no connector"
    names = line.split("chance: ", 1)[1].rstrip(".")
    listed, _, others = names.rpartition(" and ")
    known = set(pn.load(FIXTURES.parent.parent / "data" / "regio-voorbeeld").organisations["name"])
    # a name may hold a comma ("Openbaar Ministerie, Parket Veldland"): then names are separated by "; "
    pieces = listed.split("; " if "; " in listed else ", ")
    assert all(piece in known for piece in pieces)
    shown = len(pieces) + (int(others.split()[0]) if others.endswith("others") else 1)
    assert shown == count


def test_a_whatif_without_changes_is_refused_and_its_landscape_is_the_baseline():
    land = pn.load(FIXTURES / "mini")
    with pytest.raises(pn.UsageError) as nothing:  # as the CLI refuses it (issue 14)
        pn.whatif(land)
    assert nothing.value.code == "nothing_to_change"
    assert changed_landscape(land, (), ()).equals(land)


def test_directed_ties_keep_their_direction_for_betweenness_and_brokerage():
    land = pn.load(SHAPES / "gephi-mixed-edges" / "mixed.gexf")  # a -> b, b - c, c -> a
    central = pn.centrality(land)
    assert central["betweenness"].to_dict() == {"b": 0.5, "c": 0.5, "a": 0.0}
    assert "follows the direction" in said_notes(central.attrs["note"], "en")
    assert pn.connectors(land)["organisations"]["coordinator"].isna().all()  # no domains: brokerage undefined
    one_domain = land.replace(organisations=land.organisations.assign(domain="care"))
    brokers = pn.connectors(one_domain)["organisations"]
    assert brokers["coordinator"].to_dict() == {"b": 1, "c": 1, "a": 0}  # a -> b -> c and b -> c -> a
    assert pn.fragmentation(land)["summary"]["links"] == 3  # symmetrised for fragmentation
    result = run("centrality", SHAPES / "gephi-mixed-edges" / "mixed.gexf")
    assert "2 directed ties: betweenness and brokerage follow the direction" in result.output


def test_no_hub_is_named_among_equals(tmp_path):
    folder = tmp_path / "equal"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id,name\nom,Openbaar Ministerie\nb,B\nc,C\n", encoding="utf-8")
    (folder / "bodies.csv").write_text("id\nt\n", encoding="utf-8")
    (folder / "memberships.csv").write_text("member,body\nom,t\nb,t\nc,t\n", encoding="utf-8")
    land = pn.load(folder)
    hub = pn.connectors(land, expected_hub="om")["expected_hub"]
    assert hub.loc["betweenness", "top_shared_by"] == 3 and hub.loc["betweenness", "rank"] == 1
    assert pn.governance(land)["hub"] is None
    text = _report(tmp_path, folder, "en")
    assert "is the hub" not in text and "most central organisation is" not in text


def test_key_players_among_equals_do_not_depend_on_file_order():
    star_pair = [("hub1", "x1"), ("hub1", "x2"), ("hub2", "y1"), ("hub2", "y2"), ("hub1", "hub2")]
    forward, backward = nx.Graph(star_pair), nx.Graph(list(reversed([(v, u) for u, v in star_pair])))
    one, other = pn.key_players(forward, k=1, criterion="F"), pn.key_players(backward, k=1, criterion="F")
    assert one["players"] == other["players"] == ["hub1"]  # hub1 and hub2 score the same: the lower id
    assert one["individual"].index.tolist() == other["individual"].index.tolist()


# -- issue 12b: what a sceptical tester found ---------------------------------------------


def test_ties_with_dates_count_only_while_they_last(tmp_path):
    path = tmp_path / "ties.csv"
    path.write_text("source,target,start,end\na,b,2020-01-01,2021-12-31\nb,c,2019-01-01,\n", encoding="utf-8")
    land = pn.load(path)
    assert land.ties["start"].dtype.kind == "M" and land.has_dates
    assert [len(land.at(day).ties) for day in ("2018-06-01", "2020-06-01", "2026-01-01")] == [0, 2, 1]
    gexf = pn.load(_gexf(tmp_path))
    assert gexf.at("2026-01-01").ties[["source", "target"]].values.tolist() == [["a", "b"], ["b", "c"]]
    assert gexf.at("2019-06-01").ties[["source", "target"]].values.tolist() == [["a", "b"], ["b", "c"]]
    assert len(gexf.at("2020-06-01").ties) == 2  # between the two spells of b-c
    path.write_text("source,target,start,end\na,b,2021-01-01,2020-01-01\n", encoding="utf-8")
    with pytest.raises(InputError, match="end 2020-01-01 is before start"):
        pn.load(path)


def test_single_person_links_count_distinct_pairs(tmp_path):
    path = tmp_path / "seats.csv"
    path.write_text("person,body,organisation\np1,t1,A\np2,t1,B\np1,t2,A\np3,t2,C\n", encoding="utf-8")
    land = pn.load(path)
    links = pn.single_person_links(land)
    assert len(links) == 4  # A-B and A-C, each depending on one person on either side
    assert links.groupby("person")["person_links"].first().to_dict() == {"p1": 2, "p2": 1, "p3": 1}
    assert "2 pairs of organisations in all" in run("fragmentation", path).output
    english = _report(tmp_path, path, "en")
    assert (
        "There are 2 pairs of organisations linked only through one person; the staff member of A carries 2" in english
    )


def _star(tmp_path, leaves: int = 4):
    path = tmp_path / "star.graphml"
    nx.write_graphml(nx.star_graph(["hub", *(f"leaf{i}" for i in range(leaves))]), path)
    return path


def test_key_players_report_and_command_quote_the_same_change(tmp_path):
    path = _star(tmp_path)
    command = run("fragmentation", path, "--key-players", "3").output
    assert "DF among the remaining organisations: 0.500 with it, 1.000 without it" in command
    english = _report(tmp_path, path, "en")
    # the report quotes the network's DF now (30%: the figure of its network paragraph, issue 15e) and the
    # DF of the network that stays (100%); the command adds the like-for-like 50% over the staying pairs
    assert "is 30% fragmented" in english
    assert (
        "without hub, the network of the 4 organisations that stay is 100% fragmented (detours counted); now it "
        "is 30%, the figure above"
    ) in english
    result = pn.key_players(pn.load(path), k=3)
    assert result["effect"]["DF_before"] == pytest.approx(0.5) and result["effect"]["DF_after"] == 1.0


def test_key_players_who_add_nothing_are_left_out_and_said_so(tmp_path):
    path = _star(tmp_path)
    result = pn.key_players(pn.load(path), k=2)
    assert result["players"] == ["hub"] and result["dropped"] == ["leaf0"] and result["score"] == 1.0
    assert "leaf0 left out: removing it adds nothing" in said_notes(result["note"], "en")
    assert "Leaving out leaf0 and leaf1 as well adds nothing to this" in _report(tmp_path, path, "en")  # k=3
    chain = pn.key_players(nx.path_graph(7), k=2)  # both cut points of a path are needed
    assert len(chain["players"]) == 2 and chain["dropped"] == []


def test_persons_at_no_table_are_not_missing_from_the_register(tmp_path):
    folder = tmp_path / "land"
    folder.mkdir()
    (folder / "organisations.csv").write_text(
        "id,name,domain\norg-b,Org B,security\norg-a,Org A,care\norg-c,Org C,justice\n", encoding="utf-8"
    )
    (folder / "bodies.csv").write_text("id,name\nt1,Tafel 1\nt2,Tafel 2\n", encoding="utf-8")
    (folder / "memberships.csv").write_text("member,body\norg-a,t1\norg-b,t1\norg-b,t2\norg-c,t2\n", encoding="utf-8")
    (folder / "persons.csv").write_text("id,organisation,name\np1,org-a,Piet\np2,org-b,Jan\n", encoding="utf-8")
    coverage = pn.connectors(pn.load(folder))["coverage"]
    # org-b bridges t1 and t2 itself (an organisation connector), so it has a connector (issue 15)
    assert coverage["reason"].to_dict() == {
        "org-a": "no_seated_persons",
        "org-b": None,
        "org-c": "no_registered_persons",
    }
    english = _report(tmp_path, folder, "en")
    assert (
        "One organisation at the tables has no persons in the register, so whether it has a connector is "
        "unknown: Org C." in english
    )
    assert (
        "their persons in the register sit at no table, so whether they have a connector is unknown: "
        "Org A and Org B." in english
    )


def test_no_placeholder_leaks_from_a_plain_string_next_to_an_f_string():
    import re
    import tokenize
    from pathlib import Path

    leaks = []
    for path in Path(pn.__file__).parent.rglob("*.py"):
        with path.open(encoding="utf-8") as handle:
            group = []
            for token in [*tokenize.generate_tokens(handle.readline), None]:
                if token is not None and token.type == tokenize.STRING:
                    group.append(token)
                elif token is not None and token.type in (tokenize.NL, tokenize.COMMENT) and group:
                    continue
                else:  # a run of implicitly joined literals ends: a plain one next to an f-string is not formatted
                    if any(re.match(r"[rRbB]*[fF]", t.string) for t in group):
                        leaks += [
                            f"{path.name}:{t.start[0]}"
                            for t in group
                            if not re.match(r"[rRbB]*[fF]", t.string) and re.search(r"\{[A-Za-z_'][^{}]*\}", t.string)
                        ]
                    group = []
    assert leaks == []
    out = run("fragmentation", SHAPES / "gephi-mixed-edges" / "mixed.gexf").output
    assert "both ways" in out and "{'them'" not in out


def test_compare_counts_add_up_and_reports_ties(tmp_path):
    ties = tmp_path / "ties.csv"
    ties.write_text("source,target\nalpha,beta\nbeta,gamma\n", encoding="utf-8")
    seats = tmp_path / "seats.csv"
    seats.write_text("organisation,body\nalpha,t1\ndelta,t1\n", encoding="utf-8")
    result = pn.compare(pn.load(ties), pn.load(seats))
    counts = result["counts"]
    assert (counts["before"] + counts["added"] - counts["removed"]).tolist() == counts["after"].tolist()
    assert counts.loc["organisations"].tolist() == [3, 2, 1, 2] and counts.loc["ties"].tolist() == [2, 0, 0, 2]
    assert result["removed"]["ties"][["source", "target"]].values.tolist() == [["alpha", "beta"], ["beta", "gamma"]]
    assert "organisations 3 -> 2 (1 new, 2 gone)" in " ".join(run("compare", ties, seats).output.split())
    region = pn.load(FIXTURES.parent.parent / "data" / "regio-voorbeeld")
    counts = pn.compare(region.at("2025-01-01"), region.at("2026-01-01"))["counts"]
    assert (counts["before"] + counts["added"] - counts["removed"]).tolist() == counts["after"].tolist()


def test_gephi_csv_edge_type_is_the_direction(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text(
        "Source,Target,Type,Id,Label,Weight\na,b,Directed,0,,1.0\nb,c,Undirected,1,,2.0\n", encoding="utf-8"
    )
    ties = pn.load(path).ties
    assert ties["directed"].tolist() == [True, False] and ties["kind"].tolist() == ["other", "other"]
    path.write_text("source,target,type\na,b,information\n", encoding="utf-8")
    assert pn.load(path).ties["kind"].tolist() == ["information"]  # a kind stays a kind


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_counts_of_one_are_singular(tmp_path, lang):
    path = tmp_path / "seats.csv"
    path.write_text("person,body,organisation\np1,t1,A\np2,t1,B\n", encoding="utf-8")
    text = _report(tmp_path, path, lang)
    assert (
        "One pair of organisations is linked only through one person"
        if lang == "en"
        else "Eén paar organisaties is alleen via één persoon"
    ) in text
    for wrong in ("Één", "One persons", " 1 pairs", " 1 paren", "1 communities"):
        assert wrong not in text
    assert "modularity of 1 community" in run("fragmentation", path).output
    from partnernet.language.compare import _links_text

    row = pd.Series({"member_pairs": 1, "pairs_already_together": 0, "new_links": 1, "new_link_pairs": [("a", "b")]})
    assert _links_text(row, True, "en") == (
        "Its one pair of organisations, a -- b, shared no body before: it links them for the first time."
    )
    from partnernet.language.report import Texts

    assert Texts("nl").count_first(1) == "Eén" and Texts("en").count_first(2) == "Two"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_one_organisation_has_no_empty_comparison(tmp_path, lang):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id,name,domain\norg-a,Org A,care\n", encoding="utf-8")
    (folder / "bodies.csv").write_text("id,name\nt1,Tafel 1\nt2,Tafel 2\n", encoding="utf-8")
    (folder / "memberships.csv").write_text("member,body\norg-a,t1\norg-a,t2\n", encoding="utf-8")
    text = _report(tmp_path, folder, lang)
    prose = "\n".join(line for line in text.splitlines() if not line.startswith("|"))
    assert ": –)" not in prose and "(others: –)" not in prose and "(anderen: –)" not in prose
    assert (
        "No other organisations sit at the tables to compare them with."
        if lang == "en"
        else "Er zijn geen andere organisaties aan tafel om mee te vergelijken."
    ) in prose


def test_person_level_and_too_few_actors_are_named_right():
    out = run("fragmentation", TIES, "--level", "persons").output
    assert "Network: persons linked by their direct ties" in out and out.count("Network:") == 1
    too_few = run("fragmentation", TIES, "--level", "persons", "--key-players", "1")
    assert too_few.exit_code == 2 and "too few actors for key players: the network has 0 nodes" in too_few.output
    assert "from 1 to -2" not in too_few.output


def test_overload_says_when_there_is_nothing_to_count():
    none = run("overload", TIES)
    assert none.exit_code == 0 and "The landscape has no memberships" in none.output and "tables" not in none.output
    unknown = run("overload", SHAPES / "overload-unknown-hours-order").output
    assert "The hours of every table are unknown" in unknown and "lower bound" not in unknown


def test_empty_layers_and_networks_say_what_is_missing():
    layers = run("layers", TIES)  # pn.layers refuses (issue 14): the CLI says the API's error
    assert layers.exit_code == 2 and "no body has a regime" in layers.output and "0 bodies" not in layers.output
    table = run("fragmentation", TIES, "--no-ties").output
    assert "The landscape has no memberships: without its direct ties no organisation is linked" in table


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_empty_connector_section_says_why(tmp_path, lang):
    text = _report(tmp_path, TIES, lang)
    section = text.split("## Connectors" if lang == "en" else "## Verbinders")[1].split("\n## ")[0]
    assert ("fewer than two domains" if lang == "en" else "minder dan twee domeinen") in section


@pytest.mark.parametrize(
    "lang, sentence", [("nl", "geen deelnames aan overleggen"), ("en", "no memberships of bodies")]
)
def test_report_without_memberships_says_so_instead_of_a_load_table(tmp_path, lang, sentence):
    ties = tmp_path / "ties.csv"
    ties.write_text("source,target\nalpha,beta\nbeta,gamma\n", encoding="utf-8")
    out = tmp_path / f"r-{lang}.md"
    pn.report(pn.load(ties), out, lang=lang, to="md", include_map=False)
    text = out.read_text(encoding="utf-8")
    assert sentence in text
    goal = text.split("## ")[[i for i, part in enumerate(text.split("## ")) if sentence in part][0]]
    assert "| 0 |" not in goal  # no table of zero hours before the sentence
