"""The ``viz`` command: an interactive, offline HTML map of a landscape."""

from __future__ import annotations

from typing import TYPE_CHECKING


from pathlib import Path

import click
import pandas as pd

from ..language.langs import Lang
from ..errors import UsageError
from ..io.parse import parse_numbers
from ..io.readers import read_csv_cells
from ..viz import PROJECTIONS, visualise
from ..viz.figures import SHOWN_REPEATS
from . import cli
from ..privacy import is_pseudonymised
from ..report.maps import MAP_COLUMNS
from .options import (
    landscape_argument,
    lang_option,
    on_date,
    output_option,
    resolve_id,
    say,
    say_written,
    ties_option,
    written_format_option,
)

if TYPE_CHECKING:
    from ..landscape import Landscape


def map_inputs(land: Landscape, lang: Lang | None = None) -> tuple[list[pd.DataFrame], dict[str, set]]:
    """The ``metrics`` and ``markers`` of ``partnernet viz``, computed from ``land`` by the analyses.

    The analyses run on the whole landscape, so a filtered map keeps each
    node's real figures; see :func:`partnernet.report.maps.inputs_from` for
    what is shown and marked.

    Examples
    --------
    >>> import partnernet as pn
    >>> from partnernet.cli.viz import map_inputs
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> metrics, markers = map_inputs(land, "nl")
    >>> sorted(markers["kwetsbare schakel"])
    ['gemeente-veldstad', 'p001', 'p002', 'politie-ct-team']
    """
    from ..analysis.centrality import centrality
    from ..analysis.connectors import connectors
    from ..analysis.overload import overload
    from ..analysis.resilience import articulation_points
    from ..report.maps import inputs_from

    bridging = connectors(land, by="domain")
    return inputs_from(
        centrality(land),
        overload(land),
        overload(land, level="persons"),
        [bridging["organisations"], bridging["persons"]],
        articulation_points(land),
        lang,
    )


def bridge_ids(land: Landscape) -> set:
    """The actors the map's bridges view marks: ``pn.layers(land).bridge_actors`` (seats at CT and at crime
    bodies); empty when the landscape has no regimes."""
    from ..analysis.layers import LAYER_OF_REGIME, layers

    if not land.bodies["regime"].isin(list(LAYER_OF_REGIME)).any():
        return set()
    found = layers(land).bridge_actors
    return set() if found is None else set(found.index)


def read_metrics(path: Path) -> pd.DataFrame:
    """A table written by another command's ``--format csv``: ids in the first column.

    Columns whose every value is a number become numbers (decimal commas
    allowed), so they can size the map; the rest stay text.
    """
    header, body = cells_of(path)
    if len(header) < 2:
        raise UsageError("metrics_file_columns", path=path)
    frame = body.set_axis(header, axis=1).set_index(header[0])
    if frame.index.has_duplicates:  # said here with the file and its lines; the API says the ids alone
        repeated = frame.index.duplicated(keep=False)
        ids = list(frame.index[repeated].unique()[:SHOWN_REPEATS])
        lines = [int(row) for row in body.index[repeated & frame.index.isin(ids)]]  # the file's own row numbers
        raise UsageError("metrics_file_repeat_ids", path=path, ids=ids, lines=lines)
    for column in frame.columns:
        numbers, bad = parse_numbers(frame[column])
        if not bad.any():
            frame[column] = numbers
    return frame.replace("", pd.NA)


def cells_of(path: Path) -> tuple[list[str], pd.DataFrame]:
    """Header and cells of a CSV file given to the map, its reading warnings (an encoding guess) on stderr."""
    problems: list = []
    cells = read_csv_cells(path, str(path), problems)
    for problem in problems:
        click.echo(str(problem), err=True)
    return cells


