"""Turn analysis results into report tables: pick columns, name them in the report's language."""

from __future__ import annotations

from typing import TYPE_CHECKING


import pandas as pd

from .document import Table
from ..language.labels import COLUMN_FORMATS, VALUE_COLUMNS
from ..language.numbers import isolate
from ..language.people import display_name as people_display_name
from ..language.people import display_names as people_display_names
from ..language.report import PLAIN_COLUMNS, Texts

if TYPE_CHECKING:
    from ..landscape import Landscape

#: Display format of well-known columns (see ``Table.formats``); shared with the map's side panel.
FORMATS = COLUMN_FORMATS
#: Columns whose values name measures (columns of other tables), e.g. the expected hub's ``measure``.
MEASURE_COLUMNS = ("measure",)
#: Id columns that hold persons (``actor``: organisations and persons mixed).
PERSON_ID_COLUMNS = ("person", "actor")


#: The report's table registry: every table the report shows, by key, and so every sheet of its workbook
#: (one per key, named ``sheet_<key>`` in :mod:`partnernet.language.report`). A main-text table that shows
#: part of an appendix table takes that table's key (``excerpt=True``) and shares its sheet.
TABLES = (
    "actions",
    "articulation",
    "key_players",
    "bus_factor",
    "covenant_bodies",
    "covenant_ties",
    "domains",
    "ei",
    "overload",
    "pairs",
    "nested",
    "small",
    "bodies",
    "connectors",
    "person_connectors",
    "without_connector",
    "hub",
    "turnover",
    "turnover_orgs",
    "glossary",
    "counts",
    "centrality",
    "covenants",
    "persons",
)


def sheet_title(key: str, texts: Texts) -> str:
    """The worksheet name of the table ``key`` (a key of :data:`TABLES`)."""
    if key not in TABLES:
        raise KeyError(key)  # a table the registry does not know: add it to TABLES (and its sheet_<key> words)
    return texts(f"sheet_{key}")


#: Rows of the main text's longest tables (the appendix and the workbook have them all).
TOP = 15

#: Rows of a report table in a lean PDF (``report(..., full=False)``); the HTML and the workbook have all.
PRINT_ROWS = 15


def shows_person_ids(t: Texts) -> bool:
    """Whether the report shows person ids (p002) anywhere: only with names (``--names``). By default a
    person is their function and organisation in every table, sentence, sheet and on the map; the ids stay
    in machine output (CSV, JSON, the analyses' frames)."""
    return t.names


def id_column(index: str | None, t: Texts) -> str | None:
    """``index`` as a report table's first column, or None when it holds person ids the report does not show
    (:func:`shows_person_ids`); organisation and body ids are shown."""
    return None if index in PERSON_ID_COLUMNS and not shows_person_ids(t) else index


def people(land: Landscape, ids, t: Texts, sentence: bool = False) -> list[str]:
    """Display names: an organisation's or body's name; a person by function and organisation (by name only
    when the report shows names, see :func:`partnernet.language.people.person_labels`).

    ``sentence``: persons described by function get their article ('de coördinator ... van ...')."""
    if sentence:
        return [display_name(land, i, t, sentence) for i in ids]
    names = display_names(land, t)  # once for the list: national tables name a hundred thousand ids
    return [names[i] if i in names else land.name_of(i) for i in ids]


def display_name(land: Landscape, node_id, t: Texts, sentence: bool = False) -> str:
    """:func:`partnernet.language.people.display_name` in the report's language and ``--names`` choice."""
    return people_display_name(land, node_id, t.lang, names=t.names, sentence=sentence)


def display_names(land: Landscape, t: Texts) -> dict:
    """:func:`partnernet.language.people.display_names` in the report's language and ``--names`` choice."""
    return people_display_names(land, t.lang, t.names)


def make_table(
    texts: Texts,
    title: str,
    frame: pd.DataFrame,
    columns: list[str],
    *,
    key: str,
    index: str | None = None,
    excerpt: bool = False,
    appendix: bool = False,
    note: str = "",
    limit: int | None = None,
) -> Table:
    """A report table of ``columns`` (that exist) with translated headers.

    ``key`` is the table's key in :data:`TABLES` (its workbook sheet); ``excerpt``: the table shows part of
    the appendix table with the same key, which fills the sheet. ``appendix``: headers are the analyses'
    labels (index names); in the main text they are the reader's words (:data:`~partnernet.language.report.
    PLAIN_COLUMNS`). ``index`` names the frame's index (e.g. ``organisation``) to show it as
    the first column; ``limit`` keeps the first rows. A lean PDF prints the first
    :data:`PRINT_ROWS` rows of every such table (so sort ``frame`` by what
    matters first) and names the rest in a note; HTML and Excel keep them all.
    """
    shown = frame.reset_index() if index else frame.copy()
    if index and index not in shown.columns:
        shown = shown.rename(columns={shown.columns[0]: index})
    wanted = ([index] if index else []) + [c for c in columns if c in shown.columns and c != index]
    shown = shown[wanted].copy()
    for column in wanted:
        if column in MEASURE_COLUMNS and not appendix:  # measures named by columns: the main text's words
            shown[column] = shown[column].map(
                lambda v: texts.column(v, plain=True) if v in PLAIN_COLUMNS else texts.value(v)
            )
        elif column in VALUE_COLUMNS:
            shown[column] = shown[column].map(texts.value)
    if limit is not None:
        shown = shown.head(limit)
    headers = {c: texts.column(c, plain=not appendix) for c in wanted}
    formats = {headers[c]: FORMATS[c] for c in wanted if c in FORMATS}
    shown = shown.rename(columns=headers)
    return Table(
        title,
        shown.reset_index(drop=True),
        note=note,
        sheet=sheet_title(key, texts),
        key=key,
        excerpt=excerpt,
        formats=formats,
        columns={headers[c]: c for c in wanted},
        print_rows=PRINT_ROWS,
    )


def with_names(frame: pd.DataFrame, land: Landscape, columns: list[str], t: Texts) -> pd.DataFrame:
    """Replace id columns by display names (lists of ids become names separated by semicolons, as a
    description may hold a comma)."""
    frame = frame.copy()
    names = display_names(land, t)

    def named(v):
        if isinstance(v, (list, tuple)):
            return "; ".join(isolate(names[p] if p in names else land.name_of(p)) for p in v)
        if isinstance(v, str):
            return names[v] if v in names else land.name_of(v)
        return v

    for column in columns:
        if column in frame.columns:
            frame[column] = frame[column].map(named)
    return frame


from .._public import public_dir

__all__ = [
    "FORMATS",
    "MEASURE_COLUMNS",
    "PERSON_ID_COLUMNS",
    "TABLES",
    "sheet_title",
    "TOP",
    "PRINT_ROWS",
    "shows_person_ids",
    "id_column",
    "people",
    "display_name",
    "display_names",
    "make_table",
    "with_names",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
