"""Covenant coverage of body members and information ties."""

from __future__ import annotations

import pytest

import partnernet as pn

from conftest import EXAMPLE


@pytest.fixture(scope="module")
def example(example_2026):
    return pn.covenant_coverage(example_2026)


def test_a_unit_is_covered_by_its_parents_signature(tafels):
    covered = pn.covered_organisations(tafels)
    rows = {tuple(r) for r in covered[["organisation", "covenant", "signed_by"]].to_numpy()}
    assert rows == {
        ("gem", "Conv", "gem"),
        ("om", "Conv", "om"),
        ("pol", "Conv", "pol"),
        ("pol-ct", "Conv", "pol"),
        ("pol-ct", "Conv2", "pol-ct"),
        ("zorg", "Conv2", "zorg"),
    }


def test_body_coverage(tafels):
    bodies = pn.covenant_coverage(tafels)["bodies"]
    assert list(bodies.index) == ["project", "casus", "weeg"]  # least covered first
    assert bodies.loc["casus", ["members", "covered_members", "members_outside"]].tolist() == [4, 3, 1]
    assert bodies.loc["casus", "covered_share"] == 0.75 and bodies.loc["casus", "outside"] == ["zorg"]
    assert bodies.loc["project", "outside"] == ["bank", "zorg"] and bodies.loc["weeg", "outside"] == []


def test_members_outside(tafels):
    outside = pn.covenant_coverage(tafels)["members_outside"]
    assert outside[["body", "organisation", "domain"]].values.tolist() == [
        ["casus", "zorg", "care"],
        ["project", "bank", "private"],
        ["project", "zorg", "care"],
    ]
    assert outside["persons"].tolist() == [["z1"], [], ["z1"]]


def test_information_ties_crossing_a_covenant(tafels):
    ties = pn.covenant_coverage(tafels)["information_ties"]
    rows = [tuple(r) for r in ties[["source", "target", "covenant", "signatory_end", "direction"]].to_numpy()]
    assert rows == [
        ("gem", "bank", "Conv", "source", "out_of_the_group"),
        ("om", "zorg", "Conv", "source", "both_ways"),
        ("om", "zorg", "Conv2", "target", "both_ways"),
        ("bank", "zorg", "Conv2", "target", "into_the_group"),
        ("z1", "p1", "Conv", "target", "into_the_group"),
        ("gem", "pol-ct", "Conv2", "target", "into_the_group"),
    ]
    assert ties["shared_covenants"].tolist() == [[], [], [], [], ["Conv2"], ["Conv"]]
    assert ties["has_shared_covenant"].tolist() == [False] * 4 + [True] * 2
    assert ties.loc[4, ["source_organisation", "target_organisation"]].tolist() == ["zorg", "pol-ct"]


def test_example_members_outside(example):
    bodies = example["bodies"]
    expected = {  # data/README.md, story 4: (members, covered, outside)
        "project-haven-stuurgroep": (6, 5, ["havenbedrijf-havenberg"]),
        "project-jongeren-stuurgroep": (5, 3, ["ggz-veldland", "jeugdzorg-veldland"]),
        "riec-casusoverleg": (14, 14, []),
        "riec-tactische-stuurgroep": (7, 7, []),
        "riec-regionale-stuurgroep": (13, 13, []),
        "regietafel-ondermijning-noord": (6, 6, []),
        "casusoverleg-radicalisering": (16, 14, ["ggz-veldland", "nctv"]),
        "weegoverleg-radicalisering": (6, 6, []),
        "reviewteam-radicalisering": (4, 3, ["universiteit-veldstad"]),
    }
    assert set(bodies.index) == set(expected)
    for body, (members, covered, outside) in expected.items():
        assert bodies.loc[body, ["members", "covered_members", "outside"]].tolist() == [members, covered, outside]
    assert set(example["members_outside"]["domain"]) == {"care", "private", "administration", "knowledge"}


def test_example_dissolved_project_with_the_bank():
    bodies = pn.covenant_coverage(pn.load(EXAMPLE))["bodies"]  # all rows: the dissolved body is there
    assert bodies.loc["project-witwassen-stuurgroep", ["members", "covered_members", "outside"]].tolist() == [
        8,
        7,
        ["bank-veldland"],
    ]


def test_example_information_ties(example):
    ties = example["information_ties"]
    riec = ties[ties["covenant"] == "RIEC-convenant Veldland"]
    assert set(zip(riec["source"], riec["target"])) == {  # data/README.md, story 4
        ("ggz-veldland", "politie-ct-team"),
        ("p063", "p002"),
        ("jeugdzorg-veldland", "politie-district-veldstad"),
        ("ggd-veldland", "politie-district-noord"),
        ("bank-veldland", "fiu-nederland"),
        ("havenbedrijf-havenberg", "douane"),
        ("aivd", "politie-ct-team"),
        ("europol", "politie-eenheid"),
    }
    unshared = ties[~ties["has_shared_covenant"]]
    assert set(zip(unshared["source"], unshared["target"])) == {
        ("ggz-veldland", "politie-ct-team"),
        ("p063", "p002"),
        ("bank-veldland", "fiu-nederland"),
        ("havenbedrijf-havenberg", "douane"),
        ("aivd", "politie-ct-team"),
        ("europol", "politie-eenheid"),
    }
    jeugdzorg = ties[ties["source"] == "jeugdzorg-veldland"].iloc[0]
    assert jeugdzorg["direction"] == "into_the_group"
    assert jeugdzorg["shared_covenants"] == ["Convenant Zorg- en Veiligheidshuis Veldland"]
    assert set(ties.loc[ties["source"] == "europol", "direction"]) == {"both_ways"}
    assert not ((ties["source"] == "aivd") & (ties["target"] == "nctv")).any()  # neither signed anything
