"""Scenarios: a landscape without some organisations, persons or bodies, or with a new body.

The what-if analysis (:func:`partnernet.whatif`) compares a landscape with a
changed copy of itself. This module builds that copy, without re-validating
it (``Landscape.replace``), and records what the change did besides the
obvious: units that lose their parent organisation, bodies that lose their
host or report to another body, bodies left with fewer than two members.

What a removal takes with it (and :func:`apply_scenario` lists what it
changes besides in ``adjustments``):

- an organisation: its persons, their and its own memberships, ties that
  involve it or its persons, and its covenant signatures;
- a person: their memberships and ties;
- a body: its memberships; bodies that reported to it now report to the body
  it reported to (or to none).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from typing import Required, TypedDict, cast

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..io.additions import check_new_bodies
from ..landscape import Landscape
from ..errors import close_ids

BODY_FIELDS = (
    "id",
    "name",
    "members",
    "kind",
    "regime",
    "level",
    "meetings_per_year",
    "hours_per_meeting",
    "reports_to",
    "host",
    "covenant",
    "start",
    "end",
)
KINDS = ("organisation", "person", "body")
ADJUSTMENT_COLUMNS = ["table", "id", "field", "before", "after"]
MEMBERSHIP_COLUMN = {"organisation": "organisation", "person": "member", "body": "body"}


class NewBody(TypedDict, total=False):
    """A body that :func:`partnernet.whatif` adds (``add=[...]``): ``id`` and ``members`` (organisation or
    person ids) required; the other columns of ``bodies.csv`` optional, their values as in that file
    (checked like the file's, Dutch or English vocabulary words alike)."""

    id: Required[str]
    members: Required[Iterable[str]]
    name: str
    kind: str
    regime: str
    level: str
    meetings_per_year: float
    hours_per_meeting: float
    reports_to: str
    host: str
    covenant: str


def apply_scenario(
    land: Landscape, remove: Iterable[str] = (), add: NewBody | Iterable[NewBody] = ()
) -> tuple[Landscape, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The landscape after removing ``remove`` and adding the bodies in ``add``.

    Parameters
    ----------
    land : Landscape
    remove : ids of organisations, persons or bodies
    add : new bodies, each a mapping with ``id`` and ``members`` (ids of
        organisations or persons) and optionally ``name``, ``kind``,
        ``regime``, ``level``, ``meetings_per_year``, ``hours_per_meeting``,
        ``reports_to`` (a body id, possibly of another added body), ``host``
        (an organisation id) and ``covenant``. Removals are applied first: a
        new body cannot have a removed member.

    Returns
    -------
    (changed landscape, ``removed``, ``added``, ``adjustments``)

    - ``removed`` (index ``id``): ``kind`` (organisation, person, body),
      ``name``, ``memberships`` and ``ties`` removed with it, ``persons``
      (ids removed with an organisation);
    - ``added`` (index ``id``): ``name``, ``members`` (ids),
      ``meeting_hours_per_month`` (of one seat; NaN when unknown),
      ``reports_to``;
    - ``adjustments``: side effects on what stays, one row per ``table``
      (organisations, bodies), ``id`` and ``field`` with its value
      ``before`` and ``after``: ``reports_to`` of a body whose parent was
      removed (now the nearest body above that stays, or missing), ``host``
      of a body whose host left, ``parent`` of a unit whose parent left, and
      ``organisations`` (count) of a body left with fewer than two.

    Raises
    ------
    UsageError
        For unknown ids to remove (naming close matches) or a new body of the
        wrong shape (not a mapping, unknown field, no id or members, an id or
        member that is taken or removed). Nothing to remove or add gives the
        landscape itself (a baseline).
    InputError
        For a new body the loader would refuse, with the loader's message
        (:func:`partnernet.io.additions.check_new_bodies`): unknown member,
        ``reports_to`` or ``host``, a vocabulary value, a number out of
        bounds, a bad date, two new bodies with one id, a reporting cycle.
    """
    remove = _unique(remove, "remove")
    bodies: list[Mapping] = [add] if isinstance(add, Mapping) else list(cast("Iterable[NewBody]", add))
    kinds = {node: _kind_of(land, node) for node in remove}
    changed, removed, adjustments = _remove(land, kinds)
    added = pd.DataFrame(
        columns=["name", "members", "meeting_hours_per_month", "reports_to"],
        index=pd.Index([], name="id", dtype=object),
    )
    if bodies:
        changed, added = _add(changed, [_body_spec(changed, spec, set(remove), i) for i, spec in enumerate(bodies)])
    return changed, removed, added, adjustments


# -- ids ---------------------------------------------------------------------------


def _unique(ids, what: str) -> list[str]:
    if isinstance(ids, str):
        ids = [ids]
    ids = list(dict.fromkeys(ids or ()))
    bad = [i for i in ids if not isinstance(i, str) or not i]
    if bad:
        raise UsageError("ids_as_text", what=what, value=repr(bad[0]))
    return ids


def all_ids(land: Landscape) -> pd.Index:
    return land.organisations.index.append(land.persons.index).append(land.bodies.index)


def unknown_id(node: str, ids) -> UsageError:
    """The UsageError ``unknown_remove`` for ``node``, naming close matches (ids containing it first)."""
    close = close_ids(node, ids)
    if close:
        return UsageError("unknown_remove", value=node, close=", ".join(close))
    return UsageError("unknown_remove_none", value=node)


def _kind_of(land: Landscape, node: str) -> str:
    for kind, table in zip(KINDS, (land.organisations, land.persons, land.bodies)):
        if node in table.index:
            return kind
    raise unknown_id(node, all_ids(land))


# -- removing -------------------------------------------------------------------------


def _remove(land: Landscape, kinds: dict[str, str]) -> tuple[Landscape, pd.DataFrame, pd.DataFrame]:
    chosen = {kind: pd.Index([n for n, k in kinds.items() if k == kind], dtype=object) for kind in KINDS}
    orgs, bodies = chosen["organisation"], chosen["body"]
    persons = land.persons.index[land.persons["organisation"].isin(orgs)].union(chosen["person"], sort=False)
    actors = orgs.append(persons)
    m, ties = land.memberships, land.ties
    memberships = _without(m, m["member"].isin(actors) | m["organisation"].isin(orgs) | m["body"].isin(bodies))
    organisations, units = _orphaned_units(land.organisations.drop(index=orgs), orgs)
    new_bodies, moved = _rehang_bodies(land.bodies, bodies, orgs)
    adjustments = pd.concat([units, moved, _small_bodies(m, memberships, new_bodies.index)], ignore_index=True)
    changed = land.replace(
        organisations=organisations,
        persons=land.persons.drop(index=persons),
        bodies=new_bodies,
        memberships=memberships,
        ties=_without(ties, ties["source"].isin(actors) | ties["target"].isin(actors)),
        covenants=_without(land.covenants, land.covenants["organisation"].isin(orgs)),
    )
    return changed, _removed_table(land, kinds, m, ties), adjustments


def _without(table: pd.DataFrame, gone: pd.Series) -> pd.DataFrame:
    return table[~gone].reset_index(drop=True)


def _removed_table(land: Landscape, kinds: dict[str, str], m: pd.DataFrame, ties: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for node, kind in kinds.items():
        persons = land.persons.index[land.persons["organisation"] == node].tolist() if kind == "organisation" else []
        actors = [] if kind == "body" else [node] + persons
        rows_gone = m[MEMBERSHIP_COLUMN[kind]] == node
        tied = ties["source"].isin(actors) | ties["target"].isin(actors)
        rows.append(
            {
                "id": node,
                "kind": kind,
                "name": land.name_of(node),
                "memberships": int(rows_gone.sum()),
                "ties": int(tied.sum()),
                "persons": persons,
            }
        )
    return pd.DataFrame(rows, columns=["id", "kind", "name", "memberships", "ties", "persons"]).set_index("id")


def _adjustments(table: str, ids, field: str, before, after) -> pd.DataFrame:
    return pd.DataFrame(
        {"table": table, "id": list(ids), "field": field, "before": list(before), "after": list(after)},
        columns=ADJUSTMENT_COLUMNS,
    ).astype(object)


def _orphaned_units(organisations: pd.DataFrame, removed: pd.Index) -> tuple[pd.DataFrame, pd.DataFrame]:
    orphans = organisations.index[organisations["parent"].isin(removed)]
    adjustments = _adjustments(
        "organisations", orphans, "parent", organisations.loc[orphans, "parent"], [np.nan] * len(orphans)
    )
    if len(orphans):
        organisations = organisations.copy()
        organisations.loc[orphans, "parent"] = np.nan
    return organisations, adjustments


def _rehang_bodies(bodies: pd.DataFrame, removed: pd.Index, orgs: pd.Index) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Drop removed bodies; their children report to the nearest body above that stays; hosts that left."""
    parent = bodies["reports_to"]
    kept = bodies.drop(index=removed).copy()
    children = kept.index[kept["reports_to"].isin(removed)]
    for child in children:
        above = parent[child]
        while isinstance(above, str) and above in removed:
            above = parent.get(above)
        kept.loc[child, "reports_to"] = above if isinstance(above, str) else np.nan
    hosted = kept.index[kept["host"].isin(orgs)]
    adjustments = pd.concat(
        [
            _adjustments("bodies", children, "reports_to", parent[children], kept.loc[children, "reports_to"]),
            _adjustments("bodies", hosted, "host", kept.loc[hosted, "host"], [np.nan] * len(hosted)),
        ]
    )
    kept.loc[hosted, "host"] = np.nan
    return kept, adjustments


def _small_bodies(before: pd.DataFrame, after: pd.DataFrame, bodies: pd.Index) -> pd.DataFrame:
    """Bodies that had two or more organisations and are left with fewer."""
    count_before = before.groupby("body")["organisation"].nunique().reindex(bodies, fill_value=0)
    count_after = after.groupby("body")["organisation"].nunique().reindex(bodies, fill_value=0)
    shrunk = bodies[(count_before >= 2) & (count_after < 2)]
    return _adjustments("bodies", shrunk, "organisations", count_before[shrunk], count_after[shrunk])


# -- adding -----------------------------------------------------------------------------


def _body_spec(land: Landscape, spec: Mapping, removed: set, position: int) -> dict:
    """A new body's shape (a mapping of known fields, a new id, a list of members that were not removed).

    What its values may be (ids, vocabulary, numbers, dates, references,
    cycles) is checked by the loader's own rules in :func:`_add`.
    """
    if not isinstance(spec, Mapping):
        raise UsageError("add_not_a_dict", position=position + 1, value=repr(spec))
    extra = sorted(set(spec) - set(BODY_FIELDS))
    if extra:
        raise UsageError("add_unknown_field", value=extra[0], choices=", ".join(BODY_FIELDS))
    body = {field: spec.get(field) for field in BODY_FIELDS}
    node = body["id"]
    if not isinstance(node, str) or not node.strip():
        raise UsageError("add_no_id", position=position + 1)
    if node in all_ids(land) or node in removed:
        raise UsageError("add_id_taken", value=node)
    members = body["members"]
    if isinstance(members, str) or not members:
        raise UsageError("add_no_members", value=node)
    body["members"] = unique = list(dict.fromkeys(members))
    for other in (*unique, body["reports_to"], body["host"]):
        if other in removed:
            raise UsageError("add_refers_to_removed", value=other, body=node)
    return body


def _add(land: Landscape, specs: list[dict]) -> tuple[Landscape, pd.DataFrame]:
    parsed = check_new_bodies(
        specs, organisations=land.organisations.index, persons=land.persons["organisation"], existing=land.bodies
    )
    columns = land.bodies.columns
    # the index is named "id" (a str; the stubs take no other Hashable)
    new = parsed.reindex(columns=columns).rename_axis(cast(str, land.bodies.index.name))
    new = new.astype(land.bodies.dtypes.to_dict())
    person_org = land.persons["organisation"]
    rows = pd.DataFrame([(member, s["id"]) for s in specs for member in s["members"]], columns=["member", "body"])
    is_person = rows["member"].isin(person_org.index)
    rows = rows.assign(
        role="member",
        type="core",
        seats=1,
        start=pd.Series(pd.NaT, index=rows.index),
        end=pd.Series(pd.NaT, index=rows.index),
        member_kind=np.where(is_person, "person", "organisation"),
        organisation=rows["member"].map(person_org).where(is_person, rows["member"]),
    )
    m = land.memberships
    memberships = pd.concat([m, rows[m.columns].astype(m.dtypes.to_dict())], ignore_index=True)
    changed = land.replace(bodies=pd.concat([land.bodies, new]), memberships=memberships)
    hours = changed.meeting_hours().loc[new.index]
    added = pd.DataFrame(
        {
            "name": new["name"],
            "members": [s["members"] for s in specs],
            "meeting_hours_per_month": hours,
            "reports_to": new["reports_to"],
        }
    ).rename_axis("id")
    return changed, added


from .._public import public_dir

__all__ = [
    "BODY_FIELDS",
    "KINDS",
    "ADJUSTMENT_COLUMNS",
    "MEMBERSHIP_COLUMN",
    "NewBody",
    "apply_scenario",
    "all_ids",
    "unknown_id",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
