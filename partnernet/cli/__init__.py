"""The ``partnernet`` command line: a thin shell over the Python API.

Each command loads a landscape, calls one API function and formats its
result. Exit status: 0 fine, 2 bad input or usage, 1 an internal error
(a traceback only with ``--debug``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import functools
import gc
import importlib
import os
import sys

import click

from .. import __version__
from ..errors import InputError, PartnernetError, UsageError
from ..language import langs
from ..language.click import VERSION_LINE, metavar
from ..language.langs import LANGUAGES, commanding, spoken_lang, variable_problem
from . import clickwords

if TYPE_CHECKING:
    from typing import Any

clickwords.install()

EXIT_INPUT = 2
EXIT_INTERNAL = 1


#: Every command: name -> module of partnernet.cli that defines it. A command's module (and with it
#: pandas and the analyses) is imported only when that command runs or shows its own help;
#: ``partnernet --help`` lists the commands from this index and their help from
#: ``partnernet.language.help`` (tests/test_startup.py checks that the index equals the commands).
COMMANDS = {
    "centrality": "network",
    "compare": "time",
    "connectors": "network",
    "convert": "data",
    "covenants": "load",
    "fragmentation": "resilience",
    "hierarchy": "load",
    "layers": "time",
    "overload": "load",
    "redundancy": "load",
    "report": "report",
    "survey": "intake",
    "summary": "data",
    "template": "intake",
    "turnover": "time",
    "validate": "data",
    "viz": "viz",
    "whatif": "resilience",
}
MODULES = ("data", "intake", "load", "network", "report", "resilience", "time", "viz")


#: ``ctx.meta`` key of the language of ``--help``: ``--lang`` when it is on the command line.
HELP_LANG = "partnernet.help_lang"


def help_lang(ctx: click.Context | None) -> str:
    """The language of help texts: ``--lang`` on the command line, else ``$PARTNERNET_LANG`` (default Dutch).

    Help is printed before ``--lang`` is parsed, so the arguments are read for it (:meth:`Worded.parse_args`).
    """
    return (ctx.meta.get(HELP_LANG) if ctx is not None else None) or spoken_lang()


def _lang_in(args: list[str]) -> str | None:
    """The value of ``--lang`` among ``args`` (``--lang en`` or ``--lang=EN``), when it is a language."""
    for position, arg in enumerate(args):
        value = args[position + 1] if arg == "--lang" and position + 1 < len(args) else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value is not None and value.strip().lower() in LANGUAGES:
            return value.strip().lower()
    return None


class Worded:
    """A command whose help and option help come from :mod:`partnernet.language.help`, in the help language.

    A command function's docstring is not its help: the words live in ``language/help.py``
    (key ``command.<name>``); an option's ``help=`` is None (key ``<command>.<option>``, else
    ``<option>``) or a key of that module.
    """

    help_name: str | None = None
    options_metavar: str | None
    name: str | None
    params: list[click.Parameter]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.word_options(spoken_lang())

    def word_options(self, lang: str, ctx: click.Context | None = None) -> None:
        """Give every option its help in ``lang`` (the help option too, once ``ctx`` is known), and the
        placeholders of the usage line and options (``[OPTIONS]``, ``PATH``, ``KEY``) their words."""
        from ..language.help import option_help

        helping = self.get_help_option(ctx) if ctx is not None else None  # type: ignore[attr-defined]
        self.word_metavars(lang)
        for param in [*self.params, *([helping] if helping is not None else [])]:
            if isinstance(param, click.Option):
                if not hasattr(param, "help_key"):
                    param.help_key = None if param is helping else param.help  # type: ignore[attr-defined]
                name = "help" if param is helping else str(param.name)
                command = str(self.help_name or self.name)
                param.help = option_help(command, name, lang, param.help_key)  # type: ignore[attr-defined]

    def word_metavars(self, lang: str) -> None:
        """``[OPTIONS]``, ``COMMAND [ARGS]...`` and each parameter's placeholder in ``lang``
        (:data:`partnernet.language.click.METAVARS`); an option without one shows its type's name."""
        self.options_metavar = metavar("[OPTIONS]", lang)
        if hasattr(self, "subcommand_metavar"):
            self.subcommand_metavar = metavar("COMMAND [ARGS]...", lang)
        for param in self.params:
            if not hasattr(param, "metavar_key"):
                named = param.metavar or (str(param.name).upper() if isinstance(param, click.Argument) else None)
                param.metavar_key = named  # type: ignore[attr-defined]
            key = param.metavar_key  # type: ignore[attr-defined]
            if key is not None:
                param.metavar = metavar(key, lang)

    @property
    def help(self) -> str | None:
        from ..language.help import help_text

        return help_text(f"command.{self.help_name or self.name}", help_lang(click.get_current_context(silent=True)))

    @help.setter
    def help(self, value) -> None:
        pass  # a docstring given by click: help comes from language/help.py

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        lang = _lang_in(args)
        if lang is not None:
            ctx.meta[HELP_LANG] = lang
        self.word_metavars(clickwords.said_lang() or help_lang(ctx))
        with langs.kept():  # click does not close a context whose arguments fail: --lang must not outlive it
            try:
                return super().parse_args(ctx, args)  # type: ignore[misc]
            except click.UsageError as exc:
                if isinstance(exc, click.NoSuchOption):  # ``--section``: "bedoelde u --table?"
                    from .options import former_name_hint

                    former_name_hint(exc, self.params)
                if exc.ctx is None:  # click's parser raises "requires an argument" without its command:
                    # then its usage lines are missing (click types ``cmd`` Final, set in __init__ only)
                    exc.ctx, exc.cmd = ctx, ctx.command  # type: ignore[misc]
                raise
            except UsageError as exc:  # an option's value checked by the API (``--at 2026-13-01``)
                if debugging(ctx):
                    raise
                raise said_as_usage(exc, ctx) from exc

    def invoke(self, ctx: click.Context):
        """As click's, with partnernet's :class:`~partnernet.errors.UsageError` said as click's usage errors."""
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except UsageError as exc:
            if debugging(ctx):
                raise
            raise said_as_usage(exc, ctx) from exc

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.word_options(help_lang(ctx), ctx)
        super().format_options(ctx, formatter)  # type: ignore[misc]


