"""Commands about consultation load and structure: overload, redundancy, hierarchy, covenants."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from ..analysis.covenants import covenant_coverage
from ..analysis.hierarchy import hierarchy as reporting_chains
from ..analysis._plumbing import LEVELS
from ..analysis.overload import HOURS, overload as consultation_load
from ..analysis.results import Result
from ..analysis.redundancy import MIN_OVERLAP, nested_bodies, redundancy as overlapping_bodies, small_bodies
from ..graphs import ACTOR_SETS
from ..output import render_json
from . import cli
from ..language.notes import reasons
from ..language.numbers import isolate, path
from .options import (
    Decimal,
    table_option,
    current_lang,
    emit,
    emit_top,
    first_rows,
    format_option,
    landscape_argument,
    lang_option,
    level_option,
    say,
    title_of,
    top_option,
    words,
)

if TYPE_CHECKING:
    from ..graphs import Members
    from ..landscape import Level

#: Rows a terminal table shows when --top is not given (csv and json give all).
TABLE_ROWS = 10
#: Terminal tables keep text cells short (long text is cut there); sentences,
#: chains and covenant names are printed as lines or titles instead.
PAIR_COLUMNS = [
    "body_a",
    "body_b",
    "shared_members",
    "union_members",
    "jaccard",
    "overlap_coefficient",
    "hours_saved_per_month",
    "merge_candidate",
]
#: Shown as well when the landscape has value ratings (a collected partner survey).
RATING_PAIR_COLUMNS = ["mean_value_rating_a", "mean_value_rating_b", "stronger_candidate"]
TIE_COLUMNS = ["target", "source_organisation", "target_organisation", "direction", "has_shared_covenant"]


def _when(land) -> str:
    return " " + say("on_date", date=land.date.date()) if land.date is not None else say("all_rows_register_when")


#: ``--table`` names of the commands whose result has several tables (hyphens, as typed) and their parts.
REDUNDANCY_TABLES = {"pairs": "pairs", "small-bodies": "small_bodies", "nested-bodies": "nested_bodies"}
HIERARCHY_TABLES = {
    "summary": "summary",
    "bodies": "bodies",
    "operational-chains": "operational_chains",
    "isolated": "isolated",
}
COVENANT_TABLES = {"members-outside": "members_outside", "bodies": "bodies", "information-ties": "information_ties"}


def _machine_readable(
    parts: Mapping[str, Any] | Result,
    fmt: str,
    csv_part: str,
    table: str | None = None,
    names=None,
    top: int | None = None,
    values: Mapping[str, Any] | None = None,
) -> bool:
    """Print every part as one JSON object, or the main part as CSV; with ``--table`` only that part
    (``names`` maps the typed name to the part), in any format (``--top`` cuts it in a terminal, under its
    worded title: ``values`` fill it). False: the command prints its own view."""
    if table is not None:
        part = _part(parts, names[table])
        title = title_of(table, **(values or {})) if fmt == "table" else None
        click.echo(render_json(part)) if fmt == "json" else emit_top(part, fmt, top, title)
        return True
    if fmt == "json":
        click.echo(render_json(parts))
    elif fmt == "csv":
        emit(_part(parts, csv_part), "csv")
    return fmt != "table"


def _part(parts: Mapping[str, Any] | Result, key: str) -> Any:
    """The part ``key`` of a dict or of a typed result (its field: a key given at run time)."""
    return parts[key] if isinstance(parts, Mapping) else getattr(parts, key)


def _section(frame, title: str) -> None:
    click.echo()
    emit(frame, "table", title)


def _lines(title: str, lines) -> None:
    """Text too long for a table cell (reasons, chains), one item a line."""
    lines, title = first_rows(list(lines), title, None)
    click.echo(f"\n{title}")
    for line in lines:
        click.echo(f"  {line}")
    if not lines:
        click.echo(say("none"))


@cli.command()
@landscape_argument()
@level_option(LEVELS)
@click.option(
    "--threshold",
    type=Decimal(0),
    default=1.0,
    show_default=True,
)
@click.option(
    "--person-capacity",
    type=Decimal(0),
    default=None,
    metavar="HOURS",
)
@top_option(None)
@format_option()
@lang_option()
def overload(
    land, level: Level, threshold: float, person_capacity: float | None, top: int | None, fmt: str, lang: str
) -> None:
    result = consultation_load(land, level=level, threshold=threshold, person_capacity_hours=person_capacity)
    shown_rows = result.head(top) if top else result  # the rows a terminal shows; CSV/JSON get all (emit)
    if fmt == "table" and land.memberships.empty:
        click.echo(say("overload.none", when=_when(land)))
        return
    shown = result.drop(columns="name") if fmt == "table" and level == "organisations" else result
    emit(shown, fmt, say("overload.title", level=say(level[:-1]), when=_when(land), threshold=f"{threshold:g}"))
    lower = int(shown_rows["hours_are_lower_bound"].sum())
    if fmt == "table" and lower and result.loc[result["bodies"] > 0, HOURS].isna().all():
        click.echo(say("overload.all_unknown"))
    elif fmt == "table" and lower:
        click.echo(say("overload.lower", n=lower))


@cli.command()
@landscape_argument()
@click.option(
    "--min-overlap",
    type=Decimal(0, 1, min_open=True),
    default=MIN_OVERLAP,
    show_default=True,
)
@click.option(
    "--members",
    type=click.Choice(ACTOR_SETS),
    default="organisations",
    show_default=True,
)
@table_option(REDUNDANCY_TABLES)
@top_option(None)
@format_option()
@lang_option()
def redundancy(
    land, min_overlap: float, members: Members, table: str | None, top: int | None, fmt: str, lang: str
) -> None:
    every = overlapping_bodies(land, min_overlap=min_overlap, members=members)
    rows = top if top is not None else (TABLE_ROWS if fmt == "table" else 0)
    parts = {
        "pairs": every,  # csv, json: every pair (--top cuts only what a terminal shows)
        "small_bodies": small_bodies(land, members=members),
        "nested_bodies": nested_bodies(land, members=members),
    }
    values = {"members": say(members), "when": _when(land)}
    if _machine_readable(parts, fmt, "pairs", table, REDUNDANCY_TABLES, rows, values):
        return
    shown = PAIR_COLUMNS + [c for c in RATING_PAIR_COLUMNS if c in every.columns]
    emit_top(every[shown], "table", rows, title_of("pairs", **values))
    pairs = every.head(rows) if rows else every
    candidates = pairs[pairs["merge_candidate"].fillna(False).astype(bool)]
    said = reasons(candidates, min_overlap, current_lang())  # words for the terminal, not data (CSV, JSON)
    _lines(
        say("redundancy.candidates", overlap=words().figure(min_overlap)),
        (f"{a} + {b}: {reason}" for a, b, reason in zip(candidates["body_a"], candidates["body_b"], said)),
    )
    _section(parts["small_bodies"][["kind", "members", "member_ids"]], title_of("small-bodies"))
    _section(
        parts["nested_bodies"][["reports_to", "members", "members_of_parent", "meeting_hours_per_month"]],
        title_of("nested-bodies"),
    )


@cli.command()
@landscape_argument()
@table_option(HIERARCHY_TABLES)
@top_option(0)
@format_option()
@lang_option()
def hierarchy(land, table: str | None, top: int, fmt: str, lang: str) -> None:
    result = reporting_chains(land)
    if _machine_readable(result, fmt, "summary", table, HIERARCHY_TABLES, top, {"when": _when(land)}):
        return
    emit(result["summary"].astype(float), "table", title_of("summary", when=_when(land)))
    chains = result["operational_chains"]
    _lines(
        title_of("operational-chains"),
        (f"{layers}  {path(chain)}" for layers, chain in zip(chains["layers"], chains["chain"])),
    )
    _section(result["isolated"][["kind", "regime", "level"]], title_of("isolated"))


@cli.command()
@landscape_argument()
@table_option(COVENANT_TABLES)
@top_option(0)
@format_option()
@lang_option()
def covenants(land, table: str | None, top: int, fmt: str, lang: str) -> None:
    result = covenant_coverage(land)
    if _machine_readable(result, fmt, "bodies", table, COVENANT_TABLES, top, {"when": _when(land)}):
        return
    click.echo(say("covenants.head", when=_when(land)))
    bodies, ties = result["bodies"], result["information_ties"]
    for covenant in sorted(set(bodies["covenant"]) | set(ties["covenant"])):
        at_bodies = bodies[bodies["covenant"] == covenant].drop(columns=["name", "covenant"])
        if len(at_bodies):
            _section(at_bodies, say("covenants.bodies", covenant=isolate(covenant)))
        crossing = ties[ties["covenant"] == covenant].set_index("source")[TIE_COLUMNS]
        _section(crossing, say("covenants.ties", covenant=isolate(covenant)))
    _section(
        result["members_outside"].set_index("body")[["organisation", "domain", "persons"]], title_of("members-outside")
    )


from .._public import public_dir

__all__ = [
    "TABLE_ROWS",
    "PAIR_COLUMNS",
    "RATING_PAIR_COLUMNS",
    "TIE_COLUMNS",
    "REDUNDANCY_TABLES",
    "HIERARCHY_TABLES",
    "COVENANT_TABLES",
    "overload",
    "redundancy",
    "hierarchy",
    "covenants",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
