"""Commands about change over time and between layers: turnover, compare, layers."""

from __future__ import annotations

import textwrap

import click
import pandas as pd

from .. import compare as compare_landscapes, layers as split_layers, turnover as compute_turnover
from ..analysis.compare import TABLES as DIFFERENCE_TABLES
from ..errors import UsageError
from ..language.compare import change_sentences
from ..language.layers import findings as layer_findings
from ..output import render_json
from . import cli
from .options import (
    Decimal,
    DATE,
    by_option,
    emit,
    emit_top,
    format_option,
    printed_output,
    landscape_argument,
    lang_option,
    on_date,
    open_landscape,
    pseudonymise_options,
    say,
    table_option,
    title_of,
    top_option,
    View,
)

BODY_COLUMNS = [
    "name",
    "members_now",
    "median_tenure_years",
    "new_members",
    "new_share",
    "core_continuity",
    "departures",
    "short_tenure",
]
ORGANISATION_COLUMNS = [
    "name",
    "seats_now",
    "seat_changes",
    "seat_changes_in_window",
    "persons_rotated_out",
    "median_tenure_years",
]


TURNOVER_TABLES = ("bodies", "organisations")


@cli.command()
@printed_output()
@landscape_argument(default_at="today", snapshot=False)
@click.option(
    "--threshold-years",
    default=3.0,
    show_default=True,
    type=Decimal(min=0, min_open=True),
)
@click.option(
    "--window-months",
    default=12,
    show_default=True,
    type=click.IntRange(min=1),
)
@table_option(TURNOVER_TABLES, former=("--level",))
@top_option(None)
@format_option()
@lang_option()
def turnover(land, at, threshold_years, window_months, table, fmt, top, lang):
    result = compute_turnover(
        land, as_of=None if at.lower() == "all" else at, threshold_years=threshold_years, window_months=window_months
    )
    if fmt == "json":  # machine output: every column and field of the API's Turnover
        click.echo(render_json(result if table is None else result[table]))
        return
    if fmt == "csv":
        tables = {"bodies": result["bodies"], "organisations": result["organisations"]}
    else:  # the terminal: the columns that fit
        tables = {
            "bodies": result["bodies"][BODY_COLUMNS],
            "organisations": result["organisations"][ORGANISATION_COLUMNS],
        }
    shown = [table] if table else (["bodies"] if fmt == "csv" else ["bodies", "organisations"])
    since = (result["as_of"] - __import__("pandas").DateOffset(months=window_months)).date()
    for i, key in enumerate(shown):
        if i:
            click.echo()
        frame = tables[key]  # CSV and JSON get all rows; a terminal's emit_top cuts to --top
        title = title_of(key, date=result["as_of"].date(), since=since, years=f"{threshold_years:g}")
        emit_top(frame, fmt, top, title if fmt == "table" else None)


COMPARE_TABLES = {  # option value -> key (or key path) in the result of pn.compare
    "changes": ("changes",),
    "counts": ("counts",),
    "network": ("network",),
    "metrics": ("metrics",),
    "connector-roles": ("connector_roles",),
    "handovers": ("handovers",),
    "new-bodies": ("new_bodies",),
    "dissolved-bodies": ("dissolved_bodies",),
    "link-pairs": ("link_pairs",),
    **{f"{kind}-{table}": (kind, table) for kind in ("added", "removed", "changed") for table in DIFFERENCE_TABLES},
}
#: The tables of compare's default view, each a block of it (``--table`` prints that block); the others
#: (connector roles, handovers, the link pairs, the added, removed and changed rows) ``--table`` prints whole.
COMPARE_VIEW = ("changes", "counts", "network", "metrics", "new-bodies", "dissolved-bodies")
NEW_BODY_COLUMNS = ["organisations", "member_pairs", "pairs_already_together", "new_links", "closest_body", "jaccard"]
DISSOLVED_BODY_COLUMNS = [
    "organisations",
    "member_pairs",
    "pairs_still_together",
    "links_lost",
    "closest_body",
    "jaccard",
]
WRAP = 110


