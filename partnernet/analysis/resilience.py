"""Single points of failure: articulation points, bridges, single-person links, bus factor.

"It still depends too much on people": which actor, link or official, once
gone, cuts organisations off from each other? An articulation point (cut
vertex) is a node whose removal disconnects its component; a bridge is a
link whose removal does (Hopcroft & Tarjan 1973, "Efficient algorithms for
graph manipulation", Communications of the ACM 16(6):372-378). A single
depth-first search finds both and, for every node, the sizes of the pieces
its component falls into without it.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from ..graphs import affiliations, incidence, projection_edges
from ..landscape import Landscape
from .communities import UNKNOWN_GROUP, groups_of
from .cohesion import LEVELS, graph_of, index_name, names_of, node_names, simple_igraph


@dataclass
class RemovalEffects:
    """What removing each single node (or link) does to its component.

    Arrays by vertex number: ``component`` id, ``component_size``,
    ``pieces`` (components left of its component without it),
    ``largest_piece`` (nodes), ``piece_pairs`` (sum of s (s - 1) over those
    pieces). ``bridges``: (vertex, vertex, nodes on the far side of the
    second vertex). ``pair_total``: sum of s (s - 1) over all components;
    ``nodes``: vertices taken into account.
    """

    component: np.ndarray
    component_size: np.ndarray
    pieces: np.ndarray
    largest_piece: np.ndarray
    piece_pairs: np.ndarray
    bridges: list
    pair_total: int
    nodes: int

    def fragmentation_without_each(self) -> np.ndarray:
        """F of the graph without each vertex, by vertex number (Borgatti 2006)."""
        size = self.component_size.astype(float)
        pairs = self.pair_total - size * (size - 1) + self.piece_pairs
        n = self.nodes - 1
        if n < 2:
            return np.full(len(size), np.nan)
        return 1.0 - pairs / (n * (n - 1))


def removal_effects(adjacency: list[list[int]], alive: np.ndarray | None = None) -> RemovalEffects:
    """Depth-first search with low points over the vertices in ``alive`` (default: all).

    ``adjacency`` lists the neighbours of each vertex of a simple graph. One
    pass, O(nodes + links).
    """
    n = len(adjacency)
    search = _LowPoints(adjacency, np.ones(n, dtype=bool) if alive is None else alive)
    sizes = [search.component(root) for root in range(n) if search.disc[root] == -1 and search.alive[root]]
    sizes = np.asarray(sizes + [0], dtype=np.int64)  # component -1 (left out) has size 0
    return RemovalEffects(search.component_of, sizes[search.component_of], np.asarray(search.pieces),
                          np.asarray(search.largest), np.asarray(search.piece_pairs, dtype=np.int64),
                          search.bridges, int((sizes * (sizes - 1)).sum()), int(search.alive.sum()))


class _LowPoints:
    """Iterative Hopcroft-Tarjan search; per vertex the pieces its component falls into without it."""

    def __init__(self, adjacency: list[list[int]], alive: np.ndarray):
        n = len(adjacency)
        self.adjacency, self.alive = adjacency, alive
        self.disc, self.low, self.below = [-1] * n, [0] * n, [1] * n
        self.piece_pairs, self.piece_nodes, self.pieces, self.largest = [0] * n, [0] * n, [0] * n, [0] * n
        self.component_of = np.full(n, -1)
        self.bridges: list[tuple[int, int, int]] = []
        self.clock = 0
        self.count = 0

    def component(self, root: int) -> int:
        """Search the component of ``root``; returns its size."""
        members = [root]
        self._visit(root)
        stack = [(root, -1, iter(self.adjacency[root]))]
        while stack:
            v, parent, neighbours = stack[-1]
            for w in neighbours:
                if w == parent or not self.alive[w]:
                    continue
                if self.disc[w] == -1:
                    self._visit(w)
                    members.append(w)
                    stack.append((w, v, iter(self.adjacency[w])))
                    break
                self.low[v] = min(self.low[v], self.disc[w])
            else:
                stack.pop()
                if stack:
                    self._finish(v, stack[-1][0])
        self._close(members)
        return len(members)

    def _visit(self, v: int) -> None:
        self.disc[v] = self.low[v] = self.clock
        self.clock += 1

    def _finish(self, v: int, p: int) -> None:
        """v's subtree is done: pass its low point and size up to its parent p."""
        self.low[p] = min(self.low[p], self.low[v])
        self.below[p] += self.below[v]
        if self.low[v] >= self.disc[p]:  # without p, v's subtree is a piece of its own
            self._add_piece(p, self.below[v])
            if self.low[v] > self.disc[p]:
                self.bridges.append((p, v, self.below[v]))

    def _add_piece(self, v: int, size: int) -> None:
        self.piece_pairs[v] += size * (size - 1)
        self.piece_nodes[v] += size
        self.pieces[v] += 1
        self.largest[v] = max(self.largest[v], size)

    def _close(self, members: list[int]) -> None:
        """The rest of the component (above each vertex in the search tree) is one more piece."""
        size = len(members)
        self.component_of[members] = self.count
        self.count += 1
        for v in members:
            rest = size - 1 - self.piece_nodes[v]
            if rest > 0:
                self._add_piece(v, rest)


