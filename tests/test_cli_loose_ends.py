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
