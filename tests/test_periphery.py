"""Care, education and social partners against the rest, by hand on tests/fixtures/mini."""

import pytest

import partnernet as pn

from conftest import EXAMPLE, FIXTURES


def test_focus_domains_against_the_others():
    result = pn.periphery(pn.load(FIXTURES / "mini"))
    focus = result["focus"]
    # ggz (care) sits at the casusoverleg only, as a case member; the others at 3, 1, 2 and 3 tables
    assert focus["organisations_focus"] == 1 and focus["mean_bodies_focus"] == 1
    assert focus["occasional_share_focus"] == 1.0
    assert focus["mean_bodies_others"] == pytest.approx((3 + 1 + 2 + 3) / 4)
    assert focus["occasional_share_others"] == 0.0
    assert result["domains"].loc["security", "organisations"] == 2
    assert bool(result["domains"].loc["care", "focus"]) is True


def test_example_care_and_education_sit_at_fewer_tables():
    focus = pn.periphery(pn.load(EXAMPLE).at("2026-01-01"))["focus"]
    assert focus["mean_bodies_focus"] < focus["mean_bodies_others"] / 1.5
