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

from typing import Any, Literal, TYPE_CHECKING, TypeAlias, get_args

import networkx as nx
import numpy as np
import pandas as pd
from scipy.sparse import csgraph
from scipy.sparse import linalg as sparse_linalg

from .._igraph import ig
from ..errors import UsageError
from ..graphs import affiliations, directed_network
from ..igraph_bridge import to_igraph
from ..projection import adjacency_matrix, projection_of
from . import memo, paths
from ._plumbing import LEVELS, by_id, check_choice, index_name, node_list, node_values
from .results import Note

if TYPE_CHECKING:
    from ..graphs import Weight
    from ..landscape import Level
    from ._plumbing import LandOrGraph
    from ..landscape import Landscape

#: Which library computes the measures.
Backend: TypeAlias = Literal["igraph", "networkx"]
BACKENDS: tuple[Backend, ...] = get_args(Backend)
#: How a path's length is counted: in steps, or as the sum of 1 / weight.
PathLengths: TypeAlias = Literal["hops", "inverse-weight"]
PATH_LENGTHS: tuple[PathLengths, ...] = get_args(PathLengths)
PAGERANK_ALPHA = 0.85
PAGERANK_MAX_ITER = 10_000
#: Largest digraph whose eigenvector centrality is solved densely (see :func:`eigenvector`).
DENSE_EIGEN_LIMIT = 1000
MEASURE_COLUMNS = ("partners", "weighted_degree", "betweenness", "harmonic_closeness", "eigenvector", "pagerank")
DIRECTED_NOTE = Note.of("centrality.directed")
#: Rows whose standard errors summarise the error of sampled betweenness.
ERROR_TOP = 10


