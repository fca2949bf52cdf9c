"""Options and helpers shared by the commands."""

from __future__ import annotations

import contextlib
import functools
from typing import TYPE_CHECKING

import click

from .. import load
from ..language import LANG_VARIABLE, LANGUAGES, default_lang
from ..language.langs import reset_running, set_running
from ..language.cli import text
from ..errors import InputError, UsageError
from ..language.errors import message
from ..privacy import is_pseudonymised, pseudonym, redact, resolve_key, shown_words
from ..privacy import pseudonymise as pseudonymise_landscape
from ..output import OUTPUT_FORMATS, render, render_table
from .clickwords import EnvOption

if TYPE_CHECKING:
    from ..landscape import Landscape
    from pathlib import Path
    import io
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import Any

    import pandas as pd

    Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def landscape_argument(default_at: str | None = "today", snapshot: bool = True):
    """PATH plus ``--two-mode``, ``--at`` and ``--pseudonymise``; the command receives ``land``.

    With ``snapshot`` (the default) the landscape is cut to the memberships
    active on ``--at`` (default today; ``all`` keeps every row). Commands that
    need the whole register (turnover, the report) pass ``snapshot=False``:
    they get the whole register as ``land`` and the date as ``at``.
    """

    def decorate(command):
        @click.argument("path", type=click.Path(dir_okay=True, path_type=str))
        @click.option(
            "--two-mode",
            is_flag=True,
            default=None,
        )
        @click.option(
            "--at",
            "at",
            type=DATE,
            default=default_at,
            show_default=True,
            metavar="DATE|today|all",
            help=None if snapshot else "at.register",
        )
        @pseudonymise_options
        @functools.wraps(command)
        def wrapper(path, two_mode, at, pseudonymise, pseudonym_key, **kwargs):
            land = open_landscape(
                path, two_mode=two_mode, pseudonymise=pseudonymise or pseudonym_key is not None, key=pseudonym_key
            )
            if not snapshot:
                return command(land=land, at=at, **kwargs)
            return command(land=on_date(land, at), **kwargs)

        return wrapper

    return decorate


def pseudonymise_options(command):
    """``--pseudonymise`` and ``--pseudonym-key`` (which implies it)."""
    command = click.option(
        "--pseudonym-key",
        "pseudonym_key",
        default=None,
        metavar="KEY",
    )(command)
    return click.option("--pseudonymise", is_flag=True)(command)


def run_key(key: str | None = None) -> bytes:
    """The pseudonym key of this run: given, else from the environment, else random; one per command."""
    meta = click.get_current_context().meta
    if "partnernet.pseudonym_key" not in meta:
        meta["partnernet.pseudonym_key"] = resolve_key(key)
    return meta["partnernet.pseudonym_key"]


def resolve_id(land: Landscape, node: str) -> str | None:
    """``node`` as the landscape knows it: an id of it, or on a pseudonymised landscape the
    pseudonym of a person id as in the register; None for an id it does not hold."""
    if node in land.organisations.index or node in land.bodies.index or node in land.persons.index:
        return node
    if not is_pseudonymised(land):
        return None
    length = len(land.persons.index[0]) - 2 if len(land.persons) else 8
    alias = pseudonym(node, run_key(), length)
    return alias if alias in land.persons.index else None


def open_landscape(path: str, *, two_mode: bool | None = None, pseudonymise: bool = False, key: str | None = None):
    """Load PATH the way every command does: pseudonymised on request, a note on stderr about warnings.

    Under pseudonymisation, errors in the input show no quoted value but schema words.
    """
    try:
        land = load(path, two_mode=two_mode)
    except InputError as exc:
        if not pseudonymise:
            raise
        raise InputError([redact(p) for p in exc.problems]) from None
    if pseudonymise:
        land = pseudonymise_landscape(land, key=run_key(key))
        click.get_current_context().meta["partnernet.shown_words"] = shown_words(land)
    warn_about(land, path, pseudonymise)
    return land


def on_date(land: Landscape, at: str | None):
    """The landscape on the date ``at`` ('today', a date), or every row for None or 'all'."""
    if at and at.lower() != "all":
        return land.at(at)
    return land


