"""Shared fixtures: the hand-checkable mini landscape and the example data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
DATA = TESTS.parent / "data"
EXAMPLE = DATA / "regio-voorbeeld"


@pytest.fixture
def mini(tmp_path) -> Path:
    """A writable copy of tests/fixtures/mini (5 organisations, 3 bodies, 3 persons)."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def edit(
    folder: Path,
    table: str,
    *,
    append: str | None = None,
    replace: tuple[str, str] | None = None,
    text: str | None = None,
) -> Path:
    """Change one CSV file of a landscape folder: append lines, replace text, or rewrite it."""
    path = folder / f"{table}.csv"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    if replace is not None:
        content = path.read_text(encoding="utf-8")
        assert replace[0] in content, f"{replace[0]!r} not in {path.name}"
        path.write_text(content.replace(replace[0], replace[1], 1), encoding="utf-8")
    if append is not None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(append.rstrip("\n") + "\n")
    return path


@pytest.fixture(scope="session")
def tafels():
    """tests/fixtures/tafels (read-only): every figure is worked out in its README."""
    import partnernet as pn

    return pn.load(FIXTURES / "tafels")


@pytest.fixture(scope="session")
def example_2026():
    """The example region as it stood on 2026-01-01 (read-only)."""
    import partnernet as pn

    return pn.load(EXAMPLE).at("2026-01-01")


@pytest.fixture
def english(monkeypatch):
    """Commands, the API's errors and help in English: the tests that use this check English wording of
    the analyses' output or of an error (Dutch is the default; tests/test_cli_lang.py and
    tests/test_error_words.py check both languages; an error's code is the same in both)."""
    monkeypatch.setenv("PARTNERNET_LANG", "en")
