"""Machine output is data, the same in every language; terminal tables say vocabulary in the reader's words
(issue 14, part W).

- ``--format csv|json`` of every command is byte-equal with ``--lang nl`` and ``--lang en``: stable English
  columns and values, no sentences (a tester found connectors' ``label``, redundancy's ``reason``, what-if's
  ``changes`` and compare's / layers' ``sentence`` in Dutch);
- a Dutch terminal table holds none of the English vocabulary words of the label table;
- the label table defines each word once, and the sentence modules take their words from it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import partnernet as pn
from partnernet.cli import cli, load_all
from partnernet.language import labels
from partnernet.io.schema import VOCABULARIES
from partnernet.landscape import Level
from partnernet.language.layers import linked_by

from conftest import EXAMPLE, FIXTURES, analysed_once, loaded_once

LANGUAGE = Path(pn.__file__).parent / "language"
AT = ["--at", "2026-01-01"]
#: Commands that write files (report, map, workbook) or data files (convert), not results on stdout.
WRITERS = {"report", "viz", "template", "survey", "convert"}
#: Extra arguments a command needs to have something to say.
ARGUMENTS = {
    "whatif": ["--remove", "{org}", "--add-body", "nieuw:{a},{b};meetings=12;hours=2"],
    "compare": ["--vs", "2025-01-01"],
    "fragmentation": ["--key-players", "2"],
    "connectors": ["--table", "all"],
}
#: A small landscape (tests/fixtures/lagen: CT, crime and shared bodies, ties) and the example region, each
#: with an organisation a what-if removes and two that meet at a new body.
LANDSCAPES = {
    "lagen": (FIXTURES / "lagen", "om", "gem", "pol"),
    "example": (EXAMPLE, "politie-eenheid", "om-parket", "gemeente-veldstad"),
}


#: The landscapes and analyses of this module's command lines are shared by its tests in one process: over
#: 400 command lines here print the tables of a few dozen analyses of two landscapes (conftest.analysed_once).
pytestmark = pytest.mark.usefixtures("shared_analyses")


def machine_commands() -> list[str]:
    return sorted(
        name
        for name, command in load_all().items()
        if name not in WRITERS and any(p.name == "fmt" for p in command.params)
    )


def invoke(args: list[str]):
    return CliRunner().invoke(cli, args)


def command_line(name: str, landscape: str, fmt: str) -> list[str]:
    path, org, a, b = LANDSCAPES[landscape]
    extra = [arg.format(org=org, a=a, b=b) for arg in ARGUMENTS.get(name, [])]
    if name == "connectors" and fmt == "csv":
        extra = ["--table", "without-connector"]  # the table with reasons (codes)
    at = [] if name == "validate" else AT
    return [name, str(path), *at, *extra, "--format", fmt]


@pytest.mark.parametrize("landscape", sorted(LANDSCAPES))
@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("name", machine_commands())
def test_machine_output_is_the_same_in_dutch_and_english(name, fmt, landscape):
    args = command_line(name, landscape, fmt)
    dutch, english = invoke([*args, "--lang", "nl"]), invoke([*args, "--lang", "en"])
    assert dutch.exit_code == english.exit_code == 0, (dutch.output, english.output)
    assert dutch.stdout_bytes == english.stdout_bytes, args
    assert dutch.stdout_bytes.strip()


def test_the_machine_output_of_the_example_keeps_stable_values():
    """The columns the tester found in Dutch are gone from machine output, the data stay."""
    import json

    connectors = json.loads(invoke(command_line("connectors", "example", "json")).stdout)
    assert all("label" not in row for row in connectors["organisations"] + connectors["persons"])
    assert {row["reason"] for row in connectors["without_connector"]} == {
        "no_registered_persons",
        "no_bridging_above_chance",
    }
    redundancy = json.loads(invoke(command_line("redundancy", "example", "json")).stdout)
    assert all("reason" not in row for row in redundancy["pairs"])
    layers = json.loads(invoke(command_line("layers", "example", "json")).stdout)
    assert "findings" not in layers
    assert {row["linked_by"] for row in layers["fragmentation"]} == {
        "every_body",
        "own_and_shared_bodies",
        "own_bodies",
    }
    assert "changes" not in json.loads(invoke(command_line("compare", "example", "json")).stdout)
    assert "changes" not in json.loads(invoke(command_line("whatif", "example", "json")).stdout)


@pytest.mark.parametrize(
    "args",
    [
        ["whatif", str(EXAMPLE), *AT, "--remove", "politie-eenheid", "--table", "changes"],
        ["compare", str(EXAMPLE), *AT, "--vs", "2025-01-01", "--table", "changes"],
        ["layers", str(EXAMPLE), *AT, "--table", "findings"],
    ],
)
def test_sentences_are_no_machine_table_but_read_in_the_terminal(args):
    for fmt in ("csv", "json"):
        refused = invoke([*args, "--format", fmt, "--lang", "en"])
        assert refused.exit_code == 2 and "holds sentences for a reader, not data" in refused.output
        assert "Traceback" not in refused.output
    shown = invoke([*args, "--lang", "nl"])
    assert shown.exit_code == 0 and len(shown.stdout.strip()) > 40


# -- Dutch terminal tables -----------------------------------------------------------------------


def english_vocabulary() -> set[str]:
    """English values of the label table whose Dutch differs, except 'ct' ('CT' in Dutch, and a part of
    ids such as ct-stuurgroep)."""
    return {
        english for english, dutch in labels.VALUES_NL.items() if dutch.lower() != english.lower() and english != "ct"
    }


def typed_names() -> set[str]:
    """Words a terminal shows as typed, in every language: column names (the label table's, the columns
    of every command's JSON on a small landscape) and the values of the commands' options (table names)."""
    import json

    names = set(labels.LABELS) | set(labels.VALUE_COLUMNS) | set(labels.COMPOSED_COLUMNS)
    land = pn.load(EXAMPLE)  # the register's own columns (``member`` of the memberships) are typed names too
    names |= {c for table in (land.organisations, land.bodies, land.persons, land.memberships) for c in table.columns}

    def keys(value):
        if isinstance(value, dict):
            names.update(value)
            for key, item in value.items():
                if key not in labels.COMPOSED_COLUMNS:  # a community's groups: a dict of data, not of names
                    keys(item)
        elif isinstance(value, list):
            for item in value:
                keys(item)

    for name in machine_commands():
        result = invoke(command_line(name, "lagen", "json"))
        keys(json.loads(result.stdout))
    for command in load_all().values():
        for param in command.params:
            names.update(getattr(param.type, "choices", ()) or ())
    return {str(n) for n in names}


def without_data(text: str) -> str:
    """``text`` without the example register's own strings (names, functions): data stay as they are."""
    return strip_data(text, data_strings())


def data_strings() -> list[str]:
    """The example register's own strings (names, functions), longest first."""
    land = pn.load(EXAMPLE)
    strings = {
        v
        for table in (land.organisations, land.bodies, land.persons, land.covenants)
        for column in table.columns
        for v in table[column].dropna()
        if isinstance(v, str) and len(v) > 3
    }
    return sorted(strings, key=len, reverse=True)


def strip_data(text: str, strings: list[str]) -> str:
    for s in strings:
        text = text.replace(s, " ")
    return text


def english_words_in(text: str, words: set[str]) -> list[str]:
    """Words of ``words`` that stand alone in ``text`` (not inside an id such as 'riec-regionale-stuurgroep')."""
    return sorted(w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text))


