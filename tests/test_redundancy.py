"""Body redundancy: overlap of member sets, merge candidates, small and nested bodies."""

from __future__ import annotations

import math

import networkx as nx
import pandas as pd
import pytest

import partnernet as pn
from partnernet.language.notes import reasons

from conftest import EXAMPLE


def with_reasons(pairs: pd.DataFrame, min_overlap: float = 0.75) -> pd.DataFrame:
    """The pairs with the reason the CLI prints, in English (issue 14: words are no column of the analysis)."""
    return pairs.assign(reason=reasons(pairs, min_overlap, "en"))


def pair(frame: pd.DataFrame, a: str, b: str) -> pd.Series:
    match = frame[((frame["body_a"] == a) & (frame["body_b"] == b)) | ((frame["body_a"] == b) & (frame["body_b"] == a))]
    assert len(match) == 1, (a, b)
    return match.iloc[0]


def test_hand_computed_overlap(tafels):
    pairs = with_reasons(pn.redundancy(tafels))
    assert len(pairs) == 18  # every pair that shares at least one organisation
    row = pair(pairs, "casus", "weeg")
    assert (row["shared_members"], row["members_a"], row["members_b"], row["union_members"]) == (3, 4, 3, 4)
    assert row["jaccard"] == 0.75 and row["overlap_coefficient"] == 1.0
    assert row["same_regime"] and row["same_level"] and row["merge_candidate"]
    assert row["combined_meeting_hours_per_month"] == 5.0 and row["hours_saved_per_month"] == 3.0
    assert row["reason"] == "same 3 of 4 members, both CT, both local, 5.0 hours per month together"
    assert pair(pairs, "weeg", "stuur")["jaccard"] == 1.0
    assert pair(pairs, "klank", "project")["jaccard"] == pytest.approx(2 / 3)


def test_ranked_candidates_first_then_hours_saved(tafels):
    pairs = with_reasons(pn.redundancy(tafels))
    assert list(zip(pairs["body_a"], pairs["body_b"]))[:3] == [("casus", "stuur"), ("weeg", "stuur"), ("casus", "weeg")]
    assert pairs["hours_saved_per_month"].tolist()[:3] == [6.0, 3.0, 3.0]
    assert pairs["merge_candidate"].sum() == 3
    unknown = pairs[pairs["hours_saved_per_month"].isna()]
    assert set(unknown.index) == set(range(len(pairs) - len(unknown), len(pairs)))  # unknown savings last


def test_reason_of_a_non_candidate(tafels):
    row = pair(with_reasons(pn.redundancy(tafels)), "stuur", "top")
    assert not row["merge_candidate"]
    assert row["reason"] == (
        "not a candidate: 2 of 4 members shared (Jaccard 0.50 < 0.75), CT vs both, "
        "local vs regional, 3.0 hours per month together"
    )
    assert pair(with_reasons(pn.redundancy(tafels)), "klank", "project")["reason"].endswith(
        "both crime, both local, hours unknown"
    )


def test_reason_in_dutch_says_regime_and_level_in_dutch(tafels):
    """Issue 14: the Dutch reason read 'beide crime, beide local'; regime and level go through the label table."""
    pairs = pn.redundancy(tafels)
    said = reasons(pairs, 0.75, "nl")
    assert said[pairs.index[(pairs["body_a"] == "stuur") & (pairs["body_b"] == "top")][0]] == (
        "geen kandidaat: 2 van 4 deelnemers gedeeld (Jaccard 0,50 < 0,75), CT vs beide, "
        "lokaal vs regionaal, 3,0 uur per maand samen"
    )
    assert said.str.contains("beide criminaliteit, beide lokaal").any()
    assert not said.str.contains(r"\b(?:crime|local|regional|both)\b").any()


def test_min_overlap_threshold(tafels):
    strict = pn.redundancy(tafels, min_overlap=0.8)
    assert [tuple(p) for p in strict.loc[strict["merge_candidate"], ["body_a", "body_b"]].to_numpy()] == [
        ("weeg", "stuur")
    ]
    loose = pn.redundancy(tafels, min_overlap=0.6)
    assert pair(loose, "klank", "project")["merge_candidate"]
    with pytest.raises(pn.UsageError, match="min_overlap"):
        pn.redundancy(tafels, min_overlap=0)


