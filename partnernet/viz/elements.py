"""The nodes and edges of a map as vis-network records, with their tooltips.

A tooltip is data (``tip``: a title and rows of label/value text), never
HTML: the page builds it with ``textContent``, so no name can run as code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import figures, style
from ..graphs import ROLE_RANK
from ..language.map import Words
from ..language import numbers
from ..language.numbers import isolate

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterable

    from ..landscape import Landscape


@dataclass
class Drawing:
    """What the page draws: vis-network node and edge records and the legend's sections."""

    nodes: list[dict]
    edges: list[dict]
    legend: list[dict]
    counts: dict[str, int] = field(default_factory=dict)
    marked: dict[str, int] = field(default_factory=dict)


@dataclass
class Figures:
    """Key figures of the whole landscape, looked up by the node records."""

    bodies: pd.Series
    sizes: pd.Series
    hours: pd.Series
    members: pd.DataFrame
    member_roles: pd.Series
    organisation_roles: pd.Series
    metrics: pd.DataFrame | None
    metric_texts: dict
    marks: dict[str, list[str]]
    marker_colours: dict[str, str]
    words: Words
    #: A person's id after their name (hover, side panel, search); off on a map that circulates with a report.
    person_ids: bool = True


def key_figures(land: Landscape, size_by: str, metrics, markers: dict[str, set], words: Words) -> Figures:
    bodies = figures.bodies_per_actor(land)
    marks: dict[str, list[str]] = {}
    for label, ids in markers.items():
        for node in ids:
            marks.setdefault(node, []).append(label)
    return Figures(
        bodies=bodies,
        sizes=figures.size_values(size_by, bodies, metrics),
        hours=land.meeting_hours(),
        members=figures.members_per_body(land),
        member_roles=figures.roles_held(land, "member", words.value),
        organisation_roles=figures.roles_held(land, "organisation", words.value),
        metrics=metrics,
        metric_texts=figures.metric_texts(metrics, words),
        marks=marks,
        marker_colours=style.marker_colours(markers),
        words=words,
    )


def draw(
    land: Landscape,
    view,
    *,
    persons: bool,
    projection: str | None,
    size_by: str,
    metrics,
    markers: dict[str, set],
    words: Words,
    figures_of=None,
    person_ids: bool = True,
) -> Drawing:
    """Node and edge records of ``view`` (a selection of ``land``) with figures from ``figures_of``
    (default ``land``; the snapshot when ``land`` is the whole register), in ``words``."""
    known = key_figures(land if figures_of is None else figures_of, size_by, metrics, markers, words)
    known.person_ids = person_ids
    colours = style.domain_colours(view.organisations["domain"])
    show_persons = persons and projection is None
    nodes = _organisation_nodes(land, view, known, colours)
    if projection is None:
        nodes += _body_nodes(land, view, known)
    if show_persons:
        nodes += _person_nodes(land, view, known, colours)
    if projection is None:
        edges = _membership_edges(land, view, show_persons, words) + _reporting_edges(land, view, words)
    else:
        edges = _shared_edges(land, view, words)
    if view.network_kind() != "tables":  # the ties are (part of) the network: draw them
        edges += _tie_edges(land, view, {n["id"] for n in nodes}, words)
    kinds = {n["group"] for n in nodes}
    counts = {kind: sum(n["group"] == kind for n in nodes) for kind in ("organisation", "body", "person")}
    legend = style.legend(colours, kinds, {e["group"] for e in edges}, known.marker_colours, size_by, words)
    drawn = {n["id"] for n in nodes}
    marked = {label: len(ids & drawn) for label, ids in markers.items()}
    return Drawing(nodes=nodes, edges=edges, legend=legend, counts=counts, marked=marked)


def _node(node_id, kind: str, label, size: float, fill: str, rows: list, known: Figures) -> dict:
    """A node record; ``rows`` are its own figures as tooltip rows (:meth:`Words.column_rows`), the metrics
    and marks follow."""
    marks = known.marks.get(node_id, [])
    colour, border = style.node_colour(fill, marks, known.marker_colours, kind)
    words = known.words
    labels = {label for label, _ in rows}
    rows += [row for row in known.metric_texts.get(node_id, []) if row[0] not in labels]
    if marks:  # words.rows of no marks is no row
        rows += words.rows([("marked_as", marks)])
    with_id = label != node_id and (kind != "person" or known.person_ids)
    title = f"{isolate(str(label))} ({isolate(str(node_id))})" if with_id else str(label)
    record = {
        "id": node_id,
        "group": kind,
        "shape": style.SHAPES[kind],
        "size": float(size),
        "color": colour,
        "borderWidth": border,
        "tip": {"title": title, "rows": rows},
    }
    if kind != "person":  # persons are named on hover only: a readable map, and no names in a screenshot
        record["label"] = isolate(style.short_label(str(label)))
    return record


