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
    # soft hyphens (table headers) are invisible unless a line breaks there
    return html_module.unescape(re.sub(r"<[^>]+>", " ", page)).replace("\u00ad", "")


def sheet_texts(path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if v is not None]


def map_texts(page: str) -> list[str]:
    """What the map shows of a node: its hover title and the text its search matches."""
    return re.findall(r'"(?:title|find)":"([^"]*)"', page)


@pytest.fixture(scope="module")
def written(example_reports):
    out = {}
    for lang in ("nl", "en"):
        out[lang, "html"] = example_reports(lang, "html")
        out[lang, "md"] = example_reports(lang, "md")
    out["nl", "xlsx"] = example_reports("nl", "xlsx")
    out["names"] = example_reports("nl", "html", names=True)
    out["names", "xlsx"] = example_reports("nl", "xlsx", names=True)
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
    body, appendix = visible(named).split("Bijlage: tabellen en gegevens", 1)
    assert "R. de Graaf" in body and not PERSON_ID.search(body)  # names in the text, ids only in the appendix
    assert "p002" in appendix
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


def section(markdown: str, title: str) -> str:
    """The Markdown of one section (from its '## title' to the next '## ')."""
    return markdown.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    "lang, title, whole, players",
    [
        (
            "nl",
            "Robuustheid",
            r"dan is het netwerk voor (\d+%) versnipperd",
            r"Organisaties: zonder .*?nu is dat (\d+%)",
        ),
        ("en", "Robustness", r"the network is (\d+%) fragmented", r"Organisations: without .*?now it is (\d+%)"),
    ],
)
def test_one_fragmentation_figure_for_the_network_now(written, lang, title, whole, players):
    """Item 2: the key-player sentence quotes the network's distance-weighted fragmentation now with the
    same figure as the network paragraph (39%), not the like-for-like figure over the staying pairs (42%),
    and says over how many organisations its 'without' figure is measured."""
    text = section(written[lang, "md"][0].read_text(encoding="utf-8"), title)
    now = re.search(whole, text).group(1)
    assert now == "39%" and re.search(players, text).group(1) == now
    assert "42%" not in text
    assert re.search(r"(43 organisaties die blijven voor 51%|43 organisations that stay is 51%)", text)


def md_table(markdown: str, title: str) -> list[list[str]]:
    """The rows (cells as text) of the first Markdown table titled ``title``."""
    block = markdown.split(f"### {title}\n", 1)[1].strip("\n").split("\n\n", 1)[0]
    return [[c.strip() for c in line.strip("|").split("|")] for line in block.splitlines()[2:]]


@pytest.mark.parametrize(
    "lang, periphery, ei, seated, in_network",
    [
        (
            "nl",
            "Positie per domein",
            "Contacten binnen en buiten het eigen domein",
            "organisaties aan tafel",
            "organisaties in het netwerk",
        ),
        (
            "en",
            "Position per domain",
            "Ties inside and outside the own domain",
            "organisations at a table",
            "organisations in the network",
        ),
    ],
)
def test_domain_tables_say_what_they_count(written, lang, periphery, ei, seated, in_network):
    """Item 3: 'Position per domain' counts the organisations at a table, the E-I table every organisation
    of the network; each says so, and the E-I note names the difference (FIU-Nederland, Veldlandse Bank)."""
    text = written[lang, "md"][0].read_text(encoding="utf-8")
    heads = {title: text.split(f"### {title}\n", 1)[1].split("\n", 2)[1] for title in (periphery, ei)}
    assert f"| {seated} |" in heads[periphery] and f"| {in_network} |" in heads[ei]
    at_table = sum(int(row[1]) for row in md_table(text, periphery))
    everyone = sum(int(row[1]) for row in md_table(text, ei))
    assert (at_table, everyone) == (44, 46)
    note = section(text, "Legitimiteit" if lang == "nl" else "Legitimacy").rsplit("\n*", 1)[1]
    assert "46" in note and "FIU-Nederland" in note and "Veldlandse Bank" in note


def _dutch_only_words() -> set[str]:
    """Words of the Dutch texts of the language layer that none of its English texts uses."""
    from partnernet.language import advice, glossary, labels, map as map_words, report

    word = re.compile(r"[A-Za-zÀ-ÿ]+")
    nl, en = set(), set()

    def add(pair):
        nl.update(w.lower() for w in word.findall(pair[0]))
        en.update(w.lower() for w in word.findall(pair[1]))

    for module in (report, labels, advice, glossary, map_words):
        for table in vars(module).values():
            if isinstance(table, dict):
                for pair in table.values():
                    if isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair):
                        add(pair)
    for term, text in glossary.TERMS:
        add(term)
        add(text)
    for english, dutch in labels.VALUES_NL.items():
        add((dutch, english))
    return nl - en