@pytest.fixture(scope="module")
def vocabulary():
    words = english_vocabulary()
    assert {"administration", "security", "crime", "local", "regional", "both"} <= words
    return words - typed_names()


TERMINAL = {  # a command and the arguments that show each of its tables in a terminal
    "connectors": [["--table", "all"], ["--table", "coverage"], ["--by", "regime", "--table", "pairs"]],
    "fragmentation": [["--top", "0"], ["--by", "domain", "--table", "communities"]],
    "layers": [[], ["--by", "tie-kind"]],
    "whatif": [
        ["--remove", "politie-eenheid"],
        ["--remove", "politie-eenheid", "--table", "group-links"],
        ["--remove", "politie-eenheid", "--table", "summary"],
        ["--remove", "overleg-veilige-school", "--table", "disconnected"],
    ],
    "redundancy": [[]],
    "compare": [
        ["--vs", "2025-01-01"],
        ["--vs", "2025-01-01", "--table", "removed-memberships"],
        ["--vs", "2025-01-01", "--table", "added-organisations"],
        ["--vs", "2025-01-01", "--table", "connector-roles"],
    ],
    "summary": [[], ["--table", "counts"]],
    "centrality": [[]],
    "overload": [[]],
    "covenants": [[]],
    "hierarchy": [[]],
    "turnover": [[]],
}


@pytest.mark.parametrize("name", sorted(TERMINAL))
def test_dutch_terminal_tables_say_no_english_vocabulary(name, vocabulary):
    assert {"administration", "security", "crime", "local", "regional", "both"} <= vocabulary
    for extra in TERMINAL[name]:
        result = invoke([name, str(EXAMPLE), *AT, *extra, "--lang", "nl"])
        assert result.exit_code == 0, result.output
        assert english_words_in(without_data(result.stdout), vocabulary) == [], [name, *extra]


def test_dutch_survey_collect_says_no_english_vocabulary(vocabulary, tmp_path):
    result = invoke(["survey", "collect", str(EXAMPLE.parent / "enquete-voorbeeld"), "-o", str(tmp_path / "land")])
    assert result.exit_code == 0, result.output
    assert english_words_in(without_data(result.output), vocabulary | {"information"}) == []
    assert "Respons per domein" in result.output and "bestuur" in result.output and "--register PAD" in result.output


def test_dutch_summary_tables_have_their_title():
    shown = invoke(["summary", str(EXAMPLE), "--table", "counts", "--lang", "nl"]).stdout
    assert shown.startswith("Rijen per tabel\n") and "count" not in shown and "organisaties" in shown


def test_the_check_finds_english_vocabulary(vocabulary):
    assert english_words_in("administration / security  beide crime, beide local", vocabulary) == [
        "administration",
        "crime",
        "local",
        "security",
    ]
    assert english_words_in("riec-regionale-stuurgroep  CT-laag  ct-ambtelijk-overleg", vocabulary) == []


