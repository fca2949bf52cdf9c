"""Where the network overview puts its names: beside their dot, never over another name.

Plain geometry in display units (points of the figure), no matplotlib: each
name is tried at eight spots around its own dot (right, left, above, below,
then the corners), each a small gap from the dot's edge, so a name always
touches the dot it names and needs no leader line. A spot is taken only when
the name's box stays inside the drawing, does not touch a name placed before
(with a margin) and comes no nearer than NEAR points to another marked dot (the
ringed ones, which the names are for), so that a name cannot be read as
another's; among those, the one with the fewest other dots on or within NEAR
points of it wins (ties: the order above). A name with no free spot is left out: the
tables name every organisation, the picture only those it can name clearly.
Greedy placement in priority order, as in Imhof (1975), "Positioning names on
maps", The American Cartographer 2(2), with his preference for the right of
the point.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Spots around a dot, tried in this order: (horizontal, vertical) side, -1 left/below, 0 centred, 1 right/above.
SPOTS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))
#: Space between a dot's edge and its name, and kept free around every name, in points.
GAP = 2.0
MARGIN = 2.0
#: A dot this close to a name's box (points from its edge) could be read as the one named.
NEAR = 5.0


@dataclass(frozen=True)
class Placed:
    """A name's box (x0, y0, x1, y1, display units) and how its text anchors there (matplotlib's ha, va)."""

    box: tuple[float, float, float, float]
    ha: str
    va: str

    @property
    def anchor(self) -> tuple[float, float]:
        """The point the text is drawn at, for its ``ha`` and ``va``."""
        x0, y0, x1, y1 = self.box
        x = {"left": x0, "right": x1, "center": (x0 + x1) / 2}[self.ha]
        y = {"bottom": y0, "top": y1, "center": (y0 + y1) / 2}[self.va]
        return x, y


def place(
    dots: np.ndarray,
    radii: np.ndarray,
    named: list[int],
    sizes: np.ndarray,
    frame: tuple[float, float, float, float],
    marked: np.ndarray | None = None,
) -> list[Placed | None]:
    """A spot for each name, or None when it has none free.

    ``dots``: (n, 2) dot centres; ``radii``: (n,) dot radii (their outer ring); ``named``: the dots to
    name, most important first; ``sizes``: (len(named), 2) width and height of each name's box;
    ``frame``: the drawing's box (x0, y0, x1, y1); ``marked``: (n,) bools, the dots a name must keep
    clear of (default: the named ones). All in the same display units (points).
    """
    if marked is None:
        marked = np.isin(np.arange(len(dots)), named)
    taken: list[tuple[float, float, float, float]] = []
    placed: list[Placed | None] = []
    for dot, (width, height) in zip(named, sizes):
        best = None
        for rank, side in enumerate(SPOTS):
            box = _box(dots[dot], radii[dot], side, width, height)
            if not _inside(box, frame) or any(_touch(box, other) for other in taken):
                continue
            near = _near(box, dots, radii, dot)
            if (near & marked).any():
                continue
            score = (int(near.sum()), rank)
            if best is None or score < best[0]:
                best = (score, box, side)
        if best is None:
            placed.append(None)
            continue
        taken.append(best[1])
        ha = {1: "left", -1: "right", 0: "center"}[best[2][0]]
        va = {1: "bottom", -1: "top", 0: "center"}[best[2][1]]
        placed.append(Placed(best[1], ha, va))
    return placed


def _box(
    centre, radius: float, side: tuple[int, int], width: float, height: float
) -> tuple[float, float, float, float]:
    """The name's box on ``side`` of a dot: touching the circle's bounding square plus the gap."""
    x, y = float(centre[0]), float(centre[1])
    reach = float(radius) + GAP
    if side[0] and side[1]:  # a corner: the box's corner on the circle's diagonal
        reach = float(radius) / np.sqrt(2) + GAP
    h, v = side
    x0 = x + reach if h == 1 else x - reach - width if h == -1 else x - width / 2
    y0 = y + reach if v == 1 else y - reach - height if v == -1 else y - height / 2
    return (x0, y0, x0 + width, y0 + height)


def _inside(box, frame) -> bool:
    return box[0] >= frame[0] and box[1] >= frame[1] and box[2] <= frame[2] and box[3] <= frame[3]


def _touch(a, b) -> bool:
    """Whether two boxes overlap or come closer than MARGIN."""
    return a[0] < b[2] + MARGIN and b[0] < a[2] + MARGIN and a[1] < b[3] + MARGIN and b[1] < a[3] + MARGIN


def _near(box, dots: np.ndarray, radii: np.ndarray, own: int) -> np.ndarray:
    """Which dots other than ``own`` the box covers or comes within NEAR points of (bools)."""
    nearest_x = np.clip(dots[:, 0], box[0], box[2])
    nearest_y = np.clip(dots[:, 1], box[1], box[3])
    hit = np.hypot(dots[:, 0] - nearest_x, dots[:, 1] - nearest_y) < radii + NEAR
    hit[own] = False
    return hit


def overlapping(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    """The pairs of boxes that overlap (for tests and checks): empty when every name stands free."""
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1 :], start=i + 1)
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]


__all__ = ["GAP", "MARGIN", "NEAR", "Placed", "SPOTS", "overlapping", "place"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