def warn_about(land: Landscape, path: str, pseudonymised: bool = False) -> None:
    """One line on stderr when loading found warnings, so none passes unseen (naming the
    validate command that lists them, pseudonymised when this run is)."""
    found = [p for p in land.warnings if p.code != "pseudonymised"]  # said by the outputs themselves
    if found:
        command = f"partnernet validate {path}{' --pseudonymise' if pseudonymised else ''}"
        click.echo(say("note.warnings", n=len(found), command=command), err=True)


#: ``ctx.meta`` key of the running command's language (the error handler of the group reads it).
LANG_META = "partnernet.lang"


def current_lang() -> str:
    """The ``--lang`` of the running command (or of its group), else the default language."""
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if ctx.params.get("lang"):
            return ctx.params["lang"]
        ctx = ctx.parent
    return default_lang()


def say(key: str, **values: Any) -> str:
    """The CLI text ``key`` (:mod:`partnernet.language.cli`) in the running command's language."""
    return text(key, current_lang(), **values)


def say_wrote(path: str | Path, details: str | None = None) -> None:
    """On stderr, the one line of every command that wrote a file or folder: ``geschreven: PATH: details``
    (stdout holds only data)."""
    from ..language.cli import wrote

    click.echo(wrote(path, current_lang(), details), err=True)


def say_notes(notes) -> str | None:
    """An analysis' notes (:class:`~partnernet.analysis.results.Note`) as the "Note: ..." line of the running
    command, with ``--exact`` for the API's ``exact=True``; None when there are none."""
    from ..analysis.results import Note
    from ..language.notes import say as said

    shown = [
        Note.of("exact", option="--exact") if n.key == "exact" and n["option"] == "exact=True" else n
        for n in notes or ()
    ]
    text_ = said(shown, current_lang())
    return say("note", note=text_) if text_ else None


def words():
    """The :class:`~partnernet.language.Language` of the running command (labels, numbers, values)."""
    from ..language import get

    return get(current_lang())


#: The options every command shares, by parameter name, each made only by its function here (``--top``,
#: ``--table``, ``--by``, ``--level``, ``--format``, ``--lang``, ``-o``); ``tests/test_cli_options.py`` checks
#: every command's options with these flags.
SHARED_FLAGS = {
    "--top": "top",
    "--table": "table",
    "--by": "by",
    "--level": "level",
    "--format": "format",
    "--lang": "lang",
    "-o": "output",
    "--output": "output",
}
#: Organisation columns whose values are groups (``--by`` of connectors, fragmentation, what-if, compare).
ORGANISATION_GROUPS = ("domain", "regime", "level")


def _shared(name: str, decorator):
    """``decorator`` (a ``click.option``) that marks the option it adds as the shared option ``name``."""

    def apply(command):
        command = decorator(command)
        command.__click_params__[-1].shared = name
        return command

    return apply


def level_option(levels):
    """``--level``: which projection a command measures, ``levels`` (the analysis' own tuple, passed in
    so this module imports no analysis), organisations by default."""
    return _shared(
        "level", click.option("--level", type=click.Choice(levels), default="organisations", show_default=True)
    )


def by_option(choices=ORGANISATION_GROUPS, default: str = "domain", name: str = "by"):
    """``--by``: the groups a command compares (organisation columns, default ``domain``), or what it sorts
    or splits by (``choices``, ``default``); the command receives it as ``name``."""
    return _shared(
        "by", click.option("--by", name, type=click.Choice(list(choices)), default=default, show_default=True)
    )


def ties_option():
    """``--ties/--no-ties``: the one switch for whether direct ties are links of the network.

    Default (neither given): ties are the network when the landscape has no
    memberships (a tie edge list, a one-mode GraphML/GEXF/JSON file);
    otherwise the network is who shares a table. The command receives
    ``ties`` as True, False or None (the API's ``ties=``).
    """
    return click.option(
        "--ties/--no-ties",
        "ties",
        default=None,
    )


def network_line(land: Landscape, ties: bool | None, level: str = "organisations") -> str:
    """One sentence saying which network was analysed, of organisations or persons (``level``),
    with a note on directed ties."""
    kind = land.network_kind(ties)
    actors = say("persons" if level == "persons" else "organisations")
    line = say("network", words=say(f"network.{kind}", actors=actors))
    directed = int(land.ties["directed"].sum()) if kind != "tables" else 0
    if directed:
        line += " " + say("network.directed", n=directed)
    return line


def emit_network(land: Landscape, ties: bool | None, fmt: str) -> None:
    """The network line: on stdout above a table, on stderr for CSV and JSON (stdout holds only data)."""
    click.echo(network_line(land, ties), err=fmt != "table")


