"""One home for words (issue 14, item 1 and 4): every label key exists in both languages, a missing one
fails loudly, and each formatter, joiner and display-name function exists once."""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

import partnernet as pn
from partnernet import language
from partnernet.analysis import whatif as whatif_analysis
from partnernet.language import labels, numbers, people
from partnernet.language.whatif import changes
from partnernet.report import tables

from conftest import FIXTURES

PACKAGE = Path(pn.__file__).parent
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE


def _literal_label_keys(folders=("report", "viz", "cli")) -> dict[str, str]:
    """Label keys written as literals in the outputs -> where: ``.label("x")``, ``.column("x")``,
    ``LABELS["x"]``/``LABELS.get("x")``, the column lists of ``make_table`` (and its ``index=``), and the
    ``(column, value)`` pairs of the map's ``words.rows([...])``."""
    found: dict[str, str] = {}
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                literals = []
                if isinstance(node, ast.Call):
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                    owner = getattr(func.value, "id", None) if isinstance(func, ast.Attribute) else None
                    if name in ("label", "column") and node.args:
                        literals.append(node.args[0])
                    if name == "get" and owner == "LABELS" and node.args:
                        literals.append(node.args[0])
                    if name == "make_table":
                        if len(node.args) >= 4 and isinstance(node.args[3], (ast.List, ast.Tuple)):
                            literals += node.args[3].elts
                        literals += [k.value for k in node.keywords if k.arg == "index"]
                    if name == "rows" and node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
                        literals += [e.elts[0] for e in node.args[0].elts if isinstance(e, ast.Tuple) and e.elts]
                if isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "LABELS":
                    literals.append(node.slice)
                for literal in literals:
                    if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                        found.setdefault(literal.value, f"{path.relative_to(PACKAGE)}:{literal.lineno}")
    return found


def test_every_label_key_written_in_the_report_the_map_and_the_cli_exists_in_both_languages():
    """Static: not only the keys the example run reaches (tests/test_language.py), every literal key."""
    keys = _literal_label_keys()
    assert len(keys) > 40  # the collector finds the outputs' keys (49 when written)
    missing = {key: where for key, where in keys.items() if key not in labels.LABELS}
    assert missing == {}
    for key in keys:
        dutch, english = labels.LABELS[key]
        assert dutch.strip() and english.strip(), key


