"""Node positions computed in Python, so the page is usable the moment it opens.

vis-network's own physics takes minutes to settle on a few thousand nodes
(pyvis issue #204); igraph lays out the same graph in about a second.

- Force-directed: Fruchterman & Reingold (1991), "Graph drawing by
  force-directed placement", Software: Practice and Experience 21(11),
  from a seeded random start, so the same landscape gives the same picture.
- Hierarchical: the layered method of Sugiyama, Tagawa & Toda (1981), "Methods
  for visual understanding of hierarchical system structures", IEEE Trans. SMC
  11(2) (barycentre ordering, then columns), with bodies in layers by their depth
  in the reporting chain; in numpy, on the straight lines the page draws.

Positions are in pixels, scaled so that nodes keep about ``NEIGHBOUR_PIXELS`` apart.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from .._igraph import ig
from ..igraph_bridge import seeded_igraph

NEIGHBOUR_PIXELS = 60.0
LAYER_PIXELS = 160.0
COLUMN_PIXELS = 90.0
ASPECT = 0.6  # height / width of a hierarchical map


def _graph(nodes: list[str], edges: list[tuple[str, str]]) -> ig.Graph:
    index = {node: i for i, node in enumerate(nodes)}
    return ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in edges])


def force_directed(
    nodes: list[str], edges: list[tuple[str, str]], seed: int = 42, iterations: int | None = None
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions in pixels for every node; ``iterations`` at most this many
    (default :func:`layout_iterations`)."""
    if not nodes:
        return {}
    graph = _graph(nodes, edges)
    start = np.random.default_rng(seed).uniform(-1, 1, size=(len(nodes), 2)) * np.sqrt(len(nodes))
    with seeded_igraph(seed):
        coords = np.array(
            graph.layout_fruchterman_reingold(
                seed=start.tolist(), niter=min(layout_iterations(len(nodes)), iterations or 10**9)
            ).coords
        )
    return _to_pixels(nodes, coords)


def layout_iterations(nodes: int) -> int:
    """Fruchterman-Reingold iterations: 500 up to 5,000 nodes, fewer above (at least 100).

    An iteration costs time in proportion to the nodes; a national map with
    persons (30,000 nodes) would otherwise spend most of a report's minute here.
    """
    return int(np.clip(500 * 5000 // max(nodes, 1), 100, 500))


def _to_pixels(nodes: list[str], coords: np.ndarray) -> dict[str, tuple[float, float]]:
    """Centre the layout and scale it so that a typical node has its nearest neighbour NEIGHBOUR_PIXELS away."""
    coords = coords - coords.mean(axis=0)
    if len(nodes) > 1:
        nearest = nearest_distances(coords)
        typical = float(np.median(nearest[nearest > 0])) if (nearest > 0).any() else 1.0
        coords = coords * (NEIGHBOUR_PIXELS / typical)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, coords)}


def nearest_distances(coords: np.ndarray) -> np.ndarray:
    """Each point's Euclidean distance to its nearest other point (0 where another point lies on it).

    ``coords``: n x 2, n >= 2. scipy's k-d tree (Bentley 1975): a well-kept library rather than our own
    pairwise search, although its import costs about 0.1 s CPU; imported here, only where a map is laid
    out (the report's parent, which writes the page its child drew, needs only viz.page).
    """
    from scipy.spatial import cKDTree

    return cKDTree(coords).query(coords, k=2)[0][:, 1]


def body_depths(hierarchy: nx.DiGraph) -> dict[str, int]:
    """Steps from each body up to the top of its reporting chain (top = 0).

    Each body reports to at most one other, so the bodies above it are
    exactly its descendants in the body -> reports_to graph.
    """
    return {body: len(nx.descendants(hierarchy, body)) for body in hierarchy}


def layered(nodes: list[str], edges: list[tuple[str, str]], layers: list[int]) -> dict[str, tuple[float, float]]:
    """Layered positions in pixels: ``layers[i]`` is node i's row (0 at the top), crossings reduced.

    The steps of Sugiyama, Tagawa & Toda (1981) on the lines as the page draws them (straight, from node to
    node, no bends): the order within each row by barycentres (the mean place of a node's neighbours in the
    rows above, then below; ``SWEEPS`` sweeps each way), then columns: each node as near the mean column of
    its neighbours as a gap of one column to the next node in its row allows (least squares under that
    order, by pool-adjacent-violators). Deterministic: ties keep the nodes' given order.

    Parameters: ``nodes`` (n ids), ``edges`` (pairs of those ids, in either direction; pairs within one row
    do not count), ``layers`` (n rows, integers). Returns each node's (x, y) in pixels: x centred on 0,
    ``COLUMN_PIXELS`` a column; y = row x at least ``LAYER_PIXELS``.
    """
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    row = np.asarray(layers, dtype=np.int64)
    pairs = np.array([(index[u], index[v]) for u, v in edges], dtype=np.int64).reshape(-1, 2)
    across = row[pairs[:, 0]] != row[pairs[:, 1]]
    ends = np.concatenate([pairs[across], pairs[across][:, ::-1]])  # both directions: (node, neighbour)
    rows = np.unique(row)
    members = [np.flatnonzero(row == r) for r in rows]  # each row's nodes in their given order
    place = np.zeros(len(nodes))  # a node's place in [0, 1) across its row
    for group in members:
        place[group] = (np.arange(len(group)) + 0.5) / len(group)
    above = row[ends[:, 1]] < row[ends[:, 0]]
    for _ in range(SWEEPS):
        for direction, group_order in ((above, members), (~above, members[::-1])):
            place = _barycentre_order(place, ends[direction], group_order, len(nodes))
    x = np.zeros(len(nodes))
    for group in members:
        ranked = group[np.argsort(place[group], kind="stable")]
        x[ranked] = np.arange(len(group)) - (len(group) - 1) / 2
    for _ in range(COLUMN_SWEEPS):
        for group in members + members[::-1]:
            ranked = group[np.argsort(place[group], kind="stable")]
            x[ranked] = _spaced(_mean_of_neighbours(x, ends, ranked, len(nodes)))
    coords = np.column_stack([x, row.astype(float)])
    coords = (coords - [coords[:, 0].mean(), 0.0]) * [COLUMN_PIXELS, 1.0]
    # Rows far enough apart that a wide chain still reads as a picture, not a line.
    height = max(float(coords[:, 1].max()), 1.0)
    width = float(np.ptp(coords[:, 0]))
    coords[:, 1] *= max(LAYER_PIXELS, ASPECT * width / height)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, coords)}


