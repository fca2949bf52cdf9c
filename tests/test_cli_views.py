"""A command's default view and ``--table X`` show one and the same block X (issue 14b).

- every ``--table`` choice of every command prints exactly the block X of the default view (title, rows,
  columns, order), in Dutch and English, with the default ``--top`` and with ``--top 2``, on the example region
  and on the fixture landscapes; the tables the default view does not show are named here, and their titles
  are no line of the default view;
- summary's default ``--top`` (5) cuts every ranking, as an explicit ``--top 5`` does;
- hierarchy ``--table bodies`` shows each chain whole, as the default view does ('a -> b -> c');
- every ``--by`` says in its help whether it sorts or groups, in both languages.
"""

from __future__ import annotations

import json

import pytest

from partnernet.cli import load_all
from partnernet.language.numbers import path as chain_path

from conftest import EXAMPLE, FIXTURES
from test_machine_output import AT, WRITERS, invoke

#: Every test here is about what command lines print and changes no input file.
pytestmark = pytest.mark.usefixtures("shared_analyses")

#: Landscapes walked: (folder, an organisation a what-if removes, two that meet at a new body).
LANDSCAPES = {
    "example": (EXAMPLE, "gemeente-klein-dorp", "politie-eenheid", "om-parket"),
    "lagen": (FIXTURES / "lagen", "om", "gem", "pol"),
    "mini": (FIXTURES / "mini", "gemeente", "politie", "om"),
}
#: Arguments a command needs to have something to say ({org}, {a}, {b}: of the landscape).
ARGUMENTS = {
    "whatif": ["--remove", "{org}", "--add-body", "nieuw:{a},{b};meetings=12;hours=2"],
    "compare": ["--vs", "2025-01-01"],
    "fragmentation": ["--key-players", "2"],
}
#: Arguments one table needs.
TABLE_NEEDS = {
    ("connectors", "expected-hub"): ["--expected-hub", "{a}"],
    ("layers", "ties-outside-tables"): ["--by", "tie-kind"],
}
#: The tables no default view shows: ``--table`` prints them whole (the long forms of blocks, the rows that
#: were added or removed, tables the view shows in parts under other titles).
NOT_IN_VIEW = {
    "compare": {
        "connector-roles",
        "handovers",
        "link-pairs",
        *(
            f"{change}-{table}"
            for change in ("added", "removed", "changed")
            for table in ("organisations", "persons", "bodies", "memberships", "ties")
        ),
    },
    "connectors": {"coverage"},
    "covenants": {"bodies", "information-ties"},
    "fragmentation": {"nodes", "single-person-link-pairs", "bus-factor-links"},
    "hierarchy": {"bodies"},
    "whatif": {"removed", "added", "adjustments", "all-group-links", "coverage"},
}
#: Blocks a default view leaves out when they have nothing to say (one component, nobody cut off, no new
#: body, no persons); ``--table`` prints them all the same.
WHEN_ANY = {
    ("fragmentation", "components"),
    ("fragmentation", "single-person-links"),
    ("fragmentation", "bus-factor"),
    ("whatif", "disconnected"),
    ("whatif", "articulation-points"),
    ("compare", "new-bodies"),
    ("compare", "dissolved-bodies"),
}


def _choices() -> list[tuple[str, str]]:
    """(command, --table choice) for every --table choice of every command that prints results."""
    return [
        (name, choice)
        for name, command in sorted(load_all().items())
        if name not in WRITERS
        for param in command.params
        if param.name == "table"
        for choice in param.type.choices  # type: ignore[attr-defined]
        if choice != "all"  # connectors' --table all is its default view
    ]


CHOICES = _choices()


def _base(name: str, landscape: str, table: str | None = None) -> list[str]:
    folder, org, a, b = LANDSCAPES[landscape]
    extra = [*ARGUMENTS.get(name, []), *TABLE_NEEDS.get((name, table), [])]  # type: ignore[arg-type]
    return [name, str(folder), *AT, *(arg.format(org=org, a=a, b=b) for arg in extra)]


#: Default views already printed, by command line (one per command, landscape, language, --top).
VIEWS: dict[tuple[str, ...], str] = {}


def shown(args: list[str]) -> str:
    key = tuple(args)
    if key not in VIEWS:
        result = invoke(args)
        assert result.exit_code == 0, result.output
        VIEWS[key] = result.stdout
    return VIEWS[key]


def blocks(text: str) -> list[str]:
    """What a command printed, block by block (blocks are parted by one blank line)."""
    return [block.strip("\n") for block in text.split("\n\n") if block.strip()]


def test_every_table_of_every_command_is_walked():
    commands = {name for name, _ in CHOICES}
    assert {"summary", "fragmentation", "whatif", "connectors", "layers", "hierarchy", "compare"} <= commands
    for name, tables in NOT_IN_VIEW.items():
        assert tables <= {table for command, table in CHOICES if command == name}, name  # no stale name