def _without_data(text: str) -> str:
    """``text`` without the register's own strings (names, functions, ids): data stay as they are."""
    land = pn.load(EXAMPLE)
    strings = {str(i) for table in (land.organisations, land.bodies, land.persons, land.covenants) for i in table.index}
    for table in (land.organisations, land.bodies, land.persons, land.covenants):
        for column in table.columns:
            strings.update(v for v in table[column].dropna() if isinstance(v, str))
    strings |= {s[:1].lower() + s[1:] for s in strings} | {"regio-voorbeeld"}
    for s in sorted(strings, key=len, reverse=True):
        text = text.replace(s, " ")
    return text


def test_every_generated_word_of_an_english_report_is_english(written):
    """Item 5: the English report (body, appendix, workbook, map hover) has no word of the Dutch texts;
    the register's own names and functions stay as they are."""
    page, map_page = (p.read_text(encoding="utf-8") for p in written["en", "html"])
    rows = re.findall(r'\["([^"\\]+)",', map_page)  # the labels of the map's hover rows
    text = _without_data("\n".join([visible(page), written["en", "md"][0].read_text(encoding="utf-8"), *rows]))
    dutch = _dutch_only_words()
    found = sorted({w for w in re.findall(r"[A-Za-zÀ-ÿ]+", text) if w.lower() in dutch})
    assert found == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("n", [1, 2])
def test_count_and_noun_for_one_and_two(lang, n):
    """Item 8: the one count-and-noun helper: singular for 1, plural for 2; hours always with one decimal
    (so '1,0 uur', '1.0 hours': a count of hours is a figure, not a number of things)."""
    from partnernet.language.numbers import HOUR_NOUNS, NOUNS, counted

    for noun, forms in NOUNS.items():
        singular, plural = forms[0 if lang == "nl" else 1]
        if noun in HOUR_NOUNS:
            assert counted(n, noun, lang) == f"{n}{',' if lang == 'nl' else '.'}0 {plural}"
        else:
            assert counted(n, noun, lang) == f"{n} {singular if n == 1 else plural}"
    assert counted(1.5, "hour", lang) == ("1,5 uur" if lang == "nl" else "1.5 hours")


@pytest.mark.parametrize(
    "lang, n, expected",
    [
        (
            "nl",
            1,
            ["besteedt 2,0 uur per maand aan 1 overleg", "capaciteit van 1,0 uur.", "of zij aan haar ene overleg"],
        ),
        (
            "nl",
            2,
            [
                "besteedt 4,0 uur per maand aan 2 overleggen",
                "capaciteit van 2,0 uur.",
                "aan welke van haar 2 overleggen",
            ],
        ),
        (
            "en",
            1,
            ["spends 2.0 hours per month at 1 table", "capacity of 1.0 hours.", "whether it can leave its one table"],
        ),
        ("en", 2, ["spends 4.0 hours per month at 2 tables", "capacity of 2.0 hours.", "which of its 2 tables"]),
    ],
)
def test_overload_finding_and_advice_for_one_and_two_tables(lang, n, expected):
    """Item 8: 'capacity of 1 hours' and 'aan welke van haar 1 overleg' were wrong; one and two, both
    languages, in the finding and its advice."""
    from partnernet.language.report import Texts
    from partnernet.report.findings import findings
    from test_report_advice import landscape, results_of

    organisations = {
        "A": ("administration", "local", n),
        "B": ("security", "regional", 100),
        "C": ("justice", "regional", 100),
    }
    members = {"X": "ABC"} if n == 1 else {"X": "AB", "Y": "AC"}
    text = str(findings(results_of(landscape(members, organisations=organisations)), Texts(lang))[0])
    for phrase in expected:
        assert phrase in text, (phrase, text)
    assert not re.search(r"\b1 (hours|overleggen|tables)\b|haar 1 overleg|its 1 table", text)


