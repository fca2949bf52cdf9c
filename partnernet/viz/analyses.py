"""Which analyses feed the map: the one place where the map meets the analysis API.

:func:`visualise` computes no analysis; it draws the ``metrics`` and
``markers`` it is given. The ``viz`` command (and anyone who wants the same
map) gets them here:

- metrics on hover, and to size organisations by: ``betweenness`` and
  ``partners`` (:func:`partnernet.centrality`), ``meeting_hours_per_month``,
  ``load_ratio`` and ``capacity_hours`` (:func:`partnernet.overload`, persons'
  meeting hours too);
- markers: single points of failure (articulation points of the
  organisation and person projections, :func:`partnernet.articulation_points`)
  and connectors (organisations and persons that broker between domains,
  :func:`partnernet.connectors`).
"""

from __future__ import annotations

import pandas as pd

from ..analysis.centrality import centrality
from ..analysis.connectors import connectors
from ..analysis.overload import overload
from ..analysis.resilience import articulation_points
from .. import language
from ..language.map import Words

CENTRALITY_COLUMNS = ("betweenness", "partners")
LOAD_COLUMNS = ("meeting_hours_per_month", "load_ratio", "capacity_hours")
MAP_COLUMNS = CENTRALITY_COLUMNS + LOAD_COLUMNS


def map_inputs(land, lang: str | None = None) -> tuple[list[pd.DataFrame], dict[str, set]]:
    """The ``metrics`` and ``markers`` of the map, computed from ``land`` by the analyses.

    Parameters
    ----------
    land : Landscape
        Usually a snapshot, ``land.at(date)``; the analyses run on the whole
        landscape, so a filtered map keeps each node's real figures.
    lang : "nl" or "en" (default: ``$PARTNERNET_LANG``, else "nl")
        Language of the marker labels ("single point of failure" /
        "kwetsbare schakel", "connector" / "verbinder").

    Returns
    -------
    (metrics, markers)
        Pass them on: ``pn.visualise(land, metrics=metrics, markers=markers, lang=lang)``.

    Examples
    --------
    >>> import partnernet as pn
    >>> from partnernet.viz.analyses import map_inputs
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> metrics, markers = map_inputs(land, "nl")
    >>> sorted(markers["kwetsbare schakel"])
    ['gemeente-veldstad', 'p001', 'p002', 'politie-ct-team']
    """
    bridging = connectors(land, by="domain")
    return inputs_from(centrality(land), overload(land), overload(land, level="persons"),
                       [bridging["organisations"], bridging["persons"]], articulation_points(land), lang)


def inputs_from(central: pd.DataFrame, load: pd.DataFrame, person_load: pd.DataFrame,
                connector_tables: list[pd.DataFrame], points: pd.DataFrame,
                lang: str | None = None) -> tuple[list[pd.DataFrame], dict[str, set]]:
    """``map_inputs`` from analyses already computed (as the report has them).

    ``central`` is :func:`partnernet.centrality`, ``load`` and ``person_load``
    are :func:`partnernet.overload` per organisation and per person,
    ``connector_tables`` the ``organisations`` and ``persons`` tables of
    :func:`partnernet.connectors`, ``points`` :func:`partnernet.articulation_points`.
    """
    words = Words(language.get(lang).lang)
    chosen = [(central, CENTRALITY_COLUMNS), (load, LOAD_COLUMNS), (person_load, ("meeting_hours_per_month",))]
    metrics = [frame[list(columns)] for frame, columns in chosen if not frame.empty]
    marked_connectors = set().union(*(set(table.index[table["connector"].astype(bool)])
                                      for table in connector_tables if not table.empty))
    # Single points of failure first: the rarer, graver mark keeps its colour on a node that is both.
    markers = {words("marker_articulation_point"): set(points.index),
               words("marker_connector"): marked_connectors}
    return metrics, markers
