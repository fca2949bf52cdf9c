"""The interactive map that goes with the report: sized and marked from the report's analyses."""

from __future__ import annotations

from pathlib import Path

from ..viz import visualise
from .analyses import Results
from .texts import Texts

MARKER_LABELS = {"connector": ("verbinder", "connector"), "articulation point": ("kwetsbare schakel", "single point of failure")}


def write_map(results: Results, path: Path, texts: Texts) -> None:
    """The two-mode map with centrality and load on hover, connectors and single points of failure marked."""
    index = 0 if texts.lang == "nl" else 1
    connectors = results.connectors["organisations"]
    persons = results.connectors.get("persons")
    marked_connectors = set(connectors.index[connectors["connector"]])
    if persons is not None and not persons.empty:
        marked_connectors |= set(persons.index[persons["connector"]])
    points = set(results.fragmentation["articulation_points"].index)
    markers = {MARKER_LABELS["connector"][index]: marked_connectors,
               MARKER_LABELS["articulation point"][index]: points}
    metrics = [results.centrality[["betweenness", "partners"]],
               results.overload[["meeting_hours_per_month", "load_ratio"]]]
    visualise(results.land, path, metrics=metrics, markers=markers, title=texts("title"))
