"""Commands that build a landscape: the intake workbook and the partner survey."""

from __future__ import annotations

import csv
from pathlib import Path

import click

from ..language.langs import Lang
from ..intake.collect import collect_survey
from ..intake.forms import survey_forms
from ..intake.template import make_template
from ..io.text import read_text
from ..language.intake import word
from ..language.numbers import counted
from ..output import render_table
from . import cli
from .options import in_words, landscape_argument, lang_option, output_option, say_wrote, words

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
@click.option("--force", is_flag=True)
def template(output: Path, lang: Lang, source: str | None, force: bool) -> None:
    summary = make_template(output, lang, source, force)
    say_wrote(output, word("m.written_template", lang, **{k: summary[k] for k in ("sheets", "rows", "rules")}))


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
@click.option(
    "--force",
    is_flag=True,
)
def make(land, output: Path, lang: Lang, bodies: str | None, force: bool) -> None:
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
    say_wrote(output, word("m.written_forms", lang, **said))


def body_list(bodies: str | None) -> list[str] | None:
    """The ids of --bodies: from a file (first column, or the 'id'/'overleg' column of a CSV) or a list."""
    if bodies is None:
        return None
    path = Path(bodies)
    if not path.is_file():
        return [b.strip() for b in bodies.split(",")]
    decoded = read_text(path, str(path))  # the loader's encoding rule: UTF-8, else Windows-1252 with a warning
    for problem in decoded.problems:
        click.echo(str(problem), err=True)
    rows = [row for row in csv.reader(decoded.text.splitlines()) if row]
    if rows and rows[0][0].strip().lower() in ("id", "body", "overleg", "overleg_id", "overleg-id"):
        rows = rows[1:]
    return [row[0].strip() for row in rows]


@survey.command("collect")
@click.argument("forms", nargs=-1, required=True, type=click.Path(path_type=str))
@output_option()
@LANG_OPTION
@click.option(
    "--register",
    default=None,
    type=click.Path(exists=True, path_type=str),
)
@click.option("--force", is_flag=True)
def collect(forms, output: Path, lang: Lang, register: str | None, force: bool) -> None:
    result = collect_survey(forms, output, lang=lang, register=register, force=force)
    for path in result.skipped or ():
        click.echo(word("c.skipped", lang, file=path), err=True)
    total = result.response_total
    click.echo(
        word(
            "c.response",
            lang,
            answered=int(total["answered"]),
            invited=int(total["invited"]),
            rate=f"{total['rate']:.0%}",
        )
    )
    click.echo()
    click.echo(word("c.response_title", lang))
    click.echo(render_table(_with_total(result.response_rate, total, lang), lang=lang))
    click.echo()
    click.echo(word("c.conflicts_title", lang, n=len(result.conflicts)))
    conflicts = result.conflicts.assign(issue=[word(f"issue.{i}", lang) for i in result.conflicts["issue"]])
    conflicts = conflicts.set_index("issue")
    said = {c: conflicts[c].map(words().value) for c in ("answer", "chosen") if c in conflicts}  # a tie kind
    click.echo(render_table(in_words(conflicts.assign(**said)), lang=lang))
    land = result.landscape
    silent = int((~result.responses["answered"].astype(bool)).sum())
    if result.carried is not None:
        click.echo(word("c.carried", lang, **result.carried), err=True)
    elif silent:
        click.echo(word("c.not_carried", lang, organisations=silent), err=True)
    counts = {table: len(getattr(land, table)) for table in ("organisations", "bodies", "memberships", "ties")}
    say_wrote(output, word("c.written", lang, **counts))


def _with_total(rate, total, lang: str):
    """The response per domain with the total as its last row, labelled in ``lang``, in words for a terminal
    (the data has no total row: :attr:`~partnernet.intake.collect.Survey.response_total`)."""
    import pandas as pd

    shown = pd.concat([rate, total.to_frame(word("c.total", lang)).T]).rename_axis(rate.index.name)
    return in_words(shown.astype({"invited": int, "answered": int}).assign(rate=shown["rate"].map(words().percent)))


from .._public import public_dir

__all__ = ["LANG_OPTION", "template", "survey", "make", "body_list", "collect"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
