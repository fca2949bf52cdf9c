"""Layers of one landscape: the CT and the crime network, or tables against direct ties.

The studies find that the counter-terrorism (CT) and crime approaches are
organised apart but share most of their partners, and that they learn little
from each other. This module splits a landscape into layers and measures
what they share and who connects them:

- ``by="regime"``: the *CT layer* (bodies of regime ``ct``), the *crime
  layer* (regime ``crime``) and the *shared layer*: bodies of regime
  ``both`` belong to both networks. An organisation or person *bridges* the
  two when it sits at a CT body and at a crime body; a host bridges them when
  it hosts bodies of both regimes.
- ``by="tie_kind"``: the *membership layer* (organisations linked by the
  bodies they share) against one layer per kind of direct tie (information,
  advice, collaboration, ...; a person's tie counts for their organisation).

For each layer, "how much would it fragment without the other": Borgatti's
F and DF of the organisations of the layer, linked by every layer, by its own
(and the shared) bodies, and by its own bodies alone.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Literal, TypeAlias, get_args
import networkx as nx
import numpy as np
import pandas as pd

from ..errors import UsageError
from ..graphs import affiliations, tie_edges
from ..io.schema import VOCABULARIES, Regime
from ..landscape import LEVELS, Landscape
from .cohesion import structure_measures
from ._plumbing import lists_or_empty
from .results import Result
from .overload import HOURS, overload

#: How :func:`layers` splits a landscape: by the bodies' regime, or tables apart from ties.
LayerBy: TypeAlias = Literal["regime", "tie_kind"]
BY: tuple[LayerBy, ...] = get_args(LayerBy)
REGIMES = ("ct", "crime")
SHARED = "both"
LAYER_OF_REGIME = {"ct": "ct", "crime": "crime", SHARED: "shared"}
MEMBERSHIP = "membership"
#: What links the organisations of a layer in the ``fragmentation`` table (``linked_by``, stable codes; words
#: in :mod:`partnernet.language.layers`): by regime every body, the layer's own and the shared bodies, its own
#: bodies alone; by tie kind the tables and all ties, the layer's own links alone (the membership layer: the
#: tables; a tie kind: its ties).
EVERY_BODY, OWN_AND_SHARED_BODIES, OWN_BODIES = "every_body", "own_and_shared_bodies", "own_bodies"
TABLES_AND_TIES, OWN_LINKS = "tables_and_ties", "own_links"
STRUCTURE = ["organisations", "links", "components", "largest_component", "fragmentation", "distance_fragmentation"]


def regime_layer(land: Landscape, regime: Regime) -> Landscape:
    """The landscape of one regime: its bodies and those of regime ``both``.

    Keeps the memberships of those bodies, the organisations and persons who
    sit at them, the ties between those, and every covenant; ``reports_to``
    links to bodies outside the layer are dropped. Any analysis runs on the
    result, and two layers compare with :func:`partnernet.compare` ("added"
    then means "only in the second layer").

    Parameters
    ----------
    land : Landscape
    regime : "ct" | "crime" | "both"
        ``both`` gives the shared bodies alone.

    Returns
    -------
    Landscape

    Examples
    --------
    >>> import partnernet as pn
    >>> ct = pn.regime_layer(pn.load("data/regio-voorbeeld").at("2026-01-01"), "ct")
    >>> len(ct.bodies), len(ct.organisations)   # 10 ct and 9 shared bodies
    (19, 31)
    """
    if regime not in REGIMES + (SHARED,):
        raise UsageError("unknown_regime_layer", value=regime)
    wanted = (regime,) if regime == SHARED else (regime, SHARED)
    sub = bodies_only(land, land.bodies.index[land.bodies["regime"].isin(wanted)])
    seated = sub.memberships
    organisations = land.organisations[land.organisations.index.isin(seated["organisation"])]
    persons = land.persons[land.persons.index.isin(seated["member"])]
    actors = organisations.index.union(persons.index)
    ties = land.ties[land.ties["source"].isin(actors) & land.ties["target"].isin(actors)]
    return sub.replace(organisations=organisations, persons=persons, ties=ties.reset_index(drop=True))


def bodies_only(land: Landscape, bodies) -> Landscape:
    """The landscape with only these bodies and their memberships (every actor kept)."""
    kept = land.bodies.loc[land.bodies.index.isin(bodies)]
    kept = kept.assign(reports_to=kept["reports_to"].where(kept["reports_to"].isin(kept.index)))
    memberships = land.memberships[land.memberships["body"].isin(kept.index)].reset_index(drop=True)
    return land.replace(bodies=kept, memberships=memberships)


@dataclasses.dataclass(frozen=True)
class Layers(Result):
    """The result of :func:`layers`: tables shared by both splits, and those of one split (None for the other)."""

    by: LayerBy
    layers: pd.DataFrame
    pairs: pd.DataFrame
    fragmentation: pd.DataFrame
    bridge_actors: pd.DataFrame | None = None
    bridge_hosts: pd.DataFrame | None = None
    shared_bodies: pd.DataFrame | None = None
    ties_outside_tables: pd.DataFrame | None = None

    def keys(self) -> list[str]:
        """The fields this split has (``bridge_*`` by regime, ``ties_outside_tables`` by tie kind)."""
        return [key for key in super().keys() if getattr(self, key) is not None]

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @typing.overload
    def __getitem__(self, key: Literal["by"]) -> LayerBy: ...
    @typing.overload
    def __getitem__(self, key: Literal["layers"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["pairs"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["fragmentation"]) -> pd.DataFrame: ...
    @typing.overload
    def __getitem__(self, key: Literal["bridge_actors"]) -> pd.DataFrame | None: ...
    @typing.overload
    def __getitem__(self, key: Literal["bridge_hosts"]) -> pd.DataFrame | None: ...
    @typing.overload
    def __getitem__(self, key: Literal["shared_bodies"]) -> pd.DataFrame | None: ...
    @typing.overload
    def __getitem__(self, key: Literal["ties_outside_tables"]) -> pd.DataFrame | None: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def layers(land: Landscape, by: LayerBy = "regime") -> Layers:
    """Split a landscape into layers and measure what they share and who bridges them.

    Definitions (``by="regime"``): the CT layer holds the bodies of regime
    ``ct``, the crime layer those of regime ``crime``; bodies of regime
    ``both`` belong to both networks and are reported as the *shared* layer.
    An actor is in a layer when it sits at one of its bodies (a person's seat
    counts for their organisation). *Bridges* between CT and crime: the
    organisations and persons at a CT body and a crime body, the hosts of
    bodies of both regimes, and the shared bodies that seat organisations
    found in only one of the two. Bodies of unknown regime belong to no layer.

    ``by="tie_kind"``: the membership layer links organisations that share a
    body; each kind of tie in ``ties.csv`` is a layer of its own (a person's
    tie counts for their organisation). Ties between organisations that share
    no body are what the ties add to the tables.

    Fragmentation F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)) and
    distance-weighted DF = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1))
    (Borgatti 2006, "Identifying sets of key players in a social network",
    Computational and Mathematical Organization Theory 12:21-34), over the n
    organisations of a layer; Jaccard overlap of two actor sets = shared /
    either (Jaccard 1901).

    Parameters
    ----------
    land : Landscape
        Usually one moment: ``land.at(date)``.
    by : "regime" | "tie_kind"

    Returns
    -------
    Layers (a frozen dataclass; ``result["pairs"]`` works too) with ``by`` and, for both ways of splitting,

    - ``layers`` (index ``layer``): ``bodies`` (regime) or ``ties``
      (tie kinds; for the membership layer its bodies), ``organisations``
      and ``persons`` in the layer, ``links`` between organisations, and for
      regimes ``memberships`` and ``meeting_hours_per_month`` (hours of all
      organisations at its bodies);
    - ``pairs``: per pair of layers (``layer_a``, ``layer_b``): organisations
      and persons of each, ``shared_organisations``, ``shared_persons``,
      ``jaccard_organisations``, ``jaccard_persons``;
    - ``fragmentation``: per layer and ``linked_by`` (a code; regimes:
      ``every_body``, ``own_and_shared_bodies`` (the layer's and the shared
      bodies), ``own_bodies`` (its bodies alone); tie kinds:
      ``tables_and_ties`` and ``own_links`` (the tables alone for the
      membership layer, a kind's ties alone)): ``organisations``, ``links``,
      ``components``, ``largest_component``, ``fragmentation`` (F),
      ``distance_fragmentation`` (DF), over the organisations of the layer;
    (the findings in sentences: :func:`partnernet.language.layers.findings`);

    by regime also

    - ``bridge_actors`` (index ``actor``): ``level`` (organisation or
      person), ``name``, ``organisation``, ``domain``, ``ct_bodies``,
      ``crime_bodies``, ``shared_bodies`` (numbers of bodies), ``ct_body_ids``
      and ``crime_body_ids`` (lists of body ids); organisations first, most bodies in the
      smaller of the two layers first;
    - ``bridge_hosts`` (index ``host``): every organisation that hosts a
      body: ``name``, ``ct_body_ids``, ``crime_body_ids``, ``shared_body_ids``
      (lists of body ids) and ``bridge`` (hosts CT and crime bodies);
    - ``shared_bodies`` (index ``body``): each body of regime both with
      ``name``, ``host``, ``organisations``, ``ct_only`` and ``crime_only``
      (its organisations that sit at CT but no crime bodies, and the other
      way round), ``in_both`` (bridge organisations), ``neither`` (only at
      shared bodies) and ``ct_crime_pairs`` (ct_only x crime_only: pairs from
      the two sides it seats together);

    by tie kind also

    - ``ties_outside_tables``: links of the tie layers between organisations
      that share no body: ``organisation_a``, ``organisation_b``, ``kinds``
      (a list of tie kind codes, sorted: ``["advice", "information"]``),
      ``weight`` (summed), ``bodies_a``, ``bodies_b`` (bodies each sits at).

    Raises UsageError ``no_regime_layers`` (a ValueError) by regime when no body
    has a regime: there are no layers to compare.

    Examples
    --------
    >>> import partnernet as pn
    >>> result = pn.layers(pn.load("data/regio-voorbeeld").at("2026-01-01"))
    >>> ct_crime = result["pairs"].iloc[0]
    >>> ct_crime["layer_a"], ct_crime["layer_b"], int(ct_crime["shared_organisations"])
    ('ct', 'crime', 20)
    """
    if by == "regime":
        if not land.bodies["regime"].isin(list(LAYER_OF_REGIME)).any():
            raise UsageError("no_regime_layers")
        return _by_regime(land)
    if by == "tie_kind":
        return _by_tie_kind(land)
    raise UsageError("unknown_layer_split", value=by, choices=", ".join(BY))


# -- shared machinery ---------------------------------------------------------------


def presence(land: Landscape, layer_of_body: pd.Series) -> pd.DataFrame:
    """Who sits in which layer: ``level``, ``actor``, ``layer``, ``body``, one row per actor and body."""
    parts = []
    for level in LEVELS:
        pairs = affiliations(land, level)
        parts.append(pairs.assign(level=level, layer=pairs["body"].map(layer_of_body)).dropna(subset=["layer"]))
    return pd.concat(parts, ignore_index=True)[["level", "actor", "layer", "body"]]


def layer_pairs(present: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Per pair of layers the actors of each, those in both, and the Jaccard overlap, per level."""
    a, b = np.triu_indices(len(names), k=1)
    frame = pd.DataFrame({"layer_a": np.asarray(names)[a], "layer_b": np.asarray(names)[b]})
    for plural in LEVELS:
        rows = present[present["level"] == plural].drop_duplicates(["actor", "layer"])
        member = pd.crosstab(rows["actor"], rows["layer"]).reindex(columns=names, fill_value=0).to_numpy()
        shared = member.T @ member
        sizes = np.diag(shared)
        frame[f"{plural}_a"], frame[f"{plural}_b"] = sizes[a], sizes[b]
        frame[f"shared_{plural}"] = shared[a, b]
        either = sizes[a] + sizes[b] - shared[a, b]
        frame[f"jaccard_{plural}"] = np.divide(shared[a, b], either, out=np.full(len(a), np.nan), where=either > 0)
    return frame


def structure_row(graph: nx.Graph, nodes) -> dict:
    """Links, components, F and DF of ``graph`` among ``nodes`` (missing nodes count as isolated)."""
    sub: nx.Graph = nx.Graph(graph.subgraph(nodes))
    sub.add_nodes_from(nodes)
    measures = structure_measures(sub)
    return {"organisations": measures["nodes"], **{k: measures[k] for k in STRUCTURE[1:]}}


def _fragmentation_table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["layer", "linked_by"] + STRUCTURE)


# -- by regime ------------------------------------------------------------------------


def _by_regime(land: Landscape) -> Layers:
    layer_of_body = land.bodies["regime"].map(LAYER_OF_REGIME)
    present = presence(land, layer_of_body)
    names = list(dict.fromkeys(LAYER_OF_REGIME.values()))
    return Layers(
        by="regime",
        layers=_regime_layer_table(land, present, layer_of_body, names),
        pairs=layer_pairs(present, names),
        bridge_actors=_bridge_actors(land, present),
        bridge_hosts=_bridge_hosts(land, layer_of_body),
        shared_bodies=_shared_bodies(land, present),
        fragmentation=_regime_fragmentation(land, present),
    )


def _regime_layer_table(land, present, layer_of_body, names) -> pd.DataFrame:
    rows = {}
    for layer in names:
        bodies = layer_of_body.index[layer_of_body == layer]
        sub = bodies_only(land, bodies)
        here = present[present["layer"] == layer]
        rows[layer] = {
            "bodies": len(bodies),
            "organisations": here.loc[here["level"] == "organisations", "actor"].nunique(),
            "persons": here.loc[here["level"] == "persons", "actor"].nunique(),
            "memberships": len(sub.memberships),
            "links": sub.graph("organisations", ties=False).number_of_edges(),
            HOURS: float(overload(sub)[HOURS].sum()),
        }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("layer")


def _tables_per_layer(present: pd.DataFrame) -> pd.DataFrame:
    """Per (level, actor): number of bodies in each layer and the lists of CT and crime bodies."""
    grouped = present.groupby(["level", "actor", "layer"])["body"]
    counts = grouped.nunique().unstack("layer").reindex(columns=list(LAYER_OF_REGIME.values()))
    frame = counts.fillna(0).astype(int).add_suffix("_bodies")
    lists = grouped.agg(sorted).unstack("layer")
    for regime in REGIMES:
        column = lists[regime] if regime in lists.columns else pd.Series(np.nan, index=lists.index)
        frame[f"{regime}_body_ids"] = lists_or_empty(column.reindex(frame.index))
    return frame


def _bridge_actors(land, present) -> pd.DataFrame:
    frame = _tables_per_layer(present)
    frame = frame[(frame["ct_bodies"] > 0) & (frame["crime_bodies"] > 0)].reset_index(level="level")
    organisation = land.persons["organisation"].reindex(frame.index)
    frame.insert(1, "name", [land.name_of(i) for i in frame.index])
    frame.insert(2, "organisation", organisation.where(frame["level"] == "persons", frame.index.to_series()))
    frame.insert(3, "domain", frame["organisation"].map(land.organisations["domain"]))
    order = frame.assign(
        _level=frame["level"] != "organisations",
        _smaller=-np.minimum(frame["ct_bodies"], frame["crime_bodies"]),
        _total=-(frame["ct_bodies"] + frame["crime_bodies"]),
        _id=frame.index,
    )
    order = order.sort_values(["_level", "_smaller", "_total", "_id"])
    return frame.loc[order.index].rename_axis(index="actor", columns=None)


def _bridge_hosts(land, layer_of_body) -> pd.DataFrame:
    hosted = pd.DataFrame({"host": land.bodies["host"], "layer": layer_of_body, "body": land.bodies.index}).dropna(
        subset=["host", "layer"]
    )
    lists = hosted.groupby(["host", "layer"])["body"].agg(sorted)
    table = lists.unstack("layer").reindex(columns=list(LAYER_OF_REGIME.values()))
    frame = pd.DataFrame(
        {f"{layer}_body_ids": lists_or_empty(table[layer]) for layer in table.columns}, index=table.index.rename("host")
    )
    frame.insert(0, "name", [land.name_of(h) for h in frame.index])
    frame["bridge"] = (frame["ct_body_ids"].map(len) > 0) & (frame["crime_body_ids"].map(len) > 0)
    size = frame[["ct_body_ids", "crime_body_ids", "shared_body_ids"]].map(len).sum(axis=1)
    return (
        frame.assign(_size=size).sort_values(["bridge", "_size"], ascending=False, kind="stable").drop(columns="_size")
    )


def _shared_bodies(land, present) -> pd.DataFrame:
    counts = _tables_per_layer(present[present["level"] == "organisations"]).droplevel("level")
    side = pd.Series("neither", index=counts.index)
    side[(counts["ct_bodies"] > 0) & (counts["crime_bodies"] == 0)] = "ct_only"
    side[(counts["ct_bodies"] == 0) & (counts["crime_bodies"] > 0)] = "crime_only"
    side[(counts["ct_bodies"] > 0) & (counts["crime_bodies"] > 0)] = "in_both"
    seated = present[(present["level"] == "organisations") & (present["layer"] == "shared")]
    tally = pd.crosstab(seated["body"], seated["actor"].map(side)).reindex(
        columns=["ct_only", "crime_only", "in_both", "neither"], fill_value=0
    )
    bodies = land.bodies[land.bodies["regime"] == SHARED]
    frame = pd.DataFrame({"name": bodies["name"], "host": bodies["host"]}).join(tally).rename_axis("body")
    counted = ["ct_only", "crime_only", "in_both", "neither"]
    frame[counted] = frame[counted].fillna(0).astype(int)
    frame.insert(2, "organisations", frame[counted].sum(axis=1))
    frame["ct_crime_pairs"] = frame["ct_only"] * frame["crime_only"]
    return frame.sort_values(["ct_crime_pairs", "in_both"], ascending=False, kind="stable")


def _regime_fragmentation(land, present) -> pd.DataFrame:
    everything = land.graph("organisations", ties=False)
    rows = []
    for regime in REGIMES:
        nodes = sorted(
            present.loc[
                (present["level"] == "organisations") & present["layer"].isin([regime, "shared"]), "actor"
            ].unique()
        )
        for linked_by, regimes in (
            (EVERY_BODY, None),
            (OWN_AND_SHARED_BODIES, (regime, SHARED)),
            (OWN_BODIES, (regime,)),
        ):
            graph = (
                everything
                if regimes is None
                else bodies_only(land, land.bodies.index[land.bodies["regime"].isin(regimes)]).graph(
                    "organisations", ties=False
                )
            )
            rows.append({"layer": regime, "linked_by": linked_by, **structure_row(graph, nodes)})
    return _fragmentation_table(rows)


# -- by tie kind ----------------------------------------------------------------------


def _tie_kinds(land: Landscape) -> list[str]:
    used = set(land.ties["kind"].dropna())
    known = [k for k in VOCABULARIES["tie_kind"] if k in used]
    return known + sorted(used - set(known))


def _by_tie_kind(land: Landscape) -> Layers:
    kinds = _tie_kinds(land)
    names = [MEMBERSHIP] + kinds
    links = {MEMBERSHIP: land.graph("organisations", ties=False)}
    links.update({kind: _tie_graph(land, kind) for kind in kinds})
    present = pd.concat(
        [presence(land, pd.Series(MEMBERSHIP, index=land.bodies.index)), _tie_presence(land)], ignore_index=True
    )
    nodes = {
        name: sorted(present.loc[(present["level"] == "organisations") & (present["layer"] == name), "actor"].unique())
        for name in names
    }
    union = land.graph("organisations", ties=True)
    return Layers(
        by="tie_kind",
        layers=_tie_layer_table(land, present, links, names),
        pairs=layer_pairs(present, names),
        fragmentation=_fragmentation_table(
            [
                {"layer": name, "linked_by": linked_by, **structure_row(graph, nodes[name])}
                for name in names
                for linked_by, graph in ((TABLES_AND_TIES, union), (OWN_LINKS, links[name]))
            ]
        ),
        ties_outside_tables=_ties_outside_tables(land),
    )


def _tie_graph(land: Landscape, kind: str) -> nx.Graph:
    """Organisations linked by ties of one kind (a person's tie counts for their organisation)."""
    edges = tie_edges(land.replace(ties=land.ties[land.ties["kind"] == kind]), to_organisations=True)
    graph: nx.Graph = nx.Graph()
    graph.add_weighted_edges_from(zip(edges["a"], edges["b"], edges["tie_weight"]))
    return graph


def _tie_presence(land: Landscape) -> pd.DataFrame:
    """Actors with a tie, per kind: persons as themselves and for their organisation."""
    ties = land.ties
    ends = pd.DataFrame(
        {
            "actor": pd.concat([ties["source"], ties["target"]], ignore_index=True),
            "layer": pd.concat([ties["kind"], ties["kind"]], ignore_index=True),
        }
    ).dropna()
    is_person = ends["actor"].isin(land.persons.index)
    organisation = np.where(is_person, ends["actor"].map(land.persons["organisation"]), ends["actor"])
    as_organisation = ends.assign(actor=organisation)
    return pd.concat(
        [as_organisation.assign(level="organisations"), ends[is_person].assign(level="persons")], ignore_index=True
    ).assign(body=np.nan)


def _tie_layer_table(land, present, links, names) -> pd.DataFrame:
    counts = land.ties["kind"].value_counts()
    rows = {}
    for name in names:
        here = present[present["layer"] == name]
        rows[name] = {
            "bodies" if name == MEMBERSHIP else "ties": len(land.bodies)
            if name == MEMBERSHIP
            else int(counts.get(name, 0)),
            "organisations": here.loc[here["level"] == "organisations", "actor"].nunique(),
            "persons": here.loc[here["level"] == "persons", "actor"].nunique(),
            "links": links[name].number_of_edges(),
        }
    frame = pd.DataFrame.from_dict(rows, orient="index").rename_axis("layer")
    frame = frame.reindex(columns=["bodies", "ties", "organisations", "persons", "links"])
    return frame.astype({"bodies": "Int64", "ties": "Int64"})


def _ties_outside_tables(land: Landscape) -> pd.DataFrame:
    edges = tie_edges(land, to_organisations=True)
    tables = land.graph("organisations", ties=False)
    shared = [tables.has_edge(a, b) for a, b in zip(edges["a"], edges["b"])]
    outside = edges[~np.asarray(shared, dtype=bool)] if len(edges) else edges
    bodies = affiliations(land, "organisations").groupby("actor").size()
    frame = pd.DataFrame(
        {
            "organisation_a": outside["a"],
            "organisation_b": outside["b"],
            "kinds": [[kind for kind in kinds.split(",") if kind] for kinds in outside["tie_kinds"]],
            "weight": outside["tie_weight"],
            "bodies_a": outside["a"].map(bodies).fillna(0).astype(int),
            "bodies_b": outside["b"].map(bodies).fillna(0).astype(int),
        }
    )
    return frame.sort_values(["weight", "organisation_a", "organisation_b"], ascending=[False, True, True]).reset_index(
        drop=True
    )


from .._public import public_dir

__all__ = [
    "LayerBy",
    "BY",
    "REGIMES",
    "SHARED",
    "LAYER_OF_REGIME",
    "MEMBERSHIP",
    "EVERY_BODY",
    "OWN_AND_SHARED_BODIES",
    "OWN_BODIES",
    "TABLES_AND_TIES",
    "OWN_LINKS",
    "STRUCTURE",
    "regime_layer",
    "bodies_only",
    "Layers",
    "layers",
    "presence",
    "layer_pairs",
    "structure_row",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