class FormerChoice(click.Choice):
    """A choice that also takes ``former`` values (a deprecated spelling the command still accepts, with a
    notice), left out of the usage line and the help, which show the current choices only."""

    def __init__(self, choices: Sequence[str], former: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__([*choices, *former], **kwargs)
        self.shown = tuple(choices)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(self.shown) + "]"


def format_option(
    choices=OUTPUT_FORMATS, default: str | None = "table", former: tuple[str, ...] = (), help: str | None = None
):
    """``--format table|csv|json``: a terminal table (in the command's words) or data; for a command that
    writes a file, the file's format (``choices``, default None: from the output's name). ``former``: values
    still accepted though no longer shown (``report --format html``, now ``--to html``)."""
    return _shared(
        "format",
        click.option(
            "--format",
            "fmt",
            type=FormerChoice(choices, former) if former else click.Choice(choices),
            default=default,
            show_default=True,
            help=help,
        ),
    )


def given_top() -> int | None:
    """The ``--top`` the user typed (or set in the environment) for the running command; None when the
    command runs with its default or has no ``--top``. Every terminal table obeys it (:func:`emit`)."""
    from click.core import ParameterSource

    context = click.get_current_context(silent=True)
    if context is None or "top" not in context.params:
        return None
    if context.get_parameter_source("top") in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP):
        return None
    return context.params["top"] or None


def first_rows(rows, title: str | None, top: int | None, whole: bool = False):
    """``rows`` (a table or a list of lines) cut to the first ``top`` (None or 0: all, or the user's
    ``--top`` when given), and ``title`` saying so (``NAME (eerste 5 van 40)``): the one way every
    terminal view cuts. ``whole``: a table that is no ranking (:data:`KEY_FIGURES`), never cut."""
    top = None if whole else given_top() or top
    if top and hasattr(rows, "__len__") and len(rows) > top:
        from ..language.tables import first_of

        title = first_of(title or "", top, len(rows), current_lang())
        rows = rows.head(top) if hasattr(rows, "head") else list(rows)[:top]
    return rows, title


def title_of(table: str, **values: Any) -> str:
    """The worded title of the running command's table ``table`` (its ``--table`` name) in the command's
    language: :func:`partnernet.language.tables.table_title`, the one title of that table in the default view
    and under ``--table`` alike (``values``: what the title may say, such as ``when`` or ``by``)."""
    from ..language.tables import table_title

    return table_title(click.get_current_context().command.name or "", table, current_lang(), **values)


def emit_top(frame, fmt: str, top: int | None, title: str | None = None, name: str | None = None) -> None:
    """One table of a command (``--table NAME`` or a section) with ``--top`` as every command applies it: in a
    terminal table the first ``top`` rows (None or 0: all), the title saying so (``TITLE (eerste 5 van 40)``);
    CSV and JSON unchanged. Without ``title``, the table ``name`` has its worded title (:func:`title_of`)."""
    if fmt == "table":
        frame, title = first_rows(frame, title or (title_of(name) if name else None), top)
    emit(frame, fmt, title)


#: command -> its tables of key figures (measures, counts per table of the register): no ranking, so ``--top``
#: leaves them whole, in the default view and under ``--table`` alike (:class:`View`); every other terminal
#: table obeys it.
KEY_FIGURES: dict[str, tuple[str, ...]] = {
    "summary": ("counts",),
    "fragmentation": ("summary",),
    "hierarchy": ("summary",),
    "whatif": ("summary",),
    "compare": ("counts", "network"),
}


