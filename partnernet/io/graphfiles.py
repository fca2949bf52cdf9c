"""Reading GraphML and GEXF: files written by partnernet, Gephi or other tools.

Three shapes are recognised, in this order:

1. partnernet's own export (or any file whose nodes say their ``kind``:
   organisation, person or body; Dutch organisatie, persoon, overleg);
2. a bipartite graph with node attribute ``bipartite`` (0 = organisation,
   1 = body), as networkx writes it;
3. anything else: every node an organisation, every edge a tie.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from ..errors import ERROR, WARNING, InputError, Problem, place
from .gephi import DIRECTED, EDGE_ID, bad_value, prepare
from .readers import RawInput, frame_to_raw, value_text
from .writers import COVENANT_SEPARATOR

NODE_KINDS = {
    "organisation": "organisation",
    "organisatie": "organisation",
    "organization": "organisation",
    "org": "organisation",
    "person": "person",
    "persoon": "person",
    "body": "body",
    "overleg": "body",
    "orgaan": "body",
    "tafel": "body",
    "overlegorgaan": "body",
}
KIND_ATTRIBUTES = ("kind", "type", "soort", "node_type", "partnernet_kind")
#: Drawing attributes from Gephi that are not part of the landscape.
DRAWING = {"viz", "x", "y", "z", "size", "r", "g", "b", "color", "colour", "pid", "start", "end"}
#: Edge attributes added by the graph writers, not by the user.
WRITER_ATTRIBUTES = {"layer", "id", "label", "networkx_key", "key"}
TABLE_OF_KIND = {"organisation": "organisations", "person": "persons", "body": "bodies"}


def read_graph_file(path: Path) -> RawInput:
    raw = RawInput(str(path))
    graph = _read(path, raw.problems)
    kinds = {node: _node_kind(data) for node, data in graph.nodes(data=True)}
    if any(kinds.values()):
        own_format = True
    elif all(data.get("bipartite") in (0, 1, "0", "1") for _, data in graph.nodes(data=True)) and len(graph):
        kinds = {
            node: "organisation" if str(data["bipartite"]) == "0" else "body" for node, data in graph.nodes(data=True)
        }
        own_format = False
    else:
        kinds = dict.fromkeys(graph.nodes, "organisation")
        own_format = False
    _node_tables(raw, graph, kinds, path, own_format)
    _edge_tables(raw, graph, kinds, path)
    return raw


def _read(path: Path, problems: list[Problem]) -> nx.Graph:
    reader = nx.read_graphml if path.suffix.lower() == ".graphml" else nx.read_gexf
    prepared = prepare(path, problems)  # mixed graphs, undeclared nodes, spaced ids, parallel edges
    try:
        return reader(prepared)
    except Exception:  # networkx raises many types; find the cause ourselves, in our words
        prepared.seek(0)
        found = bad_value(prepared, path.suffix.lower() == ".gexf", str(path))
        raise InputError(found or Problem.of(ERROR, "unreadable_file", str(path), key="graph_structure")) from None


def _node_kind(data: dict) -> str | None:
    for key in KIND_ATTRIBUTES:
        value = data.get(key)
        if isinstance(value, str) and value.strip().lower() in NODE_KINDS:
            return NODE_KINDS[value.strip().lower()]
    return None


def _node_tables(raw: RawInput, graph, kinds: dict, path: Path, own_format: bool) -> None:
    records: dict[str, list[dict]] = {"organisations": [], "persons": [], "bodies": []}
    covenants = []
    for position, (node, data) in enumerate(graph.nodes(data=True), start=1):
        kind = kinds[node] or "organisation"
        record = {"id": str(node), "_position": position}
        for key, value in data.items():
            if key in KIND_ATTRIBUTES[:1] + ("bipartite", "label", "covenants") or key in DRAWING and not own_format:
                continue
            if key in KIND_ATTRIBUTES and isinstance(value, str) and value.strip().lower() in NODE_KINDS:
                continue  # the attribute that said the node's kind, not a body's kind
            record["kind" if key == "body_kind" else key] = value
        if "name" not in record and data.get("label") not in (None, str(node)):
            record["name"] = data["label"]
        if kind == "organisation" and data.get("covenants"):
            covenants += [
                {"covenant": c, "organisation": str(node), "_position": position}
                for c in str(data["covenants"]).split(COVENANT_SEPARATOR)
            ]
        records[TABLE_OF_KIND[kind]].append(record)
    records["covenants"] = covenants
    for name, rows in records.items():
        if rows or name in ("organisations", "bodies"):
            _add_table(
                raw,
                name,
                rows,
                place("label.nodes" if name != "covenants" else "label.covenants", path.name, path=str(path)),
                "node",
                ["id"] if name != "covenants" else ["covenant", "organisation"],
            )


def _edge_tables(raw: RawInput, graph, kinds: dict, path: Path) -> None:
    memberships: list[dict[str, Any]] = []
    ties: list[dict[str, Any]] = []
    edges = graph.edges(data=True)
    for position, (u, v, data) in enumerate(edges, start=1):
        data = dict(data)
        edge, directed = data.pop(EDGE_ID, str(position)), data.pop(DIRECTED, None)
        layer = data.get("layer")
        if layer == "reports_to":
            continue
        if layer == "membership" or (layer is None and (kinds[u] == "body") != (kinds[v] == "body")):
            member, body = (u, v) if kinds[v] == "body" else (v, u)
            record: dict[str, Any] = {"member": str(member), "body": str(body)}
            record.update({k: val for k, val in data.items() if k not in WRITER_ATTRIBUTES | {"weight"}})
            memberships.extend({**row, "_position": position} for row in _periods(row=record, edge=edge, raw=raw))
        else:
            record = {"source": str(u), "target": str(v)}  # the same dict[str, Any]
            record.update({k: val for k, val in data.items() if k not in WRITER_ATTRIBUTES})
            if layer is None and directed is not None:
                record.setdefault("directed", bool(directed))
            ties.extend({**row, "_position": position} for row in _periods(row=record, edge=edge, raw=raw))
    _add_table(
        raw, "memberships", memberships, place("label.edges", path.name, path=str(path)), "edge", ["member", "body"]
    )
    if ties:
        _add_table(raw, "ties", ties, place("label.edges", path.name, path=str(path)), "edge", ["source", "target"])


def _periods(row: dict, edge: str, raw: RawInput) -> list[dict]:
    """One row per GEXF spell (its start and end), the row itself without spells."""
    spells = row.pop("spells", None)
    if not spells:
        return [row]
    if len(spells) > 1:
        raw.problems.append(Problem.of(WARNING, "spells", Path(raw.source).name, edge=edge, n=len(spells)))
    # networkx reads a spell without start or end as the text 'None': an open period
    return [{**row, "start": _bound(start), "end": _bound(end)} for start, end in spells]


def _bound(value) -> str:
    return "" if value is None or str(value) == "None" else str(value)


def _add_table(raw: RawInput, name: str, records: list[dict], label: str, unit: str, required: list[str]) -> None:
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame(columns=[*required, "_position"])
    positions = frame.pop("_position")
    header = [str(c) for c in frame.columns]
    body = frame.map(value_text) if len(frame) else frame.astype(str)
    body.index = pd.Index(positions.astype(int))
    body.columns = pd.RangeIndex(len(header))
    raw.tables[name] = frame_to_raw(name, label, header, body, raw.problems, unit=unit)


from .._public import public_dir

__all__ = ["NODE_KINDS", "KIND_ATTRIBUTES", "DRAWING", "WRITER_ATTRIBUTES", "TABLE_OF_KIND", "read_graph_file"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