def _effects_of(graph: nx.Graph) -> tuple[RemovalEffects, list]:
    converted, nodes = simple_igraph(graph)
    return removal_effects(converted.get_adjlist()), nodes


def _levels(land_or_graph, level: str | None, ties: bool) -> list[tuple[str, nx.Graph]]:
    if isinstance(land_or_graph, Landscape):
        chosen = LEVELS if level is None else (level,)
        return [(lvl, graph_of(land_or_graph, lvl, ties)) for lvl in chosen]
    return [("graph", graph_of(land_or_graph))]


def _organisation_of(land_or_graph, level: str, nodes) -> list:
    if not isinstance(land_or_graph, Landscape):
        return [np.nan] * len(nodes)
    if level == "persons":
        return list(land_or_graph.persons["organisation"].reindex(nodes))
    return list(nodes)


def articulation_points(land_or_graph, level: str | None = None, ties: bool = False) -> pd.DataFrame:
    """Actors whose departure splits the network: articulation points (cut vertices).

    A node is an articulation point when removing it (with its links)
    leaves more components than before (Hopcroft & Tarjan 1973).

    Parameters
    ----------
    land_or_graph : Landscape or networkx graph
        A landscape is examined in its organisation and person projections;
        a graph as it is (directed graphs as undirected).
    level : "organisations" | "persons" | None
        Only this projection of a landscape (None: both).
    ties : bool
        Count direct ties (``ties.csv``) as links too.

    Returns
    -------
    DataFrame indexed by ``actor`` (``node`` for a plain graph), sorted by
    ``nodes_cut_off``: ``level`` (organisations, persons, graph), ``name``,
    ``organisation`` (the person's organisation), ``pieces`` (components its
    component falls into without it), ``nodes_cut_off`` (nodes that lose
    their connection to the largest remaining piece), ``fragmentation_without``
    (F of the whole projection without it).

    Examples
    --------
    >>> import networkx as nx
    >>> articulation_points(nx.krackhardt_kite_graph()).index.tolist()
    [7, 8]
    """
    frames = []
    for level_name, graph in _levels(land_or_graph, level, ties):
        effects, nodes = _effects_of(graph)
        cut = np.flatnonzero(effects.pieces >= 2)
        ids = [nodes[i] for i in cut]
        frames.append(pd.DataFrame({
            "level": level_name,
            "name": node_names(land_or_graph, ids).to_numpy(),
            "organisation": _organisation_of(land_or_graph, level_name, ids),
            "pieces": effects.pieces[cut].astype(int),
            "nodes_cut_off": (effects.component_size[cut] - 1 - effects.largest_piece[cut]).astype(int),
            "fragmentation_without": effects.fragmentation_without_each()[cut],
        }, index=pd.Index(ids, dtype=object, name=index_name(land_or_graph))))
    table = pd.concat(frames)
    return table.sort_values(["level", "nodes_cut_off", "name"], ascending=[True, False, True], kind="stable")