@cli.command()
@printed_output()
@click.argument("path_a", metavar="PATH_A", type=click.Path(path_type=str))
@click.argument("path_b", metavar="[PATH_B]", required=False, type=click.Path(path_type=str))
@click.option(
    "--at",
    "at",
    type=DATE,
    default="today",
    show_default=True,
    metavar="DATE|today|all",
)
@click.option(
    "--vs",
    "vs",
    type=DATE,
    default=None,
    metavar="DATE|today|all",
)
@click.option("--two-mode", is_flag=True, default=None)
@pseudonymise_options
@by_option()
@table_option(COMPARE_TABLES)
@top_option(5)
@format_option()
@lang_option()
def compare(path_a, path_b, at, vs, two_mode, pseudonymise, pseudonym_key, by, table, top, fmt, lang):
    pseudonymise = pseudonymise or pseudonym_key is not None
    if path_b is not None and vs is not None:  # the second landscape is a file: its date is --at's
        raise UsageError("compare_vs_two_paths")
    first = open_landscape(path_a, two_mode=two_mode, pseudonymise=pseudonymise, key=pseudonym_key)
    second = (
        first
        if path_b is None
        else open_landscape(path_b, two_mode=two_mode, pseudonymise=pseudonymise, key=pseudonym_key)
    )
    before = on_date(first, at)
    after = before if path_b is None and vs is None else on_date(second, vs or at)  # one landscape: pn.compare says so
    if path_b is None and vs is not None and before.date == after.date:
        raise UsageError("compare_same_date", date=before.date.date() if before.date is not None else "all")
    result = compare_landscapes(before, after, by=by).to_dict()
    if fmt != "table" and table == "changes":  # machine output: data only, the same in every language
        raise UsageError("words_not_data", name=table, choices=", ".join(t for t in COMPARE_TABLES if t != table))
    if fmt == "table":
        result["changes"] = change_sentences(result, before, after, by, lang)
    if fmt == "json":
        sides = {"before": _side(path_a, before), "after": _side(path_b or path_a, after)}
        click.echo(render_json({**sides, **result} if table is None else _pick(result, table)))
    elif fmt == "csv":
        emit(_pick(result, table or "counts"), fmt)
    elif table is not None and table not in COMPARE_VIEW:
        emit_top(_pick(result, table), fmt, top, title_of(table))
    else:  # the default view, or its one block under --table
        _print_comparison(result, (path_a, before), (path_b or path_a, after), top, View(table))


def _side(path: str, land) -> dict:
    return {"path": path, "date": land.date}


def _pick(result: dict, table: str):
    value = result
    for key in COMPARE_TABLES[table]:
        value = value[key]
    return value


def _describe(path: str, land) -> str:
    return (
        say("compare.side_date", path=path, date=land.date.date())
        if land.date is not None
        else say("compare.side_all", path=path)
    )


def _print_comparison(result: dict, before: tuple, after: tuple, top: int, view: View) -> None:
    view.line(say("compare.head", a=_describe(*before), b=_describe(*after)))
    view.line()
    changes = result["changes"]
    said = changes.loc[changes["topic"] != "metrics", "sentence"]  # the metrics table follows
    view.lines("changes", title_of("changes"), said, None, form=_bullet)
    view.frame("counts", result["counts"], title_of("counts"))
    view.frame("network", result["network"], title_of("network"))
    metrics = result["metrics"]
    shown = metrics.groupby("metric", sort=False).head(top) if top else metrics
    title = say("compare.metrics_top", top=top) if top else title_of("metrics")
    view.frame("metrics", shown.set_index("organisation").drop(columns="name"), title, whole=True)  # top per measure
    if len(result["new_bodies"]) or view.chosen("new-bodies"):
        view.frame("new-bodies", result["new_bodies"][NEW_BODY_COLUMNS], title_of("new-bodies"))
    if len(result["dissolved_bodies"]) or view.chosen("dissolved-bodies"):
        view.frame("dissolved-bodies", result["dissolved_bodies"][DISSOLVED_BODY_COLUMNS], title_of("dissolved-bodies"))
    view.line()
    view.line(say("every_row_name"))


