"""Graph views of a landscape: the two-mode graph, projections, hierarchy, ties.

Projections are computed with sparse matrix products (no loop over pairs),
and give the same edges and weights as networkx's bipartite projections:

- ``shared``: number of bodies both sit on (``weighted_projected_graph``);
- ``newman``: sum over shared bodies of ``1 / (size - 1)`` (Newman 2001,
  "Scientific collaboration networks. II", Phys Rev E 64:016132;
  ``collaboration_weighted_projected_graph``);
- ``jaccard``: shared bodies / bodies of either (``overlap_weighted_projected_graph``).
"""

from __future__ import annotations

import functools
from typing import Literal, TYPE_CHECKING, TypeAlias, cast, get_args

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from .analysis import memo
from .errors import UsageError
from .landscape import Landscape
from .projection import Projection, ProjectionGraph

if TYPE_CHECKING:
    from typing import Any

    from .landscape import Level

#: Tie strength of a projection (``weight=`` of :meth:`Landscape.graph`, ``projection=`` of the analyses).
Weight: TypeAlias = Literal["shared", "newman", "jaccard"]
WEIGHTS: tuple[Weight, ...] = get_args(Weight)
#: Which actors' memberships count (``members=``): organisations, persons, or both.
Members: TypeAlias = Literal["organisations", "persons", "actors"]
ACTOR_SETS: tuple[Members, ...] = get_args(Members)
ROLE_RANK = {"chair": 0, "secretary": 1, "member": 2, "adviser": 3}


def affiliations(land: Landscape, actors: str = "organisations") -> pd.DataFrame:
    """Unique (actor, body) pairs.

    ``organisations``: an organisation sits at a body directly or through one
    of its persons; ``persons``: persons' own memberships; ``actors``: the
    member column as given (organisations and persons).

    Kept per landscape (compare and the projections ask for it many times;
    a landscape is read-only); a copy.
    """
    if actors not in ACTOR_SETS:
        raise UsageError("unknown_actor_set", value=actors, choices=", ".join(ACTOR_SETS))
    if not isinstance(land, Landscape):
        return _affiliations(land, actors)
    return memo.once(land, ("affiliations", actors), lambda: _affiliations(land, actors)).copy()


def _affiliations(land, actors: str) -> pd.DataFrame:
    m = land.memberships
    if actors == "organisations":
        pairs = m[["organisation", "body"]].rename(columns={"organisation": "actor"})
    elif actors == "persons":
        pairs = m.loc[m["member_kind"] == "person", ["member", "body"]].rename(columns={"member": "actor"})
    elif actors == "actors":
        pairs = m[["member", "body"]].rename(columns={"member": "actor"})
    else:
        raise UsageError("unknown_actor_set", value=actors, choices=", ".join(ACTOR_SETS))
    return pairs.drop_duplicates().reset_index(drop=True)


def incidence(
    pairs: pd.DataFrame, rows: pd.Index, columns: pd.Index, row_col: str = "actor", col_col: str = "body"
) -> sparse.csr_matrix:
    """Sparse 0/1 matrix of ``pairs`` with rows and columns in the given order."""
    r = rows.get_indexer(pd.Index(pairs[row_col]))
    c = columns.get_indexer(pd.Index(pairs[col_col]))
    keep = (r >= 0) & (c >= 0)
    data = np.ones(int(keep.sum()))
    matrix = sparse.csr_matrix((data, (r[keep], c[keep])), shape=(len(rows), len(columns)))
    matrix.data[:] = 1.0  # duplicate pairs count once
    return matrix


def projection_edges(matrix: sparse.csr_matrix, nodes: pd.Index, weight: str = "shared") -> pd.DataFrame:
    """Edges of the one-mode projection of the rows of ``matrix`` onto each other.

    Returns columns ``source``, ``target``, ``shared`` (count of shared
    columns) and ``weight`` (per ``weight``), one row per unordered pair.
    """
    source, target, shared, weights = projection_arrays(matrix, weight)
    return pd.DataFrame({"source": nodes[source], "target": nodes[target], "shared": shared, "weight": weights})