def debugging(ctx: click.Context) -> bool:
    """``--debug`` (or ``$PARTNERNET_DEBUG``): errors raise with their traceback."""
    return bool(ctx.find_root().params.get("debug") or os.environ.get("PARTNERNET_DEBUG"))


def said_as_usage(exc: UsageError, ctx: click.Context) -> click.UsageError:
    """A usage mistake found by the API or a command (:class:`partnernet.errors.UsageError`) as click's
    usage error of the command ``ctx``: it prints as every usage mistake does, wherever it was found
    (click's parser, the CLI, the API): the usage line, the help hint, then ``Fout: ...`` /
    ``Error: ...``, exit status 2. Under ``--pseudonymise`` ids typed on the command line are not
    repeated (under ``--debug`` the callers raise the error itself, with its traceback)."""
    text = str(exc)
    shown = ctx.meta.get("partnernet.shown_words")
    if shown is not None:
        from ..privacy import redact_text

        text = redact_text(text, shown)
    return click.UsageError(text, ctx)


class WordedCommand(Worded, click.Command):
    """A command with its help from :mod:`partnernet.language.help`."""


class WordedGroup(Worded, click.Group):
    """A group of commands (``survey``) with its help from :mod:`partnernet.language.help`."""

    command_class = WordedCommand

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """As any command; ``partnernet --help --lang en`` asks for English help (``--version --lang en``
        for the English version line), not for a group option."""
        lang = _lang_in(args)
        names = set(self.list_commands(ctx))
        before = args[: next((n for n, arg in enumerate(args) if arg in names), len(args))]
        if lang is not None and {"--help", "-h", "--version"} & set(before):
            ctx.meta[HELP_LANG] = lang
            args = [a for a in args if a not in ("--lang", lang, f"--lang={lang}")]
        return super().parse_args(ctx, args)


