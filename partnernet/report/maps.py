"""The interactive map that goes with the report, fed with the report's own analyses."""

from __future__ import annotations

from pathlib import Path

from ..viz import visualise
from ..viz.analyses import inputs_from
from .analyses import Results
from .tables import display_names
from ..language.report import Texts

#: Above this many persons the report's map shows organisations and bodies only (persons stay in the tables).
MAP_PERSONS_LIMIT = 3000


def map_shows_persons(results: Results) -> bool:
    return len(results.land.persons) <= MAP_PERSONS_LIMIT


def write_map(results: Results, path: Path, texts: Texts) -> None:
    """The two-mode map in the report's language: figures on hover, connectors and single points of failure marked."""
    found = results.connectors
    tables = [found["organisations"]] + ([found["persons"]] if found.get("persons") is not None else [])
    metrics, markers = inputs_from(results.centrality, results.overload, results.person_load, tables,
                                   results.fragmentation["articulation_points"], lang=texts.lang)
    land = results.land
    if not texts.names:  # the map circulates with the report: persons by function there too
        labels = display_names(land, texts)
        land = land.replace(persons=land.persons.assign(name=[labels[i] for i in land.persons.index]))
    visualise(land, path, metrics=metrics, markers=markers, title=texts("title"), lang=texts.lang,
              persons=map_shows_persons(results))
