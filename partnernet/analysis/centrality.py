"""Centrality: who holds the network together.

Every measure equals networkx's on the same graph (tested); betweenness,
harmonic closeness and PageRank are computed by igraph by default because it
is much faster on large graphs, with networkx kept as ``backend="networkx"``
for comparison.

Tie strength and distance. On a landscape the projection's edge ``weight``
is a *strength* (more shared bodies = a stronger tie), not a distance. So:

- ``weighted_degree`` (strength), ``eigenvector`` and ``pagerank`` use the
  weight as strength;
- ``betweenness`` and ``harmonic_closeness`` count hops (every tie has
  length 1) unless ``path_lengths="inverse-weight"``, which uses the
  distance 1 / weight (a tie of strength 2 is half as long). igraph counts
  path lengths that differ only by rounding (1/3 + 1/3 + 1/3 against 1) as
  equally short, networkx does not, so with inverse-weight paths the two
  backends can differ slightly where such near-ties occur.

References: Freeman (1977), "A set of measures of centrality based on
betweenness", Sociometry 40:35-41; Brandes (2001), "A faster algorithm for
betweenness centrality", J Math Sociol 25:163-177; Marchiori & Latora
(2000), "Harmony in the small-world", Physica A 285:539-546 (harmonic
closeness); Bonacich (1987), "Power and centrality", Am J Sociol
92:1170-1182 (eigenvector); Page, Brin, Motwani & Winograd (1999), "The
PageRank citation ranking" (PageRank); Borgatti & Everett (1997), "Network
analysis of 2-mode data", Social Networks 19:243-269 (two-mode betweenness).
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from scipy.sparse import linalg as sparse_linalg

from ..errors import UsageError
from ..igraph_bridge import to_igraph
from .grouping import index_name

BACKENDS = ("igraph", "networkx")
PATH_LENGTHS = ("hops", "inverse-weight")
LEVELS = ("organisations", "persons")
PAGERANK_ALPHA = 0.85
DENSE_EIGEN_LIMIT = 1000
MEASURE_COLUMNS = ("partners", "weighted_degree", "betweenness", "harmonic_closeness", "eigenvector", "pagerank")


def centrality(data, level: str = "organisations", *, projection: str = "shared", weight: str | None = "weight",
               path_lengths: str = "hops", backend: str = "igraph") -> pd.DataFrame:
    """Centrality of every organisation (or person), sorted by betweenness.

    Definitions (n = number of nodes):

    - ``bodies``: number of bodies the actor sits at (degree in the two-mode
      graph). Report it next to any projected measure: a projection makes
      everyone at one big table adjacent, which inflates degree and density.
    - ``partners``: number of other actors it shares a body (or a tie) with.
    - ``weighted_degree``: sum of the tie strengths (on a landscape: shared
      bodies summed over partners, per ``projection``).
    - ``betweenness``: share of shortest paths between other pairs that pass
      through the node, normalised like networkx (divided by (n-1)(n-2)/2
      for undirected graphs), 0..1.
    - ``harmonic_closeness``: mean of 1 / distance to the n - 1 others
      (networkx's ``harmonic_centrality`` / (n - 1)), 0..1; an unreachable
      node adds 0, so disconnected graphs work.
    - ``eigenvector``: leading eigenvector of the weighted adjacency matrix,
      unit Euclidean norm, as networkx. On a disconnected graph (which
      networkx refuses) this is the leading eigenvector of the whole matrix:
      only the component with the largest eigenvalue gets non-zero values;
      isolated nodes and graphs without ties get 0.
    - ``pagerank``: PageRank with damping 0.85, weight as strength; sums to 1.
    - ``two_mode_betweenness``: betweenness in the actor-body graph,
      normalised like ``networkx.algorithms.bipartite.betweenness_centrality``.

    Parameters
    ----------
    data : Landscape or networkx graph
        A landscape uses ``land.graph(level, weight=projection)`` and the
        two-mode graph; a plain graph gets the one-mode measures (and
        ``bodies`` when its nodes carry that attribute).
    level : "organisations" | "persons"
    projection : "shared" | "newman" | "jaccard"
        Tie strength of the projection (landscapes only).
    weight : str or None
        Edge attribute holding the tie strength; None treats every tie as 1.
    path_lengths : "hops" | "inverse-weight"
        Length of a tie for betweenness and closeness: 1, or 1 / weight.
    backend : "igraph" | "networkx"
        Same results; igraph is faster on large graphs.

    Returns
    -------
    DataFrame indexed by node id (``organisation`` or ``person``) with
    ``name``, ``domain`` (persons also ``organisation``), ``bodies`` and the
    measures above.

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> pn.centrality(nx.florentine_families_graph()).loc["Medici", "betweenness"].round(4)
    np.float64(0.522)
    """
    check_choice(backend, BACKENDS, "backend")
    check_choice(path_lengths, PATH_LENGTHS, "path_lengths")
    if isinstance(data, nx.Graph):
        return _sorted(describe_nodes(data, one_mode_measures(data, weight, path_lengths, backend)))
    check_choice(level, LEVELS, "level")
    graph = data.graph(level, weight=projection)
    frame = describe_nodes(graph, one_mode_measures(graph, weight, path_lengths, backend), data, level)
    frame["two_mode_betweenness"] = pd.Series(
        two_mode_betweenness(_two_mode(data, level), list(graph.nodes), backend)).reindex(frame.index)
    return _sorted(frame)


def one_mode_measures(graph: nx.Graph, weight: str | None = "weight", path_lengths: str = "hops",
                      backend: str = "igraph") -> pd.DataFrame:
    """``partners``, ``weighted_degree``, ``betweenness``, ``harmonic_closeness``, ``eigenvector``, ``pagerank``."""
    nodes = list(graph.nodes)
    distance = "inverse-weight" == path_lengths
    compute = _igraph_measures if backend == "igraph" else _networkx_measures
    betweenness, closeness, pagerank = compute(graph, weight, distance)
    partners = [len(set(nx.all_neighbors(graph, n))) for n in nodes]
    strength = dict(graph.degree(weight=weight))
    return pd.DataFrame({"partners": partners, "weighted_degree": [float(strength[n]) for n in nodes],
                         "betweenness": betweenness, "harmonic_closeness": closeness,
                         "eigenvector": eigenvector(graph, weight), "pagerank": pagerank},
                        index=pd.Index(nodes))


def _igraph_measures(graph, weight, distance):
    converted, nodes = to_igraph(graph, weight=weight)
    n = len(nodes)
    strengths = converted.es["weight"] if weight and converted.ecount() else None
    lengths = [1.0 / w for w in strengths] if distance and strengths else None
    raw = np.asarray(converted.betweenness(directed=graph.is_directed(), weights=lengths), dtype=float)
    betweenness = raw * _betweenness_scale(n, graph.is_directed())
    closeness = (np.asarray(converted.harmonic_centrality(mode="in", weights=lengths, normalized=False))
                 / max(n - 1, 1))
    pagerank = np.asarray(converted.pagerank(damping=PAGERANK_ALPHA, weights=strengths, directed=True))
    return betweenness, closeness, pagerank


def _networkx_measures(graph, weight, distance):
    nodes = list(graph.nodes)
    if distance:
        graph = _with_distance(graph, weight)
    length = "_distance" if distance else None
    betweenness = nx.betweenness_centrality(graph, weight=length)
    closeness = nx.harmonic_centrality(graph, distance=length)
    pagerank = nx.pagerank(graph, alpha=PAGERANK_ALPHA, weight=weight, tol=1e-12) if nodes else {}
    scale = max(len(nodes) - 1, 1)
    return ([betweenness[n] for n in nodes], [closeness[n] / scale for n in nodes], [pagerank[n] for n in nodes])


def _with_distance(graph, weight):
    copy = graph.copy()
    for _, _, data in copy.edges(data=True):
        data["_distance"] = 1.0 / float(data.get(weight, 1.0)) if weight else 1.0
    return copy


def _betweenness_scale(n: int, directed: bool) -> float:
    """igraph's raw betweenness to networkx's normalised values."""
    if n <= 2:
        return 0.0
    return (1.0 if directed else 2.0) / ((n - 1) * (n - 2))


def eigenvector(graph: nx.Graph, weight: str | None = "weight") -> np.ndarray:
    """Eigenvector centrality as networkx (in-ties for digraphs, unit norm, non-negative sum).

    Solved directly (dense below 1000 nodes, ARPACK with a fixed start
    vector above), so it is deterministic and never fails to converge.
    Values below 1e-12 in absolute size are set to 0.
    """
    n = len(graph)
    if n == 0 or graph.number_of_edges() == 0:
        return np.zeros(n)
    matrix = nx.to_scipy_sparse_array(graph, nodelist=list(graph.nodes), weight=weight, dtype=float).T
    symmetric = not graph.is_directed()
    if n <= DENSE_EIGEN_LIMIT:
        dense = matrix.toarray()
        values, vectors = np.linalg.eigh(dense) if symmetric else np.linalg.eig(dense)
        vector = vectors[:, int(np.argmax(values.real))].real
    else:
        solve = sparse_linalg.eigsh if symmetric else sparse_linalg.eigs
        _, vectors = solve(matrix, k=1, which="LA" if symmetric else "LR", v0=np.ones(n))
        vector = vectors[:, 0].real
    vector = vector * (np.sign(vector.sum()) or 1.0) / np.linalg.norm(vector)
    return np.where(np.abs(vector) < 1e-12, 0.0, vector)


def two_mode_betweenness(two_mode: nx.Graph, actors: list, backend: str = "igraph") -> dict:
    """Betweenness of ``actors`` in an actor-body graph, normalised like networkx's bipartite version.

    The raw betweenness (pairs of all nodes, actors and bodies) is divided by
    the maximum an actor can have in a bipartite graph of these sizes
    (Borgatti & Everett 1997), as in
    ``networkx.algorithms.bipartite.betweenness_centrality(B, actors)``.
    """
    actor_set = set(actors) & set(two_mode.nodes)
    n, m = len(actor_set), two_mode.number_of_nodes() - len(actor_set)
    if n == 0 or m == 0:
        return dict.fromkeys(actors, 0.0)
    if backend == "igraph":
        converted, nodes = to_igraph(two_mode)
        raw = dict(zip(nodes, converted.betweenness(directed=False)))
    else:
        raw = nx.betweenness_centrality(two_mode, normalized=False)
    s, t = divmod(n - 1, m)
    top_max = ((m ** 2) * ((s + 1) ** 2) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0
    return {a: raw.get(a, 0.0) / top_max if top_max else 0.0 for a in actors}


def _two_mode(land, level: str) -> nx.Graph:
    if level == "organisations":
        return land.graph("two-mode", persons=False)
    full = land.graph("two-mode")
    return full.subgraph(n for n, kind in full.nodes(data="kind") if kind in ("person", "body"))


def describe_nodes(graph: nx.Graph, measures: pd.DataFrame, land=None, level: str | None = None) -> pd.DataFrame:
    """``measures`` with display columns in front: name, (organisation,) domain, bodies.

    ``domain`` and ``bodies`` are added when the nodes carry them (landscape
    projections do); for ``level="persons"`` the person's organisation and its
    domain come from ``land``.
    """
    nodes = measures.index
    frame = pd.DataFrame(index=nodes)
    frame["name"] = [graph.nodes[n].get("name", n) for n in nodes]
    if level == "persons":
        frame["organisation"] = land.persons["organisation"].reindex(nodes).to_numpy()
        frame["domain"] = land.organisations["domain"].reindex(frame["organisation"]).to_numpy()
    elif land is not None or any("domain" in graph.nodes[n] for n in nodes):
        frame["domain"] = [graph.nodes[n].get("domain") for n in nodes]
    if land is not None or any("bodies" in graph.nodes[n] for n in nodes):
        frame["bodies"] = [graph.nodes[n].get("bodies", 0) for n in nodes]
    frame = pd.concat([frame, measures], axis=1)
    frame.index.name = index_name(graph)
    return frame


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["betweenness", "partners"], ascending=False, kind="stable")


def check_choice(value, choices, name: str) -> None:
    if value not in choices:
        raise UsageError(f"unknown {name} '{value}'; use one of {', '.join(choices)}.")