def test_composed_values_in_dutch():
    nl, en = pn.language.get("nl"), pn.language.get("en")
    assert nl.values("linked_by", "own_and_shared_bodies") == "eigen en gedeelde overleggen"
    assert linked_by("own_and_shared_bodies", "ct", "nl") == "CT- en gedeelde overleggen"
    assert linked_by("own_bodies", "crime", "nl") == "alleen criminaliteitsoverleggen"
    assert linked_by("own_links", "information", "en") == "information ties alone"
    assert linked_by("own_links", "membership", "nl") == "alleen overleggen"
    groups = ["bestuur 6", "veiligheid 4", "(onbekend) 1"]  # a list: a terminal cuts it by whole groups
    assert nl.values("groups", {"administration": 6, "security": 4, "(unknown)": 1}) == groups
    assert nl.values("kinds", ["advice", "information"]) == ["advies", "informatie"]
    assert en.values("kinds", ["advice", "information"]) == ["advice", "information"]
    assert nl.values("layer", "shared") == "gedeeld" and nl.values("part", "load") == "belasting"
    assert en.values("linked_by", "own_bodies") == "own bodies only"  # English says codes in words too


# -- one definition ------------------------------------------------------------------------------


def string_keys(tree: ast.AST) -> list[tuple[str, int]]:
    return [
        (key.value, key.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
    ]


#: The word tables of labels.py (COLUMN_FORMATS is a table of formats, keyed by the same column names).
WORD_TABLES = {"TERMS", "LABELS", "VALUES_NL", "VALUES_EN"}


def test_the_label_table_defines_every_word_once():
    """A word that is a column and a value (brokerage roles, the register's tables) is defined once,
    in ``TERMS``; no key is written twice in the word tables."""
    tree = ast.parse((LANGUAGE / "labels.py").read_text(encoding="utf-8"))
    tables = [
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign | ast.Assign)
        and any(
            getattr(t, "id", None) in WORD_TABLES for t in getattr(node, "targets", [getattr(node, "target", None)])
        )
    ]
    assert len(tables) == len(WORD_TABLES)
    seen: dict[str, int] = {}
    twice = []
    for key, line in (k for table in tables for k in string_keys(table)):
        if key in seen:
            twice.append((key, seen[key], line))
        seen[key] = line
    assert twice == []
    for word, (dutch, english) in labels.TERMS.items():
        assert labels.LABELS[word] == (dutch, english) and labels.VALUES_NL[word] == dutch


def test_the_check_finds_a_key_written_twice():
    tree = ast.parse('A = {"x": 1, "y": 2}\nB = {"x": 3}\n')
    keys = [k for k, _ in string_keys(tree)]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == ["x"]


@pytest.mark.parametrize("module", ["compare", "layers", "whatif", "connectors", "notes"])
def test_sentence_modules_take_vocabulary_words_from_the_label_table(module):
    """No second table of Dutch words for vocabulary values or column labels (compare.py had ROLE_WORDS_NL
    and BY_NL beside the label table)."""
    tree = ast.parse((LANGUAGE / f"{module}.py").read_text(encoding="utf-8"))
    again = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values):
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue
            try:
                said = ast.literal_eval(value)
            except ValueError:
                continue
            dutch = said[0] if isinstance(said, tuple) and len(said) == 2 else said
            if dutch in (labels.VALUES_NL.get(key.value), labels.LABELS.get(key.value, (None,))[0]):
                again.append((key.value, key.lineno))
    assert again == []


@pytest.fixture
def faulty_workbook(tmp_path):
    """The example workbook with a misnamed optional column and an unknown reference: problems in a sheet."""
    import openpyxl

    path = tmp_path / "wf.xlsx"
    book = openpyxl.load_workbook(EXAMPLE.with_suffix(".xlsx"))
    sheet = book["organisations"]
    for cell in sheet[1]:
        if cell.value == "domain":
            cell.value = "domian"
    members = book["memberships"]
    members.cell(row=2, column=1).value = "onbekend"
    book.save(path)
    return path


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("where", ["workbook", "folder"])
def test_validate_machine_output_with_problems_is_the_same_in_dutch_and_english(fmt, where, faulty_workbook):
    path = faulty_workbook if where == "workbook" else FIXTURES / "typo"
    args = ["validate", str(path), "--format", fmt]
    dutch, english = invoke([*args, "--lang", "nl"]), invoke([*args, "--lang", "en"])
    assert dutch.exit_code == english.exit_code == 2
    assert dutch.stdout_bytes == english.stdout_bytes
    assert b"unknown" in dutch.stdout_bytes and b"onbekend " not in dutch.stdout_bytes


def test_validate_json_puts_the_sheet_in_its_own_field_and_the_params_beside_the_code(faulty_workbook):
    import json

    result = json.loads(invoke(["validate", str(faulty_workbook), "--format", "json", "--lang", "nl"]).stdout)
    (error,) = result["errors"]
    assert (error["code"], error["file"], error["sheet"], error["row"], error["column"]) == (
        "unknown_reference",
        str(faulty_workbook),  # the path as given (README, docs/data.md)
        "memberships",
        2,
        "member",
    )
    assert error["params"]["value"] == "onbekend"
    (warning,) = [w for w in result["warnings"] if w["code"] == "misnamed_column"]
    assert (warning["sheet"], warning["column"], warning["params"]["name"]) == ("organisations", "domian", "domain")
    assert warning["message"].startswith("the column 'domian' is unknown")


def test_validate_in_the_terminal_keeps_the_chosen_language(faulty_workbook):
    dutch = invoke(["validate", str(faulty_workbook), "--lang", "nl"])
    assert "wf.xlsx, blad 'memberships', rij 2, kolom 'member'" in dutch.output
    english = invoke(["validate", str(faulty_workbook), "--lang", "en"])
    assert "wf.xlsx, sheet 'memberships', row 2, column 'member'" in english.output


