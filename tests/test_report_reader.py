"""What a fresh reader of the report found still wrong (issue 15e), checked on what the reader sees.

Persons by function without ids, one key-player figure, domain counts on one basis, a glossary with the
tables' role words, English words in an English report, singular and plural, whole and decimal hours.
"""

from __future__ import annotations

import html as html_module
import re

import openpyxl
import pytest

import partnernet as pn
from partnernet.analysis.brokerage import DIRECTED_ROLES
from partnernet.language import get
from partnernet.language.glossary import terms

from conftest import EXAMPLE

DATE = "2026-01-01"
PERSON_ID = re.compile(r"\bp\d{3}\b")


def visible(page: str) -> str:
    """The text a reader sees on an HTML page: no tags, scripts or styles."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", page))


def sheet_texts(path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if v is not None]


def map_texts(page: str) -> list[str]:
    """What the map shows of a node: its hover title and the text its search matches."""
    return re.findall(r'"(?:title|find)":"([^"]*)"', page)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reader")
    land = pn.load(EXAMPLE)
    out = {}
    for lang in ("nl", "en"):
        out[lang, "html"] = pn.report(land, folder / f"r-{lang}.html", at=DATE, lang=lang)
        out[lang, "md"] = pn.report(land, folder / f"r-{lang}.md", at=DATE, lang=lang)
    out["nl", "xlsx"] = pn.report(land, folder / "r.xlsx", at=DATE)
    out["names"] = pn.report(land, folder / "named.html", at=DATE, names=True)
    out["names", "xlsx"] = pn.report(land, folder / "named.xlsx", at=DATE, names=True)
    return out


def test_person_ids_only_with_names(written):
    """Item 1: no person id in the body, the appendix, the workbook or the map (hover, panel, search)
    unless the report shows names; with names they are there."""
    for lang in ("nl", "en"):
        page, map_page = (p.read_text(encoding="utf-8") for p in written[lang, "html"])
        assert not PERSON_ID.search(visible(page)), PERSON_ID.search(visible(page))
        assert not any(PERSON_ID.search(t) for t in map_texts(map_page))
        assert not PERSON_ID.search(written[lang, "md"][0].read_text(encoding="utf-8"))
    assert not any(PERSON_ID.search(v) for v in sheet_texts(written["nl", "xlsx"][0]))
    # the appendix and its sheets name a person's organisation by name, not by id
    assert "coördinator contraterrorisme, extremisme en radicalisering (CTER) van Politie Veldland CT-team (CTER)" in (
        sheet_texts(written["nl", "xlsx"][0])
    )
    named, named_map = (p.read_text(encoding="utf-8") for p in written["names"])
    assert "R. de Graaf (p002)" in visible(named)
    assert any("(p002)" in t for t in map_texts(named_map))
    assert "p002" in sheet_texts(written["names", "xlsx"][0])  # the id column of the person sheets


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_glossary_names_exactly_the_role_words_of_the_tables(lang):
    """Item 4: every brokerage role word a table can show (the labels of the role columns) is in the
    glossary, and no role word of the other language is."""
    words, other = get(lang), get("en" if lang == "nl" else "nl")
    roles = set(DIRECTED_ROLES) | {"boundary"}
    entry = next(f"{term} {text}" for term, text in terms(lang, 1.96, str) if "Brokerage" in term)
    for role in roles:
        assert re.search(rf"\b{re.escape(words.label(role))}\b", entry), (lang, role, words.label(role))
    foreign = {other.label(r) for r in roles} - {words.label(r) for r in roles}
    assert foreign and not [w for w in foreign if re.search(rf"\b{re.escape(w)}\b", entry)]
