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
from ..language.errors import message
from .text import read_xml_text

EDGE_ID, DIRECTED = "partnernet_edge", "partnernet_directed"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name: str) -> list:
    return [child for child in element.iter() if _local(child.tag) == name]


def prepare(path: Path, problems: list[Problem]) -> io.BytesIO:
    """The file checked and marked for networkx's reader; errors raise InputError, warnings go to ``problems``."""
    tree = parse_xml(path, str(path), problems)
    root = tree.getroot()
    gexf = _local(root.tag) == "gexf"
    graph = next(iter(_children(root, "graph")), None)
    if graph is None:
        raise InputError(Problem.of(ERROR, "unreadable_file", str(path), key="no_graph_element"))
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


#: expat's error codes (``xml.parsers.expat.errors``) said in our words: key ``xml_syntax.<kind>``.
XML_ERRORS = {3: "empty", 4: "token", 5: "unclosed", 6: "token", 7: "mismatch", 9: "junk", 11: "entity", 20: "unclosed"}
#: Entities partnernet does not expand (expat refuses them): external ones, and those that multiply.
XML_ERRORS.update({12: "refused_entity", 15: "refused_entity", 16: "refused_entity", 43: "refused_entity"})
#: expat's codes for an encoding it does not know or bytes that do not fit the declared one.
XML_ENCODING_ERRORS = {18, 19}


def parse_xml(source, label: str, problems: list[Problem] | None = None) -> ET.ElementTree[ET.Element]:
    """The XML at ``source`` (a path, or a file object of UTF-8 bytes we wrote); InputError naming line
    and character when it is not XML. A path's text comes from :func:`partnernet.io.text.read_xml_text`
    (the one rule on encodings: a UTF-16 or Windows-1252 file reads as its UTF-8 copy); its warning
    goes to ``problems``."""
    if isinstance(source, Path):
        decoded = read_xml_text(source, label)
        if problems is not None:
            problems.extend(decoded.problems)
        source = decoded.text
    try:  # a text is fed whole: ET.parse would give a file's text to expat as bytes in the declared encoding
        return ET.ElementTree(ET.fromstring(source)) if isinstance(source, str) else ET.parse(source)
    except ET.ParseError as exc:
        line, column = exc.position
        if exc.code in XML_ENCODING_ERRORS:
            raise InputError(
                Problem.of(ERROR, "unreadable_file", label, line, unit="line", key="xml_encoding")
            ) from None
        kind = XML_ERRORS.get(exc.code, "other")
        raise InputError(
            Problem.of(
                ERROR, "unreadable_file", label, line, unit="line", key=f"xml_syntax.{kind}", position=column + 1
            )
        ) from None
    except OSError:
        raise InputError(Problem.of(ERROR, "unreadable_file", label, key="cannot_open")) from None
    except (ValueError, LookupError):  # an encoding the parser cannot use ("multi-byte encodings")
        raise InputError(Problem.of(ERROR, "unreadable_file", label, key="xml_encoding")) from None


#: Declared value types networkx converts (GraphML ``attr.type``, GEXF ``type``), and how.
NUMBER_TYPES = {"int": int, "long": int, "integer": int, "short": int, "float": float, "double": float}
BOOLEAN_WORDS = {"true", "false", "0", "1"}


def bad_value(source, gexf: bool, label: str) -> Problem | None:
    """The first node or edge value that does not fit its declared type, or refers to an undeclared
    attribute: what networkx's reader fails on, found with its element and attribute."""
    root = parse_xml(source, label).getroot()
    declared = {}
    for key in _children(root, "attribute" if gexf else "key"):
        domain = (key.get("class") if gexf else key.get("for")) or "all"
        name = key.get("title" if gexf else "attr.name") or key.get("id")
        declared[(domain, key.get("id"))] = (name, (key.get("type" if gexf else "attr.type") or "string").lower())
    for element in ("node", "edge"):
        for position, item in enumerate(_children(root, element), start=1):
            for value in _children(item, "attvalue" if gexf else "data"):
                ref = value.get("for" if gexf else "key")
                name, kind = declared.get((element, ref)) or declared.get(("all", ref)) or (ref, None)
                text = value.get("value") if gexf else value.text
                if kind is not None and (text is None or _fits(text, kind)):
                    continue
                said = {"element": message(f"element.{element}"), "id": item.get("id") or position, "attribute": name}
                if kind is None:
                    return Problem.of(ERROR, "unreadable_file", label, position, unit=element, key="graph_key", **said)
                return Problem.of(
                    ERROR,
                    "unreadable_file",
                    label,
                    position,
                    unit=element,
                    key="graph_value",
                    value=text[:40],
                    type=message(f"type.{'bool' if kind == 'boolean' else NUMBER_TYPES[kind].__name__}"),
                    **said,
                )
    return None


def _fits(text: str, kind: str) -> bool:
    if kind == "boolean":
        return text.strip().lower() in BOOLEAN_WORDS
    if kind not in NUMBER_TYPES:
        return True
    try:
        NUMBER_TYPES[kind](text)
    except ValueError:
        return False
    return True


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
            errors.append(Problem.of(ERROR, "missing_id", label, key="node_without_id"))
            continue
        key = node.strip()
        if key in seen and seen[key] != node:
            errors.append(Problem.of(ERROR, "duplicate_id", label, key="spaced_node_ids", first=seen[key], second=node))
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
                        ERROR, "unknown_id", label, position, end, unit="edge", edge=name, end=end, value=edge.get(end)
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
                Problem.of(WARNING, "parallel_edges", label, edges=list(names), first=ends[0], second=ends[1])
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


from .._public import public_dir

__all__ = [
    "EDGE_ID",
    "DIRECTED",
    "prepare",
    "XML_ERRORS",
    "XML_ENCODING_ERRORS",
    "parse_xml",
    "NUMBER_TYPES",
    "BOOLEAN_WORDS",
    "bad_value",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
