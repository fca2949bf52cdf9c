"""Findings on landscapes without tables (issue 15, tester): organisations + ties only, and
organisation-only memberships. No load finding without memberships; an expected hub with no position is
said to have none instead of getting a rank shared by every organisation at zero."""

from __future__ import annotations

import csv
import html
import re
import shutil

import pytest

import partnernet as pn
from conftest import EXAMPLE

DATE = "2026-01-01"


def _findings(folder, tmp_path, lang="nl") -> list[str]:
    page = pn.report(pn.load(folder), tmp_path / "r.html", at=DATE, lang=lang, include_map=False)[0]
    items = re.search(r'<ol class="findings">(.*?)</ol>', page.read_text(encoding="utf-8"), re.S).group(1)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items.split("<li>")[1:]]


def _rows(name):
    with (EXAMPLE / f"{name}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write(path, rows, fields):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def ties_only(tmp_path):
    """The example region's organisations and their organisation-to-organisation ties, nothing else."""
    folder = tmp_path / "ties-only"
    folder.mkdir()
    shutil.copy(EXAMPLE / "organisations.csv", folder)
    ties = _rows("ties")
    organisations = {row["id"] for row in _rows("organisations")}
    _write(folder / "ties.csv", [t for t in ties if {t["source"], t["target"]} <= organisations], list(ties[0]))
    return folder


def _organisation_memberships(tmp_path, om_at: str | None):
    """The example region with each person's membership moved to their organisation; the OM sits only at
    ``om_at`` (a table it would be a leaf at) or at none."""
    folder = tmp_path / "orgs-only"
    folder.mkdir()
    for name in ("organisations", "bodies"):
        shutil.copy(EXAMPLE / f"{name}.csv", folder)
    employer = {row["id"]: row["organisation"] for row in _rows("persons")}
    pairs = {(employer.get(m["member"], m["member"]), m["body"]) for m in _rows("memberships")}
    pairs = {pair for pair in pairs if pair[0] != "om-parket"} | ({("om-parket", om_at)} if om_at else set())
    rows = [{"member": member, "body": body} for member, body in sorted(pairs)]
    _write(folder / "memberships.csv", rows, ["member", "body"])
    return folder


def test_ties_only_has_no_load_finding_and_says_the_om_has_no_links(ties_only, tmp_path):
    found = _findings(ties_only, tmp_path)
    assert not any("capaciteit" in f or "belasting" in f for f in found)
    hub = [f for f in found if f.startswith("Openbaar Ministerie, Parket Veldland")]
    assert len(hub) == 1
    assert "geen enkele verbinding met een andere organisatie" in hub[0]
    assert "plaats" not in hub[0] and "0 overleggen" not in hub[0] and "overleg" not in hub[0].split("Advies")[0]
    english = _findings(ties_only, tmp_path, lang="en")
    assert not any("capacity" in f for f in english)
    assert any("has no link to any other organisation" in f and "it ranks" not in f for f in english)


def test_organisation_memberships_without_the_om_say_it_sits_at_no_table(tmp_path):
    found = _findings(_organisation_memberships(tmp_path, None), tmp_path)
    hub = [f for f in found if f.startswith("Openbaar Ministerie, Parket Veldland")]
    assert len(hub) == 1 and "zit aan geen enkel overleg" in hub[0] and "plaats" not in hub[0]
    assert any("keer de beschikbare capaciteit" in f for f in found)  # memberships: the load finding stays


def test_an_om_at_one_table_but_on_no_shortest_path_has_no_rank(tmp_path):
    """A leaf at one table has betweenness 0: 'plaats 3 van 46' would only count who else is at 0."""
    land = pn.load(_organisation_memberships(tmp_path, "weegoverleg-radicalisering"))
    hub = pn.connectors(land, expected_hub="om-parket").expected_hub
    assert hub.at["betweenness", "value"] == 0 and hub.at["bodies", "value"] == 1  # the shape under test
    found = _findings(tmp_path / "orgs-only", tmp_path)
    hub_text = [f for f in found if f.startswith("Openbaar Ministerie, Parket Veldland")]
    assert len(hub_text) == 1
    assert "vormt nooit de kortste verbinding tussen twee andere organisaties" in hub_text[0]
    assert "plaats" not in hub_text[0] and "zit aan geen" not in hub_text[0]


def test_the_example_region_still_ranks_the_om(tmp_path):
    """With a positive betweenness the rank stays: it means something there."""
    hub = [f for f in _findings(EXAMPLE, tmp_path) if f.startswith("Openbaar Ministerie, Parket Veldland")]
    assert len(hub) == 1
    assert re.match(r"Openbaar Ministerie, Parket Veldland zit aan \d+ overleggen maar .* plaats \d+ van 46", hub[0])
