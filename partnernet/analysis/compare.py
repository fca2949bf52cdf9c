"""Two landscapes side by side: what was added or removed, and what that did to the figures.

The studies describe a field where new bodies keep being created "without
asking what they add", old ones are dissolved, and officials rotate. This
module compares two landscapes, usually one register at two dates
(``land.at("2025-01-01")`` against ``land.at("2026-01-01")``) or two versions
of a register, and answers three questions: what changed in the tables, what
the change did to the key figures (load, centrality, connectors,
fragmentation), and what each new table added to the network.

Every figure comes from the analyses themselves (:func:`partnernet.overload`,
:func:`partnernet.centrality`, :func:`partnernet.connectors`,
:func:`partnernet.analysis.cohesion.structure_measures`); this module only
lines up their results for the two landscapes.
"""

from __future__ import annotations

import typing
from typing import Literal

import dataclasses
from collections.abc import Mapping
import numpy as np
import pandas as pd

from ..graphs import affiliations, incidence
from ..errors import UsageError
from ..landscape import Landscape
from .centrality import centrality
from ._plumbing import lists_or_empty
from .cohesion import structure_measures
from .connectors import connectors
from .grouping import OrganisationGroup
from .results import Result
from .overload import HOURS, membership_hours, overload

ID_TABLES = ("organisations", "persons", "bodies")
TABLES = ID_TABLES + ("memberships", "ties")
SHOWN_COLUMNS = {
    "organisations": ["name", "domain", "regime", "level"],
    "persons": ["name", "organisation", "function"],
    "bodies": ["name", "kind", "regime", "level", "host", "start", "end"],
    "memberships": ["member", "body", "member_kind", "organisation", "role", "type", "seats", "start", "end"],
    "ties": ["source", "target", "kind", "directed", "weight", "start", "end"],
}
#: Rows of a table with the same key are one row in a comparison (the first one).
PAIR_KEYS = {"memberships": ["member", "body"], "ties": ["source", "target", "kind"]}
INDEX_NAMES = {"organisations": "organisation", "persons": "person", "bodies": "body"}
MEMBERSHIP_FIELDS = ["role", "type", "seats", "start", "end"]
#: Per-organisation figures compared, in this order (numbers; the connector role is compared apart).
METRICS = ("bodies", HOURS, "load_ratio", "betweenness", "bridging")
NETWORK_MEASURES = (
    HOURS,
    "overloaded_organisations",
    "links",
    "components",
    "largest_component",
    "isolates",
    "density",
    "average_distance",
    "fragmentation",
    "distance_fragmentation",
    "organisations_without_connector",
)
TOLERANCE = 1e-9


