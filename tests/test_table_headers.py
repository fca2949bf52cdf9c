"""Terminal tables keep their headers apart (issue 14, "one home for words"): a Dutch header of several
words (``hoogste waarde``) stands two spaces from the next, so ``rang van de hoogste organisatie`` no
longer reads as one header. English headers are the column names (one word each) and stay as they were."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from partnernet.cli import cli
from partnernet.output import render_table

from conftest import EXAMPLE

EXPECTED_HUB = {
    "nl": ["waarde", "rang", "aantal gerangschikt", "hoogste organisatie", "hoogste waarde",
           "organisaties met de hoogste waarde"],
    "en": ["value", "rank", "ranked", "top_organisation", "top_value", "top_shared_by"],
}  # fmt: skip


def headers(line: str) -> list[str]:
    """The headers of a table's header line as a reader parts them: at two spaces or more."""
    return re.split(r"\s{2,}", line.strip())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_expected_hub_table_says_each_header_apart(lang):
    args = ["connectors", str(EXAMPLE), "--at", "2026-01-01", "--expected-hub", "gemeente-veldstad"]
    result = CliRunner().invoke(cli, [*args, "--table", "expected-hub", "--lang", lang])
    assert result.exit_code == 0, result.output
    line = result.stdout.splitlines()[1]
    said = headers(line) if lang == "nl" else line.split()
    assert said == EXPECTED_HUB[lang]


WORDS = st.text("abcdefghij", min_size=1, max_size=8)
HEADER = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    columns=st.lists(HEADER, min_size=2, max_size=6, unique=True),
    widths=st.lists(st.integers(0, 40), min_size=6, max_size=6),
    index=st.booleans(),
)
def test_headers_of_several_words_are_parted_by_two_spaces(columns, widths, index):
    frame = pd.DataFrame({c: [10**w if w < 15 else "x" * w] for c, w in zip(columns, widths)})
    if index:
        frame.index = pd.Index(["een rij"], name="naam")
    line = render_table(frame, lang="nl").splitlines()[0]
    if any(" " in c for c in columns):
        assert headers(line) == columns
    else:
        assert line.split() == columns
