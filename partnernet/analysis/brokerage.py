"""Brokerage roles (Gould & Fernandez 1989): who mediates between whom, within and across groups.

A node v *brokers* the pair (a, b) when a -> v -> b and there is no tie
a -> b. Which role v plays depends on the groups of a, v and b:

============== ===================== =========== ==========================
role           groups                R sna name  in partnernet's words
============== ===================== =========== ==========================
coordinator    g(a) = g(v) = g(b)    w_I         mediates inside its group
itinerant      g(a) = g(b) != g(v)   w_O         outsider linking two of another group
representative g(a) = g(v) != g(b)   b_IO        speaks for its group to another
gatekeeper     g(a) != g(v) = g(b)   b_OI        lets another group into its own
liaison        all three different  b_O         links two groups it is not part of
============== ===================== =========== ==========================

Reference: Gould, R. V. & Fernandez, R. M. (1989), "Structures of mediation:
a formal approach to brokerage in transaction networks", Sociological
Methodology 19:89-126. Expected values and z-scores follow R sna's
``brokerage()`` (Butts, sna package, file R/gli.R).

Undirected graphs: R sna and UCINET read an undirected tie as two directed
ties, so every unordered pair (a, b) counts twice and representative equals
gatekeeper. partnernet's default counts each unordered pair once and reports
representative and gatekeeper as one role, ``boundary`` (= sna's b_IO);
``sna_compatible=True`` gives sna's numbers. Directed graphs are counted the
same way in both modes. Edge weights are ignored: a tie is there or not.

Nodes without a group (a blank domain: ``(unknown)``) are missing data, not
a group: a role needs the groups of all three actors of a triad, so triads
with such a node count in no role, such a node gets no counts (NaN) and the
significance uses only the network of nodes with a group. That is exactly
brokerage on the subgraph of the nodes with a group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from ._plumbing import index_name
from .grouping import UNKNOWN_GROUP, group_codes, node_groups
from .matrices import adjacency, indicator, per_group, row_product_chunks, tie_count, undirected_edges
from .results import BrokerageSignificance

if TYPE_CHECKING:
    from ._plumbing import Groups

DIRECTED_ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
#: Up to this many multiplications (n^2 (n + groups^2)) closed triads of directed graphs are counted with dense matrices.
DENSE_WORK = 1e10
#: Above that, counts go into an array of n x groups^2 cells when it has at most this many.
DENSE_KEYS = 50_000_000


def brokerage(graph: nx.Graph, groups: Groups, sna_compatible: bool = False) -> pd.DataFrame:
    """Gould-Fernandez brokerage counts per node.

    Node v brokers the pair (a, b) when a -> v -> b and a -/-> b (a, v, b
    distinct); each brokered pair counts once for v, in the role given by the
    groups of a, v and b (see the module docstring). Unit: number of pairs.

    Parameters
    ----------
    graph : networkx Graph or DiGraph
        Weights are ignored; self-loops are ignored.
    groups : str, dict or Series
        Node attribute name (``"domain"``), mapping node -> group, or
        ``"communities"``. Nodes without a group count in no role (NaN row,
        see the module docstring).
    sna_compatible : bool
        Undirected graphs only. False (default): unordered pairs, with
        representative and gatekeeper together as ``boundary``. True: R sna's
        ``brokerage()$raw.nli`` (every pair both ways, representative =
        gatekeeper).

    Returns
    -------
    DataFrame indexed by node (graph order), int columns ``coordinator``,
    ``itinerant``, ``representative``, ``gatekeeper`` (or ``boundary`` in the
    undirected default), ``liaison``, ``total`` (float, NaN in the rows of
    nodes without a group, when there are any).

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> G = nx.karate_club_graph()
    >>> pn.brokerage(G, "club", sna_compatible=True).loc[33].tolist()
    [156, 6, 40, 40, 0, 242]
    >>> pn.brokerage(G, "club").loc[33].tolist()
    [78, 3, 40, 0, 121]
    """
    return _counts(graph, _Cells(graph, groups), sna_compatible)


def brokerage_and_pairs(graph: nx.Graph, groups) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`brokerage` and :func:`brokered_pairs` (both undirected default) from one count."""
    cells = _Cells(graph, groups)
    return _counts(graph, cells, False), cells.frame(_halve(graph, False))


