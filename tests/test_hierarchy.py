"""Reporting chains along reports_to: depth, chains, isolated bodies."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis.hierarchy import ancestors

from conftest import EXAMPLE


@pytest.fixture(scope="module")
def result(tafels):
    return pn.hierarchy(tafels)


def test_depth_and_chain(result):
    bodies = result["bodies"]
    assert bodies["depth"].to_dict() == {
        "weeg": 4,
        "casus": 3,
        "stuur": 2,
        "klank": 1,
        "leeg": 1,
        "project": 1,
        "solo": 1,
        "top": 1,
    }
    assert bodies.loc["weeg", "chain"] == ["weeg", "casus", "stuur", "top"]
    assert bodies.loc["casus", "top_body"] == "top" and bodies.loc["top", "chain"] == ["top"]
    assert bodies["children"].to_dict() == {
        "weeg": 0,
        "casus": 1,
        "stuur": 1,
        "klank": 0,
        "leeg": 0,
        "project": 0,
        "solo": 0,
        "top": 1,
    }


def test_isolated_and_operational_chains(result):
    assert list(result["isolated"].index) == ["klank", "leeg", "project", "solo"]
    chains = result["operational_chains"]
    assert chains["layers"].to_dict() == {"weeg": 4, "casus": 3, "solo": 1}
    assert chains.loc["weeg", "chain"] == ["weeg", "casus", "stuur", "top"]
    summary = result["summary"]
    assert (summary["bodies"], summary["top_bodies"], summary["max_depth"], summary["isolated_bodies"]) == (8, 5, 4, 4)
    assert summary["mean_layers_operational"] == pytest.approx(8 / 3)


def test_a_cycle_is_an_input_error(english):
    parent = pd.Series({"a": "b", "b": "c", "c": "a", "d": None}, name="reports_to")
    with pytest.raises(pn.InputError, match="cycle"):
        ancestors(parent)


def test_ancestors_step_by_step():
    parent = pd.Series({"a": "b", "b": "c", "c": None, "x": "gone"}, name="parent")
    frame = ancestors(parent)
    assert frame[frame["node"] == "a"][["ancestor", "step"]].values.tolist() == [["a", 0], ["b", 1], ["c", 2]]
    assert frame[frame["node"] == "x"]["ancestor"].tolist() == ["x"]  # a parent outside the table ends the chain
    assert ancestors(pd.Series([], dtype=object, name="parent")).empty


def test_empty_landscape_has_no_depth(tafels):
    empty = tafels.replace(bodies=tafels.bodies.iloc[:0], memberships=tafels.memberships.iloc[:0])
    summary = pn.hierarchy(empty)["summary"]
    assert summary["max_depth"] == 0 and math.isnan(summary["mean_layers_operational"])


def test_example_chains(example_2026):
    result = pn.hierarchy(example_2026)
    bodies = result["bodies"]
    assert result["summary"]["max_depth"] == 4  # data/README.md, story 3
    assert bodies.loc["top-casustafel-centrum", "chain"] == [
        "top-casustafel-centrum",
        "top-programmateam",
        "top-directeurenoverleg",
        "top-stuurgroep",
    ]
    assert bodies.loc["project-haven-klankbordgroep", "chain"] == [
        "project-haven-klankbordgroep",
        "project-haven-stuurgroep",
        "riec-tactische-stuurgroep",
        "riec-regionale-stuurgroep",
    ]
    assert set(bodies.index[bodies["depth"] == 4]) == {
        "top-casustafel-centrum",
        "top-casustafel-noord",
        "rad-casustafel-veldstad",
        "project-haven-klankbordgroep",
    }
    assert bodies.loc["top-reviewteam", ["reports_to", "depth"]].tolist() == ["top-stuurgroep", 2]
    assert result["operational_chains"].loc["riec-casusoverleg", "layers"] == 3
    assert set(result["isolated"].index) == {
        "dreigingsmanagement-overleg",
        "driehoek-veldstad",
        "havenoverleg-noordzee",
        "kenniskring-ondermijning",
        "masterclass-radicalisering",
        "nctv-gemeentenoverleg",
        "overleg-veilige-school",
        "regionaal-ondermijningsberaad",
        "signaleringsoverleg-zuid",
        "strategisch-beraad-ondermijning",
        "veiligheidsoverleg-klein-dorp",
    }


def test_a_dissolved_parent_ends_the_chain():
    land = pn.load(EXAMPLE)
    bodies = land.bodies.assign(
        end=land.bodies["end"].where(land.bodies.index != "top-programmateam", pd.Timestamp("2024-12-31"))
    )
    result = pn.hierarchy(land.replace(bodies=bodies).at("2026-01-01"))
    assert result["bodies"].loc["top-casustafel-centrum", ["depth", "top_body"]].tolist() == [
        1,
        "top-casustafel-centrum",
    ]
