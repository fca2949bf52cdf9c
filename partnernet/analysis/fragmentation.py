"""Where the network falls apart: the fragmentation analysis behind ``pn.fragmentation``.

One call answers the steering group's question "what breaks if this person
leaves or this organisation withdraws?": how fragmented the network is
(components, F, DF, density, distances; :mod:`.cohesion`), whether the
clusters that work together follow the formal domains (:mod:`.communities`),
which actors and links are single points of failure (:mod:`.resilience`),
and optionally which set of k actors would do most damage together
(:mod:`.keyplayers`).
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, cast, overload

import dataclasses

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..landscape import Landscape
from . import keyplayers, memo, paths
from .results import KeyPlayers, Note, Result
from ._plumbing import graph_of, index_name, node_names, simple_igraph
from .cohesion import structure_of
from .communities import (
    adjusted_rand_index,
    community_table,
    groups_of,
    leiden_membership,
    modularity_of,
    number_by_size,
)
from .resilience import articulation_points, bridges, bus_factor, single_person_links

if TYPE_CHECKING:
    from .grouping import Grouping, OrganisationGroup
    from .keyplayers import Criterion
    from ..landscape import Level
    from collections.abc import Hashable, Mapping

    from ._plumbing import LandOrGraph


@dataclasses.dataclass(frozen=True)
class Fragmentation(Result):
    """The result of :func:`fragmentation`; the optional tables are None (and not among ``keys()``) when absent."""

    fragmentation: float
    distance_fragmentation: float
    summary: pd.Series[str | float]
    components: pd.DataFrame
    communities: pd.DataFrame
    nodes: pd.DataFrame
    articulation_points: pd.DataFrame
    bridges: pd.DataFrame
    note: tuple[Note, ...] | None = None
    single_person_links: pd.DataFrame | None = None
    bus_factor: pd.DataFrame | None = None
    key_players: KeyPlayers | None = None

    def keys(self) -> list[str]:
        """The fields this result has: ``note`` only when estimated, person tables only on a landscape, ..."""
        return [key for key in super().keys() if getattr(self, key) is not None]

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["fragmentation"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["distance_fragmentation"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["summary"]) -> pd.Series[str | float]: ...
    @overload
    def __getitem__(self, key: Literal["components"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["communities"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["nodes"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["articulation_points"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["bridges"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["note"]) -> tuple[Note, ...] | None: ...
    @overload
    def __getitem__(self, key: Literal["single_person_links"]) -> pd.DataFrame | None: ...
    @overload
    def __getitem__(self, key: Literal["bus_factor"]) -> pd.DataFrame | None: ...
    @overload
    def __getitem__(self, key: Literal["key_players"]) -> KeyPlayers | None: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def fragmentation(
    land_or_graph: LandOrGraph,
    *,
    level: Level = "organisations",
    by: Grouping | Mapping[Hashable, Hashable] = "domain",
    ties: bool | None = None,
    weight: str | None = "weight",
    key_players: int | None = None,
    criterion: Criterion = "DF",
    seed: int = 0,
    resolution: float = 1.0,
    exact: bool | None = None,
    samples: int | None = None,
) -> Fragmentation:
    """Fragmentation, communities against domains, and single points of failure.

    Definitions: fragmentation F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)) over
    component sizes s_k; distance-weighted fragmentation DF = 1 - sum_{i != j}
    (1 / d_ij) / (n (n - 1)) with 1/inf = 0 (Borgatti 2006, "Identifying sets
    of key players in a social network", Computational and Mathematical
    Organization Theory 12:21-34); modularity (Newman & Girvan 2004, Phys
    Rev E 69:026113) of the formal groups and of Leiden communities (Traag,
    Waltman & van Eck 2019, Scientific Reports 9:5233); adjusted Rand index
    of the two partitions (Hubert & Arabie 1985).

    Parameters
    ----------
    land_or_graph : Landscape or networkx graph
        A landscape is measured in its organisation projection (``level``
        ``"persons"``: the person projection); a graph as it is (directed
        graphs as undirected).
    by : str or mapping
        Formal groups: a column of the organisations table (persons take
        their organisation's), a node attribute of a plain graph, or a
        mapping node -> group. Default ``domain``.
    ties : bool or None
        Count direct ties (``ties.csv``) as links too; None (default): ties
        only when the landscape has no memberships (a tie edge list), see
        :meth:`partnernet.Landscape.with_ties`. The summary's ``network``
        says which (``tables``, ``ties``, ``tables+ties``).
    weight : str or None
        Edge attribute used as weight for communities and modularity (in a
        projection: shared bodies); None for unweighted. F, DF and
        distances always count steps.
    key_players : int, optional
        Also search the set of this many key players (KPP-Neg) by
        ``criterion`` ("F" or "DF"), see :func:`partnernet.key_players`.
    seed : int
        Seed of Leiden (and of the key-player restarts): same input, same result.
    resolution : float
        Leiden's resolution; higher gives more, smaller communities.
    exact, samples : bool or None, int
        DF and the average distance need a search from every node. None
        (automatic): exact unless searches x links exceed 200 million (a
        national person projection), then estimated from ``samples``
        seeded source nodes (see :mod:`partnernet.analysis.paths`); True:
        always exact; False: always estimated.

    Returns
    -------
    :class:`Fragmentation`, a typed frozen result (``result.summary`` or
    ``result["summary"]``) with

    - ``fragmentation`` (F) and ``distance_fragmentation`` (DF), 0 to 1;
    - ``summary``: Series with ``level``, ``nodes``, ``links``,
      ``components``, ``largest_component``, ``isolates``, ``density`` (share
      of possible links), ``average_distance`` (steps, over pairs that can
      reach each other), ``fragmentation``, ``distance_fragmentation``,
      ``grouping`` (the ``by`` column), ``groups``, ``modularity_groups``,
      ``communities``, ``modularity_communities``, ``adjusted_rand_index``
      (communities against groups; NaN without groups);
    - ``components``: per component (1 = largest) ``size``, ``share`` of
      nodes, ``members`` (ids) and ``names``;
    - ``communities``: per community (1 = largest) ``size``, ``main_group``,
      ``main_group_share``, ``groups`` (a dict of group -> members of that
      group, most common first: ``{"administration": 6, "security": 4}``);
    - ``nodes``: per node ``name``, ``group``, ``component``, ``community``;
    - ``articulation_points`` and ``bridges``: on a landscape for both the
      organisation and the person projection (column ``level``), see
      :func:`partnernet.articulation_points`, :func:`partnernet.bridges`;
    - on a landscape also ``single_person_links`` and ``bus_factor``
      (:func:`partnernet.single_person_links`, :func:`partnernet.bus_factor`);
    - with ``key_players``: ``key_players``, the :class:`~partnernet.analysis.keyplayers.KeyPlayers`
      of :func:`partnernet.key_players`;
    - only when DF and the average distance are estimated: ``note``, how,
      with the standard error.

    Examples
    --------
    >>> import partnernet as pn
    >>> result = pn.fragmentation(pn.load("data/regio-voorbeeld").at("2026-01-01"))
    >>> result["articulation_points"].index.tolist()
    ['gemeente-veldstad', 'politie-ct-team', 'p002', 'p001']
    """
    graph = graph_of(land_or_graph, level, ties)
    converted, nodes = simple_igraph(graph, weight)
    sources = paths.choose_sources(converted.vcount(), converted.ecount(), exact, samples, seed)
    # what-if scenarios measure the same landscape again: its graph's searches are kept
    distances = paths.kept_distance_totals(graph, converted, sources)
    measures = structure_of(converted, totals=distances)
    groups = groups_of(land_or_graph, nodes, by, level)
    communities = pd.Series(
        memo.once(
            graph, ("leiden", weight, seed, resolution), lambda: leiden_membership(converted, weight, seed, resolution)
        ),
        index=nodes,
    )
    components = pd.Series(number_by_size(converted.connected_components().membership), index=nodes)
    network = land_or_graph.network_kind(ties) if isinstance(land_or_graph, Landscape) else "graph"
    summary = {
        "level": level if isinstance(land_or_graph, Landscape) else "graph",
        "network": network,
        **measures,
        "grouping": by if isinstance(by, str) else "(mapping)",
        "groups": np.nan if groups is None else groups.nunique(),
        "modularity_groups": np.nan if groups is None else modularity_of(converted, groups, weight),
        "communities": communities.nunique(),
        "modularity_communities": modularity_of(converted, communities, weight),
        "adjusted_rand_index": np.nan if groups is None else adjusted_rand_index(groups, communities),
    }
    names = node_names(land_or_graph, nodes)
    result = {
        "fragmentation": measures["fragmentation"],
        "distance_fragmentation": measures["distance_fragmentation"],
        "summary": pd.Series(summary, dtype=object, name="value").rename_axis("measure"),
        "components": _component_table(components, names),
        "communities": community_table(communities, groups),
        "nodes": pd.DataFrame(
            {
                "name": names,
                "group": np.nan if groups is None else groups,
                "component": components,
                "community": communities,
            }
        ).rename_axis(index_name(land_or_graph, level)),
        **_cut_points_and_bridges(land_or_graph, ties),
    }
    if not sources.exact:
        result["note"] = _estimate_note(converted.vcount(), sources, distances)
    if isinstance(land_or_graph, Landscape):
        result["single_person_links"] = single_person_links(land_or_graph)
        result["bus_factor"] = bus_factor(
            land_or_graph, cast("OrganisationGroup", by) if isinstance(by, str) else "domain"
        )
    if key_players is not None:
        try:
            result["key_players"] = keyplayers.key_players(
                land_or_graph, key_players, criterion, level=level, ties=ties, seed=seed
            )
        except UsageError as error:  # key_players' k is this function's key_players= (the CLI's --key-players)
            if error.code != "bad_k":
                raise
            raise UsageError("bad_key_players", **error.params) from None
    return Fragmentation(**result)


def _cut_points_and_bridges(land_or_graph, ties: bool | None) -> dict:
    """Articulation points and bridges of both projections (a landscape) or of the graph.

    They do not depend on ``level``, so a landscape computes them once for every
    level measured (what-if measures both levels before and after); copies are
    handed out, as the result belongs to the caller.
    """
    owner, key = land_or_graph, ("cut_points_and_bridges", ties)
    if isinstance(land_or_graph, Landscape):
        key = ("cut_points_and_bridges", land_or_graph.with_ties(ties))
    kept = memo.once(
        owner, key, lambda: (articulation_points(land_or_graph, ties=ties), bridges(land_or_graph, ties=ties))
    )
    return {"articulation_points": kept[0].copy(), "bridges": kept[1].copy()}


def _estimate_note(n: int, sources: paths.Sources, distances: paths.DistanceTotals) -> tuple[Note, ...]:
    """How DF and the average distance were estimated from sampled sources (words: language/notes.py)."""
    error = distances.inverse_error / (n * (n - 1))
    return (
        Note.of("fragmentation.sampled", sample=sources.sample(), error=error),
        Note.of("exact", option="fragmentation(..., exact=True)"),
    )


def _component_table(components: pd.Series, names: pd.Series) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "component": components.to_numpy(),
            "member": components.index,
            "name": names.reindex(components.index).to_numpy(),
        }
    )
    grouped = frame.groupby("component", sort=True)
    table = pd.DataFrame(
        {"size": grouped.size(), "members": grouped["member"].agg(list), "names": grouped["name"].agg(list)}
    )
    table.insert(1, "share", table["size"] / max(len(frame), 1))
    return table.rename_axis("component")


from .._public import public_dir

__all__ = ["Fragmentation", "fragmentation"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
