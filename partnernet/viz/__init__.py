"""Interactive maps of a landscape: one offline HTML page drawn with vis-network."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, get_args

import dataclasses
from pathlib import Path

from ..errors import UsageError
from ..output import check_target, input_paths
from . import interactive, layout
from .elements import draw
from .figures import combine_metrics
from .page import Map, check_map_path, render
from .view import select
from .. import language
from ..language.map import Words
from .._many import many

if TYPE_CHECKING:
    from ..language.langs import Lang
    from collections.abc import Hashable, Iterable

    import pandas as pd

    from ..io.schema import Domain, Regime
    from ..landscape import Landscape

#: What a map draws: organisations and bodies (two-mode), or organisations linked by shared tables.
MapProjection: TypeAlias = Literal["two-mode", "organisations"]
PROJECTIONS: tuple[MapProjection, ...] = get_args(MapProjection)
LARGE_MAP_NODES = 300
#: With ``persons=None``, persons are drawn up to this many (a national map stays a usable page).
PERSONS_LIMIT = 5000


def visualise(
    land: Landscape,
    path: str | Path | None = None,
    *,
    size_by: str = "bodies",
    metrics: pd.DataFrame | Iterable[pd.DataFrame] | None = None,
    markers: dict[str, set] | None = None,
    regime: Regime | None = None,
    domain: Domain | None = None,
    around: str | None = None,
    radius: int = 1,
    persons: bool | None = None,
    hierarchy: bool = False,
    projection: MapProjection | None = None,
    title: str | None = None,
    lang: Lang | None = None,
    seed: int = 42,
    inputs: str | Path | Iterable[str | Path] = (),
    register: Landscape | None = None,
    bridges: str | Iterable[Hashable] | None = None,
    person_ids: bool = True,
) -> Map:
    """Draw a landscape as an interactive map in one self-contained HTML page.

    The two-mode map shows organisations (circles, coloured by domain),
    persons (triangles, optional) and consultation bodies (squares, sized by
    meeting hours per month = meetings_per_year x hours_per_meeting / 12;
    white with a dashed border when unknown). Lines show who sits where
    (thicker for a chair or secretary), which person works for which
    organisation, and reporting lines between bodies (arrows). The
    organisation projection links organisations by the tables they share.
    Hovering a node shows its key figures: domain, regime, tables, hours,
    roles, and every column of ``metrics``. Every word on the page (legend,
    hover rows, vocabulary values such as domains and roles, numbers with a
    decimal comma) is Dutch with ``lang="nl"`` (the default, or ``$PARTNERNET_LANG``),
    for the steering group's report; ``lang="en"`` for English.

    Positions are computed in Python (Fruchterman & Reingold 1991, or
    Sugiyama et al. 1981 for ``hierarchy``) with a fixed seed and physics is
    off, so even thousands of nodes are usable at once and the same
    landscape gives the same picture. The page makes no request to any
    host: vis-network is inlined, and every name is escaped.

    Parameters
    ----------
    land : Landscape
        Usually a snapshot, ``land.at(date)``.
    path : str or Path, optional
        Write the page there (one .html file, nothing else), never over the
        landscape's source or one of ``inputs`` (files the caller read).
    size_by : str
        What sizes organisations: ``bodies`` (number of bodies it sits at,
        directly or through its persons) or any numeric column of ``metrics``.
    metrics : DataFrame or list of DataFrames, optional
        Results of the analyses (centrality, connectors, overload, ...),
        indexed by node id; shown on hover and usable for ``size_by``.
    markers : dict of label -> set of node ids, optional
        Nodes to mark with a thick border, e.g. ``{"connector": {...},
        "articulation point": {...}}``; each label gets its own colour.
    regime, domain, around, radius
        Show only bodies of one regime (``ct`` and ``crime`` include
        ``both``), organisations of one domain, or the neighbourhood of one
        organisation ``radius`` steps out (organisation -> body -> organisation).
    persons : bool or None
        Draw persons between their organisation and their tables. None (the
        default): when the landscape has at most ``PERSONS_LIMIT`` (5,000)
        persons; the summary says when they are left out.
    hierarchy : bool
        Lay out the reporting chain top-down: bodies in rows by depth,
        members below their deepest table.
    projection : None, "two-mode" or "organisations"
        Draw the two-mode landscape (default) or organisations linked by
        shared tables (edge width: number of shared tables).
    title : str, optional
        Page title; by default the landscape's name and date.
    lang : "nl" | "en", optional
        Language of the page; None (default): ``$PARTNERNET_LANG``, else
        Dutch. Metric columns get labels for the known analysis columns
        (``betweenness`` -> "tussenpositie (betweenness)"), others show their
        name with spaces; the page and ``summary`` are in this language.
    seed : int
        Seed of the layout.
    inputs : iterable of paths
        Further input files (metrics, markers) the page must not overwrite.
    register : Landscape, optional
        The whole register ``land`` was taken from (``land = register.at(date)``):
        the page then draws every body and membership of the register and
        gets a date slider that shows them as ``register.at(day)`` would,
        starting at ``land.date``. Figures on hover are ``land``'s.
    bridges : iterable of node ids, optional
        The actors the layers view "CT and crime, bridges marked" marks, as
        the caller computed them, e.g. ``set(pn.layers(land).bridge_actors.index)``
        (actors with tables in both the CT and the crime layer); without it
        that view marks nothing.
    person_ids : bool
        Show a person's id after the name on hover, in the side panel and in
        the search (default). The report's map turns it off unless the report
        shows names: a map that circulates shows a person by function only.

    Without a filter, ``register`` draws the whole register; with ``regime``,
    ``domain``, ``around`` or a projection the page shows ``land`` alone.

    The page is a working tool: a search box (name, id or function) that
    centres and selects; a click highlights a node's neighbourhood (one or
    two steps) and opens a side panel with its figures and tables; legend
    lines toggle domains, regimes, levels and kinds of node; CT and crime
    layers alone or together with their bridges marked; a what-if panel
    that removes the chosen organisations, persons or bodies and shows
    fragmentation F and the organisations cut off, computed in the page as
    :func:`partnernet.whatif` does; views (two-mode, organisation network,
    reporting hierarchy); the top 10 by a metric marked; PNG export. Above
    ``interactive.CLUSTER_NODES`` nodes it opens with organisations grouped
    by domain and persons hidden.

    Returns
    -------
    Map
        ``html`` (the page), ``nodes``/``edges`` (vis-network records with
        ``x``/``y`` in pixels), ``counts``, ``summary`` (one line in
        ``lang``, as the page shows it); ``save(path)``;
        shows itself inline in Jupyter.

    Raises
    ------
    UsageError
        For an unknown regime, domain, organisation, ``size_by`` column,
        projection, language, or marked id, with the valid choices; for a
        ``path`` that is an input or cannot be written.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = tempfile.TemporaryDirectory()
    >>> pn.visualise(land, Path(folder.name) / "map.html", regime="ct", persons=False, lang="en")  # doctest: +ELLIPSIS
    <Map: 31 organisations, 19 bodies; showing regime CT; 121 lines; ...>
    >>> folder.cleanup()
    """
    if path is not None:
        check_map_path(check_target(path, input_paths(land.source, *many(inputs))))
    words = Words(language.get(lang).lang, names=person_ids)
    projection = _projection(projection, hierarchy)
    markers = _markers(land, markers)
    bridges = _markers(land, {"bridges": set(many(bridges))}).get("bridges", set()) if bridges is not None else set()
    filtered = any(value is not None for value in (regime, domain, around)) or projection is not None
    whole = _whole(land, None if filtered else register)
    view = select(whole, regime=regime, domain=domain, around=around, radius=radius)
    metrics = combine_metrics(metrics)
    persons, persons_left_out = _persons(persons, whole)
    drawing = draw(
        whole,
        view,
        persons=persons,
        projection=projection,
        size_by=size_by,
        metrics=metrics,
        markers=markers,
        words=words,
        figures_of=land,
        person_ids=person_ids,
    )
    how = _place(drawing, view, hierarchy, seed)
    # with the register drawn, the summary counts what the page opens with: the snapshot
    shown = drawing if whole is land else _on_the_day(drawing, land, persons)
    filters = {
        "regime": regime,
        "domain": domain,
        "around": around,
        "radius": radius,
        "left_out": len(land.persons) if persons_left_out else None,
    }
    summary = _summary(shown, size_by, how, words, filters)
    extra = _page_data(whole, land, drawing, view, metrics, words, how, projection)
    extra["bridges"] = sorted(n["id"] for n in drawing.nodes if n["id"] in bridges)
    page = render(
        drawing,
        _options(len(drawing.nodes) > LARGE_MAP_NODES, words.lang),
        title if title is not None else _title(land, words),
        summary,
        words,
        extra,
    )
    result = Map(
        html=page,
        nodes=drawing.nodes,
        edges=drawing.edges,
        counts=shown.counts,
        layout=how,
        summary=summary,
        source=land.source,
    )
    if path is not None:
        result.save(path, inputs)
    return result


def _whole(land, register):
    """What the page draws: ``register`` (checked to be the register of the snapshot ``land``) or ``land``."""
    if register is None:
        return land
    if register.date is not None or land.date is None:
        raise UsageError("register_and_snapshot")
    return register


def _persons(persons: bool | None, land) -> tuple[bool, bool]:
    """(draw persons, left out because there are more than PERSONS_LIMIT)."""
    if persons is not None:
        return bool(persons), False
    many = len(land.persons) > PERSONS_LIMIT
    return not many, many


def _on_the_day(drawing, land, persons: bool):
    """``drawing`` (of the register) with the counts of what ``land``, its snapshot, holds: the summary's figures."""
    present = set(land.organisations.index) | set(land.bodies.index) | set(land.persons.index)
    m = land.memberships
    seated = set(zip(m["member"], m["body"])) | set(zip(m["organisation"], m["body"]))
    counts = {kind: sum(n["group"] == kind and n["id"] in present for n in drawing.nodes) for kind in drawing.counts}
    edges = [
        e
        for e in drawing.edges
        if e["from"] in present
        and e["to"] in present
        and (e["group"] != "membership" or (e["from"], e["to"]) in seated)
    ]
    return dataclasses.replace(drawing, counts=counts, edges=edges)


