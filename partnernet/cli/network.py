"""Commands about who connects whom: centrality, connectors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click
import pandas as pd

from ..analysis.grouping import Grouping
from ..language.langs import Lang
from .. import centrality as compute_centrality, connectors as find_connectors
from ..analysis._plumbing import LEVELS
from ..analysis.centrality import MEASURE_COLUMNS, PATH_LENGTHS
from ..errors import UsageError
from ..analysis.connectors import Z_THRESHOLD
from ..graphs import WEIGHTS
from ..language.connectors import reasons, role_labels
from ..output import render_json
from . import cli
from .options import (
    Decimal,
    by_option,
    emit,
    emit_network,
    emit_top,
    format_option,
    printed_output,
    landscape_argument,
    lang_option,
    say,
    say_notes,
    table_option,
    ties_option,
    title_of,
    top_option,
    words,
    level_option,
    network_line,
    View,
)

if TYPE_CHECKING:
    from ..analysis.centrality import PathLengths
    from ..graphs import Weight
    from ..landscape import Level

SORT_MEASURES = ("bodies",) + MEASURE_COLUMNS + ("two_mode_betweenness",)
GROUPINGS = ("domain", "regime", "level", "communities")
NAME_WIDTH = 34
SECTIONS = ("organisations", "persons", "pairs", "without-connector", "coverage", "expected-hub")


@cli.command()
@printed_output()
@landscape_argument()
@level_option(LEVELS)
@by_option(SORT_MEASURES, default="betweenness", name="sort_by")
@click.option(
    "--weight",
    type=click.Choice(WEIGHTS),
    default="shared",
    show_default=True,
)
@click.option(
    "--path-lengths",
    type=click.Choice(PATH_LENGTHS),
    default="hops",
    show_default=True,
)
@click.option(
    "--exact",
    is_flag=True,
)
@ties_option()
@top_option()
@format_option()
@lang_option()
def centrality(
    land,
    level: Level,
    sort_by: str,
    weight: Weight,
    path_lengths: PathLengths,
    exact: bool,
    ties,
    top: int,
    fmt: str,
    lang: str,
) -> None:
    land = land.using_ties(ties)
    result = compute_centrality(
        land, level=level, projection=weight, path_lengths=path_lengths, exact=True if exact else None
    )
    result = result.sort_values(sort_by, ascending=False, kind="stable")
    note = result.attrs.get("note")
    if fmt == "table":
        what = say("persons" if level == "persons" else "organisations").capitalize()
        measure = words().label(sort_by) if lang == "nl" else sort_by
        emit_top(
            _shorten(result),  # the API's column names, as in CSV, JSON and --by
            fmt,
            top,
            say("centrality.title", what=what, measure=measure, date=_date(land)),
        )
        if land.network_kind() != "tables":
            emit_network(land, None, fmt)
        if note:
            click.echo(say_notes(note))
        return
    emit(result, fmt)
    if land.network_kind() != "tables":
        emit_network(land, None, fmt)
    if note:  # stdout holds only the CSV or JSON
        click.echo(say_notes(note), err=True)


@cli.command()
@printed_output()
@landscape_argument()
@by_option(GROUPINGS)
@click.option(
    "--expected-hub",
    metavar="ORGANISATION",
)
@table_option(SECTIONS + ("all",), former=("--section",))
@click.option(
    "--z",
    "z",
    type=Decimal(),
    default=Z_THRESHOLD,
    show_default=True,
)
@ties_option()
@top_option()
@format_option()
@lang_option()
def connectors(
    land, by: Grouping, expected_hub: str | None, table: str | None, z: float, ties, top: int, fmt: str, lang: Lang
) -> None:
    section = table or "all"
    if fmt == "csv" and section == "all":
        section = "organisations"  # CSV holds one table: the main one, first in the view
    if section == "expected-hub" and expected_hub is None:
        raise UsageError("expected_hub_needs_hub")
    land = land.using_ties(ties)
    found = find_connectors(land, by=by, z=z, expected_hub=expected_hub)
    if land.network_kind() != "tables" and fmt != "table":
        emit_network(land, None, fmt)  # on stderr: stdout holds only the data
    keys = {name: name.replace("-", "_") for name in SECTIONS}
    if fmt == "json":
        chosen = (
            found if section == "all" else getattr(found, keys[section])
        )  # --table: that table alone, as everywhere
        click.echo(render_json(chosen))
        return
    if fmt == "csv":
        emit(getattr(found, keys[section]), "csv")
        return
    result = _in_words(found, by, lang)  # the terminal's words; CSV and JSON keep the data (codes, values)
    if section == "coverage":  # no block of the default view (without-connector holds its rows that matter)
        emit_top(
            _connector_table(result["coverage"], "coverage", by),
            fmt,
            top,
            _title("coverage", by, expected_hub, land, result["threshold"]),
        )
        return
    view = View(None if section == "all" else section)  # the default view, or its one block under --table
    for name in [s for s in SECTIONS if s != "coverage" and keys[s] in result]:
        cut = top if name in ("organisations", "persons", "pairs") else None  # the rankings
        title = _title(name, by, expected_hub, land, result["threshold"])
        view.frame(name, _connector_table(result[keys[name]], name, by), title, cut)
    if land.network_kind() != "tables":
        view.line()
        view.line(network_line(land, None))


def _in_words(result, by: str, lang: Lang) -> dict:
    """The result for a terminal: each actor's role in words (``label``) after its ``bridges``, and
    why an organisation has no connector in words (``reason``)."""
    tables = dict(result.items())
    for level in ("organisations", "persons"):
        tables[level] = tables[level].assign(label=role_labels(tables[level], by, lang))
    for name in ("coverage", "without_connector"):
        tables[name] = tables[name].assign(reason=reasons(tables[name], lang, by))
    return tables


def _connector_table(frame: pd.DataFrame, section: str, by: str) -> pd.DataFrame:
    """The columns a reader needs in a terminal, names shortened, long lists cut.

    Organisation ids are readable slugs, so the organisations ranking leaves
    the full name out to keep the table narrow; persons keep their name.
    """
    columns = {
        "organisations": [
            by,
            "bridging",
            "bridging_z",
            "connector",
            "itinerant",
            "boundary",
            "liaison",
            "ei_index",
            "participation",
            "label",
        ],
        "persons": [
            "name",
            "organisation",
            by,
            "bridging",
            "bridging_z",
            "connector",
            "itinerant",
            "boundary",
            "liaison",
            "label",
        ],
        "pairs": ["organisations", "persons"],
        "without-connector": ["name", by, "persons", "reason"],
        "coverage": ["name", by, "persons", "connectors"],
    }.get(section)
    if section == "pairs":
        value = words().value
        frame = frame.set_index(
            # the index is named by a code (domains, regimes, levels, communities): a terminal says it in words
            pd.Index(
                frame["group_a"].map(value) + " / " + frame["group_b"].map(value), name=GROUP_CODES.get(by, "groups")
            )
        )
    frame = frame[[c for c in dict.fromkeys(columns) if c in frame.columns]] if columns else frame
    return _shorten(frame)  # a list cell is cut by whole items where it is shown (render_table)


def _title(section: str, by: str, hub: str | None, land, z: float) -> str:
    return title_of(
        section,
        groups=_plural(by),
        date=_date(land),
        by=by,
        other=say(f"other.{by}"),
        hub=hub,
        z=words().number(z, 2),
    )


GROUP_CODES = {"domain": "domains", "regime": "regimes", "level": "levels", "communities": "communities"}


def _plural(by: str) -> str:
    return say(f"group.{by}" if by in GROUPINGS else "group.domain")


def _shorten(frame: pd.DataFrame) -> pd.DataFrame:
    if "name" not in frame.columns:
        return frame
    names = frame["name"].astype(str)
    return frame.assign(name=names.where(names.str.len() <= NAME_WIDTH, names.str[: NAME_WIDTH - 1] + "…"))


def _date(land) -> str:
    return say("on_date", date=land.date.date()) if land.date is not None else say("all_rows")


from .._public import public_dir

__all__ = ["SORT_MEASURES", "GROUPINGS", "NAME_WIDTH", "SECTIONS", "centrality", "connectors", "GROUP_CODES"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
