"""Connectors: a hand-checked landscape, the mini fixture and the example region's stories."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis.connectors import REASONS
from partnernet.language.connectors import reasons

from conftest import EXAMPLE, FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def region():
    return pn.connectors(pn.load(EXAMPLE).at("2026-01-01"), by="domain", expected_hub="om-parket")


@pytest.fixture(scope="module")
def chain():
    return pn.connectors(chain_landscape(), by="domain")


def chain_landscape():
    """Care person pa sits with security pb (t1) and security pc (t2); pb also with justice pd (t3).

    Person projection: pb - pa - pc and pa - pb - pd, no other ties. So pa
    brokers the security pair (pb, pc): itinerant; pb brokers (pa, pd), care
    and justice: liaison. pc and pd broker nothing.
    """
    organisations = pd.DataFrame(
        {
            "id": ["ggz", "politie", "kmar", "om"],
            "name": ["GGZ", "Politie", "KMar", "OM"],
            "domain": ["care", "security", "security", "justice"],
        }
    )
    persons = pd.DataFrame(
        {"id": ["pa", "pb", "pc", "pd"], "organisation": ["ggz", "politie", "kmar", "om"], "name": ["A", "B", "C", "D"]}
    )
    bodies = pd.DataFrame({"id": ["t1", "t2", "t3"]})
    memberships = pd.DataFrame(
        {"member": ["pa", "pb", "pa", "pc", "pb", "pd"], "body": ["t1", "t1", "t2", "t2", "t3", "t3"]}
    )
    return pn.Landscape.from_tables(
        organisations=organisations, bodies=bodies, memberships=memberships, persons=persons
    )


def test_hand_checked_roles_and_labels(chain):
    from partnernet.language.connectors import role_labels

    persons = chain["persons"]
    labels, dutch = role_labels(persons, "domain"), role_labels(persons, "domain", "nl")
    assert persons.loc["pa", ["itinerant", "boundary", "liaison", "bridging"]].tolist() == [1, 0, 0, 1]
    assert labels["pa"] == "connector between care and security"
    assert dutch["pa"] == "verbinder tussen zorg en veiligheid"
    assert persons.loc["pa", "bridges"] == [("care", "security")]  # a pair: two values, sorted
    assert persons.loc["pb", ["liaison", "bridging", "main_role"]].tolist() == [1, 1, "liaison"]
    assert labels["pb"] == "liaison between care and justice" and dutch["pb"] == "schakel tussen zorg en justitie"
    assert labels["pc"] == "no brokerage" and not persons.loc["pc", "connector"]
    assert list(persons.index[:2]) == ["pa", "pb"]  # sorted by bridging
    assert persons.loc["pa", ["ei_index", "participation"]].tolist() == [1.0, 0.0]  # both ties to security


# The chain's person projection: pa - pb, pa - pc, pb - pd; 6 directed ties among N = 4, d = 1/2.
# Bernoulli digraph: a pair is brokered with q = d^2 (1 - d) = 1/8; pairs sharing an end covary by
# r3 = d^3 (1 - d)^3 = 1/64. pa (care, alone in its group) and pb (security, with pc): all 6 ordered
# pairs of the other three cross a group border; each of the 3 sources starts 2 of them (2 ordered
# pairs of pairs sharing it), as does each target: 12 covarying pairs of pairs, so
# Var = 6 q (1 - q) + 12 r3 = 42/64 + 12/64 = 54/64 (sna's ordered pairs).
# Unordered pairs halve count, mean (6/8 -> 3/8) and sd: z = (1 - 3/8) / (sqrt(54/64) / 2).
CHAIN_Z_ONE = (1 - 3 / 8) / (math.sqrt(54 / 64) / 2)  # 1.3608: bridging 1
CHAIN_Z_ZERO = (0 - 3 / 8) / (math.sqrt(54 / 64) / 2)  # -0.8165: bridging 0


def test_hand_computed_bridging_z_and_threshold(chain):
    persons = chain["persons"]
    assert persons.loc["pa", "bridging_z"] == pytest.approx(CHAIN_Z_ONE)
    assert persons.loc["pb", "bridging_z"] == pytest.approx(CHAIN_Z_ONE)
    assert persons.loc[["pc", "pd"], "bridging_z"].tolist() == pytest.approx([CHAIN_Z_ZERO] * 2)
    assert chain["threshold"] == 1.96 and not persons["connector"].any()  # one bridged pair is not above chance
    lower = pn.connectors(chain_landscape(), by="domain", z=1.3)
    assert lower["threshold"] == 1.3
    assert lower["persons"]["connector"].to_dict() == {"pa": True, "pb": True, "pc": False, "pd": False}
    assert lower["coverage"].loc["ggz", "connectors"] == ["pa"] and lower["coverage"].loc["politie", "connectors"] == [
        "pb"
    ]
    with pytest.raises(pn.UsageError, match="threshold z"):
        pn.connectors(chain_landscape(), z=float("nan"))


def test_bridging_moments_equal_exact_enumeration():
    """Mean and variance of the bridging count over all 4,096 digraphs on 4 nodes, weighted by d."""
    from partnernet.analysis.connectors import bridging_moments

    groups, d = ["a", "a", "b", "c"], 0.3
    nodes = range(4)
    arcs = [(i, j) for i in nodes for j in nodes if i != j]
    first, second = np.zeros(4), np.zeros(4)
    for present in itertools.product((0, 1), repeat=len(arcs)):
        tie = dict(zip(arcs, present))
        weight = d ** sum(present) * (1 - d) ** (len(arcs) - sum(present))
        for v in nodes:
            count = sum(
                1
                for a in nodes
                for b in nodes
                if len({a, b, v}) == 3
                and tie[a, v]
                and tie[v, b]
                and not tie[a, b]
                and not groups[a] == groups[b] == groups[v]
            )
            first[v] += weight * count
            second[v] += weight * count * count
    mean, sd = bridging_moments(np.array([2.0, 1.0, 1.0]), 4.0, d)  # groups a, b, c
    assert mean[[0, 0, 1, 2]] == pytest.approx(first)
    assert sd[[0, 0, 1, 2]] ** 2 == pytest.approx(second - first**2)


def test_bridging_z_is_snas_total_z_when_every_actor_is_its_own_group():
    # with no two actors in one group every brokered pair bridges: bridging = total, and its z is sna's
    from partnernet.analysis.connectors import bridging_z

    graph = nx.krackhardt_kite_graph()
    alone = {n: n for n in graph}
    counts = pn.brokerage(graph, alone)
    bridging = counts[["itinerant", "boundary", "liaison"]].sum(axis=1)
    assert (bridging == counts["total"]).all()
    z = bridging_z(graph, pd.Series(alone), bridging)
    expected = pn.brokerage_significance(graph, alone, sna_compatible=True)["z"]["total"]
    np.testing.assert_allclose(z.to_numpy(), expected.to_numpy())


def test_hand_checked_coverage_and_detail(chain):
    coverage = chain["coverage"]
    assert coverage.loc["ggz", "connectors"] == [] and not coverage["has_connector"].any()
    assert set(chain["without_connector"].index) == {"ggz", "politie", "kmar", "om"}
    assert chain["without_connector"].loc["om", "reason"] == "no_bridging_above_chance"
    bridges = chain["bridges"]
    person_rows = bridges[bridges["level"] == "persons"].sort_values("actor")
    assert person_rows[["actor", "group_a", "group_b", "role", "pairs"]].values.tolist() == [
        ["pa", "care", "security", "itinerant", 1],
        ["pb", "care", "justice", "liaison", 1],
    ]
    pairs = chain["pairs"].set_index(["group_a", "group_b"])
    assert pairs.loc[("care", "security"), "persons"] == ["pa"]
    assert pairs.loc[("care", "justice"), "persons"] == ["pb"]


def test_mini_fixture_organisations():
    # gemeente and om both sit with politie and politie-ct (no shared table: itinerant) and with
    # politie and ggz (no shared table: liaison); the three persons share one table, so no person brokers.
    result = pn.connectors(pn.load(FIXTURES / "mini").at("2026-01-01"))
    organisations = result["organisations"]
    for org in ("gemeente", "om"):
        assert organisations.loc[org, ["coordinator", "itinerant", "boundary", "liaison"]].tolist() == [0, 1, 0, 1]
    assert organisations.loc[["politie", "politie-ct", "ggz"], "bridging"].tolist() == [0, 0, 0]
    assert result["persons"]["bridging"].sum() == 0
    reasons = result["without_connector"]["reason"].to_dict()
    assert reasons["politie"] == "no_registered_persons"
    assert "om" not in reasons and "gemeente" not in reasons  # connectors themselves (issue 15)
    assert reasons["ggz"] == "no_bridging_above_chance"


def test_example_region_care_security_bridges(region):
    pairs = region["pairs"].set_index(["group_a", "group_b"])
    care_security = pairs.loc[("care", "security")]
    assert care_security["persons"][0] == "p002"  # the CTER coordinator, at the CT tables and the RIEC centre
    assert "p064" in care_security["persons"]  # the GGZ medical director
    assert care_security["organisations"][0] == "politie-ct-team"
    assert {"ggz-veldland", "om-parket"} <= set(care_security["organisations"])
    persons = region["persons"]
    # the GGZ directors bridge 18 and 15 pairs, fewer than chance gives in a network this dense
    assert persons.loc[["p063", "p064"], "bridging"].tolist() == [18, 15]
    assert (persons.loc[["p063", "p064"], "bridging_z"] < 0).all() and not persons.loc[
        ["p063", "p064"], "connector"
    ].any()
    assert persons.loc["p063", "domain"] == "care" and persons.loc["p063", "organisation"] == "ggz-veldland"


def test_example_region_connectors_are_the_few_above_chance(region):
    """Before issue 15 any bridging > 0 made a connector: 35 of 46 organisations and 50 of 74 persons."""
    organisations, persons = region["organisations"], region["persons"]
    assert organisations.index[organisations["connector"]].tolist() == [
        "gemeente-veldstad",
        "politie-ct-team",
        "gemeente-havenberg",
        "gemeente-klein-dorp",
        "riec-bureau",
        "politie-eenheid",
        "om-parket",
    ]
    assert persons.index[persons["connector"]].tolist() == ["p002", "p018", "p001", "p013", "p017"]
    assert ((organisations["bridging"] > 0) & ~organisations["connector"]).sum() == 35 - 7
    both = pd.concat([organisations, persons])
    assert (both["connector"] == (both["bridging_z"] >= 1.96)).all()


def test_example_region_periphery_has_no_connector(region):
    missing = region["without_connector"]
    assert {"school-brugcollege", "roc-veldland", "welzijn-veldstad", "veilig-thuis-veldland"} <= set(missing.index)
    assert missing.loc["europol", "reason"] == "no_registered_persons"
    assert "ggz-veldland" in missing.index and "politie-ct-team" not in missing.index
    assert region["coverage"].loc["politie-ct-team", "connectors"] == ["p002"]


def test_example_region_om_is_not_the_expected_hub(region):
    hub = region["expected_hub"]
    assert hub.loc["betweenness", "rank"] == 7 and hub.loc["betweenness", "ranked"] == 46
    assert hub.loc["betweenness", "value"] == pytest.approx(0.0212, abs=1e-4)
    assert hub.loc["betweenness", "top_organisation"] == "gemeente-veldstad"
    assert hub.loc["bodies", "value"] == 9
    organisations = region["organisations"]
    assert hub.loc["bridging", "value"] == organisations.loc["om-parket", "bridging"]
    assert hub.loc["bridging", "rank"] == list(organisations.index).index("om-parket") + 1


def test_other_groupings_and_bad_arguments():
    land = pn.load(EXAMPLE).at("2026-01-01")
    by_regime = pn.connectors(land, by="regime")
    assert "regime" in by_regime["organisations"].columns
    without = by_regime["without_connector"]
    assert (without["reason"] == "no_bridging_above_chance").any()
    assert reasons(without, "en").str.endswith("bridge no regime above chance").any()  # words from the code
    assert reasons(without, "nl").str.endswith("een brug naar een ander regime").any()
    with pytest.raises(pn.UsageError, match="unknown organisation 'om'"):
        pn.connectors(land, expected_hub="om")
    with pytest.raises(pn.UsageError, match="no column 'sector'"):
        pn.connectors(land, by="sector")


# -- command line -------------------------------------------------------------------


def run(*args):
    from click.testing import CliRunner

    from partnernet.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def test_cli_sections_name_bridges_and_organisations_without_connector():
    result = run("connectors", EXAMPLE, "--at", "2026-01-01", "--by", "domain", "--expected-hub", "om-parket")
    assert result.exit_code == 0, result.output
    output = result.output
    for title in (
        "Organisations that bridge domains",
        "Persons who bridge domains",
        "Who bridges each pair of domains",
        "Organisations without a connector",
        "Expected hub om-parket",
    ):
        assert title in output
    care_security = next(line for line in output.splitlines() if line.startswith("care / security"))
    assert "politie-ct-team" in care_security and "p002" in care_security
    missing = output.split("Organisations without a connector")[1].split("Expected hub")[0]
    assert "school-brugcollege" in missing and "it and its persons bridge no domain above chance" in missing
    assert "connector: bridging z >= 1.96" in output
    hub = output.split("Expected hub om-parket")[1].splitlines()
    assert hub[3].split()[:4] == ["betweenness", "0.021", "7", "46"]


def test_cli_json_section_and_csv():
    import io
    import json

    document = json.loads(run("connectors", EXAMPLE, "--at", "2026-01-01", "--format", "json").stdout)
    assert set(document) == {
        "organisations",
        "persons",
        "bridges",
        "pairs",
        "coverage",
        "without_connector",
        "threshold",
    }
    assert document["threshold"] == 1.96
    p064 = next(row for row in document["persons"] if row["person"] == "p064")
    assert p064["connector"] is False and ["care", "security"] in p064["bridges"]
    assert p064["bridging_z"] == pytest.approx(-2.218, abs=1e-3)
    assert "label" not in p064  # words for the terminal, not data (issue 14)
    assert coverage_reason_codes(document) <= set(REASONS)
    csv = run("connectors", EXAMPLE, "--at", "2026-01-01", "--format", "csv", "--table", "coverage").stdout
    coverage = pd.read_csv(io.StringIO(csv), keep_default_na=False).set_index("organisation")
    assert json.loads(coverage.loc["politie-ct-team", "connectors"]) == ["p002"]  # a list cell: its JSON array
    low = json.loads(
        run("connectors", EXAMPLE, "--at", "2026-01-01", "--format", "json", "--z", "-3", "--table", "persons").stdout
    )
    assert next(row for row in low if row["person"] == "p064")["connector"] is True  # --table: the table alone


def coverage_reason_codes(document) -> set:
    return {row["reason"] for row in document["without_connector"]}


def test_cli_usage_errors_exit_2():
    csv = run("connectors", EXAMPLE, "--format", "csv")  # the main table, as every command (issue 14)
    assert csv.exit_code == 0 and csv.stdout.startswith("organisation,name,bodies,")
    hub = run("connectors", EXAMPLE, "--expected-hub", "om")
    assert hub.exit_code == 2 and "unknown organisation 'om'" in hub.output
    section = run("connectors", EXAMPLE, "--table", "expected-hub")
    assert section.exit_code == 2 and "needs --expected-hub" in section.output


def test_cli_by_regime():
    result = run(
        "connectors", EXAMPLE, "--at", "2026-01-01", "--by", "regime", "--table", "organisations", "--top", "3"
    )
    assert result.exit_code == 0 and "Organisations that bridge regimes" in result.output
    assert len(result.output.splitlines()) == 3 + 3


def test_connector_organisations_are_never_without_a_connector(region):
    """An organisation has a connector when it or one of its persons is one (issue 15: the OM was listed)."""
    connecting = set(region["organisations"].index[region["organisations"]["connector"]])
    assert {"om-parket", "riec-bureau", "politie-eenheid"} <= connecting
    assert not connecting & set(region["without_connector"].index)
    coverage = region["coverage"]
    assert coverage.loc["om-parket", "is_connector"] and coverage.loc["om-parket", "has_connector"]
    assert (coverage["has_connector"] == (coverage["is_connector"] | (coverage["connectors"].map(len) > 0))).all()
    assert region["without_connector"]["reason"].isin(REASONS).all()
    assert region["coverage"].loc[coverage["has_connector"], "reason"].isna().all()


def blank_domain_landscape(domains=("care", "care", "security", "justice", None)):
    """Five organisations a..e, one person each (pa..pe); tables t1..t5 join a-b, b-c, c-d, b-e, e-d.

    Both projections are the graph a-b-c-d with e joined to b and d. e's domain is blank.
    """
    ids = list("abcde")
    organisations = pd.DataFrame({"id": ids, "name": [i.upper() for i in ids], "domain": list(domains)})
    persons = pd.DataFrame({"id": [f"p{i}" for i in ids], "organisation": ids, "name": ids})
    pairs = [("a", "b"), ("b", "c"), ("c", "d"), ("b", "e"), ("e", "d")]
    bodies = pd.DataFrame({"id": [f"t{k}" for k in range(1, 6)]})
    memberships = pd.DataFrame(
        {
            "member": [f"p{x}" for pair in pairs for x in pair],
            "body": [f"t{k}" for k in range(1, 6) for _ in range(2)],
        }
    )
    return pn.Landscape.from_tables(
        organisations=organisations, bodies=bodies, memberships=memberships, persons=persons
    )


def test_blank_domain_is_missing_data_not_a_group():
    """By hand on the known-group subnetwork a-b-c-d: b brokers (a, c) as boundary (care to security),
    c brokers (b, d) as liaison (care and justice); e (blank) has no roles, is no connector, and its
    coverage reason is no_domains. Counting e as a domain "(unknown)" would give b and d more."""
    land = blank_domain_landscape()
    result = pn.connectors(land, by="domain")
    for level, prefix in (("organisations", ""), ("persons", "p")):
        table = result[level]
        assert table.loc[prefix + "e", ["coordinator", "boundary", "liaison", "bridging", "bridging_z"]].isna().all()
        assert not table.loc[prefix + "e", "connector"] and pd.isna(table.loc[prefix + "e", "main_role"])
        assert table.loc[prefix + "b", ["boundary", "liaison", "bridging"]].tolist() == [1, 0, 1]
        assert table.loc[prefix + "c", ["boundary", "liaison", "bridging"]].tolist() == [0, 1, 1]
        assert table.loc[prefix + "d", "bridging"] == 0
        graph = land.graph(level)
        known = graph.subgraph([n for n in graph if n != prefix + "e"])
        groups = {n: table.loc[n, "domain"] for n in known}
        alone = pn.brokerage_significance(known, groups)
        bridging = alone.observed[["itinerant", "boundary", "liaison"]].sum(axis=1)
        z = pn.analysis.connectors.bridging_z(known, pd.Series(groups), bridging)
        pd.testing.assert_series_equal(
            table["bridging_z"].drop(index=prefix + "e").sort_index(), z.sort_index(), check_names=False
        )
    assert not (result["bridges"]["group_a"].eq("(unknown)") | result["bridges"]["group_b"].eq("(unknown)")).any()
    assert result["coverage"].loc["e", "reason"] == "no_domains"
    assert result["coverage"].loc["a", "reason"] == "no_bridging_above_chance"


def test_every_domain_blank_makes_connectors_undefined():
    result = pn.connectors(blank_domain_landscape([None] * 5), by="domain")
    assert result["organisations"]["bridging"].isna().all() and not result["organisations"]["connector"].any()
    assert set(result["coverage"]["reason"]) == {"no_domains"}
    assert "no_domains" in REASONS and reasons(result["coverage"]).str.contains("fewer than two known").all()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_says_once_that_connectors_need_domains(tmp_path, lang):
    """Every domain blank (the tester's dg/nodomains): one sentence, no table listing every organisation."""
    out = tmp_path / f"r-{lang}.md"
    pn.report(blank_domain_landscape([None] * 5), out, lang=lang, to="md", include_map=False)
    text = out.read_text(encoding="utf-8")
    section = text.split("## Connectors" if lang == "en" else "## Verbinders")[1].split("\n## ")[0]
    assert section.count("fewer than two domains" if lang == "en" else "minder dan twee domeinen") == 1
    assert "|" not in section  # no table: not one of connectors, nor of all five without one
    assert ("bridge no domain above chance" if lang == "en" else "vaker dan toeval een brug") not in text
