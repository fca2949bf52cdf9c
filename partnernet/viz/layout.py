"""Node positions computed in Python, so the page is usable the moment it opens.

vis-network's own physics takes minutes to settle on a few thousand nodes
(pyvis issue #204); igraph lays out the same graph in about a second.

- Force-directed: Fruchterman & Reingold (1991), "Graph drawing by
  force-directed placement", Software: Practice and Experience 21(11),
  from a seeded random start, so the same landscape gives the same picture.
- Hierarchical: Sugiyama, Tagawa & Toda (1981), "Methods for visual
  understanding of hierarchical system structures", IEEE Trans. SMC 11(2),
  with bodies in layers by their depth in the reporting chain.

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
        # imported here: scipy.spatial costs about 0.1 s CPU, and the report's parent, which writes the map
        # page that its child drew, needs only viz.page (partnernet.viz imports this module)
        from scipy.spatial import cKDTree

        nearest = cKDTree(coords).query(coords, k=2)[0][:, 1]
        typical = float(np.median(nearest[nearest > 0])) if (nearest > 0).any() else 1.0
        coords = coords * (NEIGHBOUR_PIXELS / typical)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, coords)}


def body_depths(hierarchy: nx.DiGraph) -> dict[str, int]:
    """Steps from each body up to the top of its reporting chain (top = 0).

    Each body reports to at most one other, so the bodies above it are
    exactly its descendants in the body -> reports_to graph.
    """
    return {body: len(nx.descendants(hierarchy, body)) for body in hierarchy}


def layered(nodes: list[str], edges: list[tuple[str, str]], layers: list[int]) -> dict[str, tuple[float, float]]:
    """Sugiyama positions: ``layers[i]`` is node i's row (0 at the top), crossings reduced."""
    if not nodes:
        return {}
    graph = _graph(nodes, edges)
    coords = np.array(graph.layout_sugiyama(layers=layers, maxiter=100).coords)[: len(nodes)]
    coords = (coords - [coords[:, 0].mean(), 0.0]) * [COLUMN_PIXELS, 1.0]
    # Rows far enough apart that a wide chain still reads as a picture, not a line.
    rows = max(float(coords[:, 1].max()), 1.0)
    width = float(np.ptp(coords[:, 0]))
    coords[:, 1] *= max(LAYER_PIXELS, ASPECT * width / rows)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, coords)}


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
    "body_depths",
    "layered",
    "hierarchy_layers",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
