"""Dutch possessives follow the noun (issue 14, "one home for words"): de organisatie takes 'haar' (haar
personen), het overleg and de persoon (and de knoop) take 'zijn'. The fragmentation table said "Elke
organisatie: zijn groep"; the map's help "een knoop ... haar cijfers"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnernet import language
from partnernet.cli import cli
from partnernet.language.plain import POSSESSIVES, its

from conftest import EXAMPLE

LANGUAGE = Path(language.__file__).parent
#: The nouns a possessive in our sentences belongs to, by the possessive Dutch gives them.
TAKES_HAAR = r"(?:organisatie|gemeente|organisation\}|\{org\w*\}|\{organisation\})"
TAKES_ZIJN = r"(?:overleg|persoon|knoop|landschap|onderdeel|\{body\}|\{person\})"
#: What a possessive precedes in our sentences (so 'zijn' the verb is not read as one).
OWNED = (
    r"(?:groep|personen|deelnames|deelnemers|overleggen|rang|cijfers|omgeving|capaciteit|uren|partners|plaats|"
    r"rol|domein|formulier|leden|zetels?|tafels?|ene|eigen|z-score|organisaties|moederorganisatie|register)"
)
WRONG = (
    re.compile(rf"\b{TAKES_HAAR}(?:(?!\b{TAKES_ZIJN}\b)[^.;])*?\bzijn\s+{OWNED}\b", re.IGNORECASE),
    re.compile(rf"\b{TAKES_ZIJN}\b(?:(?!{TAKES_HAAR})[^.;])*?\bhaar\s+{OWNED}\b", re.IGNORECASE),
)


def dutch_texts() -> list[tuple[str, int, str]]:
    """(module, line, text) of every string of the language package (Dutch and English alike: an English
    text does not hold these Dutch words)."""
    found = []
    for path in sorted(LANGUAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((path.name, node.lineno, node.value))
            elif isinstance(node, ast.JoinedStr):
                text = "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
                found.append((path.name, node.lineno, text))
    return found


def test_the_walk_finds_the_mistakes_it_looks_for():
    assert WRONG[0].search("Elke organisatie: zijn groep, los deel en gemeenschap")
    assert WRONG[1].search("klik een knoop voor haar omgeving")
    assert not WRONG[0].search("Elke organisatie: haar groep") and not WRONG[0].search(
        "de organisaties die verbonden zijn"
    )
    assert not WRONG[1].search("een overleg van de organisatie en haar personen")


def test_no_text_of_the_language_package_gives_a_noun_the_wrong_possessive():
    texts = dutch_texts()
    assert len(texts) > 1000
    wrong = [f"{name}:{line}: {text[:100]!r}" for name, line, text in texts if any(p.search(text) for p in WRONG)]
    assert not wrong, wrong


def test_every_kind_of_actor_has_its_possessive():
    assert {"organisation", "person", "body"} <= set(POSSESSIVES)
    assert (its("organisation", "nl"), its("body", "nl"), its("person", "nl")) == ("haar", "zijn", "zijn")


@pytest.mark.parametrize(
    ("level", "lang", "title"),
    [
        ("organisations", "nl", "Elke organisatie: haar groep, los deel en gemeenschap"),
        ("persons", "nl", "Elke persoon: zijn groep, los deel en gemeenschap"),
        ("organisations", "en", "Each organisation: its group, component and community"),
        ("persons", "en", "Each person: their group, component and community"),
    ],
)
def test_the_rendered_fragmentation_title_gives_each_actor_its_possessive(level, lang, title):
    args = ["fragmentation", str(EXAMPLE), "--at", "2026-01-01", "--table", "nodes", "--level", level, "--top", "1"]
    result = CliRunner().invoke(cli, [*args, "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(title)