def _runs():
    runs = []
    for landscape in LANDSCAPES:
        for lang in ("nl", "en"):
            for top in ([], ["--top", "2"]):
                if landscape != "example" and (lang, bool(top)) not in (("nl", False), ("en", True)):
                    continue  # the fixtures: each language once, each --top once
                runs.append((landscape, lang, top))
    return runs


@pytest.mark.parametrize("landscape, lang, top", _runs(), ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_a_chosen_table_is_its_block_of_the_default_view(landscape, lang, top):
    """``--table X`` prints block X of the default view exactly, or, for a table the view does not show, a
    block whose title is no line of the view."""
    wrong = []
    for name, table in CHOICES:
        needs = TABLE_NEEDS.get((name, table), [])
        view = shown([*_base(name, landscape, table if needs else None), "--lang", lang, *top])
        result = invoke([*_base(name, landscape, table), "--table", table, "--lang", lang, *top])
        if result.exit_code != 0:  # a table this landscape cannot have (key players of too few, a layer)
            assert result.exit_code == 2 and "--table" not in result.stdout, (name, table, result.output)
            continue
        chosen = result.stdout.strip("\n")
        assert chosen and "\n\n" not in chosen, (name, table, chosen)  # one block
        if table in NOT_IN_VIEW.get(name, ()) or (name, table) in WHEN_ANY and chosen not in blocks(view):
            if chosen.splitlines()[0] in view.splitlines():
                wrong.append((name, table, "its title is in the default view", chosen.splitlines()[0]))
        elif chosen not in blocks(view):
            wrong.append((name, table, chosen[:300]))
    assert wrong == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("landscape", ["example", "lagen"])
def test_summary_default_top_is_an_explicit_top_5(landscape, lang):
    base = ["summary", str(LANDSCAPES[landscape][0]), "--lang", lang]
    default = invoke(base)
    assert default.exit_code == 0, default.output
    assert default.stdout == invoke([*base, "--top", "5"]).stdout
    every = invoke([*base, "--top", "0"]).stdout
    if landscape == "example":  # 10 domains, 46 organisations: both rankings cut; the counts per table whole
        cut = {"nl": "(eerste 5 van", "en": "(first 5 of"}[lang]
        assert default.stdout.count(cut) == 2 and every.count(cut) == 0
        assert blocks(default.stdout)[0] == blocks(every)[0]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_key_figures_are_whole_whatever_the_top(lang):
    """Counts per table, a fragmentation's and a hierarchy's key figures are no ranking: --top leaves them."""
    for args in (["summary", "--table", "counts"], ["hierarchy", "--table", "summary"]):
        base = [args[0], str(EXAMPLE), *AT, *args[1:], "--lang", lang]
        assert invoke([*base, "--top", "1"]).stdout == invoke([*base, "--top", "0"]).stdout


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_hierarchy_bodies_show_each_chain_whole_as_a_path(lang):
    base = ["hierarchy", str(EXAMPLE), *AT, "--table", "bodies", "--top", "0"]
    bodies = json.loads(invoke([*base, "--format", "json"]).stdout)
    table = invoke([*base, "--lang", lang]).stdout
    chains = [row["chain"] for row in bodies]
    assert max(len(chain) for chain in chains) >= 4
    for chain in chains:
        assert chain_path(chain) in table, chain
    view = invoke(["hierarchy", str(EXAMPLE), *AT, "--lang", lang]).stdout  # the default view's chains, alike
    operational = json.loads(invoke([*base[:-4], "--table", "operational-chains", "--format", "json"]).stdout)
    longest = max((row["chain"] for row in operational), key=len)
    assert len(longest) >= 4 and chain_path(longest) in view and chain_path(longest) in table


#: The commands whose --by sorts a table (the others split or compare groups).
SORTING = {"centrality"}
#: The word of each kind of --by in each language (the first word of its help).
BY_WORDS = {"nl": {"sort": "Sorteert:", "group": "Groepeert:"}, "en": {"sort": "Sorts:", "group": "Groups:"}}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_by_says_whether_it_sorts_or_groups(lang):
    from partnernet.language.help import option_help

    with_by = {
        name: param
        for name, command in load_all().items()
        for param in command.params
        if getattr(param, "shared", None) == "by"
    }
    assert {"centrality", "connectors", "fragmentation", "whatif", "compare", "layers"} <= set(with_by)
    for name, param in with_by.items():
        kind = "sort" if name in SORTING else "group"
        said = option_help(name, param.name or "", lang)
        assert said and said.startswith(BY_WORDS[lang][kind]), (name, said)
        other = BY_WORDS[lang]["group" if kind == "sort" else "sort"]
        assert other not in said, (name, said)
        shown_help = " ".join(invoke([name, "--help", "--lang", lang]).stdout.split())
        assert BY_WORDS[lang][kind] in shown_help, name