# -- every terminal table, in both languages ---------------------------------------------------------

#: A snake_case code (``pairs_connected``, ``top_bodies``): never a header, row or value of a terminal table.
CODE = re.compile(r"(?<![\w-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w-])")
#: What a command needs to show every table (a what-if removes an organisation and adds a body).
WALK_EXTRA = {
    "whatif": ["--remove", "gemeente-klein-dorp", "--add-body", "nieuw:politie-eenheid,om-parket;meetings=12;hours=2"],
    "compare": ["--vs", "2025-01-01"],
    "fragmentation": ["--key-players", "2"],
}


def terminal_runs(name: str, options=("table", "by", "level")) -> list[list[str]]:
    """Command lines that show each terminal table of command ``name``: its usual view, each ``--table``,
    each ``--by`` and ``--level`` (of ``options``)."""
    command = load_all()[name]
    base = [name, str(EXAMPLE), *([] if name == "validate" else AT), *WALK_EXTRA.get(name, [])]
    runs = [base]
    for param in command.params:
        if param.name in options and hasattr(param.type, "choices"):
            runs += [[*base, f"--{param.name}", choice] for choice in param.type.choices]
    return runs


def table_texts(frame, headers: bool = True) -> list[str]:
    """Every text of a table as a terminal shows it: headers and index names (unless not ``headers``), index
    values and text cells."""
    texts = [str(c) for c in frame.columns] + [str(n) for n in frame.index.names if n is not None] if headers else []
    for level in range(frame.index.nlevels):
        texts += [v for v in frame.index.get_level_values(level) if isinstance(v, str)]
    for column in range(frame.shape[1]):
        texts += [v for v in frame.iloc[:, column] if isinstance(v, str)]
    return texts


def label_vocabulary() -> set[str]:
    """English words of the label table whose Dutch differs (labels, measures, values) and the column names
    themselves: none may stand in a Dutch terminal table ('of' is Dutch too; 'ct' is part of ids)."""
    pairs = {**labels.LABELS, **labels.MEASURES, **labels.COLUMN_ONLY, **labels.TOPICS}
    words = {english for dutch, english in pairs.values() if dutch.lower() != english.lower()}
    words |= {name for name, (dutch, _) in pairs.items() if dutch.lower() != name.lower()}
    return (words | english_vocabulary()) - {"of", "ct"}


def shown_tables(args: list[str], monkeypatch) -> list:
    """The tables (as put into words) that a command line prints in a terminal."""
    import partnernet.cli.options as options

    shown = []

    def keep(frame, *a, **k):
        shown.append(frame)
        return render_table(frame, *a, **k)

    render_table = options.render_table
    monkeypatch.setattr(options, "render_table", keep)
    result = invoke(args)
    monkeypatch.undo()
    return shown if result.exit_code == 0 else []


#: Generated group names of ``--by communities`` ("community 1") are data of the analysis, not labels.
GENERATED = re.compile(r"community \d+")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", sorted(set(load_all()) - WRITERS))
def test_every_terminal_table_says_its_words_in_the_language(name, lang, monkeypatch):
    """Row labels (measures such as what-if's ``pairs_connected``, hierarchy's ``max_depth``) and values of
    every terminal table are words of the chosen language, and so are the headers in Dutch (English headers
    are the CSV/JSON column names): no bare snake_case code, no English label or vocabulary word in Dutch
    (the data's own names aside)."""
    words = label_vocabulary() if lang == "nl" else set()
    data = data_strings()
    found = set()
    for args in terminal_runs(name, ("table", "by", "level") if lang == "nl" else ("table",)):
        for frame in shown_tables([*args, "--lang", lang], monkeypatch):
            for text in table_texts(frame, headers=lang == "nl"):  # English headers: the CSV/JSON names
                plain = GENERATED.sub(" ", strip_data(text, data))
                found |= {(code, args[-1]) for code in CODE.findall(plain)}
                found |= {(word, args[-1]) for word in english_words_in(plain, words)}
    assert sorted(found) == []


def test_the_walk_shares_an_analysis_per_landscape_and_language(monkeypatch):
    """The shared analyses of this module (conftest.analysed_once) run what-if once for its tables in one
    language, again for another language and for other arguments, and print what a fresh run prints."""
    import functools

    import partnernet.cli.resilience as resilience
    from partnernet.analysis.whatif import whatif as real

    calls = []  # the analysis proper, counted (past this module's shared analyses: a fresh run computes)
    spy = functools.wraps(real)(lambda *a, **k: calls.append(k) or real(*a, **k))  # an analysis, to share
    monkeypatch.setattr(resilience, "analyse_whatif", spy)
    base = ["whatif", str(FIXTURES / "mini"), "--at", "all", "--remove", "politie"]
    fresh = {lang: invoke([*base, "--table", "summary", "--lang", lang]).output for lang in ("nl", "en")}
    assert len(calls) == 2
    with loaded_once({}), analysed_once({}):
        shown = {lang: invoke([*base, "--table", "summary", "--lang", lang]).output for lang in ("nl", "en")}
        for table in ("summary", "group-links", "disconnected"):
            assert invoke([*base, "--table", table, "--lang", "nl"]).exit_code == 0
        assert invoke([*base, "--by", "level", "--lang", "nl"]).exit_code == 0
    assert shown == fresh and fresh["nl"] != fresh["en"]
    assert [k["by"] for k in calls[2:]] == ["domain", "domain", "level"]  # nl, en, then nl --by level


