"""Group mixing: do ties stay inside groups (domains, regimes, levels, communities) or cross them?

- E-I index (Krackhardt & Stern 1988, "Informal networks and organizational
  crises: an experimental simulation", Social Psychology Quarterly
  51:123-140): (E - I) / (E + I) with E the ties between groups and I the
  ties inside groups; from -1 (all ties inside) to +1 (all ties across), at
  network, group and node level.
- Participation coefficient (Guimera & Amaral 2005, "Functional
  cartography of complex metabolic networks", Nature 433:895-900):
  P_i = 1 - sum_s (k_is / k_i)^2, with k_is the ties of i to group s and k_i
  all its ties; 0 when all ties go to one group (or none), towards 1 when
  they are spread over many groups.

Ties count once each (weight=None) or by their weight; in a directed graph a
tie counts for both its ends, whatever its direction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse

from ._plumbing import index_name
from .grouping import graph_and_groups, group_codes
from .matrices import adjacency, indicator, undirected_edges
from .matrices import per_group as ties_per_group
from .results import EIIndex

if TYPE_CHECKING:
    from ..graphs import Weight
    from ..landscape import Level
    from ._plumbing import Groups, LandOrGraph


def ei_index(
    data: LandOrGraph,
    groups: Groups,
    *,
    weight: str | None = None,
    level: Level = "organisations",
    projection: Weight = "shared",
) -> EIIndex:
    """Krackhardt & Stern's E-I index for the network, each group and each node.

    Parameters
    ----------
    data : Landscape or networkx graph
    groups : str, dict or Series
        Grouping attribute (``"domain"``, ``"regime"``, ``"level"``), a
        mapping node -> group, or ``"communities"``.
    weight : str or None
        None counts ties; an edge attribute name sums their weights.
    level, projection : for a landscape, the projection to use.

    Returns
    -------
    :class:`~partnernet.analysis.results.EIIndex` (typed, frozen; ``result.network`` or
    ``result["network"]``) with

    - ``network``: Series with ``external`` and ``internal`` ties,
      ``ei_index``, and ``expected_ei_index``: the E-I index if ties fell on
      random pairs (from the group sizes alone; a network of many small
      groups is expected to be near +1);
    - ``groups``: DataFrame per group: ``nodes``, ``internal`` (ties inside),
      ``external`` (ties leaving the group), ``ei_index``, ``expected_ei_index``;
    - ``nodes``: DataFrame per node: ``group``, ``internal``, ``external``,
      ``ei_index`` (NaN for a node without ties).

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> pn.ei_index(nx.karate_club_graph(), "club")["network"]["ei_index"].round(4)
    np.float64(-0.7179)
    """
    graph, labels = graph_and_groups(data, groups, level, projection)
    codes, names = group_codes(labels)
    ties = adjacency(graph, weight)
    pairs = sparse.triu(ties).tocoo() if not graph.is_directed() else ties.tocoo()
    code = codes.to_numpy()
    inside = code[pairs.row] == code[pairs.col]
    internal, external = pairs.data[inside].sum(), pairs.data[~inside].sum()
    sizes = np.bincount(code, minlength=len(names)).astype(float)
    network = pd.Series(
        {
            "external": external,
            "internal": internal,
            "ei_index": _ei(external, internal),
            "expected_ei_index": _expected_network(sizes),
        },
        name="network",
    )
    group_internal = np.bincount(code[pairs.row[inside]], weights=pairs.data[inside], minlength=len(names))
    leaving = np.bincount(code[pairs.row[~inside]], weights=pairs.data[~inside], minlength=len(names))
    leaving += np.bincount(code[pairs.col[~inside]], weights=pairs.data[~inside], minlength=len(names))
    total = sizes.sum()
    inner_pairs, outer_pairs = sizes * (sizes - 1) / 2, sizes * (total - sizes)
    by_group = pd.DataFrame(
        {
            "nodes": sizes.astype(int),
            "internal": group_internal,
            "external": leaving,
            "ei_index": _ei(leaving, group_internal),
            "expected_ei_index": _ei(outer_pairs, inner_pairs),
        },
        index=pd.Index(names, name="group"),
    )
    return EIIndex(
        network=network,
        groups=by_group,
        nodes=node_mixing(graph, labels, weight)[["group", "internal", "external", "ei_index"]],
    )


def participation(
    data: LandOrGraph,
    groups: Groups,
    *,
    weight: str | None = None,
    level: Level = "organisations",
    projection: Weight = "shared",
) -> pd.Series[float]:
    """Guimera & Amaral's participation coefficient of every node (0 for isolated nodes).

    P_i = 1 - sum_g (k_ig / k_i)^2, with k_ig the ties (or their ``weight``) of node i into
    group g and k_i all its ties (Guimera & Amaral 2005, "Functional cartography of complex
    metabolic networks", Nature 433:895-900).

    Returns
    -------
    Series named ``participation``, indexed by node id (index name ``organisation`` or ``person``
    for a landscape, ``node`` for a graph; graph order), values 0-1: one number per
    node, so a Series rather than a one-column DataFrame (``.to_frame()`` gives that).

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> pn.participation(nx.karate_club_graph(), "club").loc[[0, 2, 33]].round(4).tolist()
    [0.1172, 0.48, 0.2907]
    """
    graph, labels = graph_and_groups(data, groups, level, projection)
    return node_mixing(graph, labels, weight)["participation"]


def node_mixing(graph, labels: pd.Series, weight: str | None = None) -> pd.DataFrame:
    """Per node: ``group``, ``internal`` and ``external`` ties, ``ei_index``, ``participation``."""
    codes, names = group_codes(labels)
    if graph.is_directed():
        ties = adjacency(graph, weight)
        per_group = (sparse.csr_matrix(ties + ties.T) @ indicator(codes.to_numpy(), len(names))).toarray()
    else:  # from the list of ties: no n x n matrix (a national person projection has two million ties)
        u, v, strength = undirected_edges(graph, weight)
        per_group = ties_per_group(u, v, strength, codes.to_numpy(), len(names))
    degree = per_group.sum(axis=1)
    internal = per_group[np.arange(len(codes)), codes.to_numpy()]
    external = degree - internal
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = 1.0 - ((per_group / degree[:, None]) ** 2).sum(axis=1)
    return pd.DataFrame(
        {
            "group": labels.to_numpy(),
            "internal": internal,
            "external": external,
            "ei_index": _ei(external, internal),
            "participation": np.where(degree > 0, spread, 0.0),
        },
        index=pd.Index(labels.index, name=index_name(graph)),
    )


def _ei(external, internal):
    external, internal = np.asarray(external, dtype=float), np.asarray(internal, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = (external - internal) / (external + internal)
    return value if value.ndim else float(value)


def _expected_network(sizes: np.ndarray) -> float:
    total = sizes.sum()
    inner = (sizes * (sizes - 1) / 2).sum()
    return _ei(total * (total - 1) / 2 - inner, inner)


from .._public import public_dir

__all__ = ["ei_index", "participation", "node_mixing"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
