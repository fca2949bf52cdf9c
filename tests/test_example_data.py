"""End to end on data/: the example landscapes load, agree with each other, and carry their stories."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import DATA, EXAMPLE

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def land():
    return pn.load(EXAMPLE)


def test_folder_and_workbook_are_the_same_landscape(land):
    assert pn.load(DATA / "regio-voorbeeld.xlsx").equals(land)


@pytest.mark.parametrize("path", ["regio-voorbeeld", "regio-voorbeeld.xlsx", "edgelist-voorbeeld.csv"])
def test_validate_example_data(path):
    result = CliRunner().invoke(cli, ["validate", str(DATA / path)])
    assert result.exit_code == 0, result.output
    # the edge list is Windows-1252 as Dutch Excel writes it: read so, with that one warning (issue 14)
    warnings = "1 warning:" if path.endswith(".csv") else "0 warnings"
    assert "usable" in result.output and warnings in result.output


def test_validate_prints_matching_counts_for_folder_and_workbook():
    outputs = [
        CliRunner().invoke(cli, ["validate", str(DATA / p)]).output.splitlines()[1:]
        for p in ("regio-voorbeeld", "regio-voorbeeld.xlsx")
    ]
    assert outputs[0] == outputs[1]
    assert outputs[0][:5] == [
        "  organisations       46",
        "  bodies              33",
        "  persons             79",
        "  memberships        243",
        "  ties                22",
    ]


def test_dutch_edge_list_is_windows_1252(land):
    edges = pn.load(DATA / "edgelist-voorbeeld.csv")
    assert (DATA / "edgelist-voorbeeld.csv").read_bytes().startswith(b"organisatie;overleg\r\n")
    assert "Gemeente Skâldyk" in edges.organisations.index
    assert "Café-overleg ondermijning" in edges.bodies.index
    assert edges.counts[["organisations", "bodies", "memberships"]].tolist() == [16, 8, 42]
    (warning,) = edges.warnings
    assert (warning.code, warning.row, warning.unit, warning.column) == ("encoding", 3, "line", "organisatie")
    assert len(warning.rows) == 14 and "Windows-1252" in warning.message


def test_the_example_covers_every_domain_and_regime(land):
    assert set(land.organisations["domain"]) == {
        "administration",
        "security",
        "justice",
        "intelligence",
        "tax-finance",
        "care",
        "social",
        "education",
        "knowledge",
        "private",
    }
    assert set(land.bodies["regime"]) == {"ct", "crime", "both"}
    assert land.graph("hierarchy").number_of_edges() > 10


def test_snapshots_a_year_apart_differ(land):
    before, after = land.at("2025-01-01"), land.at("2026-01-01")
    assert "regionaal-ondermijningsberaad" in after.bodies.index
    assert "regionaal-ondermijningsberaad" not in before.bodies.index
    assert "p037" in before.persons.index and "p037" not in after.persons.index


def test_klein_dorp_has_one_person_at_nine_tables(land):
    m = land.at("2026-01-01").memberships
    klein = m[m["organisation"] == "gemeente-klein-dorp"]
    assert klein.loc[klein["member_kind"] == "person", "member"].unique().tolist() == ["p018"]
    assert klein["body"].nunique() == 9


def test_the_summary_ranks_the_big_city_first(land):
    top = pn.summary(land)["top_organisations"]
    assert top.index[0] == "gemeente-veldstad"