class View:
    """A command's default view, block by block, or under ``--table NAME`` its one block ``NAME``.

    The same code prints both, so ``--table NAME`` shows exactly the block of the default view under that
    title: the same rows, columns, title and order, cut at ``--top`` the same way. Lines outside every block
    (a head, a network line, a closing note) appear in the default view only. Blocks are parted by one
    blank line.
    """

    def __init__(self, table: str | None = None):
        self.table = table
        self.started = False

    def chosen(self, name: str) -> bool:
        """True when ``--table name`` asked for this block alone (a block the default view leaves out when
        it has nothing to say is printed all the same)."""
        return self.table == name

    def opens(self, name: str) -> bool:
        """True when the block ``name`` is printed; it then starts (after a blank line when something came
        before it)."""
        if self.table not in (None, name):
            return False
        if self.started:
            click.echo()
        self.started = True
        return True

    def line(self, text: str = "") -> None:
        """A line of the default view outside every block (left out under ``--table``)."""
        if self.table is None:
            click.echo(text)
            self.started = True

    def frame(
        self, name: str, frame: pd.DataFrame | pd.Series, title: str, top: int | None = None, whole: bool = False
    ) -> None:
        """The table block ``name``: ``title`` and ``frame`` cut at ``top`` (:func:`emit_top`), or whole when it
        holds key figures (:data:`KEY_FIGURES`) or was cut by its own rule (``whole``: compare's metrics, the
        first ``--top`` of each measure)."""
        if not self.opens(name):
            return
        if whole or self.key_figures(name):
            emit(frame, "table", title, cut=False)
        else:
            emit_top(frame, "table", top, title)

    @staticmethod
    def key_figures(name: str) -> bool:
        """True when the running command's table ``name`` holds key figures (:data:`KEY_FIGURES`)."""
        return name in KEY_FIGURES.get(click.get_current_context().command.name or "", ())

    def lines(
        self,
        name: str,
        title: str,
        items: Iterable[Any],
        top: int | None = None,
        form: Callable[[Any], str] | None = None,
    ) -> None:
        """The block ``name`` of text too long for a table cell (sentences, chains), one item a line (``form``:
        how an item is printed, by default indented by two spaces)."""
        if self.opens(name):
            items, title = first_rows(list(items), title, top)
            click.echo(title)
            for item in items:
                click.echo(form(item) if form else f"  {item}")
            if not items:
                click.echo(say("none"))


def emit(result, fmt: str, title: str | None = None, cut: bool = True) -> None:
    """Print one result table in the chosen format: a terminal table in the command's words
    (headers, vocabulary values and measures through the label table, numbers as the language writes
    them), CSV and JSON with the stable English names, values and points. A terminal table obeys the
    user's ``--top`` (:func:`first_rows`) unless not ``cut`` (key figures, :data:`KEY_FIGURES`)."""
    if fmt == "table" and hasattr(result, "head"):
        result, title = first_rows(result, title, None, whole=not cut)
    if fmt == "table" and title:
        click.echo(title)
    if fmt == "table" and getattr(result, "empty", False) and hasattr(result, "columns"):
        click.echo(say("none"))  # an empty table, in the command's language
        return
    if fmt == "table":
        click.echo(render_table(in_words(result)).rstrip("\n"))  # in the running command's --lang
        return
    click.echo(render(result, fmt).rstrip("\n"))


def in_words(frame):
    """A table in the command's language, for a terminal: in Dutch its headers and index names as the label
    table says them (:meth:`~partnernet.language.Language.label`; English keeps the names of CSV and JSON,
    ``weighted_degree``, so a column has one name in every format), the values of its vocabulary columns and
    index levels (``domain``, ``status``, ...; :data:`~partnernet.language.labels.VALUE_COLUMNS`), its
    measures (``measure``: ``pairs_connected`` -> "verbonden paren") and levels in words, and its truth
    values as ``ja``/``nee``, ``yes``/``no``.

    English keeps the stable vocabulary values, as CSV and JSON (``care``, ``bodies``), and says the machine
    codes of results (``no_table_left``) and measures in words; no row or value is a bare snake_case code.
    CSV and JSON keep the names, true/false and the codes.
    """
    import pandas as pd

    language = words()
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    if not hasattr(frame, "columns"):
        return frame
    truths = [c for c in frame.columns if _truth_column(frame[c])]
    if truths:
        said = functools.partial(_truth_word, language)
        frame = frame.assign(**{c: frame[c].map(said) for c in truths})
    columns = [c for c in frame.columns if language.translates(c)]
    if columns:
        frame = frame.assign(**{c: frame[c].map(functools.partial(language.values, c)) for c in columns})
    names = [name for name in frame.index.names if language.translates(name)]
    if names:
        index = frame.index.to_frame()
        for name in names:
            index[name] = index[name].map(functools.partial(language.values, name))
        frame = frame.set_axis(pd.MultiIndex.from_frame(index) if index.shape[1] > 1 else pd.Index(index.iloc[:, 0]))
    if language.lang == "en":  # English headers are the names of CSV and JSON, one name per column
        return frame
    frame = frame.rename(columns=language.label)
    return frame.rename_axis(index=[None if n is None else language.label(n) for n in frame.index.names])