def _display_names(table: pd.DataFrame) -> list:
    """Each row's name, or its id where it has none, as text."""
    return [
        str(name) if isinstance(name, str) or not pd.isna(name) else str(node)
        for node, name in zip(listed(table.index), listed(table["name"]))
    ]


def _looked_up(values: pd.Series, ids: list) -> list:
    """``[values.get(i) for i in ids]`` (None where missing) without a pandas lookup per id."""
    found = dict(zip(listed(values.index), values.tolist()))
    return [found.get(i) for i in ids]


def _names(land, ids: list) -> list:
    """The name of each of ``ids`` (:meth:`Landscape.name_of`), None where an id is missing (not a text)."""
    name = land.name_of
    return [name(i) if isinstance(i, str) else None for i in ids]


def _organisation_nodes(land, view, known: Figures, colours: dict) -> list[dict]:
    orgs = view.organisations
    ids = listed(orgs.index)
    sizes = style.scaled(known.sizes.reindex(orgs.index), "organisation").tolist()
    domains = [d if isinstance(d, str) else style.UNKNOWN_DOMAIN for d in listed(orgs["domain"])]
    shown = known.words.column_rows(
        [
            ("domain", domains),
            ("regime", listed(orgs["regime"])),
            ("level", listed(orgs["level"])),
            ("bodies", _looked_up(known.bodies, ids)),
            ("capacity_hours", listed(orgs["capacity_hours"])),
            ("roles", _looked_up(known.organisation_roles, ids)),
            ("parent", _names(land, listed(orgs["parent"]))),
        ]
    )
    return [
        _node(node, "organisation", label, size, colours[domain], rows, known)
        for node, label, size, domain, rows in zip(ids, _display_names(orgs), sizes, domains, shown)
    ]


def _body_nodes(land, view, known: Figures) -> list[dict]:
    bodies = view.bodies
    ids = listed(bodies.index)
    hours = known.hours.reindex(bodies.index)
    sizes = style.scaled(hours, "body").tolist()
    every_members = known.members.reindex(bodies.index)
    hours_known = hours.notna().tolist()
    unknown = known.words("unknown")
    shown = known.words.column_rows(
        [
            ("kind", listed(bodies["kind"])),
            ("regime", listed(bodies["regime"])),
            ("level", listed(bodies["level"])),
            ("meeting_hours_per_month", [h if k else unknown for h, k in zip(hours.tolist(), hours_known)]),
            ("meetings_per_year", listed(bodies["meetings_per_year"])),
            ("hours_per_meeting", listed(bodies["hours_per_meeting"])),
            ("organisations", listed(every_members["organisations"])),
            ("persons", listed(every_members["persons"])),
            ("chair", listed(every_members["chair"])),
            ("reports_to", _names(land, listed(bodies["reports_to"]))),
            ("host", _names(land, listed(bodies["host"]))),
            ("covenant", listed(bodies["covenant"])),
        ]
    )
    records = []
    for node, label, size, known_hours, rows in zip(ids, _display_names(bodies), sizes, hours_known, shown):
        fill = style.BODY_COLOUR if known_hours else style.BODY_UNKNOWN_HOURS
        record = _node(node, "body", label, size, fill, rows, known)
        if not known_hours:
            record["shapeProperties"] = {"borderDashes": [4, 3]}
        records.append(record)
    return records


def _person_nodes(land, view, known: Figures, colours: dict) -> list[dict]:
    people = view.persons
    ids = listed(people.index)
    sizes = style.scaled(known.bodies.reindex(people.index).astype(float), "person").tolist()
    domains = listed(people["organisation"].map(land.organisations["domain"]).fillna(style.UNKNOWN_DOMAIN))
    shown = known.words.column_rows(
        [
            ("organisation", _names(land, listed(people["organisation"]))),
            ("function", listed(people["function"])),
            ("bodies", _looked_up(known.bodies, ids)),
            ("roles", _looked_up(known.member_roles, ids)),
        ]
    )
    return [
        _node(node, "person", label, size, colours.get(domain, style.UNKNOWN_COLOUR), rows, known)
        for node, label, size, domain, rows in zip(ids, _display_names(people), sizes, domains, shown)
    ]