#: Barycentre sweeps (down and up) of :func:`layered`, and its sweeps that set the columns.
SWEEPS = 12
COLUMN_SWEEPS = 2


def _barycentre_order(place: np.ndarray, ends: np.ndarray, groups: list[np.ndarray], n: int) -> np.ndarray:
    """One sweep: row by row in ``groups``' order, each node's place the mean place of its neighbours in
    ``ends`` (pairs (node, neighbour)) as they are then, or its own place without one; rows re-ranked."""
    place = place.copy()
    for group in groups:
        if len(group) < 2:
            continue
        inside = np.zeros(n, dtype=bool)
        inside[group] = True
        mine = ends[inside[ends[:, 0]]]
        total = np.bincount(mine[:, 0], weights=place[mine[:, 1]], minlength=n)[group]
        count = np.bincount(mine[:, 0], minlength=n)[group]
        wanted = np.where(count > 0, total / np.maximum(count, 1), place[group])
        order = np.lexsort((place[group], wanted))  # ties: the order the row had
        place[group[order]] = (np.arange(len(group)) + 0.5) / len(group)
    return place


def _mean_of_neighbours(x: np.ndarray, ends: np.ndarray, ranked: np.ndarray, n: int) -> np.ndarray:
    """Each of ``ranked``'s nodes: the mean column of its neighbours, or its own column without one."""
    inside = np.zeros(n, dtype=bool)
    inside[ranked] = True
    mine = ends[inside[ends[:, 0]]]
    total = np.bincount(mine[:, 0], weights=x[mine[:, 1]], minlength=n)[ranked]
    count = np.bincount(mine[:, 0], minlength=n)[ranked]
    return np.where(count > 0, total / np.maximum(count, 1), x[ranked])


def _spaced(wanted: np.ndarray) -> np.ndarray:
    """The columns nearest ``wanted`` (least squares) that keep its order with at least 1 between neighbours.

    With y_i = x_i - i the gaps say y is non-decreasing: the isotonic regression of wanted_i - i
    (pool-adjacent-violators, Barlow et al. 1972), plus i.
    """
    shifted = wanted - np.arange(len(wanted))
    sums: list[float] = []
    sizes: list[int] = []
    for value in shifted.tolist():
        total, size = value, 1
        while sums and sums[-1] / sizes[-1] > total / size:
            total += sums.pop()
            size += sizes.pop()
        sums.append(total)
        sizes.append(size)
    fitted = np.repeat([t / k for t, k in zip(sums, sizes)], sizes)
    return fitted + np.arange(len(wanted))


def hierarchy_layers(nodes: list[dict], edges: list[dict], hierarchy: nx.DiGraph) -> list[int]:
    """Rows of a hierarchical map: bodies by depth in the reporting chain, actors below their deepest table.

    A body at depth d is on row 2d; a person or an organisation on row
    2d + 1 under the deepest body it sits at (organisations one row lower
    still when their persons are drawn, so persons sit between). Actors
    without a table go to the bottom row.
    """
    depth = body_depths(hierarchy)
    kind = {n["id"]: n["group"] for n in nodes}
    deepest: dict[str, int] = {}
    for edge in edges:
        if edge["group"] == "membership":
            actor, body = edge["from"], edge["to"]
            deepest[actor] = max(deepest.get(actor, 0), depth.get(body, 0))
    for edge in edges:  # an organisation seated through its persons goes below them
        if edge["group"] == "works-for" and edge["from"] in deepest:
            person, organisation = edge["from"], edge["to"]
            deepest[organisation] = max(deepest.get(organisation, 0), deepest[person])
    persons_drawn = any(k == "person" for k in kind.values())
    bottom = 2 * max(depth.values(), default=0) + 2 + int(persons_drawn)
    layers = []
    for node in nodes:
        node_id = node["id"]
        if kind[node_id] == "body":
            layers.append(2 * depth.get(node_id, 0))
        elif node_id in deepest:
            extra = 1 if (persons_drawn and kind[node_id] == "organisation") else 0
            layers.append(2 * deepest[node_id] + 1 + extra)
        else:
            layers.append(bottom)
    return layers


from .._public import public_dir

__all__ = [
    "NEIGHBOUR_PIXELS",
    "LAYER_PIXELS",
    "COLUMN_PIXELS",
    "ASPECT",
    "force_directed",
    "layout_iterations",
    "nearest_distances",
    "SWEEPS",
    "COLUMN_SWEEPS",
    "body_depths",
    "layered",
    "hierarchy_layers",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
