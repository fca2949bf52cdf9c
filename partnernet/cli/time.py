"""Commands about change over time: turnover."""

from __future__ import annotations

import click

from .. import turnover as compute_turnover
from ..output import render_json
from . import cli
from .options import emit, format_option, landscape_argument

BODY_COLUMNS = ["name", "members_now", "median_tenure_years", "new_members", "new_share",
                "core_continuity", "departures", "short_tenure"]
ORGANISATION_COLUMNS = ["name", "seats_now", "seat_changes", "seat_changes_in_window",
                        "persons_rotated_out", "median_tenure_years"]


@cli.command()
@landscape_argument(default_at="today", snapshot=False)
@click.option("--threshold-years", default=3.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Flag bodies whose members' median tenure is below this many years.")
@click.option("--window-months", default=12, show_default=True, type=click.IntRange(min=1),
              help="Window for new members, departures and seat changes.")
@click.option("--level", type=click.Choice(["bodies", "organisations"]), default=None,
              help="Show only this table (csv shows the bodies unless this says organisations).")
@format_option()
def turnover(land, at, threshold_years, window_months, level, fmt):
    """Tenure and turnover per body and organisation: who is new, who left, which seats changed hands.

    Reads the whole register (past memberships too); --at is the reference date: tenure is
    counted up to it, and 'new' means started in the window before it.
    """
    result = compute_turnover(land, as_of=None if at.lower() == "all" else at, threshold_years=threshold_years, window_months=window_months)
    tables = {"bodies": result["bodies"][BODY_COLUMNS], "organisations": result["organisations"][ORGANISATION_COLUMNS]}
    if fmt == "json":
        click.echo(render_json({**tables, "as_of": result["as_of"], "window_months": window_months,
                                "threshold_years": threshold_years}))
        return
    shown = [level] if level else (["bodies"] if fmt == "csv" else ["bodies", "organisations"])
    since = (result["as_of"] - __import__("pandas").DateOffset(months=window_months)).date()
    titles = {"bodies": f"Bodies on {result['as_of'].date()}: tenure in years, new since {since} "
                        f"(short_tenure: median below {threshold_years:g} years)",
              "organisations": f"Organisations: seats that changed hands (in the window: since {since})"}
    for i, key in enumerate(shown):
        if i:
            click.echo()
        emit(tables[key], fmt, titles[key])