def test_the_walk_finds_a_bare_code_and_an_english_label(monkeypatch):
    import pandas as pd

    from partnernet.cli.options import in_words

    assert CODE.findall("pairs_connected 45, gemeente-veldstad, max_depth") == ["pairs_connected", "max_depth"]
    assert "overloaded organisations" in english_words_in("overloaded organisations  2", label_vocabulary())
    frame = pd.DataFrame({"value": [1.0]}, index=pd.Index(["pairs_connected"], name="measure"))
    monkeypatch.setenv("PARTNERNET_LANG", "nl")
    assert table_texts(in_words(frame)) == ["waarde", "maat", "verbonden paren"]
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    assert table_texts(in_words(frame)) == ["value", "measure", "pairs connected"]  # headers: the CSV names


#: ``--table`` choices that need one more option to say anything.
TABLE_NEEDS = {
    ("connectors", "expected-hub"): ["--expected-hub", "om-parket"],
    ("layers", "ties-outside-tables"): ["--by", "tie-kind"],
}


def topped_runs() -> list[list[str]]:
    """Every terminal view of every command with ``--top``: its usual view and each ``--table``."""
    runs = []
    for name in sorted(set(load_all()) - WRITERS):
        if any(p.name == "top" for p in load_all()[name].params):
            for args in terminal_runs(name, ("table",)):
                extra = TABLE_NEEDS.get((name, args[-1]), []) if "--table" in args else []
                runs.append([*args, *extra])
    return runs


@pytest.mark.parametrize("args", topped_runs(), ids=" ".join)
def test_top_cuts_every_terminal_table_and_says_so(args, monkeypatch):
    """``--top 2`` holds for every table a command prints in a terminal, in its usual view and with each
    ``--table`` (issue 14: covenants, hierarchy, connectors, layers printed them whole), but a table of key
    figures (counts per table, a summary's measures: ``options.KEY_FIGURES``), which is no ranking."""
    import partnernet.cli.options as options

    shown = []  # every table and list of lines a terminal view printed, as cut, and whether it is whole
    first_rows = options.first_rows

    def rows(frame, title, top, whole=False):
        cut = first_rows(frame, title, top, whole)
        shown.append((cut[0], whole))
        return cut

    monkeypatch.setattr(options, "first_rows", rows)
    result = invoke([*args, "--top", "2"])
    assert result.exit_code == 0, result.output
    assert [len(frame) for frame, whole in shown if len(frame) > 2 and not whole] == []
    per_measure = [frame for frame, whole in shown if whole and "metric" in getattr(frame, "columns", ())]
    assert all(frame.groupby("metric").size().max() <= 2 for frame in per_measure)  # compare: --top of each
    key_figures = sum(whole for _, whole in shown) - len(per_measure)
    assert key_figures <= len(options.KEY_FIGURES.get(args[0], ()))


def test_terminal_tables_leave_out_row_numbers_csv_keeps_its_rows():
    """A table without an index (covenants' members-outside) shows no 0, 1, 2 column in a terminal;
    a named index stays; CSV is unchanged (issue 14)."""
    import pandas as pd

    from partnernet.output import render_table

    plain = pd.DataFrame({"body": ["a", "b"], "n": [3, 4]})
    assert render_table(plain).splitlines() == ["body n", "   a 3", "   b 4"]
    assert [line.split() for line in render_table(plain.set_index("body")).splitlines()] == [
        ["n"],
        ["body"],
        ["a", "3"],
        ["b", "4"],
    ]
    shown = invoke(["covenants", str(EXAMPLE), *AT, "--table", "members-outside", "--top", "2"]).output
    assert [line.split()[0] for line in shown.splitlines()[3:]] == ["casusoverleg-radicalisering"] * 2  # body
    rows = invoke(["covenants", str(EXAMPLE), *AT, "--table", "members-outside", "--format", "csv"]).output
    assert rows.splitlines()[0].startswith("body,")


# -- one shape of machine output: levels, list cells, pairs, typed params (issue 14, task 14a) -------------

#: The actor levels (``landscape.Level``) and the register's own ``level`` column (a body's or an
#: organisation's scale: local, regional, ...; ``(unknown)`` in summary's tallies).
ACTOR_LEVELS = set(get_args(Level))
REGISTER_LEVELS = set(VOCABULARIES["level"]) | {"(unknown)"}
#: Public names that are no analysis result (classes, readers, writers, the map, the report, the survey).
NOT_RESULTS = {
    "InputError",
    "PartnernetError",
    "Problem",
    "UsageError",
    "Landscape",
    "Map",
    "load",
    "write",
    "pseudonymise",
    "regime_layer",
    "visualise",
    "report",
    "survey_forms",
    "collect_survey",
    "template",
}


#: A body whose removal cuts actors off (what-if's disconnected table has rows).
CUT_OFF = {"example": ["overleg-veilige-school"]}