def projection_arrays(matrix: sparse.csr_matrix, weight: str = "shared"):
    """:func:`projection_edges` as arrays: row numbers ``source`` < ``target``, ``shared`` (int64) and
    ``weight`` (int64 for ``shared``, else float), without turning row numbers into ids."""
    if weight not in WEIGHTS:
        raise UsageError("unknown_choice", what="weight", value=weight, choices=", ".join(WEIGHTS))
    source, target, counts = _upper_pairs(matrix)
    shared = counts.astype(np.int64)
    if weight == "shared":
        return source, target, shared, shared.copy()
    if weight == "newman":
        sizes = np.asarray(matrix.sum(axis=0)).ravel()
        scale = np.divide(1.0, sizes - 1, out=np.zeros_like(sizes, dtype=float), where=sizes > 1)
        weighted = sparse.triu(matrix @ sparse.diags(scale) @ matrix.T, k=1).tocsr()
        # an empty index pair would make scipy return an empty matrix, not an empty array
        values = np.asarray(weighted[source, target]).ravel().astype(float) if len(source) else np.zeros(0)
        return source, target, shared, values
    degree = np.asarray(matrix.sum(axis=1)).ravel()
    common = counts.astype(matrix.dtype)
    union = degree[source] + degree[target] - common
    return source, target, shared, (common / union).astype(float)


