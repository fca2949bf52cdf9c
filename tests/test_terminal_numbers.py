"""Terminal tables write numbers as their language does, machine output keeps points and whole counts
(issue 14, part A: a second tester's findings).

- Dutch terminal tables write decimals with a comma (``0,979``), English with a point; CSV and JSON
  always with a point;
- whole quantities (counts, ``weighted_degree``: a sum of whole weights) are integers in CSV and JSON
  (``153``, not ``153.0``), in every command;
- ``summary`` names its table of counts the same in a terminal and in CSV (``table``, ``rows``; ``bodies``);
- the level of a row is said in one form in every command.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from partnernet.cli import cli, load_all
from partnernet.language import labels
from partnernet.output import WHOLE_FORMATS, render_table

from conftest import EXAMPLE

#: Every test here prints tables of the example region's analyses (conftest.shared_analyses: computed once).
pytestmark = pytest.mark.usefixtures("shared_analyses")

AT = ["--at", "2026-01-01"]
WRITERS = {"report", "viz", "template", "survey", "convert"}
EXTRA = {
    "whatif": ["--remove", "gemeente-klein-dorp", "--add-body", "nieuw:politie-eenheid,om-parket;meetings=12;hours=2"],
    "compare": ["--vs", "2025-01-01"],
}


def invoke(args):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def test_the_table_renderer_writes_numbers_in_the_language():
    import pandas as pd

    frame = pd.DataFrame({"x": [0.9791, 153.0, 2.5]}, index=["a", "b", "c"])
    assert render_table(frame, lang="nl").split() == ["x", "a", "0,979", "b", "153", "c", "2,5"]
    assert render_table(frame, lang="en").split() == ["x", "a", "0.979", "b", "153", "c", "2.5"]


@pytest.mark.parametrize(
    ("args", "dutch", "english", "machine"),
    [
        (["overload", str(EXAMPLE), *AT], "0,979", "0.979", "0.9791"),
        (["hierarchy", str(EXAMPLE), *AT], "2,385", "2.385", "2.384615"),
    ],
)
def test_dutch_terminal_tables_write_a_decimal_comma(args, dutch, english, machine):
    shown_nl = invoke([*args, "--lang", "nl"])
    shown_en = invoke([*args, "--lang", "en"])
    assert re.search(rf"(?<![\d,.]){dutch}(?![\d,.])", shown_nl) and english not in shown_nl
    assert re.search(rf"(?<![\d,.]){re.escape(english)}(?![\d,.])", shown_en) and dutch not in shown_en
    table = "summary" if args[0] == "hierarchy" else None
    csv_args = [*args, *(["--table", table] if table else []), "--format", "csv", "--lang", "nl"]
    assert machine in invoke(csv_args) and dutch not in invoke(csv_args)


def machine_runs():
    for name in sorted(set(load_all()) - WRITERS):
        command = load_all()[name]
        if not any(p.name == "fmt" for p in command.params):
            continue
        base = [name, str(EXAMPLE), *([] if name == "validate" else AT), *EXTRA.get(name, [])]
        yield base
        for param in command.params:
            if param.name == "table":
                yield from ([*base, "--table", choice] for choice in param.type.choices)


def _whole_column(column: str) -> bool:
    return labels.COLUMN_FORMATS.get(column, "mixed") in WHOLE_FORMATS


@pytest.mark.parametrize("name", sorted({run[0] for run in machine_runs()}))
def test_whole_quantities_are_integers_in_csv_and_json(name):
    """No ``153.0`` in a column of whole quantities (counts, weighted degrees) of any command's CSV or JSON;
    measured columns (hours, ratios, shares: a format of their own) keep their floats."""
    whole = re.compile(r"^-?\d+\.0$")
    found = set()
    for args in (run for run in machine_runs() if run[0] == name):
        result = CliRunner().invoke(cli, [*args, "--format", "csv"])
        if result.exit_code == 0 and result.stdout.strip():
            rows = list(csv.reader(io.StringIO(result.stdout)))
            found |= {(h, v) for row in rows[1:] for h, v in zip(rows[0], row) if whole.match(v) and _whole_column(h)}
        if "--table" in args:
            continue
        result = CliRunner().invoke(cli, [*args, "--format", "json"])  # the usual view's JSON holds every table
        if result.exit_code == 0:
            found |= set(_whole_floats(json.loads(result.stdout)))
    assert sorted(found) == []


def _whole_floats(value, key=None):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _whole_floats(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _whole_floats(v, key)
    elif isinstance(value, float) and value.is_integer() and _whole_column(str(key)):
        yield (key, value)


def test_weighted_degree_is_whole_in_every_format():
    shown = invoke(["centrality", str(EXAMPLE), *AT, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(shown)))
    assert rows[0]["weighted_degree"] == "153"
    assert json.loads(invoke(["centrality", str(EXAMPLE), *AT, "--format", "json"]))[0]["weighted_degree"] == 153


def test_summary_names_its_counts_the_same_in_a_terminal_and_in_csv():
    english = invoke(["summary", str(EXAMPLE), "--table", "counts", "--lang", "en"]).splitlines()
    assert english[1].split() == ["count"] and english[2].split() == ["table"]  # the CSV's names
    assert english[4].split() == ["bodies", "33"] and "tables" not in " ".join(english)
    machine = invoke(["summary", str(EXAMPLE), "--table", "counts", "--format", "csv"]).splitlines()
    assert machine[0] == "table,count" and machine[2] == "bodies,33"
    dutch = invoke(["summary", str(EXAMPLE), "--table", "counts", "--lang", "nl"]).splitlines()
    assert dutch[1].split() == ["aantal"] and dutch[4].split() == ["overleggen", "33"]


@pytest.mark.parametrize(("lang", "persons"), [("nl", "personen"), ("en", "persons")])
def test_the_level_of_a_row_has_one_form_in_every_command(lang, persons):
    """What-if said "persoon" where fragmentation said "personen" for the same level."""
    whatif = invoke(
        [
            "whatif",
            str(EXAMPLE),
            *AT,
            "--remove",
            "gemeente-klein-dorp",
            "--table",
            "articulation-points",
            "--lang",
            lang,
        ]
    )
    fragmentation = invoke(
        ["fragmentation", str(EXAMPLE), *AT, "--level", "persons", "--table", "articulation-points", "--lang", lang]
    )
    for shown in (whatif, fragmentation):
        levels = {line.split()[1] for line in shown.splitlines()[2:] if line.split()[:1] and line.startswith("p0")}
        assert levels == {persons}, shown


@pytest.mark.parametrize(
    "args",
    [
        ["fragmentation", "--table", "nodes"],
        ["whatif", "--remove", "p002", "--table", "all-group-links"],
    ],
)
def test_a_group_column_says_its_domains_in_dutch(args):
    """The groups a table lists (an organisation's domain under --by domain) are vocabulary values: Dutch
    in a Dutch terminal table, the stable English codes in CSV."""
    from click.testing import CliRunner

    from partnernet.cli import cli

    command, rest = args[0], args[1:]
    line = [command, "data/regio-voorbeeld", "--at", "2026-01-01", *rest]
    dutch = CliRunner().invoke(cli, [*line, "--lang", "nl"])
    assert dutch.exit_code == 0, dutch.output
    assert "veiligheid" in dutch.output or "bestuur" in dutch.output
    assert not {"administration", "security", "care", "justice"} & set(dutch.output.split())
    machine = CliRunner().invoke(cli, [*line, "--format", "csv"])
    assert {"administration", "security"} & set(machine.output.replace(",", " ").split())