LAYER_TABLES = (
    "findings",
    "layers",
    "pairs",
    "bridge-actors",
    "bridge-hosts",
    "shared-bodies",
    "fragmentation",
    "ties-outside-tables",
)
LAYER_SECTIONS = {  # --by -> tables in the order printed (titles: language/cli.py, "layers.<by>.<table>"
    "regime": ["layers", "pairs", "bridge-actors", "bridge-hosts", "shared-bodies", "fragmentation"],
    "tie-kind": ["layers", "pairs", "ties-outside-tables", "fragmentation"],
}
PAIR_COLUMNS = [
    "layer_a",
    "layer_b",
    "organisations_a",
    "organisations_b",
    "shared_organisations",
    "jaccard_organisations",
    "shared_persons",
    "jaccard_persons",
]


@cli.command()
@printed_output()
@landscape_argument()
@by_option(("regime", "tie-kind"), default="regime")
@table_option(LAYER_TABLES)
@top_option(5)
@format_option()
@lang_option()
def layers(land, by, table, top, fmt, lang):
    result = split_layers(land, by=by.replace("-", "_")).to_dict()
    if table is not None and table != "findings" and table.replace("-", "_") not in result:
        raise UsageError("no_layer_table", name=table, by=by, choices=", ".join([*LAYER_SECTIONS[by], "findings"]))
    if fmt != "table" and table == "findings":  # machine output: data only, the same in every language
        raise UsageError("words_not_data", name=table, choices=", ".join(LAYER_SECTIONS[by]))
    if fmt == "table":
        result["findings"] = layer_findings(result, land, lang)
    if fmt == "json":
        click.echo(render_json(result if table is None else result[table.replace("-", "_")]))  # pn.layers's fields
    elif fmt == "csv":
        emit(result[(table or "layers").replace("-", "_")], fmt)
    else:  # the default view, or its one block under --table
        _print_layers(result, by, land, top, View(table))


def _print_layers(result: dict, by: str, land, top: int, view: View) -> None:
    when = " " + say("on_date", date=land.date.date()) if land.date is not None else ""
    view.line(say("layers.head", by=say(f"by.{by}"), when=when))
    view.lines("findings", title_of("findings"), result["findings"]["sentence"], None, form=_bullet)
    for name in LAYER_SECTIONS[by]:
        cut = top if name in ("bridge-actors", "bridge-hosts", "ties-outside-tables") else None
        view.frame(name, _layer_view(result[name.replace("-", "_")], name), title_of(name, by=by), cut)
    view.line()
    view.line(say("every_row_name"))


def _bullet(sentence: str) -> str:
    """A sentence of a list of findings or changes, as a terminal line writes it: wrapped, after a dash."""
    return textwrap.fill(sentence, WRAP, initial_indent="  - ", subsequent_indent="    ", break_on_hyphens=False)


def _layer_view(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The columns that fit a terminal: counts rather than lists of ids."""
    if name == "pairs":
        return frame[PAIR_COLUMNS].set_index(["layer_a", "layer_b"])
    if name == "bridge-actors":
        return frame[["level", "organisation", "ct_bodies", "crime_bodies", "shared_bodies"]]
    if name == "bridge-hosts":
        counts = frame[["ct_body_ids", "crime_body_ids", "shared_body_ids"]].map(len)
        counts.columns = ["ct_bodies", "crime_bodies", "shared_bodies"]
        return counts.assign(bridge=frame["bridge"])
    if name == "shared-bodies":
        return frame.drop(columns="name")
    if name == "fragmentation":
        return frame.set_index(["layer", "linked_by"])
    return frame.dropna(axis=1, how="all") if name == "layers" else frame


from .._public import public_dir

__all__ = [
    "BODY_COLUMNS",
    "ORGANISATION_COLUMNS",
    "TURNOVER_TABLES",
    "turnover",
    "COMPARE_TABLES",
    "NEW_BODY_COLUMNS",
    "DISSOLVED_BODY_COLUMNS",
    "WRAP",
    "compare",
    "LAYER_TABLES",
    "LAYER_SECTIONS",
    "PAIR_COLUMNS",
    "layers",
    "COMPARE_VIEW",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
