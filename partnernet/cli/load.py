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
    format_option,
    printed_output,
    landscape_argument,
    lang_option,
    level_option,
    say,
    title_of,
    top_option,
    words,
    View,
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
    parts: Mapping[str, Any] | Result, fmt: str, csv_part: str, table: str | None = None, names=None
) -> bool:
    """CSV and JSON: every part as one JSON object, or the main part as CSV; with ``--table`` only that part
    (``names`` maps the typed name to the part), every row and column. False for a terminal: the command prints
    its own view (:class:`~.options.View`)."""
    if fmt == "table":
        return False
    part = parts if table is None and fmt == "json" else _part(parts, names[table] if table else csv_part)
    click.echo(render_json(part)) if fmt == "json" else emit(part, "csv")
    return True


def _part(parts: Mapping[str, Any] | Result, key: str) -> Any:
    """The part ``key`` of a dict or of a typed result (its field: a key given at run time)."""
    return parts[key] if isinstance(parts, Mapping) else getattr(parts, key)


@cli.command()
@printed_output()
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
@printed_output()
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
    if _machine_readable(parts, fmt, "pairs", table, REDUNDANCY_TABLES):
        return
    view = View(table)  # the default view, or its one block under --table
    shown = PAIR_COLUMNS + [c for c in RATING_PAIR_COLUMNS if c in every.columns]
    view.frame("pairs", every[shown], title_of("pairs", members=say(members), when=_when(land)), rows)
    pairs = every.head(rows) if rows else every
    candidates = pairs[pairs["merge_candidate"].fillna(False).astype(bool)]
    said = reasons(candidates, min_overlap, current_lang())  # words for the terminal, not data (CSV, JSON)
    view.lines(
        "merge-candidates",  # a block of the default view alone: its reasons are words, no table of data
        say("redundancy.candidates", overlap=words().figure(min_overlap)),
        (f"{a} + {b}: {reason}" for a, b, reason in zip(candidates["body_a"], candidates["body_b"], said)),
    )
    view.frame("small-bodies", parts["small_bodies"][["kind", "members", "member_ids"]], title_of("small-bodies"))
    columns = ["reports_to", "members", "members_of_parent", "meeting_hours_per_month"]
    view.frame("nested-bodies", parts["nested_bodies"][columns], title_of("nested-bodies"))


@cli.command()
@printed_output()
@landscape_argument()
@table_option(HIERARCHY_TABLES)
@top_option(0)
@format_option()
@lang_option()
def hierarchy(land, table: str | None, top: int, fmt: str, lang: str) -> None:
    result = reporting_chains(land)
    if _machine_readable(result, fmt, "summary", table, HIERARCHY_TABLES):
        return
    if table == "bodies":  # no block of the default view: the table whole, each chain whole as a path
        bodies = result["bodies"].assign(chain=result["bodies"]["chain"].map(path))
        emit_top(bodies, fmt, top, title_of(table, when=_when(land)))
        return
    view = View(table)  # the default view, or its one block under --table
    view.frame("summary", result["summary"].astype(float), title_of("summary", when=_when(land)), top)
    chains = result["operational_chains"]
    view.lines(
        "operational-chains",
        title_of("operational-chains"),
        (f"{layers}  {path(chain)}" for layers, chain in zip(chains["layers"], chains["chain"])),
        top,
    )
    view.frame("isolated", result["isolated"][["kind", "regime", "level"]], title_of("isolated"), top)


@cli.command()
@printed_output()
@landscape_argument()
@table_option(COVENANT_TABLES)
@top_option(0)
@format_option()
@lang_option()
def covenants(land, table: str | None, top: int, fmt: str, lang: str) -> None:
    result = covenant_coverage(land)
    if _machine_readable(result, fmt, "bodies", table, COVENANT_TABLES):
        return
    if table in ("bodies", "information-ties"):  # the default view shows them per covenant: whole here
        emit_top(getattr(result, COVENANT_TABLES[table]), fmt, top, title_of(table, when=_when(land)))
        return
    view = View(table)  # the default view, or its one block under --table
    view.line(say("covenants.head", when=_when(land)))
    bodies, ties = result["bodies"], result["information_ties"]
    for covenant in sorted(set(bodies["covenant"]) | set(ties["covenant"])):
        at_bodies = bodies[bodies["covenant"] == covenant].drop(columns=["name", "covenant"])
        if len(at_bodies):
            view.frame("covenant", at_bodies, say("covenants.bodies", covenant=isolate(covenant)), top)
        crossing = ties[ties["covenant"] == covenant].set_index("source")[TIE_COLUMNS]
        view.frame("covenant", crossing, say("covenants.ties", covenant=isolate(covenant)), top)
    outside = result["members_outside"].set_index("body")[["organisation", "domain", "persons"]]
    view.frame("members-outside", outside, title_of("members-outside"), top)


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