def bridges(land_or_graph, level: str | None = None, ties: bool = False) -> pd.DataFrame:
    """Links whose loss splits the network: bridges (cut edges).

    In a projection an edge is a pair of actors sharing at least one body;
    it is a bridge when no other path connects the two sides (Hopcroft &
    Tarjan 1973). Parameters as :func:`articulation_points`.

    Returns
    -------
    DataFrame, one row per bridge, sorted by ``nodes_cut_off``: ``level``,
    ``source``, ``source_name``, ``target``, ``target_name``,
    ``nodes_cut_off`` (nodes on the smaller side), ``shared_bodies``
    (bodies the two share; missing for a plain graph without that attribute).

    Examples
    --------
    >>> import networkx as nx
    >>> bridges(nx.krackhardt_kite_graph())[["source", "target", "nodes_cut_off"]].values.tolist()
    [[7, 8, 2], [8, 9, 1]]
    """
    frames = []
    for level_name, graph in _levels(land_or_graph, level, ties):
        effects, nodes = _effects_of(graph)
        rows = []
        for a, b, far in effects.bridges:
            u, v = sorted((nodes[a], nodes[b]), key=str)
            near = effects.component_size[a] - far
            rows.append((level_name, u, v, int(min(far, near)), graph.edges[u, v].get("shared", np.nan)))
        frames.append(pd.DataFrame(rows, columns=["level", "source", "target", "nodes_cut_off", "shared_bodies"]))
    table = pd.concat(frames, ignore_index=True)
    names = node_names(land_or_graph, list(pd.unique(pd.concat([table["source"], table["target"]]))))
    table.insert(2, "source_name", table["source"].map(names))
    table.insert(4, "target_name", table["target"].map(names))
    return table.sort_values(["level", "nodes_cut_off", "source_name", "target_name"],
                             ascending=[True, False, True, True], kind="stable").reset_index(drop=True)


# -- links that hang on one person ------------------------------------------------

def _seats(land: Landscape) -> pd.DataFrame:
    """Unique (organisation, body, person) rows; person is missing for a direct organisation seat."""
    m = land.memberships
    person = m["member"].where(m["member_kind"] == "person")
    return pd.DataFrame({"organisation": m["organisation"], "body": m["body"],
                         "person": person}).drop_duplicates().reset_index(drop=True)


def single_person_links(land: Landscape) -> pd.DataFrame:
    """Links between two organisations that one person carries alone.

    Organisations A and B are linked when they sit at one or more common
    bodies (the organisation projection). The link depends on person p of A
    when, at every body A and B share, A is present only through p: A has no
    seat there as an organisation (a direct organisation membership does not
    depend on a person) and no other person of A sits there. If p leaves, A
    and B no longer share a table. Each side of a link is examined: a link
    can depend on one person of A and one person of B at the same time (two
    rows).

    Returns
    -------
    DataFrame, one row per (organisation, partner, person), sorted by
    ``person_links``: ``organisation``, ``organisation_name``, ``partner``,
    ``partner_name``, ``person``, ``person_name``, ``shared_bodies`` (number),
    ``bodies`` (ids, sorted), ``person_links`` (how many links depend on this
    person alone).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> links = single_person_links(land)   # doctest: +SKIP
    """
    seats = _seats(land)
    at_body = seats.groupby(["organisation", "body"])["person"]
    alone = (at_body.transform("size") == 1) & (at_body.transform("count") == 1)
    solo = seats.loc[alone, ["organisation", "body", "person"]]
    present = seats[["organisation", "body"]].drop_duplicates().rename(columns={"organisation": "partner"})
    reach = solo.merge(present, on="body")
    reach = reach[reach["partner"] != reach["organisation"]]
    keys = ["organisation", "person", "partner"]
    carried = reach.groupby(keys, sort=True).size().rename("shared_bodies").reset_index()
    links = carried.merge(_shared_bodies(land), on=["organisation", "partner"])
    links = links[links["shared_bodies"] == links["shared"]]
    links = links.merge(_lists(reach.merge(links[keys], on=keys), keys, "body").rename("bodies").reset_index(),
                        on=keys)
    links["person_links"] = links.groupby("person")["partner"].transform("size")
    names = names_of(land)
    for column in ("organisation", "partner", "person"):
        links[f"{column}_name"] = links[column].map(names)
    columns = ["organisation", "organisation_name", "partner", "partner_name", "person", "person_name",
               "shared_bodies", "bodies", "person_links"]
    return links.sort_values(["person_links", "person", "organisation", "partner"],
                             ascending=[False, True, True, True], kind="stable")[columns].reset_index(drop=True)


def _lists(frame: pd.DataFrame, keys: list[str], column: str) -> pd.Series:
    """Sorted values of ``column`` per group of ``keys``, indexed by the keys (no Python call per group)."""
    ordered = frame.sort_values(keys + [column], kind="stable")
    sizes = ordered.groupby(keys, sort=True).size()
    if sizes.empty:
        return pd.Series([], index=sizes.index, dtype=object)
    chunks = np.split(ordered[column].to_numpy(), np.cumsum(sizes.to_numpy())[:-1])
    return pd.Series([chunk.tolist() for chunk in chunks], index=sizes.index, dtype=object)