def test_unknown_regime_makes_the_flag_unknown(tafels):
    bodies = tafels.bodies.copy()
    bodies.loc["weeg", "regime"] = None
    row = pair(with_reasons(pn.redundancy(tafels.replace(bodies=bodies))), "casus", "weeg")
    assert row["same_regime"] is pd.NA and row["merge_candidate"] is pd.NA
    assert "regime unknown" in row["reason"]


def test_persons_as_members(tafels, english):
    row = pair(pn.redundancy(tafels, members="persons"), "casus", "weeg")
    assert (row["shared_members"], row["union_members"], row["jaccard"]) == (2, 4, 0.5)
    with pytest.raises(pn.UsageError, match="unknown member set"):
        pn.redundancy(tafels, members="bodies")


def test_same_jaccard_as_networkx_body_projection(tafels):
    pairs = with_reasons(pn.redundancy(tafels))
    graph = tafels.graph("bodies", weight="jaccard")
    assert len(pairs) == graph.number_of_edges()
    for a, b, weight in zip(pairs["body_a"], pairs["body_b"], pairs["jaccard"]):
        assert graph[a][b]["weight"] == pytest.approx(weight)
    two_mode = nx.Graph([(b, o) for o, b in pn.graphs.affiliations(tafels)[["actor", "body"]].to_numpy()])
    bodies = [b for b in tafels.bodies.index if b in two_mode]
    reference = nx.bipartite.overlap_weighted_projected_graph(two_mode, bodies)
    assert reference["casus"]["stuur"]["weight"] == pytest.approx(pair(pairs, "casus", "stuur")["jaccard"])


def test_small_bodies(tafels):
    small = pn.small_bodies(tafels)
    assert small.index.name == "body"
    assert small["members"].to_dict() == {"solo": 1, "leeg": 0}
    assert small.loc["solo", "member_ids"] == ["pol-ct"] and small.loc["leeg", "member_ids"] == []
    persons = pn.small_bodies(tafels, members="persons")  # top has no persons, klank and project one
    assert persons["members"].to_dict() == {"top": 0, "klank": 1, "project": 1, "leeg": 0}


def test_nested_bodies(tafels):
    nested = pn.nested_bodies(tafels)
    assert list(nested.index) == ["weeg"]
    assert nested.loc["weeg", ["reports_to", "members", "members_of_parent", "meeting_hours_per_month"]].tolist() == [
        "casus",
        3,
        4,
        1.0,
    ]


def test_example_merge_candidates(example_2026):
    pairs = with_reasons(pn.redundancy(example_2026))
    candidates = pairs[pairs["merge_candidate"].fillna(False)]
    found = {frozenset((a, b)): j for a, b, j in zip(candidates["body_a"], candidates["body_b"], candidates["jaccard"])}
    assert found == {  # data/README.md, story 3
        frozenset({"ct-ambtelijk-overleg", "ct-stuurgroep-regio"}): pytest.approx(0.875),
        frozenset({"top-casustafel-centrum", "top-casustafel-noord"}): pytest.approx(7 / 9),
        frozenset({"regionaal-ondermijningsberaad", "riec-regionale-stuurgroep"}): pytest.approx(11 / 13),
    }
    assert pair(pairs, "riec-casusoverleg", "riec-regionale-stuurgroep")["jaccard"] == pytest.approx(0.6875)
    assert pair(pairs, "driehoek-veldstad", "top-stuurgroep")["jaccard"] == pytest.approx(0.60)
    assert pairs.iloc[0][["body_a", "body_b"]].tolist() == ["top-casustafel-centrum", "top-casustafel-noord"]
    assert pairs.iloc[0]["reason"] == "same 7 of 9 members, both crime, both local, 13.3 hours per month together"
    assert math.isclose(pairs.iloc[0]["hours_saved_per_month"], 7 * 40 * 2 / 12)


def test_example_before_the_new_body(example_2026):
    earlier = pn.redundancy(pn.load(EXAMPLE).at("2025-01-01"))
    assert int(earlier["merge_candidate"].sum()) == 2
    assert pn.small_bodies(example_2026).empty
    assert set(pn.nested_bodies(example_2026).index) == {
        "weegoverleg-radicalisering",
        "ct-ambtelijk-overleg",
        "riec-tactische-stuurgroep",
    }