def read_marker(text: str) -> tuple[str, set[str]]:
    """``LABEL=FILE``: the ids in the first column of FILE, marked as LABEL."""
    label, sep, file = text.partition("=")
    if not sep or not label.strip() or not file.strip():
        raise UsageError("mark_form", value=text)
    path = Path(file.strip())
    if not path.is_file():
        raise UsageError("mark_no_file", label=label, path=path)
    _, body = cells_of(path)
    return label.strip(), set(body[0].loc[body[0].ne("")])


def pseudonymous_metrics(land: Landscape, frame: pd.DataFrame) -> pd.DataFrame:
    """A --metrics table for a pseudonymised map: numeric columns only (text may name anyone),
    person ids as pseudonyms, rows of ids the landscape does not hold left out."""
    numeric = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
    ids = [resolve_id(land, str(i)) for i in frame.index]
    kept = frame.loc[[i is not None for i in ids], numeric]
    return kept.set_axis([i for i in ids if i is not None], axis=0)


@cli.command()
@landscape_argument(snapshot=False)
@output_option(dir_okay=False)
@click.option(
    "--size-by",
    default="bodies",
    show_default=True,
    metavar="COLUMN",
)
@click.option(
    "--analyses/--no-analyses",
    default=True,
    show_default=True,
)
@click.option(
    "--metrics",
    "metrics_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--mark",
    "marks",
    multiple=True,
    metavar="LABEL=FILE",
)
@click.option("--regime")
@click.option("--domain")
@click.option("--around", metavar="ORG_ID")
@click.option(
    "--radius",
    default=1,
    show_default=True,
    type=click.IntRange(1),
)
@click.option(
    "--persons/--no-persons",
    default=None,
)
@click.option("--hierarchy", is_flag=True)
@click.option(
    "--projection",
    type=click.Choice(PROJECTIONS),
    default="two-mode",
    show_default=True,
)
@click.option("--title")
@written_format_option()
@lang_option()
@ties_option()
def viz(
    land,
    at,
    output: Path,
    size_by: str,
    analyses: bool,
    metrics_files,
    marks,
    regime,
    domain,
    around,
    radius,
    persons,
    hierarchy,
    projection,
    title,
    fmt,
    lang,
    ties,
) -> None:
    register = land.using_ties(ties)
    land = on_date(register, at)
    metrics = [read_metrics(path) for path in metrics_files]  # first: a file's value wins over the analyses'
    markers: dict[str, set] = {}
    if analyses:
        computed, markers = map_inputs(land, lang)
        metrics += computed
    elif size_by in MAP_COLUMNS and not any(size_by in frame.columns for frame in metrics):
        raise UsageError("size_needs_analyses", value=size_by)
    marked = [read_marker(text) for text in marks]
    if is_pseudonymised(land):
        metrics[: len(metrics_files)] = [pseudonymous_metrics(land, frame) for frame in metrics[: len(metrics_files)]]
        marked = [
            (say("viz.mark", n=n), {found for i in ids if (found := resolve_id(land, i))})
            for n, (_label, ids) in enumerate(marked, start=1)
        ]
        if metrics_files or marked:
            click.echo(say("viz.pseudonymised", first=say("viz.mark", n=1), second=say("viz.mark", n=2)), err=True)
    markers.update(marked)
    result = visualise(
        land,
        output,
        size_by=size_by,
        metrics=metrics or None,
        markers=markers,
        regime=regime,
        domain=domain,
        around=around,
        radius=radius,
        persons=persons,
        hierarchy=hierarchy,
        projection=projection,
        title=title,
        lang=lang,
        inputs=[*metrics_files, *(text.partition("=")[2].strip() for text in marks)],
        register=register if land is not register and register.has_dates else None,
        bridges=bridge_ids(land) if analyses else None,
    )
    say_written([(output, "map")], fmt, result.summary)


from .._public import public_dir

__all__ = ["map_inputs", "bridge_ids", "read_metrics", "cells_of", "read_marker", "pseudonymous_metrics", "viz"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