def centrality(
    data: LandOrGraph,
    level: Level = "organisations",
    *,
    projection: Weight = "shared",
    weight: str | None = "weight",
    path_lengths: PathLengths = "hops",
    backend: Backend = "igraph",
    exact: bool | None = None,
    samples: int | None = None,
    seed: int = 0,
) -> pd.DataFrame:
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
    exact : bool or None
        Betweenness, closeness and two-mode betweenness need a shortest-path
        search from every node. None (automatic): exact unless searches x
        links exceed 200 million (a national landscape), then
        estimated from a seeded sample of source nodes (Brandes & Pich 2007,
        see :mod:`partnernet.analysis.paths`); True: always exact (slow on
        large graphs); False: always estimated.
    samples : int, optional
        Number of sampled source nodes (default: as many as fit in the
        work limit, 200 to 500).
    seed : int
        Seed of the sample: the same seed gives the same estimate.

    Returns
    -------
    DataFrame indexed by node id (``organisation`` or ``person``) with
    ``name``, ``domain`` (persons also ``organisation``), ``bodies`` and the
    measures above. ``attrs`` says how the shortest-path measures were
    found: ``sources`` (searched from), ``nodes``, ``exact`` (bool),
    ``betweenness_error`` (median standard error of the 10 highest
    betweenness values as a fraction of the value; 0 when exact) and
    ``note`` (sentences for the reader, None when everything is exact and
    no tie is directed). When the network includes directed ties (see
    :meth:`partnernet.Landscape.with_ties`), betweenness follows their
    direction (Freeman's directed betweenness) and the other measures treat
    the network as undirected.

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> pn.centrality(nx.florentine_families_graph()).loc["Medici", "betweenness"].round(4)
    np.float64(0.522)
    """
    check_choice(backend, BACKENDS, "backend")
    check_choice(path_lengths, PATH_LENGTHS, "path_lengths")
    if backend == "networkx" and exact is False:
        raise UsageError("sampling_needs_igraph")
    options: dict[str, Any] = dict(
        weight=weight, path_lengths=path_lengths, backend=backend, exact=exact, samples=samples, seed=seed
    )
    if isinstance(data, nx.Graph):
        measures = one_mode_measures(data, **options)
        return _with_attrs(_sorted(describe_nodes(data, measures)), measures.attrs)
    check_choice(level, LEVELS, "level")
    # A landscape is read-only: the report, connectors and governance share one computation.
    key = ("centrality", level, projection, tuple(sorted(options.items())))
    return memo.once(data, key, lambda: _landscape_centrality(data, level, projection, **options)).copy()


def _landscape_centrality(land, level: Level, projection: Weight, **options) -> pd.DataFrame:
    graph = land.graph(level, weight=projection)
    measures = one_mode_measures(graph, **options)
    directed = directed_network(land, level, projection)
    if directed is not None:  # betweenness has a directed form: paths follow directed ties
        measures["betweenness"] = one_mode_measures(directed, **options)["betweenness"].to_numpy()
        measures.attrs["note"] = (*(measures.attrs.get("note") or ()), DIRECTED_NOTE)
    frame = describe_nodes(graph, measures, land, level)
    if options["backend"] == "igraph":
        converted, nodes = _two_mode_igraph(land, level)
        sources = paths.choose_sources(
            converted.vcount(), converted.ecount(), options["exact"], options["samples"], options["seed"]
        )
        two_mode = two_mode_betweenness_of(converted, nodes, list(graph.nodes), sources)
    else:
        two_mode = two_mode_betweenness(_two_mode(land, level), list(graph.nodes), "networkx")
    frame["two_mode_betweenness"] = pd.Series(two_mode).reindex(frame.index)
    attrs = dict(measures.attrs)
    if options["backend"] == "igraph" and not sources.exact:
        attrs["note"] = (*(attrs["note"] or ()), Note.of("centrality.two_mode_sampled", sample=sources.sample()))
    return _with_attrs(_sorted(frame), attrs)


def one_mode_measures(
    graph: nx.Graph,
    weight: str | None = "weight",
    path_lengths: PathLengths = "hops",
    backend: Backend = "igraph",
    exact: bool | None = None,
    samples: int | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """``partners``, ``weighted_degree``, ``betweenness``, ``harmonic_closeness``, ``eigenvector``, ``pagerank``.

    ``attrs`` describes the shortest-path searches (see :func:`centrality`).
    """
    nodes = node_list(graph)
    distance = "inverse-weight" == path_lengths
    if backend == "igraph":
        (betweenness, closeness, pagerank), searched = _igraph_measures(graph, weight, distance, exact, samples, seed)
    else:
        (betweenness, closeness, pagerank), searched = _networkx_measures(graph, weight, distance), None
    weighted = adjacency_matrix(graph, weight)
    if projection_of(graph) is not None:  # no self-loops, no zero weights: the links are the stored entries
        partners = np.diff(weighted.indptr)
    else:
        connected = adjacency_matrix(graph, None)
        partners = (
            np.diff((connected + connected.T).tocsr().indptr) if graph.is_directed() else np.diff(connected.indptr)
        )
    frame = pd.DataFrame(
        {
            "partners": partners.astype(int),
            "weighted_degree": _strength(graph, weighted),
            "betweenness": betweenness,
            "harmonic_closeness": closeness,
            "eigenvector": eigenvector(graph, weight, matrix=weighted),
            "pagerank": pagerank,
        },
        index=pd.Index(nodes),
    )
    frame.attrs = _search_attrs(searched, frame["betweenness"], len(nodes))
    return frame


def _strength(graph: nx.Graph, matrix) -> np.ndarray:
    """Weighted degree as networkx counts it from the weighted adjacency ``matrix``: a self-loop twice,
    in- plus out-ties for digraphs."""
    rows = np.asarray(matrix.sum(axis=1)).ravel()
    if graph.is_directed():
        return rows + np.asarray(matrix.sum(axis=0)).ravel()
    return rows + matrix.diagonal()


def _igraph_measures(graph, weight, distance, exact=None, samples=None, seed=0):
    converted, nodes = to_igraph(graph, weight=weight)
    n, directed = len(nodes), graph.is_directed()
    strengths = converted.es["weight"] if weight and converted.ecount() else None
    lengths = [1.0 / w for w in strengths] if distance and strengths else None
    sources = paths.choose_sources(n, converted.ecount(), exact, samples, seed)
    if lengths is None:
        raw, raw_error = paths.hop_betweenness(graph, converted, sources)
    else:
        raw, raw_error = paths.betweenness(converted, sources, weights=lengths)
    scale = _betweenness_scale(n, directed)
    closeness = paths.harmonic(converted, sources, weights=lengths)[0] / max(n - 1, 1)
    pagerank = np.asarray(converted.pagerank(damping=PAGERANK_ALPHA, weights=strengths, directed=True))
    return (raw * scale, closeness, pagerank), (sources, raw_error * scale)


def _search_attrs(searched, betweenness: pd.Series, nodes: int) -> dict:
    """How the shortest-path measures were found, with the error of an estimate (see :func:`centrality`)."""
    if searched is None or searched[0].exact:
        return {"sources": nodes, "nodes": nodes, "exact": True, "betweenness_error": 0.0, "note": None}
    sources, error = searched
    values = betweenness.to_numpy()
    top = np.argsort(-values, kind="stable")[:ERROR_TOP]
    top = top[values[top] > 0]
    relative = float(np.median(error[top] / values[top])) if len(top) else 0.0
    note = (Note.of("centrality.sampled", sample=sources.sample(), error=relative, top=ERROR_TOP),)
    return {"sources": sources.count, "nodes": nodes, "exact": False, "betweenness_error": relative, "note": note}


def _with_attrs(frame: pd.DataFrame, attrs: dict) -> pd.DataFrame:
    """``frame`` with ``attrs``; notes about estimates end with how to get exact values."""
    frame.attrs = dict(attrs)
    if any(note.key.endswith("sampled") for note in attrs.get("note") or ()):
        frame.attrs["note"] = (*attrs["note"], Note.of("exact", option="exact=True"))
    return frame


def _networkx_measures(graph, weight, distance):
    nodes = list(graph.nodes)
    if distance:
        graph = _with_distance(graph, weight)
    length = "_distance" if distance else None
    betweenness = nx.betweenness_centrality(graph, weight=length)
    closeness = nx.harmonic_centrality(graph, distance=length)
    # power iteration converges like 0.85^k on bipartite graphs (stars, paths, trees): 100 steps are too few
    pagerank = (
        nx.pagerank(graph, alpha=PAGERANK_ALPHA, weight=weight, tol=1e-12, max_iter=PAGERANK_MAX_ITER) if nodes else {}
    )
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


def eigenvector(graph: nx.Graph, weight: str | None = "weight", matrix=None) -> np.ndarray:
    """Eigenvector centrality as networkx (in-ties for digraphs, unit norm, non-negative sum).

    Undirected graphs (every projection) are solved per connected component
    with ARPACK (scipy's sparse ``eigsh``) from the fixed start vector of
    ones, so the result is deterministic and costs about as much as igraph's
    own (1 ms for 300 nodes and 8,000 ties). The result is the leading
    eigenvector of the whole matrix: only the component with the largest
    eigenvalue gets non-zero values; where several components share it, the
    start vector's projection on that eigenspace (each such component's
    vector weighted by its sum), so it does not depend on node order or on
    the solver, and equal components get equal values. A graph without ties
    (leading eigenvalue 0) gives 0 everywhere. ``matrix``: the weighted adjacency matrix when the
    caller has it already. Digraphs (directed ties, where an acyclic
    graph has only zero eigenvalues) are solved densely up to
    ``DENSE_EIGEN_LIMIT`` nodes and with ``eigs`` above. Values below 1e-12
    in absolute size are set to 0.
    """
    n = len(graph)
    if n == 0 or graph.number_of_edges() == 0:
        return np.zeros(n)
    matrix = (adjacency_matrix(graph, weight) if matrix is None else matrix).T.tocsr().astype(float)
    if not graph.is_directed():
        vector = _leading_by_component(matrix)
    elif n <= DENSE_EIGEN_LIMIT:
        values, vectors = np.linalg.eig(matrix.toarray())
        vector = vectors[:, int(np.argmax(values.real))].real
    else:
        vector = sparse_linalg.eigs(matrix, k=1, which="LR", v0=np.ones(n))[1][:, 0].real
    vector = vector * (np.sign(vector.sum()) or 1.0) / np.linalg.norm(vector)
    return np.where(np.abs(vector) < 1e-12, 0.0, vector)


def _leading_by_component(matrix) -> np.ndarray:
    """The leading eigenvector of a symmetric non-negative matrix, from its strongest components.

    A component's largest eigenvalue is at most its largest row sum
    (Perron-Frobenius), so components are solved in order of that bound
    until no other can reach the largest eigenvalue found.
    """
    count, labels = csgraph.connected_components(matrix, directed=False)
    bound = np.zeros(count)
    np.maximum.at(bound, labels, np.asarray(abs(matrix).sum(axis=1)).ravel())
    found: list[tuple[float, np.ndarray, np.ndarray]] = []
    for component in np.argsort(-bound, kind="stable"):
        best = max((value for value, _, _ in found), default=-np.inf)
        if bound[component] < best - 1e-9 * max(1.0, abs(best)):
            break
        members = np.flatnonzero(labels == component)
        value, vector = _leading_eigenpair(matrix[members][:, members])
        found.append((value, members, vector))
    best = max(value for value, _, _ in found)
    result = np.zeros(matrix.shape[0])
    for value, members, vector in found:
        if value >= best - 1e-9 * max(1.0, abs(best)):
            result[members] = vector * (vector.sum() if len(found) > 1 else 1.0)
    return result


def _leading_eigenpair(matrix) -> tuple[float, np.ndarray]:
    """Largest eigenvalue and its unit eigenvector (non-negative sum) of a symmetric matrix."""
    if matrix.shape[0] <= 2:
        values, vectors = np.linalg.eigh(matrix.toarray())
        value, vector = values[-1], vectors[:, -1]
    else:
        values, vectors = sparse_linalg.eigsh(matrix, k=1, which="LA", v0=np.ones(matrix.shape[0]))
        value, vector = values[0], vectors[:, 0]
    return float(value), vector * (np.sign(vector.sum()) or 1.0) / np.linalg.norm(vector)


def two_mode_betweenness(two_mode: nx.Graph, actors: list, backend: Backend = "igraph") -> dict:
    """Betweenness of ``actors`` in an actor-body graph, normalised like networkx's bipartite version.

    The raw betweenness (pairs of all nodes, actors and bodies) is divided by
    the maximum an actor can have in a bipartite graph of these sizes
    (Borgatti & Everett 1997), as in
    ``networkx.algorithms.bipartite.betweenness_centrality(B, actors)``.
    """
    if backend == "igraph":
        converted, nodes = to_igraph(two_mode)
        return two_mode_betweenness_of(converted, nodes, actors)
    raw = nx.betweenness_centrality(two_mode, normalized=False)
    return _bipartite_normalised(raw, actors, two_mode.number_of_nodes())


def two_mode_betweenness_of(
    converted: ig.Graph, nodes: list, actors: list, sources: paths.Sources | None = None
) -> dict:
    """:func:`two_mode_betweenness` of an igraph actor-body graph, from every node or from ``sources``."""
    sources = sources or paths.Sources(None, converted.vcount())
    raw = dict(zip(nodes, paths.betweenness(converted, sources)[0])) if len(nodes) else {}
    return _bipartite_normalised(raw, actors, len(nodes))


def _bipartite_normalised(raw: dict, actors: list, total: int) -> dict:
    n = len(set(actors) & set(raw))
    m = total - n
    if n == 0 or m == 0:
        return dict.fromkeys(actors, 0.0)
    s, t = divmod(n - 1, m)
    top_max = ((m**2) * ((s + 1) ** 2) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0
    return {a: raw.get(a, 0.0) / top_max if top_max else 0.0 for a in actors}


def _two_mode_igraph(land, level: str) -> tuple[ig.Graph, list]:
    """The actor-body graph of ``level`` as igraph, straight from the memberships.

    Organisations: every organisation and body, linked where the
    organisation sits (directly or through a person); persons: every person
    and body. The same graph as the landscape's two-mode view (or its person
    part), without building it in networkx.
    """
    actors = land.persons.index if level == "persons" else land.organisations.index
    bodies = land.bodies.index
    pairs = affiliations(land, level)
    edges = np.column_stack([actors.get_indexer(pairs["actor"]), len(actors) + bodies.get_indexer(pairs["body"])])
    converted = ig.Graph(n=len(actors) + len(bodies))
    converted.add_edges(edges[(edges >= 0).all(axis=1) & (edges[:, 1] >= len(actors))].astype(np.int64))
    return converted, list(actors) + list(bodies)


def _two_mode(land, level: str) -> nx.Graph:
    if level == "organisations":
        return land.graph("two-mode", persons=False)
    full = land.graph("two-mode")
    return full.subgraph(n for n, kind in full.nodes(data="kind") if kind in ("person", "body"))


def describe_nodes(
    graph: nx.Graph, measures: pd.DataFrame, land: Landscape | None = None, level: str | None = None
) -> pd.DataFrame:
    """``measures`` with display columns in front: name, (organisation,) domain, bodies.

    ``domain`` and ``bodies`` are added when the nodes carry them (landscape
    projections do); for ``level="persons"`` the person's organisation and its
    domain come from ``land``.
    """
    nodes = measures.index
    frame = pd.DataFrame(index=nodes)
    names = node_values(graph, nodes, "name", lambda node: node)
    frame["name"] = list(nodes) if names is None else names
    if level == "persons" and land is not None:
        frame["organisation"] = land.persons["organisation"].reindex(nodes).to_numpy()
        frame["domain"] = land.organisations["domain"].reindex(frame["organisation"]).to_numpy()
    else:
        domains = node_values(graph, nodes, "domain")
        if land is not None or domains is not None:
            frame["domain"] = [None] * len(nodes) if domains is None else domains
    bodies = node_values(graph, nodes, "bodies", 0)
    if land is not None or bodies is not None:
        frame["bodies"] = [0] * len(nodes) if bodies is None else bodies
    frame = pd.concat([frame, measures], axis=1)
    frame = frame.rename_axis(index_name(graph))  # never renames an index shared with the landscape
    return frame


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """By betweenness, then partners (descending); equal scores by id ascending, never by file order."""
    return by_id(frame).sort_values(["betweenness", "partners"], ascending=False, kind="stable")


from .._public import public_dir

__all__ = [
    "Backend",
    "BACKENDS",
    "PathLengths",
    "PATH_LENGTHS",
    "PAGERANK_ALPHA",
    "PAGERANK_MAX_ITER",
    "DENSE_EIGEN_LIMIT",
    "MEASURE_COLUMNS",
    "DIRECTED_NOTE",
    "ERROR_TOP",
    "centrality",
    "one_mode_measures",
    "eigenvector",
    "two_mode_betweenness",
    "two_mode_betweenness_of",
    "describe_nodes",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
