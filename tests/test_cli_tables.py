"""Worded titles and cells in every terminal table (issue 14, part H).

- a table chosen with ``--table NAME`` has the worded title of that table in the command's default view (one
  mapping, :mod:`partnernet.language.tables`), in Dutch and English, with and without ``--top``;
- no title says a code: a snake_case name, a hyphenated option value (``tie-kind``) or a bare regime code;
- names holding bidi controls are isolated in terminal cells, kept raw in CSV and JSON;
- a list cut short in a cell says how many more in words (``numbers.listing``).
"""

from __future__ import annotations

import re

import pytest

from partnernet.cli import load_all
from partnernet.language import cli as cli_words
from partnernet.language.tables import TITLES, table_title, title_keys

from conftest import EXAMPLE
from test_machine_output import (
    AT,
    CODE,
    TABLE_NEEDS,
    WALK_EXTRA,
    WRITERS,
    data_strings,
    invoke,
    strip_data,
    terminal_runs,
)

#: Every test here is about what command lines print, on the example region, and changes no input file:
#: the analyses are computed once per command, arguments and language (conftest.shared_analyses).
pytestmark = pytest.mark.usefixtures("shared_analyses")

#: The organisation ``connectors --table expected-hub`` names in its title (data, not a code).
HUB = TABLE_NEEDS[("connectors", "expected-hub")][1]

#: '(eerste 2 van 17)' / '(first 2 of 17)' at the end of a title that was cut.
CUT = re.compile(r" \((?:eerste|first) \d+ (?:van|of) \d+\)$")
#: A vocabulary code standing alone in a title (``ct``), or a hyphenated option value (``tie-kind``).
BARE_CODE = re.compile(r"(?<![\w-])(?:ct|tie-kind|body-kinds?|[a-z]+-[a-z]+(?:-[a-z]+)*)(?![\w-])")


def _table_runs():
    """(command, --table choice, the command line) for every --table choice of every command."""
    runs = []
    for name, command in sorted(load_all().items()):
        if name in WRITERS:
            continue
        for param in command.params:
            if param.name == "table" and hasattr(param.type, "choices"):
                for choice in param.type.choices:
                    if choice == "all":
                        continue
                    base = [name, str(EXAMPLE), *([] if name == "validate" else AT), *WALK_EXTRA.get(name, [])]
                    runs.append((name, choice, [*base, "--table", choice, *TABLE_NEEDS.get((name, choice), [])]))
    return runs


TABLE_RUNS = _table_runs()


def first_line(args: list[str]) -> str:
    result = invoke(args)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[0]


def test_every_command_with_tables_is_walked():
    commands = {name for name, _, _ in TABLE_RUNS}
    assert commands == set(TITLES)
    assert len(TABLE_RUNS) > 60


@pytest.mark.parametrize("name,table,args", TABLE_RUNS, ids=[f"{n} {t}" for n, t, _ in TABLE_RUNS])
def test_a_chosen_table_has_its_worded_title_with_and_without_top(name, table, args):
    """Dutch with and without --top (the title stays), English with --top (the command's analysis is the
    same; three runs rather than four keep the walk short)."""
    whole = first_line([*args, "--lang", "nl"])
    titles = [CUT.sub("", whole), CUT.sub("", first_line([*args, "--top", "1", "--lang", "nl"]))]
    count = re.compile(r" \(\d+\)$")  # a cut title leaves out its count of all rows ('Losse delen (3)'): said once
    per_measure = re.compile(r" \(top \d+ per (?:maat|measure)\)$")  # compare's metrics: the first N of each
    assert count.sub("", per_measure.sub("", titles[0])) == per_measure.sub("", titles[1]), titles
    titles.append(CUT.sub("", first_line([*args, "--top", "1", "--lang", "en"])))
    for title in titles:
        assert title.strip() and title.lower() != table.replace("-", " ") and not title.startswith(f"{table} ")
        assert CODE.findall(title) == [], title
        assert "-" not in table or table not in title, title
        assert BARE_CODE.findall(title.replace(HUB, "")) == [], title


