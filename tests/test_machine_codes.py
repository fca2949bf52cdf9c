"""Machine values are codes, not phrases (issue 14, part Z): every vocabulary value of every command's JSON on the
example region is one snake_case word (``no_table_left``, ``into_the_group``), said in words only in tables."""

from __future__ import annotations

import json

import pytest

import partnernet as pn
from partnernet.language import labels

from conftest import EXAMPLE
from test_machine_output import command_line, invoke, machine_commands


def vocabulary_values(value, column=None):
    """(column, value) of every string under a vocabulary column (:data:`labels.VALUE_COLUMNS`) in a JSON tree."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from vocabulary_values(item, key)
    elif isinstance(value, list):
        for item in value:
            yield from vocabulary_values(item, column)
    elif isinstance(value, str) and column in labels.VALUE_COLUMNS:
        yield column, value


@pytest.mark.parametrize("name", machine_commands())
def test_no_machine_value_holds_a_space(name):
    result = invoke(command_line(name, "example", "json"))
    assert result.exit_code == 0, result.output
    found = {(column, value) for column, value in vocabulary_values(json.loads(result.stdout)) if " " in value}
    assert found == set(), name


def test_the_walk_finds_a_phrase():
    tree = {"tables": [{"status": "no table left", "name": "Gemeente Veldstad"}, {"change": "took_a_seat_at_a_table"}]}
    assert [v for _, v in vocabulary_values(tree) if " " in v] == ["no table left"]


def test_every_code_is_said_in_both_languages():
    nl, en = pn.language.get("nl"), pn.language.get("en")
    for code, (dutch, english) in labels.CODES.items():
        assert " " not in code and nl.value(code) == dutch and en.value(code) == english == en.code(code)
    assert en.code("bodies") == "bodies"  # English tables keep the typed-back vocabulary


def test_map_and_tables_give_one_dutch_word_per_status():
    from partnernet.language.map import WORDS

    for code in ("no_table_left", "lost_all_links", "cut_off_from_the_main_network"):
        assert WORDS[f"status_{code}"] == labels.CODES[code]


def test_whatif_summary_counts_are_integers_and_measures_floats(example_2026):
    summary = pn.whatif(example_2026, remove=["politie-eenheid"]).summary
    counts = summary.drop(index=["fragmentation", "distance_fragmentation", "density", "average_distance"], level=1)
    counts = counts.drop(index="meeting_hours_per_month", level=1)
    assert all(type(v) is int for column in ("before", "after", "change") for v in counts[column])
    assert summary.loc[("organisations", "nodes")].tolist() == [46, 45, -1]
    assert isinstance(summary.loc[("organisations", "density"), "before"], float)
    shown = invoke(["whatif", str(EXAMPLE), "--at", "2026-01-01", "--remove", "politie-eenheid", "--lang", "en"]).stdout
    assert "0.086 " in shown and "0.08599" not in shown  # floats beside counts still rounded in a terminal