def _counts(graph: nx.Graph, cells: _Cells, sna_compatible: bool) -> pd.DataFrame:
    """Counts per node and role from the sna-compatible cells (a sum per node and role, in integers)."""
    counts = np.zeros((len(cells.nodes), len(DIRECTED_ROLES)), dtype=np.int64)
    np.add.at(counts, (cells.v, cells.role), cells.pairs)
    frame = pd.DataFrame(counts, index=pd.Index(cells.nodes, name=index_name(graph)), columns=list(DIRECTED_ROLES))
    if _halve(graph, sna_compatible):
        frame = _unordered(frame)
    frame["total"] = frame.sum(axis=1)
    return frame.reindex(pd.Index(cells.all_nodes, name=index_name(graph)))


def known_part(graph: nx.Graph, groups) -> tuple[nx.Graph, pd.Series, pd.Index]:
    """Where brokerage is defined: the subgraph of the nodes with a group (not ``(unknown)``), their
    groups (Series indexed by node) and every node of ``graph`` (Index, graph order).

    The subgraph is ``graph`` itself when every node has a group.
    """
    labels = node_groups(graph, groups)
    known = labels[labels != UNKNOWN_GROUP]
    if len(known) == len(labels):
        return graph, labels, labels.index
    return graph.subgraph(known.index), known, labels.index


def brokered_pairs(graph: nx.Graph, groups, sna_compatible: bool = False) -> pd.DataFrame:
    """Brokered pairs per broker and per groups of the two ends: the detail behind :func:`brokerage`.

    Returns a DataFrame with one row per (broker, source_group,
    target_group) that has brokered pairs: ``broker``, ``broker_group``,
    ``source_group`` (group of a), ``target_group`` (group of b), ``pairs``
    (number of pairs) and ``role``. In the undirected default each unordered
    pair counts once, with ``source_group`` <= ``target_group`` for cross-group
    pairs of a liaison and the broker's own group first for ``boundary``.
    """
    return _Cells(graph, groups).frame(_halve(graph, sna_compatible))