def listed(column: pd.Series | pd.Index) -> list:
    """``column.tolist()`` (a Series or an Index of text or numbers) without pandas boxing each value: a
    text column (pandas' ``str`` dtype) is read from its object array at once (the same values, missing
    ones as the column holds them). Not for dates: numpy lists those as integers."""
    return column.to_numpy().tolist()


def shown_names(land: Landscape, ids: Iterable[Hashable]) -> dict[Hashable, str]:
    """Id -> ``isolate(land.name_of(id))`` for each of ``ids``, as tooltips and edge titles write them."""
    name = land.name_of
    names = {i: name(i) for i in ids}
    if not numbers.BIDI_CONTROLS.search("\n".join(names.values())):
        return names
    return {i: isolate(text) for i, text in names.items()}


def _edge(land, source, target, kind: str, words: Words, rows: list, **options) -> dict:
    """An edge record; its title names both ends (``A at B``, ``A works for B``, ...)."""
    title = words(f"edge_{kind}", a=land.name_of(source), b=land.name_of(target))
    return {
        "from": source,
        "to": target,
        "group": kind,
        "color": {"color": style.EDGE_COLOURS[kind], "highlight": "#000000", "hover": "#000000"},
        "tip": {"title": title, "rows": rows},
        **options,
    }


def _membership_edges(land, view, persons: bool, words: Words) -> list[dict]:
    """Actor -> body; with persons drawn, an organisation's line only where it sits itself.

    The lines of ``view.graph("two-mode", persons=persons)`` in its edge order, taken from the
    membership table (:func:`seat_table`) instead of building and walking the networkx graph:
    a national map has a hundred thousand of them.
    """
    seats = seat_table(view, persons)
    if persons:
        seats = seats[seats["direct"]]
    edges = []
    formatted: dict[tuple, list] = {}  # the tooltip rows per distinct (role, type, seats): few of them
    through = words.column("through")
    colour = style.EDGE_COLOURS["membership"]
    template = words.template("edge_membership")
    actors, bodies, roles, kinds, counts = (listed(seats[c]) for c in ("actor", "body", "role", "type", "seats"))
    vias = seats["via"].tolist()
    named = shown_names(land, set(actors) | set(bodies) | ({v for via in vias for v in via} if not persons else set()))
    for actor, body, role, kind, count, via in zip(actors, bodies, roles, kinds, counts, vias):
        shown = (role, kind, count if count > 1 else None)
        if shown not in formatted:
            formatted[shown] = words.rows(zip(("role", "type", "seats"), shown))
        rows = [row[:] for row in formatted[shown]]
        if via and not persons:  # words.rows of ("through", names): the names joined, left out when there are none
            rows.append([through, ", ".join([named[v] for v in via])])
        edges.append(
            {
                "from": actor,
                "to": body,
                "group": "membership",
                "color": {"color": colour, "highlight": "#000000", "hover": "#000000"},
                "tip": {"title": template.format(a=named[actor], b=named[body]), "rows": rows},
                "width": style.ROLE_WIDTH.get(role, 1.0),
            }
        )
    if persons:
        for person, organisation in view.persons["organisation"].items():
            if organisation in view.organisations.index:
                edges.append(_edge(land, person, organisation, "works-for", words, [], dashes=[2, 4], width=1.0))
    return edges


