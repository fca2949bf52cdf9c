"""Commands about the data itself: validate, summary, convert."""

from __future__ import annotations

from typing import TYPE_CHECKING

import contextlib
from pathlib import Path

import click
import pandas as pd

from .. import load
from ..errors import MACHINE_FIELDS, WARNING, InputError, Problem
from ..language.langs import speaking
from ..output import render_json
from . import EXIT_INPUT, cli
from ..privacy import pseudonymise as pseudonymise_landscape
from ..privacy import redact
from .options import (
    emit,
    force_option,
    format_option,
    landscape_argument,
    lang_option,
    output_option,
    printed_output,
    pseudonymise_options,
    refuse_existing,
    run_key,
    say,
    say_written,
    table_option,
    title_of,
    top_option,
    words,
    written_format_option,
    View,
)

if TYPE_CHECKING:
    from ..analysis.summary import Summary
    from ..landscape import Landscape
    from typing import Any


@cli.command()
@printed_output()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--two-mode", is_flag=True, default=None)
@format_option()
@pseudonymise_options
@lang_option()
def validate(
    path: str, two_mode: bool | None, fmt: str, pseudonymise: bool, pseudonym_key: str | None, lang: str
) -> None:
    hide = pseudonymise or pseudonym_key is not None
    # machine output is the same in every language: its problems are made in English
    with speaking("en") if fmt in ("csv", "json") else contextlib.nullcontext():
        errors, warnings, counts = _check(path, two_mode, hide, pseudonym_key)
    if fmt == "json":
        click.echo(
            render_json(
                {
                    "path": path,
                    "usable": not errors,
                    "counts": None if counts is None else counts,
                    "errors": [p.to_machine() for p in errors],
                    "warnings": [p.to_machine() for p in warnings],
                }
            )
        )
    elif fmt == "csv":
        rows = [{**p.to_machine(), "params": _params_text(p)} for p in [*errors, *warnings]]
        emit(pd.DataFrame(rows, columns=list(MACHINE_FIELDS)), "csv")
    else:
        _print_validation(path, errors, warnings, counts)
    if errors:
        raise click.exceptions.Exit(EXIT_INPUT)


def _check(path: str, two_mode: bool | None, hide: bool, pseudonym_key: str | None):
    """The errors, warnings and table counts (None when unusable) of loading ``path``."""
    try:
        land = load(path, two_mode=two_mode)
        if hide:
            land = pseudonymise_landscape(land, key=run_key(pseudonym_key))
        errors, warnings, counts = [], land.warnings, land.counts
    except InputError as exc:
        errors, warnings, counts = exc.errors, exc.warnings, None
        if hide:
            errors, warnings = [redact(p) for p in errors], [redact(p) for p in warnings]
    if counts is not None and not counts.get("organisations", 0) and not counts.get("bodies", 0):
        warnings = [*warnings, Problem.of(WARNING, "no_data", path)]
    return errors, warnings, counts


def _params_text(problem: Problem) -> str:
    """A problem's params in one CSV cell: compact JSON, keys sorted."""
    import json

    params = problem.to_machine()["params"]
    return json.dumps(params, ensure_ascii=False, sort_keys=True, separators=(",", ":")) if params else ""


def _print_validation(path, errors, warnings, counts) -> None:
    if counts is not None:
        click.echo(say("validate.usable", path=path))
        names = [_table_name(name) for name in counts.index]
        width = max(len(name) for name in names)
        for name, count in zip(names, counts):
            click.echo(f"  {name:<{width}}  {words().integer(count):>7}")
    else:
        click.echo(say("validate.not_usable", path=path, n=len(errors)))
        for problem in errors:
            click.echo(say("validate.error", problem=problem))
    click.echo(say("validate.warnings", n=len(warnings), colon=":" if warnings else ""))
    for problem in warnings:
        click.echo(say("validate.warning", problem=problem))


def _table_name(name: str) -> str:
    """A table of the landscape by its name in Dutch ('deelnames'), or as named in English."""
    return str(words().value(name)) if words().lang == "nl" else name


def summarise(land: Landscape, **options: Any) -> Summary:
    """:func:`partnernet.summary`, imported when used: ``partnernet validate`` needs no graphs."""
    from .. import summary as compute_summary

    return compute_summary(land, **options)


SUMMARY_TABLES = ("counts", "domains", "regimes", "levels", "body-kinds", "top-organisations")


@cli.command()
@printed_output()
@landscape_argument(default_at="all")
@format_option()
@table_option(SUMMARY_TABLES)
@top_option(5)
@lang_option()
def summary(land, fmt: str, table: str | None, top: int, lang: str) -> None:
    # every organisation: a terminal cuts them itself, saying '(eerste 5 van 46)'; CSV and JSON get all rows
    result = summarise(land, top=len(land.organisations))
    if fmt == "json" and table is None:
        click.echo(render_json(result))
        return
    if fmt == "csv" or (fmt == "json" and table is not None):
        chosen = getattr(result, (table or "counts").replace("-", "_"))
        emit(_counts(chosen), fmt)
        return
    view = View(table)  # the default view, or its one block under --table: every ranked block cut at --top
    for name in SUMMARY_TABLES:
        view.frame(name, _counts(getattr(result, name.replace("-", "_"))), title_of(name), top)


def _counts(table):
    """The rows per table of the landscape as one table under the API's names in every format: index
    ``table``, column ``count`` (a terminal says both, and the tables' names, in its language)."""
    return table.to_frame() if isinstance(table, pd.Series) else table


@cli.command()
@landscape_argument(default_at="all")
@output_option()
@written_format_option()
@force_option()
@lang_option()
def convert(land, output: Path, fmt: str, force: bool, lang: str) -> None:
    from ..io import write
    from ..output import check_target, input_paths

    check_target(output, input_paths(land.source))  # an input is refused as such, even with --force
    refuse_existing(output, force)
    write(land, output, force=force)
    counts = ", ".join(f"{n} {_table_name(name)}" for name, n in land.counts.items())
    say_written([(output, "landscape")], fmt, counts)
    for problem in land.warnings:
        if problem.code == "pseudonymised":
            click.echo(say("pseudonymised", message=problem.message), err=True)


from .._public import public_dir

__all__ = ["validate", "summarise", "SUMMARY_TABLES", "summary", "convert"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