def _page_data(whole, land, drawing, view, metrics, words: Words, how: str, projection) -> dict:
    """The data of the page's own script (see :mod:`.interactive`)."""
    interactive.facets(whole, drawing.nodes)
    interactive.label_sizes(drawing.nodes)
    data = interactive.register(whole)
    data["dated"] = data["dated"] and whole is not land
    data["date"] = interactive.day(land.date)
    views = {"current": "hierarchy" if how == "hierarchical" else (projection or "two-mode")}
    if how != "hierarchical" and projection is None and len(drawing.nodes) <= interactive.CLUSTER_NODES:
        ids = [n["id"] for n in drawing.nodes]
        layers = layout.hierarchy_layers(drawing.nodes, drawing.edges, view.graph("hierarchy"))
        positions = layout.layered(ids, [(e["from"], e["to"]) for e in drawing.edges], layers)
        views["hierarchy"] = {node: list(xy) for node, xy in positions.items()}
    return {
        "register": data,
        "views": views,
        "words": interactive.page_words(words),
        "facets": interactive.facet_values(drawing.nodes, words),
        "metrics": interactive.metric_values(metrics, {n["id"] for n in drawing.nodes}, words),
        "cluster": len(drawing.nodes) > interactive.CLUSTER_NODES,
    }


def _projection(projection: MapProjection | None, hierarchy: bool) -> MapProjection | None:
    if projection not in (None,) + PROJECTIONS:
        raise UsageError("unknown_choice", what="projection", value=projection, choices=", ".join(PROJECTIONS))
    projection = None if projection == "two-mode" else projection
    if hierarchy and projection is not None:
        raise UsageError("hierarchy_needs_two_mode")
    return projection


