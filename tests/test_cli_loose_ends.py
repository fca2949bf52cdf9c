"""Loose ends of the CLI (issue 14): the README and the commands agree on options, an empty -o/--output is
said to be empty, one form of "written" for every command that writes a file, and whole counts stay
integers in CSV and JSON."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partnernet.cli import load_all

README = Path(__file__).parents[1] / "README.md"


def _options(command) -> set[str]:
    return {opt for param in command.params for opt in [*param.opts, *getattr(param, "secondary_opts", [])]}


def test_every_option_the_readme_uses_is_an_option_of_its_command():
    commands = load_all()
    text = README.read_text(encoding="utf-8")
    checked = 0
    for line in re.findall(r"^\$ partnernet (.+)$", text, flags=re.M):
        words = line.split()
        command = commands[words[0]]
        if words[0] == "survey":
            command, words = command.commands[words[1]], words[1:]
        for word in words[1:]:
            if word.startswith("--"):
                assert word.split("=")[0] in _options(command), f"README: partnernet {line}"
                checked += 1
    assert checked > 10


def test_the_readme_says_which_commands_default_to_the_whole_register():
    commands = load_all()
    text = " ".join(README.read_text(encoding="utf-8").split())
    sentence = re.search(r"analyses default to today, (.+?) to the whole register \(`--at all`\)", text)
    assert sentence is not None
    named = re.findall(r"`(\w+)`", sentence.group(1))
    assert named and all({p.name: p for p in commands[n].params}["at"].default == "all" for n in named)
    assert "--at" not in _options(commands["validate"]) and "`validate` has no `--at`" in text
    for name, command in commands.items():
        at = {p.name: p for p in getattr(command, "params", [])}.get("at")
        if at is not None and name not in named:
            assert at.default in ("today", None), name


def _writers():
    """Every command (and command of a group) that writes files (its -o/--output required), by its command
    line; a command that prints tables has an optional -o for what it prints (tests/test_cli_outputs.py)."""
    found = {}
    for name, command in load_all().items():
        for sub, each in [(name, command), *((f"{name} {n}", c) for n, c in getattr(command, "commands", {}).items())]:
            if "--output" in _options(each) and next(p for p in each.params if "--output" in p.opts).required:
                found[sub] = each
    return found


def test_every_output_option_is_the_shared_one_and_an_empty_one_says_it_is_empty(tmp_path):
    from click.testing import CliRunner

    from partnernet.cli import cli
    from partnernet.cli.options import OutputPath

    from conftest import EXAMPLE

    writers = _writers()
    assert set(writers) == {"convert", "report", "viz", "template", "survey make", "survey collect"}
    arguments = {"convert": [EXAMPLE], "report": [EXAMPLE], "viz": [EXAMPLE], "template": [],
                 "survey make": [EXAMPLE], "survey collect": [tmp_path / "form.xlsx"]}  # fmt: skip
    for line, command in writers.items():
        output = next(p for p in command.params if "--output" in p.opts)
        assert isinstance(output.type, OutputPath) and output.required, line
        for empty, lang, words in (
            ("", "nl", "het uitvoerpad '' is leeg"),
            (" ", "en", "the output path ' ' is empty"),
        ):
            args = [*line.split(), *map(str, arguments[line]), "-o", empty, "--lang", lang]
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == 2 and words in result.output, (line, result.output)
            assert "'.'" not in result.output and not list(tmp_path.glob("*")), line


def test_every_command_that_writes_says_so_in_one_form_on_stderr(tmp_path, monkeypatch):
    """One key (language/cli.py ``wrote``): 'template' said "PATH geschreven", 'survey make' "N formulieren
    geschreven in PATH", the others "geschreven: PATH"."""
    from click.testing import CliRunner

    from partnernet.cli import cli

    from conftest import FIXTURES

    monkeypatch.chdir(tmp_path)
    mini = str(FIXTURES / "mini")
    lines = [
        ["template", "-o", "t.xlsx", "--from", mini],
        ["survey", "make", mini, "-o", "forms", "--at", "all"],
        ["survey", "collect", "forms", "-o", "land.xlsx", "--register", mini],
        ["convert", mini, "-o", "c.json"],
        ["report", mini, "-o", "r.md"],
        ["viz", mini, "-o", "v.html"],
    ]
    assert {" ".join(line[:2]) if line[0] == "survey" else line[0] for line in lines} == set(_writers())
    for lang, form in (("nl", "geschreven: {path}"), ("en", "wrote {path}")):
        for line in lines:
            path = line[line.index("-o") + 1]
            result = CliRunner().invoke(
                cli, [*line, "--lang", lang, *(["--force"] if line[0] in ("template", "survey", "convert") else [])]
            )
            assert result.exit_code == 0, (line, result.output)
            said = [row for row in result.stderr.splitlines() if re.match(r"(geschreven|wrote)\b", row)]
            after = ", " if line[0] == "report" else ": "  # the report names its map too; the others what they hold
            assert len(said) == 1 and said[0].startswith(form.format(path=path) + after), (line, result.stderr)
            assert not re.search(r"\b(geschreven|wrote)\b", result.stdout), (line, result.stdout)