def test_the_collector_sees_a_key_that_is_missing(tmp_path, monkeypatch):
    """The static test above can fail: a new literal key without a label is found, with its place."""
    (tmp_path / "cli").mkdir()
    (tmp_path / "cli" / "new.py").write_text('words().label("no_such_column")\n', encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", tmp_path)
    assert _literal_label_keys(("cli",)) == {"no_such_column": "cli/new.py:1"}


def test_the_test_suite_runs_with_strict_labels():
    assert os.environ.get(language.STRICT_VARIABLE) == "1"  # tests/conftest.py


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_missing_label_key_raises_in_strict_mode_and_reads_as_words_otherwise(lang, monkeypatch):
    words = language.get(lang)
    monkeypatch.setenv(language.STRICT_VARIABLE, "1")
    with pytest.raises(KeyError, match="no_such_column"):
        words.label("no_such_column")
    assert words.label("betweenness") == labels.LABELS["betweenness"][language.LANGUAGES.index(lang)]
    monkeypatch.setenv(language.STRICT_VARIABLE, "0")
    assert words.label("no_such_column") == "no such column"


# -- one formatter of each kind, one joiner, one display-name function ---------------------------


def test_one_list_joiner_isolates_bidi_names_in_what_if_sentences():
    """What-if sentences join names with numbers.listing: a name holding U+202E cannot reverse the rest."""
    land = pn.load(FIXTURES / "whatif")
    persons = land.persons.copy()
    persons.loc["p1", "name"] = f"C. {RLO}Coordinator"
    result = pn.whatif(land, remove=["pol"])
    said = changes(result, land.replace(persons=persons), lang="en")
    leaves = [s for s in said if "p1" in s and "leave" in s]
    # the name is isolated by display_name, the list item by listing: every U+202E closes before the verb
    assert leaves == [f"\u2068\u2068C. {RLO}Coordinator\u2069 (p1)\u2069 leaves with pol"]


@pytest.mark.parametrize(
    "lang, seven, four",
    [("nl", "a, b, c en 4 andere", "a, b, c en d"), ("en", "a, b, c and 4 others", "a, b, c and d")],
)
def test_lists_in_sentences_end_alike_in_every_output(lang, seven, four):
    """One wording for a cut-off list: 'and N others' / 'en N andere' (no 'and N more' / 'nog N')."""
    from partnernet.language.plain import LISTED, named

    assert numbers.listing(list("abcdefg"), lang, LISTED) == named(list("abcdefg"), None, lang=lang) == seven
    assert named(list("abcd"), None, lang=lang) == four


def test_the_word_modules_define_no_second_formatter_or_joiner():
    """Number, count and list helpers live in language/numbers.py only; names in language/people.py only."""
    defined = re.compile(r"^def (listed|join|fixed|number|figure|counted|count|who|display_name)\(", re.M)
    where = {
        path.name: defined.findall(path.read_text(encoding="utf-8"))
        for path in (PACKAGE / "language").glob("*.py")
        if path.name not in ("numbers.py", "people.py")
    }
    # intake.counted picks the form of a word ("one|more": a noun or a verb) for n and writes no number
    assert {name: found for name, found in where.items() if found} == {"intake.py": ["counted"]}


def test_figures_and_changes_are_written_by_the_one_number_formatter():
    assert (numbers.figure(1234.5, "nl"), numbers.figure(1234.5, "en")) == ("1.234,5", "1,234.5")
    assert (numbers.figure(float("nan"), "nl"), numbers.figure(None, "en")) == ("onbekend", "unknown")
    assert (numbers.signed(3, "nl"), numbers.signed(-1234.25, "en", 2)) == ("+3,0", "-1,234.25")


def test_one_display_name_function_for_the_report_and_the_cli():
    land = pn.load(FIXTURES / "whatif")
    texts = language.report.Texts("nl")
    for node in list(land.organisations.index) + list(land.persons.index) + list(land.bodies.index):
        assert tables.display_name(land, node, texts) == people.display_name(land, node, "nl")
        assert language.get("nl").display_name(land, node) == people.display_name(land, node, "nl")
    assert people.display_name(land, "p1", ids=True) == "C. Coordinator (p1)"
    assert people.display_name(land, "pol", ids=True) == "pol"
    assert people.display_name(land, "pol", "nl") == land.name_of("pol")
    assert people.display_name(land, "p1", "nl", names=True) == "C. Coordinator"


# -- what-if words come from the result; one LEVELS -----------------------------------------------


def test_what_if_sentences_do_not_rebuild_the_changed_landscape(monkeypatch):
    land = pn.load(FIXTURES / "whatif")
    result = pn.whatif(land, remove=["g1"])
    assert result["disconnected"]["bodies"].to_dict() == {"school": ["schooltafel"], "s1": ["schooltafel"]}

    def forbidden(*args, **kwargs):
        raise AssertionError("words computed a changed landscape")

    monkeypatch.setattr(whatif_analysis, "changed_landscape", forbidden)
    monkeypatch.setattr(whatif_analysis, "apply_scenario", forbidden)
    assert "school no longer shares a table with any other organisation" in changes(result, land, lang="en")


def test_levels_are_defined_once():
    assignments = [
        f"{path.relative_to(PACKAGE)}"
        for path in PACKAGE.rglob("*.py")
        if re.search(r"^LEVELS\s*[:=]", path.read_text(encoding="utf-8"), re.M)
    ]
    assert assignments == ["landscape.py"]  # beside its Literal alias, Level
