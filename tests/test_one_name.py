"""One name per concept in machine output: the same thing has the same column name in every public result."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli

from conftest import FIXTURES

SNAPSHOTS = FIXTURES / "snapshots"


@pytest.fixture(scope="module")
def land():
    return pn.load(FIXTURES / "mini")


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_number_of_bodies_an_actor_sits_at_is_bodies_in_every_result(land):
    """centrality, overload (both levels), summary and compare all name the count ``bodies``, with the same value."""
    central = pn.centrality(land)["bodies"]
    load = pn.overload(land)
    assert (
        load["bodies"].to_dict()
        == central.to_dict()
        == {"gemeente": 3, "om": 3, "politie-ct": 2, "ggz": 1, "politie": 1}
    )
    assert load.columns[load.columns.str.startswith("bodies")].tolist() == ["bodies", "bodies_with_unknown_hours"]
    persons = pn.overload(land, level="persons")
    assert (
        persons["bodies"].to_dict()
        == pn.centrality(land, level="persons")["bodies"].to_dict()
        == {"p1": 2, "p2": 2, "p3": 1}
    )
    top = pn.summary(land).top_organisations
    assert top["bodies"].to_dict() == central.loc[top.index].to_dict()
    snapshots = pn.load(SNAPSHOTS)
    metrics = pn.compare(snapshots.at("2024-01-01"), snapshots.at("2025-01-01"))["metrics"]
    assert "bodies" in set(metrics["metric"])
    results = [central.to_frame(), load, persons, top, metrics, pn.periphery(land)["domains"]]
    assert not [c for frame in results for c in frame.columns if "tables" in c]


def test_the_machine_output_of_each_command_names_the_count_bodies():
    overload = next(csv.reader(io.StringIO(invoke("overload", FIXTURES / "mini", "--format", "csv"))))
    assert "bodies" in overload and "bodies_with_unknown_hours" in overload
    assert not [c for c in overload if "tables" in c]
    summary = json.loads(invoke("summary", FIXTURES / "mini", "--format", "json"))
    assert "bodies" in summary["top_organisations"][0] and "tables" not in summary["top_organisations"][0]
    centrality = json.loads(invoke("centrality", FIXTURES / "mini", "--format", "json"))
    assert centrality[0]["bodies"] == summary["top_organisations"][0]["bodies"] == 3
    compared = invoke(
        "compare", SNAPSHOTS, "--at", "2024-01-01", "--vs", "2025-01-01", "--table", "metrics", "--format", "csv"
    )
    assert "bodies" in {row["metric"] for row in csv.DictReader(io.StringIO(compared))}