def test_no_word_of_the_cli_says_written_but_the_one_key():
    from partnernet.language import cli as cli_words
    from partnernet.language import intake

    for table in (cli_words.TEXTS, intake.WORDS):
        for key, pair in table.items():
            if key != "wrote":
                assert not any(re.search(r"\b(geschreven|wrote)\b", text) for text in pair), key


#: Each command with --format csv|json, with the arguments it needs.
MACHINE = {
    "validate": [],
    "summary": [],
    "overload": [],
    "redundancy": [],
    "hierarchy": [],
    "covenants": [],
    "centrality": [],
    "connectors": ["--expected-hub", "om-parket"],
    "fragmentation": ["--key-players", "2"],
    "whatif": ["--remove", "om-parket"],
    "turnover": [],
    "compare": ["--at", "2025-01-01", "--vs", "2026-01-01"],
    "layers": [],
}


def _measured(column) -> bool:
    """A column of a measure with its own number format (hours, ratios, shares): it keeps its floats."""
    from partnernet.language.labels import COLUMN_FORMATS

    return COLUMN_FORMATS.get(str(column), "mixed") != "mixed"


def _whole_floats(value, where=""):
    """Paths to whole floats (7.0) anywhere in parsed JSON, but under a measured column."""
    if isinstance(value, float) and value.is_integer():
        return [where]
    if isinstance(value, dict):
        return [p for k, v in value.items() if not _measured(k) for p in _whole_floats(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [p for n, v in enumerate(value) for p in _whole_floats(v, f"{where}[{n}]")]
    return []


@pytest.mark.usefixtures("shared_analyses")  # many command lines, a few analyses
def test_no_command_writes_a_whole_number_as_a_float_in_csv_or_json():
    """'whatif --format csv' wrote counts as 7.0 (issue 14); one shared path (output.whole) for every command."""
    import csv
    import io
    import json

    from click.testing import CliRunner

    from partnernet.cli import cli

    from conftest import EXAMPLE

    commands = {name for name, command in load_all().items() if "--format" in _options(command)} - set(_writers())
    assert set(MACHINE) == commands
    cells = 0
    for name, extra in MACHINE.items():
        # JSON holds every table of a command; CSV one, through the same render_csv as every other
        for fmt, chosen in (("json", []), ("csv", ["--table", "coverage"] if name == "connectors" else [])):
            args = [name, str(EXAMPLE), *extra, *chosen, "--format", fmt, "--lang", "en"]
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == 0, (args, result.output)
            if fmt == "json":
                assert not _whole_floats(json.loads(result.stdout)), (
                    name,
                    _whole_floats(json.loads(result.stdout))[:5],
                )
                continue
            rows = list(csv.reader(io.StringIO(result.stdout)))
            counted = [n for n, column in enumerate(rows[0]) if not _measured(column)]
            floats = [(row[0], row[n]) for row in rows[1:] for n in counted if re.fullmatch(r"-?\d+\.0", row[n])]
            assert not floats, (args, rows[0], floats[:5])
            cells += sum(len(row) for row in rows)
    assert cells > 1000


def test_whatif_counts_are_integers_and_ratios_stay_fractions():
    from click.testing import CliRunner

    from partnernet.cli import cli

    from conftest import EXAMPLE

    result = CliRunner().invoke(
        cli, ["whatif", str(EXAMPLE), "--remove", "om-parket", "--format", "csv", "--lang", "en"]
    )
    lines = result.stdout.splitlines()
    assert "organisations,nodes,46,45,-1" in lines and "organisations,links,336,310,-26" in lines
    density = next(line for line in lines if line.startswith("organisations,density,"))
    assert all("." in value for value in density.split(",")[2:])


def test_the_api_refuses_an_empty_output_path_quoting_it_as_given(tmp_path, monkeypatch):
    import pytest

    import partnernet as pn
    from partnernet.errors import UsageError

    from conftest import EXAMPLE

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    with pytest.raises(UsageError) as caught:
        pn.write(pn.load(EXAMPLE), "")
    assert caught.value.code == "not_an_output_name" and str(caught.value).startswith("'' is")
    assert not list(tmp_path.iterdir())


def test_files_given_to_commands_follow_the_loaders_encoding_rule(tmp_path):
    """--bodies of survey make and --metrics of viz: a Windows-1252 file is read with the loader's
    warning (not a crash, not mojibake), a mixed one is refused with exit 2 naming the file."""
    from click.testing import CliRunner

    from partnernet.cli import cli

    from conftest import EXAMPLE

    bodies = tmp_path / "bodies.csv"
    bodies.write_bytes("id\nb001\n".encode() + "bé\n".encode("cp1252"))
    result = CliRunner().invoke(cli, ["survey", "make", str(EXAMPLE), "--bodies", str(bodies),
                                      "-o", str(tmp_path / "forms"), "--lang", "en"])  # fmt: skip
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "is not UTF-8" in result.output and "read as Windows-1252" in result.output
    assert "bé" in result.output  # the unknown body named as written, not as mojibake
    metrics = tmp_path / "metrics.csv"
    metrics.write_bytes("id,score\n".encode() + "o001,1\n".encode() + "o002,é\n".encode("cp1252") + "o003,é\n".encode())
    result = CliRunner().invoke(cli, ["viz", str(EXAMPLE), "--metrics", str(metrics), "-o", str(tmp_path / "m.html"),
                                      "--lang", "en"])  # fmt: skip
    assert result.exit_code == 2 and "metrics.csv" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "m.html").exists()


def test_a_returned_form_that_is_no_workbook_is_said_in_our_words(tmp_path):
    from click.testing import CliRunner

    from partnernet.cli import cli

    form = tmp_path / "form.xlsx"
    form.write_text("not a workbook")
    for lang, words in (("nl", "is geen Excel-werkmap"), ("en", "is not an Excel workbook")):
        result = CliRunner().invoke(cli, ["survey", "collect", str(form), "-o", str(tmp_path / "out"), "--lang", lang])
        assert result.exit_code == 2 and words in result.output, result.output
        assert "zip" not in result.output.lower() and "Traceback" not in result.output


@pytest.mark.usefixtures("shared_analyses")  # many command lines, a few analyses
def test_every_command_with_several_tables_lets_the_user_pick_one_in_every_format():
    """Issue 14 (a consistent CLI): a command whose JSON holds several tables has --table, and each of
    redundancy's, hierarchy's and covenants' tables comes out alone as a table, CSV or JSON."""
    import json

    from click.testing import CliRunner

    from partnernet.cli import cli
    from partnernet.cli.load import COVENANT_TABLES, HIERARCHY_TABLES, REDUNDANCY_TABLES

    from conftest import EXAMPLE

    commands = load_all()
    for name in ("redundancy", "hierarchy", "covenants", "fragmentation", "whatif", "compare", "layers", "summary"):
        assert "table" in {p.name for p in commands[name].params}, name
    for name, tables in (("redundancy", REDUNDANCY_TABLES), ("hierarchy", HIERARCHY_TABLES),
                         ("covenants", COVENANT_TABLES)):  # fmt: skip
        whole = json.loads(
            CliRunner().invoke(cli, [name, str(EXAMPLE), "--format", "json", "--at", "2026-01-01"]).output
        )
        assert set(whole) == set(tables.values()), name
        for table, part in tables.items():
            args = [name, str(EXAMPLE), "--at", "2026-01-01", "--table", table]
            alone = CliRunner().invoke(cli, [*args, "--format", "json"])
            assert alone.exit_code == 0 and json.loads(alone.output) == whole[part], (name, table)
            for fmt in ("csv", "table"):
                result = CliRunner().invoke(cli, [*args, "--format", fmt])
                assert result.exit_code == 0 and "Traceback" not in result.output, (name, table, fmt)


def test_a_map_is_written_only_to_an_html_name(tmp_path):
    """viz wrote its HTML page into any name (x.pdf): now .html/.htm only, a usage error otherwise, in both
    languages and before anything is drawn; a stream such as /dev/stdout stays allowed."""
    from click.testing import CliRunner

    import partnernet as pn
    from partnernet.cli import cli
    from partnernet.errors import UsageError

    from conftest import EXAMPLE

    for name, lang, words in (("x.pdf", "nl", "eindigt op .pdf, maar een kaart is een webpagina"),
                              ("x", "en", "but a map is a web page")):  # fmt: skip
        result = CliRunner().invoke(cli, ["viz", str(EXAMPLE), "-o", str(tmp_path / name), "--lang", lang])
        assert result.exit_code == 2 and words in result.output, result.output
    assert not list(tmp_path.iterdir())
    land = pn.load(EXAMPLE).at("2026-01-01")
    try:
        pn.visualise(land).save(tmp_path / "map.png")
    except UsageError as exc:
        assert exc.code == "map_suffix"
    else:
        raise AssertionError("Map.save wrote a map to map.png")
    pn.visualise(land, tmp_path / "Kaart.HTM")
    assert (tmp_path / "Kaart.HTM").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
