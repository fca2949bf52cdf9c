"""Consultation load: hours, capacity and load ratios, checked by hand (tests/fixtures/tafels/README.md)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis.overload import body_meeting_hours

from conftest import EXAMPLE


def test_body_hours_are_unknown_not_zero(tafels):
    hours = body_meeting_hours(tafels)
    assert hours["casus"] == 4.0 and hours["top"] == 1.0 and hours["leeg"] == pytest.approx(1 / 3)
    assert math.isnan(hours["klank"])


def test_organisation_and_its_person_at_the_same_table_count_once(tafels):
    gem = pn.overload(tafels).loc["gem"]
    # g1: casus 4 + weeg 1 + stuur 2 (+ klank unknown); gem: top 2 seats x 1 + project 1; stuur once
    assert gem["meeting_hours_per_month"] == 10.0
    assert (gem["bodies"], gem["seats"], gem["chairs"], gem["persons"]) == (6, 7, 4, 1)
    assert gem["bodies_with_unknown_hours"] == 1 and gem["hours_are_lower_bound"]
    assert gem["capacity_hours"] == 8.0 and gem["load_ratio"] == 1.25 and gem["overloaded"]
    assert gem["non_decision_hours_share"] == 0.5


def test_two_persons_of_one_organisation_at_one_table_both_count(tafels):
    ct = pn.overload(tafels).loc["pol-ct"]
    assert ct["meeting_hours_per_month"] == 13.0  # p1 4+1+2+1, p2 4+1
    assert (ct["bodies"], ct["seats"], ct["chairs"], ct["persons"]) == (4, 6, 1, 2)
    assert ct["load_ratio"] == 0.65 and not ct["overloaded"]
    assert ct["non_decision_hours_share"] == pytest.approx(11 / 13)


def test_units_are_not_added_to_their_parent(tafels):
    pol = pn.overload(tafels).loc["pol"]
    assert pol["meeting_hours_per_month"] == 1.0 and pol["load_ratio"] == 0.025


def test_unknown_capacity_gives_nan_ratio_and_na_flag(tafels):
    result = pn.overload(tafels)
    assert result.loc["om", "meeting_hours_per_month"] == 8.0
    assert math.isnan(result.loc["om", "load_ratio"])
    assert result.loc["om", "overloaded"] is pd.NA
    assert str(result["overloaded"].dtype) == "boolean"


def test_threshold_is_strictly_above_and_configurable(tafels):
    assert not pn.overload(tafels).loc["zorg", "overloaded"]  # 5 / 5 = 1.0
    assert pn.overload(tafels, threshold=0.9).loc["zorg", "overloaded"]
    assert pn.overload(tafels, threshold=2).loc["gem", "overloaded"] == False  # noqa: E712


def test_ranked_by_load_ratio_with_unknown_last(tafels):
    assert list(pn.overload(tafels).index) == ["gem", "zorg", "pol-ct", "bank", "pol", "om"]
    assert pn.overload(tafels).index.name == "organisation"


def test_person_level(tafels):
    persons = pn.overload(tafels, level="persons")
    assert persons.index.name == "person"
    assert persons["meeting_hours_per_month"].to_dict() == {"p1": 8.0, "g1": 7.0, "p2": 5.0, "z1": 5.0}
    assert persons.loc["g1", ["bodies", "chairs", "bodies_with_unknown_hours"]].tolist() == [4, 2, 1]
    assert persons.loc["p2", "organisation"] == "pol-ct"
    assert persons["load_ratio"].isna().all() and persons["overloaded"].isna().all()
    capped = pn.overload(tafels, level="persons", person_capacity_hours=6)
    assert capped["overloaded"].to_dict() == {"p1": True, "g1": True, "p2": False, "z1": False}
    assert capped.loc["g1", "load_ratio"] == pytest.approx(7 / 6)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"level": "bodies"}, "unknown level"),
        ({"threshold": -1}, "threshold must be a number"),
        ({"threshold": "high"}, "threshold must be a number"),
        ({"person_capacity_hours": float("nan")}, "person_capacity_hours must be a number"),
    ],
)
def test_bad_arguments(tafels, kwargs, message, english):
    with pytest.raises(pn.UsageError, match=message):
        pn.overload(tafels, **kwargs)


def test_example_verified_figures(example_2026):
    result = pn.overload(example_2026)
    expected = {  # data/README.md, "Verified figures", 2026-01-01
        "gemeente-klein-dorp": (46.0, 20, 2.30, 9),
        "gemeente-lindeloo": (26.5, 25, 1.06, 6),
        "politie-ct-team": (39.167, 40, 0.979, 10),
        "politie-district-veldstad": (44.75, 80, 0.559, 11),
        "gemeente-havenberg": (31.0, 45, 0.689, 11),
        "gemeente-veldstad": (82.083, 160, 0.513, 25),
        "om-parket": (30.0, 60, 0.50, 9),
    }
    for organisation, (hours, capacity, ratio, tables) in expected.items():
        row = result.loc[organisation]
        assert row["meeting_hours_per_month"] == pytest.approx(hours, abs=1e-3), organisation
        assert row["capacity_hours"] == capacity and row["load_ratio"] == pytest.approx(ratio, abs=1e-3)
        assert row["bodies"] == tables
    assert result.loc[["gemeente-havenberg", "gemeente-veldstad"], "bodies_with_unknown_hours"].tolist() == [1, 1]
    assert list(result.index[result["overloaded"].fillna(False)]) == ["gemeente-klein-dorp", "gemeente-lindeloo"]
    assert result.loc["welzijn-veldstad", "meeting_hours_per_month"] == pytest.approx(10 / 3)


def test_example_persons(example_2026):
    persons = pn.overload(example_2026, level="persons")
    assert persons.loc["p001", ["bodies", "meeting_hours_per_month"]].tolist() == [12, pytest.approx(36.917, abs=1e-3)]
    assert persons.loc["p002", "meeting_hours_per_month"] == pytest.approx(39.167, abs=1e-3)
    assert persons.loc["p018", "meeting_hours_per_month"] == 46.0


def test_all_rows_count_rotated_seats_twice():
    result = pn.overload(pn.load(EXAMPLE))  # no date: every membership row (data/README.md)
    assert result.loc["politie-district-veldstad", "meeting_hours_per_month"] == pytest.approx(68.75)
    assert result.loc["rvdk", "meeting_hours_per_month"] == pytest.approx(36.583, abs=1e-3)
    assert result.loc["gemeente-klein-dorp", "meeting_hours_per_month"] == 46.0


def test_hours_unknown_when_every_table_is_unknown():
    """A plain edge list has no frequencies: hours unknown, not 0 (and not overloaded)."""
    from conftest import DATA

    result = pn.overload(pn.load(DATA / "edgelist-voorbeeld.csv"))
    assert result["meeting_hours_per_month"].isna().all()
    assert (result["bodies_with_unknown_hours"] == result["bodies"]).all() and result["hours_are_lower_bound"].all()
    assert result["overloaded"].isna().all()
