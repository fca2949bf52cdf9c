"""Key players (KPP-Neg): the set of k actors whose departure fragments the network most.

Borgatti (2006) shows that the k individually most central actors are not
the set that does most damage together: two central actors often cover the
same part of the network. KPP-Neg searches the set S of k nodes whose
removal maximises the fragmentation F, or the distance-weighted
fragmentation DF, of the remaining graph.

Search: greedy (add the node that raises the score most, k times), then
swaps (exchange a member of S for an outsider while that raises the score)
until no swap helps; repeated from seeded random starting sets, as in
Borgatti's KeyPlayer program, because swaps alone stop on plateaus.
Exhaustive search over all k-sets gives the exact optimum on small graphs
and is used automatically when it is cheap.

For F the effect of removing every single node is found in one pass over
the blocks and articulation points
(:func:`partnernet.analysis.resilience.removal_effects`), so a greedy step
costs O(nodes + links). DF needs breadth-first searches
from every node for every candidate set (igraph's harmonic centrality, in
C). Exact DF skips candidates that provably cannot win: removing v takes
away the pairs of v and lengthens at most the pairs whose every shortest
path runs through v, so DF without v is at most
1 - (E - 2 h_v - b_v) / ((n - 1)(n - 2)), with E the sum of 1 / d over all
pairs, h_v that sum from v and b_v the betweenness of v; the result is the
same as scoring every candidate. On large graphs the candidates are limited
to the most between nodes and compared from a sample of sources (the result
says so in ``note``): one set of breadth-first searches from the sampled
sources per step; without a candidate only the distances of the nodes it
dominates (every shortest path from the source runs through it) are found
again (:mod:`partnernet.analysis.dfsample`); same scores as searching anew
per candidate. Scores the search found once are kept: the swaps start from
the greedy's last set, and F without a set needs no graph copy. Equal
scores go to the smaller node id (sorted ids, never the order of the input).

Reference
---------
Borgatti, S. P. (2006). Identifying sets of key players in a social network.
    Computational and Mathematical Organization Theory 12(1):21-34.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, TypeAlias, get_args

import heapq
from itertools import combinations
from math import comb

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..projection import projection_of
from . import bitsearch, memo, paths
from .dfsample import edge_array, sampled_df_without_each
from ._plumbing import graph_of, index_name, node_names, simple_igraph
from .cohesion import effect_of_removal, fragmentation_from_sizes, sums_without, sums_without_each
from .cutpieces import piece_pairs_without_each
from .resilience import RemovalEffects, removal_effects
from .results import KeyPlayers, Note

if TYPE_CHECKING:
    from ..landscape import Level
    from ._plumbing import LandOrGraph

#: Key-player criteria (Borgatti 2006): fragmentation F or distance-weighted fragmentation DF.
Criterion: TypeAlias = Literal["F", "DF"]
CRITERIA: tuple[Criterion, ...] = get_args(Criterion)
#: How key players are searched: every set, greedy with swaps, or chosen by size.
Method: TypeAlias = Literal["auto", "greedy", "exhaustive"]
METHODS: tuple[Method, ...] = get_args(Method)
AUTO_EXHAUSTIVE_SETS = 5_000  # "auto" searches exhaustively up to this many k-sets
MAX_EXHAUSTIVE_SETS = 500_000  # "exhaustive" refuses more than this many
LARGE_GRAPH_NODES = 300  # above this, DF searches fewer candidates from sampled sources
DF_LARGE_CANDIDATES = 30
DF_SAMPLE_SOURCES = 200
RESTARTS, RESTARTS_ON_LARGE_GRAPHS = 20, 2  # F; DF restarts only on small graphs
SMALL_GRAPH_NODES = 100  # DF: restarts up to this size (DF has no plateaus to escape)
HUGE_GRAPH_NODES = 5000  # F: no restarts above this size (a random set rarely lands on a cut)
IMPROVEMENT = 1e-12  # a swap must raise the score by more than rounding noise
PRUNE_FROM = 8  # exact DF bounds candidates out when there are more than this many
BOUND_SLACK = 1e-9  # upper bounds are raised by this much against rounding


class _Scorer:
    """F or DF of the graph without a set of vertices.

    With ``sample`` DF is estimated during the search from breadth-first
    searches out of those source vertices only (rescaled to all pairs);
    :meth:`final` scores from the ``final`` sample, or exactly when it is None.
    """

    def __init__(
        self,
        graph,
        criterion: str,
        sample: list[int] | None = None,
        final: list[int] | None = None,
        edges: np.ndarray | None = None,
        intact: np.ndarray | None = None,
        effects=None,
        owner=None,
    ):
        self.graph = graph
        self.owner = owner  # the frozen graph ``graph`` was made from: DF's searches are kept for removal_effect
        self.criterion = criterion
        self.sample = sample
        self.final_sample = final
        self.n = graph.vcount()
        self.evaluated = 0
        self._edges = edges  # the links as an (m, 2) array (see :func:`edges_of`), made once when not given
        self._intact = intact  # sums of 1 / d from the ``final`` sources in the whole graph, when known
        self._effects = effects  # removal_effects of the whole graph, when known
        self._matrix = None  # the adjacency matrix (scipy CSR), for components without a set
        self._known: dict[tuple, float] = {}  # the search and its checks meet sets again
        self._known_final: dict[frozenset, tuple[float, float]] = {}
        # scores_adding's results by the set it added to: {candidate: score}; only scores actually computed
        self._added: dict[frozenset, dict[int, float]] = {}
        self._prepared: dict[frozenset, np.ndarray] = {}  # sums of the final sources by set (prepare_final)

    @property
    def edges(self) -> np.ndarray:
        if self._edges is None:
            self._edges = edge_array(self.graph)
        return self._edges

    def final(self, removed) -> float:
        if self.criterion == "DF" and self.final_sample is not None:
            return self.final_with_error(removed)[0]
        return self.score(removed, estimate=False)

    def final_with_error(self, removed) -> tuple[float, float]:
        """:meth:`final` and its standard error (0 when exact): the spread of the sampled sources'
        sums of 1 / d, scaled like the score, with the finite-population correction (see :mod:`.paths`)."""
        if self.criterion != "DF" or self.final_sample is None:
            return self.score(removed, estimate=False), 0.0
        key = frozenset(removed)
        if key not in self._known_final:
            self._known_final[key] = self._final_with_error(set(removed))
        return self._known_final[key]

    def prepare_final(self, players: list[int]) -> None:
        """Search once for the sums of :meth:`final` of ``players`` and of ``players`` less each one of
        them (:func:`~.cohesion.sums_without_each`: one set of searches and one per player, not one set per
        set); the same sums as scoring each set on its own. Only DF from sampled sources, undirected."""
        if self.criterion != "DF" or self.final_sample is None or len(players) < 2 or self.graph.is_directed():
            return
        if frozenset(players) in self._prepared:
            return
        self._prepared.update(sums_without_each(self.owner, self.graph, sorted(players), self.final_sample))

    def _final_with_error(self, removed: set) -> tuple[float, float]:
        kept = [v for v in range(self.n) if v not in removed]
        n = len(kept)
        staying = [s for s in self.final_sample or () if s not in removed]  # the sources left, as vertices
        position = np.full(self.n, -1)
        position[kept] = np.arange(n)
        sources = [int(p) for p in position[staying]]
        if n < 2 or len(sources) < 2:
            return self.score(removed, estimate=False), 0.0
        self.evaluated += 1
        if not removed and self._intact is not None:
            sums = self._intact
        elif frozenset(removed) in self._prepared:
            sums = self._prepared[frozenset(removed)]
        else:
            sums = sums_without(self.owner, self.graph, removed, staying)
        score = 1.0 - float(np.sum(sums)) * n / len(sources) / (n * (n - 1))
        correction = np.sqrt(max(0.0, 1.0 - len(sources) / n))
        return score, float(n * sums.std(ddof=1) / np.sqrt(len(sources)) * correction / (n * (n - 1)))

    def score(self, removed, estimate: bool = True) -> float:
        key = (frozenset(removed), estimate or self.sample is None)  # exact scorers: one score per set
        if key not in self._known:
            added = self._added_before(key[0]) if key[1] else None
            self._known[key] = self._score(set(removed), estimate) if added is None else added
        return self._known[key]

    def _added_before(self, removed: frozenset) -> float | None:
        """The score of ``removed`` if :meth:`scores_adding` found it (as a set plus one candidate)."""
        for v in removed:
            found = self._added.get(removed - {v}, {}).get(v)
            if found is not None:
                return found
        return None

    def _score(self, removed: set, estimate: bool) -> float:
        self.evaluated += 1
        if self.criterion == "F":
            return fragmentation_from_sizes(self._component_sizes(removed))
        n = self.n - len(removed)
        if n < 2:
            return float("nan")
        sample = self.sample if estimate else self.final_sample
        sources = [s for s in sample if s not in removed] if sample is not None else []
        if not sources:  # from every vertex left
            return 1.0 - float(np.sum(sums_without(self.owner, self.graph, removed))) / (n * (n - 1))
        reached = float(np.sum(sums_without(self.owner, self.graph, removed, sources))) * n / len(sources)
        return 1.0 - reached / (n * (n - 1))

    def scores_adding(self, removed, candidates: list[int], floor: float = -np.inf, keep: int = 1) -> np.ndarray:
        """Score of ``removed`` plus each candidate in turn.

        Exact DF skips candidates that provably cannot reach the ``keep``
        best scores or ``floor`` (their entry is -inf; see :meth:`upper_bounds`).
        Scores found before for the same set (the swaps start from the
        greedy's last step) are not computed again.
        """
        base = frozenset(removed)
        known = self._added.setdefault(base, {})
        found = [known.get(v) for v in candidates]
        if None not in found:
            return np.array(found, dtype=float)
        scores = self._scores_adding(set(removed), candidates, floor, keep)
        scored = ~np.isneginf(scores)
        known.update(zip(np.asarray(candidates)[scored].tolist(), scores[scored].tolist()))
        return scores

    def _scores_adding(self, removed: set, candidates: list[int], floor: float, keep: int) -> np.ndarray:
        if self.criterion == "DF":
            if self.sample is None and len(candidates) > PRUNE_FROM:
                return self._pruned(removed, candidates, floor, keep)
            if self.sample is not None and len(candidates) > 1:
                lay = bitsearch.undirected_layout(self.owner, self.graph)
                found = sampled_df_without_each(self.graph, removed, candidates, self.sample, self.edges, lay)
                if found is not None:
                    self.evaluated += len(candidates)
                    return found
            return np.array([self.score(removed | {v}) for v in candidates])
        self.evaluated += len(candidates)
        if not removed:
            whole = removal_effects(self.graph) if self._effects is None else self._effects
            return whole.fragmentation_without_each()[candidates]
        if self.graph.is_directed():
            kept = np.flatnonzero(~np.isin(np.arange(self.n), list(removed)))
            position = np.cumsum(np.isin(np.arange(self.n), kept)) - 1
            # the same as removal_effects(graph, alive), with the faster copy of :meth:`_without`
            return removal_effects(self._without(kept.tolist())).fragmentation_without_each()[position[candidates]]
        # the same pieces as removal_effects(graph, alive) finds from igraph's blocks, without a copy of the graph
        alive = np.ones(self.n, dtype=bool)
        alive[list(removed)] = False
        matrix = self._adjacency()
        size, pairs, total = piece_pairs_without_each(matrix.indptr, matrix.indices, alive)
        none = np.zeros(self.n, dtype=np.int64)
        effects = RemovalEffects(none, size, none, none, pairs, [], total, int(alive.sum()))
        return effects.fragmentation_without_each()[candidates]

    def _without(self, kept: list[int]):
        """The graph on the vertices ``kept`` (in their order). igraph's default copies the whole graph and
        deletes the rest, which on a national person projection takes twice as long as building anew."""
        return self.graph.induced_subgraph(kept, implementation="create_from_scratch")

    def _component_sizes(self, removed: set) -> np.ndarray:
        """Sizes of the components of the graph without ``removed`` (from a slice of the sparse
        adjacency matrix: no igraph copy of the graph)."""
        if not removed:
            return np.asarray(self.graph.connected_components().sizes())
        from scipy.sparse.csgraph import connected_components

        matrix = self._adjacency()
        alive = np.ones(self.n, dtype=bool)
        alive[list(removed)] = False
        labels = connected_components(matrix[alive][:, alive], directed=False)[1]
        return np.bincount(labels)

    def _adjacency(self):
        """The symmetric adjacency matrix (scipy CSR, int8), made once."""
        if self._matrix is None:
            from scipy import sparse

            heads, tails = self.edges[:, 0], self.edges[:, 1]
            self._matrix = sparse.csr_matrix(
                (np.ones(2 * len(heads), dtype=np.int8), (np.r_[heads, tails], np.r_[tails, heads])),
                shape=(self.n, self.n),
            )
        return self._matrix

    def upper_bounds(self, removed: set, candidates: list[int]) -> np.ndarray:
        """An upper bound of DF without ``removed`` and each candidate (exact DF).

        With H the graph without ``removed`` (n' nodes), E the sum of 1 / d
        over its ordered pairs, h_v the sum of 1 / d from v and b_v its
        betweenness (unordered pairs): removing v takes away 2 h_v and
        lengthens only pairs whose every shortest path runs through v, which
        costs each at most 1 / d <= 1/2, so in total at most b_v. Hence
        DF(H - v) <= 1 - (E - 2 h_v - b_v) / ((n' - 1)(n' - 2)).
        """
        kept = [v for v in range(self.n) if v not in removed]
        n = len(kept)
        if n < 4:
            return np.full(len(candidates), np.inf)
        remaining = self._without(kept)
        harmonic = np.asarray(remaining.harmonic_centrality(normalized=False), dtype=float)
        between = np.asarray(remaining.betweenness(directed=False), dtype=float)
        position = np.full(self.n, -1)
        position[kept] = np.arange(n)
        at = position[candidates]
        lost = 2 * harmonic[at] + between[at]
        return 1.0 - (harmonic.sum() - lost) / ((n - 1) * (n - 2)) + BOUND_SLACK

    def _pruned(self, removed: set, candidates: list[int], floor: float, keep: int) -> np.ndarray:
        """Exact scores for every candidate that can beat ``floor`` and be among the ``keep`` best."""
        bounds = self.upper_bounds(removed, candidates)
        scores = np.full(len(candidates), -np.inf)
        best: list[float] = []  # a heap of the ``keep`` best scores found
        for i in np.argsort(-bounds, kind="stable"):
            if bounds[i] < max(floor, best[0] if len(best) == keep else -np.inf):
                break
            scores[i] = self.score(removed | {candidates[i]})
            (heapq.heappush if len(best) < keep else heapq.heappushpop)(best, scores[i])
        return scores


def key_players(
    land_or_graph: LandOrGraph,
    k: int = 1,
    criterion: Criterion = "DF",
    *,
    method: Method = "auto",
    level: Level = "organisations",
    ties: bool | None = None,
    candidates: int | None = None,
    restarts: int | None = None,
    seed: int = 0,
    top: int = 10,
) -> KeyPlayers:
    """The k actors whose removal fragments the network most (KPP-Neg, Borgatti 2006).

    Parameters
    ----------
    land_or_graph : Landscape or networkx graph
        A landscape is examined in its organisation or person projection
        (``level``, with direct ties when ``ties``); a graph as it is.
    k : int
        Size of the set, 1 <= k <= nodes - 2.
    criterion : "F" | "DF"
        Fragmentation F (share of pairs that cannot reach each other) or
        distance-weighted fragmentation DF (Borgatti 2006), both 0 to 1.
    method : "auto" | "greedy" | "exhaustive"
        ``greedy``: greedy plus swaps; ``exhaustive``: all k-sets (exact;
        refused above 500,000 sets); ``auto``: exhaustive up to 5,000 sets
        (unless DF is compared from sampled sources), else greedy plus swaps.
    candidates : int, optional
        Search only this many nodes with the highest betweenness. By
        default all nodes, except for DF on graphs over 300 nodes (30;
        there DF is also compared from 200 sampled source nodes during the
        search; the reported scores are exact, or on graphs above the work
        limit of :mod:`partnernet.analysis.paths` estimated from the same
        sources as DF in :func:`partnernet.fragmentation`).
    restarts : int, optional
        Greedy plus swaps also runs from this many random starting sets,
        and the best set found wins: swaps alone get stuck where many sets
        score the same (F = 0 in a well-knit graph). Default for F 20, on
        graphs over 300 nodes 2, over 5,000 nodes none (a random set among
        thousands of nodes almost never lands where the network can be
        cut); for DF 20 on graphs up to 100 nodes, else none (DF has no such
        plateaus: on a 300-organisation synthetic region 0, 2 and 20
        restarts find the same set).
    seed : int
        Seed of the random starting sets and source sample: the same seed
        gives the same result.
    top : int
        Rows of the table of best individual nodes.

    Sets and nodes that score the same are taken in the order of their ids
    (compared as text), never in the order of the file.

    Returns
    -------
    :class:`KeyPlayers` (typed, frozen; ``result.players`` or ``result["players"]``) with ``players`` (ids, sorted), ``names``, ``score`` (F or DF
    without the players), ``score_error`` (standard error of a DF score
    estimated from sampled sources, 0 when exact; for the 3 key organisations
    of the synthetic nation, 5,000 organisations, it is 0.0014 and the
    estimate lies 0.0006 from the exact DF: benchmarks/run.py checks that
    the gap stays within two standard errors), ``criterion``, ``k``, ``method`` (the one used),
    ``intact`` (score of the whole graph), ``effect`` (:func:`partnernet.analysis.cohesion.removal_effect`
    of the players: F and DF among the actors that stay, with and without the players, the numbers
    the report and the CLI quote), ``dropped`` (ids of a best set of k whose removal adds nothing to
    the others' and that are left out, so ``players`` may hold fewer than k), ``individual`` (DataFrame of the
    ``top`` nodes by ``score_without`` the node alone and of every key
    player, with ``name``, ``rank`` alone and ``key_player``; estimates where
    DF is sampled), ``top_individuals_score`` (score without the k individually
    best nodes together: compare with ``score``), ``candidates`` (nodes
    searched), ``evaluated_sets`` and ``note`` (text, or None).

    Examples
    --------
    >>> import networkx as nx
    >>> result = key_players(nx.krackhardt_kite_graph(), k=1, criterion="DF")
    >>> result["players"], round(result["score"], 4)
    ([7], 0.4861)
    """
    graph = graph_of(land_or_graph, level, ties)
    converted, nodes = simple_igraph(graph, read_only=True)  # the search and its effect only read it
    n = converted.vcount()
    _check(k, criterion, method, n)
    pool, notes = _candidates(graph, converted, criterion, candidates, seed)
    pool = _in_id_order(pool, nodes)  # equal scores: the smaller id first, never file order
    if len(pool) < k:
        raise UsageError("too_few_candidates", k=k, n=len(pool))
    scorer = _scorer(graph, converted, criterion, seed, notes)
    individual = scorer.scores_adding(set(), pool, keep=max(top, k))
    sets = comb(len(pool), k)
    # "auto" searches exhaustively when that is cheap: not where DF is estimated from sampled sources
    exhaustive = method == "exhaustive" or (method == "auto" and sets <= AUTO_EXHAUSTIVE_SETS and scorer.sample is None)
    if exhaustive and sets > MAX_EXHAUSTIVE_SETS:
        raise UsageError("too_many_sets", sets=sets, k=k, most=MAX_EXHAUSTIVE_SETS)
    if exhaustive:
        players = _exhaustive(scorer, pool, k)[0]
    else:
        players = _local_search(scorer, pool, k, individual, _restarts(restarts, criterion, n), seed)[0]
    _complete(scorer, pool, individual, players)
    intact = scorer.final(())
    players, dropped = _without_idle(scorer, players, nodes, intact)
    score, score_error = scorer.final_with_error(players)
    if score <= intact + IMPROVEMENT:
        notes.append(Note.of("keyplayers.no_gain", k=k, criterion=criterion))
        if criterion == "F":
            notes.append(Note.of("keyplayers.df_longer"))
    names = node_names(land_or_graph, nodes)
    if dropped:
        left = sorted((nodes[v] for v in dropped), key=str)
        notes.append(Note.of("keyplayers.left_out", names=tuple(names.loc[left])))
    best_alone = [pool[i] for i in np.argsort(-individual, kind="stable")[:k]]
    top_individuals_score, evaluated = scorer.final(best_alone), scorer.evaluated
    del scorer  # its edge arrays and matrix, before the effect's searches (4x the nation's persons: 200 MB)
    ids = sorted((nodes[v] for v in players), key=str)
    return KeyPlayers(
        players=ids,
        names=names.loc[ids].tolist(),
        score=score,
        score_error=score_error,
        effect=effect_of_removal(graph, converted, nodes, ids),
        dropped=sorted((nodes[v] for v in dropped), key=str),
        criterion=criterion,
        k=k,
        method="exhaustive" if exhaustive else "greedy+swap",
        intact=intact,
        individual=_individual_table(individual, pool, nodes, names, top, players, index_name(land_or_graph, level)),
        top_individuals_score=top_individuals_score,
        candidates=len(pool),
        evaluated_sets=evaluated,
        note=tuple(notes) or None,
    )


def _without_idle(scorer: _Scorer, players, nodes: list, intact: float) -> tuple[list[int], list[int]]:
    """The key players without those whose removal adds nothing: a member is dropped (in id order)
    when the set without it scores as high as the whole set. Nothing is dropped when the set
    changes nothing at all (the note says so)."""
    players = list(players)
    scorer.prepare_final(players)
    best = scorer.final(players)
    if best <= intact + IMPROVEMENT:
        return players, []
    dropped: list[int] = []
    for v in sorted(players, key=lambda v: str(nodes[v])):
        rest = [p for p in players if p != v]
        if scorer.final(rest) >= best - IMPROVEMENT:
            players, dropped = rest, dropped + [v]
    return players, dropped


def edges_of(graph, converted) -> np.ndarray:
    """The links of ``converted`` (igraph's copy of ``graph``) as an (m, 2) array of vertex numbers:
    a landscape's projection has them as arrays already (igraph's edge list is a Python list), in
    32 bits (4x the nation's person projection: 56 MB instead of 112, and half the matrix's temporaries)."""
    projection = projection_of(graph)
    if projection is not None:
        return np.column_stack([projection.source, projection.target])
    return edge_array(converted)


def _scorer(graph, converted, criterion: str, seed: int, notes: list[Note]) -> _Scorer:
    """The scorer of ``converted`` (igraph's copy of ``graph``), with DF compared from sampled sources on
    large graphs (noted in ``notes``).

    The final scores are exact, or on graphs above the work limit of
    :mod:`partnernet.analysis.paths` estimated from the same sampled sources
    as DF in :func:`partnernet.fragmentation`, so the two agree (and the
    searches of the whole graph that :func:`partnernet.fragmentation` made
    are not made again).
    """
    n = converted.vcount()
    edges = edges_of(graph, converted)
    if criterion == "F":
        # the articulation points of pn.fragmentation found every vertex's effect (resilience._effects_of)
        known = memo.known(graph, ("removal effects",))
        return _Scorer(converted, criterion, edges=edges, effects=None if known is None else known[0])
    if n <= LARGE_GRAPH_NODES:
        return _Scorer(converted, criterion, edges=edges, owner=graph)
    sample = sorted(np.random.default_rng(seed).choice(n, size=DF_SAMPLE_SOURCES, replace=False).tolist())
    final = paths.choose_sources(n, converted.ecount(), seed=seed)
    notes.append(Note.of("keyplayers.df_sampled", sources=DF_SAMPLE_SOURCES, final=final.sample()))
    if final.exact:
        return _Scorer(converted, criterion, sample, None, edges, owner=graph)
    totals = paths.known_distance_totals(graph, final)
    intact = None if totals is None else totals.per_source
    return _Scorer(converted, criterion, sample, final.as_list(), edges, intact, owner=graph)


def _restarts(restarts: int | None, criterion: str, n: int) -> int:
    if restarts is not None:
        return max(0, int(restarts))
    if criterion == "DF":
        return RESTARTS if n <= SMALL_GRAPH_NODES else 0
    if n > HUGE_GRAPH_NODES:
        return 0
    return RESTARTS if n <= LARGE_GRAPH_NODES else RESTARTS_ON_LARGE_GRAPHS


def _check(k, criterion: str, method: str, n: int) -> None:
    if criterion not in CRITERIA:
        raise UsageError("unknown_criterion", value=criterion)
    if method not in METHODS:
        raise UsageError("unknown_choice", what="method", value=method, choices=", ".join(METHODS))
    if n < 3:
        raise UsageError("too_few_actors", n=n)
    if not isinstance(k, (int, np.integer)) or not 1 <= k <= n - 2:
        raise UsageError("bad_k", most=n - 2, n=n, k=k)


def _candidates(original, graph, criterion: str, candidates: int | None, seed: int) -> tuple[list[int], list[Note]]:
    """All vertices, or the most between ones (ties in vertex order), with a note saying so.

    ``original`` is the networkx graph ``graph`` was copied from; on large
    graphs betweenness is estimated from sampled sources, as in
    :func:`partnernet.centrality`.
    """
    n = graph.vcount()
    if candidates is None and (criterion == "F" or n <= LARGE_GRAPH_NODES):
        return list(range(n)), []
    wanted = DF_LARGE_CANDIDATES if candidates is None else int(candidates)
    if wanted < 1:
        raise UsageError("bad_candidates")
    if wanted >= n:
        return list(range(n)), []
    between = paths.hop_betweenness(original, graph, paths.choose_sources(n, graph.ecount(), seed=seed))[0]
    pool = sorted(np.argsort(-between, kind="stable")[:wanted].tolist())
    return pool, [Note.of("keyplayers.candidates", wanted=wanted, nodes=n)]


def _in_id_order(pool: list[int], nodes: list) -> list[int]:
    """The candidate vertices sorted by node id (as text when ids of different types do not compare)."""
    try:
        return sorted(pool, key=lambda v: nodes[v])
    except TypeError:
        return sorted(pool, key=lambda v: str(nodes[v]))


def _complete(scorer: _Scorer, pool: list[int], individual: np.ndarray, players: list[int]) -> None:
    """Fill in the scores alone that bounds left out but the table needs: each key player's, and of
    every node that might rank above one of them."""
    position = {v: i for i, v in enumerate(pool)}
    missing = [position[v] for v in players if np.isneginf(individual[position[v]])]
    if not missing:
        return
    for i in missing:
        individual[i] = scorer.score({pool[i]})
    bounds = scorer.upper_bounds(set(), pool)
    lowest = min(individual[i] for i in missing)
    for j in np.flatnonzero(np.isneginf(individual) & (bounds >= lowest)).tolist():
        individual[j] = scorer.score({pool[j]})


def _greedy(scorer: _Scorer, pool: list[int], k: int, first: np.ndarray) -> list[int]:
    chosen = [pool[int(np.argmax(first))]]
    while len(chosen) < k:
        rest = [v for v in pool if v not in chosen]
        chosen.append(rest[int(np.argmax(scorer.scores_adding(chosen, rest)))])
    return chosen


def _local_search(
    scorer: _Scorer, pool: list[int], k: int, individual: np.ndarray, restarts: int, seed: int
) -> tuple[list[int], float]:
    """Greedy start, then seeded random starts, each improved by swaps; the best set wins."""
    best = _swap(scorer, pool, _greedy(scorer, pool, k, individual))
    rng = np.random.default_rng(seed)
    for _ in range(restarts):
        start = sorted(rng.choice(sorted(pool), size=k, replace=False).tolist())
        found = _swap(scorer, pool, start)
        if found[1] > best[1] + IMPROVEMENT:
            best = found
    return best


def _swap(scorer: _Scorer, pool: list[int], chosen: list[int]) -> tuple[list[int], float]:
    """Best-improvement swaps until none raises the score."""
    score = scorer.score(chosen)
    while True:
        outside = [v for v in pool if v not in chosen]
        best, swap = score, None  # the best score and its swap (member out, vertex in)
        for member in chosen:
            kept = [v for v in chosen if v != member]
            scores = scorer.scores_adding(kept, outside, floor=best + IMPROVEMENT) if outside else np.array([])
            if scores.size and scores.max() > best + IMPROVEMENT:
                best, swap = float(scores.max()), (member, outside[int(np.argmax(scores))])
        if swap is None:
            return chosen, score
        score = best
        chosen = [swap[1] if v == swap[0] else v for v in chosen]


def _exhaustive(scorer: _Scorer, pool: list[int], k: int) -> tuple[list[int], float]:
    """Every k-set of the pool; ties go to the first set in lexicographic order (of ids, see
    :func:`_in_id_order`)."""
    best: list[int] = []
    best_score = -np.inf
    for base in combinations(range(len(pool)), k - 1):
        start = base[-1] + 1 if base else 0
        if start >= len(pool):
            continue
        fixed = [pool[i] for i in base]
        extra = pool[start:]
        scores = scorer.scores_adding(fixed, extra, floor=best_score + IMPROVEMENT)
        j = int(np.argmax(scores))
        if scores[j] > best_score + IMPROVEMENT:
            best, best_score = fixed + [extra[j]], float(scores[j])
    return best, best_score


def _individual_table(
    scores: np.ndarray, pool: list[int], nodes: list, names: pd.Series, top: int, players: list[int], index: str
) -> pd.DataFrame:
    """The ``top`` nodes by score alone, plus every key player, with their rank alone."""
    order = np.argsort(-scores, kind="stable")
    rank = np.empty(len(order), dtype=int)
    rank[order] = np.arange(1, len(order) + 1)
    position = {v: i for i, v in enumerate(pool)}
    shown = sorted(set(order[:top].tolist()) | {position[v] for v in players}, key=lambda i: rank[i])
    ids = [nodes[pool[i]] for i in shown]
    return pd.DataFrame(
        {
            "name": names.loc[ids].to_numpy(),
            "score_without": scores[shown],
            "rank": rank[shown],
            "key_player": [pool[i] in players for i in shown],
        },
        index=pd.Index(ids, dtype=object, name=index),
    )


from .._public import public_dir

__all__ = [
    "Criterion",
    "CRITERIA",
    "Method",
    "METHODS",
    "AUTO_EXHAUSTIVE_SETS",
    "MAX_EXHAUSTIVE_SETS",
    "LARGE_GRAPH_NODES",
    "DF_LARGE_CANDIDATES",
    "DF_SAMPLE_SOURCES",
    "RESTARTS",
    "RESTARTS_ON_LARGE_GRAPHS",
    "SMALL_GRAPH_NODES",
    "HUGE_GRAPH_NODES",
    "IMPROVEMENT",
    "PRUNE_FROM",
    "BOUND_SLACK",
    "key_players",
    "edges_of",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