class PartnernetGroup(WordedGroup):
    """Turns partnernet's errors into short messages and exit codes; loads each command's module when
    that command is used (see ``COMMANDS``)."""

    group_class = WordedGroup
    help_name = "partnernet"

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def main(self, args=None, *rest: Any, **kwargs: Any):
        """As click's ``main``, with click's own words (``Usage:``, ``Error: Missing argument``) in the
        language of the command line's ``--lang``, else ``$PARTNERNET_LANG`` (:mod:`.clickwords`)."""
        args = list(sys.argv[1:] if args is None else args)
        with clickwords.speaking(_lang_in(args) or spoken_lang()), commanding():  # messages name options
            return super().main(args, *rest, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``partnernet --lang en overload ...``: a ``--lang`` before the command is the command's ``--lang``
        (moved to just after the command's name, so that an option at the end still misses its value;
        every command has one), unless it asks for help.

        An unusable ``$PARTNERNET_LANG`` (not nl or en, in any case) is a usage error naming the variable,
        unless ``--lang`` is given."""
        problem = variable_problem() if _lang_in(args) is None else None
        if problem is not None:
            raise click.UsageError(str(problem), ctx)
        names = set(self.list_commands(ctx))
        end = next((n for n, arg in enumerate(args) if arg in names), None)
        before = args[:end] if end is not None else []
        if end is not None and not {"--help", "-h"} & set(before):
            for n, arg in enumerate(before):
                taken = 2 if arg == "--lang" and n + 1 < len(before) else 1 if arg.startswith("--lang=") else 0
                if taken:
                    rest = [*args[:n], *args[n + taken :]]
                    at = self._after_name(ctx, rest, end - taken)
                    args = [*rest[:at], *args[n : n + taken], *rest[at:]]
                    break
        return super().parse_args(ctx, args)

    def _after_name(self, ctx: click.Context, args: list[str], position: int) -> int:
        """The place just after the command named at ``position`` (after its subcommand, for a group)."""
        command = self.get_command(ctx, args[position])
        if isinstance(command, click.Group):
            names = set(command.list_commands(ctx))
            return next((n + 1 for n in range(position + 1, len(args)) if args[n] in names), len(args))
        return position + 1

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            modules = [COMMANDS[cmd_name]] if cmd_name in COMMANDS else MODULES
            for module in modules:
                importlib.import_module(f"{__name__}.{module}")
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``partnernet --help``, from the index: no command module is imported."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            loaded = self.commands.get(name)
            if loaded is not None:
                rows.append((name, loaded.get_short_help_str(limit)))
            else:
                rows.append((name, WordedCommand(name).get_short_help_str(limit)))
        from ..language.help import help_text

        with formatter.section(str(help_text("commands", help_lang(ctx)))):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        from .pipe import quiet_pipe

        try:
            with quiet_pipe():  # a reader leaving early (| head) changes neither the run nor its exit status
                return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except (PartnernetError, Exception) as exc:  # noqa: BLE001 - the last line of defence
            if debugging(ctx):
                raise
            from ..language.errors import message

            # the command's own language (it has ended, so its --lang is read back from ctx.meta)
            said = functools.partial(message, lang=ctx.meta.get("partnernet.lang") or spoken_lang())
            if isinstance(exc, InputError):
                click.echo(said("cli.input", n=len(exc.errors)), err=True)
                click.echo(str(exc), err=True)
            else:
                click.echo(said("cli.internal", kind=type(exc).__name__, reason=exc), err=True)
                ctx.exit(EXIT_INTERNAL)
            ctx.exit(EXIT_INPUT)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--version``: click's line said when asked (click's ``version_option`` fixes its words on import)."""
    if value and not ctx.resilient_parsing:
        click.echo(clickwords._(VERSION_LINE) % {"prog": "partnernet", "version": __version__})
        ctx.exit()


@click.group(cls=PartnernetGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version)
@click.option("--debug", is_flag=True)
def cli(debug: bool) -> None:
    pass


#: The cyclic garbage collector's thresholds in a command (Python's defaults: 700, 10, 10).
GC_THRESHOLDS = (50_000, 20, 10)


def main() -> None:
    """Console-script entry point."""
    # A command is one short run that builds large tables and graphs: a national report holds millions of
    # objects, nearly none of them in reference cycles, and with the default thresholds the collector walks
    # them again and again (about 4 of the nation report's 33 CPU seconds). Collecting less often leaves
    # the peak memory as it was (818 against 819 MB there); notebooks and the API keep Python's defaults.
    gc.set_threshold(*GC_THRESHOLDS)
    cli(prog_name="partnernet")


def load_all() -> dict[str, click.Command]:
    """Import every command module (each registers its commands on ``cli``); the commands by name."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return dict(cli.commands)


if __name__ == "__main__":  # pragma: no cover
    main()

from .._public import public_dir

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "COMMANDS",
    "MODULES",
    "HELP_LANG",
    "help_lang",
    "Worded",
    "debugging",
    "said_as_usage",
    "WordedCommand",
    "WordedGroup",
    "PartnernetGroup",
    "cli",
    "GC_THRESHOLDS",
    "main",
    "load_all",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
