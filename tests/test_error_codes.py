"""Every machine code of an error or a problem has one style: snake_case, like the machine values.

The codes are read from the source (every ``UsageError(code)``, ``LanguageError``, ``Problem(severity,
code, ...)``, ``Problem.of(severity, code, ...)``, the loader's ``report``/``report_cells`` and any
``code=``), so a new code in another style (``duplicate-id``, ``m.no_bodies``) fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import partnernet as pn
from partnernet.errors import ERROR, Problem, UsageError

SOURCE = Path(pn.__file__).parent
CODE = re.compile(r"^[a-z][a-z0-9_]*$")
#: Call name -> position of its code argument.
CODE_ARGUMENT = {"UsageError": 0, "LanguageError": 0, "Problem": 1, "of": 1, "report": 1, "report_cells": 1}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "of" and not (isinstance(func.value, ast.Name) and func.value.id == "Problem"):
            return None  # only Problem.of
        return func.attr
    return None


def _codes() -> list[tuple[str, int, ast.expr]]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            where = f"{path.relative_to(SOURCE.parent)}:{node.lineno}"
            position = CODE_ARGUMENT.get(name or "")
            if position is not None and len(node.args) > position and name != "LanguageError":
                found.append((where, name, node.args[position]))
            found += [(where, "code=", k.value) for k in node.keywords if k.arg == "code"]
    return found


def test_the_source_has_codes_to_check():
    """The scan sees the calls it is about (a scan that finds nothing would pass anything)."""
    names = {name for _, name, _ in _codes()}
    assert {"UsageError", "of", "Problem", "report", "report_cells"} <= names
    assert len(_codes()) > 150


def test_every_error_and_problem_code_is_snake_case():
    bad = []
    for where, name, arg in _codes():
        if isinstance(arg, ast.JoinedStr):
            bad.append(f"{where}: {name} with a code built at run time")
        elif isinstance(arg, ast.Constant) and isinstance(arg.value, str) and not CODE.match(arg.value):
            bad.append(f"{where}: {name}({arg.value!r})")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("code", ["unknown_language", "unknown_choice_none", "cannot_write_too_big"])
def test_codes_that_had_other_styles_have_their_words(code):
    """Renamed codes (kebab-case, dotted) still find their message in both languages."""
    for lang in ("nl", "en"):
        from partnernet.language.errors import catalogue

        assert code in catalogue(lang)
    assert UsageError(code, value="x", what="level", path="p").code == code


def test_codes_at_run_time(tmp_path):
    """Codes made while running: a language error, a loader problem."""
    with pytest.raises(pn.UsageError) as caught:
        pn.language.get("xx")
    assert caught.value.code == "unknown_language"
    with pytest.raises(pn.InputError) as caught:
        pn.load(tmp_path / "nothing.csv")
    assert caught.value.code == "missing_file"
    assert Problem.of(ERROR, "no_data", "f.csv").code == "no_data"