def api_calls(land, now, removed: list[str]) -> dict:
    """Every public analysis of ``partnernet.__all__``, called on the landscape ``now`` (``land`` over time;
    a what-if removes the organisations and bodies ``removed``)."""
    graph = now.graph("organisations")
    domains = {node: domain for node, domain in graph.nodes(data="domain")}
    orgs = list(now.organisations.index)
    return {
        "summary": lambda: pn.summary(now),
        "centrality": lambda: pn.centrality(now, level="persons"),
        "brokerage": lambda: pn.brokerage(graph, "domain"),
        "brokerage_significance": lambda: pn.brokerage_significance(graph, "domain"),
        "structural_holes": lambda: pn.structural_holes(now),
        "ei_index": lambda: pn.ei_index(now, "domain"),
        "participation": lambda: pn.participation(now, "domain"),
        "connectors": lambda: pn.connectors(now, expected_hub=orgs[1]),
        "overload": lambda: pn.overload(now, level="persons"),
        "nested_bodies": lambda: pn.nested_bodies(now),
        "redundancy": lambda: pn.redundancy(now),
        "small_bodies": lambda: pn.small_bodies(now),
        "hierarchy": lambda: pn.hierarchy(now),
        "covenant_coverage": lambda: pn.covenant_coverage(now),
        "covered_organisations": lambda: pn.covered_organisations(now),
        "distance_fragmentation": lambda: pn.distance_fragmentation(now),
        "fragmentation_index": lambda: pn.fragmentation_index(now),
        "adjusted_rand_index": lambda: pn.adjusted_rand_index(domains, domains),
        "fragmentation": lambda: pn.fragmentation(now, key_players=2),
        "key_players": lambda: pn.key_players(now, 2, level="persons"),
        "articulation_points": lambda: pn.articulation_points(now),
        "bridges": lambda: pn.bridges(now),
        "bus_factor": lambda: pn.bus_factor(now),
        "single_person_links": lambda: pn.single_person_links(now),
        "robustness_curve": lambda: pn.robustness_curve(now),
        "whatif": lambda: pn.whatif(now, remove=removed),
        "governance": lambda: pn.governance(now),
        "periphery": lambda: pn.periphery(now),
        "seat_changes": lambda: pn.seat_changes(land.memberships),
        "shared_tenure": lambda: pn.shared_tenure(now),
        "turnover": lambda: pn.turnover(land, as_of="2026-01-01"),
        "compare": lambda: pn.compare(land.at("2025-01-01"), now),
        "layers": lambda: pn.layers(now),
    }


def level_columns(document, path: str = "") -> dict[str, set]:
    """Per table of a JSON document (the path of a list of rows, or of an object) the values of its ``level``."""
    found: dict[str, set] = {}

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "level" and isinstance(value, str):
                    found.setdefault(path, set()).add(value)
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, f"{path}[]")

    walk(document, path)
    return found


def wrong_levels(found: dict[str, set]) -> list:
    """Tables whose ``level`` is neither an actor level (``Level``) nor the register's scale, or mixes them."""
    return [(path, sorted(v)) for path, v in found.items() if not (v <= ACTOR_LEVELS or v <= REGISTER_LEVELS)]


def test_the_level_check_finds_a_singular_or_mixed_level():
    assert wrong_levels(level_columns({"t": [{"level": "organisations"}, {"level": "person"}]})) == [
        (".t[]", ["organisations", "person"])
    ]
    assert wrong_levels(level_columns([{"level": "local"}, {"level": "persons"}])) == [("[]", ["local", "persons"])]
    assert wrong_levels(level_columns({"a": [{"level": "local"}], "b": {"level": "persons"}})) == []


@pytest.mark.parametrize("landscape", sorted(LANDSCAPES))
def test_every_public_result_says_its_level_as_the_plural(landscape):
    """Every ``level`` of every public result (API) holds only values of ``landscape.Level`` (or is the
    register's own scale column): connectors' bridges, what-if's tables and layers' bridge actors said
    ``organisation`` / ``person`` where fragmentation said ``organisations`` / ``persons``."""
    from partnernet.output import to_jsonable

    path, removed, _, _ = LANDSCAPES[landscape]
    land = pn.load(path)
    calls = api_calls(land, land.at("2026-01-01"), [removed, *CUT_OFF.get(landscape, [])])
    assert set(pn.__all__) - NOT_RESULTS == set(calls)  # a new public analysis is walked too
    actor_tables = set()
    for name, call in calls.items():
        found = level_columns(to_jsonable(call()), name)
        assert wrong_levels(found) == [], name
        actor_tables |= {path for path, values in found.items() if values <= ACTOR_LEVELS}
    assert {
        "connectors.bridges[]",
        "whatif.connectors[]",
        "layers.bridge_actors[]",
        "articulation_points[]",
        "fragmentation.summary",
    } <= actor_tables
    if landscape in CUT_OFF:  # without the school body its persons are cut off, and load moves
        assert {"whatif.disconnected[]", "whatif.load[]", "whatif.articulation_points[]"} <= actor_tables


@pytest.mark.parametrize("name", machine_commands())
def test_every_command_says_its_level_as_the_plural_in_csv_and_json(name):
    """The same for each command's JSON (every table) and CSV (every ``--table``)."""
    import csv
    import io
    import json

    args = command_line(name, "example", "json")
    document = json.loads(invoke(args).stdout)
    assert wrong_levels(level_columns(document, name)) == []
    option = next((p for p in load_all()[name].params if p.name == "table"), None)
    tables = [None] if option is None else list(option.type.choices)
    for table in tables:
        extra = [] if table is None else ["--table", table]
        if table == "expected-hub":
            extra += ["--expected-hub", "om-parket"]
        if table == "ties-outside-tables":
            extra += ["--by", "tie-kind"]
        result = invoke([*command_line(name, "example", "csv"), *extra])
        if result.exit_code == 2:  # a table of sentences, not data
            continue
        assert result.exit_code == 0, (name, table, result.output)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        values = {row["level"] for row in rows if row.get("level")}
        assert values <= ACTOR_LEVELS or values <= REGISTER_LEVELS, (name, table, values)


