"""The report command: the whole analysis as one document for a steering group."""

from __future__ import annotations

import sys
import time

import click

from .. import report as make_report
from ..report import FORMATS
from . import cli
from .options import format_option, landscape_argument, lang_option, output_option, say, say_wrote, ties_option


def shows_progress() -> bool:
    """Whether the report's steps are shown as it is made: on a terminal."""
    return sys.stderr.isatty()


@cli.command()
@landscape_argument(default_at="today", snapshot=False)
@output_option()
@lang_option()
@format_option(FORMATS, default=None)
@click.option(
    "--expected-hub",
    default=None,
    metavar="ID",
)
@click.option("--no-map", is_flag=True)
@click.option("--names", is_flag=True)
@click.option("--full", is_flag=True)
@ties_option()
def report(land, at, output, lang, fmt, expected_hub, no_map, names, full, ties):
    started = time.perf_counter()
    show = shows_progress()

    def progress(step: str) -> None:
        if show:
            click.echo(f"  {time.perf_counter() - started:5.1f} s  {say('progress.' + step)}", err=True)

    written = make_report(
        land.using_ties(ties),
        output,
        lang=lang,
        format=fmt,
        at=at,
        expected_hub=expected_hub,
        include_map=not no_map,
        names=names,
        full=full,
        progress=progress,
    )
    say_wrote(", ".join(str(p) for p in written))


from .._public import public_dir

__all__ = ["shows_progress", "report"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
