"""Docstring examples (collected with --doctest-modules) load the repository's data/regio-voorbeeld and
tests/fixtures/mini by relative path, as a user in a checkout would: run them from the repository root,
wherever pytest was started."""

from pathlib import Path

import pytest

ROOT = Path(__file__).parent


@pytest.fixture(autouse=True)
def _doctests_run_in_the_repository(request, monkeypatch):
    if type(request.node).__name__ == "DoctestItem":  # pytest's doctest items; other tests keep their directory
        monkeypatch.chdir(ROOT)
