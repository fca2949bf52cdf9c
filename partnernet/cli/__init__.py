"""The ``partnernet`` command line: a thin shell over the Python API.

Each command loads a landscape, calls one API function and formats its
result. Exit status: 0 fine, 2 bad input or usage, 1 an internal error
(a traceback only with ``--debug``).
"""

from __future__ import annotations

import importlib
import os

import click

from .. import __version__
from ..errors import InputError, PartnernetError, UsageError

EXIT_INPUT = 2
EXIT_INTERNAL = 1


#: Every command: name -> (module of partnernet.cli that defines it, first paragraph of its help).
#: A command's module (and with it pandas and the analyses) is imported only when that command
#: runs or shows its own help; ``partnernet --help`` lists the commands from this index
#: (tests/test_cli.py checks that it equals the commands' own help).
COMMANDS = {
    "centrality": (
        "network",
        "Who holds the network together: bodies, partners, betweenness, closeness, eigenvector, PageRank.",
    ),
    "compare": ("time", "What changed between two landscapes: two files, or one register at two dates."),
    "connectors": ("network", "Who bridges domains (or regimes, levels), and which organisations have no connector."),
    "convert": ("data", "Write the landscape as GraphML, GEXF (Gephi), JSON, xlsx or a CSV folder."),
    "covenants": (
        "load",
        "Covenant coverage: members outside their body's covenant, information ties crossing a covenant.",
    ),
    "fragmentation": ("resilience", "How fragmented the network is and who or what holds it together."),
    "hierarchy": (
        "load",
        "Reporting chains: depth of each body along reports_to, chains from operational tables to the top.",
    ),
    "layers": ("time", "Compare the layers of a landscape: CT against crime, or tables against direct ties."),
    "overload": ("load", "Meeting hours per month per organisation (or person) against capacity."),
    "redundancy": ("load", "Pairs of bodies with overlapping members, best merge candidate first."),
    "report": (
        "report",
        "Write the steering-group report: findings first, then robustness, legitimacy and goal focus.",
    ),
    "survey": ("intake", "The partner survey: one form per organisation ('make'), merging the answers ('collect')."),
    "summary": ("data", "Counts per table, domain, regime, level and body kind; the organisations at most tables."),
    "template": (
        "intake",
        "Write an intake workbook: one sheet per table, drop-down lists, range checks, an instructions sheet.",
    ),
    "turnover": (
        "time",
        "Tenure and turnover per body and organisation: who is new, who left, which seats changed hands.",
    ),
    "validate": ("data", "Check PATH and list every error and warning, each with file, row and column."),
    "viz": ("viz", "Write an interactive map of the landscape to one offline HTML file."),
    "whatif": ("resilience", "What changes when organisations, persons or bodies leave, or a new body is added."),
}
MODULES = ("data", "intake", "load", "network", "report", "resilience", "time", "viz")


class PartnernetGroup(click.Group):
    """Turns partnernet's errors into short messages and exit codes; loads each command's module when
    that command is used (see ``COMMANDS``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            modules = [COMMANDS[cmd_name][0]] if cmd_name in COMMANDS else MODULES
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
                rows.append((name, click.Command(name, help=COMMANDS[name][1]).get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        debug = ctx.params.get("debug") or os.environ.get("PARTNERNET_DEBUG")
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except InputError as exc:
            if debug:
                raise
            click.echo(
                f"Error: cannot use this input ({len(exc.errors)} problem{'s' if len(exc.errors) != 1 else ''}):",
                err=True,
            )
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
            click.echo(
                f"Internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in partnernet. Run the command again with --debug "
                "for the traceback and include it in your report.",
                err=True,
            )
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


def load_all() -> dict[str, click.Command]:
    """Import every command module (each registers its commands on ``cli``); the commands by name."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return dict(cli.commands)


if __name__ == "__main__":  # pragma: no cover
    main()
