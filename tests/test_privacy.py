"""Pseudonymisation: no person name or id survives, the structure does, pseudonyms are stable."""

from __future__ import annotations

from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import EXAMPLE, FIXTURES


def test_pseudonyms_replace_ids_and_names():
    land = pn.load(FIXTURES / "mini")
    safe = pn.pseudonymise(land)
    assert safe.persons["name"].isna().all()
    assert all(p.startswith("P-") and len(p) == 10 for p in safe.persons.index)
    assert not set(land.persons.index) & set(safe.memberships["member"])
    assert not set(land.persons.index) & (set(safe.ties["source"]) | set(safe.ties["target"]))
    assert safe.memberships["organisation"].tolist() == land.memberships["organisation"].tolist()
    assert safe.graph("persons").number_of_edges() == land.graph("persons").number_of_edges()


def test_pseudonyms_are_stable_and_keyed():
    land = pn.load(FIXTURES / "mini")
    assert pn.pseudonymise(land).persons.index.tolist() == pn.pseudonymise(land).persons.index.tolist()
    assert pn.pseudonymise(land, key="geheim").persons.index.tolist() != pn.pseudonymise(land).persons.index.tolist()


def test_every_command_can_pseudonymise():
    result = CliRunner().invoke(cli, ["overload", str(EXAMPLE), "--at", "2026-01-01", "--level", "persons",
                                      "--pseudonymise", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Hoekstra" not in result.output and "p018" not in result.output
    assert result.output.splitlines()[1].startswith("P-")
