"""Structural holes (Burt 1992): whose contacts are not connected among themselves.

An actor whose partners do not know each other can broker between them (a
"structural hole"); an actor whose partners are all tied to each other is
constrained. Burt's measures, for node i with contacts N(i):

- proportional tie strength p_ij = (w_ij + w_ji) / sum_k (w_ik + w_ki);
- constraint c_i = sum_{j in N(i)} c_ij, with c_ij = (p_ij + sum_q p_iq p_qj)^2
  (q over i's contacts other than j); from about 1/|N(i)| (contacts
  unconnected) up to 1 or more (one contact, or contacts all tied);
- effective size e_i = sum_{j in N(i)} (1 - sum_q p_iq m_jq), with
  m_jq = (w_jq + w_qj) / max_k (w_jk + w_kj): the number of contacts minus
  their redundancy; unit: contacts;
- efficiency = effective size / number of contacts (0..1);
- hierarchy h_i = sum_j r_ij ln r_ij / (N ln N), r_ij = c_ij / (c_i / N),
  N = |N(i)|: 0 when constraint is spread evenly over the contacts, towards
  1 when one contact holds it all; undefined (NaN) with fewer than two contacts.

Reference: Burt, R. S. (1992), Structural Holes: The Social Structure of
Competition, Harvard University Press (constraint pp. 54-55, effective size
p. 52, hierarchy p. 71). Values equal networkx's ``constraint`` and
``effective_size(G, nodes=list(G))``; networkx's ``effective_size(G)``
without ``nodes`` is wrong on weighted and directed graphs (networkx <= 3.6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from ._plumbing import LEVELS, by_id, check_choice
from .centrality import describe_nodes
from .matrices import adjacency, row_dots

if TYPE_CHECKING:
    from ..graphs import Weight
    from ..landscape import Level
    from ._plumbing import LandOrGraph

HOLE_COLUMNS = ("contacts", "effective_size", "efficiency", "constraint", "hierarchy")


def structural_holes(
    data: LandOrGraph, level: Level = "organisations", *, projection: Weight = "shared", weight: str | None = "weight"
) -> pd.DataFrame:
    """Burt's constraint, effective size, efficiency and hierarchy per node, least constrained first.

    Parameters
    ----------
    data : Landscape or networkx graph (directed or not)
        A landscape uses its ``level`` projection (``organisations`` or
        ``persons``) with the tie strength of ``projection``.
    weight : str or None
        Edge attribute with the tie strength (None: every tie counts 1).

    Returns
    -------
    DataFrame indexed by node with ``name`` (and ``domain``, ``bodies`` on a
    landscape), ``contacts`` (number of
    distinct neighbours, either direction), ``effective_size`` (contacts),
    ``efficiency``, ``constraint``, ``hierarchy``. Isolated nodes get NaN.

    Examples
    --------
    >>> import networkx as nx
    >>> import partnernet as pn
    >>> holes = pn.structural_holes(nx.florentine_families_graph())
    >>> holes.loc["Medici", ["constraint", "effective_size"]].astype(float).round(4).tolist()
    [0.2099, 5.6667]
    """
    if isinstance(data, nx.Graph):
        graph = data
    else:
        check_choice(level, LEVELS, "level")
        graph = data.graph(level, weight=projection)
    measures = pd.DataFrame(burt_measures(graph, weight), index=pd.Index(list(graph.nodes)))
    frame = describe_nodes(graph, measures, None if isinstance(data, nx.Graph) else data, level)
    return by_id(frame).sort_values(
        ["constraint", "effective_size"], ascending=[True, False], na_position="last", kind="stable"
    )


def burt_measures(graph: nx.Graph, weight: str | None = "weight") -> dict[str, np.ndarray]:
    """The columns of :func:`structural_holes` as arrays in node order (sparse, no loops)."""
    if len(graph) == 0:
        return {column: np.array([]) for column in HOLE_COLUMNS}
    ties = adjacency(graph, weight)
    mutual = sparse.csr_matrix(ties + ties.T)
    mutual.eliminate_zeros()
    contacts = np.diff(mutual.indptr).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = _scale_rows(mutual, 1.0 / np.asarray(mutual.sum(axis=1)).ravel())
        to_max = _scale_rows(mutual, 1.0 / mutual.max(axis=1).toarray().ravel())
    rows, cols = share.nonzero()
    direct = np.asarray(share[rows, cols]).ravel()
    indirect = row_dots(share, sparse.csr_matrix(share.T), rows, cols)
    contribution = (direct + indirect) ** 2
    constraint = np.bincount(rows, weights=contribution, minlength=len(contacts))
    linked = (mutual > 0).astype(float)
    redundancy = direct * row_dots(linked, sparse.csr_matrix(to_max.T), rows, cols)
    effective = contacts - np.bincount(rows, weights=redundancy, minlength=len(contacts))
    isolated = contacts == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = contribution / (constraint[rows] / contacts[rows])
        spread = np.bincount(rows, weights=ratio * np.log(ratio), minlength=len(contacts))
        hierarchy = spread / (contacts * np.log(contacts))
    return {
        "contacts": contacts.astype(int),
        "effective_size": np.where(isolated, np.nan, effective),
        "efficiency": np.where(isolated, np.nan, effective / np.where(isolated, 1, contacts)),
        "constraint": np.where(isolated, np.nan, constraint),
        "hierarchy": np.where(contacts < 2, np.nan, hierarchy),
    }


def _scale_rows(matrix: sparse.csr_matrix, factors: np.ndarray) -> sparse.csr_matrix:
    factors = np.where(np.isfinite(factors), factors, 0.0)
    return sparse.csr_matrix(sparse.diags(factors) @ matrix)


from .._public import public_dir

__all__ = ["HOLE_COLUMNS", "structural_holes", "burt_measures"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