class _Cells:
    """sna-compatible brokered pairs as integer arrays, one entry per (broker v, group s of a, group t
    of b) with pairs: all two-paths a -> v -> b (a != b) minus the closed ones (a -> b too). Groups
    are codes into the sorted group ``names``, so comparing codes compares names."""

    def __init__(self, graph: nx.Graph, groups):
        graph, labels, self.all_nodes = known_part(graph, groups)
        codes, self.names = group_codes(labels)
        self.nodes = labels.index
        self.code = code = codes.to_numpy()
        keys = _Keys(len(self.names))
        if graph.is_directed():
            inflow, outflow, back, closed = _directed_paths(graph, code, keys)
        else:  # every tie is reciprocal: in-flow = out-flow, and a -> v -> a for every tie; no matrix needed
            u, v, _ = undirected_edges(graph)
            outflow = inflow = per_group(u, v, np.ones(len(u)), code, keys.groups)
            at, group = np.nonzero(outflow)
            back = keys.encode(at, group, group), -outflow[at, group]
            closed = _closed_triangles(u, v, code, keys)
        if len(code) * keys.groups**2 <= DENSE_KEYS:  # every cell in one array: no sort of millions of keys
            total = np.einsum("vs,vt->vst", inflow, outflow, dtype=float).ravel()  # (empty: ints)
            np.add.at(total, *back)
            if isinstance(closed, _Counter):
                closed.subtract_from(total)  # in place: no keys and values of every cell (4x the nation: 80 MB each)
            else:
                np.add.at(total, *closed)
            found = np.flatnonzero(total > 0.5)
            pairs = total[found]
        else:
            closed = closed.negated(both_orders=True) if isinstance(closed, _Counter) else closed
            parts = [keys.of(_outer(sparse.csr_matrix(inflow), sparse.csr_matrix(outflow))), back, closed]
            found, pairs = keys.totals(np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
            found, pairs = found[pairs > 0.5], pairs[pairs > 0.5]  # sums of integer counts
        rest, self.t = np.divmod(found, keys.groups)
        self.v, self.s = np.divmod(rest, keys.groups)
        self.pairs = np.rint(pairs).astype(np.int64)
        self.role = _role_codes(code[self.v], self.s, self.t)

    def frame(self, unordered: bool) -> pd.DataFrame:
        """The cells as :func:`brokered_pairs` rows; ``unordered``: each unordered pair once (boundary)."""
        v, s, t, pairs, role = self.v, self.s, self.t, self.pairs, self.role
        roles = np.array(DIRECTED_ROLES, dtype=object)
        if unordered:
            liaison, gatekeeper = DIRECTED_ROLES.index("liaison"), DIRECTED_ROLES.index("gatekeeper")
            keep = np.where(role == liaison, s < t, role != gatekeeper)
            v, s, t, pairs, role = v[keep], s[keep], t[keep], pairs[keep], role[keep]
            pairs = np.where(s == t, pairs // 2, pairs)
            roles[DIRECTED_ROLES.index("representative")] = "boundary"
        nodes = np.asarray(self.nodes, dtype=object)
        names = np.asarray(self.names, dtype=object)
        return pd.DataFrame(
            {
                "broker": nodes[v],
                "broker_group": names[self.code[v]],
                "source_group": names[s],
                "target_group": names[t],
                "pairs": pairs,
                "role": roles[role],
            }
        )


class _Keys:
    """(broker v, group s of a, group t of b) as one int64 key, so counts add up without a groupby
    over millions of rows."""

    def __init__(self, groups: int):
        self.groups = groups

    def encode(self, v, s, t) -> np.ndarray:
        return (np.asarray(v, dtype=np.int64) * self.groups + np.asarray(s, dtype=np.int64)) * self.groups + t

    def of(self, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        return self.encode(frame["v"].to_numpy(), frame["s"].to_numpy(), frame["t"].to_numpy()), frame[
            "pairs"
        ].to_numpy(dtype=float)

    @staticmethod
    def totals(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        unique, inverse = np.unique(keys, return_inverse=True)
        return unique, np.bincount(inverse, weights=values, minlength=len(unique))

    def decode(self, keys: np.ndarray, values: np.ndarray) -> pd.DataFrame:
        rest, t = np.divmod(keys, self.groups)
        v, s = np.divmod(rest, self.groups)
        return pd.DataFrame({"v": v, "s": s, "t": t, "pairs": values})


def _directed_paths(graph: nx.Graph, code: np.ndarray, keys: _Keys):
    """Of a directed graph: in- and out-ties per node and group (dense), minus the reciprocal two-paths
    a -> v -> a and minus the closed ones, as (keys, values)."""
    links = adjacency(graph)
    links.data[:] = 1.0  # weights are ignored
    membership = indicator(code, keys.groups)
    back = keys.of(_long(links.multiply(links.T) @ membership, same=True, sign=-1))
    inflow, outflow = (links.T @ membership).toarray(), (links @ membership).toarray()
    return inflow, outflow, back, _closed(links, code, keys, symmetric=False)


def _closed(links, code: np.ndarray, keys: _Keys, symmetric: bool) -> tuple[np.ndarray, np.ndarray]:
    """Minus the closed two-paths a -> v -> b (a -> b too) of a directed graph, as keys of (v, group of a,
    group of b). Undirected graphs: :func:`_closed_triangles`, faster at every size (region persons 0.17
    against 0.26 s, province persons 0.66 against 2.5 s)."""
    n, groups = links.shape[0], keys.groups
    if float(n) * n * (n + groups * groups) <= DENSE_WORK:
        return _closed_dense(links, code, keys)
    return _closed_sparse(links, code, keys, symmetric)


class _Counter:
    """Sums of weights per key: in one array of every key when it is small, else per chunk."""

    def __init__(self, keys: _Keys, n: int):
        self.keys = keys
        self.space = n * keys.groups**2
        self.dense = np.zeros(self.space) if self.space <= DENSE_KEYS else None
        self.found_keys: list[np.ndarray] = []
        self.found_values: list[np.ndarray] = []

    def add(self, chunk: np.ndarray, weights: np.ndarray) -> None:
        if self.dense is not None:
            np.add.at(self.dense, chunk, weights)  # no array of every key per chunk, as bincount would make
        else:
            found = _Keys.totals(chunk, weights)
            self.found_keys.append(found[0])
            self.found_values.append(found[1])

    def subtract_from(self, total: np.ndarray) -> None:
        """``total`` (every key, flat) less the sums, each key (v, s, t) also for (v, t, s), in place.

        The sums are whole numbers (counts), so the order of the subtractions does not change the result.
        """
        if self.dense is None:
            keys, values = self.negated(both_orders=True)
            np.add.at(total, keys, values)
            return
        if not len(total):
            return
        cube = self.dense.reshape(-1, self.keys.groups, self.keys.groups)
        into = total.reshape(cube.shape)
        into -= cube
        into -= cube.transpose(0, 2, 1)

    def negated(self, both_orders: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """Minus the sums; with ``both_orders`` each key (v, s, t) also counts for (v, t, s)."""
        if self.dense is not None:
            dense = self.dense
            if both_orders and len(dense):  # (an empty graph has no groups to shape by)
                cube = dense.reshape(-1, self.keys.groups, self.keys.groups)
                dense = (cube + cube.transpose(0, 2, 1)).ravel()
            found = np.flatnonzero(dense)
            return found, -dense[found]
        if not self.found_keys:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        keys, values = np.concatenate(self.found_keys), np.concatenate(self.found_values)
        if both_orders:
            rest, t = np.divmod(keys, self.keys.groups)
            v, s = np.divmod(rest, self.keys.groups)
            keys, values = np.concatenate([keys, self.keys.encode(v, t, s)]), np.concatenate([values, values])
        return keys, -values


def _closed_triangles(u: np.ndarray, v: np.ndarray, code: np.ndarray, keys: _Keys) -> _Counter:
    """The closed two-paths of an undirected graph (each tie once as ``u``, ``v``) from its
    triangles, each found once, counted by (corner, group of one other, group of the other) in one
    order (:meth:`_Counter.subtract_from` or :meth:`_Counter.negated` adds the other).

    Ties are oriented from the lower to the higher (degree, index), so every
    node has at most about sqrt(2 m) out-ties; a triangle x < y < z is found
    once, at the tie x -> y, as their common out-neighbour z (Chiba &
    Nishizeki 1985, "Arboricity and subgraph listing algorithms", SIAM J
    Comput 14:210-223). Each triangle closes six ordered two-paths: each
    corner brokers the other two, in both orders; one order is counted and
    the other added at the end. Per chunk of ties (memory bounded by
    :func:`~partnernet.analysis.matrices.row_product_chunks`) two integer
    sparse products sum the triangles: per tie and group of z (for corners x
    and y), and per z and pair of groups of the tie (for corner z).
    """
    n, groups = len(code), keys.groups
    degree = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), degree))] = np.arange(n)
    up = rank[u] < rank[v]
    x, y = np.where(up, u, v), np.where(up, v, u)  # 32-bit for a projection: 7 million ties at 4x the nation
    order = np.lexsort((y, x))  # ties by their lower end: neighbouring rows in each chunk
    x, y = x[order], y[order]
    del up, order  # 4x the nation: 60 MB that the chunks below need more
    out = sparse.csr_matrix((np.ones(len(x), dtype=np.int8), (x, y)), shape=(n, n))
    counter = _Counter(keys, n)
    membership = sparse.csr_matrix((np.ones(n, dtype=np.int32), (np.arange(n), code)), shape=(n, groups))
    for start, part in row_product_chunks(out, out, x, y):
        a, b = x[start : start + part.shape[0]], y[start : start + part.shape[0]]
        # x and y broker (y or x, z): common out-neighbours z per tie and group of z
        by_group = (part @ membership).tocoo()
        at, group, count = by_group.row, by_group.col, by_group.data
        counter.add(
            np.concatenate([keys.encode(a[at], code[b[at]], group), keys.encode(b[at], code[a[at]], group)]),
            np.tile(count.astype(float), 2),
        )
        # z brokers (x, y): per pair of groups of the tie and z (pairs x ties times ties x z: no transpose)
        pairs = sparse.csr_matrix(
            (np.ones(len(a), dtype=np.int32), (code[a] * groups + code[b], np.arange(len(a)))),
            shape=(groups * groups, len(a)),
        )
        per_pair = (pairs @ part).tocoo()
        counter.add(per_pair.col.astype(np.int64) * groups**2 + per_pair.row, per_pair.data.astype(float))
    return counter


def _closed_dense(links, code: np.ndarray, keys: _Keys) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_closed` by dense matrix products, for small graphs (a few thousand nodes at most).

    For each group t of b: Y = A D_t A^T counts the common out-neighbours in
    t of every a and v; (A o Y)^T times the group indicator sums them per v
    and group of a. Counts are small integers, exact in float32.
    """
    matrix = links.toarray().astype(np.float32)
    indicator_matrix = np.eye(keys.groups, dtype=np.float32)[code]
    found_keys, found_values = [], []
    for t in range(keys.groups):
        members = matrix[:, code == t]
        if members.shape[1] == 0:
            continue
        per_group = (matrix * (members @ members.T)).T @ indicator_matrix  # [v, group of a]
        v, group = np.nonzero(per_group)
        found_keys.append(keys.encode(v, group, t))
        found_values.append(-per_group[v, group].astype(float))
    if not found_keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(found_keys), np.concatenate(found_values)


def _closed_sparse(links, code: np.ndarray, keys: _Keys, symmetric: bool) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_closed` tie by tie, for large sparse graphs.

    For each tie a -> v, the common out-neighbours b of a and v, counted by
    group, in chunks of ties (memory bounded, summed per chunk). An undirected
    tie {a, v} has the same common neighbours both ways: it is examined once.
    """
    broker, other = sparse.csr_matrix(links.T).nonzero()  # tie other -> broker
    if symmetric:
        keep = other < broker
        broker, other = broker[keep], other[keep]
    space = links.shape[0] * keys.groups**2
    dense = np.zeros(space) if space <= DENSE_KEYS else None  # few groups: count in place
    found_keys, found_values = [], []
    binary = links.astype(np.int8)  # only the pattern matters: a smaller copy per row is faster
    for start, part in row_product_chunks(binary, binary, other, broker):
        ties, groups = part.shape[0], keys.groups
        row = np.repeat(np.arange(ties), np.diff(part.indptr))  # the tie of each common neighbour
        per_group = np.bincount(row * groups + code[part.indices], minlength=ties * groups).reshape(ties, groups)
        tie, group = np.nonzero(per_group)
        count = per_group[tie, group].astype(float)
        v, a = broker[start + tie], other[start + tie]
        found = [keys.encode(v, code[a], group)] + ([keys.encode(a, code[v], group)] if symmetric else [])
        chunk, weights = np.concatenate(found), np.tile(count, len(found))
        if dense is not None:
            dense += np.bincount(chunk, weights=weights, minlength=space)
        else:
            totals = keys.totals(chunk, weights)
            found_keys.append(totals[0])
            found_values.append(totals[1])
    if dense is not None:
        nonzero = np.flatnonzero(dense)
        return nonzero, -dense[nonzero]
    if not found_keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(found_keys), -np.concatenate(found_values)


def _outer(inflow, outflow) -> pd.DataFrame:
    """in[v, s] * out[v, t] for every v: all two-paths a -> v -> b by group of a and b."""
    left, right = _long(inflow), _long(outflow)
    both = left.merge(right, on="v", suffixes=("_in", "_out"))
    return pd.DataFrame(
        {"v": both["v"], "s": both["s_in"], "t": both["s_out"], "pairs": both["pairs_in"] * both["pairs_out"]}
    )


def _long(matrix, same: bool = False, sign: int = 1) -> pd.DataFrame:
    coo = matrix.tocoo()
    return pd.DataFrame({"v": coo.row, "s": coo.col, **({"t": coo.col} if same else {}), "pairs": sign * coo.data})


def _role_codes(broker: np.ndarray, source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Position in ``DIRECTED_ROLES`` of each cell's role, from the groups of v, a and b."""
    return np.select(
        [(source == broker) & (target == broker), source == target, source == broker, target == broker],
        [0, 1, 2, 3],
        4,
    )


def _halve(graph: nx.Graph, sna_compatible: bool) -> bool:
    return not graph.is_directed() and not sna_compatible


def _unordered(counts: pd.DataFrame) -> pd.DataFrame:
    """sna's doubled undirected counts as unordered pairs (boundary = representative)."""
    return pd.DataFrame(
        {
            "coordinator": counts["coordinator"] // 2,
            "itinerant": counts["itinerant"] // 2,
            "boundary": counts["representative"],
            "liaison": counts["liaison"] // 2,
        },
        index=counts.index,
    )


def brokerage_significance(graph: nx.Graph, groups: Groups, sna_compatible: bool = False) -> BrokerageSignificance:
    """Brokerage counts against a random graph of the same density: expected values and z-scores.

    Under a Bernoulli random digraph with density d = m / (N (N - 1)) (m
    directed ties, N nodes) each ordered pair (a, b) around v is brokered
    with probability d^2 (1 - d), so a role's expected count is d^2 (1 - d)
    times the number of ordered pairs of the right groups; e.g. for a
    coordinator in a group of size n_i: d^2 (1 - d) (n_i - 1)(n_i - 2). The
    variances are those of R sna's ``brokerage()`` (``exp.nli``, ``sd.nli``,
    ``z.nli`` per node; ``exp.gli``, ``sd.gli``, ``z.gli`` for the network),
    after Gould & Fernandez (1989), Sociological Methodology 19:89-126.
    z = (observed - expected) / sd; a z above 2 means clearly more brokerage
    than chance would give. Undirected graphs count as m = 2 x edges.

    In the undirected default (unordered pairs) counts, expected values and
    standard deviations are half of sna's (``boundary`` equals sna's
    representative count), so the z-scores are exactly sna's. Where the
    standard deviation is 0 (e.g. coordinator in a group of one) z is NaN.
    Nodes without a group are left out of the network (density, group sizes,
    ``network``) and get NaN rows.

    Returns
    -------
    :class:`~partnernet.analysis.results.BrokerageSignificance` (typed, frozen; ``result.z`` or
    ``result["z"]``) with

    - ``observed``, ``expected``, ``sd``, ``z``: DataFrames shaped like
      :func:`brokerage` (one row per node, one column per role and total);
    - ``network``: one row per role, columns ``observed`` (sum over nodes),
      ``expected``, ``sd``, ``z``.

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> result = pn.brokerage_significance(nx.krackhardt_kite_graph(), {n: n // 4 for n in range(10)})
    >>> sorted(result)
    ['expected', 'network', 'observed', 'sd', 'z']
    """
    graph, labels, nodes = known_part(graph, groups)
    observed = brokerage(graph, labels, sna_compatible=sna_compatible)
    sizes = labels.value_counts()
    n_nodes = float(len(labels))
    directed_ties = tie_count(graph)  # an undirected edge counts both ways, as in sna
    density = directed_ties / (n_nodes * (n_nodes - 1)) if n_nodes > 1 else 0.0
    mean, variance = _node_moments(sizes.to_numpy(dtype=float), n_nodes, density)
    by_group = pd.DataFrame(mean, index=sizes.index, columns=list(DIRECTED_ROLES) + ["total"])
    sd_group = pd.DataFrame(np.sqrt(variance), index=sizes.index, columns=by_group.columns)
    expected = by_group.loc[labels.to_numpy()].set_axis(observed.index)
    sd = sd_group.loc[labels.to_numpy()].set_axis(observed.index)
    net_mean, net_var = _network_moments(sizes.to_numpy(dtype=float), n_nodes, density)
    network = pd.DataFrame(
        {
            "observed": observed.sum().reindex(by_group.columns).fillna(0).to_numpy(),
            "expected": net_mean,
            "sd": np.sqrt(net_var),
        },
        index=pd.Index(by_group.columns, name="role"),
    )
    if _halve(graph, sna_compatible):
        expected, sd = _unordered_moments(expected), _unordered_moments(sd)
        network = _unordered_network(network, observed)
    network["z"] = _z(network["observed"], network["expected"], network["sd"])
    every = pd.Index(nodes, name=observed.index.name)  # nodes without a group: NaN rows
    observed, expected, sd = (frame.reindex(every) for frame in (observed, expected, sd))
    return BrokerageSignificance(
        observed=observed, expected=expected, sd=sd, z=_z(observed, expected, sd), network=network
    )


def _node_moments(n: np.ndarray, total: float, d: float) -> tuple[np.ndarray, np.ndarray]:
    """Expected count and variance per role for a broker in each group (sna's ebr, vbr)."""
    q, r3 = d * d * (1 - d), d**3 * (1 - d) ** 3
    others = n.sum() - n
    others_pairs = (n * (n - 1)).sum() - n * (n - 1)
    others_triples = (n * (n - 1) * (n - 2)).sum() - n * (n - 1) * (n - 2)
    others_squares = (n * n).sum() - n * n
    outside = total - n
    mean = np.column_stack(
        [
            q * (n - 1) * (n - 2),
            q * others_pairs,
            q * outside * (n - 1),
            q * outside * (n - 1),
            q * (others**2 - others_squares),
            np.full_like(n, q * (total - 1) * (total - 2)),
        ]
    )
    liaison_extra = np.array([np.sum(np.delete(n * _choose2(total - n - ni), i)) for i, ni in enumerate(n)])
    boundary_extra = 2 * ((n - 1) * _choose2(outside) + outside * _choose2(n - 1)) * r3
    extra = np.column_stack(
        [
            2 * (n - 1) * (n - 2) * (n - 3) * r3,
            2 * others_triples * r3,
            boundary_extra,
            boundary_extra,
            4 * liaison_extra * r3,
            np.full_like(n, 2 * (total - 1) * (total - 2) * (total - 3) * r3),
        ]
    )
    return mean + 0.0, mean * (1 - q) + extra  # + 0.0 turns -0.0 into 0.0


def _network_moments(n: np.ndarray, total: float, d: float) -> tuple[np.ndarray, np.ndarray]:
    """Expected count and variance per role summed over all nodes (sna's egbr, vgbr)."""
    q = d * d * (1 - d)
    r3, r4, r5 = d**3 * (1 - d) ** 3, d**4 * (1 - d) ** 2, d**5 * (1 - d)
    x, y = n[:, None], n[None, :]
    within = n * (n - 1) * (n - 2)
    cross = n * (total - n) * (n - 1)
    mean = np.array(
        [
            q * within.sum(),
            q * cross.sum(),
            q * cross.sum(),
            q * cross.sum(),
            q * ((x * y * (total - x - y)).sum() - (n * n * (total - 2 * n)).sum()),
            q * total * (total - 1) * (total - 2),
        ]
    )
    itinerant = (x * y * (x - 1) * ((2 * x + 2 * y - 6) * r3 + (total - x - 1) * r5)).sum() - (
        n * n * (n - 1) * ((4 * n - 6) * r3 + (total - n - 1) * r5)
    ).sum()
    boundary = (cross * ((total - 3) * r3 + (n - 2) * r5)).sum()
    extra = np.array(
        [
            (within * ((4 * n - 10) * r3 - 4 * (n - 3) * r4 + (n - 3) * r5)).sum(),
            itinerant,
            boundary,
            boundary,
            _liaison_network_extra(n, total, r3, r4, r5),
            total * (total - 1) * (total - 2) * ((4 * total - 10) * r3 - 4 * (total - 3) * r4 + (total - 3) * r5),
        ]
    )
    return mean, mean * (1 - q) + extra


def _liaison_network_extra(n: np.ndarray, total: float, r3: float, r4: float, r5: float) -> float:
    """sna's triple sum over three distinct groups i, j, k for the liaison variance."""
    i, j, k = n[:, None, None], n[None, :, None], n[None, None, :]
    size = len(n)
    idx = np.arange(size)
    distinct = (
        (idx[:, None, None] != idx[None, :, None])
        & (idx[None, :, None] != idx[None, None, :])
        & (idx[:, None, None] != idx[None, None, :])
    )
    terms = (
        i
        * j
        * k
        * (
            (4 * (total - j) - 2 * (i + k + 1)) * r3
            - (4 * (total - k) - 2 * (i + j + 1)) * r4
            + (total - (i + k + 1)) * r5
        )
    )
    return float(terms[distinct].sum())


def _choose2(x):
    return x * (x - 1) / 2


def _unordered_moments(frame: pd.DataFrame) -> pd.DataFrame:
    """sna's moments for unordered pairs: half of each, boundary = representative."""
    return pd.DataFrame(
        {
            "coordinator": frame["coordinator"] / 2,
            "itinerant": frame["itinerant"] / 2,
            "boundary": frame["representative"],
            "liaison": frame["liaison"] / 2,
            "total": frame["total"] / 2,
        },
        index=frame.index,
    ).astype(float)


def _unordered_network(network: pd.DataFrame, observed: pd.DataFrame) -> pd.DataFrame:
    moments = _unordered_moments(network[["expected", "sd"]].T).T
    moments.insert(0, "observed", observed.sum().reindex(moments.index).to_numpy())
    return moments.rename_axis("role")


def _z(observed, expected, sd):
    return (observed - expected) / sd.where(sd > 0)


from .._public import public_dir

__all__ = [
    "DIRECTED_ROLES",
    "DENSE_WORK",
    "DENSE_KEYS",
    "brokerage",
    "brokerage_and_pairs",
    "known_part",
    "brokered_pairs",
    "brokerage_significance",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
