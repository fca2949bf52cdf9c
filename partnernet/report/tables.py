"""Turn analysis results into report tables: pick columns, name them in the report's language."""

from __future__ import annotations

import pandas as pd

from ..analysis import memo
from .document import Table
from ..language.labels import VALUE_COLUMNS
from ..language.report import Texts

#: Display format of well-known columns (see ``Table.formats``).
FORMATS = {
    "meeting_hours_per_month": "1", "capacity_hours": "0", "load_ratio": "2", "hours_saved_per_month": "1",
    "combined_meeting_hours_per_month": "1", "jaccard": "2", "betweenness": "3", "harmonic_closeness": "3",
    "eigenvector": "3", "pagerank": "3", "two_mode_betweenness": "3", "weighted_degree": "0",
    "non_decision_hours_share": "percent", "covered_share": "percent", "occasional_share": "percent",
    "new_share": "percent", "core_continuity": "percent", "mean_tables": "1", "mean_partners": "1",
    "mean_betweenness": "3", "ei_index": "2", "expected_ei_index": "2", "participation": "2",
    "fragmentation_without": "3", "score_without": "3", "median_tenure_years": "1", "value": "3",
    "top_value": "3", "bridging_z": "1",
}


def people(land, ids) -> list[str]:
    """Display names: an organisation's or body's name, a person's name with their id (or the id alone)."""
    names = display_names(land)
    return [names[i] if i in names else land.name_of(i) for i in ids]


def display_name(land, node_id) -> str:
    names = display_names(land)
    return names[node_id] if node_id in names else land.name_of(node_id)


def display_names(land) -> dict:
    """Id -> display name of every organisation, body and person, built once per landscape.

    A person's id maps to ``"name (id)"`` (the id alone without a name) and
    wins over an organisation or body with the same id; the others map to
    :meth:`Landscape.name_of`. Reports look up hundreds of thousands of names.
    """
    def build() -> dict:
        names = {i: land.name_of(i) for table in (land.bodies, land.organisations) for i in table.index}
        persons = land.persons
        given = persons["name"] if "name" in persons.columns else pd.Series(pd.NA, index=persons.index)
        names.update((i, str(i) if pd.isna(name) else f"{name} ({i})") for i, name in given.items())
        return names

    return memo.once(land, ("display_names",), build)


def make_table(texts: Texts, title: str, frame: pd.DataFrame, columns: list[str], *, index: str | None = None,
               sheet: str | None = None, note: str = "", limit: int | None = None) -> Table:
    """A report table of ``columns`` (that exist) with translated headers.

    ``index`` names the frame's index (e.g. ``organisation``) to show it as
    the first column; ``limit`` keeps the first rows (the sheet gets them all
    when ``sheet`` is set and ``limit`` is None).
    """
    shown = frame.reset_index() if index else frame.copy()
    if index and index not in shown.columns:
        shown = shown.rename(columns={shown.columns[0]: index})
    wanted = ([index] if index else []) + [c for c in columns if c in shown.columns and c != index]
    shown = shown[wanted].copy()
    for column in wanted:
        if column in VALUE_COLUMNS:
            shown[column] = shown[column].map(texts.value)
    if limit is not None:
        shown = shown.head(limit)
    formats = {texts.column(c): FORMATS[c] for c in wanted if c in FORMATS}
    shown = shown.rename(columns={c: texts.column(c) for c in wanted})
    return Table(title, shown.reset_index(drop=True), note=note, sheet=sheet, formats=formats,
                 columns={texts.column(c): c for c in wanted})


def with_names(frame: pd.DataFrame, land, columns: list[str]) -> pd.DataFrame:
    """Replace id columns by display names (lists of ids become comma-separated names)."""
    frame = frame.copy()
    for column in columns:
        if column in frame.columns:
            frame[column] = frame[column].map(
                lambda v: ", ".join(people(land, v)) if isinstance(v, (list, tuple)) else display_name(land, v)
                if isinstance(v, str) else v)
    return frame
