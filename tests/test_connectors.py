"""Connectors: a hand-checked landscape, the mini fixture and the example region's stories."""

from __future__ import annotations

import pandas as pd
import pytest

import partnernet as pn

from conftest import EXAMPLE, FIXTURES

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def region():
    return pn.connectors(pn.load(EXAMPLE).at("2026-01-01"), by="domain", expected_hub="om-parket")


@pytest.fixture(scope="module")
def chain():
    """Care person pa sits with security pb (t1) and security pc (t2); pb also with justice pd (t3).

    Person projection: pb - pa - pc and pa - pb - pd, no other ties. So pa
    brokers the security pair (pb, pc): itinerant; pb brokers (pa, pd), care
    and justice: liaison. pc and pd broker nothing.
    """
    organisations = pd.DataFrame({"id": ["ggz", "politie", "kmar", "om"],
                                  "name": ["GGZ", "Politie", "KMar", "OM"],
                                  "domain": ["care", "security", "security", "justice"]})
    persons = pd.DataFrame({"id": ["pa", "pb", "pc", "pd"], "organisation": ["ggz", "politie", "kmar", "om"],
                            "name": ["A", "B", "C", "D"]})
    bodies = pd.DataFrame({"id": ["t1", "t2", "t3"]})
    memberships = pd.DataFrame({"member": ["pa", "pb", "pa", "pc", "pb", "pd"],
                                "body": ["t1", "t1", "t2", "t2", "t3", "t3"]})
    land = pn.Landscape.from_tables(organisations=organisations, bodies=bodies, memberships=memberships,
                                    persons=persons)
    return pn.connectors(land, by="domain")


def test_hand_checked_roles_and_labels(chain):
    persons = chain["persons"]
    assert persons.loc["pa", ["itinerant", "boundary", "liaison", "bridging"]].tolist() == [1, 0, 0, 1]
    assert persons.loc["pa", "label"] == "connector between care and security"
    assert persons.loc["pa", "bridges"] == ["care / security"]
    assert persons.loc["pb", ["liaison", "bridging", "main_role"]].tolist() == [1, 1, "liaison"]
    assert persons.loc["pb", "label"] == "liaison between care and justice"
    assert persons.loc["pc", "label"] == "no brokerage" and not persons.loc["pc", "connector"]
    assert list(persons.index[:2]) == ["pa", "pb"]  # sorted by bridging
    assert persons.loc["pa", ["ei_index", "participation"]].tolist() == [1.0, 0.0]  # both ties to security


def test_hand_checked_coverage_and_detail(chain):
    coverage = chain["coverage"]
    assert coverage.loc["ggz", "connectors"] == ["pa"] and coverage.loc["politie", "connectors"] == ["pb"]
    assert set(chain["without_connector"].index) == {"kmar", "om"}
    assert chain["without_connector"].loc["om", "reason"] == "no person bridges to another domain"
    bridges = chain["bridges"]
    person_rows = bridges[bridges["level"] == "person"].sort_values("actor")
    assert person_rows[["actor", "group_a", "group_b", "role", "pairs"]].values.tolist() == [
        ["pa", "care", "security", "itinerant", 1], ["pb", "care", "justice", "liaison", 1]]
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
    assert reasons["om"] == "no persons in the register" and reasons["ggz"] == "no person bridges to another domain"


def test_example_region_care_security_bridges(region):
    pairs = region["pairs"].set_index(["group_a", "group_b"])
    care_security = pairs.loc[("care", "security")]
    assert care_security["persons"][0] == "p002"  # the CTER coordinator, at the CT tables and the RIEC centre
    assert "p064" in care_security["persons"]     # the GGZ medical director
    assert care_security["organisations"][0] == "politie-ct-team"
    assert {"ggz-veldland", "om-parket"} <= set(care_security["organisations"])
    persons = region["persons"]
    assert persons.loc[["p063", "p064"], "connector"].all()
    assert persons.loc["p063", "domain"] == "care" and persons.loc["p063", "organisation"] == "ggz-veldland"


def test_example_region_periphery_has_no_connector(region):
    missing = region["without_connector"]
    assert {"school-brugcollege", "roc-veldland", "welzijn-veldstad", "veilig-thuis-veldland"} <= set(missing.index)
    assert missing.loc["europol", "reason"] == "no persons in the register"
    assert "ggz-veldland" not in missing.index and "om-parket" not in missing.index
    assert region["coverage"].loc["ggz-veldland", "connectors"] == ["p063", "p064"]


def test_example_region_om_is_not_the_expected_hub(region):
    hub = region["expected_hub"]
    assert hub.loc["betweenness", "rank"] == 7 and hub.loc["betweenness", "of"] == 46
    assert hub.loc["betweenness", "value"] == pytest.approx(0.0212, abs=1e-4)
    assert hub.loc["betweenness", "top_organisation"] == "gemeente-veldstad"
    assert hub.loc["bodies", "value"] == 9
    organisations = region["organisations"]
    assert hub.loc["bridging brokerage", "value"] == organisations.loc["om-parket", "bridging"]
    assert hub.loc["bridging brokerage", "rank"] == list(organisations.index).index("om-parket") + 1


def test_other_groupings_and_bad_arguments():
    land = pn.load(EXAMPLE).at("2026-01-01")
    by_regime = pn.connectors(land, by="regime")
    assert "regime" in by_regime["organisations"].columns
    assert by_regime["without_connector"]["reason"].str.endswith("another regime").any()
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
    for title in ("Organisations that bridge domains", "Persons who bridge domains",
                  "Who bridges each pair of domains", "Organisations without a connector",
                  "Expected hub om-parket"):
        assert title in output
    care_security = next(line for line in output.splitlines() if line.startswith("care / security"))
    assert "politie-ct-team" in care_security and "p002" in care_security
    missing = output.split("Organisations without a connector")[1].split("Expected hub")[0]
    assert "school-brugcollege" in missing and "no person bridges to another domain" in missing
    hub = output.split("Expected hub om-parket")[1].splitlines()
    assert hub[3].split()[:4] == ["betweenness", "0.021", "7", "46"]


def test_cli_json_section_and_csv():
    import io
    import json

    document = json.loads(run("connectors", EXAMPLE, "--at", "2026-01-01", "--format", "json").stdout)
    assert set(document) == {"organisations", "persons", "bridges", "pairs", "coverage", "without_connector"}
    p064 = next(row for row in document["persons"] if row["person"] == "p064")
    assert p064["connector"] is True and "care / security" in p064["bridges"]
    csv = run("connectors", EXAMPLE, "--at", "2026-01-01", "--format", "csv", "--section", "coverage").stdout
    coverage = pd.read_csv(io.StringIO(csv), keep_default_na=False).set_index("organisation")
    assert coverage.loc["ggz-veldland", "connectors"] == "p063; p064"


def test_cli_usage_errors_exit_2():
    csv = run("connectors", EXAMPLE, "--format", "csv")
    assert csv.exit_code == 2 and "--section" in csv.output
    hub = run("connectors", EXAMPLE, "--expected-hub", "om")
    assert hub.exit_code == 2 and "unknown organisation 'om'" in hub.output
    section = run("connectors", EXAMPLE, "--section", "expected-hub")
    assert section.exit_code == 2 and "needs --expected-hub" in section.output


def test_cli_by_regime():
    result = run("connectors", EXAMPLE, "--at", "2026-01-01", "--by", "regime", "--section", "organisations",
                 "--top", "3")
    assert result.exit_code == 0 and "Organisations that bridge regimes" in result.output
    assert len(result.output.splitlines()) == 3 + 3