# -- list cells in CSV -----------------------------------------------------------------------------------

ODD_TEXT = st.one_of(
    st.text(),  # a bare CR is left out of the text cell beside the list (see test_a_list_cell_reads_back_whole)
    st.sampled_from(["a, b", 'say "hi"', "two\nlines", "=1+1", "+31", "-", "@home", "\tx", "\rx", "'quoted", ""]),
)


@settings(max_examples=60, deadline=None)
@given(items=st.lists(ODD_TEXT, max_size=6), name=ODD_TEXT)
def test_a_list_cell_reads_back_whole(items, name):
    """Any list of strings written by our CSV writer reads back to the same list with ``pandas.read_csv`` and
    ``json.loads`` (docs/data.md); a text cell beside it is still neutralised, and the list cell, which
    starts with ``[``, never is."""
    import csv
    import io
    import json

    import pandas as pd

    from partnernet.output import FORMULA_STARTS, neutralise, render_csv

    # a text cell holding a bare CR is not quoted by the CSV writer (its lines end in LF), which pandas then
    # reads as a line break: a known limit of the plain text cells, not of the list cells (CR is escaped in JSON)
    name = name.replace("\r", "")
    text = render_csv(pd.DataFrame({"name": [name], "items": [items], "pairs": [[(name, i) for i in items]]}))
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert json.loads(back.loc[0, "items"]) == items
    assert json.loads(back.loc[0, "pairs"]) == [[name, i] for i in items]  # a pair: an array of two
    assert back.loc[0, "name"] == neutralise(name)
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert not row["items"].startswith(FORMULA_STARTS) and row["items"].startswith("[")


def test_every_list_cell_of_the_commands_is_a_json_array():
    """Connectors' coverage, fragmentation's components, what-if's group links: one encoding everywhere (the
    commands joined lists with ', ' or '; ', so a name with a comma could not be split back)."""
    import csv
    import io
    import json

    lists = {
        ("connectors", "coverage"): "connectors",
        ("fragmentation", "components"): "names",
        ("whatif", "group-links"): "only_through_before",
        ("compare", "dissolved-bodies"): "lost_link_pairs",
    }
    for (name, table), column in lists.items():
        args = [*command_line(name, "example", "csv"), "--table", table]
        if name == "compare":
            args = ["compare", str(EXAMPLE), "--at", "2026-01-01", "--vs", "2025-01-01", "--format", "csv"]
            args += ["--table", table]
        rows = list(csv.DictReader(io.StringIO(invoke(args).stdout)))
        assert rows, (name, table)
        cells = [json.loads(row[column]) for row in rows]
        assert all(isinstance(cell, list) for cell in cells), (name, table)
    names = [
        json.loads(row["names"])
        for row in csv.DictReader(
            io.StringIO(invoke([*command_line("fragmentation", "example", "csv"), "--table", "components"]).stdout)
        )
    ]
    assert "Openbaar Ministerie, Parket Veldland" in names[0]  # a name with a comma stays one item


# -- pairs as two values, typed params, the API's names ------------------------------------------------------


def test_pairs_are_two_sorted_values_never_a_string():
    """A pair of groups or actors is two values, the lower first: connectors' per-actor ``bridges``, compare's
    link pairs (``"a / b"`` and ``"a -- b"`` in either order before); group pairs are ``group_a`` / ``group_b``."""
    land = pn.load(EXAMPLE)
    now = land.at("2026-01-01")
    result = pn.connectors(now)
    for table in (result.organisations, result.persons):
        pairs = [pair for cell in table["bridges"] for pair in cell]
        assert pairs and all(isinstance(p, tuple) and len(p) == 2 and p[0] <= p[1] for p in pairs)
    assert (result.pairs["group_a"] <= result.pairs["group_b"]).all()
    assert (result.bridges["group_a"] <= result.bridges["group_b"]).all() or len(result.bridges)
    compared = pn.compare(land.at("2025-01-01"), now)
    lost = [pair for cell in compared.dissolved_bodies["lost_link_pairs"] for pair in cell]
    assert lost and all(isinstance(p, tuple) and len(p) == 2 and p[0] < p[1] for p in lost)
    group_links = pn.whatif(now, remove=["politie-eenheid"]).group_links
    assert (group_links["group_a"] <= group_links["group_b"]).all()


def test_compare_link_pairs_are_a_table_of_their_own():
    """One row per new or lost pair (issue 14f), the same in the API, CSV and JSON, and the same pairs as the
    list cells of ``new_bodies`` / ``dissolved_bodies``."""
    import csv
    import io
    import json

    land = pn.load(EXAMPLE)
    compared = pn.compare(land.at("2025-01-01"), land.at("2026-01-01"))
    pairs = compared.link_pairs
    lost = [(body, *pair) for body, cell in compared.dissolved_bodies["lost_link_pairs"].items() for pair in cell]
    assert lost and list(zip(pairs["body"], pairs["actor_a"], pairs["actor_b"])) == lost
    assert set(pairs["change"]) == {"lost"} and (pairs["actor_a"] < pairs["actor_b"]).all()
    args = ["compare", str(EXAMPLE), "--at", "2025-01-01", "--vs", "2026-01-01", "--table", "link-pairs"]
    rows = list(csv.DictReader(io.StringIO(invoke([*args, "--format", "csv"]).stdout)))
    assert [list(row.values()) for row in rows] == pairs.astype(str).values.tolist()
    assert json.loads(invoke([*args, "--format", "json"]).stdout) == pairs.to_dict("records")
    whole = json.loads(
        invoke(["compare", str(EXAMPLE), "--at", "2025-01-01", "--vs", "2026-01-01", "--format", "json"]).stdout
    )
    assert whole["link_pairs"] == pairs.to_dict("records")


