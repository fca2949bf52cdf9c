"""Loose ends of the CLI (issue 14): the README and the commands agree on options, an empty -o/--output is
said to be empty, one form of "written" for every command that writes a file, and whole counts stay
integers in CSV and JSON."""

from __future__ import annotations

import re
from pathlib import Path

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
    """Every command (and command of a group) that has -o/--output, by its command line."""
    found = {}
    for name, command in load_all().items():
        for sub, each in [(name, command), *((f"{name} {n}", c) for n, c in getattr(command, "commands", {}).items())]:
            if "--output" in _options(each):
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
                cli, [*line, "--lang", lang, *(["--force"] if line[0] in ("template", "survey") else [])]
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
