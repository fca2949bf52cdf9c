"""Writers: a landscape to GraphML, GEXF, JSON, xlsx or a folder of CSV files.

Every writer keeps all the input's information, so the file loads again into
an identical landscape. Spreadsheet outputs neutralise text that Excel would
run as a formula (see :func:`partnernet.output.neutralise`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import json
from pathlib import Path

import networkx as nx
import pandas as pd

from .. import __version__
from ..errors import UsageError
from ..graphs import node_attributes
from ..output import (
    check_target,
    csv_text,
    input_paths,
    jsonable,
    neutralise,
    save_workbook,
    write_folder,
    write_sheet,
    write_text,
    writing,
)
from .schema import TABLES
from .._many import many

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..landscape import Landscape

#: The files of a CSV folder partnernet writes: only a folder holding nothing else is replaced.
TABLE_FILES = frozenset(f"{name}.csv" for name in TABLES)
FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".xlsx": "xlsx", "": "csv"}
#: Separator of the covenants an organisation signed, in graph files.
COVENANT_SEPARATOR = "; "
#: Attribute names GEXF reserves (edge type, dynamic start/end), renamed in graph files.
GRAPH_FILE_NAMES = {"start": "start_date", "end": "end_date", "type": "membership_type"}


def input_tables(land: Landscape) -> dict[str, pd.DataFrame]:
    """The landscape's tables as the user gives them: ids as a column, no derived columns."""
    tables = {}
    for name, spec in TABLES.items():
        frame = getattr(land, name)
        if spec.index:
            frame = frame.reset_index()
        if name == "memberships":
            frame = frame.drop(columns=["member_kind", "organisation"])
        tables[name] = frame
    return tables


def write(
    land: Landscape, path: str | Path, inputs: str | Path | Iterable[str | Path] = (), *, force: bool = False
) -> Path:
    """Write ``land`` in the format named by the file's suffix (no suffix: a CSV folder).

    The file is written whole or not at all, and never over the landscape's
    own source (``land.source``) or another of ``inputs``, nor inside an input
    folder (see :func:`partnernet.output.writing`). An existing ``path`` (a
    file or folder that may have been edited since) is replaced only with
    ``force=True``, the rule of ``partnernet convert --force``; an input is
    refused even then.

    Raises
    ------
    UsageError
        For an unknown suffix, an input path, a path that exists (``output_exists``,
        without ``force``), or a path that cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld")
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = pn.write(land, Path(folder.name) / "regio.json")
    >>> path.name, pn.load(path).equals(land)
    ('regio.json', True)
    >>> folder.cleanup()
    """
    path = check_target(path)  # before Path(): '' would become '.' and the message would quote that
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise UsageError("unknown_output_format", suffix=path.suffix)
    sources = input_paths(land.source, *many(inputs))
    check_target(path, sources)  # an input is refused as such, even with force
    if not force and (path.exists() or path.is_symlink()):
        raise UsageError("output_exists", path=path)
    WRITERS[kind](land, path, sources)
    return path


def export_graph(land: Landscape) -> nx.MultiDiGraph:
    """All of the landscape as one graph, for GraphML and GEXF.

    Nodes carry ``kind`` (organisation, person, body) and their table's
    columns (a body's own kind as ``body_kind``; an organisation's signed
    covenants as ``covenants``, separated by ``; ``; ``start``, ``end`` and a
    membership's ``type`` as ``start_date``, ``end_date`` and
    ``membership_type``, since GEXF reserves those names). Edges carry ``layer``:
    ``membership`` (member -> body), ``tie`` (source -> target) or
    ``reports_to`` (body -> body, drawn for Gephi; the loader reads the
    bodies' ``reports_to`` attribute instead).
    """
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    covenants = land.covenants.groupby("organisation")["covenant"].agg(COVENANT_SEPARATOR.join)
    organisations = land.organisations.assign(covenants=land.organisations.index.map(covenants.to_dict()))
    graph.add_nodes_from(node_attributes(organisations, "organisation"))
    graph.add_nodes_from(node_attributes(land.persons, "person"))
    graph.add_nodes_from(node_attributes(land.bodies.rename(columns=GRAPH_FILE_NAMES), "body"))
    tables = input_tables(land)
    tables["memberships"] = tables["memberships"].rename(columns=GRAPH_FILE_NAMES)
    for record in _records(tables["memberships"]):
        graph.add_edge(record.pop("member"), record.pop("body"), layer="membership", **record)
    for record in _records(tables["ties"]):
        graph.add_edge(record.pop("source"), record.pop("target"), layer="tie", **record)
    for body, parent in land.bodies["reports_to"].dropna().items():
        graph.add_edge(body, parent, layer="reports_to")
    return graph


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts without missing values; dates as ISO text, numpy scalars as Python ones."""
    return [{k: v for k, v in row.items() if v is not None} for row in jsonable(frame)]


def write_graphml(land: Landscape, path: Path, inputs: str | Path | Iterable[str | Path] = ()) -> None:
    with writing(path, inputs) as temporary:
        nx.write_graphml(export_graph(land), temporary)


def write_gexf(land: Landscape, path: Path, inputs: str | Path | Iterable[str | Path] = ()) -> None:
    with writing(path, inputs) as temporary:
        nx.write_gexf(export_graph(land), temporary)


def write_json(land: Landscape, path: Path, inputs: str | Path | Iterable[str | Path] = ()) -> None:
    document = {
        "partnernet": __version__,
        "source": land.shown_source,
        "tables": {name: jsonable(frame) for name, frame in input_tables(land).items()},
    }
    write_text(path, json.dumps(document, ensure_ascii=False, indent=1), inputs)


def write_xlsx(land: Landscape, path: Path, inputs: str | Path | Iterable[str | Path] = ()) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, frame in input_tables(land).items():
        write_sheet(workbook.create_sheet(name), frame)
    save_workbook(workbook, path, inputs)


def write_csv_folder(land: Landscape, path: Path, inputs: str | Path | Iterable[str | Path] = ()) -> None:
    """One CSV file per table, as one folder written whole (:func:`partnernet.output.write_folder`)."""
    write_folder(path, csv_files(land), inputs, own=TABLE_FILES.__contains__)


def csv_files(land: Landscape) -> dict[str, bytes]:
    """File name -> UTF-8 CSV of each table; text (headers too) that could run as a formula is neutralised."""
    files = {}
    for name, frame in input_tables(land).items():
        frame = frame.copy()
        for column in frame.columns:
            if pd.api.types.is_datetime64_any_dtype(frame[column]):
                frame[column] = frame[column].dt.strftime("%Y-%m-%d")
            elif frame[column].dtype == bool:
                frame[column] = frame[column].map({True: "true", False: "false"})
            elif not pd.api.types.is_numeric_dtype(frame[column]):
                frame[column] = frame[column].map(neutralise, na_action="ignore")
        frame.columns = [neutralise(str(c)) for c in frame.columns]
        files[f"{name}.csv"] = csv_text(frame).encode("utf-8")
    return files


WRITERS = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "xlsx": write_xlsx,
    "csv": write_csv_folder,
}

from .._public import public_dir

__all__ = [
    "TABLE_FILES",
    "FORMATS",
    "COVENANT_SEPARATOR",
    "GRAPH_FILE_NAMES",
    "input_tables",
    "write",
    "export_graph",
    "write_graphml",
    "write_gexf",
    "write_json",
    "write_xlsx",
    "write_csv_folder",
    "csv_files",
    "WRITERS",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