def _markers(land, markers) -> dict[str, set]:
    if not markers:
        return {}
    if not isinstance(markers, dict):
        raise UsageError("bad_markers")
    every = land.organisations.index.append(land.bodies.index).append(land.persons.index)
    known = set(every.to_numpy().tolist())  # once, and without pandas boxing each id
    result = {}
    for label, ids in markers.items():
        ids = {ids} if isinstance(ids, str) else set(ids)
        unknown = sorted(map(str, ids - known))
        if unknown:
            raise UsageError(
                "unknown_marked", label=label, ids=", ".join(unknown[:5]) + (" ..." if len(unknown) > 5 else "")
            )
        result[str(label)] = ids
    return result


def _place(drawing, view, hierarchy: bool, seed: int) -> str:
    """Put x/y on every node record; returns the name of the layout used."""
    ids = [n["id"] for n in drawing.nodes]
    pairs = [(e["from"], e["to"]) for e in drawing.edges]
    if hierarchy:
        layers = layout.hierarchy_layers(drawing.nodes, drawing.edges, view.graph("hierarchy"))
        positions, how = layout.layered(ids, pairs, layers), "hierarchical"
    else:
        positions, how = layout.force_directed(ids, pairs, seed), "force-directed"
    for node in drawing.nodes:
        node["x"], node["y"] = positions[node["id"]]
    return how


def _options(big: bool, lang: str) -> dict:
    """vis-network options: no physics (positions are given), straight lines, tooltips on hover."""
    return {
        "locale": lang,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": True,
            "keyboard": False,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "edges": {"smooth": False, "selectionWidth": 2},
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidthSelected": 3},
    }


def _title(land, words: Words) -> str:
    if not land.source or land.source.startswith("<"):
        return words("untitled")
    name = Path(land.source).name
    return words("title", name=name, date=words.date(land.date)) if land.date is not None else name


def _summary(drawing, size_by: str, how: str, words: Words, filters: dict) -> str:
    """One line: what is drawn, which filters, what sizes organisations, how many marked, the layout."""
    counts = [words.count(n, kind) for kind, n in drawing.counts.items() if n]
    shown = [
        words(f"filter_{key}", value=words.value(value) if key in ("regime", "domain") else value)
        for key, value in filters.items()
        if value is not None and key != "left_out" and (key != "radius" or filters["around"] is not None)
    ]
    parts = [
        ", ".join(counts) or words("nothing"),
        words.count(len(drawing.edges), "line"),
        words("sized_by", size=words.size(size_by)),
        words(f"layout_{how}"),
    ]
    marked = [f"{label} {n}" for label, n in drawing.marked.items() if n]
    if marked:
        parts.insert(3, words("marked_count", marks=", ".join(marked)))
    if shown:
        parts.insert(1, words("showing", what=", ".join(shown)))
    if filters.get("left_out"):
        parts.insert(1, words("persons_left_out", value=filters["left_out"]))
    return "; ".join(parts)


__all__ = ["Map", "visualise", "MapProjection", "PROJECTIONS", "LARGE_MAP_NODES", "PERSONS_LIMIT"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
