"""Detected communities against formal groups (domains): modularity and adjusted Rand index.

Do the organisations that work together most form the groups the org chart
says (security, care, justice, ...), or do other clusters cut across them?
Leiden (Traag et al. 2019) finds communities that maximise modularity
(Newman & Girvan 2004); the adjusted Rand index (Hubert & Arabie 1985) says
how well they match the formal grouping: 1 identical, about 0 no better
than chance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Mapping

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from .._igraph import ig
from ..errors import UsageError
from ..igraph_bridge import seeded_igraph
from ..landscape import Landscape
from .grouping import UNKNOWN_GROUP, organisation_attribute

if TYPE_CHECKING:
    from numpy.typing import ArrayLike


def _pairs(counts: np.ndarray) -> np.ndarray:
    """Unordered pairs among each of ``counts`` (floats, whole, at least 1): C(x, 2), the very floats that
    ``scipy.special.comb(x, 2)`` gives (exact below 2**26), without importing scipy.special (about 0.04 s
    CPU on every report's path; tests/test_communities.py compares the two)."""
    return counts * (counts - 1) / 2


def adjusted_rand_index(labels_a: ArrayLike, labels_b: ArrayLike) -> float:
    """Adjusted Rand index of two partitions of the same items.

    ARI = (sum_ij C(n_ij, 2) - E) / ((sum_i C(a_i, 2) + sum_j C(b_j, 2)) / 2 - E),
    E = sum_i C(a_i, 2) sum_j C(b_j, 2) / C(n, 2), from the contingency table
    n_ij of the two labelings with row sums a_i and column sums b_j (Hubert &
    Arabie 1985, "Comparing partitions", Journal of Classification 2:193-218).
    1 for identical partitions (up to renaming), about 0 for chance agreement,
    negative below chance. When both partitions are trivial (all in one group,
    or all apart) the index is 1.

    Examples
    --------
    >>> adjusted_rand_index(["a", "a", "b", "b"], [1, 1, 2, 2])
    1.0
    >>> round(adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 4)
    0.2424
    """
    a, b = np.asarray(labels_a, dtype=object), np.asarray(labels_b, dtype=object)
    if a.shape != b.shape:
        raise UsageError("labelings_differ")
    n = a.size
    if n < 2:
        return 1.0
    rows, cols = pd.factorize(a)[0], pd.factorize(b)[0]
    table = sparse.coo_matrix((np.ones(n), (rows, cols))).tocsr()
    together = _pairs(table.data).sum()
    row_pairs = _pairs(np.asarray(table.sum(axis=1)).ravel()).sum()
    col_pairs = _pairs(np.asarray(table.sum(axis=0)).ravel()).sum()
    expected = row_pairs * col_pairs / _pairs(np.array([n], dtype=float))[0]
    maximum = (row_pairs + col_pairs) / 2.0
    if maximum == expected:
        return 1.0
    return float((together - expected) / (maximum - expected))


def groups_of(land_or_graph, nodes: list, by="domain", level: str = "organisations") -> pd.Series | None:
    """The formal group of each node; missing values become ``(unknown)``.

    ``by`` is a column of the organisations table (persons take their
    organisation's value), a node attribute of a plain graph, or a mapping
    from node id to group. None when no node has a group.
    """
    index = pd.Index(nodes, dtype=object)
    if isinstance(by, Mapping) or isinstance(by, pd.Series):
        groups = pd.Series(by).reindex(index)
    elif isinstance(land_or_graph, Landscape):
        groups = organisation_attribute(land_or_graph, by, level, index)
    elif isinstance(land_or_graph, nx.Graph):
        groups = pd.Series([land_or_graph.nodes[n].get(by) for n in nodes], index=index, dtype=object)
    else:
        raise UsageError("groups_need_graph")
    if groups.isna().all():
        return None
    return groups.astype(object).where(groups.notna(), UNKNOWN_GROUP)


def leiden_membership(
    graph: ig.Graph, weight: str | None = "weight", seed: int = 0, resolution: float = 1.0
) -> np.ndarray:
    """Leiden communities maximising modularity, numbered 1, 2, ... by size (largest first).

    Iterates until the partition is stable; seeded, so the same graph gives
    the same communities every run. Ties in size keep the order of first
    appearance.
    """
    with seeded_igraph(seed):
        found = graph.community_leiden(
            objective_function="modularity", weights=_weights(graph, weight), resolution=resolution, n_iterations=-1
        )
    return number_by_size(found.membership)


def number_by_size(labels) -> np.ndarray:
    """Relabel groups 1, 2, ... from the largest; equal sizes keep the order of first appearance."""
    labels = np.asarray(labels)
    if labels.size == 0:
        return labels.astype(int)
    _, first, inverse, counts = np.unique(labels, return_index=True, return_inverse=True, return_counts=True)
    order = np.lexsort((first, -counts))
    renumber = np.empty(len(counts), dtype=int)
    renumber[order] = np.arange(1, len(counts) + 1)
    return renumber[inverse]


def modularity_of(graph: ig.Graph, labels, weight: str | None = "weight") -> float:
    """Newman-Girvan modularity of a partition (NaN for a graph without links)."""
    if graph.ecount() == 0:
        return float("nan")
    labels = pd.factorize(np.asarray(labels, dtype=object))[0]
    return float(graph.modularity(list(labels), weights=_weights(graph, weight)))


def _weights(graph: ig.Graph, weight: str | None) -> str | None:
    """The edge attribute to weigh by, if the graph has it."""
    return weight if weight and weight in graph.es.attributes() else None


def community_table(communities: pd.Series, groups: pd.Series | None) -> pd.DataFrame:
    """Per community (index ``community``): ``size``, ``main_group`` (its most common formal group),
    ``main_group_share`` (0..1) and ``groups``: a dict of group -> number of its members, most common first
    (``{"administration": 6, "security": 4}``; JSON writes an object, CSV its JSON text,
    :func:`partnernet.output.list_cell`), data, never a joined text; a terminal says it in words.
    """
    frame = pd.DataFrame(
        {"community": communities.to_numpy(), "group": UNKNOWN_GROUP if groups is None else groups.to_numpy()}
    )
    sizes = frame.groupby("community").size().rename("size")
    counts = frame.groupby(["community", "group"]).size().rename("n").reset_index()
    counts = counts.sort_values(["community", "n", "group"], ascending=[True, False, True], kind="stable")
    main = counts.drop_duplicates("community").set_index("community")
    per_community = list(counts.groupby("community", sort=True))
    table = pd.DataFrame(
        {
            "size": sizes,
            "main_group": main["group"],
            "main_group_share": main["n"] / sizes,
            "groups": pd.Series(
                [dict(zip(part["group"], part["n"].astype(int).tolist())) for _, part in per_community],
                index=[community for community, _ in per_community],
                dtype=object,
            ),
        }
    )
    return table.rename_axis("community")


from .._public import public_dir

__all__ = [
    "adjusted_rand_index",
    "groups_of",
    "leiden_membership",
    "number_by_size",
    "modularity_of",
    "community_table",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
