"""The report's output side made faster (issue 17, brief 17r): the map's layered layout without igraph's
Sugiyama (a layered picture that keeps its rows, its spacing and its order)."""

from __future__ import annotations


import numpy as np
import pytest

from partnernet.viz import layout


def _chain(seed: int):
    """Three rows of bodies, their members below, every member at one to three tables."""
    rng = np.random.default_rng(seed)
    bodies = [f"b{i}" for i in range(12)]
    depth = {b: (0 if i < 2 else 1 if i < 6 else 2) for i, b in enumerate(bodies)}
    members = [f"m{i}" for i in range(60)]
    edges = [(b, bodies[int(rng.integers(0, 2 if depth[b] == 1 else 6))]) for b in bodies if depth[b] > 0]
    for m in members:
        edges += [(m, b) for b in rng.choice(bodies, size=int(rng.integers(1, 4)), replace=False)]
    layers = [2 * depth[b] for b in bodies]
    deepest = {m: max(depth[b] for u, b in edges if u == m) for m in members}
    layers += [2 * deepest[m] + 1 for m in members]
    return bodies + members, edges, layers


def test_layered_keeps_rows_spacing_and_is_deterministic():
    nodes, edges, layers = _chain(3)
    positions = layout.layered(nodes, edges, layers)
    assert positions == layout.layered(nodes, edges, layers)
    ys = {}
    for node, row in zip(nodes, layers):
        ys.setdefault(row, set()).add(positions[node][1])
    assert all(len(y) == 1 for y in ys.values())  # one height per row
    heights = [ys[row].pop() for row in sorted(ys)]
    assert heights == sorted(heights) and len(set(heights)) == len(heights)  # row 0 on top, rows apart
    for row in set(layers):
        xs = sorted(positions[n][0] for n, r in zip(nodes, layers) if r == row)
        assert all(b - a >= layout.COLUMN_PIXELS - 0.2 for a, b in zip(xs, xs[1:]))  # a column apart
    assert layout.layered([], [], []) == {}
    assert layout.layered(["a"], [], [0]) == {"a": (0.0, 0.0)}


def test_layered_orders_a_tree_without_crossings():
    """A tree drawn row by row: the barycentre order puts every child under its own parent's side."""
    nodes = ["top", "l", "r", "l1", "r1", "l2", "r2"]
    edges = [("l", "top"), ("r", "top"), ("r1", "r"), ("l1", "l"), ("r2", "r"), ("l2", "l")]
    positions = layout.layered(nodes, edges, [0, 1, 1, 2, 2, 2, 2])
    x = {n: p[0] for n, p in positions.items()}
    left, right = (("l", "l1", "l2"), ("r", "r1", "r2")) if x["l"] < x["r"] else (("r", "r1", "r2"), ("l", "l1", "l2"))
    assert max(x[n] for n in left[1:]) < min(x[n] for n in right[1:])
    assert abs(x["top"] - (x["l"] + x["r"]) / 2) < 1e-6 + layout.COLUMN_PIXELS / 2


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cells_of_text_and_yes_no_columns_are_cell_by_cell(lang):
    """numbers.cells writes a column of names (with and without a bidi control) and a bool column at once:
    the same texts as cell() value by value."""
    import pandas as pd

    from partnernet.language import numbers

    columns = [
        pd.Series(["Gemeente A", "OM, Parket", "", "x" * 40], dtype=object),
        pd.Series(["Gemeente A", "evil\u202ename", "b"], dtype=object),
        pd.Series(["a", None, 3, float("nan"), ["p", "q"]], dtype=object),
        pd.Series([True, False, True]),
        pd.Series([], dtype=bool),
        pd.Series([], dtype=object),
    ]
    for column in columns:
        for fmt in ("", "text", "percent", "int"):
            try:
                expected = [numbers.cell(v, fmt, lang) for v in column.tolist()]
            except (TypeError, ValueError):  # a format that does not fit the values: no cells either way
                with pytest.raises((TypeError, ValueError)):
                    numbers.cells(column, fmt, lang)
                continue
            assert numbers.cells(column, fmt, lang) == expected


def test_the_cycle_check_without_networkx_agrees_with_networkx():
    """io/build's quick check (no networkx unless there is a cycle) finds a cycle exactly when networkx does."""
    import networkx as nx

    from partnernet.io.build import _has_cycle

    rng = np.random.default_rng(7)
    for trial in range(300):
        n = int(rng.integers(1, 12))
        pairs = [(f"n{i}", f"n{int(rng.integers(0, n + 3))}") for i in range(n) if rng.random() < 0.8]
        if trial % 3 == 0:  # a child with two parents (a duplicated id in a file)
            pairs += [(f"n{int(rng.integers(0, n))}", f"n{int(rng.integers(0, n))}")]
        graph = nx.DiGraph(pairs)
        assert _has_cycle(pairs) == (not nx.is_directed_acyclic_graph(graph)), pairs
    assert not _has_cycle([]) and _has_cycle([("a", "a")])
