"""Every input format loads; every writer's output loads back into the same landscape."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

MINI = FIXTURES / "mini"


def assert_same(a, b, *, ignore_row_order=False):
    for name in ("organisations", "bodies", "persons", "covenants"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    for name, key in (("memberships", ["member", "body", "start"]), ("ties", ["source", "target"])):
        left, right = getattr(a, name), getattr(b, name)
        if ignore_row_order:
            left = left.sort_values(key).reset_index(drop=True)
            right = right.sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, obj=name)


def test_dutch_excel_csv(tmp_path):
    """Semicolons, Windows-1252, Dutch headers and vocabulary, decimal commas."""
    folder = tmp_path / "nl"
    folder.mkdir()
    files = {
        "organisaties.csv": "Id;Naam;Domein;Regime;Niveau;Capaciteit uren\r\n"
        "gem;Gemeente Súdwest;bestuur;beide;lokaal;12,5\r\n"
        "pol;Politie;veiligheid;beide;regionaal;1.000,5\r\n",
        "overleggen.csv": "id;naam;soort;regime;niveau;vergaderingen_per_jaar;uren_per_vergadering;rapporteert_aan\r\n"
        "cas;Casusoverleg café;operationeel;ct;lokaal;24;1,5;\r\n",
        "lidmaatschappen.csv": "lid;overleg;rol;soort;zetels;begin;einde\r\n"
        "gem;cas;voorzitter;kern;1;01-02-2020;\r\n"
        "pol;cas;lid;casus;2;2020-02-01;31-12-2024\r\n",
    }
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("cp1252"))
    land = pn.load(folder)
    assert land.organisations.at["gem", "name"] == "Gemeente Súdwest"
    assert land.organisations.at["gem", "capacity_hours"] == 12.5
    assert land.organisations.at["pol", "capacity_hours"] == 1000.5
    assert land.organisations["domain"].tolist() == ["administration", "security"]
    assert land.bodies.at["cas", "name"] == "Casusoverleg café"
    assert land.bodies.at["cas", "hours_per_meeting"] == 1.5
    assert land.bodies.at["cas", "kind"] == "operational"
    assert land.memberships["role"].tolist() == ["chair", "member"]
    assert land.memberships["type"].tolist() == ["core", "case"]
    assert land.memberships["seats"].tolist() == [1, 2]
    assert land.memberships["start"].tolist() == [pd.Timestamp("2020-02-01")] * 2
    assert land.memberships["end"].iat[1] == pd.Timestamp("2024-12-31")
    # read as Windows-1252 with one warning per file that is not UTF-8, naming the lines that depend on it (issue 14)
    said = {(Path(w.file).name, w.code, w.unit, w.rows) for w in land.warnings}
    assert said == {("organisaties.csv", "encoding", "line", (2,)), ("overleggen.csv", "encoding", "line", (2,))}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_and_without_bom(tmp_path, encoding):
    folder = tmp_path / "land"
    folder.mkdir()
    for file in MINI.iterdir():
        text = file.read_text(encoding="utf-8").replace("Klein-Dorp", "Klein-Dörp")
        (folder / file.name).write_text(text, encoding=encoding)
    land = pn.load(folder)
    assert land.organisations.at["gemeente", "name"] == "Gemeente Klein-Dörp"
    assert land.organisations.index[0] == "gemeente"


def test_excel_serial_dates_and_years(tmp_path):
    land = pn.load(MINI)
    folder = tmp_path / "serial"
    pn.write(land, folder)
    text = (folder / "memberships.csv").read_text().replace("2019-01-01", "43466").replace("2020-01-01", "2020")
    (folder / "memberships.csv").write_text(text)
    again = pn.load(folder)
    assert again.memberships["start"].equals(land.memberships["start"])


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ""])
def test_written_landscape_loads_identical(tmp_path, suffix):
    land = pn.load(MINI)
    out = pn.write(land, tmp_path / f"land{suffix}")
    assert pn.load(out).equals(land)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graph_files_load_back(tmp_path, suffix):
    land = pn.load(MINI)
    out = pn.write(land, tmp_path / f"land{suffix}")
    assert_same(land, pn.load(out), ignore_row_order=True)


def test_convert_command_round_trip_through_xlsx(tmp_path):
    out = tmp_path / "land.xlsx"
    result = CliRunner().invoke(cli, ["convert", str(MINI), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output
    assert pn.load(out).equals(pn.load(MINI))


def test_convert_rejects_an_unknown_format(tmp_path):
    result = CliRunner().invoke(cli, ["convert", str(MINI), "-o", str(tmp_path / "land.pdf")])
    assert result.exit_code == 2 and "cannot write '.pdf'" in result.output


def test_xlsx_text_that_looks_like_a_formula_stays_text(tmp_path, mini):
    from conftest import edit
    import openpyxl

    edit(mini, "organisations", replace=("Openbaar Ministerie", '"=HYPERLINK(""http://x"";""klik"")"'))
    land = pn.load(mini)
    out = pn.write(land, tmp_path / "land.xlsx")
    sheet = openpyxl.load_workbook(out)["organisations"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
    assert pn.load(out).organisations.at["om", "name"].startswith("=HYPERLINK")


def test_csv_writer_neutralises_formulas_and_reads_them_back(tmp_path, mini):
    from conftest import edit

    edit(mini, "organisations", replace=("Openbaar Ministerie", "@SUM(A1)"))
    land = pn.load(mini)
    out = pn.write(land, tmp_path / "copy")
    assert "'@SUM(A1)" in (out / "organisations.csv").read_text()
    assert pn.load(out).organisations.at["om", "name"] == "@SUM(A1)"


def test_two_mode_edge_list_by_header(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes(
        "organisatie;overleg\r\nGemeente;Casusoverleg\r\nPolitie;Casusoverleg\r\n"
        "Politie;Driehoek\r\nOM;Driehoek\r\nGGZ Café;Casusoverleg\r\n".encode("cp1252")
    )
    land = pn.load(path)
    assert land.counts["organisations"] == 4 and land.counts["bodies"] == 2
    assert land.counts["memberships"] == 5
    assert "GGZ Café" in land.organisations.index
    assert land.graph("organisations").edges["Gemeente", "Politie"]["weight"] == 1


def test_edge_list_as_ties_or_forced_two_mode(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("source,target,weight,kind\na,x,2,informatie\nb,x,1,advies\n")
    land = pn.load(path)
    assert land.counts["organisations"] == 3 and land.counts["ties"] == 2 and land.counts["bodies"] == 0
    assert land.ties["kind"].tolist() == ["information", "advice"]
    assert land.ties["weight"].tolist() == [2.0, 1.0]
    forced = pn.load(path, two_mode=True)
    assert forced.counts["organisations"] == 2 and forced.counts["bodies"] == 1
    assert forced.counts["memberships"] == 2
    result = CliRunner().invoke(cli, ["validate", str(path), "--two-mode"])
    assert result.exit_code == 0 and "memberships" in result.output


def test_edge_list_with_an_id_on_both_sides(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("organisation,body\nA,X\nX,Y\n")
    with pytest.raises(pn.InputError, match="id 'X' is used for both an organisation"):
        pn.load(path)


def test_gephi_style_one_mode_graph(tmp_path):
    graph = nx.Graph()
    graph.add_node("0", label="Politie", domain="veiligheid")
    graph.add_node("1", label="Gemeente", domain="bestuur")
    graph.add_node("2", label="GGZ")
    graph.add_edge("0", "1", weight=3.0)
    graph.add_edge("1", "2")
    path = tmp_path / "gephi.gexf"
    nx.write_gexf(graph, path)
    land = pn.load(path)
    assert land.organisations["name"].tolist() == ["Politie", "Gemeente", "GGZ"]
    assert land.organisations["domain"].tolist()[:2] == ["security", "administration"]
    assert land.counts["ties"] == 2 and land.ties["weight"].tolist()[0] == 3.0


def test_bipartite_graphml_from_networkx(tmp_path):
    graph = nx.davis_southern_women_graph()
    graph.graph.clear()
    path = tmp_path / "davis.graphml"
    nx.write_graphml(graph, path)
    land = pn.load(path)
    assert land.counts["organisations"] == 18 and land.counts["bodies"] == 14
    assert land.counts["memberships"] == 89


def test_damaged_workbook_is_an_input_error(tmp_path, english):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    with pytest.raises(pn.InputError, match="not an .xlsx workbook"):
        pn.load(path)


def test_workbook_with_missing_sheet_and_extra_sheet(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Organisaties"
    book.active.append(["id", "naam"])
    book.active.append(["a", "A"])
    book.create_sheet("Notities").append(["vrije tekst"])
    path = tmp_path / "land.xlsx"
    book.save(path)
    with pytest.raises(pn.InputError) as caught:
        pn.load(path)
    messages = str(caught.value)
    assert "land.xlsx, sheet 'bodies'" in messages and "land.xlsx, sheet 'memberships'" in messages
