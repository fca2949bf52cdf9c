"""The interactive map that goes with the report, fed with the report's own analyses.

:func:`partnernet.visualise` computes no analysis; it draws the ``metrics``
and ``markers`` it is given. This module (and the ``viz`` command, through
:func:`inputs_from`) chooses them:

- metrics on hover, in the side panel, and to size organisations by:
  ``betweenness`` and ``partners`` (:func:`partnernet.centrality`),
  ``meeting_hours_per_month``, ``load_ratio`` and ``capacity_hours``
  (:func:`partnernet.overload`, persons' meeting hours too);
- markers: single points of failure (articulation points of the
  organisation and person projections, :func:`partnernet.articulation_points`)
  and connectors (the ``connector`` column of :func:`partnernet.connectors`).
"""

from __future__ import annotations


import pandas as pd

from ..viz import visualise
from ..viz.page import Map
from .. import language
from ..language.langs import Lang
from ..language.map import Words
from .analyses import Basics
from .tables import display_names, shows_person_ids
from ..language.report import Texts

#: Above this many persons the report's map shows organisations and bodies only (persons stay in the tables).
MAP_PERSONS_LIMIT = 3000
CENTRALITY_COLUMNS = ("betweenness", "partners")
LOAD_COLUMNS = ("meeting_hours_per_month", "load_ratio", "capacity_hours")
MAP_COLUMNS = CENTRALITY_COLUMNS + LOAD_COLUMNS


def map_shows_persons(results: Basics) -> bool:
    return len(results.land.persons) <= MAP_PERSONS_LIMIT


def map_page(results: Basics, texts: Texts) -> str:
    """The report's map as one HTML page (the report draws it in a child process, see :mod:`.background`)."""
    return map_of(results, texts).html


def map_of(results: Basics, texts: Texts) -> Map:
    """The two-mode map in the report's language: figures on hover, connectors and single points of failure marked."""
    found = results.connectors
    tables = [found["organisations"]] + ([found["persons"]] if found.get("persons") is not None else [])
    metrics, markers = inputs_from(
        results.centrality,
        results.overload,
        results.person_load,
        tables,
        results.fragmentation["articulation_points"],
        lang=texts.lang,
    )
    land = results.land
    # the map circulates with the report: persons by function there too (with names: those without a name)
    labels = display_names(land, texts)
    land = land.replace(persons=land.persons.assign(name=[labels.get(i, i) for i in land.persons.index]))
    return visualise(
        land,
        metrics=metrics,
        markers=markers,
        title=texts("title"),
        lang=texts.lang,
        persons=map_shows_persons(results),
        person_ids=shows_person_ids(texts),
    )


def inputs_from(
    central: pd.DataFrame,
    load: pd.DataFrame,
    person_load: pd.DataFrame,
    connector_tables: list[pd.DataFrame],
    points: pd.DataFrame,
    lang: Lang | None = None,
) -> tuple[list[pd.DataFrame], dict[str, set]]:
    """The map's ``metrics`` and ``markers`` from analyses already computed.

    ``central`` is :func:`partnernet.centrality`, ``load`` and ``person_load``
    are :func:`partnernet.overload` per organisation and per person,
    ``connector_tables`` the ``organisations`` and ``persons`` tables of
    :func:`partnernet.connectors` (their ``connector`` column marks),
    ``points`` :func:`partnernet.articulation_points`. Marker labels are in
    ``lang`` ("kwetsbare schakel", "verbinder").

    Returns
    -------
    (metrics, markers)
        Pass them on: ``pn.visualise(land, metrics=metrics, markers=markers, lang=lang)``.
    """
    words = Words(language.get(lang).lang)
    chosen = [(central, CENTRALITY_COLUMNS), (load, LOAD_COLUMNS), (person_load, ("meeting_hours_per_month",))]
    metrics = [frame[list(columns)] for frame, columns in chosen if not frame.empty]
    marked_connectors = set().union(
        *(set(table.index[table["connector"].astype(bool)]) for table in connector_tables if not table.empty)
    )
    # Single points of failure first: the rarer, graver mark keeps its colour on a node that is both.
    markers = {words("marker_articulation_point"): set(points.index), words("marker_connector"): marked_connectors}
    return metrics, markers


from .._public import public_dir

__all__ = [
    "MAP_PERSONS_LIMIT",
    "CENTRALITY_COLUMNS",
    "LOAD_COLUMNS",
    "MAP_COLUMNS",
    "map_shows_persons",
    "map_page",
    "map_of",
    "inputs_from",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
