"""Gephi's graph files as Gephi writes them: mixed graphs, spells, and the checks the CSV readers make.

networkx refuses a GEXF with ``defaultedgetype="mixed"`` or a GraphML whose
edges say ``directed`` against the graph's default, and accepts edges to
undeclared nodes without a word. :func:`prepare` reads the XML once with the
same parser networkx uses (``xml.etree.ElementTree``: external entities are
not fetched, and expat refuses entity expansion attacks), checks it, and
returns the document for networkx with every edge marked with its id and
its own direction (``partnernet_edge``, ``partnernet_directed``), the graph
made directed when any edge is. Problems name the element: node id, edge id.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from ..errors import ERROR, WARNING, InputError, Problem

EDGE_ID, DIRECTED = "partnernet_edge", "partnernet_directed"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name: str) -> list:
    return [child for child in element.iter() if _local(child.tag) == name]


def prepare(path: Path, problems: list[Problem]) -> io.BytesIO:
    """The file checked and marked for networkx's reader; errors raise InputError, warnings go to ``problems``."""
    try:
        tree = ET.parse(path)
    except (ET.ParseError, OSError, ValueError) as exc:
        raise InputError(Problem.of(ERROR, "unreadable-file", str(path), key="unreadable-graph", reason=exc)) from None
    root = tree.getroot()
    gexf = _local(root.tag) == "gexf"
    graph = next(iter(_children(root, "graph")), None)
    if graph is None:
        raise InputError(Problem.of(ERROR, "unreadable-file", str(path), key="no-graph-element"))
    label = f"{path.name}"
    nodes = [n.get("id") for n in _children(graph, "node")]
    _check_nodes(nodes, label)
    default = graph.get("defaultedgetype" if gexf else "edgedefault", "undirected")
    edges = _children(graph, "edge")
    directions = [_directed(edge, gexf, default) for edge in edges]
    _check_edges(edges, directions, set(nodes), label, problems)
    if gexf:
        graph.set("defaultedgetype", "directed" if any(directions) else "undirected")
    else:
        graph.set("edgedefault", "directed" if any(directions) else "undirected")
    _mark(root, graph, edges, directions, gexf)
    data = io.BytesIO()
    tree.write(data, encoding="utf-8", xml_declaration=True)
    data.seek(0)
    return data


def _directed(edge, gexf: bool, default: str) -> bool:
    if gexf:
        return (edge.get("type") or default) == "directed"
    given = edge.get("directed")
    return given == "true" if given in ("true", "false") else default == "directed"


def _check_nodes(nodes: list, label: str) -> None:
    seen: dict[str, str] = {}
    errors = []
    for node in nodes:
        if node is None:
            errors.append(Problem.of(ERROR, "missing-id", label, key="node-without-id"))
            continue
        key = node.strip()
        if key in seen and seen[key] != node:
            errors.append(Problem.of(ERROR, "duplicate-id", label, key="spaced-node-ids", first=seen[key], second=node))
        seen.setdefault(key, node)
    if errors:
        raise InputError(errors)


def _check_edges(edges: list, directions: list[bool], nodes: set, label: str, problems: list[Problem]) -> None:
    errors, seen = [], defaultdict(list)
    for position, (edge, directed) in enumerate(zip(edges, directions), start=1):
        name = edge.get("id") or f"number {position}"
        for end in ("source", "target"):
            if edge.get(end) not in nodes:
                errors.append(
                    Problem.of(
                        ERROR, "unknown-id", label, position, end, unit="edge", edge=name, end=end, value=edge.get(end)
                    )
                )
        ends = (edge.get("source"), edge.get("target"))
        key: tuple = ends if directed else tuple(sorted(map(str, ends)))
        seen[key].append(name)
    if errors:
        raise InputError(errors)
    for ends, names in seen.items():
        if len(names) > 1:
            problems.append(
                Problem.of(WARNING, "parallel-edges", label, edges=", ".join(names), first=ends[0], second=ends[1])
            )


def _mark(root, graph, edges: list, directions: list[bool], gexf: bool) -> None:
    """Every edge gets data ``partnernet_edge`` (its id or position) and ``partnernet_directed``."""
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    if gexf:
        attributes = next((a for a in graph if _local(a.tag) == "attributes" and a.get("class") == "edge"), None)
        if attributes is None:
            attributes = ET.Element(f"{ns}attributes", {"class": "edge", "mode": "static"})
            graph.insert(0, attributes)
        for key, kind in ((EDGE_ID, "string"), (DIRECTED, "boolean")):
            ET.SubElement(attributes, f"{ns}attribute", {"id": key, "title": key, "type": kind})
    else:
        for key, kind in ((EDGE_ID, "string"), (DIRECTED, "boolean")):
            root.insert(0, ET.Element(f"{ns}key", {"id": key, "for": "edge", "attr.name": key, "attr.type": kind}))
    for position, (edge, directed) in enumerate(zip(edges, directions), start=1):
        values = {EDGE_ID: edge.get("id") or str(position), DIRECTED: "true" if directed else "false"}
        edge.attrib.pop("type" if gexf else "directed", None)
        if gexf:
            holder = next((a for a in edge if _local(a.tag) == "attvalues"), None)
            holder = holder if holder is not None else ET.SubElement(edge, f"{ns}attvalues")
            for key, value in values.items():
                ET.SubElement(holder, f"{ns}attvalue", {"for": key, "value": value})
        else:
            for key, value in values.items():
                ET.SubElement(edge, f"{ns}data", {"key": key}).text = value
