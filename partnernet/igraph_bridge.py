"""Hand networkx graphs to igraph for heavy work, keeping node ids in order.

networkx is the API users see; igraph does betweenness, distances,
components and community detection on large graphs in C. Results are mapped
back to node ids so callers never see igraph's integer vertex numbers.
"""

from __future__ import annotations

import random
from contextlib import contextmanager

import networkx as nx

from ._igraph import ig
from .projection import projection_of


def to_igraph(graph: nx.Graph, weight: str | None = None) -> tuple[ig.Graph, list]:
    """An igraph copy of ``graph`` and the list of node ids by vertex number.

    With ``weight`` the edge attribute is copied as ``weight`` (missing = 1).
    Multi-edges are kept as parallel edges. A landscape's projection is
    copied from its arrays, without walking networkx's dictionaries.
    """
    projection = projection_of(graph)
    if projection is not None:
        return projection.igraph(weight), list(projection.nodes)
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in graph.edges()]
    converted = ig.Graph(n=len(nodes), edges=edges, directed=graph.is_directed())
    if weight is not None:
        converted.es["weight"] = [float(data.get(weight, 1.0)) for _, _, data in graph.edges(data=True)]
    return converted, nodes


@contextmanager
def seeded_igraph(seed: int):
    """Run igraph's randomised algorithms (layouts, Leiden) with a private, seeded generator."""
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


from ._public import public_dir

__all__ = ["to_igraph", "seeded_igraph"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
