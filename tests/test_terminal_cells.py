"""What a terminal table's cells hold (issue 14, part M): every table says everything it holds.

- sentences (layers' findings, compare's changes, why no connector) print whole, as the default views print
  them, never cut at the column width;
- a list cell is written as numbers.listing writes a list: cut by whole items, ending 'en N andere' /
  'and N others', never inside an id; each item bidi-isolated on its own, never the whole cell.
"""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest

from partnernet.output import render_table

from conftest import EXAMPLE
from test_machine_output import AT, invoke

#: A list cell cut inside an item: an id (letters, digits, hyphens) followed by '…'.
CUT_ID = re.compile(r"[\w-]…")


def run(args: list[str], lang: str = "nl") -> str:
    shown = invoke([args[0], str(EXAMPLE), *args[1:], "--lang", lang])
    assert shown.exit_code == 0, shown.output
    return shown.stdout


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "args, table",
    [
        (["layers", *AT, "--table", "findings", "--top", "0"], "findings"),
        (["compare", "--at", "2025-01-01", "--vs", "2026-01-01", "--table", "changes", "--top", "0"], "changes"),
    ],
    ids=["layers", "compare"],
)
def test_a_list_of_sentences_prints_every_sentence_whole(args, table, lang):
    """layers' findings and compare's changes: each sentence whole after its dash, wrapped as the default
    view wraps it."""
    shown = run(args, lang).split("\n", 1)[1]  # the title first
    sentences = [" ".join(s.split()) for s in shown.split("\n  - ")]
    assert sentences[0].startswith("- ") and len(sentences) > 5 and "…" not in shown
    assert all(s.endswith(".") for s in sentences), [s for s in sentences if not s.endswith(".")]


def test_sentence_columns_read_from_the_left_and_end_without_padding():
    frame = pd.DataFrame({"topic": ["a", "bb"], "sentence": ["One short one.", "A longer sentence than that."]})
    lines = render_table(frame).splitlines()
    assert lines[0].split() == ["topic", "sentence"]
    start = lines[0].index("sentence")
    assert [line[start:] for line in lines[1:]] == ["One short one.", "A longer sentence than that."]
    assert all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize(
    "args",
    [
        ["connectors", *AT, "--table", "pairs", "--top", "0"],
        ["whatif", "--remove", "p002", "--table", "all-group-links", "--top", "0"],
        ["fragmentation", *AT, "--table", "components"],
        ["fragmentation", *AT, "--table", "single-person-link-pairs", "--top", "0"],
    ],
    ids=["connectors-pairs", "whatif-all-group-links", "fragmentation-components", "fragmentation-link-pairs"],
)
@pytest.mark.parametrize("lang, others", [("nl", " andere"), ("en", " others")])
def test_a_list_cell_is_cut_by_whole_items(args, lang, others):
    shown = run(args, lang)
    assert not CUT_ID.search(shown), [line for line in shown.splitlines() if CUT_ID.search(line)]
    assert others in shown


def test_a_list_cell_keeps_as_many_whole_items_as_fit():
    ids = [f"gemeente-{n:02d}" for n in range(20)]
    cell = render_table(pd.DataFrame({"members": [ids]}), max_width=60, lang="nl").splitlines()[1].strip()
    assert cell == "gemeente-00, gemeente-01, gemeente-02 en 17 andere"  # 51 characters; one more: 64
    assert render_table(pd.DataFrame({"m": [["a", "b", "c"]]}), lang="en").splitlines()[1].strip() == "a, b and c"


def test_each_item_of_a_list_cell_is_isolated_on_its_own():
    turned = "Gemeente \u202edatsdleV"
    cell = render_table(pd.DataFrame({"names": [[turned, "Gemeente Havenberg"]]}), lang="nl").splitlines()[1]
    assert cell.strip() == f"\u2068{turned}\u2069 en Gemeente Havenberg"


def test_a_name_with_a_bidi_control_cannot_turn_the_names_after_it(tmp_path):
    """fragmentation's components: the turned name is isolated alone, the next name stands outside it."""
    import shutil

    folder = tmp_path / "turned"
    shutil.copytree(EXAMPLE, folder)
    organisations = folder / "organisations.csv"
    text = organisations.read_text(encoding="utf-8")
    organisations.write_text(text.replace(",Gemeente Veldstad,", ",Gemeente \u202edatsdleV,", 1), encoding="utf-8")
    shown = invoke(["fragmentation", str(folder), *AT, "--table", "components"]).stdout
    assert "\u2068Gemeente \u202edatsdleV\u2069; Gemeente Havenberg" in shown


@pytest.mark.parametrize(
    "lang, ties, said",
    [
        ("nl", [], "(via een gedeeld overleg)"),
        ("en", [], "(sharing a body)"),
        ("nl", ["--ties"], "(via een gedeeld overleg of een relatie)"),
        ("en", ["--ties"], "(sharing a body or a tie)"),
    ],
)
def test_the_network_kind_of_a_summary_is_said_in_words(lang, ties, said):
    """fragmentation's summary (the head of its default view and its key figures) says in words how the
    actors are linked, and no code in any row."""
    shown = run(["fragmentation", *AT, *ties, "--table", "summary", "--top", "0"], lang)
    assert shown.splitlines()[0].endswith(said)
    values = [line.split(None, 1)[1].strip() for line in shown.splitlines()[1:] if len(line.split()) > 1]
    assert len(values) > 5 and not [v for v in values if re.fullmatch(r"[a-z]+[_+][a-z_+]+", v)]


