"""Single points of failure: articulation points, bridges, single-person links, bus factor.

"It still depends too much on people": which actor, link or official, once
gone, cuts organisations off from each other? An articulation point (cut
vertex) is a node whose removal disconnects its component; a bridge is a
link whose removal does (Hopcroft & Tarjan 1973, "Efficient algorithms for
graph manipulation", Communications of the ACM 16(6):372-378). igraph
finds both in C; the block-cut tree of the biconnected components gives,
for every node, the sizes of the pieces its component falls into without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass
import gc

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from .._igraph import ig
from ..landscape import Landscape
from . import memo
from .communities import UNKNOWN_GROUP, groups_of
from ._plumbing import LEVELS, graph_of, index_name, names_of, node_names, simple_igraph

if TYPE_CHECKING:
    from .grouping import OrganisationGroup
    from ..landscape import Level
    from ._plumbing import LandOrGraph


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


def removal_effects(graph, alive: np.ndarray | None = None) -> RemovalEffects:
    """What removing each vertex (and each bridge) does, over the vertices in ``alive`` (default: all).

    ``graph`` is a simple igraph graph (or the neighbour lists of one). igraph
    finds the blocks (biconnected components) and articulation points in C
    (Hopcroft & Tarjan 1973); the pieces each articulation point leaves come
    from the block-cut tree, so the work is O(nodes + links) with a Python
    step only per block and articulation point.
    """
    graph = as_igraph(graph)
    n = graph.vcount()
    alive = np.ones(n, dtype=bool) if alive is None else np.asarray(alive, dtype=bool)
    kept = np.flatnonzero(alive)
    # built anew from the kept vertices' links: igraph's default copies every link and deletes (1.7x slower)
    part = graph if len(kept) == n else graph.induced_subgraph(kept.tolist(), implementation="create_from_scratch")
    inside = _block_cut_effects(part)
    full = RemovalEffects(
        np.full(n, -1),
        np.zeros(n, dtype=np.int64),
        np.zeros(n, dtype=int),
        np.zeros(n, dtype=np.int64),
        np.zeros(n, dtype=np.int64),
        [(int(kept[a]), int(kept[b]), far) for a, b, far in inside.bridges],
        inside.pair_total,
        inside.nodes,
    )
    for name in ("component", "component_size", "pieces", "largest_piece", "piece_pairs"):
        getattr(full, name)[kept] = getattr(inside, name)
    return full


def as_igraph(graph) -> ig.Graph:
    """An igraph graph as it is, or one built from neighbour lists (vertex i's neighbours at position i)."""
    if isinstance(graph, ig.Graph):
        return graph
    edges = [(v, w) for v, neighbours in enumerate(graph) for w in neighbours if v < w]
    return ig.Graph(n=len(graph), edges=edges)


def _block_cut_effects(graph: ig.Graph) -> RemovalEffects:
    """:func:`removal_effects` of every vertex of a simple graph."""
    n = graph.vcount()
    components = graph.connected_components()
    component = np.asarray(components.membership, dtype=int)
    sizes = np.asarray(components.sizes(), dtype=np.int64)
    size = sizes[component]
    # a vertex that is no articulation point leaves its component in one piece (if anything is left)
    pieces = (size >= 2).astype(int)
    largest = np.maximum(size - 1, 0)
    piece_pairs = largest * np.maximum(size - 2, 0)
    pair_total = int((sizes * (sizes - 1)).sum())
    if not graph.articulation_points():  # then the only bridges are links on their own
        ends = [graph.es[e].tuple for e in graph.bridges()]
        return RemovalEffects(
            component, size, pieces, largest, piece_pairs, sorted((min(e), max(e), 1) for e in ends), pair_total, n
        )
    blocks, points = graph.biconnected_components(return_articulation_points=True)
    tree = _BlockCutTree([list(b) for b in blocks], points, n)
    for point, piece_sizes in tree.pieces(size).items():
        part = np.asarray(piece_sizes, dtype=np.int64)
        pieces[point], largest[point], piece_pairs[point] = len(part), part.max(), (part * (part - 1)).sum()
    return RemovalEffects(component, size, pieces, largest, piece_pairs, tree.bridges(size), pair_total, n)


class _BlockCutTree:
    """The block-cut tree: blocks and articulation points, linked where a point lies in a block.

    Rooted at a block in each component; ``below[x]`` counts the graph's
    vertices in the subtree of tree node x (blocks 0..B-1, point p at B + p's
    position), each vertex once.
    """

    def __init__(self, blocks: list[list[int]], points: list[int], n: int):
        self.blocks = blocks
        self.point_node = {p: len(blocks) + i for i, p in enumerate(points)}
        self.points = points
        size = len(blocks) + len(points)
        links = [(b, self.point_node[v]) for b, block in enumerate(blocks) for v in block if v in self.point_node]
        tree = ig.Graph(n=size + 1, edges=links)  # vertex `size`: a root above the first block of each tree
        firsts = np.unique(np.asarray(tree.connected_components().membership[: len(blocks)]), return_index=True)[1]
        tree.add_edges([(size, int(b)) for b in firsts])
        order, _, parents = tree.bfs(size)
        self.parent = np.full(size, -1)
        self.below = np.zeros(size + 1, dtype=np.int64)
        self.below[: len(blocks)] = [sum(v not in self.point_node for v in block) for block in blocks]
        self.below[len(blocks) : size] = 1
        self.children: list[list[int]] = [[] for _ in range(size)]
        for x in order[1:]:
            if parents[x] != size:
                self.parent[x] = parents[x]
                self.children[parents[x]].append(x)
        for x in reversed(order[1:]):
            self.below[parents[x]] += self.below[x]

    def pieces(self, size: np.ndarray) -> dict[int, list[int]]:
        """Per articulation point, the sizes of the pieces its component falls into without it."""
        result = {}
        for point, node in self.point_node.items():
            parts = [int(self.below[c]) for c in self.children[node]]
            rest = int(size[point]) - 1 - sum(parts)
            result[point] = parts + ([rest] if rest > 0 else [])
        return result

    def bridges(self, size: np.ndarray) -> list[tuple[int, int, int]]:
        """Bridges as (vertex, vertex, nodes on the second vertex's side), in vertex order."""
        found = []
        for b, block in enumerate(self.blocks):
            if len(block) != 2:
                continue
            u, v = sorted(block)
            far = self._side(b, v, size)
            found.append((u, v, far))
        return sorted(found)

    def _side(self, block: int, vertex: int, size: np.ndarray) -> int:
        """Vertices on ``vertex``'s side when the bridge ``block`` is cut."""
        node = self.point_node.get(vertex)
        if node is None:
            return 1  # an end that is no articulation point hangs on the bridge alone
        if self.parent[node] == block:
            return int(self.below[node])
        return int(size[vertex]) - int(self.below[block])  # ``vertex`` is the block's parent


def _effects_of(graph: nx.Graph) -> tuple[RemovalEffects, list]:
    def compute():
        # only read: a landscape projection's own igraph graph, no copy (4x the nation's persons: over 200 MB)
        converted, nodes = simple_igraph(graph, read_only=True)
        return removal_effects(converted), nodes

    return memo.once(graph, ("removal effects",), compute)  # articulation points and bridges share it


def _levels(land_or_graph, level: Level | None, ties: bool | None) -> list[tuple[str, nx.Graph]]:
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


def articulation_points(
    land_or_graph: LandOrGraph, level: Level | None = None, ties: bool | None = None
) -> pd.DataFrame:
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
        frames.append(
            pd.DataFrame(
                {
                    "level": level_name,
                    "name": node_names(land_or_graph, ids).to_numpy(),
                    "organisation": _organisation_of(land_or_graph, level_name, ids),
                    "pieces": effects.pieces[cut].astype(int),
                    "nodes_cut_off": (effects.component_size[cut] - 1 - effects.largest_piece[cut]).astype(int),
                    "fragmentation_without": effects.fragmentation_without_each()[cut],
                },
                index=pd.Index(ids, dtype=object, name=index_name(land_or_graph, level)),
            )
        )
    table = pd.concat(frames)
    return table.sort_values(["level", "nodes_cut_off", "name"], ascending=[True, False, True], kind="stable")


def bridges(land_or_graph: LandOrGraph, level: Level | None = None, ties: bool | None = None) -> pd.DataFrame:
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
    return table.sort_values(
        ["level", "nodes_cut_off", "source_name", "target_name"], ascending=[True, False, True, True], kind="stable"
    ).reset_index(drop=True)


# -- links that hang on one person ------------------------------------------------


def _seats(land: Landscape) -> pd.DataFrame:
    """Unique (organisation, body, person) rows; person is missing for a direct organisation seat."""
    m = land.memberships
    person = m["member"].where(m["member_kind"] == "person")
    return (
        pd.DataFrame({"organisation": m["organisation"], "body": m["body"], "person": person})
        .drop_duplicates()
        .reset_index(drop=True)
    )


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
    ``bodies`` (ids, sorted), ``person_links`` (how many distinct pairs of
    organisations depend on this person alone). The number of distinct pairs
    in all is :func:`linked_pairs` (not the number of rows).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> links = single_person_links(land)
    >>> links.loc[0, ["organisation", "partner", "person"]].tolist(), int(links.loc[0, "person_links"])
    (['politie-ct-team', 'aivd', 'p002'], 31)
    """
    return memo.once(land, ("single_person_links",), lambda: _single_person_links(land)).copy()


def _single_person_links(land: Landscape) -> pd.DataFrame:
    """:func:`single_person_links` on integer codes and sparse 0/1 matrices instead of pandas groupbys
    and merges over text ids (issue 17: a nation's 100,000 seats in about a tenth of a second)."""
    seats = _Seats(_seats(land))
    present = seats.matrix(seats.organisation, seats.organisation_ids)  # organisation x body
    shared = present @ present.T  # bodies two organisations share
    carriers, solo = seats.solo()  # (organisation, person) that sit somewhere alone; their bodies there
    # a link hangs on the person when every body the two organisations share is one the person carries alone:
    # where the bodies carried equal the bodies shared, their difference is 0 and not stored
    carried = solo @ present.T  # carriers x partners: bodies where the carrier sits alone and the partner sits
    differs = (shared[carriers // seats.persons] - carried) != 0
    links = (carried - carried.multiply(differs)).tocoo()
    organisation, person = np.divmod(carriers[links.row], seats.persons)
    partner = links.col.astype(np.int64)
    link = partner != organisation
    row, organisation, person, partner = links.row[link], organisation[link], person[link], partner[link]
    count = np.rint(links.data[link]).astype(np.int64)
    low, high = np.minimum(organisation, partner), np.maximum(organisation, partner)
    pairs = _distinct((person * seats.organisations + low) * seats.organisations + high) // seats.organisations**2
    person_links = np.bincount(pairs, minlength=seats.persons)[person]
    order = np.lexsort((partner, organisation, person, -person_links))
    bodies = _link_bodies(solo, row[order], present, partner[order])
    names = names_of(land)
    frame: dict[str, object] = {}
    for column, codes, ids in (
        ("organisation", organisation, seats.organisation_ids),
        ("partner", partner, seats.organisation_ids),
        ("person", person, seats.person_ids),
    ):
        frame[column] = ids.take(codes[order])
        frame[f"{column}_name"] = pd.Index(names.reindex(ids)).take(codes[order])
    frame["shared_bodies"] = count[order]
    frame["bodies"] = _row_lists(bodies, seats.body_ids)
    frame["person_links"] = person_links[order].astype(np.int64)
    return pd.DataFrame(frame)[
        [
            "organisation",
            "organisation_name",
            "partner",
            "partner_name",
            "person",
            "person_name",
            "shared_bodies",
            "bodies",
            "person_links",
        ]
    ]


class _Seats:
    """The seats of a landscape as integer codes; ids sorted, so codes sort as the ids do."""

    def __init__(self, seats: pd.DataFrame):
        seats = seats[seats["organisation"].notna()]  # a seat of no organisation links no organisation
        self.organisation, self.organisation_ids = pd.factorize(seats["organisation"], sort=True)
        self.body, self.body_ids = pd.factorize(seats["body"], sort=True)
        self.person, self.person_ids = pd.factorize(seats["person"], sort=True)  # -1: a direct organisation seat
        self.persons = max(len(self.person_ids), 1)
        self.organisations = max(len(self.organisation_ids), 1)

    def matrix(self, rows: np.ndarray, row_ids) -> sparse.csr_matrix:
        """0/1 matrix of the seats' ``rows`` codes x bodies."""
        matrix = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, self.body)), shape=(max(len(row_ids), 1), max(len(self.body_ids), 1))
        )
        matrix.data[:] = 1.0  # a pair seated twice counts once
        return matrix

    def solo(self) -> tuple[np.ndarray, sparse.csr_matrix]:
        """(organisation, person) keys that sit at some body as their organisation's only seat there
        (no direct seat, no other person), and the matrix of those keys x those bodies."""
        at_body = self.organisation.astype(np.int64) * len(self.body_ids) + self.body
        _, inverse, rows = np.unique(at_body, return_inverse=True, return_counts=True)
        alone = np.flatnonzero((rows[inverse] == 1) & (self.person >= 0))
        keys, row = np.unique(
            self.organisation[alone].astype(np.int64) * self.persons + self.person[alone], return_inverse=True
        )
        matrix = sparse.csr_matrix(
            (np.ones(len(alone)), (row, self.body[alone])), shape=(len(keys), max(len(self.body_ids), 1))
        )
        return keys, matrix


def _link_bodies(solo: sparse.csr_matrix, rows: np.ndarray, present: sparse.csr_matrix, partners: np.ndarray):
    """Per link, the bodies its carrier (row of ``solo``) sits at alone where the partner is present:
    a 0/1 matrix links x bodies. Only the carrier's few bodies are looked up, not the partner's row."""
    solo.sort_indices()
    starts, counts = solo.indptr[rows], np.diff(solo.indptr)[rows]
    link = np.repeat(np.arange(len(rows)), counts)
    entry = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
    body = solo.indices[entry]
    keep = _has(present, partners[link], body)
    return sparse.csr_matrix((np.ones(int(keep.sum())), (link[keep], body[keep])), shape=(len(rows), solo.shape[1]))


def _has(matrix: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Whether ``matrix[rows[i], cols[i]]`` is stored: from a bit per cell (organisations x bodies / 8
    bytes, 25 MB at four times the nation), far quicker than searching millions of pairs."""
    coo = matrix.tocoo()
    bits = np.zeros((matrix.shape[0], (matrix.shape[1] + 7) // 8), dtype=np.uint8)
    np.bitwise_or.at(bits, (coo.row, coo.col >> 3), (1 << (coo.col & 7)).astype(np.uint8))
    return (bits[rows, cols >> 3] >> (cols & 7)) & 1 == 1


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique without its hash table, which is slow on large keys)."""
    values = np.sort(values)
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


def _row_lists(matrix: sparse.csr_matrix, ids: pd.Index) -> list[list]:
    """The ids of the stored columns of each row of ``matrix`` (sorted indices), one list per row."""
    matrix.sort_indices()
    names = ids.take(matrix.indices).tolist()
    bounds = matrix.indptr.tolist()
    # Lists of ids cannot form reference cycles; while a national landscape's 200,000 of them are made,
    # the cyclic garbage collector would otherwise walk every live object several times (3x the time).
    paused = gc.isenabled()
    gc.disable()
    try:
        return [names[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    finally:
        if paused:
            gc.enable()


def _pair_keys(links: pd.DataFrame) -> pd.Series:
    """One text key per unordered pair (organisation, partner): A-B and B-A give the same key."""
    low = links["organisation"].where(links["organisation"] <= links["partner"], links["partner"])
    high = links["partner"].where(links["organisation"] <= links["partner"], links["organisation"])
    return low.astype(str) + "\x00" + high.astype(str)


def linked_pairs(links: pd.DataFrame) -> int:
    """Number of distinct unordered pairs of organisations in :func:`single_person_links`.

    A link can depend on one person on each side (two rows); it is one pair.
    """
    return int(_pair_keys(links).nunique()) if len(links) else 0


def sorted_lists(frame: pd.DataFrame, keys: list[str], column: str) -> pd.Series:
    """Sorted values of ``column`` per group of ``keys``, indexed by the keys (no Python call per group)."""
    ordered = frame.sort_values(keys + [column], kind="stable")
    sizes = ordered.groupby(keys, sort=True).size()
    if sizes.empty:
        return pd.Series([], index=sizes.index, dtype=object)
    chunks = np.split(ordered[column].to_numpy(), np.cumsum(sizes.to_numpy())[:-1])
    return pd.Series([chunk.tolist() for chunk in chunks], index=sizes.index, dtype=object)


# -- how many persons an organisation's links hang on -------------------------------

NETWORK = "network"


def bus_factor(land: Landscape, by: OrganisationGroup = "domain") -> pd.DataFrame:
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
    >>> fragile = bus_factor(land).query("bus_factor == 1")
    >>> len(fragile), fragile["organisation"].head(3).tolist()
    (94, ['aivd', 'dg-ondermijning', 'havenbedrijf-havenberg'])
    """
    return memo.once(land, ("bus factor", by), lambda: _bus_factor(land, by)).copy()


def _bus_factor(land: Landscape, by: str) -> pd.DataFrame:
    """The table of :func:`bus_factor`, counted in plain Python over the unique seats.

    One pass over (organisation, body, person) seats with sets per (organisation,
    target): the pandas merge / group-by / sort it replaced cost ~18 ms per call
    on a landscape of five organisations, and fragmentation on a landscape asks
    for it (what-if: before and after). Same table (tests/test_small_call_paths.py
    compares it with the pandas version on generated landscapes).
    """
    group_of = _organisation_column(land, by)
    seats = _seat_tuples(land)
    group = {org: group_of.get(org, np.nan) for org in {org for org, _, _ in seats}}
    targets = _targets_of_bodies(seats, group)
    direct: dict[tuple, bool] = {}
    bodies: dict[tuple, set] = {}
    persons: dict[tuple, set] = {}
    for org, body, person in seats:
        if _missing(org):
            continue
        for target in targets.get(body, ()):
            if target == group[org]:  # a missing group equals nothing: every target counts
                continue
            key = (org, target)
            direct[key] = direct.get(key, False) or person is None
            bodies.setdefault(key, set()).add(body)
            found = persons.setdefault(key, set())
            if person is not None:
                found.add(person)
    # bus factor (missing, i.e. a direct link, last), the network before the domains, then the ids
    keys = sorted(direct, key=lambda k: (direct[k], 0 if direct[k] else len(persons[k]), k[1] != NETWORK, k[0], k[1]))
    table = pd.DataFrame(
        {
            "organisation": pd.Series([k[0] for k in keys], dtype=object if not keys else None),
            "link_to": pd.Series([k[1] for k in keys], dtype=object if not keys else None),
        }
    )
    table.insert(1, "name", table["organisation"].map(names_of(land)))
    table.insert(2, by, table["organisation"].map(group_of))
    table["bus_factor"] = pd.array([pd.NA if direct[k] else len(persons[k]) for k in keys], dtype="Int64")
    table["direct_link"] = np.array([direct[k] for k in keys], dtype=bool)
    table["linking_bodies"] = np.array([len(bodies[k]) for k in keys], dtype=np.int64)
    table["persons"] = pd.Series([sorted(persons[k]) for k in keys], dtype=object)
    return table


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def _seat_tuples(land: Landscape) -> list[tuple]:
    """The unique (organisation, body, person) seats of :func:`_seats`; person None for a direct seat."""
    m = land.memberships
    is_person = (m["member_kind"] == "person").to_numpy()
    rows = zip(m["organisation"].tolist(), m["body"].tolist(), m["member"].tolist(), is_person)
    return list(dict.fromkeys((None if _missing(o) else o, b, p if seat else None) for o, b, p, seat in rows))


def _targets_of_bodies(seats: list[tuple], group: dict) -> dict:
    """Per body the targets a link can go to: ``network`` when two or more organisations
    sit there (a missing organisation counting as one), and each known group present."""
    present: dict = {}
    for org, body, _ in seats:
        present.setdefault(body, {}).setdefault(org, None)
    targets = {}
    for body, orgs in present.items():
        found: dict = dict.fromkeys([NETWORK] if len(orgs) > 1 else [])  # an ordered set
        for org in orgs:
            value = np.nan if org is None else group[org]
            if not _missing(value) and value != UNKNOWN_GROUP:
                found.setdefault(value)
        targets[body] = found
    return targets


def _organisation_column(land: Landscape, by: str) -> pd.Series:
    groups = groups_of(land, list(land.organisations.index), by)
    return pd.Series(UNKNOWN_GROUP, index=land.organisations.index, dtype=object) if groups is None else groups


from .._public import public_dir

__all__ = [
    "RemovalEffects",
    "removal_effects",
    "as_igraph",
    "articulation_points",
    "bridges",
    "single_person_links",
    "linked_pairs",
    "sorted_lists",
    "NETWORK",
    "bus_factor",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
