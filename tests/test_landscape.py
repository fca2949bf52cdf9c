"""The Landscape's tables and graph views, checked by hand on tests/fixtures/mini."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

import partnernet as pn
from partnernet.errors import UsageError

from conftest import FIXTURES


@pytest.fixture(scope="module")
def land():
    return pn.load(FIXTURES / "mini")


def test_tables_have_normalised_dtypes(land):
    assert land.organisations.index.name == "id"
    assert land.organisations["capacity_hours"].dtype == float
    assert land.bodies["meetings_per_year"].dtype == float
    assert str(land.memberships["start"].dtype) == "datetime64[ns]"
    assert land.memberships["seats"].dtype == "int64"
    assert land.ties["directed"].dtype == bool
    assert land.ties["weight"].tolist() == [1.0, 2.0]


def test_membership_knows_the_members_organisation(land):
    m = land.memberships.set_index(["member", "body"])
    assert m.at[("p2", "casus"), "organisation"] == "politie-ct"
    assert m.at[("p2", "casus"), "member_kind"] == "person"
    assert m.at[("om", "casus"), "organisation"] == "om"
    assert m.at[("om", "casus"), "member_kind"] == "organisation"


def test_names_default_to_ids_for_organisations_and_bodies_not_persons(mini):
    from conftest import edit

    edit(mini, "organisations", replace=("om,Openbaar Ministerie", "om,"))
    land = pn.load(mini)
    assert land.organisations.at["om", "name"] == "om"
    assert pd.isna(land.persons.at["p2", "name"])


def test_two_mode_graph(land):
    g = land.graph("two-mode")
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(n for n, k in kinds.items() if k == "body") == ["casus", "stuur", "weeg"]
    assert sorted(n for n, k in kinds.items() if k == "person") == ["p1", "p2", "p3"]
    # a person's membership links the person and, through them, the organisation to the body
    assert g.has_edge("p2", "casus") and g.has_edge("politie-ct", "casus")
    assert g.edges["politie-ct", "casus"]["via"] == ["p2"]
    assert g.edges["politie-ct", "casus"]["direct"] is False
    assert g.edges["om", "casus"]["direct"] is True
    assert g.nodes["casus"]["body_kind"] == "operational"
    assert not land.graph("two-mode", persons=False).has_node("p1")


def test_organisation_projection_by_hand(land):
    g = land.graph("organisations")
    # casus: gemeente (p1), politie-ct (p2), om, ggz (p3); weeg: gemeente, politie-ct, om; stuur: gemeente, politie, om
    assert g.edges["gemeente", "om"]["weight"] == 3
    assert g.edges["gemeente", "politie-ct"]["weight"] == 2
    assert g.edges["ggz", "om"]["weight"] == 1
    assert not g.has_edge("ggz", "politie")
    assert g.nodes["gemeente"]["bodies"] == 3
    newman = land.graph("organisations", weight="newman")
    # casus has 4 members (1/3), weeg 3 (1/2), stuur 3 (1/2)
    assert newman.edges["gemeente", "om"]["weight"] == pytest.approx(1 / 3 + 1 / 2 + 1 / 2)
    jaccard = land.graph("organisations", weight="jaccard")
    assert jaccard.edges["politie-ct", "om"]["weight"] == pytest.approx(2 / 3)


def test_ties_layer_on_the_organisation_graph(land):
    g = land.graph("organisations", ties=True)
    # p3 (ggz) -> politie-ct information tie: new edge; om - politie advice weight 2 adds to 1 shared body
    assert g.edges["ggz", "politie-ct"]["weight"] == 1 + 1
    assert g.edges["ggz", "politie-ct"]["tie_kinds"] == "information"
    assert g.edges["om", "politie"]["weight"] == 1 + 2
    assert g.edges["om", "politie"]["shared"] == 1
    assert (
        not land.graph("organisations").has_edge("om", "politie")
        or land.graph("organisations").edges["om", "politie"]["weight"] == 1
    )


def test_persons_and_bodies_projections(land):
    persons = land.graph("persons")
    assert persons.edges["p1", "p2"]["weight"] == 2
    assert persons.edges["p1", "p3"]["weight"] == 1
    bodies = land.graph("bodies")
    assert bodies.edges["casus", "weeg"]["weight"] == 3
    assert bodies.edges["casus", "stuur"]["weight"] == 2


def test_hierarchy_and_ties_graphs(land):
    h = land.graph("hierarchy")
    assert isinstance(h, nx.DiGraph)
    assert sorted(h.edges) == [("casus", "stuur"), ("weeg", "casus")]
    t = land.graph("ties")
    assert t.is_directed()
    assert t.has_edge("p3", "politie-ct") and not t.has_edge("politie-ct", "p3")
    assert t.has_edge("om", "politie") and t.has_edge("politie", "om")


def test_graph_views_are_cached_and_read_only(land):
    g = land.graph("organisations")
    assert land.graph("organisations") is g
    with pytest.raises(nx.NetworkXError):
        g.add_node("x")
    g.copy().add_node("x")


def test_unknown_graph_kind_and_weight(land, english):
    with pytest.raises(UsageError, match="unknown graph kind"):
        land.graph("people")
    with pytest.raises(UsageError, match="unknown weight"):
        land.graph("organisations", weight="cosine")


def test_snapshot_at_a_date(land):
    before = land.at("2020-06-01")
    # p3 starts at casus 2021-06-01, p2 at casus 2020-01-01
    casus = before.memberships[before.memberships["body"] == "casus"]
    assert sorted(casus["member"]) == ["om", "p1", "p2"]
    assert "p3" not in before.persons.index
    assert before.date == pd.Timestamp("2020-06-01")
    assert land.at("31-12-2018").memberships["body"].tolist() == ["stuur"] * 3


def test_snapshot_drops_bodies_outside_their_lifetime(mini):
    from conftest import edit

    edit(mini, "bodies", replace=("2019-01-01,", "2019-01-01,2022-12-31"))
    land = pn.load(mini).at("2023-06-01")
    assert "casus" not in land.bodies.index
    assert pd.isna(land.bodies.at["weeg", "reports_to"])
    assert "casus" not in set(land.memberships["body"])


def test_bad_snapshot_date(land, english):
    with pytest.raises(UsageError, match="not a valid date"):
        land.at("30-02-2024")


def test_repr_and_html(land, monkeypatch):
    assert "5 organisations, 3 bodies, 3 persons, 10 memberships" in repr(land)
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    html = land._repr_html_()
    assert "<table" in html and "Organisations per domain" in html
    monkeypatch.setenv("PARTNERNET_LANG", "nl")
    assert "Organisaties per domein" in land._repr_html_()  # words from partnernet/language (issue 14)


def test_repr_html_escapes_user_text(tmp_path, mini):
    from conftest import edit

    edit(mini, "organisations", replace=("Gemeente Klein-Dorp", "<script>alert(1)</script>"))
    edit(mini, "organisations", replace=("care,crime", "<b>care</b>,crime"))
    html = pn.load(mini)._repr_html_()
    assert "<script>" not in html and "<b>care" not in html


def test_equals(land):
    assert land.equals(pn.load(FIXTURES / "mini"))
    assert not land.equals(land.at("2020-01-01"))
