"""Static charts for the report, drawn with matplotlib as deterministic SVG text.

Charts take plain pandas data and translated labels; they compute nothing.
The SVG has no date and a fixed hash salt, so the same data gives the same file.
"""

from __future__ import annotations

import io

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

matplotlib.rcParams["svg.hashsalt"] = "partnernet"
matplotlib.rcParams["svg.fonttype"] = "path"

ACCENT = "#0b5394"
WARN = "#c0392b"
MUTED = "#9aa7b4"


def _svg(figure: Figure) -> str:
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
    figure = Figure(figsize=(8, 0.32 * len(frame) + 1.2))
    axes = figure.subplots()
    over = frame["hours"] > frame["capacity"]
    axes.barh(range(len(frame)), frame["hours"], color=[WARN if o else ACCENT for o in over])
    known = frame["capacity"].notna().to_numpy()
    axes.scatter(frame["capacity"][known], [i for i, k in enumerate(known) if k], marker="|", s=300,
                 color="black", linewidths=2, label=labels["capacity"], zorder=3)
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

    figure = Figure(figsize=(7, 3.8))
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

