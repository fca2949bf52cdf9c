"""The ``partnernet`` command line: a thin shell over the Python API.

Each command loads a landscape, calls one API function and formats its
result. Exit status: 0 fine, 2 bad input or usage, 1 an internal error
(a traceback only with ``--debug``).
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..errors import InputError, PartnernetError, UsageError

EXIT_INPUT = 2
EXIT_INTERNAL = 1


class PartnernetGroup(click.Group):
    """Turns partnernet's errors into short messages and exit codes."""

    def invoke(self, ctx: click.Context):
        debug = ctx.params.get("debug") or os.environ.get("PARTNERNET_DEBUG")
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except InputError as exc:
            if debug:
                raise
            click.echo(f"Error: cannot use this input ({len(exc.errors)} "
                       f"problem{'s' if len(exc.errors) != 1 else ''}):", err=True)
            click.echo(str(exc), err=True)
            ctx.exit(EXIT_INPUT)
        except UsageError as exc:
            if debug:
                raise
            message = str(exc)
            shown = ctx.meta.get("partnernet.shown_words")
            if shown is not None:  # under --pseudonymise: ids typed on the command line are not repeated
                from ..privacy import redact_text

                message = redact_text(message, shown)
            click.echo(f"Error: {message}", err=True)
            ctx.exit(EXIT_INPUT)
        except (PartnernetError, Exception) as exc:  # noqa: BLE001 - the last line of defence
            if debug:
                raise
            if isinstance(exc, BrokenPipeError):
                ctx.exit(0)
            click.echo(f"Internal error: {type(exc).__name__}: {exc}\n"
                       "This is a bug in partnernet. Run the command again with --debug "
                       "for the traceback and include it in your report.", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=PartnernetGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="partnernet")
@click.option("--debug", is_flag=True, help="Show the full traceback when something goes wrong.")
def cli(debug: bool) -> None:
    """Analyse partnership landscapes: who sits at which table, who connects whom,
    who is overloaded, and where the network falls apart.

    PATH is a folder of CSV files, an .xlsx workbook, a .csv edge list, or a
    .graphml / .gexf / .json file. Run 'partnernet validate PATH' first.
    """


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="partnernet")


def _register() -> None:
    from . import data, intake, load, network, report, resilience, time, viz  # noqa: F401 - commands register themselves on import


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
