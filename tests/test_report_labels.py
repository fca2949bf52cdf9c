"""One label per measure (issue 15, tester's findings): two different columns of the report never share a
header, and the glossary names each measure by one term in each language."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

import pytest

from partnernet.language import glossary
from partnernet.language.labels import LABELS, SAME_MEANING
from partnernet.language.report import Texts
from partnernet.report import build_document
from partnernet.report.document import Table


DATE = "2026-01-01"


def same_measure(a: str, b: str) -> bool:
    return a == b or any({a, b} <= group for group in SAME_MEANING)


@pytest.mark.parametrize("lang", [0, 1])
def test_no_two_measures_share_a_label(lang):
    clashes = [
        (a, b, LABELS[a][lang])
        for a, b in combinations(LABELS, 2)
        if LABELS[a][lang] == LABELS[b][lang] and not same_measure(a, b)
    ]
    assert clashes == []


def test_f_and_df_without_an_actor_have_their_own_labels():
    """Kwetsbare schakels shows F (pairs that cannot reach each other), Sleutelspelers DF (detours counted)."""
    assert LABELS["fragmentation_without"] == ("paren onbereikbaar zonder", "pairs cut off without")
    assert LABELS["score_without"][0] != LABELS["fragmentation_without"][0]


@pytest.fixture(scope="module")
def documents(example_results):
    return {
        lang: build_document(
            example_results,
            Texts(lang),
            source="regio-voorbeeld",
            day=dt.date(2026, 1, 1),
            pseudonymised=False,
            map_file=None,
        )
        for lang in ("nl", "en")
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_two_columns_of_the_report_share_a_label(documents, lang):
    columns: dict[str, set[str]] = {}
    for section in documents[lang].sections:
        for table in (b for b in section.blocks if isinstance(b, Table)):
            for shown, column in table.columns.items():
                columns.setdefault(shown, set()).add(column)
    shared = {shown: cs for shown, cs in columns.items() if any(not same_measure(a, b) for a, b in combinations(cs, 2))}
    assert shared == {}
    assert {"fragmentation_without", "score_without"} <= set().union(*columns.values())  # both tables are shown


@pytest.mark.parametrize(
    "lang, f_term, df_term, z_text",
    [
        ("nl", "paren onbereikbaar zonder", "versnippering met omwegen zonder", "vanaf 1,96"),
        ("en", "pairs cut off without", "fragmentation with detours without", "from 1.96 on"),
    ],
)
def test_the_glossary_names_the_columns_and_explains_the_z_score(lang, f_term, df_term, z_text):
    terms = dict(glossary.terms(lang, 1.96, str))
    f = next(text for term, text in terms.items() if term.endswith("(F)"))
    df = next(text for term, text in terms.items() if term.endswith("DF)"))
    assert f"'{f_term}'" in f and f"'{df_term}'" in df
    z = next(text for term, text in terms.items() if term.startswith("Z-score ("))  # the term, then its plain words
    assert z_text in z and "Gould & Fernandez (1989)" in z


def test_english_uses_one_term_for_brokerage_between_domains(documents):
    """The measure is 'brokerage between domains' in the labels, the glossary and the hub table's values."""
    texts = []
    for section in documents["en"].sections:
        for block in section.blocks:
            texts.append(block.frame.to_string() if isinstance(block, Table) else str(block))
    text = " ".join(texts)
    assert "bridging brokerage" not in text and "brokerage between domains" in text
