"""docs/metrics.md: every worked value (its >>> lines) is run, so the metric documentation stays true."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_the_worked_values_of_docs_metrics_hold(monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples load tests/fixtures/mini
    failures, tried = doctest.testfile(
        os.fspath(ROOT / "docs" / "metrics.md"), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE
    )
    assert tried >= 15 and failures == 0


def test_the_readme_links_the_docs_and_no_missing_file():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/metrics.md" in readme and "docs/data.md" in readme
    for path in ("docs/metrics.md", "docs/data.md"):
        assert (ROOT / path).is_file()


def test_docs_data_lists_every_vocabulary_value():
    from partnernet.io.schema import VOCABULARIES

    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for name, values in VOCABULARIES.items():
        for value in values:
            assert f"`{value}`" in text, (name, value)
