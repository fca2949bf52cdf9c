"""The report command: the whole analysis as one document for a steering group."""

from __future__ import annotations

import sys
import time

import click

from .. import report as make_report
from ..report import FORMATS
from . import cli
from ..errors import UsageError
from ..output import OUTPUT_FORMATS
from .options import (
    format_option,
    landscape_argument,
    lang_option,
    output_option,
    say,
    say_written,
    ties_option,
)


def shows_progress() -> bool:
    """Whether the report's steps are shown as it is made: on a terminal."""
    return sys.stderr.isatty()


@cli.command()
@landscape_argument(default_at="today", snapshot=False)
@output_option()
@lang_option()
@click.option("--to", "to", type=click.Choice(FORMATS), default=None)
@format_option(former=FORMATS)
@click.option(
    "--expected-hub",
    default=None,
    metavar="ID",
)
@click.option("--no-map", is_flag=True)
@click.option("--names", is_flag=True)
@click.option("--full", is_flag=True)
@ties_option()
def report(land, at, output, lang, to, fmt, expected_hub, no_map, names, full, ties):
    to, fmt = document_type(to, fmt)
    started = time.perf_counter()
    show = shows_progress()

    def progress(step: str) -> None:
        if show:
            click.echo(f"  {time.perf_counter() - started:5.1f} s  {say('progress.' + step)}", err=True)

    written = make_report(
        land.using_ties(ties),
        output,
        lang=lang,
        to=to,
        at=at,
        expected_hub=expected_hub,
        include_map=not no_map,
        names=names,
        full=full,
        progress=progress,
    )
    say_written([(path, _kind(path, output)) for path in written], fmt)


def document_type(to: str | None, fmt: str) -> tuple[str | None, str]:
    """``--to`` (the document type) and ``--format`` (how the files written are listed). ``--format html``
    (md, xlsx, pdf), the former spelling of ``--to``, still works with a one-line notice on stderr."""
    if fmt in OUTPUT_FORMATS:
        return to, fmt
    if to is not None and to != fmt:
        raise UsageError("report_to_twice", to=to, given=fmt)
    click.echo(say("deprecated.format", value=fmt), err=True)
    return fmt, "table"


def _kind(path, output) -> str:
    """What a file of the report is: the document, the folder of its figures, or its map."""
    if path == output:
        return "report"
    return "figures" if path.suffix.lower() not in (".html", ".htm") else "map"


from .._public import public_dir

__all__ = ["shows_progress", "report", "document_type"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
