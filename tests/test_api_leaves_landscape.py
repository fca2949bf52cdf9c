"""No public function changes the landscape it is given: pn.report used to rename the index of
``land.organisations`` from ``id`` to ``organisation`` (overload set ``index.name`` on a frame that
shared the landscape's index), so a survey made from the same landscape afterwards failed."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import partnernet as pn

MINI = Path(__file__).parent / "fixtures" / "mini"


def _state(land: pn.Landscape) -> dict:
    """Each table's index name, columns and rows: what a function must leave as it found it."""
    return {
        name: (table.index.name, list(table.columns), table.copy())
        for name in ("organisations", "bodies", "persons", "memberships", "ties", "covenants")
        for table in [getattr(land, name)]
    }


def _takes_a_landscape_alone(function) -> bool:
    """A public function whose first parameter is a landscape and every other has a default."""
    parameters = list(inspect.signature(function).parameters.values())
    if not parameters or str(parameters[0].annotation) not in ("Landscape", "LandOrGraph"):
        return False
    return all(p.default is not inspect.Parameter.empty for p in parameters[1:])


CALLS = sorted(
    name
    for name in pn.__all__
    if not inspect.isclass(getattr(pn, name)) and _takes_a_landscape_alone(getattr(pn, name))
)


def test_the_analyses_that_take_a_landscape_alone_are_all_called():
    assert {"summary", "centrality", "overload", "fragmentation", "governance", "visualise"} <= set(CALLS)


@pytest.mark.parametrize("name", CALLS)
def test_a_public_function_leaves_the_landscape_as_it_was(name):
    land = pn.load(MINI)
    before = _state(land)
    getattr(pn, name)(land)
    after = _state(land)
    for table, (index_name, columns, rows) in before.items():
        assert (after[table][0], after[table][1]) == (index_name, columns), table
        assert after[table][2].equals(rows), table


def test_the_report_leaves_the_landscape_as_it_was(tmp_path):
    land = pn.load(MINI)
    before = _state(land)
    pn.report(land, tmp_path / "report.md", include_map=False)
    assert {t: v[:2] for t, v in _state(land).items()} == {t: v[:2] for t, v in before.items()}
    assert pn.load(MINI).organisations.index.name == land.organisations.index.name == "id"
