"""What the page's own script needs besides the drawing: the register for the date slider and
the what-if, the facets of the legend filters, the other views, the metrics to mark a top by.

Everything is data (ids, dates as ``YYYY-MM-DD`` text, numbers, words); the
script in ``templates/map.js`` computes with it. The what-if in the page
follows :func:`partnernet.analysis.scenario.apply_scenario` (removing an
organisation takes its persons, memberships and ties; removing a person their
memberships and ties; removing a body its memberships) and measures
Borgatti's (2006) fragmentation F = 1 - sum_k s_k (s_k - 1) / (n (n - 1))
over the components of the organisation network (organisations linked by a
shared body, plus the ties when the landscape's network has them), as
:func:`partnernet.whatif` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import unicodedata

import numpy as np
import pandas as pd

from . import style
from ..language.map import PLURALS, WORDS, Words

if TYPE_CHECKING:
    from ..landscape import Landscape

#: Words of the page's controls: sent to the script (keys of ``language.map.WORDS``).
PAGE_WORDS = tuple(
    key
    for key in WORDS
    if key.startswith(
        (
            "search",
            "no_match",
            "steps",
            "edge_",
            "view",
            "layer",
            "top_",
            "date",
            "export",
            "fit",
            "panel",
            "whatif",
            "status_",
            "cluster",
            "legend_toggle",
            "by_",
            "shapes",
        )
    )
)
#: Organisations and bodies shown with their label at every zoom: the largest ones, 8 to 25 of them.
LABELLED = (8, 25)
#: Above this many nodes the page opens with organisations grouped and persons hidden.
CLUSTER_NODES = 3000
#: Largest organisation network (links) the page carries for its organisation view.
SHARED_LINKS_LIMIT = 60_000


def day(value) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def days(values: pd.Series) -> list:
    """Dates as ``YYYY-MM-DD`` text, None where missing (a whole column at once)."""
    # numpy writes a day-precision date as YYYY-MM-DD, five times faster than strftime (110,000 at nation)
    text = np.datetime_as_string(pd.to_datetime(values).to_numpy().astype("datetime64[D]"), unit="D")
    return [None if v == "NaT" else v for v in text.tolist()]


def register(land: Landscape) -> dict:
    """Ids and memberships of ``land`` (its whole register, with dates) as index arrays.

    ``ids``: organisations, then persons, then bodies; ``organisations``:
    how many of ``ids`` are organisations (in landscape order: the order of
    the organisation network's nodes); ``person_of``: person index ->
    organisation index; ``seats``: [member, organisation, body, start, end]
    per membership row; ``bodies``: body index -> [start, end]; ``ties``:
    [source, target, start, end] per tie (empty unless the organisation
    network counts ties).
    """
    orgs, persons, bodies = land.organisations.index, land.persons.index, land.bodies.index
    ids = orgs.append(persons).append(bodies)
    where = pd.Series(np.arange(len(ids)), index=ids)
    m = land.memberships
    seats = [
        list(row)
        for row in zip(
            where.reindex(m["member"]).tolist(),
            where.reindex(m["organisation"]).tolist(),
            where.reindex(m["body"]).tolist(),
            days(m["start"]),
            days(m["end"]),
        )
    ]
    person_of = where.reindex(land.persons["organisation"]).fillna(-1).astype(int)
    ties = []
    if land.with_ties(None):
        t = land.ties
        ties = [
            list(row)
            for row in zip(
                where.reindex(t["source"]).tolist(),
                where.reindex(t["target"]).tolist(),
                days(t["start"]),
                days(t["end"]),
            )
        ]
    return {
        "ids": [str(i) for i in ids.to_numpy().tolist()],
        "organisations": len(orgs),
        "person_of": person_of.tolist(),
        "seats": seats,
        "ties": ties,
        "bodies": [list(pair) for pair in zip(days(land.bodies["start"]), days(land.bodies["end"]))],
        "dated": bool(land.has_dates),
        "date": day(land.date) if land.date is not None else None,
        "names": [land.name_of(i) for i in ids.to_numpy().tolist()],
    }


def facets(land: Landscape, nodes: list[dict]) -> None:
    """Put ``facets`` (kind, domain, regime, level as the legend filters name them; a person has its
    organisation's) and ``find`` (name, id and a person's function, :func:`folded`, for the search box)
    on every node record."""
    columns = ("domain", "regime", "level")
    orgs = {c: _texts(land.organisations, c) for c in columns}
    bodies = {c: _texts(land.bodies, c) for c in ("regime", "level")}
    people = land.persons["organisation"]
    person_org = dict(zip(people.index.to_numpy().tolist(), people.to_numpy().tolist()))
    functions = _texts(land.persons, "function")
    for node in nodes:
        kind, node_id = node["group"], node["id"]
        if kind == "body":
            found = {"domain": None, **{c: bodies[c].get(node_id) for c in ("regime", "level")}}
        else:
            owner = person_org.get(node_id) if kind == "person" else node_id
            found = {c: orgs[c].get(owner) for c in columns}
        node["facets"] = {"kind": kind, **found}
        node["find"] = folded(" ".join([node["tip"]["title"]] + ([functions[node_id]] if node_id in functions else [])))


def folded(text: str) -> str:
    """``text`` for the search box: lower case, without diacritics ("Coördinator" -> "coordinator"); the page's
    script folds what is typed the same way."""
    if text.isascii():  # most names: NFKD leaves ASCII as it is and it has no combining marks
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _texts(table: pd.DataFrame, column: str) -> dict:
    """Id -> text of ``column`` (missing and non-text values left out)."""
    if column not in table.columns:
        return {}
    values = table[column]
    return {k: v for k, v in zip(values.index.to_numpy().tolist(), values.to_numpy().tolist()) if isinstance(v, str)}


def label_sizes(nodes: list[dict]) -> None:
    """The largest organisations and bodies keep their label when zoomed out (``labelled``), others show it
    only when zoomed in (vis-network's label draw threshold)."""
    named = [n for n in nodes if n["group"] != "person"]
    named.sort(key=lambda n: -n["size"])
    shown = max(LABELLED[0], min(LABELLED[1], len(named) // 10))
    for rank, node in enumerate(named):
        node["labelled"] = rank < shown


def facet_values(nodes: list[dict], words: Words) -> dict:
    """Per facet the values present, each with its text in ``words``: the legend's filter lines."""
    found: dict = {"domain": set(), "regime": set(), "level": set(), "kind": set()}
    for node in nodes:
        for facet, value in node["facets"].items():
            if value is not None:
                found[facet].add(value)
    texts = {"kind": lambda v: words(PLURALS[v])}
    return {
        facet: sorted(([v, str(texts.get(facet, words.value)(v))] for v in values), key=lambda p: p[1].lower())
        for facet, values in found.items()
    }


def metric_values(metrics: pd.DataFrame | None, drawn: set, words: Words) -> list[dict]:
    """Numeric metrics columns: ``column``, ``label`` and ``values`` (id -> number) of the drawn nodes."""
    if metrics is None:
        return []
    result = []
    for column in metrics.columns:
        values = metrics[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        kept = values[values.index.isin(drawn) & values.notna()].astype(float)
        result.append(
            {
                "column": str(column),
                "label": words.column(column),
                "values": {str(k): float(v) for k, v in kept.items()},
            }
        )
    return result


def page_words(words: Words) -> dict:
    """The control words in the page's language, its decimal separator and date order, and the edge colours by group."""
    return {
        **{key: words.template(key) for key in PAGE_WORDS},
        "decimal": "," if words.lang == "nl" else ".",
        "day_first": words.lang == "nl",  # dates as the title writes them: 30-11-2026 in Dutch
        "edge_colours": dict(style.EDGE_COLOURS),
    }


from .._public import public_dir

__all__ = [
    "PAGE_WORDS",
    "LABELLED",
    "CLUSTER_NODES",
    "SHARED_LINKS_LIMIT",
    "day",
    "days",
    "register",
    "facets",
    "folded",
    "label_sizes",
    "facet_values",
    "metric_values",
    "page_words",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
