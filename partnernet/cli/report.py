"""The report command: the whole analysis as one document for a steering group."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .. import report as make_report
from ..report import FORMATS
from . import cli
from ..language.cli import text
from .options import landscape_argument, lang_option, ties_option


@cli.command()
@landscape_argument(default_at="today", snapshot=False)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Report file: .html or .pdf (each with the map next to it, linked), .md or .xlsx.",
)
@lang_option("Language of every heading, sentence and number: Dutch or English.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="html, md, xlsx or pdf (PDF: printed by headless Chromium; default: from the file name, else html).",
)
@click.option(
    "--expected-hub",
    default=None,
    metavar="ID",
    help="Organisation expected to be the hub (default: the OM, found by id or name).",
)
@click.option("--no-map", is_flag=True, help="Do not write the interactive map next to an HTML or PDF report.")
@click.option(
    "--names", is_flag=True, help="Show persons by name. Default: by function and organisation, as a report circulates."
)
@click.option(
    "--full",
    is_flag=True,
    help="PDF: print every row of the appendix tables. Default: their first 15 rows; the HTML and Excel "
    "versions hold them all.",
)
@ties_option()
def report(land, at, output, lang, fmt, expected_hub, no_map, names, full, ties):
    """Write the steering-group report: findings first, then robustness, legitimacy and goal focus.

    Dutch by default (--lang en for English), as one self-contained HTML file
    that works offline, Markdown, an Excel workbook with one sheet per analysis,
    or PDF (A4, the HTML printed by headless Chromium).
    """
    started = time.perf_counter()
    show = sys.stderr.isatty()

    def progress(step: str) -> None:
        if show:
            click.echo(f"  {time.perf_counter() - started:5.1f} s  {step}", err=True)

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
    click.echo(text("wrote", lang, paths=", ".join(str(p) for p in written)), err=True)
