"""Nothing partnernet computes changes the landscape it was given.

A notebook user calls several analyses on one landscape; if one of them renamed an index or
added a column to the landscape's own tables, the next call (or the report) would read altered
input. pandas makes this easy to do by accident: ``frame.index.name = ...`` renames an Index
object that ``frame`` may share with ``land.organisations``.
"""

from __future__ import annotations

import pandas as pd
import pytest

import partnernet as pn

TABLES = ("organisations", "bodies", "memberships", "persons", "ties", "covenants")

CALLS = {
    "summary": lambda land: pn.summary(land),
    "centrality": lambda land: pn.centrality(land),
    "centrality persons": lambda land: pn.centrality(land, level="persons"),
    "structural holes": lambda land: pn.structural_holes(land),
    "ei index": lambda land: pn.ei_index(land, "domain"),
    "participation": lambda land: pn.participation(land, "domain"),
    "connectors": lambda land: pn.connectors(land),
    "overload": lambda land: pn.overload(land),
    "overload persons": lambda land: pn.overload(land, level="persons"),
    "redundancy": lambda land: pn.redundancy(land),
    "hierarchy": lambda land: pn.hierarchy(land),
    "covenants": lambda land: pn.covenant_coverage(land),
    "fragmentation": lambda land: pn.fragmentation(land, key_players=2),
    "fragmentation persons": lambda land: pn.fragmentation(land, level="persons"),
    "bus factor": lambda land: pn.bus_factor(land),
    "single person links": lambda land: pn.single_person_links(land),
    "robustness": lambda land: pn.robustness_curve(land, runs=2),
    "governance": lambda land: pn.governance(land),
    "periphery": lambda land: pn.periphery(land),
    "turnover": lambda land: pn.turnover(land, as_of="2026-01-01"),
    "compare": lambda land: pn.compare(land, land.replace()),  # the same object twice is refused
    "layers": lambda land: pn.layers(land),
    "whatif": lambda land: pn.whatif(land, remove=[land.organisations.index[0]]),
}


def _snapshot(land) -> dict[str, pd.DataFrame]:
    return {table: getattr(land, table).copy(deep=True) for table in TABLES}


def _assert_same(land, before: dict[str, pd.DataFrame], what: str) -> None:
    for table in TABLES:
        now = getattr(land, table)
        # check_names compares the index's and the columns' names too: the bug this guards against
        pd.testing.assert_frame_equal(now, before[table], check_names=True, obj=f"{what}: land.{table}")


@pytest.fixture(scope="module")
def region():
    return pn.load("data/regio-voorbeeld").at("2026-01-01")


@pytest.mark.parametrize("name", list(CALLS))
def test_an_analysis_leaves_its_landscape_as_it_was(region, name):
    before = _snapshot(region)
    CALLS[name](region)
    _assert_same(region, before, name)


def test_the_report_and_the_map_leave_their_landscape_as_it_was(region, tmp_path):
    before = _snapshot(region)
    pn.report(region, tmp_path / "r.md")
    pn.visualise(region, tmp_path / "m.html")
    _assert_same(region, before, "report and map")
