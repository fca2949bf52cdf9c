"""Tenure and turnover, checked by hand on tests/fixtures/turnover (as of 2026-01-01)."""

from __future__ import annotations

import pandas as pd
import pytest

import partnernet as pn

from conftest import EXAMPLE, FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def result():
    return pn.turnover(pn.load(FIXTURES / "turnover"), as_of="2026-01-01")


def test_body_tenure_and_newcomers(result):
    tafel = result["bodies"].loc["tafel"]
    assert tafel["members_now"] == 3  # p1, p3, p4
    # tenures: p1 2192 days, p3 184, p4 549 -> median 549 days
    assert tafel["median_tenure_years"] == pytest.approx(549 / 365.25)
    assert tafel["new_members"] == 1 and tafel["new_share"] == pytest.approx(1 / 3)
    # core members seated on 2025-01-01: p1, p2, p4; still there on 2026-01-01: p1, p4
    assert tafel["core_continuity"] == pytest.approx(2 / 3)
    assert tafel["departures"] == 1  # p2 left 2025-06-30; p5 left before the window
    assert bool(tafel["short_tenure"]) is True


def test_unknown_start_is_counted_not_guessed(result):
    stuur = result["bodies"].loc["stuur"]
    assert stuur["members_now"] == 2 and stuur["tenure_unknown"] == 1
    assert stuur["median_tenure_years"] == pytest.approx(2557 / 365.25)
    assert bool(stuur["short_tenure"]) is False


def test_seats_changing_hands(result):
    orgs = result["organisations"]
    assert orgs.loc["b", ["seat_changes", "seat_changes_in_window", "persons_rotated_out"]].tolist() == [1, 1, 1]
    assert orgs.loc["c", ["seat_changes", "seat_changes_in_window", "persons_rotated_out"]].tolist() == [1, 0, 0]
    assert orgs.loc["a", "seat_changes"] == 0 and orgs.loc["a", "seats_now"] == 2
    assert orgs.index[0] == "b"  # most recent change first


def test_handover_list():
    changes = pn.seat_changes(pn.load(FIXTURES / "turnover").memberships)
    assert changes[["organisation", "person_out", "person_in"]].values.tolist() == [
        ["c", "p5", "p4"],
        ["b", "p2", "p3"],
    ]
    assert changes["date"].tolist() == [pd.Timestamp("2024-07-01"), pd.Timestamp("2025-07-01")]


def test_shared_tenure():
    ties = pn.shared_tenure(pn.load(FIXTURES / "turnover"), as_of="2026-01-01").set_index(["person_a", "person_b"])
    assert ties.loc[("p1", "p5"), "years_together"] == pytest.approx(1276 / 365.25)
    assert ties.loc[("p1", "p2"), "years_together"] == pytest.approx(911 / 365.25)
    assert ties.loc[("p2", "p4"), "years_together"] == pytest.approx(364 / 365.25)
    assert ("p2", "p3") not in ties.index and ("p4", "p5") not in ties.index  # one left the day before
    assert ties.index[0] == ("p1", "p5")


def test_bad_parameters():
    with pytest.raises(pn.UsageError):
        pn.turnover(pn.load(FIXTURES / "turnover"), threshold_years=0)


def test_example_region_turnover():
    result = pn.turnover(pn.load(EXAMPLE), as_of="2026-01-01")
    casus = result["bodies"].loc["casusoverleg-radicalisering"]
    assert casus["members_now"] == 16 and casus["new_members"] == 5  # data/README.md, story 7
    assert result["organisations"].loc["politie-district-veldstad", "seat_changes_in_window"] == 4  # p037 -> p038


def test_turnover_command():
    from click.testing import CliRunner
    import json

    from partnernet.cli import cli

    result = CliRunner().invoke(cli, ["turnover", str(FIXTURES / "turnover"), "--at", "2026-01-01"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (
        lines[0].startswith("Bodies on 2026-01-01")
        and "tafel" in lines[3]
        and "yes" in lines[3].split()
        and "True" not in lines[3]
    )
    assert "Organisations: seats that changed hands" in result.output
    document = json.loads(
        CliRunner()
        .invoke(cli, ["turnover", str(FIXTURES / "turnover"), "--at", "2026-01-01", "--format", "json"])
        .stdout
    )
    assert document["as_of"] == "2026-01-01"
    assert {row["body"]: row["new_members"] for row in document["bodies"]} == {"tafel": 1, "stuur": 0}
    csv = (
        CliRunner()
        .invoke(
            cli,
            [
                "turnover",
                str(FIXTURES / "turnover"),
                "--at",
                "2026-01-01",
                "--format",
                "csv",
                "--table",
                "organisations",
            ],
        )
        .stdout
    )
    assert csv.splitlines()[0].startswith("organisation,name,seats_now,seat_changes")
