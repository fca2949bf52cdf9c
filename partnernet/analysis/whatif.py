"""What if: the landscape before and after removing actors or bodies, or adding a body.

The steering group's questions "what breaks if this person leaves, or this
organisation withdraws?" and "what would a new table add?" are answered by
measuring the landscape twice, as it is and as it would be
(:mod:`.scenario` builds the changed landscape), with the same analyses as
everywhere else: :func:`partnernet.fragmentation` (organisation and person
networks), :func:`partnernet.connectors`, :func:`partnernet.overload` and
:func:`partnernet.centrality`. Nothing is re-implemented here; this module
compares, and returns data only: :func:`partnernet.language.whatif.changes` puts
the differences in words.

One measure is new: which pairs of groups (domains) can reach each other
in the organisation network, and which single organisation every path
between two groups passes through ("care and security are connected only
through politie-ct-team"): the pair falls apart in the network without it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from itertools import combinations
import typing
from typing import Any, Literal, cast

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..graphs import affiliations
from ..landscape import Landscape, NetworkKind
from .centrality import centrality
from ._plumbing import LEVELS, graph_of, simple_igraph
from .communities import UNKNOWN_GROUP
from .connectors import connectors
from .fragmentation import fragmentation
from .grouping import OrganisationGroup, organisation_attribute
from .overload import HOURS, overload
from .results import Result
from .scenario import NewBody, apply_scenario
from .._many import many

STRUCTURE = (
    "nodes",
    "links",
    "components",
    "largest_component",
    "isolates",
    "fragmentation",
    "distance_fragmentation",
    "density",
    "average_distance",
)
#: Summary measures that are no counts: their before/after stay floats.
NOT_COUNTS = frozenset({"fragmentation", "distance_fragmentation", "density", "average_distance", HOURS})
LINK_ORDER = (
    "no_longer_connected",
    "only_through_one_organisation",
    "newly_connected",
    "no_longer_through_one_organisation_only",
    "fewer_bridging_organisations",
    "more_bridging_organisations",
    "unchanged",
)


@dataclasses.dataclass(frozen=True)
class WhatIf(Result):
    """The result of :func:`whatif`: the tables described there, and the scenario that was measured."""

    summary: pd.DataFrame
    removed: pd.DataFrame
    added: pd.DataFrame
    adjustments: pd.DataFrame
    disconnected: pd.DataFrame
    articulation_points: pd.DataFrame
    group_links: pd.DataFrame
    connectors: pd.DataFrame
    coverage: pd.DataFrame
    load: pd.DataFrame
    centrality: pd.DataFrame
    network: NetworkKind
    by: str
    ties: bool
    remove: tuple[str, ...]
    add: tuple[Mapping[str, object], ...]

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @typing.overload
    def __getitem__(self, key: Literal["summary"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["removed"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["added"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["adjustments"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["disconnected"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["articulation_points"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["group_links"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["connectors"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["coverage"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["load"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["centrality"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["network"]) -> NetworkKind: ...
    @typing.overload
    def __getitem__(self, key: Literal["by"]) -> str: ...
    @typing.overload
    def __getitem__(self, key: Literal["ties"]) -> bool: ...
    @typing.overload
    def __getitem__(self, key: Literal["remove"]) -> tuple[str, ...]: ...
    @typing.overload
    def __getitem__(self, key: Literal["add"]) -> tuple[Mapping[str, object], ...]: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def changed_landscape(
    land: Landscape, remove: Iterable[str] = (), add: NewBody | Iterable[NewBody] = (), ties: bool | None = None
) -> Landscape:
    """The landscape as :func:`whatif` measures it after the change (its ``ties`` choice kept)."""
    return apply_scenario(land.using_ties(land.with_ties(ties)), remove, add)[0]


def whatif(
    land: Landscape,
    remove: str | Iterable[str] = (),
    add: NewBody | Iterable[NewBody] = (),
    *,
    by: OrganisationGroup = "domain",
    ties: bool | None = None,
    threshold: float = 1.0,
    seed: int = 0,
) -> WhatIf:
    """Compare a landscape with itself after removing actors or bodies, or adding a body.

    Definitions: fragmentation F and distance-weighted fragmentation DF
    (Borgatti 2006, "Identifying sets of key players in a social network",
    Computational and Mathematical Organization Theory 12:21-34) of the
    organisation and person networks; connectors by brokerage roles (Gould
    & Fernandez 1989, Sociological Methodology 19:89-126); consultation load
    in meeting hours per month; betweenness (Freeman 1977). Two groups are
    *connected* when an organisation of one can reach an organisation of the
    other through shared bodies; they are connected *only through* an
    organisation when they cannot without it (it is then an articulation
    point that separates them).

    Parameters
    ----------
    land : Landscape
        Usually one moment, ``land.at(date)``.
    remove : ids
        Organisations (with their persons, memberships, ties and covenant
        signatures), persons (with their memberships and ties) or bodies
        (with their memberships; bodies that reported to one now report to
        the body above it). Unknown ids raise a UsageError naming close ones;
        neither ``remove`` nor ``add`` raises UsageError ``nothing_to_change``
        (a ValueError).
    add : NewBody or list of NewBody (dicts)
        New bodies: ``id``, ``members`` (organisation or person ids) and
        optionally ``name``, ``kind``, ``regime``, ``level``,
        ``meetings_per_year``, ``hours_per_meeting``, ``reports_to``,
        ``host``, ``covenant``. Added after the removals.
    by : str
        Organisations column that defines the groups (``domain``,
        ``regime``, ``level``) for connectors and group links.
    ties : bool or None
        Count direct ties (``ties.csv``) as links for fragmentation,
        cut-off actors and group links. None: ties only when the landscape
        has no memberships (:meth:`Landscape.with_ties`); decided on the
        landscape before the change and kept after it. ``network`` in the
        result says which network was measured.
    threshold : float
        Load ratio above which an organisation is overloaded.
    seed : int
        Seed of community detection inside :func:`partnernet.fragmentation`.

    Returns
    -------
    WhatIf (a frozen dataclass; ``result["summary"]`` works too) with

    - ``summary`` (index ``part``, ``measure``): ``before``, ``after``,
      ``change``. Parts ``organisations`` and ``persons`` (the networks):
      nodes, links, components, largest_component, isolates, fragmentation
      (F), distance_fragmentation (DF), density, average_distance (steps),
      articulation_points (no person rows for a landscape without
      persons); ``load``: meeting_hours_per_month (all organisations),
      overloaded_organisations; ``connectors``: organisations, persons (that
      are connectors), organisations_without_connector; ``groups``:
      pairs_connected, pairs_only_through_one_organisation;
    - ``removed``, ``added`` and ``adjustments``: what the scenario changed,
      and its side effects on what stays (bodies that now report elsewhere
      or lost their host, units without a parent, bodies left with fewer than
      two organisations); see :func:`partnernet.analysis.scenario.apply_scenario`;
    - ``disconnected`` (index ``actor``): organisations and persons that are
      cut off: ``level``, ``name``, ``organisation``, ``group``, ``status``
      ("no_table_left", "lost_all_links", "cut_off_from_the_main_network"),
      ``component`` (its connected group afterwards; 1 = the largest),
      ``component_size`` and ``bodies`` (the sorted ids of the bodies it
      still sits at afterwards, a list);
    - ``articulation_points`` (index ``actor``): organisations and persons
      that become or stop being articulation points (single points of
      failure), or whose departure would cut off a different number of nodes:
      ``level``, ``name``, ``articulation_point_before``/``_after``,
      ``nodes_cut_off_before``/``_after``;
    - ``group_links``: per pair of groups ``group_a``, ``group_b``,
      ``connected_before``/``_after``, ``only_through_before``/``_after``
      (organisations every path passes through), ``bridging_organisations_before``
      /``_after`` and ``bridging_persons_before``/``_after`` (brokers of the
      pair, :func:`partnernet.connectors`), ``status``;
    - ``connectors`` (index ``actor``): actors whose bridging brokerage
      changed: ``level``, ``name``, ``bridging_before``/``_after``/``_change``
      (pairs), ``connector_before``/``_after``, ``main_role_before``/``_after``;
    - ``coverage`` (index ``organisation``): organisations whose set of
      connector persons changed: ``connectors_before``/``_after`` (ids),
      ``has_connector_before``/``_after``;
    - ``load`` (index ``actor``): ``level``, ``name``, ``bodies_before``/``_after``,
      ``meeting_hours_per_month_before``/``_after``/``_change`` (hours per month),
      ``load_ratio_before``/``_after``, ``overloaded_before``/``_after``; rows
      that changed, biggest change first;
    - ``centrality`` (index ``organisation``): ``betweenness_before``/``_after``,
      ``rank_before``/``_after`` (1 = most between) and ``rank_change``
      (positive: rises); rows whose rank and betweenness changed, biggest
      change first;
    - ``network`` (``tables``, ``ties`` or ``tables+ties``), ``by``, ``ties``
      (whether ties were links), ``remove`` and ``add``: what was measured.

    The changed landscape itself is :func:`changed_landscape`; the changes in
    sentences are :func:`partnernet.language.whatif.changes`.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> result = pn.whatif(land, remove=["p001"])
    >>> result["disconnected"].loc[["school-brugcollege", "roc-veldland"], "status"].tolist()
    ['cut_off_from_the_main_network', 'cut_off_from_the_main_network']
    """
    remove = many(remove)  # one id as itself, not its characters
    bodies: tuple[Mapping, ...] = (add,) if isinstance(add, Mapping) else tuple(add)  # one body: not its keys
    if not remove and not bodies:
        raise UsageError("nothing_to_change")
    with_ties = land.with_ties(ties)
    land = land.using_ties(with_ties)  # the same network before and after, whatever is removed
    after, removed, added, adjustments = apply_scenario(land, remove, cast("tuple[NewBody, ...]", bodies))
    before_measures, after_measures = (_measure(x, by, ties, threshold, seed) for x in (land, after))
    return WhatIf(
        summary=_summary(before_measures, after_measures),
        removed=removed,
        added=added,
        adjustments=adjustments,
        disconnected=_disconnected(before_measures, after_measures),
        articulation_points=_articulation_changes(before_measures, after_measures),
        group_links=_group_links(before_measures, after_measures),
        connectors=_connector_changes(before_measures["connectors"], after_measures["connectors"]),
        coverage=_coverage_changes(before_measures["connectors"]["coverage"], after_measures["connectors"]["coverage"]),
        load=_load_changes(before_measures, after_measures),
        centrality=_rank_changes(before_measures["centrality"], after_measures["centrality"]),
        network=land.network_kind(),
        by=by,
        ties=with_ties,
        remove=remove,
        add=bodies,
    )


# -- measuring one landscape ---------------------------------------------------------


def _measure(land: Landscape, by: OrganisationGroup, ties: bool | None, threshold: float, seed: int) -> dict:
    measures: dict[str, Any] = {
        level: fragmentation(land, level=level, by=by, ties=ties, seed=seed) for level in LEVELS
    }
    measures.update(
        land=land,
        graphs={level: graph_of(land, level, ties) for level in LEVELS},
        connectors=connectors(land, by=by),
        overload={level: overload(land, level=level, threshold=threshold) for level in LEVELS},
        centrality=centrality(land),
    )
    groups = organisation_attribute(land, by, "organisations", land.organisations.index)
    measures["reach"] = group_reach(measures["graphs"]["organisations"], groups.fillna(UNKNOWN_GROUP))
    return measures


def group_reach(graph, groups: pd.Series) -> pd.DataFrame:
    """Pairs of groups that can reach each other, and the organisations every path between them passes.

    Returns one row per connected pair ``group_a`` < ``group_b`` with
    ``only_through``: the nodes without which no node of one group (other
    than it) can reach a node of the other. Computed from the components of
    the graph without each articulation point.
    """
    converted, nodes = simple_igraph(graph)
    labels = groups.reindex(nodes).to_numpy()
    connected = _connected_pairs(labels, converted.connected_components().membership)
    through: dict[tuple, list] = {pair: [] for pair in connected}
    for vertex in sorted(converted.articulation_points()):
        kept = [v for v in range(len(nodes)) if v != vertex]
        remaining = converted.induced_subgraph(kept)
        still = _connected_pairs(labels[kept], remaining.connected_components().membership)
        present = set(labels[kept])
        for pair in connected - still:
            if pair[0] in present and pair[1] in present:
                through[pair].append(nodes[vertex])
    rows = [(a, b, through[(a, b)]) for a, b in sorted(connected)]
    return pd.DataFrame(rows, columns=["group_a", "group_b", "only_through"])


def _connected_pairs(labels: np.ndarray, membership: list[int]) -> set[tuple]:
    per_component = pd.DataFrame({"group": labels, "component": membership}).drop_duplicates()
    pairs: set[tuple] = set()
    for _, groups in per_component.groupby("component")["group"]:
        pairs.update(combinations(sorted(groups), 2))
    return pairs


# -- comparing ------------------------------------------------------------------------


def _summary(before: dict, after: dict) -> pd.DataFrame:
    rows: list[tuple] = []
    for level in LEVELS:
        for measure in STRUCTURE:
            rows.append((level, measure, before[level]["summary"][measure], after[level]["summary"][measure]))
        rows.append(
            (
                level,
                "articulation_points",
                *(len(_level_rows(m[level]["articulation_points"], level)) for m in (before, after)),
            )
        )
    for part, measure, value in (
        ("load", HOURS, lambda m: m["overload"]["organisations"][HOURS].sum()),
        ("load", "overloaded_organisations", lambda m: m["overload"]["organisations"]["overloaded"].sum()),
        ("connectors", "organisations", lambda m: m["connectors"]["organisations"]["connector"].sum()),
        ("connectors", "persons", lambda m: m["connectors"]["persons"]["connector"].sum()),
        ("connectors", "organisations_without_connector", lambda m: len(m["connectors"]["without_connector"])),
        ("groups", "pairs_connected", lambda m: len(m["reach"])),
        ("groups", "pairs_only_through_one_organisation", lambda m: (m["reach"]["only_through"].map(len) > 0).sum()),
    ):
        rows.append((part, measure, value(before), value(after)))
    frame = pd.DataFrame(rows, columns=["part", "measure", "before", "after"])
    if before["land"].persons.empty and after["land"].persons.empty:  # an edge list: no person rows
        frame = frame[(frame["part"] != "persons") & (frame["measure"] != "persons")]
    frame[["before", "after"]] = frame[["before", "after"]].astype(float)
    frame["change"] = frame["after"] - frame["before"]
    counts = ~frame["measure"].isin(NOT_COUNTS)
    for column in ("before", "after", "change"):  # counts as integers (46, not 46.0), the rest as floats
        values = [int(v) if whole and pd.notna(v) else float(v) for v, whole in zip(frame[column], counts)]
        frame[column] = pd.Series(values, index=frame.index, dtype=object)
    return frame.set_index(["part", "measure"])


def _level_rows(table: pd.DataFrame, level: str) -> pd.DataFrame:
    return table[table["level"] == level]


def _disconnected(before: dict, after: dict) -> pd.DataFrame:
    frames = []
    for level in LEVELS:
        old, new = before[level]["nodes"], after[level]["nodes"]
        common = new.index.intersection(old.index)
        graph_old, graph_new = before["graphs"][level], after["graphs"][level]
        tables_old, tables_new = (
            pd.Series(dict(g.nodes(data="bodies"))).astype(float).reindex(common) for g in (graph_old, graph_new)
        )
        degree_old, degree_new = (
            pd.Series(dict(g.degree())).astype(float).reindex(common) for g in (graph_old, graph_new)
        )
        main_old = old.loc[common, "component"] == 1
        status = pd.Series(
            np.select(
                [
                    (tables_old > 0) & (tables_new == 0),
                    (degree_old > 0) & (degree_new == 0),
                    main_old & (new.loc[common, "component"] != 1),
                ],
                ["no_table_left", "lost_all_links", "cut_off_from_the_main_network"],
                default="",
            ),
            index=common,
        )
        cut = common[status != ""]
        component = new.loc[cut, "component"]
        seats = affiliations(after["land"], level)
        bodies = seats[seats["actor"].isin(cut)].groupby("actor")["body"].agg(lambda b: sorted(set(b)))
        frames.append(
            pd.DataFrame(
                {
                    "level": level,
                    "name": new.loc[cut, "name"],
                    "organisation": _organisation(after, level, cut),
                    "group": new.loc[cut, "group"],
                    "status": status[cut],
                    "component": component,
                    "component_size": component.map(new["component"].value_counts()),
                    "bodies": [bodies.get(actor, []) for actor in cut],
                },
                index=cut,
            )
        )
    return pd.concat(frames).rename_axis("actor")


def _articulation_changes(before: dict, after: dict) -> pd.DataFrame:
    """Actors (in both landscapes) that become or stop being articulation points, or cut off more or fewer."""
    columns = [
        "level",
        "name",
        "articulation_point_before",
        "articulation_point_after",
        "nodes_cut_off_before",
        "nodes_cut_off_after",
    ]
    frames = []
    for level in LEVELS:
        old, new = (_level_rows(m["organisations"]["articulation_points"], level) for m in (before, after))
        actors = old.index.union(new.index, sort=False).intersection(after[level]["nodes"].index, sort=False)
        frame = pd.DataFrame(
            {
                "level": level,
                "name": after[level]["nodes"].loc[actors, "name"],
                "articulation_point_before": actors.isin(old.index),
                "articulation_point_after": actors.isin(new.index),
                "nodes_cut_off_before": old["nodes_cut_off"].reindex(actors).fillna(0).astype(int),
                "nodes_cut_off_after": new["nodes_cut_off"].reindex(actors).fillna(0).astype(int),
            },
            index=actors,
            columns=columns,
        )
        frames.append(frame[frame["nodes_cut_off_before"] != frame["nodes_cut_off_after"]])
    return pd.concat(frames).rename_axis("actor")


def _organisation(measures: dict, level: str, actors: pd.Index) -> pd.Series:
    if level == "organisations":
        return pd.Series(actors, index=actors)
    return measures["land"].persons["organisation"].reindex(actors)


def _group_links(before: dict, after: dict) -> pd.DataFrame:
    keys = ["group_a", "group_b"]
    frame = before["reach"].merge(after["reach"], on=keys, how="outer", suffixes=("_before", "_after"), indicator=True)
    frame["connected_before"] = frame["_merge"] != "right_only"
    frame["connected_after"] = frame["_merge"] != "left_only"
    for side, measures in (("before", before), ("after", after)):
        pairs = measures["connectors"]["pairs"].set_index(keys)
        for level in LEVELS:
            found = pairs[level].reindex(pd.MultiIndex.from_frame(frame[keys])) if len(pairs) else None
            frame[f"bridging_{level}_{side}"] = _lists(found, len(frame))
        frame[f"only_through_{side}"] = _lists(frame[f"only_through_{side}"], len(frame))
    frame["status"] = [_link_status(row) for row in frame.to_dict("records")]
    order = frame["status"].map({s: i for i, s in enumerate(LINK_ORDER)})
    columns = keys + [
        "status",
        "connected_before",
        "connected_after",
        "only_through_before",
        "only_through_after",
        "bridging_organisations_before",
        "bridging_organisations_after",
        "bridging_persons_before",
        "bridging_persons_after",
    ]
    return frame.assign(_order=order).sort_values(["_order"] + keys, kind="stable")[columns].reset_index(drop=True)


def _lists(values, n: int) -> list[list]:
    if values is None:
        return [[] for _ in range(n)]
    return [list(v) if isinstance(v, (list, tuple, np.ndarray)) else [] for v in values]


def _link_status(row: dict) -> str:
    if row["connected_before"] != row["connected_after"]:
        return "no_longer_connected" if row["connected_before"] else "newly_connected"
    if set(row["only_through_after"]) - set(row["only_through_before"]):
        return "only_through_one_organisation"
    if row["only_through_before"] and not row["only_through_after"]:
        return "no_longer_through_one_organisation_only"
    old, new = len(row["bridging_organisations_before"]), len(row["bridging_organisations_after"])
    if new != old:
        return "fewer_bridging_organisations" if new < old else "more_bridging_organisations"
    return "unchanged"


def _before_after(old: pd.DataFrame, new: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``columns`` of the actors in both tables, as ``<column>_before`` and ``<column>_after``."""
    common = new.index.intersection(old.index, sort=False)
    frame = pd.DataFrame({"name": new.loc[common, "name"]}, index=common)
    for column in columns:
        frame[f"{column}_before"] = old.loc[common, column]
        frame[f"{column}_after"] = new.loc[common, column]
    return frame


