"""The key figures a map shows on hover and sizes nodes by.

Only what drawing needs is computed here (number of tables, a body's meeting
hours per month, roles held); every other figure comes from the analyses as
a ``metrics`` table passed by the caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import functools

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..graphs import ROLE_RANK, affiliations
from ..language.labels import VALUE_COLUMNS

if TYPE_CHECKING:
    from ..landscape import Landscape

BUILT_IN_SIZES = ("bodies",)


def bodies_per_actor(land: Landscape) -> pd.Series:
    """Number of bodies each organisation and person sits at (organisations through their persons too)."""
    counts = [affiliations(land, kind).groupby("actor").size() for kind in ("organisations", "persons")]
    every = land.organisations.index.append(land.persons.index)
    return pd.concat(counts).reindex(every).fillna(0).astype(int).rename("bodies")


def roles_held(land: Landscape, actor: str, name=str) -> pd.Series:
    """Per actor, the roles held and at how many tables, most senior first (``chair 2, member 7``).

    ``actor`` is ``member`` (each member as registered) or ``organisation``
    (a person's roles count for their organisation too). At each table the
    most senior role counts, so the numbers add up to the actor's tables.
    ``name`` writes a role in the map's language (``voorzitter 2, lid 7``).
    Actors in sorted order; rows without a role do not count, nor do actors that are missing.
    Counted on integer codes of the (actor, table) pairs: a national map has 100,000 memberships.
    """
    m = land.memberships
    rows = np.flatnonzero(m["role"].notna().to_numpy())
    rank = m["role"].map(ROLE_RANK).fillna(len(ROLE_RANK)).to_numpy(dtype=float)[rows]
    actors, actor_values = pd.factorize(m[actor].take(rows), use_na_sentinel=False)
    bodies, _ = pd.factorize(m["body"].take(rows), use_na_sentinel=False)
    pairs = actors.astype(np.int64) * (int(bodies.max()) + 1 if len(bodies) else 1) + bodies
    order = np.lexsort((np.arange(len(rows)), rank, pairs))  # by pair, then seniority, then row
    senior = order[np.flatnonzero(np.diff(pairs[order], prepend=-1))]  # each pair's most senior row
    owners = actors[senior]
    present = pd.notna(np.asarray(actor_values, dtype=object))[owners]  # a missing actor (NaN) is no group
    roles, role_values = pd.factorize(m["role"].to_numpy()[rows][senior][present])
    held, n = np.unique(owners[present].astype(np.int64) * max(len(role_values), 1) + roles, return_counts=True)
    owner_of, role_of = np.divmod(held, max(len(role_values), 1))
    role_names = [str(r) for r in role_values]
    seniority = [ROLE_RANK.get(r, len(ROLE_RANK)) for r in role_names]
    words = [name(r) for r in role_names]
    counted = sorted(  # actor, then seniority, then role
        (owner, seniority[role], role_names[role], f"{words[role]} {count}")
        for owner, role, count in zip(
            np.asarray(actor_values, dtype=object)[owner_of].tolist(), role_of.tolist(), n.tolist()
        )
    )
    groups: dict = {}
    for owner, _seniority, _role, text in counted:
        groups.setdefault(owner, []).append(text)
    return pd.Series([", ".join(texts) for texts in groups.values()], index=pd.Index(list(groups), name=actor))


def joined(keys: pd.Series, texts: pd.Series) -> pd.Series:
    """``texts`` joined with ", " per key, in their order, indexed by the keys in sorted order
    (as ``texts.groupby(keys).agg(", ".join)``, which runs Python per group: 85,000 at nation)."""
    known = keys.notna().to_numpy()  # groupby leaves out missing keys
    groups: dict = {}
    for key, text in zip(keys[known].tolist(), texts[known].tolist()):
        groups.setdefault(key, []).append(text)
    ordered = sorted(groups)
    return pd.Series([", ".join(groups[k]) for k in ordered], index=pd.Index(ordered, name=keys.name))


def members_per_body(land: Landscape) -> pd.DataFrame:
    """Organisations and persons at each body, and the names of its chairs."""
    m = land.memberships
    chairs = m.loc[m["role"] == "chair", ["body", "member"]].drop_duplicates()
    chair_names = joined(chairs["body"], chairs["member"].map(land.name_of))
    persons = m[m["member_kind"] == "person"].groupby("body")["member"].nunique()
    return pd.DataFrame(
        {"organisations": m.groupby("body")["organisation"].nunique(), "persons": persons, "chair": chair_names}
    ).reindex(land.bodies.index)


#: Repeated ids a metrics error names (the first so many).
SHOWN_REPEATS = 5


def combine_metrics(metrics) -> pd.DataFrame | None:
    """One metrics table from a DataFrame or several (rows and columns united, first value wins)."""
    if metrics is None:
        return None
    frames = [metrics] if isinstance(metrics, pd.DataFrame) else list(metrics)
    for frame in frames:
        if not isinstance(frame, pd.DataFrame):
            raise UsageError("bad_metrics")
        if frame.index.has_duplicates:
            repeated = frame.index[frame.index.duplicated()].unique()
            raise UsageError("metrics_repeat_ids", ids=[str(i) for i in repeated[:SHOWN_REPEATS]])
    if not frames:
        return None
    combined = functools.reduce(lambda a, b: a.combine_first(b), frames)
    return combined.drop(columns=[c for c in ("name",) if c in combined.columns])


def size_values(size_by: str, bodies: pd.Series, metrics: pd.DataFrame | None) -> pd.Series:
    """The values organisations are sized by: ``bodies`` or a numeric metrics column."""
    numeric = (
        []
        if metrics is None
        else [
            c
            for c in metrics.columns
            if pd.api.types.is_numeric_dtype(metrics[c]) and not pd.api.types.is_bool_dtype(metrics[c])
        ]
    )
    if size_by == "bodies":
        return bodies.astype(float)
    if metrics is None or size_by not in numeric:
        raise UsageError("unknown_size", value=size_by, choices=", ".join(BUILT_IN_SIZES + tuple(numeric)))
    return metrics[size_by].astype(float)


def metric_texts(metrics: pd.DataFrame | None, words) -> dict:
    """Node id -> its metrics as tooltip rows ``[label, text]`` (as ``words.rows``, missing values left out).

    Formatted column by column, each label once: a national map has 7,500
    nodes with a dozen metrics each, and a row lookup per node cost more
    than the formatting.
    """
    if metrics is None:
        return {}
    nodes = metrics.index.to_numpy().tolist()  # not the Index itself: pandas boxes each text id
    texts: dict = {node: [] for node in nodes}
    for column in metrics.columns:
        label = words.column(column)
        values = metrics[column]
        if column in VALUE_COLUMNS:
            values = pd.Series([words.value(v) for v in values.tolist()], index=values.index, dtype=object)
        for node, text in zip(nodes, words.formatted_column(column, values)):
            if text is not None:
                texts[node].append([label, text])
    return texts


from .._public import public_dir

__all__ = [
    "SHOWN_REPEATS",
    "BUILT_IN_SIZES",
    "bodies_per_actor",
    "roles_held",
    "joined",
    "members_per_body",
    "combine_metrics",
    "size_values",
    "metric_texts",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