def _truth_column(values) -> bool:
    """True for a column of truth values: bool dtype, or objects that are all bool where present."""
    import numpy as np
    import pandas as pd

    if pd.api.types.is_bool_dtype(values):
        return True
    present = values.dropna() if values.dtype == object else ()
    return len(present) > 0 and all(isinstance(v, (bool, np.bool_)) for v in present)


def _truth_word(language, value):
    import pandas as pd

    return value if value is None or value is pd.NA or value != value else language.yes_no(value)


class DateText(click.ParamType):
    """A date option (``DATE|today|all``), checked when read so that its error names the option:
    ``--vs: '2026-13-01' is geen geldige datum``. The value stays text; ``today`` and ``all`` pass."""

    name = "date"

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        if value is None or not isinstance(value, str) or value.strip().lower() in ("today", "all"):
            return value
        from ..landscape import _as_date

        try:
            _as_date(value)
        except UsageError as exc:
            option = param.opts[0] if param is not None and param.opts else "DATE"
            raise UsageError(exc.code, text=message("in_option", option=option, text=str(exc)), **exc.params) from None
        return value


DATE = DateText()


class Decimal(click.FloatRange):
    """A number option that takes a decimal comma as the loader does (``1,5``, ``1.000,5``), within the
    range of :class:`click.FloatRange` (no bounds: any number); the one type of every float option."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if self.min is None and self.max is None:
            self.name = "float"  # said as a plain float, as before

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        if isinstance(value, str) and "," in value:
            from ..io.parse import parse_numbers

            import pandas as pd

            numbers, bad = parse_numbers(pd.Series([value.strip()]))
            if not bad.iat[0]:
                value = float(numbers.to_numpy()[0])
        return super().convert(value, param, ctx)


class LanguageChoice(click.Choice):
    """``nl`` or ``en`` in any case, spaces around ignored: the rule of :func:`partnernet.language.check_language`.

    Another value is a usage error naming its source, in the words of ``$PARTNERNET_LANG``'s error: the option
    (``onbekende taal 'xx' in de optie --lang; ...``) or the environment variable."""

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        value = value.strip() if isinstance(value, str) else value
        if isinstance(value, str) and value.lower() not in LANGUAGES:
            from ..language.langs import LanguageError

            source = ctx.get_parameter_source(param.name) if ctx is not None and param is not None else None
            if source is click.core.ParameterSource.ENVIRONMENT:
                problem = LanguageError("unknown_language_variable", variable=LANG_VARIABLE, value=repr(value))
            else:
                option = param.opts[0] if param is not None and param.opts else "--lang"
                problem = LanguageError("unknown_language_option", option=option, value=repr(value))
            raise click.UsageError(str(problem), ctx)
        return super().convert(value, param, ctx)


class OutputPath(click.Path):
    """``-o``/``--output``: a path that is not empty (an empty one would become ``.``, the current folder)."""

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        if isinstance(value, str) and not value.strip():
            from ..language.errors import message

            self.fail(message("empty_output", value=repr(value)), param, ctx)
        return super().convert(value, param, ctx)


def output_option(dir_okay: bool = True):
    """``-o``/``--output PATH``, required, for every command that writes a file (or a folder, ``dir_okay``);
    an empty value is a usage error saying so (the command receives a :class:`~pathlib.Path`)."""
    from pathlib import Path

    return _shared(
        "output",
        click.option("-o", "--output", "output", required=True, type=OutputPath(dir_okay=dir_okay, path_type=Path)),
    )


#: The suffixes of ``-o FILE`` that name a format when ``--format`` is not given (``-o centraliteit.csv``).
SUFFIX_FORMATS = {".csv": "csv", ".json": "json"}
#: Suffixes of ``-o FILE`` that name a kind of file no command that prints tables writes (a report, a map, a
#: workbook, a graph file): refused with or without ``--format``, as a file never holds other than its name says.
DOCUMENT_SUFFIXES = frozenset({".html", ".htm", ".md", ".markdown", ".xlsx", ".xls", ".pdf", ".graphml", ".gexf"})


def printed_output() -> Decorator:
    """``-o``/``--output FILE`` of a command that prints tables (an analysis): what the command would print
    (table text, CSV or JSON by ``--format``) is written to FILE instead, the same bytes, atomically
    (:func:`partnernet.output.write_text`) and never over an input (a path of the command line: the
    landscape, a second landscape, ...), which is a usage error before any work (exit 2). A generated
    output: an existing FILE is replaced. Without ``--format``, a FILE ending in ``.csv`` or ``.json`` is
    written in that format (any other suffix: the table); a ``--format`` that contradicts a ``.csv`` or
    ``.json`` suffix, and a suffix of a document (:data:`DOCUMENT_SUFFIXES`), are usage errors (exit 2)
    before any work, as ``report`` refuses a suffix that contradicts ``--to``. Lines on stderr (notes,
    progress) stay there; ``geschreven: FILE`` follows.

    Put it just below ``@cli.command()``: the command receives no ``output``."""
    from pathlib import Path

    def apply(command):
        @functools.wraps(command)
        def wrapper(*args, output: Path | None = None, **kwargs):
            if output is None:
                return command(*args, **kwargs)
            from ..output import check_folder, check_target, write_text

            inputs = command_inputs()
            check_target(output, inputs)
            check_folder(output)
            _format_from_suffix(output, kwargs)
            with printed() as buffer:
                try:
                    command(*args, **kwargs)
                except click.exceptions.Exit as stop:  # validate: written, then its exit status
                    write_text(output, buffer.getvalue(), inputs)
                    say_wrote(output)
                    raise stop
            write_text(output, buffer.getvalue(), inputs)
            say_wrote(output)

        option = click.option(
            "-o",
            "--output",
            "output",
            default=None,
            type=OutputPath(dir_okay=False, path_type=Path),
            help="output.printed",
        )
        wrapper = _shared("output", option)(wrapper)
        params = wrapper.__click_params__
        at = next((n for n, p in enumerate(params) if p.name == "fmt"), len(params) - 1)
        params.insert(at, params.pop())  # shown in --help just after --format
        return wrapper

    return apply


def _format_from_suffix(output, kwargs: dict) -> None:
    """``fmt`` from the suffix of ``-o`` (``.csv``, ``.json``) when the user gave no ``--format``; a UsageError
    when the suffix contradicts a given ``--format`` or names a document (:data:`DOCUMENT_SUFFIXES`)."""
    from click.core import ParameterSource

    context = click.get_current_context()
    suffix = output.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        raise UsageError("output_suffix_not_printed", name=output.name, suffix=output.suffix)
    named = SUFFIX_FORMATS.get(suffix)
    if not named or "fmt" not in kwargs:
        return
    if context.get_parameter_source("fmt") in (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP, None):
        kwargs["fmt"] = named
    elif kwargs["fmt"] != named:
        wanted = ", ".join(s for s, f in SUFFIX_FORMATS.items() if f == kwargs["fmt"]) or ".txt"
        raise UsageError(
            "output_suffix_other_format", name=output.name, suffix=output.suffix, given=kwargs["fmt"], wanted=wanted
        )


def command_inputs() -> tuple:
    """The files and folders the running command reads, as :func:`partnernet.output.input_paths` gives them:
    the values of its path arguments and options (``-o`` left out), which no output may replace."""
    from ..output import input_paths

    context = click.get_current_context()
    values: list = []
    for param in context.command.params:
        if isinstance(param.type, click.Path) and param.name != "output":
            value = context.params.get(str(param.name))
            values.extend(value if isinstance(value, (tuple, list)) else [value])
    return input_paths(*values)


@contextlib.contextmanager
def printed() -> Iterator[io.StringIO]:
    """Standard output gathered in a buffer while the block runs (what ``click.echo`` prints), then restored."""
    import io
    import sys

    stream, buffer = sys.stdout, io.StringIO()
    sys.stdout = buffer
    try:
        yield buffer
    finally:
        sys.stdout = stream


#: The kinds of file a command writes, as ``--format csv|json`` lists them (column ``kind``).
WRITTEN_KINDS = ("report", "figures", "map", "landscape", "template", "form", "survey")


def written_format_option() -> Decorator:
    """``--format table|csv|json`` of a command that writes files: how it lists the files it wrote
    (:func:`say_written`)."""
    return format_option(help="fmt.written")


def say_written(files: Iterable[tuple[str | Path, str]], fmt: str, details: str | None = None) -> None:
    """The files a command wrote, ``files`` as (path, kind) pairs (kinds: :data:`WRITTEN_KINDS`): for
    ``--format table`` the one human line on stderr (:func:`say_wrote`, ``details`` what they hold); for
    ``csv`` and ``json`` their list on stdout, columns ``path`` and ``kind`` (data only)."""
    import pandas as pd

    listed = [(str(path), kind) for path, kind in files]
    if fmt == "table":
        say_wrote(", ".join(path for path, _kind in listed), details)
        return
    emit(pd.DataFrame(listed, columns=["path", "kind"]), fmt)


def force_option() -> Decorator:
    """``--force``: replace a file the user may have edited since it was written (a template, survey forms,
    a converted landscape); without it such a file is refused (:func:`refuse_existing`)."""
    return click.option("--force", is_flag=True)


def refuse_existing(path: str | Path, force: bool) -> None:
    """The overwrite rule for files a user edits afterwards: an existing ``path`` is a usage error naming it
    and ``--force`` (exit 2), unless ``force``."""
    from pathlib import Path

    if not force and (Path(path).exists() or Path(path).is_symlink()):
        raise UsageError("output_exists", path=path)


def lang_option():
    """``--lang nl|en``, one default for every command: Dutch, or ``$PARTNERNET_LANG``.

    Read first (eager): from then on the command's messages, errors included, are in this language.
    """
    return _shared(
        "lang",
        click.option(
            "--lang",
            type=LanguageChoice(LANGUAGES, case_sensitive=False),
            cls=EnvOption,
            default="nl",
            envvar=LANG_VARIABLE,
            show_default=True,
            show_envvar=True,
            is_eager=True,
            callback=_speak,
        ),
    )


def _speak(ctx: click.Context, param, value: str | None) -> str | None:
    """Make ``value`` the language of the command's messages until the command ends."""
    if value is not None and not ctx.resilient_parsing:
        token = set_running(value)
        ctx.meta[LANG_META] = value
        ctx.call_on_close(lambda: reset_running(token))
    return value


