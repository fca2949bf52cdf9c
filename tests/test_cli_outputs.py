"""Output options and one overwrite rule (issue 14, "A consistent CLI", task 14e).

- ``report --to html|md|xlsx|pdf`` names the document type; ``--format html|md|xlsx|pdf`` still works, with a
  one-line notice on stderr in the command's language;
- every command that writes files lists them with ``--format table|csv|json`` (table: the human line on
  stderr; csv: columns ``path,kind``; json: a list of objects);
- every command that prints tables takes ``-o FILE``: the same bytes as stdout, atomically, never over an
  input (exit 2, the input untouched);
- one overwrite rule: generated artefacts (report, map, ``-o`` of an analysis) are replaced silently, files a
  user edits afterwards (template, survey forms, a collected or converted landscape) only with ``--force``,
  inputs never.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.cli.options import WRITTEN_KINDS

from conftest import FIXTURES
from test_cli_options import COMMANDS
from test_machine_output import command_line, machine_commands

MINI = FIXTURES / "mini"


def invoke(*args) -> click.testing.Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _output(command: click.Command) -> click.Option | None:
    return next((p for p in command.params if isinstance(p, click.Option) and p.name == "output"), None)


#: Commands that write files: -o is what they make (required).
FILE_WRITERS = sorted(name for name, c in COMMANDS.items() if (o := _output(c)) is not None and o.required)
#: Commands that print tables: -o FILE takes what they print.
ANALYSES = sorted(name for name, c in COMMANDS.items() if (o := _output(c)) is not None and not o.required)


def tree(path: Path) -> dict[str, str]:
    """Every file under ``path`` (or the file itself) by name, with a hash of its bytes."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """Inputs a command may be pointed at: a landscape folder, the same landscape as one JSON file and as a
    workbook, and a folder of survey forms made from it."""
    root = tmp_path_factory.mktemp("inputs")
    land = pn.load(MINI)
    folder = root / "mini"
    pn.write(land, folder)
    made = {"folder": folder, "json": pn.write(land, root / "mini.json"), "xlsx": pn.write(land, root / "mini.xlsx")}
    made["forms"] = root / "forms"
    pn.survey_forms(land, made["forms"], lang="nl")
    return made


# -- report --to -------------------------------------------------------------------------------------------


def test_report_option_to_names_the_document_type_and_format_lists_the_files(tmp_path):
    out = tmp_path / "rapport.md"
    result = invoke("report", MINI, "--to", "md", "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"path,kind\n{out},report\n{tmp_path / 'rapport_files'},figures\n"
    assert out.read_text(encoding="utf-8").startswith("#") and result.stderr == ""


@pytest.mark.parametrize(
    "lang, notice",
    [
        ("nl", "Let op: --format xlsx is verouderd voor het documenttype; gebruik --to xlsx.\n"),
        ("en", "Note: --format xlsx is deprecated for the document type; use --to xlsx.\n"),
    ],
)
def test_report_format_of_a_document_type_still_works_with_a_notice(tmp_path, lang, notice):
    out = tmp_path / "rapport.xlsx"
    result = invoke("report", MINI, "--format", "xlsx", "-o", out, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines(keepends=True)
    assert lines[0] == notice and len([line for line in lines if "--to" in line]) == 1
    assert out.read_bytes()[:2] == b"PK"  # a workbook, as --to xlsx writes


def test_report_to_and_an_other_former_format_is_a_usage_error(tmp_path):
    result = invoke("report", MINI, "--to", "md", "--format", "html", "-o", tmp_path / "r.md", "--lang", "en")
    assert result.exit_code == 2 and "Usage:" in result.output
    assert "--to md and --format html each ask for another document type" in result.output
    assert not list(tmp_path.iterdir())


def test_report_help_shows_to_and_the_current_formats_only():
    shown = invoke("report", "--help", "--lang", "en").output
    assert "--to [html|md|xlsx|pdf]" in shown and "--format [table|csv|json]" in shown
    assert "former spelling of --to" in " ".join(shown.split())


def test_a_report_suffix_that_names_another_type_says_to(tmp_path):
    result = invoke("report", MINI, "--to", "pdf", "-o", tmp_path / "r.html", "--lang", "en")
    assert result.exit_code == 2 and "the format asked (--to) is pdf" in result.output


# -- the files written, listed -------------------------------------------------------------------------------


def writer_line(name: str, out: Path, inputs: dict[str, Path]) -> list:
    """A command line of the file writer ``name`` writing ``out``."""
    lines = {
        "report": ["report", MINI, "--no-map", "-o", out],
        "viz": ["viz", MINI, "-o", out],
        "convert": ["convert", MINI, "-o", out],
        "template": ["template", "-o", out],
        "survey make": ["survey", "make", MINI, "-o", out],
        "survey collect": ["survey", "collect", inputs["forms"], "-o", out],
    }
    return lines[name]


#: The output each file writer gets in the tests, and the kinds of files it lists.
TARGETS = {
    "report": ("rapport.html", {"report"}),
    "viz": ("kaart.html", {"map"}),
    "convert": ("land.json", {"landscape"}),
    "template": ("intake.xlsx", {"template"}),
    "survey make": ("forms", {"form"}),
    "survey collect": ("collected", {"landscape", "survey"}),
}


def test_every_file_writer_is_walked():
    assert set(FILE_WRITERS) == set(TARGETS), "a new command that writes files: add it to TARGETS"
    assert set().union(*(kinds for _name, kinds in TARGETS.values())) <= set(WRITTEN_KINDS)


@pytest.mark.parametrize("name", FILE_WRITERS)
def test_every_file_writer_lists_what_it_wrote_in_every_format(name, tmp_path, inputs):
    listed = {}
    for fmt in ("table", "csv", "json"):
        out = tmp_path / fmt / TARGETS[name][0]
        out.parent.mkdir()
        result = invoke(*writer_line(name, out, inputs), "--format", fmt, "--lang", "en")
        assert result.exit_code == 0, result.output
        listed[fmt] = (out, result)
    out, table = listed["table"]
    assert table.stdout == "" or name == "survey collect"  # collect prints the response above its line
    assert f"wrote {out}" in table.stderr
    out, csv = listed["csv"]
    rows = csv.stdout.splitlines()
    assert rows[0] == "path,kind" and len(rows) > 1
    written = [tuple(row.rsplit(",", 1)) for row in rows[1:]]
    assert {kind for _path, kind in written} == TARGETS[name][1]
    assert all(
        Path(path).exists() and Path(path).is_relative_to(out if out.is_dir() else out.parent) for path, _k in written
    )
    assert "wrote" not in csv.stderr
    out, js = listed["json"]
    objects = json.loads(js.stdout)  # JSON only on stdout
    assert isinstance(objects, list) and all(set(o) == {"path", "kind"} for o in objects)
    assert [(Path(o["path"]).relative_to(out.parent.parent / "json"), o["kind"]) for o in objects] == [
        (Path(p).relative_to(out.parent.parent / "csv"), k) for p, k in written
    ]


# -- -o of the commands that print tables --------------------------------------------------------------------


def test_every_command_that_prints_tables_has_o():
    assert set(ANALYSES) == set(machine_commands())


@pytest.mark.usefixtures("shared_analyses")
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
@pytest.mark.parametrize("name", ANALYSES)
def test_o_writes_the_bytes_stdout_would_print(name, fmt, tmp_path):
    args = command_line(name, "lagen", fmt)
    printed = invoke(*args, "--lang", "en")
    assert printed.exit_code == 0, printed.output
    out = tmp_path / "uit.txt"
    written = invoke(*args, "--lang", "en", "-o", out)
    assert written.exit_code == 0, written.output
    assert written.stdout == ""
    assert out.read_bytes() == printed.stdout_bytes and out.read_bytes().strip()
    assert f"wrote {out}" in written.stderr
    again = invoke(*args, "--lang", "en", "-o", out)  # a generated output: replaced silently
    assert again.exit_code == 0 and out.read_bytes() == printed.stdout_bytes
    assert [p.name for p in tmp_path.iterdir()] == ["uit.txt"]  # no temporary left beside it


@pytest.mark.usefixtures("shared_analyses")
@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_o_with_a_csv_or_json_name_writes_that_format(suffix, tmp_path):
    printed = invoke("centrality", FIXTURES / "lagen", "--format", suffix[1:])
    out = tmp_path / f"centraliteit{suffix}"
    written = invoke("centrality", FIXTURES / "lagen", "-o", out)
    assert written.exit_code == 0 and out.read_bytes() == printed.stdout_bytes


#: -o FILE and --format of a command that prints tables (issue 14f): (suffix, --format or None, what is
#: refused: None for nothing, else the message key's words in English and Dutch).
SUFFIX_RULE = [
    (".json", "csv", ("ends in '.json' but --format asks for csv", "eindigt op '.json' maar --format vraagt csv")),
    (".csv", "json", ("ends in '.csv' but --format asks for json", "eindigt op '.csv' maar --format vraagt json")),
    (".csv", "table", ("name the file with .txt", "geef het bestand de extensie .txt")),
    (".json", "table", ("but --format asks for table", "maar --format vraagt table")),
    (".html", None, ("a kind of file this command does not write", "een bestandssoort die deze opdracht niet")),
    (".xlsx", "csv", ("a kind of file this command does not write", "een bestandssoort die deze opdracht niet")),
    (".pdf", "table", ("a kind of file this command does not write", "een bestandssoort die deze opdracht niet")),
]


@pytest.mark.parametrize("name", ANALYSES)
def test_a_suffix_that_contradicts_format_is_refused_before_any_work(name, tmp_path):
    """One rule for every command with ``-o FILE`` that prints tables: without ``--format`` a ``.csv`` or
    ``.json`` suffix chooses the format (another suffix: the table); a ``--format`` that contradicts it, and a
    document's suffix (``.html``, ``.xlsx``, ...), are refused with exit 2 and a message in the command's
    language, before the landscape is read (here it does not exist)."""
    args = command_line(name, "lagen", "csv")
    missing = str(tmp_path / "no-such-landscape")
    args = [missing if a == str(FIXTURES / "lagen") else a for a in args]
    args = [a for i, a in enumerate(args) if a != "--format" and (i == 0 or args[i - 1] != "--format")]
    for suffix, fmt, said in SUFFIX_RULE:
        for lang, words in zip(("en", "nl"), said):
            out = tmp_path / f"uit{suffix}"
            result = invoke(*args, "-o", out, *(["--format", fmt] if fmt else []), "--lang", lang)
            assert result.exit_code == 2, (suffix, fmt, result.output)
            assert words in result.output and "Traceback" not in result.output, result.output
            assert "no-such-landscape" not in result.output  # nothing was loaded
            assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("shared_analyses")
@pytest.mark.parametrize("name", ["summary", "fragmentation"])
def test_a_suffix_that_agrees_with_format_or_a_txt_name_is_written(name, tmp_path):
    for suffix, fmt in ((".csv", "csv"), (".json", "json"), (".txt", "csv"), (".txt", None), (".out", "json")):
        args = command_line(name, "lagen", fmt or "table")
        printed = invoke(*args, "--lang", "en")
        out = tmp_path / f"uit{suffix}"
        written = invoke(*(args if fmt else args[:-2]), "--lang", "en", "-o", out)  # None: no --format
        assert written.exit_code == 0, written.output
        assert out.read_bytes() == printed.stdout_bytes, (suffix, fmt)


@pytest.mark.parametrize("name", ANALYSES)
def test_o_at_an_input_file_is_refused_and_the_input_stays(name, inputs, tmp_path):
    source = inputs["json"]
    before = tree(source)
    args = command_line(name, "lagen", "csv")
    args[1] = str(source)
    if name == "compare":  # the second landscape is an input too
        args = [args[0], str(inputs["folder"]), str(source), "--at", "2026-01-01"]
    folder = tree(inputs["folder"])
    for target, said in (
        (source, "it is the input file"),
        (inputs["folder"] / "organisations.csv", "inside the input folder"),
    ):
        if name != "compare" and target.parent == inputs["folder"]:
            args[1] = str(inputs["folder"])
        result = invoke(*args, "-o", target, "--lang", "en")
        assert result.exit_code == 2, result.output
        assert "Usage:" in result.output and f"refusing to write '{target}'" in result.output, result.output
        assert said in result.output and "Traceback" not in result.output
    assert tree(source) == before and tree(inputs["folder"]) == folder


@pytest.mark.parametrize("name", ANALYSES)
def test_an_empty_o_is_said_empty(name, tmp_path):
    result = invoke(*command_line(name, "lagen", "csv"), "-o", " ", "--lang", "en")
    assert result.exit_code == 2 and "the output path ' ' is empty" in result.output, result.output


def test_o_of_validate_writes_the_problems_and_keeps_the_exit_status(tmp_path):
    broken = FIXTURES / "typo"
    printed = invoke("validate", broken, "--format", "csv")
    out = tmp_path / "problemen.csv"
    written = invoke("validate", broken, "-o", out)
    assert written.exit_code == printed.exit_code and out.read_bytes() == printed.stdout_bytes


# -- one overwrite rule ------------------------------------------------------------------------------------

#: Files a user edits afterwards: replaced only with --force.
EDITED = {"template", "survey make", "survey collect", "convert"}
#: Generated artefacts: replaced silently.
GENERATED = {"report", "viz"}


def test_every_file_writer_has_its_rule():
    assert EDITED | GENERATED == set(FILE_WRITERS) and not EDITED & GENERATED
    for name, command in COMMANDS.items():
        has_force = any(p.name == "force" for p in command.params)
        assert has_force == (name in EDITED), name


@pytest.mark.parametrize("name", FILE_WRITERS)
def test_the_overwrite_rule_of_every_file_writer(name, tmp_path, inputs):
    out = tmp_path / TARGETS[name][0]
    first = invoke(*writer_line(name, out, inputs), "--lang", "en")
    assert first.exit_code == 0, first.output
    made = tree(out)
    second = invoke(*writer_line(name, out, inputs), "--lang", "en")
    if name in GENERATED:
        assert second.exit_code == 0, second.output  # replaced silently
        assert "wrote" in second.stderr and "--force" not in second.output
    else:
        assert second.exit_code == 2, second.output
        assert str(out) in second.output and "--force" in second.output
        assert tree(out) == made
        forced = invoke(*writer_line(name, out, inputs), "--force", "--lang", "en")
        assert forced.exit_code == 0, forced.output
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def input_line(name: str, inputs: dict[str, Path]) -> tuple[list, Path]:
    """A command line of ``name`` whose output is one of its inputs (with --force where the command has it),
    and that input."""
    lines = {
        "report": (["report", inputs["json"], "--no-map", "-o", inputs["json"]], inputs["json"]),
        "viz": (["viz", inputs["json"], "-o", inputs["json"]], inputs["json"]),
        "convert": (["convert", inputs["json"], "-o", inputs["json"], "--force"], inputs["json"]),
        "template": (["template", "--from", inputs["xlsx"], "-o", inputs["xlsx"], "--force"], inputs["xlsx"]),
        "survey make": (["survey", "make", inputs["folder"], "-o", inputs["folder"], "--force"], inputs["folder"]),
        "survey collect": (["survey", "collect", inputs["forms"], "-o", inputs["forms"], "--force"], inputs["forms"]),
    }
    return lines[name]


@pytest.mark.parametrize("name", FILE_WRITERS)
def test_no_file_writer_replaces_an_input(name, inputs):
    args, source = input_line(name, inputs)
    before = tree(source)
    result = invoke(*args, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "input" in result.output and str(source.name) in result.output and "Traceback" not in result.output
    assert tree(source) == before