@dataclasses.dataclass(frozen=True)
class Comparison(Result):
    """The result of :func:`compare`: the tables described there (``added``, ``removed`` and
    ``changed`` are dicts of tables by ``organisations``, ``persons``, ``bodies``, ``memberships``)."""

    counts: pd.DataFrame
    added: Mapping[str, pd.DataFrame]
    removed: Mapping[str, pd.DataFrame]
    changed: Mapping[str, pd.DataFrame]
    handovers: pd.DataFrame
    metrics: pd.DataFrame
    connector_roles: pd.DataFrame
    network: pd.DataFrame
    new_bodies: pd.DataFrame
    dissolved_bodies: pd.DataFrame
    link_pairs: pd.DataFrame
    by: str

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @typing.overload
    def __getitem__(self, key: Literal["counts"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["added"]) -> Mapping[str, pd.DataFrame]: ...
    @typing.overload
    def __getitem__(self, key: Literal["removed"]) -> Mapping[str, pd.DataFrame]: ...
    @typing.overload
    def __getitem__(self, key: Literal["changed"]) -> Mapping[str, pd.DataFrame]: ...
    @typing.overload
    def __getitem__(self, key: Literal["handovers"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["metrics"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["connector_roles"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["network"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["new_bodies"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["dissolved_bodies"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["link_pairs"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["by"]) -> str: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def compare(a: Landscape, b: Landscape, *, by: OrganisationGroup = "domain") -> Comparison:
    """What changed from landscape ``a`` to landscape ``b``.

    Definitions:

    - *added* / *removed*: rows of ``b`` whose id is not in ``a`` and the other
      way round; memberships are keyed by (member, body), so a seat that
      passed from one person to another is one membership removed and one
      added. An organisation that stays in the register but sits at a table
      in only one of the two counts as added or removed too (``change`` says
      which), so snapshots of one register show who joined or left the tables.
    - *changed*: ids in both whose values differ, one row per value.
    - *handover*: a person of an organisation left a body and a colleague of
      the same organisation joined it.
    - per-organisation figures: ``tables`` and ``meeting_hours_per_month``
      (hours/month) and ``load_ratio`` (:func:`partnernet.overload`),
      ``betweenness`` in the organisation projection (0..1,
      :func:`partnernet.centrality`), ``bridging`` (pairs of unconnected
      partners in different ``by`` groups it stands between) and its
      connector role (:func:`partnernet.connectors`);
    - network figures of the organisation projection: components, density,
      fragmentation F and DF (Borgatti 2006, "Identifying sets of key players
      in a social network", Computational and Mathematical Organization
      Theory 12:21-34), see :func:`partnernet.fragmentation`;
    - what a new body added: of the pairs of its organisations, how many
      already shared a body in ``a`` (the bodies that already existed), the
      links between organisations it creates (pairs that shared no body in
      ``a``), and the body of ``a`` it overlaps most with, by Jaccard
      overlap of their organisations (Jaccard 1901, as in
      :func:`partnernet.redundancy`). Dissolved bodies get the mirror image
      against ``b``: which of their links survive elsewhere and which are lost.

    Parameters
    ----------
    a, b : Landscape
        Before and after, two landscapes (the same object twice raises UsageError
        ``compare_needs_two``, a ValueError). For one register at two dates: ``land.at(d1)``
        and ``land.at(d2)``; two regime layers (:func:`partnernet.regime_layer`)
        compare too, "added" then meaning "only in b".
    by : str
        Organisation attribute whose groups connectors bridge (``domain``,
        ``regime``, ``level``).

    Returns
    -------
    Comparison (a frozen dataclass; ``result["counts"]`` works too) with

    - ``counts`` (index ``table``: organisations, persons, bodies,
      memberships, ties): ``before``, ``after``, ``added``, ``removed``, with
      before + added - removed = after (for organisations all four count those
      in the network, at a table or in a tie where ties are the network, and
      those in only one of the two registers; ties are keyed by source,
      target, kind);
    - ``added``, ``removed``: dicts of DataFrames for ``organisations`` (index
      ``organisation``; name, domain, regime, level, ``change``), ``persons``
      (index ``person``; name, organisation, function), ``bodies`` (index
      ``body``; name, kind, regime, level, host, start, end) and
      ``memberships`` (member, body, member_kind, organisation, role, type,
      seats, start, end);
    - ``changed``: dict of DataFrames, the same four keys, one row per value
      that differs: the id (or ``member``, ``body``), ``column`` (any
      column of the table; for memberships role, type, seats, start, end),
      ``before``, ``after``;
    - ``handovers``: ``organisation``, ``body``, ``person_out``, ``person_in``;
    - ``metrics``: one row per organisation and figure that changed:
      ``organisation``, ``name``, ``metric`` (one of tables,
      meeting_hours_per_month, load_ratio, betweenness, bridging),
      ``before``, ``after``, ``change`` (after - before; NaN when one side
      is unknown); per metric the largest change first;
    - ``connector_roles``: organisations whose main brokerage role or
      connector status (:func:`partnernet.connectors`: bridging above chance)
      changed (index ``organisation``): name, ``role_before``, ``role_after``,
      ``connector_before``, ``connector_after``, ``bridging_before``, ``bridging_after``;
    - ``network`` (index ``metric``, as the ``metric`` column of ``metrics``): ``before``, ``after``, ``change`` for
      meeting_hours_per_month (all organisations together), overloaded_organisations,
      links, components, largest_component, isolates, density,
      average_distance (steps), fragmentation, distance_fragmentation and
      organisations_without_connector;
    - ``new_bodies`` (index ``body``): name, kind, regime, level, host,
      ``organisations`` (count), ``organisation_ids``, ``persons``,
      ``meeting_hours_per_month`` (all its seats together), ``member_pairs``,
      ``pairs_already_together``, ``new_links``, ``new_link_pairs``
      (a list of pairs ``(actor_a, actor_b)``, ``actor_a < actor_b``), ``closest_body``, ``closest_body_name``,
      ``shared_organisations``, ``jaccard``;
    - ``dissolved_bodies``: the same for bodies of ``a`` not in ``b``, with
      ``pairs_still_together``, ``links_lost``, ``lost_link_pairs`` and the
      closest body of ``b``;
    - ``link_pairs``: the pairs of those two list columns one row each (``RangeIndex``): ``change``
      (``new``: a new body links the pair for the first time; ``lost``: a dissolved body's pair that shares
      no body in ``b``), ``body`` (the new or dissolved body), ``actor_a``, ``actor_b`` (organisation ids,
      ``actor_a < actor_b``), ``name_a``, ``name_b`` (their names in ``b`` for new, ``a`` for lost pairs);
      new pairs first, then by body, ``actor_a``, ``actor_b``. A pair linked by two new bodies is two rows;
    - ``by``: the grouping of the connectors.

    The changes in sentences: :func:`partnernet.language.compare.change_sentences`.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld")
    >>> result = pn.compare(land.at("2025-01-01"), land.at("2026-01-01"))
    >>> new = result["new_bodies"].loc["regionaal-ondermijningsberaad"]
    >>> new["closest_body"], int(new["new_links"])
    ('riec-regionale-stuurgroep', 0)
    """
    if a is b:
        raise UsageError("compare_needs_two")
    added, removed, changed = {}, {}, {}
    for table in TABLES:
        added[table], removed[table], changed[table] = table_difference(a, b, table)
    figures_a, figures_b = organisation_figures(a, by), organisation_figures(b, by)
    new_bodies = body_additions(b, a, added["bodies"].index)
    dissolved = body_additions(a, b, removed["bodies"].index).rename(columns=DISSOLVED_COLUMNS)
    return Comparison(
        counts=_counts(a, b, added, removed),
        added=added,
        removed=removed,
        changed=changed,
        handovers=handovers(added["memberships"], removed["memberships"]),
        metrics=metric_changes(figures_a["organisations"], figures_b["organisations"]),
        connector_roles=role_changes(figures_a["organisations"], figures_b["organisations"]),
        network=_side_by_side(figures_a["network"], figures_b["network"]),
        new_bodies=new_bodies,
        dissolved_bodies=dissolved,
        link_pairs=link_pairs(new_bodies, dissolved, a, b),
        by=by,
    )


# -- the tables -----------------------------------------------------------------


def table_difference(a: Landscape, b: Landscape, table: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Rows only in ``b`` (added), only in ``a`` (removed), and the values that differ."""
    before, after = _keyed(a, table), _keyed(b, table)
    shown = [c for c in SHOWN_COLUMNS[table] if c not in PAIR_KEYS.get(table, [])]
    new = after.loc[after.index.difference(before.index, sort=False)].reindex(columns=shown)
    gone = before.loc[before.index.difference(after.index, sort=False)].reindex(columns=shown)
    compared = MEMBERSHIP_FIELDS if table == "memberships" else shown if table == "ties" else list(before.columns)
    changed = changed_values(before.reindex(columns=compared), after.reindex(columns=compared))
    if table == "organisations":
        new, gone = _with_seat_changes(a, b)
    if table in PAIR_KEYS:
        return new.reset_index(), gone.reset_index(), changed.reset_index()
    index = INDEX_NAMES[table]
    new, gone = (frame.rename_axis(index) for frame in (new, gone))
    return new, gone, changed.rename_axis([index, "column"]).reset_index(level="column")


def _keyed(land: Landscape, table: str) -> pd.DataFrame:
    """The table indexed by its key; memberships by member and body (the first row of each pair)."""
    frame = getattr(land, table)
    if table in PAIR_KEYS:
        return frame.drop_duplicates(PAIR_KEYS[table]).set_index(PAIR_KEYS[table])
    return frame.sort_index()


def changed_values(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """One row per (id, column) whose value differs between two tables with the same index kind.

    Missing on both sides counts as equal. Returns ``column``, ``before``,
    ``after`` indexed by the id (keys of the tables' index plus ``column``).
    """
    ids = before.index.intersection(after.index, sort=False)
    columns = [c for c in before.columns if c in after.columns]
    old = before.loc[ids, columns].astype(object)
    new = after.loc[ids, columns].astype(object)
    differs = ((old != new) & ~(old.isna() & new.isna())).to_numpy(dtype=bool)
    # the differing cells row by row, as stacking the frames would give them, without stacking
    # (three stacks were most of a call on a small landscape)
    rows, cells = np.nonzero(differs)
    keys = ids.take(rows)
    levels = [keys.get_level_values(i) for i in range(keys.nlevels)]
    index = pd.MultiIndex.from_arrays(
        [*levels, pd.Index(columns, dtype=old.columns.dtype).take(cells)],
        names=list(before.index.names) + ["column"],
    )
    return pd.DataFrame(
        {"before": old.to_numpy()[rows, cells], "after": new.to_numpy()[rows, cells]}, index=index, dtype=object
    )


def _with_seat_changes(a, b) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Organisations in the network of ``b`` and not of ``a`` (added) and the other way round (removed).

    Counted as in :func:`_counted`, the same set that
    ``counts`` counts, so before + added - removed = after; ``change`` says whether the organisation
    is new in (or left) the register or only took (or lost) its place in the network.
    """
    shown = SHOWN_COLUMNS["organisations"]
    active_a, active_b = _counted(a, b), _counted(b, a)

    def rows(land, ids, other, fresh: str, seat: str, tie: str) -> pd.DataFrame:
        frame = land.organisations.loc[sorted(ids, key=str)].reindex(columns=shown)
        seated = frame.index.isin(affiliations(land, "organisations")["actor"])
        return frame.assign(
            change=np.where(~frame.index.isin(other.organisations.index), fresh, np.where(seated, seat, tie))
        )

    return (
        rows(b, active_b - active_a, a, "new_in_the_register", "took_a_seat_at_a_table", "has_a_direct_tie"),
        rows(a, active_a - active_b, b, "left_the_register", "no_longer_at_any_table", "no_longer_in_any_tie"),
    )


def _counted(land: Landscape, other: Landscape) -> set:
    """The organisations a comparison counts: those in the network of ``land`` (at a table, or in a
    direct tie where the ties are its network, :meth:`Landscape.with_ties`) and those in its register
    but not in the ``other``'s (snapshots of one register keep every organisation)."""
    counted = set(affiliations(land, "organisations")["actor"])
    if land.with_ties(None):
        ties = land.ties
        counted |= set(pd.concat([ties["source"], ties["target"]]))
    counted |= set(land.organisations.index.difference(other.organisations.index))
    return counted & set(land.organisations.index)


def _counts(a, b, added, removed) -> pd.DataFrame:
    rows = {
        table: {
            "before": _size(a, b, table),
            "after": _size(b, a, table),
            "added": len(added[table]),
            "removed": len(removed[table]),
        }
        for table in TABLES
    }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("table")


def _size(land: Landscape, other: Landscape, table: str) -> int:
    """Rows of a table; for organisations those :func:`_counted`."""
    if table == "organisations":
        return len(_counted(land, other))
    return len(_keyed(land, table))


def handovers(added: pd.DataFrame, removed: pd.DataFrame) -> pd.DataFrame:
    """Seats that passed between colleagues: a person of an organisation left a body, another joined it.

    Takes the ``memberships`` tables of ``added`` and ``removed``. Where
    several persons left and joined one body for one organisation, they are
    paired in order of their ids.
    """

    def persons(frame):
        rows = frame[frame["member_kind"] == "person"].sort_values(["organisation", "body", "member"])
        return rows.assign(n=rows.groupby(["organisation", "body"]).cumcount())[["organisation", "body", "n", "member"]]

    pairs = persons(removed).merge(persons(added), on=["organisation", "body", "n"], suffixes=("_out", "_in"))
    pairs = pairs.rename(columns={"member_out": "person_out", "member_in": "person_in"})
    return (
        pairs[["organisation", "body", "person_out", "person_in"]]
        .sort_values(["organisation", "person_out", "body"])
        .reset_index(drop=True)
    )


# -- the figures -------------------------------------------------------------------


def organisation_figures(land: Landscape, by: OrganisationGroup = "domain") -> dict:
    """Per-organisation figures and network figures of one landscape, from the analyses themselves."""
    load = overload(land)
    central = centrality(land)
    connecting = connectors(land, by=by)
    roles = connecting["organisations"]
    frame = pd.DataFrame(
        {
            "name": land.organisations["name"],
            "bodies": load["bodies"],
            HOURS: load[HOURS],
            "load_ratio": load["load_ratio"],
            "betweenness": central["betweenness"],
            "bridging": roles["bridging"],
            "connector_role": roles["main_role"],
            "connector": roles["connector"],
        }
    ).rename_axis("organisation")
    network = {
        HOURS: float(load[HOURS].sum()),
        "overloaded_organisations": int(load["overloaded"].fillna(False).sum()),
        **structure_measures(land.graph("organisations")),
        "organisations_without_connector": len(connecting["without_connector"]),
    }
    network.pop("nodes")
    return {"organisations": frame, "network": pd.Series(network, dtype=float)[list(NETWORK_MEASURES)]}


def _side_by_side(before: pd.Series, after: pd.Series) -> pd.DataFrame:
    change = (after - before).mask(lambda c: c.abs() < TOLERANCE, 0.0)
    return pd.DataFrame({"before": before, "after": after, "change": change}).rename_axis("metric")


def metric_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """The per-organisation figures that differ, one row per (organisation, metric), largest change first."""
    ids = before.index.union(after.index)
    names = after["name"].reindex(ids).fillna(before["name"].reindex(ids))
    parts = []
    for metric in METRICS:
        old = before[metric].reindex(ids).astype(float)
        new = after[metric].reindex(ids).astype(float)
        same = np.isclose(old, new, rtol=0, atol=TOLERANCE, equal_nan=True)
        part = pd.DataFrame(
            {
                "organisation": ids,
                "name": names.to_numpy(),
                "metric": metric,
                "before": old.to_numpy(),
                "after": new.to_numpy(),
                "change": (new - old).to_numpy(),
            }
        )[~same]
        parts.append(
            part.assign(_size=part["change"].abs())
            .sort_values(["_size", "organisation"], ascending=[False, True], na_position="last")
            .drop(columns="_size")
        )
    return pd.concat(parts, ignore_index=True)


def role_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Organisations whose main brokerage role (e.g. boundary -> none) or connector status differs."""
    ids = before.index.intersection(after.index)
    old, new = before.loc[ids], after.loc[ids]
    frame = pd.DataFrame(
        {
            "name": new["name"],
            "role_before": old["connector_role"],
            "role_after": new["connector_role"],
            "connector_before": old["connector"],
            "connector_after": new["connector"],
            "bridging_before": old["bridging"],
            "bridging_after": new["bridging"],
        }
    )
    frame = frame[
        (frame["role_before"] != frame["role_after"]) | (frame["connector_before"] != frame["connector_after"])
    ]
    return frame.sort_values("bridging_before", ascending=False, kind="stable").rename_axis("organisation")


# -- what a new body added -------------------------------------------------------------

DISSOLVED_COLUMNS = {
    "pairs_already_together": "pairs_still_together",
    "new_links": "links_lost",
    "new_link_pairs": "lost_link_pairs",
}


def body_additions(land: Landscape, reference: Landscape, bodies) -> pd.DataFrame:
    """What the ``bodies`` of ``land`` add to the bodies of ``reference`` (see :func:`compare`).

    Organisations are the members (a person counts as their organisation).
    ``new_links`` counts the pairs of a body's organisations that share no
    body in ``reference``; the closest body is the body of ``reference`` with
    the highest Jaccard overlap of organisations (ties: first id).
    """
    bodies = pd.Index(bodies, name="body")
    pairs = affiliations(land, "organisations")
    pairs = pairs[pairs["body"].isin(bodies)]
    table = land.bodies.loc[bodies, ["name", "kind", "regime", "level", "host"]].rename_axis("body")
    table["organisations"] = pairs.groupby("body").size().reindex(bodies, fill_value=0).astype(int)
    table["organisation_ids"] = lists_or_empty(pairs.groupby("body")["actor"].agg(sorted).reindex(bodies))
    persons = affiliations(land, "persons")
    table["persons"] = (
        persons[persons["body"].isin(bodies)].groupby("body").size().reindex(bodies, fill_value=0).astype(int)
    )
    hours = membership_hours(land)
    table[HOURS] = hours[hours["body"].isin(bodies)].groupby("body")[HOURS].sum(min_count=1).reindex(bodies)
    table = table.join(_links_added(pairs, reference, bodies)).join(_closest_bodies(pairs, reference, bodies))
    return table


LINK_PAIR_COLUMNS = ["change", "body", "actor_a", "actor_b", "name_a", "name_b"]


def link_pairs(new_bodies: pd.DataFrame, dissolved_bodies: pd.DataFrame, a: Landscape, b: Landscape) -> pd.DataFrame:
    """The ``new_link_pairs`` of ``new_bodies`` and the ``lost_link_pairs`` of ``dissolved_bodies``, a row each.

    Columns :data:`LINK_PAIR_COLUMNS` (see :func:`compare`); names of new pairs from ``b``, of lost pairs from
    ``a``; an empty table (those columns) when no body came or went.
    """
    parts = []
    for change, frame, column, land in (
        ("new", new_bodies, "new_link_pairs", b),
        ("lost", dissolved_bodies, "lost_link_pairs", a),
    ):
        cells = frame[column]
        rows = [(body, low, high) for body, cell in zip(cells.index, cells) for low, high in cell]
        part = pd.DataFrame(rows, columns=["body", "actor_a", "actor_b"], dtype=object)
        names = land.organisations["name"]
        part = part.assign(change=change, name_a=part["actor_a"].map(names), name_b=part["actor_b"].map(names))
        parts.append(part.sort_values(["body", "actor_a", "actor_b"], kind="stable"))
    return pd.concat(parts, ignore_index=True)[LINK_PAIR_COLUMNS]


def _links_added(pairs: pd.DataFrame, reference: Landscape, bodies: pd.Index) -> pd.DataFrame:
    """Per body: pairs of its organisations, how many already shared a body in ``reference``, the rest."""
    together = pairs.merge(pairs, on="body")
    together = together[together["actor_x"] < together["actor_y"]]
    linked = _projection_links(reference)
    together = together.merge(
        linked, how="left", left_on=["actor_x", "actor_y"], right_on=["low", "high"], indicator=True
    )
    together["known"] = together["_merge"] == "both"
    fresh = together[~together["known"]].sort_values(["actor_x", "actor_y"])
    frame = pd.DataFrame(
        {
            "member_pairs": together.groupby("body").size(),
            "pairs_already_together": together.groupby("body")["known"].sum(),
            "new_links": fresh.groupby("body").size(),
            "new_link_pairs": pd.Series(list(zip(fresh["actor_x"], fresh["actor_y"])), index=fresh.index, dtype=object)
            .groupby(fresh["body"])
            .agg(list),
        }
    ).reindex(bodies)
    counts = ["member_pairs", "pairs_already_together", "new_links"]
    frame[counts] = frame[counts].fillna(0).astype(int)
    frame["new_link_pairs"] = lists_or_empty(frame["new_link_pairs"])
    return frame


def _projection_links(land: Landscape) -> pd.DataFrame:
    """The organisation projection's links as ``low``, ``high`` (ids in sorted order)."""
    graph = land.graph("organisations")
    ends = np.array(list(graph.edges()), dtype=object).reshape(-1, 2)
    first = ends[:, 0] < ends[:, 1]
    return pd.DataFrame(
        {"low": np.where(first, ends[:, 0], ends[:, 1]), "high": np.where(first, ends[:, 1], ends[:, 0])}, dtype=object
    )


def _closest_bodies(pairs: pd.DataFrame, reference: Landscape, bodies: pd.Index) -> pd.DataFrame:
    """Per body the body of ``reference`` with the highest Jaccard overlap of organisations."""
    other = affiliations(reference, "organisations")
    actors = pd.Index(pd.concat([pairs["actor"], other["actor"]]).unique())
    mine = incidence(pairs, bodies, actors, "body", "actor")
    theirs = incidence(other, reference.bodies.index, actors, "body", "actor")
    shared = (mine @ theirs.T).tocoo()
    size_mine = np.asarray(mine.sum(axis=1)).ravel()
    size_theirs = np.asarray(theirs.sum(axis=1)).ravel()
    frame = pd.DataFrame(
        {
            "body": bodies[shared.row],
            "closest_body": reference.bodies.index[shared.col],
            "shared_organisations": shared.data.astype(int),
        }
    )
    frame["jaccard"] = frame["shared_organisations"] / (size_mine[shared.row] + size_theirs[shared.col] - shared.data)
    best = frame.sort_values(["body", "jaccard", "closest_body"], ascending=[True, False, True])
    best = best.drop_duplicates("body").set_index("body").reindex(bodies)
    best.insert(1, "closest_body_name", best["closest_body"].map(reference.bodies["name"]))
    best["shared_organisations"] = best["shared_organisations"].fillna(0).astype(int)
    return best


from .._public import public_dir

__all__ = [
    "ID_TABLES",
    "TABLES",
    "SHOWN_COLUMNS",
    "PAIR_KEYS",
    "INDEX_NAMES",
    "MEMBERSHIP_FIELDS",
    "METRICS",
    "NETWORK_MEASURES",
    "TOLERANCE",
    "Comparison",
    "compare",
    "table_difference",
    "changed_values",
    "handovers",
    "organisation_figures",
    "metric_changes",
    "role_changes",
    "DISSOLVED_COLUMNS",
    "body_additions",
    "LINK_PAIR_COLUMNS",
    "link_pairs",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