def table_option(choices, former: tuple[str, ...] = ()):
    """``--table NAME``, the one way every command picks a single table of its result (choices: the
    command's table names); None means the command's usual view. ``--top`` cuts the table in a terminal
    (:func:`emit_top`).

    ``former``: names the option had before (``--section``); one option per idea, so they are refused as
    any unknown option, with the hint "bedoelde u --table?" (:func:`former_name_hint`)."""

    def apply(command):
        command = _shared("table", click.option("--table", "table", type=click.Choice(list(choices)), default=None))(
            command
        )
        command.__click_params__[-1].former_names = tuple(former)
        return command

    return apply


def former_name_hint(exc: click.NoSuchOption, params) -> None:
    """When ``exc``'s unknown option is a former name of one of ``params`` (its ``former_names``), suggest
    that option alone ("did you mean --table?") instead of click's close names (``--level``: ``--help``)."""
    for param in params:
        if exc.option_name in getattr(param, "former_names", ()):
            exc.possibilities = [max(param.opts, key=len)]  # type: ignore[misc]


def top_option(default: int | None = 10):
    """``--top N``, the one row limit of every command: the first N rows of each table, 0 = all.

    Its help (:mod:`partnernet.language.help`, ``top`` or ``<command>.top``) says what None means
    for a command whose default depends on the format.
    """
    return _shared(
        "top",
        click.option(
            "--top",
            type=click.IntRange(0),
            default=default,
            show_default=default is not None,
            metavar="N",
        ),
    )


from .._public import public_dir

__all__ = [
    "landscape_argument",
    "pseudonymise_options",
    "run_key",
    "resolve_id",
    "open_landscape",
    "on_date",
    "warn_about",
    "LANG_META",
    "current_lang",
    "say",
    "say_wrote",
    "say_notes",
    "words",
    "SHARED_FLAGS",
    "ORGANISATION_GROUPS",
    "level_option",
    "by_option",
    "ties_option",
    "network_line",
    "emit_network",
    "format_option",
    "given_top",
    "first_rows",
    "title_of",
    "emit_top",
    "emit",
    "in_words",
    "DateText",
    "DATE",
    "Decimal",
    "LanguageChoice",
    "OutputPath",
    "output_option",
    "lang_option",
    "table_option",
    "former_name_hint",
    "top_option",
    "FormerChoice",
    "KEY_FIGURES",
    "SUFFIX_FORMATS",
    "DOCUMENT_SUFFIXES",
    "View",
    "WRITTEN_KINDS",
    "command_inputs",
    "force_option",
    "printed",
    "printed_output",
    "refuse_existing",
    "say_written",
    "written_format_option",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
