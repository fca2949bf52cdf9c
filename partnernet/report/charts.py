"""Static charts for the report, drawn with matplotlib as deterministic SVG text.

Charts take plain pandas data and translated labels; they compute nothing.
The SVG has no date and a fixed hash salt, so the same data gives the same file.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import glyphs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ACCENT = "#0b5394"
WARN = "#c0392b"
MUTED = "#9aa7b4"


def _figure(**options) -> Figure:
    """A matplotlib Figure (no pyplot), matplotlib imported on the first chart: a command that
    imports the report without drawing (the map, the workbook) does not pay its 0.5 s."""
    import matplotlib
    from matplotlib.figure import Figure

    matplotlib.rcParams["svg.hashsalt"] = "partnernet"
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["font.family"] = glyphs.families()  # names in other scripts: font fallback (report/glyphs.py)
    return Figure(**options)


def _svg(figure: Figure) -> str:
    glyphs.prepare(figure)  # a character no font holds is drawn as a square, without a warning
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
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

    ``curve``: index = number removed, columns ``targeted`` and ``random``
    (fragmentation 0..1).
    """
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    figure = _figure(figsize=(7, 3.8))
    axes = figure.subplots()
    axes.plot(curve.index, curve["targeted"], color=WARN, marker="o", markersize=3, label=labels["targeted"])
    axes.plot(curve.index, curve["random"], color=MUTED, marker="o", markersize=3, label=labels["random"])
    axes.set_xlabel(labels["removed"])
    axes.set_ylabel(labels["fragmentation"])
    axes.set_ylim(0, 1)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_formatter(FuncFormatter(_decimal(lang)))
    axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def network_overview(nodes: pd.DataFrame, edges: pd.DataFrame, legend: dict[str, str], words: dict[str, str]) -> str:
    """Organisations as dots coloured by domain, sized by partners; links as lines, bridges thick and red;
    single points of failure and connectors ringed; names only where ``nodes["label"]`` has one.

    ``nodes``: columns x, y, colour, partners, articulation, connector
    (bools), label (text, "" for none); ``edges``: x0, y0, x1, y1, weight,
    bridge (bool). ``legend``: domain label -> colour; ``words``:
    legend words (articulation, connector, bridge, link, domains, marked).
    """
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    figure = _figure(figsize=(9, 7))
    axes = figure.subplots()
    axes.set_axis_off()
    axes.set_aspect("equal")
    plain = edges[~edges["bridge"].astype(bool)]
    weak = edges[edges["bridge"].astype(bool)]
    width = 0.3 + 1.2 * (plain["weight"] / max(float(plain["weight"].max()), 1.0)) if len(plain) else []
    axes.add_collection(
        LineCollection(
            plain[["x0", "y0", "x1", "y1"]].to_numpy().reshape(-1, 2, 2),
            colors=MUTED,
            linewidths=width,
            alpha=0.35,
            zorder=1,
        )
    )
    axes.add_collection(
        LineCollection(
            weak[["x0", "y0", "x1", "y1"]].to_numpy().reshape(-1, 2, 2), colors=WARN, linewidths=2.5, zorder=2
        )
    )
    size = 20 + 180 * (nodes["partners"] / max(float(nodes["partners"].max()), 1.0))
    axes.scatter(nodes["x"], nodes["y"], s=size, c=nodes["colour"], edgecolors="white", linewidths=0.6, zorder=3)
    for column, colour, ring in (("connector", "black", 1.6), ("articulation", WARN, 2.6)):
        chosen = nodes[nodes[column].astype(bool)]
        axes.scatter(
            chosen["x"],
            chosen["y"],
            s=size[chosen.index] * ring + 40,
            facecolors="none",
            edgecolors=colour,
            linewidths=1.8,
            zorder=4,
        )
    axes.autoscale_view()
    _labels(axes, nodes)
    handles = [
        Line2D(
            [], [], marker="o", linestyle="", markerfacecolor=colour, markeredgecolor="white", markersize=8, label=label
        )
        for label, colour in legend.items()
    ]
    marked = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="none",
            markeredgecolor=WARN,
            markeredgewidth=1.8,
            markersize=10,
            label=words["articulation"],
        ),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="none",
            markeredgecolor="black",
            markeredgewidth=1.8,
            markersize=10,
            label=words["connector"],
        ),
        Line2D([], [], color=WARN, linewidth=2.5, label=words["bridge"]),
        Line2D([], [], color=MUTED, linewidth=1, label=words["link"]),
    ]
    first = axes.legend(
        handles=handles,
        title=words["domains"],
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8,
        title_fontsize=9,
    )
    axes.add_artist(first)
    axes.legend(
        handles=marked,
        title=words["marked"],
        loc="lower left",
        bbox_to_anchor=(1.0, 0.0),
        frameon=False,
        fontsize=8,
        title_fontsize=9,
    )
    return _svg(figure)