def _view_runs() -> list[list[str]]:
    """Every command's usual view and each --by and --level choice other than the default."""
    runs = []
    for name in sorted(set(load_all()) - WRITERS):
        defaults = {p.name: p.default for p in load_all()[name].params}
        for args in terminal_runs(name, ("by", "level")):
            if len(args) < 2 or args[-2] not in ("--by", "--level") or defaults[args[-2][2:]] != args[-1]:
                runs.append(args)
    return runs


def shown_titles(args: list[str], monkeypatch) -> list[str]:
    """The first line of what a command line prints and the title of every table it prints."""
    import partnernet.cli.load
    import partnernet.cli.options
    import partnernet.cli.resilience
    import partnernet.cli.time

    titles = []
    first_rows = partnernet.cli.options.first_rows

    def keep(rows, title, top, whole=False):
        titles.append(title)
        return first_rows(rows, title, top, whole)

    for module in (partnernet.cli.options, partnernet.cli.load, partnernet.cli.resilience, partnernet.cli.time):
        if hasattr(module, "first_rows"):
            monkeypatch.setattr(module, "first_rows", keep)
    result = invoke(args)
    monkeypatch.undo()
    assert result.exit_code == 0, result.output
    return [result.stdout.splitlines()[0], *filter(None, titles)]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("args", _view_runs(), ids=lambda a: " ".join([a[0], *a[4:]])[:60])
def test_no_title_says_a_code(args, lang, monkeypatch):
    """snake_case, a hyphenated option value ('tie-kind') or a bare regime code ('ct') in no title of a
    command's usual view nor of its --by and --level views, in either language (the data's names aside)."""
    data = data_strings()
    for title in shown_titles([*args, "--lang", lang], monkeypatch):
        plain = strip_data(title.replace(str(EXAMPLE), ""), data)  # the path typed is data too
        assert CODE.findall(plain) == [] and BARE_CODE.findall(plain) == [], title


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_default_view_and_the_chosen_table_share_their_title(lang):
    """The title of fragmentation's components in its default view is the title under --table."""
    base = ["fragmentation", str(EXAMPLE), *AT, "--lang", lang]
    chosen = first_line([*base, "--table", "components", "--top", "0"])
    assert chosen in invoke(base).stdout.splitlines()
    assert chosen == table_title("fragmentation", "components", lang, n=3)


def test_every_title_key_exists_in_both_languages():
    missing = sorted(key for key in title_keys() if key not in cli_words.TEXTS)
    assert missing == []
    for key in title_keys():
        nl, en = cli_words.TEXTS[key]
        assert nl.strip() and en.strip()


# -- lists cut short in a cell say how many more in words (numbers.listing) ------------------------------


@pytest.mark.parametrize(
    "lang, connector, liaison",
    [
        (
            "en",
            "connector between care and security, justice and 2 others",
            "liaison between justice/security and 2 others",
        ),
        (
            "nl",
            "verbinder tussen zorg en veiligheid, justitie en 2 andere",
            "schakel tussen justitie/veiligheid en 2 andere",
        ),
    ],
)
def test_role_phrases_count_the_rest_in_words(lang, connector, liaison):
    from partnernet.language.connectors import role_label

    own = [("care", other) for other in ("security", "justice", "education", "social")]
    assert role_label("care", "itinerant", own, lang) == connector
    others = [("justice", "security"), ("education", "social"), ("social", "security")]
    assert role_label("care", "liaison", others, lang) == liaison