@pytest.mark.parametrize(
    "lang, header, ends", [("nl", "kant van de ondertekenaar", {"van", "naar"}), ("en", "", set())]
)
def test_information_ties_say_which_end_signs_and_leave_no_column_blank(lang, header, ends):
    """covenants' information-ties: the signatory's end is a tie's end ('van'/'naar'), not 'einde
    ondertekening' (a date's word); an empty list of shared covenants shows '-', never a blank cell."""
    shown = invoke(
        ["covenants", str(EXAMPLE), *AT, "--table", "information-ties", "--top", "0", "--format", "json"]
    ).stdout
    ties = pd.read_json(io.StringIO(shown))
    frame = render_table(ties.head(3)).splitlines()
    assert all(len(line.split()) >= len(ties.columns) for line in frame[1:])  # a word in every column
    table = run(["covenants", *AT, "--table", "information-ties", "--top", "0"], lang)
    assert "einde ondertekening" not in table
    if header:
        lines = table.splitlines()
        start = lines[1].index(header)
        said = {line[start : start + len(header)].strip() for line in lines[2:]}
        assert said <= ends and said


def test_an_empty_list_cell_shows_a_dash():
    assert render_table(pd.DataFrame({"a": [1], "shared": [[]]})).splitlines()[1].split() == ["1", "-"]


# -- a title says what its table holds ---------------------------------------------------------------


#: The long forms of blocks of a default view, each under its own --table name: (command, block, long form).
LONG_FORMS = [
    ("fragmentation", "single-person-links", "single-person-link-pairs"),
    ("fragmentation", "bus-factor", "bus-factor-links"),
    ("whatif", "group-links", "all-group-links"),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_long_form_has_its_own_title(lang):
    """A block of the default view and the long form of its table (other rows or columns) are two tables
    with two names and two titles."""
    from partnernet.language.tables import table_title

    for command, block, long_form in LONG_FORMS:
        assert table_title(command, block, lang, n=2) != table_title(command, long_form, lang, n=2)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "args, table",
    [
        (["fragmentation", *AT], "single-person-link-pairs"),
        (["whatif", "--remove", "p002"], "all-group-links"),
    ],
    ids=["fragmentation", "whatif"],
)
def test_a_long_form_is_no_block_of_the_default_view(args, table, lang):
    from test_cli_tables import CUT

    chosen = CUT.sub("", run([*args, "--table", table], lang).splitlines()[0])
    view = [CUT.sub("", line) for line in run(args, lang).splitlines()]
    assert chosen not in view
    words = {"nl": ("rusten", "elk paar"), "en": ("rest on one person", "every pair")}[lang]
    assert any(word in chosen for word in words)


def test_bridging_has_one_dutch_word_in_titles_and_headers():
    """connectors' titles name the measure of the column bridging with its label, the word of its header."""
    from partnernet.language.cli import TEXTS
    from partnernet.language.labels import LABELS

    shown = run(["connectors", *AT])
    z_titles = [line for line in shown.splitlines() if "met z >=" in line]
    assert len(z_titles) == 2
    assert all(f"verbinder: {LABELS['bridging'][0]} met z >= 1,96" in line for line in z_titles)
    assert LABELS["bridging"][0] in shown  # the header of the column bridging
    assert not [key for key, (nl, _) in TEXTS.items() if "overbrugging" in nl]


# -- small things: a count said once, one ellipsis, one footer, counted nouns ------------------------------


def test_a_cut_title_says_its_count_once():
    shown = run(["fragmentation", *AT, "--top", "1"]).splitlines()
    assert "Losse delen (eerste 1 van 3)" in shown and not [line for line in shown if "(3) (eerste" in line]
    assert "Losse delen (3)" in run(["fragmentation", *AT]).splitlines()  # whole, the count stays


def test_long_names_are_cut_with_one_ellipsis():
    shown = run(["connectors", *AT, "--table", "without-connector", "--top", "0"], "en")
    assert "..." not in shown and "Immigratie- en Naturalisatiediens…" in shown  # 40 characters, cut to 34


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["fragmentation", *AT],
        ["whatif", "--remove", "p002"],
        ["compare", "--at", "2025-01-01", "--vs", "2026-01-01"],
        ["layers", *AT],
    ],
    ids=lambda a: a[0],
)
def test_every_view_ends_with_one_footer(args, lang):
    from partnernet.language.cli import text

    assert run(args, lang).rstrip("\n").splitlines()[-1] == text("every_row_name", lang)


@pytest.mark.parametrize(
    "lang, said", [("nl", "(1 overleg, 45 organisaties per formulier)"), ("en", "(1 body, 45 organisations per form)")]
)
def test_survey_make_counts_its_nouns(tmp_path, lang, said):
    shown = invoke(
        ["survey", "make", str(EXAMPLE), "--bodies", "driehoek-veldstad", "-o", str(tmp_path / "f"), "--lang", lang]
    )
    assert shown.exit_code == 0, shown.output
    assert said in shown.stderr


@pytest.mark.parametrize("lang, others", [("nl", " en 2 andere"), ("en", " and 3 others")])
def test_phrases_and_composed_lists_are_not_cut_inside_a_word(lang, others):
    """A role in words (connectors' label) prints whole; a community's groups and a component's names
    (default view) are lists, cut by whole items."""
    roles = run(["connectors", *AT, "--table", "organisations", "--top", "0"], lang)
    assert "…" not in roles
    communities = run(["fragmentation", *AT, "--table", "communities"], lang)
    assert others in communities.splitlines()[3] and "…" not in communities
    view = run(["fragmentation", *AT], lang)
    assert not CUT_ID.search(view)
