"""The governance-mode heuristic (Provan & Kenis), on hand-made landscapes."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

import partnernet as pn
from partnernet.language.notes import say as said_notes
from partnernet.analysis.governance import MODES, degree_centralisation, governance
from partnernet.language.report import TEXTS

from conftest import EXAMPLE


def landscape(memberships, names=None, hosts=None, roles=None):
    orgs = sorted({m for m, _ in memberships})
    bodies = sorted({b for _, b in memberships})
    frame = pd.DataFrame(memberships, columns=["member", "body"])
    if roles:
        frame["role"] = [roles.get((m, b), "member") for m, b in memberships]
    return pn.Landscape.from_tables(
        organisations=pd.DataFrame({"id": orgs, "name": [(names or {}).get(o, o) for o in orgs]}),
        bodies=pd.DataFrame({"id": bodies, "host": [(hosts or {}).get(b) for b in bodies]}),
        memberships=frame,
    )


def test_freeman_centralisation_of_a_star_and_a_clique():
    assert degree_centralisation(nx.star_graph(5)) == pytest.approx(1.0)
    assert degree_centralisation(nx.complete_graph(5)) == pytest.approx(0.0)
    assert degree_centralisation(nx.path_graph(2)) == 0.0


def test_one_organisation_at_every_table_is_a_lead_organisation():
    star = landscape(
        [("hub", f"t{i}") for i in range(5)] + [(f"o{i}", f"t{i}") for i in range(5)], roles={("hub", "t0"): "chair"}
    )
    result = governance(star)
    assert result["mode"] == "lead_organisation" and result["hub"] == "hub"
    assert result["centralisation"] == pytest.approx(1.0)
    assert said_notes([result["heuristic"]], "en").startswith("heuristic: Provan & Kenis (2008)")
    assert said_notes([result["heuristic"]], "nl").startswith("heuristiek: Provan & Kenis (2008)")


def test_a_bureau_that_hosts_the_tables_is_an_nao():
    star = landscape(
        [("bureau", f"t{i}") for i in range(5)] + [(f"o{i}", f"t{i}") for i in range(5)],
        names={"bureau": "RIEC-bureau"},
        hosts={f"t{i}": "bureau" for i in range(5)},
    )
    assert governance(star)["mode"] == "network_administrative_organisation"


def test_everyone_at_one_table_is_shared():
    together = landscape([(f"o{i}", "t") for i in range(6)] + [(f"o{i}", "u") for i in range(6)])
    assert governance(together)["mode"] == "shared"


def test_example_region_is_led_by_the_big_city():
    result = pn.governance(pn.load(EXAMPLE).at("2026-01-01"))
    assert result["mode"] == "lead_organisation" and result["hub"] == "gemeente-veldstad"


def test_every_mode_is_a_snake_case_code_with_words_in_both_languages():
    """A mode is a code (no spaces), put into words by the report's ``mode_<code>`` text in Dutch and English."""
    for mode in MODES:
        assert mode.isidentifier() and mode == mode.lower()
        dutch, english = TEXTS[f"mode_{mode}"]
        assert dutch and english and dutch != english