def _shared_bodies(land: Landscape) -> pd.DataFrame:
    """Number of shared bodies (``shared``) of each linked (organisation, partner), both orders."""
    orgs = land.organisations.index
    edges = projection_edges(incidence(affiliations(land, "organisations"), orgs, land.bodies.index), orgs)
    pairs = edges[["source", "target", "shared"]]
    return pd.concat([pairs.set_axis(["organisation", "partner", "shared"], axis=1),
                      pairs.set_axis(["partner", "organisation", "shared"], axis=1)], ignore_index=True)


# -- how many persons an organisation's links hang on -------------------------------

NETWORK = "network"


def bus_factor(land: Landscape, by: str = "domain") -> pd.DataFrame:
    """How many of an organisation's persons must leave before it loses a link.

    For organisation A and a target, the network (any other organisation)
    or a domain other than A's own (any organisation of that domain), a
    *linking body* is a body where A sits together with a target
    organisation. A loses its link to the target when none of its persons
    sits at any linking body any more, so the bus factor is the number of
    distinct persons of A at linking bodies; every one of them must leave.
    1 means one person carries the whole link. When A also sits at a linking
    body as an organisation (a direct membership), no departure of persons
    cuts the link: ``direct_link`` is True and ``bus_factor`` is missing
    (think of it as infinite).

    Parameters
    ----------
    land : Landscape
    by : str
        Column of the organisations table whose values are the targets
        besides the network (default ``domain``; ``regime``, ``level`` work too).

    Returns
    -------
    DataFrame, one row per organisation and target it is linked to, sorted
    from the most fragile link: ``organisation``, ``name``, ``domain`` (the
    value of ``by``), ``link_to`` (``network`` or a value of ``by``),
    ``bus_factor`` (persons, nullable integer), ``direct_link`` (bool),
    ``linking_bodies`` (number), ``persons`` (ids, sorted).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> fragile = bus_factor(land).query("bus_factor == 1")   # doctest: +SKIP
    """
    group_of = _organisation_column(land, by)
    seats = _seats(land)
    seats["group"] = seats["organisation"].map(group_of)
    linked = seats.merge(_targets_per_body(seats), on="body")
    linked = linked[linked["link_to"] != linked["group"]].assign(direct=lambda f: f["person"].isna())
    grouped = linked.groupby(["organisation", "link_to"], sort=True)
    table = pd.DataFrame({"direct_link": grouped["direct"].any(), "linking_bodies": grouped["body"].nunique()})
    persons = linked.dropna(subset=["person"]).drop_duplicates(["organisation", "link_to", "person"])
    table["persons"] = _lists(persons, ["organisation", "link_to"], "person").reindex(table.index)
    table = table.reset_index()
    table["persons"] = [p if isinstance(p, list) else [] for p in table["persons"]]
    table["bus_factor"] = table["persons"].str.len().astype("Int64").mask(table["direct_link"])
    table.insert(1, "name", table["organisation"].map(names_of(land)))
    table.insert(2, by, table["organisation"].map(group_of))
    order = table.assign(_domain_target=table["link_to"] != NETWORK)
    order = order.sort_values(["bus_factor", "_domain_target", "organisation", "link_to"],
                              na_position="last", kind="stable")
    return table.loc[order.index, ["organisation", "name", by, "link_to", "bus_factor", "direct_link",
                                   "linking_bodies", "persons"]].reset_index(drop=True)


def _organisation_column(land: Landscape, by: str) -> pd.Series:
    groups = groups_of(land, list(land.organisations.index), by)
    return pd.Series(UNKNOWN_GROUP, index=land.organisations.index, dtype=object) if groups is None else groups


def _targets_per_body(seats: pd.DataFrame) -> pd.DataFrame:
    """(body, link_to): ``network`` for every body with two or more organisations, and
    every known group present at each body."""
    present = seats[["organisation", "body", "group"]].drop_duplicates(["organisation", "body"])
    shared = present.groupby("body").size()
    network = pd.DataFrame({"body": shared.index[shared.to_numpy() > 1], "link_to": NETWORK})
    groups = present.loc[present["group"] != UNKNOWN_GROUP, ["body", "group"]].drop_duplicates()
    return pd.concat([network, groups.rename(columns={"group": "link_to"})], ignore_index=True)