@pytest.mark.parametrize("lang, word", [("nl", " andere"), ("en", " others")])
def test_long_lists_in_terminal_cells_say_how_many_more_in_words(lang, word):
    """connectors' pairs (persons) and fragmentation's components (members) cut their lists with listing."""
    pairs = invoke(["connectors", str(EXAMPLE), *AT, "--table", "pairs", "--lang", lang]).stdout
    components = invoke(["fragmentation", str(EXAMPLE), *AT, "--lang", lang]).stdout
    for shown in (pairs, components):
        assert "(+" not in shown and "meer)" not in shown and "more)" not in shown
    assert word in pairs


def test_a_full_folder_names_its_files_in_words(tmp_path):
    from partnernet.errors import UsageError
    from partnernet.intake.files import check_free_folder

    for name in "abcde":
        (tmp_path / f"{name}.xlsx").write_bytes(b"")
    with pytest.raises(UsageError) as found:
        check_free_folder(tmp_path, force=False, lang="nl")
    assert "a.xlsx, b.xlsx, c.xlsx en 2 andere" in str(found.value)


def test_no_count_of_the_rest_in_brackets_is_left_in_the_code():
    """'(+7 meer)' and '(+37)': every cut list goes through numbers.listing ('en 7 andere')."""
    from pathlib import Path

    import partnernet

    root = Path(partnernet.__file__).parent
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\(\+\{", line)
    ]
    assert found == []


# -- bidi controls in names: isolated in terminal tables, raw in CSV and JSON ----------------------------

#: A name holding a right-to-left override (U+202E): unisolated, it turns the rest of its line around.
TURNED = "AIVD \u202eTSET"


@pytest.fixture
def turned_name(tmp_path):
    """The example landscape with AIVD's name holding U+202E."""
    import shutil

    folder = tmp_path / "turned"
    shutil.copytree(EXAMPLE, folder)
    organisations = folder / "organisations.csv"
    organisations.write_text(
        organisations.read_text(encoding="utf-8").replace("aivd,AIVD,", f"aivd,{TURNED},"), encoding="utf-8"
    )
    return folder


def _all_isolated(text: str) -> bool:
    """Every U+202E of ``text`` stands inside FSI ... PDI."""
    isolated = re.findall("\u2068[^\u2069]*\u202e[^\u2069]*\u2069", text)
    return text.count("\u202e") == len(isolated) > 0


@pytest.mark.parametrize(
    "args",
    [
        ["summary", "--table", "top-organisations", "--top", "0"],
        ["centrality", "--top", "0"],
        ["whatif", "--remove", "aivd", "--table", "removed"],
        ["fragmentation", "--table", "nodes", "--top", "0"],
    ],
    ids=lambda a: " ".join(a[:3]).replace("--", ""),
)
def test_terminal_tables_isolate_bidi_controls_in_names(turned_name, args):
    shown = invoke([args[0], str(turned_name), *AT, *args[1:], "--lang", "en"])
    assert shown.exit_code == 0, shown.output
    assert _all_isolated(shown.stdout), [line for line in shown.stdout.splitlines() if "\u202e" in line]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_machine_output_keeps_a_name_with_bidi_controls_as_it_is(turned_name, fmt):
    shown = invoke(["summary", str(turned_name), "--table", "top-organisations", "--top", "0", "--format", fmt])
    assert TURNED in shown.stdout and "\u2068" not in shown.stdout


def test_a_list_cell_isolates_each_name():
    import pandas as pd

    from partnernet.output import render_table

    shown = render_table(pd.DataFrame({"members": [[TURNED, "b"]]}), lang="en")
    assert f"\u2068{TURNED}\u2069 and b" in shown and "\u2068\u2068" not in shown


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "args", [["layers", "--by", "regime"], ["summary", "--table", "regimes"]], ids=["layers", "summary"]
)
def test_the_regime_code_ct_is_said_as_its_abbreviation_in_cells(args, lang):
    shown = invoke([args[0], str(EXAMPLE), *AT, *args[1:], "--lang", lang]).stdout
    assert re.findall(r"(?<![\w-])ct(?![\w-])", shown) == []
    assert re.search(r"(?<![\w-])CT(?![\w-])", shown)