def seat_table(land: Landscape, persons: bool = True) -> pd.DataFrame:
    """The edges of ``land.graph("two-mode", persons=persons)`` as a table, in the graph's edge order.

    Columns ``actor``, ``body``, ``role`` (the most senior), ``type`` (of that row), ``seats`` (the
    most), ``direct`` (an organisation seated itself, not only through its persons; True for a
    person) and ``via`` (an organisation's persons at the body, sorted; empty for a person), as
    :func:`partnernet.graphs.two_mode_graph` puts them on its edges; missing values are None. The
    order is networkx's: actors in node order (organisations, then persons), each actor's bodies in
    order of first appearance in the memberships.
    """
    m = land.memberships
    person_rows = m[m["member_kind"] == "person"]
    parts = [_pairs(person_rows, "member")] if persons else []
    organisations = _pairs(m, "organisation")
    direct = m.loc[m["member_kind"] == "organisation", ["organisation", "body"]].drop_duplicates()
    organisations["direct"] = pd.MultiIndex.from_frame(organisations[["actor", "body"]]).isin(
        pd.MultiIndex.from_frame(direct)
    )
    seated = person_rows[["organisation", "body", "member"]].drop_duplicates().sort_values("member", kind="stable")
    via: dict[tuple, list] = {}  # a loop, not groupby().agg(list): that runs Python per group, 85,000 at nation
    for organisation, body, person in zip(*(listed(seated[c]) for c in ("organisation", "body", "member"))):
        via.setdefault((organisation, body), []).append(person)
    organisations["via"] = [
        via.get(pair, []) for pair in zip(listed(organisations["actor"]), listed(organisations["body"]))
    ]
    parts.append(organisations)
    table = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    actors = land.organisations.index.append(land.persons.index) if persons else land.organisations.index
    order = pd.Series(np.arange(len(actors)), index=actors)
    table = table.iloc[np.argsort(order.reindex(table["actor"]).to_numpy(), kind="stable")]
    return table.reset_index(drop=True)


def _pairs(m: pd.DataFrame, actor: str) -> pd.DataFrame:
    """Per (actor, body) in order of first appearance: most senior role, its row's type, most seats.

    As ``m.groupby([actor, "body"], sort=False)["seats"].max()`` joined with the role and type of each
    pair's first row in order of seniority (rows with a missing actor or body left out), on integer
    codes of the pairs instead of pandas' groups (a national map has 85,000 pairs).
    """
    actors, _ = pd.factorize(m[actor])
    bodies, body_values = pd.factorize(m["body"])
    rows = np.flatnonzero((actors >= 0) & (bodies >= 0))  # groupby leaves out missing keys
    codes = actors[rows].astype(np.int64) * max(len(body_values), 1) + bodies[rows]
    _, first, group = np.unique(codes, return_index=True, return_inverse=True)
    group = group.reshape(-1)
    order = np.argsort(first, kind="stable")  # the pairs in order of first appearance
    seats = np.full(len(first), np.iinfo(np.int64).min)
    np.maximum.at(seats, group, m["seats"].to_numpy(dtype=np.int64)[rows])
    rank = m["role"].map(ROLE_RANK).fillna(len(ROLE_RANK)).to_numpy(dtype=float)[rows]
    senior = np.lexsort((rows, rank, group))  # by pair, then seniority, then row: each pair's first is its role
    starts = np.flatnonzero(np.diff(group[senior], prepend=-1))  # each pair's first place (codes are >= 0)
    chosen = rows[senior[starts]][order]
    pairs = pd.DataFrame(
        {
            "actor": m[actor].take(rows[first[order]]).reset_index(drop=True),
            "body": m["body"].take(rows[first[order]]).reset_index(drop=True),
            "seats": seats[order],
        }
    )
    for column in ("role", "type"):
        values = pd.Series(m[column].to_numpy()[chosen], dtype=object)
        pairs[column] = values.where(values.notna(), None)
    pairs["direct"] = True
    pairs["via"] = [[] for _ in range(len(pairs))]
    return pairs


def _reporting_edges(land, view, words: Words) -> list[dict]:
    return [
        _edge(land, body, parent, "reports-to", words, [], arrows="to", width=2.5)
        for body, parent in view.graph("hierarchy").edges()
    ]


def _shared_edges(land, view, words: Words) -> list[dict]:
    graph = view.graph("organisations")
    return [
        _edge(
            land,
            u,
            v,
            "shared",
            words,
            words.rows([("shared_bodies", int(data["shared"]))]),
            width=min(1.0 + 0.75 * (data["shared"] - 1), 8.0),
        )
        for u, v, data in graph.edges(data=True)
        if data["shared"] > 0
    ]


def _tie_edges(land, view, drawn: set, words: Words) -> list[dict]:
    """Direct ties between drawn actors (a person's tie from the person), arrows on directed ones."""
    ties = view.ties
    keep = ties["source"].isin(drawn) & ties["target"].isin(drawn)
    return [
        _edge(
            land,
            row.source,
            row.target,
            "tie",
            words,
            words.rows([("kind", row.kind)]),
            width=1.5,
            **({"arrows": "to"} if row.directed else {}),
        )
        for row in ties[keep].itertuples(index=False)
    ]


from .._public import public_dir

__all__ = ["Drawing", "Figures", "key_figures", "draw", "seat_table", "listed", "shown_names"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
