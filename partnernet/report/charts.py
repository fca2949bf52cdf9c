"""Static charts for the report, drawn with matplotlib as deterministic SVG text.

Charts take plain pandas data and translated labels; they compute nothing.
The SVG has no date and a fixed hash salt, so the same data gives the same file.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..language import numbers
from . import glyphs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ACCENT = "#0b5394"
WARN = "#c0392b"
MUTED = "#9aa7b4"
GRID = "#e3e8ee"


def _figure(**options) -> Figure:
    """A matplotlib Figure (no pyplot), matplotlib imported on the first chart: a command that
    imports the report without drawing (the map, the workbook) does not pay its 0.5 s."""
    import matplotlib

    Figure = _import_figure()

    matplotlib.rcParams["svg.hashsalt"] = "partnernet"
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["font.family"] = glyphs.families()  # names in other scripts: font fallback (report/glyphs.py)
    return Figure(**options)


def _import_figure() -> type[Figure]:
    """``matplotlib.figure.Figure``, imported without the property lists of the ``set()`` docstrings.

    While ``matplotlib.figure`` is first imported, every Artist subclass it defines writes the
    docstring of its ``set()`` method from an inspection of all its setters (``matplotlib.artist.kwdoc``):
    about a third of the import's 0.3 s CPU, for text only ``help()`` shows. ``backend_agg`` (the
    overview's text measurer) is imported in the same window: it brings the patches, collections, lines
    and text (41 more classes). A report never reads it, so
    kwdoc gives an empty list during that first import (and is put back at once); every picture is
    drawn the same (the charts' SVG is byte-identical). Nothing changes when matplotlib.figure is already
    imported or has no ``kwdoc``.
    """
    import sys

    if "matplotlib.figure" not in sys.modules:
        import matplotlib.artist as artist

        inspect = getattr(artist, "kwdoc", None)
        if inspect is not None:
            artist.kwdoc = lambda artist: ""
            try:
                import matplotlib.figure  # noqa: F401 - imported here for its side effect, see above
                import matplotlib.backends.backend_agg  # noqa: F401 - the overview's text measurer: its artists too
            finally:
                artist.kwdoc = inspect
    from matplotlib.figure import Figure

    return Figure


def _svg(figure: Figure, extent=None) -> str:
    """The figure as SVG text, cut to its content: ``extent`` (inches) when the caller measured it,
    else measured here (matplotlib then draws the figure twice)."""
    glyphs.prepare(figure)  # a character no font holds is drawn as a square, without a warning
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches=extent or "tight", metadata={"Date": None})
    return buffer.getvalue()


def _decimal(lang: str):
    def format_tick(value, _position=None):
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "nl" else text

    return format_tick


def hours_against_capacity(frame: pd.DataFrame, labels: dict[str, str], lang: str) -> str:
    """Horizontal bars of meeting hours per month, with each organisation's capacity marked.

    ``frame``: index = display names, columns ``hours`` and ``capacity``
    (NaN when unknown), in the order to draw (top first).
    """
    from matplotlib.ticker import FuncFormatter

    frame = frame.iloc[::-1]
    figure = _figure(figsize=(8, 0.32 * len(frame) + 1.2))
    axes = figure.subplots()
    over = frame["hours"] > frame["capacity"]
    axes.barh(range(len(frame)), frame["hours"], color=[WARN if o else ACCENT for o in over])
    known = frame["capacity"].notna().to_numpy()
    axes.scatter(
        frame["capacity"][known],
        [i for i, k in enumerate(known) if k],
        marker="|",
        s=300,
        color="black",
        linewidths=2,
        label=labels["capacity"],
        zorder=3,
    )
    axes.set_yticks(range(len(frame)), [str(n) for n in frame.index])
    axes.set_xlabel(labels["hours"])
    axes.xaxis.set_major_formatter(FuncFormatter(_decimal(lang)))
    axes.legend(loc="lower right", frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def robustness_curve(curve: pd.DataFrame, labels: dict[str, str], lang: str) -> str:
    """Fragmentation as actors are removed: targeted (most central first) against random.

    ``curve``: index = number removed (0, 1, 2, ...), columns ``targeted`` and ``random``
    (fragmentation 0..1, drawn as 0-100 %). ``labels``: targeted, random (the lines), removed and
    fragmentation (the axis titles, in the report's language).
    """
    from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

    figure = _figure(figsize=(7, 3.8))
    axes = figure.subplots()
    axes.plot(curve.index, curve["targeted"], color=WARN, marker="o", markersize=3, label=labels["targeted"])
    axes.plot(curve.index, curve["random"], color=MUTED, marker="o", markersize=3, label=labels["random"])
    axes.set_xlabel(labels["removed"])
    axes.set_ylabel(labels["fragmentation"])
    axes.set_ylim(0, 1)
    axes.set_xlim(0, max(int(curve.index.max()), 1))
    axes.xaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=2))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: numbers.integer(value, lang)))
    axes.yaxis.set_major_locator(MultipleLocator(0.2))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: numbers.percent(value, lang)))
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def network_overview(
    nodes: pd.DataFrame, edges: pd.DataFrame, legend: dict[str, str], words: dict[str, str]
) -> tuple[str, list[str]]:
    """Organisations as dots coloured by domain, sized by partners; links as lines, bridges thick and red;
    single points of failure and connectors ringed; names beside the dots where ``nodes["label"]`` has one
    and the name has room (:mod:`.placement`: no leader lines, no name over another).

    ``nodes``: columns x, y, colour, partners, articulation, connector
    (bools), label (text, "" for none), priority (names with a lower one placed first); ``edges``: x0, y0, x1, y1, weight,
    bridge (bool). ``legend``: domain label -> colour; ``words``:
    legend words (articulation, connector, bridge, link, domains, marked).
    Drawn with one path per line width and one scatter per kind of mark (no artist per node or link),
    each name an SVG group ``overview-label-<i>`` holding its box.

    Returns the SVG text and the names asked for that had no free spot (in ``priority`` order).
    """
    figure = _figure(figsize=(7.4, 6.2), dpi=72)  # about the width of A4 less its margins: printed near 1:1
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # after _figure: see _import_figure

    axes = figure.subplots()
    axes.set_axis_off()
    axes.set_aspect("equal")
    _links(axes, edges)
    size = (20 + 180 * (nodes["partners"] / max(float(nodes["partners"].max()), 1.0))).to_numpy(dtype=float)
    axes.scatter(nodes["x"], nodes["y"], s=size, c=nodes["colour"], edgecolors="white", linewidths=0.6, zorder=3)
    outer = size.copy()
    for column, colour, ring in (("connector", "black", 1.6), ("articulation", WARN, 2.6)):
        chosen = nodes[column].to_numpy(dtype=bool)
        axes.scatter(
            nodes["x"][chosen],
            nodes["y"][chosen],
            s=size[chosen] * ring + 40,
            facecolors="none",
            edgecolors=colour,
            linewidths=1.8,
            zorder=4,
        )
        outer[chosen] = np.maximum(outer[chosen], size[chosen] * ring + 40)
    axes.update_datalim(nodes[["x", "y"]].to_numpy(dtype=float))
    axes.margins(0.04)
    axes.autoscale_view()
    _legends(axes, legend, words)
    renderer = FigureCanvasAgg(figure).get_renderer()  # measures names and the picture's extent, draws nothing
    unnamed = _names(axes, nodes, np.sqrt(outer) / 2 + 0.9, renderer)
    return _svg(figure, figure.get_tightbbox(renderer).padded(0.05)), unnamed


def _links(axes, edges: pd.DataFrame) -> None:
    """The links as one path per line width (four widths by weight) and the bridges as one red path."""
    from matplotlib.patches import PathPatch

    bridge = edges["bridge"].to_numpy(dtype=bool)
    weight = edges["weight"].to_numpy(dtype=float)
    width_class = np.minimum((4 * weight / max(float(weight[~bridge].max(initial=0)), 1.0)).astype(int), 3)
    groups = [(~bridge & (width_class == k), 0.45 + 0.35 * k, MUTED, 0.45, 1) for k in range(4)]
    for chosen, width, colour, alpha, order in [*groups, (bridge, 2.5, WARN, 1.0, 2)]:
        if chosen.any():
            path = _segments(edges.loc[chosen, ["x0", "y0", "x1", "y1"]].to_numpy(dtype=float))
            patch = PathPatch(path, fill=False, edgecolor=colour, linewidth=width, alpha=alpha, zorder=order)
            axes.add_artist(patch)  # not add_patch: its limits walk every segment; the dots set the limits


def _segments(ends: np.ndarray):
    """A matplotlib Path of separate straight segments, ``ends`` rows (x0, y0, x1, y1)."""
    from matplotlib.path import Path

    codes = np.tile([Path.MOVETO, Path.LINETO], len(ends))
    return Path(ends.reshape(-1, 2), codes)


def _legends(axes, legend: dict[str, str], words: dict[str, str]) -> None:
    """The domains' colours (top right, outside the drawing) and what the marks mean (bottom right)."""
    from matplotlib.lines import Line2D

    def dot(label, face, edge, edge_width, size):
        return Line2D([], [], marker="o", linestyle="", markerfacecolor=face, markeredgecolor=edge,
                      markeredgewidth=edge_width, markersize=size, label=label)  # fmt: skip

    handles = [dot(label, colour, "white", 1.0, 8) for label, colour in legend.items()]
    marked = [
        dot(words["articulation"], "none", WARN, 1.8, 10),
        dot(words["connector"], "none", "black", 1.8, 10),
        Line2D([], [], color=WARN, linewidth=2.5, label=words["bridge"]),
        Line2D([], [], color=MUTED, linewidth=1, label=words["link"]),
    ]
    options = {"frameon": False, "fontsize": 8, "title_fontsize": 9}
    first = axes.legend(handles=handles, title=words["domains"], loc="upper left", bbox_to_anchor=(1.0, 1.0), **options)
    axes.add_artist(first)
    axes.legend(handles=marked, title=words["marked"], loc="lower left", bbox_to_anchor=(1.0, 0.0), **options)


#: The names' font size in points, and their box's padding as a share of it.
LABEL_POINTS = 7.5
LABEL_PAD = 0.15


def _names(axes, nodes: pd.DataFrame, radii: np.ndarray, renderer) -> list[str]:
    """Each name in ``nodes["label"]`` beside its dot where :func:`.placement.place` finds room; the
    names left out for want of it.

    ``radii``: each dot's outer radius in points (the figure is drawn at 72 dpi: display units are points).
    """
    from matplotlib.font_manager import FontProperties

    from . import placement

    has_name = nodes["label"].to_numpy() != ""
    named = np.flatnonzero(has_name)[np.argsort(nodes["priority"].to_numpy()[has_name], kind="stable")]
    if not len(named):
        return []
    axes.apply_aspect()  # the final data-to-display transform
    to_display = axes.transData
    # one line each: a line break in a name (\n, \r, U+2028, ...) is no glyph; matplotlib warned "Glyph 10 missing"
    labels = [" ".join(str(label).splitlines()) for label in nodes["label"].to_numpy()[named]]
    texts = [glyphs.drawable(label) for label in labels]
    font = FontProperties(family=glyphs.families(), size=LABEL_POINTS)
    pad = LABEL_PAD * LABEL_POINTS
    sizes = np.array([renderer.get_text_width_height_descent(t, font, ismath=False)[:2] for t in texts]) + 2 * pad
    dots = to_display.transform(nodes[["x", "y"]].to_numpy(dtype=float))
    marked = (nodes["articulation"] | nodes["connector"]).to_numpy(dtype=bool, copy=True)
    marked[named] = True
    spots = placement.place(dots, radii, list(named), sizes, tuple(axes.bbox.extents), marked)
    box = {"boxstyle": f"square,pad={LABEL_PAD}", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
    back = to_display.inverted()
    for i, (text, spot) in enumerate(zip(texts, spots)):
        if spot is None:
            continue
        inner = (spot.box[0] + pad, spot.box[1] + pad, spot.box[2] - pad, spot.box[3] - pad)
        x, y = back.transform(placement.Placed(inner, spot.ha, spot.va).anchor)
        axes.text(
            x, y, text, fontproperties=font, ha=spot.ha, va=spot.va, zorder=5, bbox=box, gid=f"overview-label-{i}"
        )
    return [label for label, spot in zip(labels, spots) if spot is None]


from .._public import public_dir

__all__ = [
    "ACCENT",
    "WARN",
    "MUTED",
    "GRID",
    "hours_against_capacity",
    "robustness_curve",
    "network_overview",
    "LABEL_POINTS",
    "LABEL_PAD",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
