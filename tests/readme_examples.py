"""The README's console examples: run each, compare with what the README shows, or rewrite it.

Every ```console block that starts with ``$ partnernet ...`` is an example.
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
BLOCK = re.compile(r"```console\n\$ partnernet ([^\n]*)\n(.*?)```", re.S)


def examples(text: str | None = None) -> list[tuple[str, str]]:
    """(command after 'partnernet', shown output) for every example."""
    return BLOCK.findall(README.read_text(encoding="utf-8") if text is None else text)


def run(command: str) -> str:
    """The real output (stdout then stderr) of ``partnernet COMMAND`` run from the repository root."""
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
            result = CliRunner().invoke(cli, arguments)
        finally:
            os.chdir(previous)
        output = result.stdout + result.stderr
        return output.replace(str(Path(folder)) + "/", "")


def matches(shown: str, real: str) -> bool:
    shown_lines = [line.rstrip() for line in shown.rstrip("\n").splitlines()]
    real_lines = [line.rstrip() for line in real.rstrip("\n").splitlines()]
    if "..." in shown_lines:
        cut = shown_lines.index("...")
        head, tail = shown_lines[:cut], shown_lines[cut + 1:]
        return real_lines[:len(head)] == head and (not tail or real_lines[-len(tail):] == tail)
    return shown_lines == real_lines


def update() -> int:
    """Rewrite every example whose output changed (keeping '...' cuts); return the number changed."""
    text = README.read_text(encoding="utf-8")
    changed = 0

    def replace(match):
        nonlocal changed
        command, shown = match.group(1), match.group(2)
        real = run(command)
        if matches(shown, real):
            return match.group(0)
        changed += 1
        lines = [line.rstrip() for line in real.rstrip("\n").splitlines()]
        shown_lines = shown.rstrip("\n").splitlines()
        if "..." in shown_lines:
            cut = shown_lines.index("...")
            keep_head, keep_tail = cut, len(shown_lines) - cut - 1
            lines = lines[:keep_head] + ["..."] + (lines[-keep_tail:] if keep_tail else [])
        return f"```console\n$ partnernet {command}\n" + "\n".join(lines) + "\n```"

    text = BLOCK.sub(replace, text)
    README.write_text(text, encoding="utf-8")
    return changed


if __name__ == "__main__":
    print(f"{update()} README examples updated", file=sys.stderr)
