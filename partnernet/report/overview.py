"""The report's picture of the network: organisations by domain, the weakest links and the connectors marked.

A static overview for readers of a printed or mailed report (the interactive
map goes next to an HTML report). Drawn from the report's own analyses: the
organisation projection, the single points of failure and bridges of
:func:`partnernet.fragmentation`, the connectors of :func:`partnernet.connectors`.
The layout is Fruchterman-Reingold from a fixed seed (:func:`partnernet.viz.layout.force_directed`),
so the same landscape gives the same picture.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from ..language.report import Texts
from ..projection import adjacency_matrix
from . import charts
from .analyses import Basics
from .document import Figure, Link, Paragraph, Section

#: At most this many organisations are drawn: those with most partners, and every marked one.
MAX_NODES = 600
#: At most this many links are drawn (and laid out): the strongest, and every bridge.
MAX_EDGES = 4000
#: Up to this many organisations every one has its name; above it only the key ones (:func:`_key_names`).
LABEL_ALL = 12
#: At most this many names: single points of failure (most cut off first), the ends of links that
#: cannot be missed, then the connectors furthest above chance.
MAX_LABELS = 12
SEED = 42
#: Fruchterman-Reingold iterations for the picture: it settles a few hundred organisations in 200
#: (the map's 500 took a third of the picture's time on 300 organisations and 4,000 links).
ITERATIONS = 200


def overview_section(results: Basics, texts: Texts, figure: Figure | None, map_file: str | None) -> Section:
    """The picture (:func:`overview_figure`, drawn before), and a relative link to the interactive map when
    the report writes one; without a link between organisations, a sentence saying why there is no picture."""
    network = _network(results)
    section = Section(
        "overzicht" if texts.lang == "nl" else "overview",
        texts("s_overview"),
        intro=texts("s_overview_intro", line=texts(f"overview_line_{network}")) if figure else "",
    )
    if figure is not None:
        section.add(figure)
    else:  # no picture: say why rather than leave the reader guessing
        section.add(Paragraph(texts("overview_none", why=texts(f"overview_none_{network}"))))
    if map_file:
        section.add(Link(texts("map_link", file=map_file), map_file))
    return section


def _network(results: Basics) -> str:
    """Which links the organisation network has: "tables", "ties" or "tables+ties"."""
    return str(results.fragmentation.summary.get("network", "tables"))


def overview_figure(results: Basics, texts: Texts) -> Figure | None:
    """The network picture as a report figure, or None when there are no links to draw."""
    # the map's modules (jinja2, scipy.spatial) load only where a picture is drawn: the report's drawing child
    from ..viz.layout import force_directed
    from ..viz.style import UNKNOWN_DOMAIN, domain_colours

    graph = results.land.graph("organisations")
    if graph.number_of_edges() == 0:
        return None
    marks = _marks(results)
    nodes = _chosen_nodes(graph, marks)
    edges = _chosen_edges(graph, nodes, marks["bridges"])
    positions = force_directed(nodes, [(u, v) for u, v, _w, _b in edges], seed=SEED, iterations=ITERATIONS)
    frame = _node_frame(results, graph, nodes, positions, marks, texts)
    lines = pd.DataFrame(
        [(*positions[u], *positions[v], w, b) for u, v, w, b in edges],
        columns=["x0", "y0", "x1", "y1", "weight", "bridge"],
    )
    colours = domain_colours(frame["domain"].where(frame["domain"] != UNKNOWN_DOMAIN))
    frame["colour"] = frame["domain"].map(colours)
    legend = {texts.value(d) if d != UNKNOWN_DOMAIN else texts("unknown"): c for d, c in colours.items()}
    words = {
        key: texts(f"overview_{key}") for key in ("articulation", "connector", "bridge", "link", "domains", "marked")
    }
    svg, unnamed = charts.network_overview(frame, lines, legend, words)
    linked = int((np.diff(_links(graph)[1].indptr) > 0).sum())
    shown = (
        texts("overview_shown", shown=texts.integer(len(nodes)), n=texts.integer(linked)) if len(nodes) < linked else ""
    )
    what = texts(f"overview_line_{_network(results)}")
    caption = [
        texts("overview_title", what=what, z=texts.number(results.connectors["threshold"], 2)),
        shown,
        texts("overview_unnamed", names=texts.listing(unnamed, limit=len(unnamed))) if unnamed else "",
    ]
    title = " ".join(filter(None, caption))
    return Figure(title, svg, texts("overview_alt"))


def _marks(results: Basics) -> dict:
    found = results.fragmentation
    points, bridges = found.articulation_points, found.bridges
    if not points.empty and "level" in points.columns:
        points = points[points["level"] == "organisations"]
    if not bridges.empty and "level" in bridges.columns:
        bridges = bridges[bridges["level"] == "organisations"]
    organisations = results.connectors["organisations"]
    return {
        "articulation": points["nodes_cut_off"] if not points.empty else pd.Series(dtype=float),
        "connector": organisations.index[organisations["connector"]],
        "bridging_z": organisations["bridging_z"],
        "bridges": {frozenset(pair) for pair in zip(bridges.get("source", []), bridges.get("target", []))},
    }


def _links(graph) -> tuple[list[str], sparse.csr_matrix]:
    """The organisations and their weighted adjacency (from the projection's arrays, never walked in Python)."""
    return list(graph.nodes), sparse.csr_matrix(adjacency_matrix(graph, "weight"))


def _chosen_nodes(graph, marks: dict) -> list[str]:
    """Every organisation with a link, or the MAX_NODES with most partners plus the marked ones (graph order)."""
    nodes, matrix = _links(graph)
    degree = pd.Series(np.diff(matrix.indptr), index=nodes)
    linked = degree[degree > 0]
    if len(linked) <= MAX_NODES:
        return linked.index.tolist()
    keep = set(linked.sort_values(ascending=False, kind="stable").index[:MAX_NODES])
    keep |= set(marks["articulation"].index) | set(marks["connector"]) | {n for pair in marks["bridges"] for n in pair}
    return [n for n in linked.index if n in keep]


def _chosen_edges(graph, chosen: list[str], bridges: set) -> list[tuple[str, str, float, bool]]:
    """Links among ``chosen`` as (u, v, weight, is a bridge): the MAX_EDGES strongest and every bridge."""
    nodes, matrix = _links(graph)
    where = pd.Index(nodes).get_indexer(pd.Index(chosen))
    among = sparse.triu(matrix[where][:, where], k=1).tocoo()
    pairs = pd.MultiIndex.from_arrays(
        [np.asarray(chosen, dtype=object)[among.row], np.asarray(chosen, dtype=object)[among.col]]
    )
    both_ways = [pair for u, v in map(tuple, bridges) for pair in ((u, v), (v, u))]
    is_bridge = pairs.isin(both_ways) if both_ways else np.zeros(len(pairs), dtype=bool)
    edges = [(u, v, float(w), bool(b)) for (u, v), w, b in zip(pairs, among.data, is_bridge)]
    if len(edges) > MAX_EDGES:
        order = sorted(range(len(edges)), key=lambda k: (not edges[k][3], -edges[k][2], k))
        edges = [edges[k] for k in sorted(order[:MAX_EDGES])]
    return edges


def _node_frame(results: Basics, graph, nodes: list[str], positions: dict, marks: dict, texts: Texts) -> pd.DataFrame:
    from ..viz.style import UNKNOWN_DOMAIN

    land = results.land
    domains = (
        land.organisations["domain"].reindex(nodes)
        if "domain" in land.organisations.columns
        else pd.Series(np.nan, index=nodes)
    )
    frame = pd.DataFrame(
        {
            "x": [positions[n][0] for n in nodes],
            "y": [positions[n][1] for n in nodes],
            "domain": domains.astype(object).where(domains.notna(), UNKNOWN_DOMAIN).to_numpy(),
            "partners": _partners(graph, nodes),
        },
        index=pd.Index(nodes, name="organisation"),
    )
    frame["articulation"] = frame.index.isin(marks["articulation"].index)
    frame["connector"] = frame.index.isin(marks["connector"])
    frame["label"] = ""
    named = frame.index.tolist() if len(frame) <= LABEL_ALL else _key_names(frame, marks)
    frame.loc[named, "label"] = [land.name_of(n) for n in named]
    frame["priority"] = pd.Series(range(len(named)), index=named).reindex(frame.index).fillna(len(named)).astype(int)
    return frame


def _partners(graph, chosen: list[str]) -> np.ndarray:
    nodes, matrix = _links(graph)
    return np.diff(matrix.indptr)[pd.Index(nodes).get_indexer(pd.Index(chosen))]


def _key_names(frame: pd.DataFrame, marks: dict) -> list[str]:
    """The organisations to name, most important first, at most MAX_LABELS: single points of failure
    (most organisations cut off first), the ends of links that cannot be missed, then connectors
    (highest bridging z first)."""
    cut_off = marks["articulation"].reindex(frame.index).fillna(0)
    ends = {n for pair in marks["bridges"] for n in pair}
    order = pd.DataFrame(
        {
            "point": frame["articulation"],
            "cut": cut_off,
            "end": frame.index.isin(list(ends)),
            "connector": frame["connector"],
            "z": marks["bridging_z"].reindex(frame.index).fillna(0),
        }
    )
    order = order[order["point"] | order["end"] | order["connector"]]
    ranked = order.sort_values(["point", "cut", "end", "z"], ascending=False, kind="stable")
    return ranked.index[:MAX_LABELS].tolist()


from .._public import public_dir

__all__ = [
    "MAX_NODES",
    "MAX_EDGES",
    "LABEL_ALL",
    "MAX_LABELS",
    "SEED",
    "ITERATIONS",
    "overview_section",
    "overview_figure",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