#: How a list was joined into one text: ``a, b``, ``a,b``, ``a; b``, ``a / b``, ``a -- b``, ``a -> b``.
JOINS = re.compile(r"\s*(?:,|;| / | -- | -> )\s*")


def joined_lists(document, known: set, path: str = "") -> list:
    """The text values of a JSON document that are a list joined into one text: two or more parts, each a
    known id or vocabulary code (optionally with a count: ``administration 6``)."""
    found = []
    if isinstance(document, dict):
        for key, value in document.items():
            found += joined_lists(value, known, f"{path}.{key}")
    elif isinstance(document, list):
        for item in document:
            found += joined_lists(item, known, f"{path}[]")
    elif isinstance(document, str):
        parts = [re.sub(r" \d+$", "", part) for part in JOINS.split(document.strip())]
        if len(parts) > 1 and all(part in known for part in parts):
            found.append((path, document))
    return found


def test_the_joined_list_check_finds_joined_ids_and_codes():
    known = {"administration", "security", "advice", "information", "om", "pol"}
    document = {"t": [{"groups": "administration 6, security 4"}, {"kinds": "advice,information"}]}
    assert [path for path, _ in joined_lists(document, known)] == [".t[].groups", ".t[].kinds"]
    assert joined_lists({"pair": "om / pol", "chain": "om -> pol"}, known) == [
        (".pair", "om / pol"),
        (".chain", "om -> pol"),
    ]
    assert joined_lists({"name": "Openbaar Ministerie, Parket Veldland", "kinds": ["advice"]}, known) == []


def test_no_public_result_has_a_list_joined_into_a_text():
    """Every public result on the example region keeps its lists as lists (issue 14f): a community's ``groups``
    was "administration 6, security 4" and a link's tie ``kinds`` "advice,information"; a program had to split
    text that a name with a comma could break. Terminal tables and the report say them in words."""
    from partnernet.output import to_jsonable

    land = pn.load(EXAMPLE)
    now = land.at("2026-01-01")
    calls = api_calls(land, now, ["politie-eenheid", *CUT_OFF["example"]])
    assert set(pn.__all__) - NOT_RESULTS == set(calls)  # a new public analysis is walked too
    known = {str(i) for table in (land.organisations, land.persons, land.bodies) for i in table.index}
    known |= {str(v) for values in VOCABULARIES.values() for v in values}
    known |= set(labels.VALUES_NL) | set(labels.CODES) | set(land.ties["kind"].dropna().astype(str))
    calls["layers by tie kind"] = lambda: pn.layers(now, by="tie_kind")  # ties_outside_tables
    found = []
    for name, call in calls.items():
        found += joined_lists(to_jsonable(call()), known, name)
    assert found == []


def test_summary_counts_and_compare_network_have_the_api_names_in_csv_and_json():
    import json

    land = pn.load(EXAMPLE)
    counts = pn.summary(land).counts
    assert (counts.index.name, counts.name) == ("table", "count")
    csv_text = invoke(["summary", str(EXAMPLE), "--table", "counts", "--format", "csv"]).stdout
    assert csv_text.splitlines()[:2] == ["table,count", "organisations,46"]
    rows = json.loads(invoke(["summary", str(EXAMPLE), "--table", "counts", "--format", "json"]).stdout)
    assert rows[0] == {"table": "organisations", "count": 46}
    network = pn.compare(land.at("2025-01-01"), land.at("2026-01-01")).network
    assert network.index.name == "metric"
    args = ["compare", str(EXAMPLE), "--at", "2025-01-01", "--vs", "2026-01-01", "--table", "network"]
    assert invoke([*args, "--format", "csv"]).stdout.startswith("metric,before,after,change\n")
    assert set(json.loads(invoke([*args, "--format", "json"]).stdout)[0]) == {"metric", "before", "after", "change"}


def test_validate_json_params_are_typed(tmp_path):
    """``allowed`` is a list of the values a column takes, ``more`` an int (rows after the first), a list
    of headers a list; the message says them joined, as before."""
    import json
    import shutil

    land = tmp_path / "land"
    shutil.copytree(FIXTURES / "mini", land)
    table = land / "organisations.csv"
    table.write_text(table.read_text(encoding="utf-8").replace(",both,", ",beide2,"), encoding="utf-8")
    document = json.loads(invoke(["validate", str(land), "--format", "json"]).stdout)
    (problem,) = [p for p in document["warnings"] if p["code"] == "unknown_value"]
    assert problem["params"]["allowed"] == ["ct", "crime", "both"]
    assert problem["params"]["more"] == 2
    assert problem["message"] == "unknown regime 'beide2' (and 2 more rows); it is kept as written."
    assert problem["fix"] == "use one of: ct, crime, both."
    for p in document["warnings"] + document["errors"]:
        for key, value in p["params"].items():
            assert not (isinstance(value, str) and ", " in value and key not in ("name", "value")), (p["code"], key)
