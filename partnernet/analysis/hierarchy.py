"""Reporting chains: how many layers an issue passes from a case table to the top.

The studies describe person-oriented chains of case table -> programme team
-> directors' meeting -> administrative steering group, and tables that are
set up beside the existing structure. This module measures the ``reports_to``
hierarchy of the bodies.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, overload

import dataclasses
import pandas as pd

from ..errors import ERROR, InputError, Problem
from ..io.build import find_cycles
from .results import Result

if TYPE_CHECKING:
    from ..landscape import Landscape

#: Body kinds that count as operational tables (where cases are worked on).
OPERATIONAL_KINDS = ("operational", "centre")


def ancestors(parent: pd.Series) -> pd.DataFrame:
    """Every node with each of its ancestors, itself included, step by step.

    ``parent`` maps a node id to its parent's id (NaN for none; a parent id
    that is not in the index ends the chain). Returns columns ``node``,
    ``ancestor`` and ``step`` (0 for the node itself, 1 for its parent, ...),
    computed one level at a time over all nodes together.

    Raises InputError when the parents form a cycle (the loader rejects that,
    so only hand-built landscapes can get here).
    """
    parent = parent.where(parent.isin(parent.index))
    if parent.empty:
        return pd.DataFrame({"node": parent.index, "ancestor": parent.index, "step": 0})
    current = pd.Series(parent.index, index=parent.index)
    levels = [current.to_frame("ancestor").assign(step=0)]
    for step in range(1, len(parent) + 1):
        current = current.map(parent).dropna()
        if current.empty:
            break
        levels.append(current.to_frame("ancestor").assign(step=step))
    else:
        cycle = find_cycles(parent)[0]
        path = " -> ".join([*cycle, cycle[0]])
        raise InputError(Problem.of(ERROR, "cycle", key="cycle.given", name=parent.name, path=path))
    frame = pd.concat(levels).rename_axis("node").reset_index()
    return frame.sort_values(["node", "step"], kind="stable").reset_index(drop=True)


@dataclasses.dataclass(frozen=True)
class Hierarchy(Result):
    """The result of :func:`hierarchy` (``result["bodies"]`` works too)."""

    bodies: pd.DataFrame
    operational_chains: pd.DataFrame
    isolated: pd.DataFrame
    summary: pd.Series[float]

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["bodies"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["operational_chains"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["isolated"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["summary"]) -> pd.Series[float]: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def hierarchy(land: Landscape) -> Hierarchy:
    """Depth and reporting chain of every body in the ``reports_to`` hierarchy.

    Definition: a body's chain runs from the body along ``reports_to`` to a
    body that reports to none (its top). Its ``depth`` is the number of
    bodies in that chain, itself included: a top body has depth 1, a case
    table under a programme team under a steering group has depth 3. The
    depth of an operational table is the number of layers an issue raised
    there passes through to reach the top. A body with no parent and no
    children is isolated: it stands beside the structure. A cycle in
    ``reports_to`` is an input error (the loader rejects it).

    Reference: the chains of case table -> programme team -> directors'
    meeting -> steering group described in the evaluations of the Dutch CT
    and crime approach (USBO/WODC; Inspectie VenJ on the Actieprogramma
    Integrale Aanpak Jihadisme). There is no published metric;
    depth is a plain count of layers.

    Parameters
    ----------
    land : Landscape
        Usually one moment, ``land.at(date)``: a body that did not exist then
        is not in the chain.

    Returns
    -------
    :class:`Hierarchy`, a typed frozen result (``result.bodies`` or ``result["bodies"]``) with

    - ``bodies``: DataFrame indexed by ``body``: ``name``, ``kind``,
      ``reports_to``, ``top_body``, ``depth`` (bodies in the chain, top = 1),
      ``chain`` (list of body ids from this body to the top), ``children``
      (bodies reporting to it directly), ``isolated`` (bool); deepest first;
    - ``operational_chains``: the chain of each operational table (kind
      operational or centre): ``name``, ``kind``, ``layers`` (= depth),
      ``chain`` (list of body ids from the table to the top, as in
      ``bodies``); most layers first;
    - ``isolated``: DataFrame of isolated bodies (``name``, ``kind``,
      ``regime``, ``level``);
    - ``summary``: Series (index ``measure``) ``bodies``, ``top_bodies`` (bodies reporting to
      none), ``max_depth``, ``isolated_bodies``, ``operational_bodies``,
      ``mean_layers_operational`` (NaN without operational tables).

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> int(pn.hierarchy(land)["summary"]["max_depth"])
    4
    """
    bodies = land.bodies
    parent = bodies["reports_to"].where(bodies["reports_to"].isin(bodies.index))
    steps = ancestors(parent.rename("reports_to"))
    chain = steps.groupby("node", sort=False)["ancestor"].agg(list).reindex(bodies.index)
    children = parent.value_counts().reindex(bodies.index, fill_value=0).astype(int)
    frame = pd.DataFrame(
        {
            "name": bodies["name"],
            "kind": bodies["kind"],
            "reports_to": parent,
            "top_body": chain.str[-1],
            "depth": chain.map(len).astype(int),
            "chain": chain,
            "children": children,
            "isolated": parent.isna() & (children == 0),
        }
    )
    frame = frame.rename_axis("body").assign(_id=bodies.index)
    frame = frame.sort_values(["depth", "_id"], ascending=[False, True], kind="stable").drop(columns="_id")
    operational = frame[frame["kind"].isin(OPERATIONAL_KINDS)]
    chains = pd.DataFrame(
        {
            "name": operational["name"],
            "kind": operational["kind"],
            "layers": operational["depth"],
            "chain": operational["chain"],
        }
    )
    isolated = bodies.loc[frame.index[frame["isolated"]], ["name", "kind", "regime", "level"]]
    summary = pd.Series(
        {
            "bodies": len(frame),
            "top_bodies": int(parent.isna().sum()),
            "max_depth": int(frame["depth"].max()) if len(frame) else 0,
            "isolated_bodies": len(isolated),
            "operational_bodies": len(chains),
            "mean_layers_operational": float(chains["layers"].mean()) if len(chains) else float("nan"),
        },
        dtype=object,
        name="value",
    ).rename_axis("measure")
    return Hierarchy(bodies=frame, operational_chains=chains, isolated=isolated.rename_axis("body"), summary=summary)


from .._public import public_dir

__all__ = ["OPERATIONAL_KINDS", "ancestors", "Hierarchy", "hierarchy"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