@pytest.mark.parametrize(
    "lang, finding, reason",
    [
        (
            "nl",
            "geen verbinder: noch de organisatie zelf, noch een van haar personen slaat",
            "noch de organisatie zelf, noch een van haar personen slaat vaker dan toeval een brug naar een ander "
            "domein",
        ),
        (
            "en",
            "have no connector: neither the organisation itself nor any of its persons bridges",
            "it and its persons bridge no domain above chance",
        ),
    ],
)
def test_without_connector_names_the_organisation_itself(written, lang, finding, reason):
    """Item 9: an organisation has a connector when it or one of its persons is one, so the finding and
    every reason of 'Organisations without a connector' mention the organisation itself."""
    text = written[lang, "md"][0].read_text(encoding="utf-8")
    assert finding in text
    title = "Organisaties zonder verbinder" if lang == "nl" else "Organisations without a connector"
    reasons = {row[-1] for row in md_table(text, title)}
    assert reason in reasons
    itself = ("zelf",) if lang == "nl" else ("itself", "it and its persons")
    assert all(any(word in r for word in itself) for r in reasons), reasons


def test_a_folder_of_organisations_and_ties_is_a_network_of_ties(tmp_path):
    """Item 10: --ties says the ties are the network when there are no memberships, so a folder with
    organisations.csv and ties.csv only is read (no missing bodies or memberships); the report analyses the
    ties and says what it cannot compute. With bodies but no memberships the folder is still refused."""
    from click.testing import CliRunner

    from partnernet.cli import cli

    folder = tmp_path / "relaties"
    folder.mkdir()
    (folder / "organisations.csv").write_text(
        "id,name,domain\na,Org A,security\nb,Org B,care\nc,Org C,justice\nd,Org D,administration\n", encoding="utf-8"
    )
    (folder / "ties.csv").write_text("source,target\na,b\nb,c\nc,d\n", encoding="utf-8")
    checked = CliRunner().invoke(cli, ["validate", str(folder)])
    assert checked.exit_code == 0, checked.output
    land = pn.load(folder)
    assert (len(land.organisations), len(land.ties), len(land.memberships)) == (4, 3, 0)
    for lang, linked, none in (
        ("nl", "verbonden door hun directe relaties", "er is geen overlegbelasting te meten"),
        ("en", "linked by their direct ties", "no meeting load to measure"),
    ):
        text = pn.report(land, tmp_path / f"r-{lang}.md", lang=lang, at="all")[0].read_text(encoding="utf-8")
        assert linked in text and none in text
        assert ("een directe relatie hebben" if lang == "nl" else "have a direct tie") in text  # the overview
    (folder / "bodies.csv").write_text("id,name\nt1,Tafel 1\n", encoding="utf-8")
    refused = CliRunner().invoke(cli, ["validate", str(folder)])
    assert (
        refused.exit_code == 2 and "memberships" in refused.output and "bodies table is missing" not in refused.output
    )


def test_names_in_other_scripts_draw_without_warnings(tmp_path, mini):
    """Item 7: an emoji and CJK in a name gave matplotlib 'Glyph missing' warnings on the console; now the
    charts draw it (a fallback font, or a square for what no installed font holds) without a warning,
    and the name stays whole in the tables."""
    import warnings

    from conftest import edit
    from partnernet.report import glyphs

    name = "Gemeente 🚓 Klein-Dorp 東京"
    edit(mini, "organisations", replace=("Gemeente Klein-Dorp", name))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        written = pn.report(pn.load(mini), tmp_path / "r.md", at="all")
    assert [str(w.message) for w in caught if "Glyph" in str(w.message)] == []
    assert name in written[0].read_text(encoding="utf-8")
    figures = " ".join(p.read_text(encoding="utf-8") for p in written[1].glob("*.svg"))
    drawn = glyphs.drawable(name)
    assert f"<!-- {drawn} -->" in figures and drawn.startswith("Gemeente ") and "Klein-Dorp" in drawn
    assert all(c == glyphs.REPLACEMENT or c in name for c in drawn)


def test_hours_one_rule_columns_and_single_figures(written):
    """Item 11 (CONTRIBUTING, 'Numbers in words'): hours in a column with one decimal on every row (46,0),
    a single figure in a sentence too, as its table says it (46,0 uur, 46,7 persoonsuren; issue 15 part K)."""
    from partnernet.language.numbers import counted, hours

    text = written["nl", "md"][0].read_text(encoding="utf-8")
    findings = text.split("## Wat te doen", 1)[0]
    assert "besteedt 46,0 uur per maand" in findings and "hooguit 46,7 persoonsuren" in findings
    assert not re.search(r"(?<![\d,])\d+ (uur|persoonsuren)\b", findings)
    load = md_table(text, "Overlegbelasting per organisatie")
    assert [row[2] for row in load[:2]] == ["46,0", "26,5"]
    assert (hours(46.0, "nl"), hours(46.66, "en"), counted(1, "hour", "en")) == ("46,0", "46.7", "1.0 hours")
