"""Results computed once per landscape or per landscape graph.

A landscape and the graphs it hands out are read-only, so a result that
several analyses need (centrality for connectors, governance and the
report; the blocks of a projection for articulation points and bridges;
the single-person links for every level of the fragmentation analysis)
is computed once per object and kept as long as the object lives. Callers
that hand a result to users give out copies.
"""

from __future__ import annotations

import weakref

import networkx as nx

_STORE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def once(owner, key: tuple, compute):
    """``compute()`` the first time for ``owner`` (a landscape or a frozen graph) and ``key``.

    Graphs that can still change (not frozen) are never cached.
    """
    if isinstance(owner, nx.Graph) and not nx.is_frozen(owner):
        return compute()
    store = _STORE.setdefault(owner, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def known(owner, key: tuple):
    """What :func:`once` computed for ``owner`` and ``key``, or None when nothing was (computes nothing)."""
    if isinstance(owner, nx.Graph) and not nx.is_frozen(owner):
        return None
    return _STORE.get(owner, {}).get(key)


def forget() -> None:
    """Drop every kept result: for a forked child that has no more use for its parent's (the report's
    drawing child before the map, see :mod:`partnernet.report.background`); what is asked again is computed again."""
    _STORE.clear()


from .._public import public_dir

__all__ = ["once", "known", "forget"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
