"""The README's console examples: run each, compare with what the README shows, or rewrite it.

Every ``$ partnernet ...`` line in a ```console block is an example, its output
the lines up to the next ``$`` line or the end of the block (other ``$``
commands, such as grep, are shown but not run).
Examples of the commands that print results run with ``PARTNERNET_LANG=en``,
as the README says (``--lang nl`` in an example overrides it); report, viz,
template and survey run in their default, Dutch.
A line ``...`` in a shown output means "lines left out here": what follows it
must be the end of the real output. ``-o FILE`` is written to a temporary
folder. Update the README after a change of output with::

    python tests/readme_examples.py
"""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
#: The README shows English output: its examples run with PARTNERNET_LANG=en (Dutch is the default)...
LANG_VARIABLE = "PARTNERNET_LANG"
#: ... except the commands that write the Dutch report, map and intake files, shown in their default.
DUTCH_EXAMPLES = {"report", "viz", "template", "survey"}
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def segments(block: str) -> list[tuple[str, str]]:
    """A console block as (command line without '$ ', shown output) pairs."""
    pairs: list[tuple[str, str]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            pairs.append((line[2:].rstrip("\n"), ""))
        elif pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + line)
    return pairs


def examples(text: str | None = None) -> list[tuple[str, str]]:
    """(command after 'partnernet', shown output) for every example."""
    text = README.read_text(encoding="utf-8") if text is None else text
    return [
        (command[len("partnernet ") :], shown)
        for block in BLOCK.findall(text)
        for command, shown in segments(block)
        if command.startswith("partnernet ")
    ]


def run(command: str) -> str:
    """The real output (stdout then stderr) of ``partnernet COMMAND`` run from the repository root.

    A shell pipe after the command (``| head -4``) is applied to its standard output.
    """
    import subprocess

    command, _, pipe = command.partition(" | ")
    output = _run_partnernet(command)
    if pipe:
        output = subprocess.run(pipe, shell=True, input=output, capture_output=True, text=True).stdout
    return output


def _run_partnernet(command: str) -> str:
    import os

    from partnernet.cli import cli

    arguments = shlex.split(command)
    with tempfile.TemporaryDirectory() as folder:
        if "-o" in arguments:
            position = arguments.index("-o") + 1
            arguments[position] = str(Path(folder) / arguments[position])
        previous = os.getcwd()
        os.chdir(ROOT)
        try:
            env = {} if arguments[0] in DUTCH_EXAMPLES else {LANG_VARIABLE: "en"}
            result = CliRunner().invoke(cli, arguments, env=env, prog_name="partnernet")
        finally:
            os.chdir(previous)
        output = result.stdout + result.stderr
        return output.replace(str(Path(folder)) + "/", "")


def matches(shown: str, real: str) -> bool:
    shown_lines = [line.rstrip() for line in shown.rstrip("\n").splitlines()]
    real_lines = [line.rstrip() for line in real.rstrip("\n").splitlines()]
    if "..." in shown_lines:
        cut = shown_lines.index("...")
        head, tail = shown_lines[:cut], shown_lines[cut + 1 :]
        return real_lines[: len(head)] == head and (not tail or real_lines[-len(tail) :] == tail)
    return shown_lines == real_lines


def update() -> int:
    """Rewrite every example whose output changed (keeping '...' cuts); return the number changed."""
    text = README.read_text(encoding="utf-8")
    changed = 0

    def replace(match):
        nonlocal changed
        parts = []
        for command, shown in segments(match.group(1)):
            if command.startswith("partnernet ") and not matches(shown, real := run(command[len("partnernet ") :])):
                changed += 1
                shown = _with_cuts(shown, real)
            parts.append(f"$ {command}\n{shown}")
        return "```console\n" + "".join(parts) + "```"

    text = BLOCK.sub(replace, text)
    README.write_text(text, encoding="utf-8")
    return changed


def _with_cuts(shown: str, real: str) -> str:
    """The real output, keeping a '...' cut where the README had one."""
    lines = [line.rstrip() for line in real.rstrip("\n").splitlines()]
    shown_lines = shown.rstrip("\n").splitlines()
    if "..." in shown_lines:
        cut = shown_lines.index("...")
        tail = len(shown_lines) - cut - 1
        lines = lines[:cut] + ["..."] + (lines[-tail:] if tail else [])
    return "".join(line + "\n" for line in lines)


if __name__ == "__main__":
    print(f"{update()} README examples updated", file=sys.stderr)