def _labels(axes, nodes: pd.DataFrame) -> None:
    """The names in ``nodes["label"]``, each right of its dot on a free row, with a leader line to the dot.

    Drawn as ``annotate`` with an arrow drew them: the leader aims from the dot at the middle of the
    name's box, ends at the box and stops 4 points short of the dot's centre. Here the leaders are
    one LineCollection computed in display units, because annotate clips every arrow against the
    name's rounded box in Python (FancyArrowPatch), 13 ms a label and most of the picture's time.
    """
    from matplotlib.collections import LineCollection

    labelled = nodes.loc[nodes["label"] != "", ["x", "y", "label"]]
    if labelled.empty:
        return
    shift = float(nodes["x"].max() - nodes["x"].min()) * 0.02
    box = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}
    texts = [
        axes.text(x + shift, y_text, glyphs.drawable(label), fontsize=7, zorder=5, va="center", bbox=box)
        for (x, _y, label), y_text in zip(labelled.itertuples(index=False), _label_rows(labelled, nodes))
    ]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    axes.apply_aspect()  # the final data-to-display transform
    figure = axes.get_figure()
    to_display = axes.transData
    points = figure.dpi / 72
    # One renderer to measure the names with (without one, each text makes its own 2.5 MB canvas)
    renderer = FigureCanvasAgg(figure).get_renderer()
    extents = np.array([text.get_window_extent(renderer).extents for text in texts])  # x0, y0, x1, y1 in pixels
    pad = 0.15 * 7 * points  # the box's pad: 0.15 of the font size
    centre = (extents[:, :2] + extents[:, 2:]) / 2
    half = (extents[:, 2:] - extents[:, :2]) / 2 + pad
    dot = to_display.transform(labelled[["x", "y"]].to_numpy(dtype=float))
    towards = dot - centre
    with np.errstate(divide="ignore"):  # the share of the way from the centre to the dot inside the box
        inside = np.min(np.where(towards != 0, half / np.abs(towards), np.inf), axis=1).clip(max=1.0)
    length = np.hypot(*towards.T)
    short = np.divide(4 * points, length, out=np.ones_like(length), where=length > 0).clip(max=1.0)
    begin = centre + towards * inside[:, None]
    end = dot - towards * short[:, None]
    ends = to_display.inverted().transform(np.vstack([begin, end]))
    leaders = np.stack([ends[: len(texts)], ends[len(texts) :]], axis=1)
    axes.add_collection(
        LineCollection(list(leaders), colors="#5b6b7c", linewidths=0.7, zorder=4.9, capstyle="butt", clip_on=False),
        autolim=False,
    )


def _label_rows(labelled: pd.DataFrame, nodes: pd.DataFrame) -> list[float]:
    """A y for each label so that no two labels overlap: each moves up in steps of one line until free."""
    span_x = float(nodes["x"].max() - nodes["x"].min()) or 1.0
    line = (float(nodes["y"].max() - nodes["y"].min()) or 1.0) / 28
    placed: list[tuple[float, float, float]] = []  # x, y, width of labels placed
    rows = []
    for x, y, label in labelled.itertuples(index=False):
        width = span_x * len(str(label)) / 90  # about 90 characters of 7 pt fit across the drawing
        spot = y
        while any(abs(spot - py) < line and x < px + pw and px < x + width for px, py, pw in placed):
            spot += line
        placed.append((x, spot, width))
        rows.append(spot)
    return rows
