"""Commands that build a landscape: the intake workbook and the partner survey."""

from __future__ import annotations

from pathlib import Path

import click

from ..language.langs import Lang
from ..intake.collect import SURVEY_FOLDER, collect_survey
from ..intake.forms import survey_forms
from ..intake.template import make_template
from ..io.readers import read_csv_cells
from ..language.intake import word
from ..language.numbers import counted
from ..output import render_table
from . import cli
from .options import (
    force_option,
    in_words,
    landscape_argument,
    lang_option,
    output_option,
    say_written,
    words,
    written_format_option,
)

LANG_OPTION = lang_option()


@cli.command()
@output_option()
@LANG_OPTION
@click.option(
    "--from",
    "source",
    type=click.Path(path_type=str),
    default=None,
)
@force_option()
@written_format_option()
def template(output: Path, lang: Lang, source: str | None, force: bool, fmt: str) -> None:
    summary = make_template(output, lang, source, force)
    said = word("m.written_template", lang, **{k: summary[k] for k in ("sheets", "rows", "rules")})
    say_written([(output, "template")], fmt, said)


@cli.group()
def survey() -> None:
    pass


@survey.command("make")
@landscape_argument()
@output_option()
@LANG_OPTION
@click.option(
    "--bodies",
    default=None,
    metavar="FILE|IDS",
)
@force_option()
@written_format_option()
def make(land, output: Path, lang: Lang, bodies: str | None, force: bool, fmt: str) -> None:
    roster = body_list(bodies)
    paths = survey_forms(
        land, output, lang=lang, bodies=roster, inputs=[land.source] if land.source else [], force=force
    )
    shown = len(roster) if roster is not None else len(land.bodies)
    organisations = max(len(land.organisations) - 1, 0)
    said = {
        "forms": counted(len(paths), "form", lang),
        "bodies": counted(shown, "body", lang),
        "organisations": counted(organisations, "organisation", lang),
    }
    say_written(
        [(output, "form")] if fmt == "table" else [(_as_given(path, output), "form") for path in paths],
        fmt,
        word("m.written_forms", lang, **said),
    )


#: A first cell of a --bodies file that is its header, not a body id.
BODY_HEADERS = frozenset({"id", "body", "overleg", "overleg_id", "overleg-id"})


def body_list(bodies: str | None) -> list[str] | None:
    """The ids of --bodies: the first column of a file (under a header 'id' or 'overleg', if it has one;
    read as every CSV: the encoding rule, the separator of its first line) or a comma-separated list."""
    if bodies is None:
        return None
    path = Path(bodies)
    if not path.is_file():
        return [b.strip() for b in bodies.split(",")]
    problems: list = []
    header, body = read_csv_cells(path, str(path), problems)  # UTF-8, UTF-16 or Windows-1252 with a warning
    for problem in problems:
        click.echo(str(problem), err=True)
    if not header:
        return []
    first = [] if header[0].strip().lower() in BODY_HEADERS else [header[0].strip()]
    return first + [value for value in body[0].str.strip() if value]


@survey.command("collect")
@click.argument("forms", nargs=-1, required=True, type=click.Path(path_type=str))
@output_option()
@LANG_OPTION
@click.option(
    "--register",
    default=None,
    type=click.Path(exists=True, path_type=str),
)
@force_option()
@written_format_option()
def collect(forms, output: Path, lang: Lang, register: str | None, force: bool, fmt: str) -> None:
    result = collect_survey(forms, output, lang=lang, register=register, force=force)
    for path in result.skipped or ():
        click.echo(word("c.skipped", lang, file=path), err=True)
    _print_response(result, lang, aside=fmt != "table")  # csv|json: stdout holds only the files written
    land = result.landscape
    silent = int((~result.responses["answered"].astype(bool)).sum())
    if result.carried is not None:
        click.echo(word("c.carried", lang, **result.carried), err=True)
    elif silent:
        click.echo(word("c.not_carried", lang, organisations=silent), err=True)
    counts = {table: len(getattr(land, table)) for table in ("organisations", "bodies", "memberships", "ties")}
    files = (
        [(output, "landscape")]
        if fmt == "table"
        else [(_as_given(path, output), _collected_kind(path, output)) for path in result.written or ()]
    )
    say_written(files, fmt, word("c.written", lang, **counts))


def _print_response(result, lang: Lang, aside: bool) -> None:
    """The response rate and the disagreements between the answers: on stdout, or on stderr (``aside``)."""
    total = result.response_total
    click.echo(
        word(
            "c.response",
            lang,
            answered=int(total["answered"]),
            invited=int(total["invited"]),
            rate=f"{total['rate']:.0%}",
        ),
        err=aside,
    )
    click.echo(err=aside)
    click.echo(word("c.response_title", lang), err=aside)
    click.echo(render_table(_with_total(result.response_rate, total, lang), lang=lang), err=aside)
    click.echo(err=aside)
    click.echo(word("c.conflicts_title", lang, n=len(result.conflicts)), err=aside)
    conflicts = result.conflicts.assign(issue=[word(f"issue.{i}", lang) for i in result.conflicts["issue"]])
    conflicts = conflicts.set_index("issue")
    said = {c: conflicts[c].map(words().value) for c in ("answer", "chosen") if c in conflicts}  # a tie kind
    click.echo(render_table(in_words(conflicts.assign(**said)), lang=lang), err=aside)


def _collected_kind(path: Path, folder: Path) -> str:
    """A file ``survey collect`` wrote: a table of the landscape, or one of survey/ (responses, conflicts)."""
    return "survey" if path.relative_to(folder.resolve()).parts[0] == SURVEY_FOLDER else "landscape"


def _as_given(path: Path, folder: Path) -> Path:
    """A file written into ``folder`` named as the user named the folder (``forms/om.xlsx``), not resolved."""
    return folder / path.relative_to(folder.resolve())


def _with_total(rate, total, lang: str):
    """The response per domain with the total as its last row, labelled in ``lang``, in words for a terminal
    (the data has no total row: :attr:`~partnernet.intake.collect.Survey.response_total`)."""
    import pandas as pd

    shown = pd.concat([rate, total.to_frame(word("c.total", lang)).T]).rename_axis(rate.index.name)
    return in_words(shown.astype({"invited": int, "answered": int}).assign(rate=shown["rate"].map(words().percent)))


from .._public import public_dir

__all__ = ["LANG_OPTION", "template", "survey", "make", "body_list", "collect", "BODY_HEADERS"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
