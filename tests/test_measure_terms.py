"""One term per measure (issue 14, "one home for words"): a measure reads the same in a column header
(report, map, CLI) and in every sentence that names it. ``labels.MEASURES`` is the table of terms; a
label is its measure's term (or the term and its unit); the sentence modules take their terms from it,
so compare no longer says "overbrugde paren" where every table says "brokerage tussen domeinen"."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import partnernet as pn
from partnernet import language
from partnernet.language.compare import LOAD_MEASURES, NETWORK_MEASURES, change_sentences
from partnernet.language.labels import LABELS, MEASURES, TERMS
from partnernet.language.langs import LANGUAGES

from conftest import EXAMPLE

LANGUAGE = Path(language.__file__).parent
#: Modules whose dicts keyed by a measure hold no name of it: the charts' axis captions say what a
#: measure counts ("organisatieparen die elkaar niet kunnen bereiken (%)").
CAPTIONS = {"charts"}
#: Words other helpers once used for a measure the table names otherwise.
OTHER_WORDS = {"bridging": ("overbrugde paren", "pairs bridged"), "load_ratio": ("load ratio",)}


#: Measures whose row word differs from their column label, and why: ``nodes`` as a row of a table per
#: network is "aantal" beside the network's level (organisaties, personen); as a column it counts organisations.
ROW_WORDS = {"nodes"}


def test_a_measures_label_is_its_term_or_its_term_and_unit():
    both = [key for key in MEASURES if key in LABELS and key not in ROW_WORDS]
    assert {"bridging", "betweenness", "meeting_hours_per_month", "load_ratio"} <= set(both)
    for key in both:
        for index, lang in enumerate(LANGUAGES):
            term, label = MEASURES[key][index], LABELS[key][index]
            assert label == term or label.startswith(f"{term} ("), (key, lang, label, term)
    for key in set(MEASURES) & set(TERMS):
        assert MEASURES[key] == TERMS[key], key


def test_the_reports_main_text_names_a_measure_by_its_term():
    """The report's main text says a measure's label (its one term, as the appendix, the workbook and the map
    say it), a plain explanation in brackets after it, or the label's abbreviation written out (issue 14f:
    "naar buiten gericht" where the tables said "E-I-index")."""
    from partnernet.language.report import PLAIN_COLUMNS

    written_out = {"gem.": ("gemiddeld aantal", "gemiddelde"), "mean": ("mean number of", "mean")}
    for key, plain in PLAIN_COLUMNS.items():
        for index, lang in enumerate(LANGUAGES):
            label, said = LABELS[key][index], plain[index]
            first, _, rest = label.partition(" ")
            spelled = [f"{long} {rest}" for long in written_out.get(first, ())]
            assert said.startswith(f"{label} (") or said in spelled, (key, lang, said, label)


def pairs_by_measure(module) -> list[tuple[int, str, tuple]]:
    """(line, key, value) of every ``"measure": (Dutch, English)`` item of a dict in ``module``'s source."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value in MEASURES and isinstance(value, ast.Tuple):
                    words = tuple(e.value for e in value.elts if isinstance(e, ast.Constant))
                    if len(words) == 2 and all(isinstance(w, str) for w in words):
                        found.append((node.lineno, key.value, words))
    return found


def test_no_module_of_the_language_package_keeps_its_own_words_for_a_measure():
    """The walk over every module of partnernet.language: a dict keying (Dutch, English) words by a
    measure holds the measure's term (or the term and its unit), never other words."""
    other = []
    for path in sorted(LANGUAGE.glob("*.py")):
        if path.stem == "labels" or path.stem in CAPTIONS:
            continue
        module = importlib.import_module(f"partnernet.language.{path.stem}")
        for line, key, words in pairs_by_measure(module):
            if any(not w.lower().startswith(t.lower()) for w, t in zip(words, MEASURES[key])):
                other.append(f"{path.name}:{line} {key}: {words} (term {MEASURES[key]})")
    assert not other, other


@pytest.fixture(scope="module")
def compared():
    land = pn.load(EXAMPLE)
    a, b = land.at("2025-01-01"), land.at("2026-01-01")
    return pn.compare(a, b), a, b


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compare_names_each_measure_by_its_term(compared, lang):
    result, a, b = compared
    told = change_sentences(result, a, b, lang=lang)
    text = " ".join(told["sentence"])
    index = LANGUAGES.index(lang)
    metrics = list(dict.fromkeys(result.metrics["metric"]))
    assert "bridging" in metrics
    for metric in metrics:
        assert f"{MEASURES.get(metric, LABELS.get(metric))[index]}: " in text, metric
    for key, words in OTHER_WORDS.items():
        assert not [w for w in words if w in text], (key, words)
    network = result.network
    changed = network.index[(network["change"].abs() > 1e-9)]
    for measure in set(changed) & {*NETWORK_MEASURES, *LOAD_MEASURES}:
        pair = MEASURES.get(str(measure))
        assert pair is None or pair[index] in text, measure