def _upper_pairs(matrix: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row ``source`` < column ``target`` and value of every stored entry of ``matrix @ matrix.T`` above the
    diagonal, in the product's stored order (``sparse.triu(product, k=1).tocoo()``'s order and values).

    A 0/1 matrix (an incidence matrix) is multiplied in 32-bit integers, and the upper triangle is taken
    from the product's rows without a coordinate copy of the whole product: the same entries in the same
    order (the product's pattern and order do not depend on the value type), at a third of the memory
    (four times the nation's persons: 15 million products).
    """
    binary = matrix.nnz == 0 or bool(np.all(matrix.data == 1))
    factor = sparse.csr_matrix((np.ones(matrix.nnz, dtype=np.int32), matrix.indices, matrix.indptr), matrix.shape)
    product = factor @ factor.T if binary else sparse.csr_matrix(matrix @ matrix.T)
    rows = np.repeat(np.arange(product.shape[0], dtype=product.indices.dtype), np.diff(product.indptr))
    upper = product.indices > rows
    return rows[upper], product.indices[upper], product.data[upper]


def node_attributes(table: pd.DataFrame, kind: str, **extra: Any) -> list[tuple[str, dict]]:
    """(id, attributes) for each row; missing values are left out, dates become ISO text.

    ``kind`` is the node kind (organisation, person, body); a table column
    named ``kind`` (the kind of a body) becomes ``body_kind``.
    """
    records = []
    frame = table.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    if "kind" in frame.columns:  # a body's own kind (decision, centre, ...) next to the node kind
        frame = frame.rename(columns={"kind": f"{kind}_kind"})
    for node, row in zip(frame.index, frame.to_dict("records")):
        attrs = {k: _plain(v) for k, v in row.items() if not _missing(v)}
        attrs["kind"] = kind
        attrs.update(extra)
        records.append((node, attrs))
    return records


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA or value is pd.NaT


def _plain(value):
    return value.item() if isinstance(value, np.generic) else value


def projection_graph(
    land: Landscape, actors: str = "organisations", weight: str = "shared", ties: bool | None = None
) -> nx.Graph:
    """One-mode graph of organisations or persons linked by the bodies they share."""
    table = land.persons if actors == "persons" else land.organisations
    pairs = affiliations(land, actors)
    nodes = table.index
    matrix = incidence(pairs, nodes, land.bodies.index)
    source, target, shared, weights = projection_arrays(matrix, weight)
    bodies = np.asarray(matrix.sum(axis=1)).ravel().astype(int)
    records = functools.partial(_projection_nodes, table, actors[:-1], bodies.tolist())
    # Dictionaries are built only when something walks the graph in Python (see partnernet.projection).
    # 32-bit vertex numbers and counts: four times the nation's person projection has 7 million links
    small = np.int32 if len(nodes) < 2**31 else np.int64
    shared = shared.astype(np.int32)
    weights = shared if weight == "shared" else weights  # the same counts: one array
    arrays = Projection(nodes, source.astype(small), target.astype(small), weights, shared, table=table, bodies=bodies)
    graph = ProjectionGraph(
        projection=arrays,
        records=records,
        actors=actors,
        weight=weight,
    )
    if ties:
        add_ties(graph.detach(), land, to_organisations=actors == "organisations")
        graph.graph["directed_ties"] = int(land.ties["directed"].sum())
    graph.graph["network"] = ("tables+ties" if len(land.memberships) else "ties") if ties else "tables"
    return graph


def _projection_nodes(table: pd.DataFrame, kind: str, tables_per_actor: list[int]) -> list[tuple[str, dict]]:
    """Node records of a projection: the table's columns, ``kind`` and ``bodies`` (tables per actor)."""
    return [
        (node, {**attrs, "bodies": count})
        for (node, attrs), count in zip(node_attributes(table, kind), tables_per_actor)
    ]


def body_projection_graph(land: Landscape, members: str = "organisations", weight: str = "shared") -> nx.Graph:
    """Bodies linked by the members they share (organisations, persons or actors)."""
    pairs = affiliations(land, members)
    matrix = incidence(pairs, land.bodies.index, _actor_index(land, members), "body", "actor")
    edges = projection_edges(matrix, land.bodies.index, weight)
    graph: nx.Graph = nx.Graph(members=members, weight=weight)
    graph.add_nodes_from(node_attributes(land.bodies, "body"))
    graph.add_edges_from(
        (u, v, {"weight": w, "shared": int(s)})
        for u, v, w, s in zip(edges["source"], edges["target"], edges["weight"], edges["shared"])
    )
    return graph


def _actor_index(land, actors: str) -> pd.Index:
    if actors == "organisations":
        return land.organisations.index
    if actors == "persons":
        return land.persons.index
    return land.organisations.index.append(land.persons.index)


def tie_edges(land: Landscape, to_organisations: bool = False) -> pd.DataFrame:
    """Ties as unordered pairs with summed weight and their kinds.

    With ``to_organisations`` a person's tie counts for the person's
    organisation, and ties inside one organisation are left out.
    """
    ties = land.ties
    source, target = tie_ends(land, to_organisations)
    frame = pd.DataFrame(
        {
            "a": np.where(source < target, source, target),
            "b": np.where(source < target, target, source),
            "weight": ties["weight"],
            "kind": ties["kind"],
        }
    )
    frame = frame[frame["a"] != frame["b"]]
    grouped = frame.groupby(["a", "b"], sort=True)
    return pd.DataFrame(
        {
            "tie_weight": grouped["weight"].sum(),
            "tie_kinds": grouped["kind"].agg(lambda k: ",".join(sorted(set(k.dropna())))),
        }
    ).reset_index()


def tie_ends(land: Landscape, to_organisations: bool = False) -> tuple[pd.Series, pd.Series]:
    """Source and target of every tie; with ``to_organisations`` a person's end is its organisation."""
    source, target = land.ties["source"], land.ties["target"]
    if to_organisations:
        person_org = land.persons["organisation"]
        source = source.where(~source.isin(person_org.index), source.map(person_org))
        target = target.where(~target.isin(person_org.index), target.map(person_org))
    return source, target


def directed_network(land: Landscape, actors: Level = "organisations", weight: Weight = "shared") -> nx.DiGraph | None:
    """The organisation (or person) network with directed ties kept directed, for metrics with a directed form.

    Shared tables and undirected ties link both ways, a directed tie only from
    its source to its target (a person's end counts for its organisation at
    the organisation level). Nodes and their order are those of
    ``land.graph(actors, weight=weight)``. None when that network has no
    directed tie: then the undirected graph says everything.
    """
    if land.network_kind() == "tables" or not land.ties["directed"].any():
        return None
    base = land.graph(actors, weight=weight)
    graph: nx.DiGraph = nx.DiGraph(network=base.graph.get("network"))
    graph.add_nodes_from(base.nodes(data=True))
    for u, v, data in base.edges(data=True):
        if data.get("shared", 0) > 0:
            graph.add_edge(u, v, weight=data["weight"])
            graph.add_edge(v, u, weight=data["weight"])
    source, target = tie_ends(land, to_organisations=actors == "organisations")
    for u, v, directed, tie_weight in zip(source, target, land.ties["directed"], land.ties["weight"]):
        if u == v or u not in graph or v not in graph:
            continue
        for a, b in ((u, v),) if directed else ((u, v), (v, u)):
            data = graph.get_edge_data(a, b)
            if data is None:
                graph.add_edge(a, b, weight=float(tie_weight))
            else:
                data["weight"] += float(tie_weight)
    return graph


def add_ties(graph: nx.Graph, land: Landscape, to_organisations: bool) -> None:
    """Overlay ties on a projection: ``weight`` becomes projection weight + tie weight."""
    for a, b, tie_weight, kinds in tie_edges(land, to_organisations).itertuples(index=False):
        if a not in graph or b not in graph:
            continue
        data = graph.get_edge_data(a, b)
        if data is None:
            graph.add_edge(a, b, weight=float(tie_weight), shared=0, tie_weight=float(tie_weight), tie_kinds=kinds)
        else:
            data.update(weight=data["weight"] + float(tie_weight), tie_weight=float(tie_weight), tie_kinds=kinds)


def ties_graph(land: Landscape) -> nx.Graph | nx.DiGraph:
    """The tie layer alone; a DiGraph when any tie is directed (undirected ties both ways)."""
    actors = node_attributes(land.organisations, "organisation") + node_attributes(land.persons, "person")
    directed = bool(land.ties["directed"].any())
    graph: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    graph.add_nodes_from(actors)
    for row in land.ties.itertuples(index=False):
        attrs = {"kind": row.kind, "weight": float(cast(float, row.weight))}  # itertuples rows are untyped to the stubs
        _add_or_sum(graph, row.source, row.target, attrs)
        if directed and not row.directed:
            _add_or_sum(graph, row.target, row.source, attrs)
    return graph


def _add_or_sum(graph, u, v, attrs):
    data = graph.get_edge_data(u, v)
    if data is None:
        graph.add_edge(u, v, **attrs)
    else:
        data["weight"] += attrs["weight"]
        data["kind"] = ",".join(sorted(set(data["kind"].split(",")) | {attrs["kind"]}))


def two_mode_graph(land: Landscape, persons: bool = True) -> nx.Graph:
    """Organisations (and persons) and the bodies they sit at; node attribute ``kind``.

    Actors have ``bipartite=0``, bodies ``bipartite=1``, so networkx's
    bipartite algorithms apply. An organisation is linked to every body it
    sits at directly or through one of its persons (edge attributes
    ``direct`` and ``via``, the persons). Edge attributes summarise the
    member's rows at the body: the most senior ``role``, the first ``type``,
    the most ``seats``, and the number of ``memberships`` (periods).
    """
    graph: nx.Graph = nx.Graph(mode="two-mode")
    graph.add_nodes_from(node_attributes(land.organisations, "organisation", bipartite=0))
    if persons:
        graph.add_nodes_from(node_attributes(land.persons, "person", bipartite=0))
    graph.add_nodes_from(node_attributes(land.bodies, "body", bipartite=1))
    m = land.memberships
    person_rows = m[m["member_kind"] == "person"]
    if persons:
        graph.add_edges_from(_membership_edges(person_rows, "member"))
    # the persons through whom an organisation sits at a body, sorted, per (organisation, body)
    seated = (
        person_rows[["organisation", "body", "member"]]
        .drop_duplicates()
        .sort_values(["organisation", "body", "member"], kind="stable")
    )
    via: dict[tuple, list] = {}
    for org, body, person in zip(*(seated[c].tolist() for c in ("organisation", "body", "member"))):
        via.setdefault((org, body), []).append(person)
    direct = set(zip(*(m.loc[m["member_kind"] == "organisation", c].tolist() for c in ("organisation", "body"))))
    edges = _membership_edges(m, "organisation")
    for org, body, attrs in edges:
        attrs["direct"] = (org, body) in direct
        attrs["via"] = via.get((org, body), [])
    graph.add_edges_from(edges)
    return graph


def _membership_edges(m: pd.DataFrame, actor: str) -> list[tuple]:
    """(actor, body, attributes) per pair: most senior role, first type, most seats, periods."""
    if m.empty:
        return []
    ranked = m.assign(_rank=m["role"].map(ROLE_RANK).fillna(len(ROLE_RANK)))
    ranked = ranked.sort_values("_rank", kind="stable")
    first = ranked.drop_duplicates([actor, "body"]).set_index([actor, "body"])
    grouped = m.groupby([actor, "body"], sort=False)
    summary = pd.DataFrame({"seats": grouped["seats"].max(), "memberships": grouped.size()})
    summary = summary.join(first[["role", "type"]])
    edges = []
    columns = (
        summary.index.get_level_values(0).tolist(),
        summary.index.get_level_values(1).tolist(),
        summary["role"].tolist(),
        summary["type"].tolist(),
        summary["seats"].tolist(),
        summary["memberships"].tolist(),
    )
    for member, body, role, kind, seats, periods in zip(*columns):
        attrs = {"seats": int(seats), "memberships": int(periods)}
        if not _missing(role):
            attrs["role"] = role
        if not _missing(kind):
            attrs["type"] = kind
        edges.append((member, body, attrs))
    return edges


def hierarchy_graph(land: Landscape) -> nx.DiGraph:
    """Bodies with an edge from each body to the body it reports to."""
    graph: nx.DiGraph = nx.DiGraph(mode="hierarchy")
    graph.add_nodes_from(node_attributes(land.bodies, "body"))
    links = land.bodies["reports_to"].dropna()
    graph.add_edges_from(zip(links.index, links))
    return graph


from ._public import public_dir

__all__ = [
    "Weight",
    "WEIGHTS",
    "Members",
    "ACTOR_SETS",
    "ROLE_RANK",
    "affiliations",
    "incidence",
    "projection_edges",
    "projection_arrays",
    "node_attributes",
    "projection_graph",
    "body_projection_graph",
    "tie_edges",
    "tie_ends",
    "directed_network",
    "add_ties",
    "ties_graph",
    "two_mode_graph",
    "hierarchy_graph",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