def _connector_changes(before: dict, after: dict) -> pd.DataFrame:
    frames = []
    for level in LEVELS:
        frame = _before_after(before[level], after[level], ["bridging", "connector", "main_role"])
        frame.insert(0, "level", level)
        frame.insert(4, "bridging_change", frame["bridging_after"] - frame["bridging_before"])
        before_, after_ = frame["bridging_before"], frame["bridging_after"]
        unknown_both = before_.isna() & after_.isna()  # no domain known: no brokerage before or after, no change
        frames.append(frame[(before_ != after_) & ~unknown_both])
    return _biggest_first(pd.concat(frames), "bridging_change", "level").rename_axis("actor")


def _coverage_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    frame = _before_after(before, after, ["connectors", "has_connector"])
    changed = np.array(
        [sorted(a) != sorted(b) for a, b in zip(frame["connectors_before"], frame["connectors_after"])], dtype=bool
    )  # a boolean mask even when empty (an empty list would select no columns)
    return frame[changed].sort_values(["has_connector_after", "name"], kind="stable").rename_axis("organisation")


def _load_changes(before: dict, after: dict) -> pd.DataFrame:
    frames = []
    for level in LEVELS:
        frame = _before_after(
            before["overload"][level], after["overload"][level], ["bodies", HOURS, "load_ratio", "overloaded"]
        )
        frame.insert(0, "level", level)
        change = frame[f"{HOURS}_after"].fillna(0) - frame[f"{HOURS}_before"].fillna(0)
        frame.insert(list(frame.columns).index(f"{HOURS}_after") + 1, f"{HOURS}_change", change)
        changed = (change.abs() > 1e-9) | (frame["bodies_before"] != frame["bodies_after"])
        frames.append(frame[changed])
    return _biggest_first(pd.concat(frames), f"{HOURS}_change", "level", then_first=True).rename_axis("actor")


def _rank_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    frame = _before_after(before, after, ["betweenness"])
    for side in ("before", "after"):
        frame[f"rank_{side}"] = frame[f"betweenness_{side}"].rank(ascending=False, method="min").astype(int)
    frame["rank_change"] = frame["rank_before"] - frame["rank_after"]
    moved = (frame["betweenness_after"] - frame["betweenness_before"]).abs() > 1e-12  # not ties at 0 shifting
    frame = frame[(frame["rank_change"] != 0) & moved]
    return _biggest_first(frame, "rank_change", "rank_after").rename_axis("organisation")


def _biggest_first(frame: pd.DataFrame, change: str, then: str, then_first: bool = False) -> pd.DataFrame:
    """Rows by the size of ``change``, biggest first, with ``then`` after it (or before it)."""
    keys = [then, "_size"] if then_first else ["_size", then]
    order = frame.assign(_size=-frame[change].abs()).sort_values(keys, kind="stable")
    return frame.loc[order.index]


from .._public import public_dir

__all__ = ["STRUCTURE", "NOT_COUNTS", "LINK_ORDER", "WhatIf", "changed_landscape", "whatif", "group_reach"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
