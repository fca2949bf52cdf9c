"""Issue 15: advice per finding, plain numbers and persons by function in the steering-group report.

Each advice rule is checked on a small landscape that triggers it and one that does not; the findings of
the example region are asserted whole in both languages (sentence, numbers and advice line); a report of
the example region shows no person's name unless asked (--names).
"""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import partnernet as pn
from partnernet.cli import cli
from partnernet.language import numbers
from partnernet.language.people import person_labels
from partnernet.language.report import Texts
from partnernet.report import advice as rules
from partnernet.report import build_document
from partnernet.report.analyses import run
from partnernet.report.findings import findings
from partnernet.report.render import table_cell

from conftest import EXAMPLE

DATE = "2026-01-01"

FINDINGS_NL = [
    (
        "Gemeente Klein-Dorp besteedt 46,0 uur per maand aan 9 overleggen, 2,3 keer de beschikbare "
        "capaciteit van 20,0 uur. Ook Gemeente Lindeloo (1,1 keer) zit boven de eigen capaciteit.",
        "Advies: bepaal samen met Gemeente Klein-Dorp aan welke van haar 9 overleggen zij kan ontbreken of "
        "zich kan laten vertegenwoordigen, en laat kleine gemeenten casustafels samen draaien. Wie: de "
        "stuurgroep. Urgentie: hoog, vóór de volgende vergaderronde. Waarom: kleine gemeenten hebben veel "
        "minder capaciteit en doen er goed aan samen te werken; doelen horen te bepalen wie aan tafel zit, "
        "niet het streven naar integraliteit (Nelen e.a. 2022; Inspectie VenJ, ca. 2017).",
    ),
    (
        "Casustafel Top-X Centrum en Casustafel Top-X Noord hebben 7 van hun 9 deelnemers gemeen; "
        "samenvoegen scheelt de deelnemers samen hooguit 46,7 persoonsuren per maand (een bovengrens: "
        "alsof elke gedeelde deelnemer de vergaderingen van het kleinste overleg helemaal uitspaart; dat "
        "overleg zelf vergadert 6,7 uur per maand); 2 andere paren komen ook in aanmerking.",
        "Advies: vraag de voorzitters van Casustafel Top-X Centrum en Casustafel Top-X Noord eerst of de "
        "splitsing bewust is: beide rapporteren aan Programmateam Top-X, dus ze kunnen met opzet verdeeld "
        "zijn naar gebied of aantal casussen, zoals per district. Zo niet, maak er één tafel van. Wie: de "
        "voorzitters van beide overleggen. Urgentie: laag, bij de volgende herziening van de "
        "overlegstructuur. Waarom: vraag bij elk overleg wat het toevoegt; een kleinere vorm kan volstaan "
        "(Nelen e.a. 2022; USBO/WODC, les 10).",
    ),
    (
        "Als de coördinator contraterrorisme, extremisme en radicalisering (CTER) van Politie Veldland "
        "CT-team (CTER) wegvalt, raken Stichting Welzijn Veldstad en Veilig Thuis Veldland los van de rest "
        "van het netwerk.",
        "Advies: wijs een tweede persoon aan die met de coördinator contraterrorisme, extremisme en "
        "radicalisering (CTER) van Politie Veldland CT-team (CTER) meegaat naar diens overleggen en het "
        "werk kan overnemen. Wie: de leiding van Politie Veldland CT-team (CTER). Urgentie: hoog, vóór de "
        "volgende vergaderronde. Waarom: stabiele bezetting, en leren dat niet afhangt van één persoon of "
        "van toeval (USBO/WODC, lessen 2 en 7).",
    ),
    (
        # finding 4, rewritten for a mayor (issue 15, tester item 5): what, then why it matters
        "Het netwerk van personen rust op twee mensen: de senior adviseur openbare orde en veiligheid "
        "(radicalisering) van Gemeente Veldstad en de coördinator contraterrorisme, extremisme en "
        "radicalisering (CTER) van Politie Veldland CT-team (CTER). Vallen zij allebei weg, dan is 13% van "
        "de paren van de andere personen niet meer via een overleg met elkaar verbonden (nu zijn ze dat "
        "allemaal).",
        "Advies: spreid de contacten van de senior adviseur openbare orde en veiligheid (radicalisering) "
        "van Gemeente Veldstad en de coördinator contraterrorisme, extremisme en radicalisering (CTER) van "
        "Politie Veldland CT-team (CTER): laat hun organisaties een tweede persoon aan hun belangrijkste "
        "tafels zetten. Wie: de stuurgroep. Urgentie: hoog, vóór de volgende vergaderronde. Waarom: het "
        "draagvlak rust op enkele gemotiveerde personen; samenwerking mag niet van hen afhangen (Nelen "
        "e.a. 2022; USBO/WODC, les 7).",
    ),
    (
        "Van de 40 organisaties met personen aan tafel hebben er 32 geen verbinder: noch de organisatie zelf, "
        "noch een van haar personen slaat duidelijk vaker dan toeval een brug naar een ander domein: UWV; "
        "Gemeente Veldstad, afdeling Werk en Inkomen; ROC Veldland en 29 andere.",
        "Advies: laat bij UWV; Gemeente Veldstad, afdeling Werk en Inkomen; ROC Veldland en 29 andere "
        "iemand aanschuiven bij tafels van partners uit andere domeinen, met dat contact als deel van de "
        "taak: zo ontstaat een verbinder. Wie: de leiding van die organisaties. Urgentie: middel, dit "
        "jaar. Waarom: maak verbinden tussen organisaties expliciet onderdeel van iemands functie "
        "(USBO/WODC, les 8).",
    ),
    (
        "Openbaar Ministerie, Parket Veldland zit aan 9 overleggen maar is niet de spil van het netwerk: "
        "het staat op plaats 7 van 46 naar hoe vaak een organisatie de kortste verbinding tussen twee "
        "andere vormt; bovenaan staat Gemeente Veldstad.",
        "Advies: bespreek met Openbaar Ministerie, Parket Veldland of zij de rol van spil in het netwerk "
        "wil en kan nemen, en aan welke tafels dat vraagt. Wie: de leiding van Openbaar Ministerie, Parket "
        "Veldland, met de stuurgroep. Urgentie: middel, dit jaar. Waarom: het OM wordt als spil verwacht, "
        "maar neemt die rol niet zichtbaar (Nelen e.a. 2022).",
    ),
    (
        "Aan 4 overleggen met een convenant nemen 5 organisaties deel die het convenant niet tekenden, "
        "zoals GGZ Veldland; Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV); "
        "Universiteit Veldstad en 2 andere.",
        "Advies: spreek met GGZ Veldland; Nationaal Coördinator Terrorismebestrijding en Veiligheid "
        "(NCTV); Universiteit Veldstad en 2 andere af wat zij aan deze tafels mogen ontvangen, of laat hen "
        "toetreden tot het convenant; deel tot dan geen casusinformatie met hen. Wie: de houders van de "
        "convenanten. Urgentie: hoog, vóór de volgende vergaderronde. Waarom: het modelconvenant schept "
        "geen nieuwe bevoegdheden; bevoegdheden oprekken kost legitimiteit (Inspectie VenJ, ca. 2017; "
        "USBO/WODC, les 1).",
    ),
    (
        "Zorg-, onderwijs- en sociale partners zitten gemiddeld aan 2,8 overleggen, tegen 5,4 voor de "
        "andere organisaties.",
        "Advies: betrek zorg-, onderwijs- en sociale partners bij de casustafels waar hun cliënten of "
        "leerlingen besproken worden, binnen de grenzen van het convenant. Wie: de stuurgroep. Urgentie: "
        "laag, bij de volgende herziening van de overlegstructuur. Waarom: een gedeelde taal die de doelen "
        "van elke partner omvat; veiligheids- en sociale partners werken als gelijken (USBO/WODC, les 3; "
        "Inspectie VenJ, ca. 2017).",
    ),
    (
        "Aan Weegoverleg radicalisering (triage) zijn 2 van de 6 deelnemers het afgelopen jaar nieuw.",
        "Advies: werk de nieuwe deelnemers van Weegoverleg radicalisering (triage) bewust in en houd de "
        "vaste kern aan tafel. Wie: de voorzitter van Weegoverleg radicalisering (triage). Urgentie: "
        "middel, dit jaar. Waarom: vertrouwen vraagt stabiele bezetting en tijd om relaties op te bouwen "
        "(USBO/WODC, lessen 2 en 9).",
    ),
    (
        "Een casus van Casustafel radicalisering Veldstad (Top-X radicalisering) gaat langs Programmateam "
        "Top-X en Directeurenoverleg Top-X voordat hij bij Bestuurlijke stuurgroep Top-X komt, 3 lagen "
        "hoger.",
        "Advies: ga na of Programmateam Top-X en Directeurenoverleg Top-X elk iets toevoegen aan wat "
        "Casustafel radicalisering Veldstad (Top-X radicalisering) aan Bestuurlijke stuurgroep Top-X "
        "voorlegt; schrap of combineer een laag die dat niet doet. Wie: de stuurgroep. Urgentie: laag, bij "
        "de volgende herziening van de overlegstructuur. Waarom: vraag bij elk overleg wat het toevoegt; "
        "gestructureerd samenwerken is niet altijd nodig (Nelen e.a. 2022; USBO/WODC, les 10).",
    ),
]

FINDINGS_EN = [
    (
        "Gemeente Klein-Dorp spends 46.0 hours per month at 9 tables, 2.3 times its available capacity of 20.0 "
        "hours. Gemeente Lindeloo (1.1 times) is above its capacity too.",
        "Advice: decide with Gemeente Klein-Dorp which of its 9 tables it can leave or be represented at, "
        "and let small municipalities run case tables jointly. Who: the steering group. Urgency: high, "
        "before the next round of meetings. Why: small municipalities have far less capacity and do well "
        "to cooperate; goals should decide who sits at the table, not the wish for integrality (Nelen et "
        "al. 2022; Inspectie VenJ, about 2017).",
    ),
    (
        "Casustafel Top-X Centrum and Casustafel Top-X Noord share 7 of their 9 members; merging them "
        "would save the members together at most 46.7 person-hours per month (an upper bound: as if every "
        "shared member saved all meetings of the smaller body; that body itself meets 6.7 hours per month); "
        "2 other pairs qualify too.",
        "Advice: ask the chairs of Casustafel Top-X Centrum and Casustafel Top-X Noord first whether the "
        "split is deliberate: both report to Programmateam Top-X, so they may be split on purpose by area "
        "or caseload, such as by district. If not, make it one table. Who: the chairs of both bodies. "
        "Urgency: low, at the next review of the structure of bodies. Why: ask of every body what it adds; "
        "a smaller form can be enough (Nelen et al. 2022; USBO/WODC, lesson 10).",
    ),
    (
        "If the coördinator contraterrorisme, extremisme en radicalisering (CTER) of Politie Veldland "
        "CT-team (CTER) leaves, Stichting Welzijn Veldstad and Veilig Thuis Veldland are cut off from the "
        "rest of the network.",
        "Advice: appoint a second person who joins the coördinator contraterrorisme, extremisme en "
        "radicalisering (CTER) of Politie Veldland CT-team (CTER) at their tables and can take over. Who: "
        "the management of Politie Veldland CT-team (CTER). Urgency: high, before the next round of "
        "meetings. Why: stable staffing, and learning that does not depend on one person or on chance "
        "(USBO/WODC, lessons 2 and 7).",
    ),
    (
        "The network of persons rests on two people: the senior adviseur openbare orde en veiligheid "
        "(radicalisering) of Gemeente Veldstad and the coördinator contraterrorisme, extremisme en "
        "radicalisering (CTER) of Politie Veldland CT-team (CTER). If both leave, 13% of the pairs of the "
        "other persons are no longer linked through any table (now they all are).",
        "Advice: spread the contacts of the senior adviseur openbare orde en veiligheid (radicalisering) "
        "of Gemeente Veldstad and the coördinator contraterrorisme, extremisme en radicalisering (CTER) of "
        "Politie Veldland CT-team (CTER): let their organisations send a second person to their main "
        "tables. Who: the steering group. Urgency: high, before the next round of meetings. Why: the base "
        "rests on a few motivated persons; collaboration should not depend on them (Nelen et al. 2022; "
        "USBO/WODC, lesson 7).",
    ),
    (
        "Of the 40 organisations with persons at the tables, 32 have no connector: neither the organisation "
        "itself nor any of its persons bridges to another domain clearly more often than chance: UWV; "
        "Gemeente Veldstad, afdeling Werk en Inkomen; ROC Veldland and 29 others.",
        "Advice: let someone from UWV; Gemeente Veldstad, afdeling Werk en Inkomen; ROC Veldland and 29 "
        "others join tables with partners from other domains, with that contact as part of the job: that "
        "is what makes a connector. Who: the management of those organisations. Urgency: medium, this "
        "year. Why: make connecting organisations an explicit part of someone's job (USBO/WODC, lesson "
        "8).",
    ),
    (
        "Openbaar Ministerie, Parket Veldland sits at 9 tables but is not the hub of the network: it ranks "
        "7 of 46 by how often an organisation forms the shortest link between two others; Gemeente "
        "Veldstad ranks first.",
        "Advice: discuss with Openbaar Ministerie, Parket Veldland whether it will and can take the role "
        "of hub of the network, and which tables that calls for. Who: the management of Openbaar "
        "Ministerie, Parket Veldland, with the steering group. Urgency: medium, this year. Why: the Public Prosecution Service (OM) is "
        "expected to be the hub but does not visibly take that role (Nelen et al. 2022).",
    ),
    (
        "At 4 bodies with a covenant, 5 organisations take part that did not sign it, such as GGZ "
        "Veldland; Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV); Universiteit Veldstad "
        "and 2 others.",
        "Advice: agree with GGZ Veldland; Nationaal Coördinator Terrorismebestrijding en Veiligheid "
        "(NCTV); Universiteit Veldstad and 2 others what they may receive at these tables, or let them "
        "join the covenant; until then, share no case information with them. Who: the holders of the "
        "covenants. Urgency: high, before the next round of meetings. Why: the model covenant creates no "
        "new powers; stretching powers costs legitimacy (Inspectie VenJ, about 2017; USBO/WODC, lesson 1).",
    ),
    (
        "Care, education and social partners sit at 2.8 tables on average, against 5.4 for the other organisations.",
        "Advice: involve care, education and social partners at the case tables where their clients or "
        "pupils are discussed, within the limits of the covenant. Who: the steering group. Urgency: low, "
        "at the next review of the structure of bodies. Why: a shared language that includes every "
        "partner's goals; security and social partners work as equals (USBO/WODC, lesson 3; Inspectie "
        "VenJ, about 2017).",
    ),
    (
        "At Weegoverleg radicalisering (triage), 2 of the 6 members joined in the past year.",
        "Advice: introduce the new members of Weegoverleg radicalisering (triage) deliberately and keep "
        "the core at the table. Who: the chair of Weegoverleg radicalisering (triage). Urgency: medium, "
        "this year. Why: trust needs stable staffing and time to build relations (USBO/WODC, lessons 2 and "
        "9).",
    ),
    (
        "A case from Casustafel radicalisering Veldstad (Top-X radicalisering) passes Programmateam Top-X "
        "and Directeurenoverleg Top-X before it reaches Bestuurlijke stuurgroep Top-X, 3 layers up.",
        "Advice: check whether Programmateam Top-X and Directeurenoverleg Top-X each add something to what "
        "Casustafel radicalisering Veldstad (Top-X radicalisering) puts before Bestuurlijke stuurgroep "
        "Top-X; drop or combine a layer that does not. Who: the steering group. Urgency: low, at the next "
        "review of the structure of bodies. Why: ask of every body what it adds; structured collaboration "
        "is not always needed (Nelen et al. 2022; USBO/WODC, lesson 10).",
    ),
]


# example_results: tests/conftest.py (shared with tests/test_report_labels.py)


@pytest.mark.parametrize("lang, expected", [("nl", FINDINGS_NL), ("en", FINDINGS_EN)])
def test_findings_of_the_example_region_with_their_advice(example_results, lang, expected):
    found = findings(example_results, Texts(lang))
    assert [(f.text, f.advice) for f in found] == expected
    assert all(str(f) == f"{f.text} {f.advice}" for f in found)  # Markdown and Excel show both


def test_the_report_ends_with_actions_glossary_and_sources(example_results):
    document = build_document(
        example_results, Texts("nl"), source="regio-voorbeeld", day=None, pseudonymised=False, map_file=None
    )
    keys = [s.key for s in document.sections]
    assert keys[0] == "wat-te-doen" and keys[-3:] == ["begrippen", "bijlage", "bronnen"]
    actions = document.sections[0]
    table = actions.blocks[0].frame
    assert list(table.columns) == ["bevinding", "actie", "wie", "urgentie"]
    assert len(table) == 10 and table["urgentie"].tolist()[:4] == ["hoog", "laag", "hoog", "hoog"]
    assert table.iloc[0].tolist()[2] == "de stuurgroep"
    # the what-if passages moved up from the robustness section
    texts = [b.text for b in actions.blocks[1:] if hasattr(b, "text")]
    assert texts[0] == (
        "Wat verandert er als de coördinator contraterrorisme, extremisme en radicalisering (CTER) "
        "van Politie Veldland CT-team (CTER) vertrekt?"
    )
    robustness = next(s for s in document.sections if s.key == "robuustheid")
    assert not any("Wat verandert er" in getattr(b, "text", "") for b in robustness.blocks)
    sources = " ".join(" ".join(getattr(b, "items", [])) for b in document.sections[-1].blocks)
    assert "Koers bepalen" in sources and "Actieprogramma Integrale Aanpak Jihadisme" in sources
    assert "10 lessen voor krachtige lerende netwerken" in sources and "Les 8:" in sources
    assert "Borgatti, S.P. (2006)" in sources
    glossary = document.sections[-3].blocks[0].frame
    assert "Sleutelspelers (KPP-Neg)" in glossary["begrip"].tolist()


def test_main_text_names_no_index_or_unnamed_study(example_results):
    """Index names, formulas and references live in the glossary and the appendix, not in the body."""
    document = build_document(
        example_results, Texts("nl"), source="regio-voorbeeld", day=None, pseudonymised=False, map_file=None
    )
    body = [s for s in document.sections if s.key not in ("begrippen", "bijlage", "bronnen", "verbinders")]
    words = " ".join(
        list(document.findings)
        + [getattr(b, "text", "") or getattr(b, "title", "") for s in body for b in s.blocks]
        + [s.intro for s in body]
    )
    for jargon in ("Borgatti", "KPP-Neg", "Jaccard", "DF =", "F =", "de studies", "busfactor", "Provan"):
        assert jargon not in words, jargon


# ---------------------------------------------------------------------------
# advice rules, each with a landscape that triggers it and one that does not


def landscape(
    members: dict,
    *,
    organisations: dict | None = None,
    bodies: dict | None = None,
    persons: dict | None = None,
    covenants: list | None = None,
    starts: dict | None = None,
):
    """``members``: body -> member ids; ``organisations``: id -> (domain, level, capacity);
    ``bodies``: id -> dict of body columns; ``persons``: id -> organisation; ``starts``: (member, body) -> date."""
    organisations = organisations or {o: ("security", "regional", 100) for o in "ABCD"}
    orgs = pd.DataFrame(
        [
            {"id": o, "name": f"Org {o}", "domain": d, "level": lv, "capacity_hours": c, "regime": "both"}
            for o, (d, lv, c) in organisations.items()
        ]
    )
    body_rows = [
        {
            "id": b,
            "name": f"Tafel {b}",
            "kind": "operational",
            "regime": "crime",
            "level": "regional",
            "meetings_per_year": 12,
            "hours_per_meeting": 2,
            **(bodies or {}).get(b, {}),
        }
        for b in members
    ]
    rows = [
        {"member": m, "body": b, "start": (starts or {}).get((m, b), "2015-01-01")}
        for b, ms in members.items()
        for m in ms
    ]
    people = pd.DataFrame(
        [{"id": p, "organisation": o, "function": "adviseur"} for p, o in (persons or {}).items()],
        columns=["id", "organisation", "function"],
    )
    cov = pd.DataFrame(covenants or [], columns=["covenant", "organisation"])
    return pn.Landscape.from_tables(
        organisations=orgs,
        bodies=pd.DataFrame(body_rows),
        memberships=pd.DataFrame(rows),
        persons=people,
        covenants=cov,
    )


def results_of(land, as_of=None):
    return run(land, turnover_as_of=as_of)


MUNICIPALITIES = {
    "A": ("administration", "local", 1),
    "B": ("security", "regional", 100),
    "C": ("justice", "regional", 100),
    "D": ("care", "regional", 100),
}


def test_overload_rule():
    triggered = rules.overload_advice(results_of(landscape({"X": "AB", "Y": "AC"}, organisations=MUNICIPALITIES)))
    assert (triggered.rule, triggered.owner, triggered.urgency) == ("overload_municipality", "steering_group", "high")
    assert triggered.values["organisation"] == "A" and ("inspectie", 0) in triggered.sources
    police = {**MUNICIPALITIES, "A": ("administration", "local", 100), "B": ("security", "regional", 3)}
    other = rules.overload_advice(results_of(landscape({"X": "AB", "Y": "BC"}, organisations=police)))
    assert (other.rule, other.owner, other.urgency) == ("overload", "management", "medium")  # 4 h on 3: 1.33
    calm = {o: (d, lv, 100) for o, (d, lv, _) in MUNICIPALITIES.items()}
    assert rules.overload_advice(results_of(landscape({"X": "AB", "Y": "AC"}, organisations=calm))) is None


def test_merge_rule_says_when_bodies_may_be_apart_on_purpose():
    merge = rules.merge_advice(results_of(landscape({"X": "ABC", "Y": "ABC"})))
    assert (merge.rule, merge.owner, merge.values["separation"]) == ("merge", "chairs", None)
    parallel = {"X": {"reports_to": "Z"}, "Y": {"reports_to": "Z"}, "Z": {"kind": "decision"}}
    check = rules.merge_advice(results_of(landscape({"X": "ABC", "Y": "ABC", "Z": "AD"}, bodies=parallel)))
    assert (check.rule, check.urgency, check.values["separation"], check.values["parent"]) == (
        "merge_check",
        "low",
        "parallel",
        "Z",
    )
    line = findings(results_of(landscape({"X": "ABC", "Y": "ABC", "Z": "AD"}, bodies=parallel)), Texts("nl"))
    assert "eerst of de splitsing bewust is: beide rapporteren aan Tafel Z" in " ".join(f.advice for f in line)
    assert rules.merge_advice(results_of(landscape({"X": "AB", "Y": "CD"}))) is None


CHAIN_PERSONS = {"pa": "A", "pb": "B", "pc": "C"}


def test_cut_off_and_key_player_rules():
    chain = results_of(landscape({"X": ["pa", "pb"], "Y": ["pa", "pc"]}, persons=CHAIN_PERSONS))
    cut = rules.cut_off_advice(chain)
    assert (cut.rule, cut.owner, cut.values) == ("cut_off_person", "management", {"person": "pa", "organisation": "A"})
    players = rules.key_players_advice(chain)
    assert players.rule == "key_players" and players.values["persons"] == ["pa"]
    triangle = results_of(landscape({"X": ["pa", "pb"], "Y": ["pa", "pc"], "Z": ["pb", "pc"]}, persons=CHAIN_PERSONS))
    assert rules.cut_off_advice(triangle) is None and rules.key_players_advice(triangle) is None


STAR_DOMAINS = {
    "H": ("security", "regional", 100),
    "A": ("care", "regional", 100),
    "B": ("education", "regional", 100),
    "C": ("administration", "local", 100),
    "D": ("justice", "regional", 100),
    "E": ("social", "regional", 100),
    "F": ("care", "regional", 100),
}
STAR_PERSONS = {f"p{o.lower()}": o for o in STAR_DOMAINS}
STAR = {"X1": ["ph", "pa", "pf"], "X2": ["ph", "pb"], "X3": ["ph", "pc"], "X4": ["ph", "pd"], "X5": ["ph", "pe"]}


def test_connector_rule():
    # ph (Org H) joins tables with each of the other domains: a connector; the others, one person each, are not
    star = results_of(landscape(STAR, organisations=STAR_DOMAINS, persons=STAR_PERSONS))
    found = rules.connector_advice(star)
    assert found.rule == "connector" and found.values["organisations"] == ["A", "B", "E", "F", "C", "D"]  # focus first
    line = next(f for f in findings(star, Texts("en")) if f.advice and "connector" in f.advice)
    assert (
        line.text.startswith("Of the 7 organisations with persons at the tables, 6 have")
        and "Appoint" not in line.advice
    )
    assert "join tables with partners from other domains" in line.advice
    # nobody can broker: everyone meets everyone (a triangle, or one table), or only one domain
    domains = {
        "A": ("administration", "local", 100),
        "B": ("security", "regional", 100),
        "C": ("care", "regional", 100),
    }
    triangle = {"X": ["pa", "pb"], "Y": ["pa", "pc"], "Z": ["pb", "pc"]}
    for members, orgs in (
        (triangle, domains),
        ({"X": ["pa", "pb", "pc"]}, domains),
        (triangle, {o: ("security", "regional", 100) for o in "ABC"}),
    ):
        quiet = results_of(landscape(members, organisations=orgs, persons=CHAIN_PERSONS))
        assert rules.connector_advice(quiet) is None
        assert not any("verbinder" in f.text for f in findings(quiet, Texts("nl")))


def test_hub_rule():
    organisations = {
        "A": ("administration", "local", 100),
        "B": ("security", "regional", 100),
        "om": ("justice", "regional", 100),
    }
    aside = rules.hub_advice(results_of(landscape({"X": ["A", "B"], "Y": ["A", "om"]}, organisations=organisations)))
    assert (aside.rule, aside.owner, aside.values["organisation"]) == ("hub", "hub_management", "om")
    central = results_of(landscape({"X": ["om", "B"], "Y": ["om", "A"]}, organisations=organisations))
    assert rules.hub_advice(central) is None


def test_covenant_rule():
    bodies = {"X": {"covenant": "K"}}
    outside = rules.covenant_advice(
        results_of(landscape({"X": "AB", "Y": "BC"}, bodies=bodies, covenants=[("K", "A")]))
    )
    assert (outside.rule, outside.owner, outside.urgency) == ("covenant", "covenant_holder", "high")
    assert outside.values["organisations"] == ["B"]
    riec = rules.covenant_advice(
        results_of(landscape({"X": "AB", "Y": "BC"}, bodies={"X": {"covenant": "RIEC-K"}}, covenants=[("RIEC-K", "A")]))
    )
    assert riec.owner == "riec"
    signed = results_of(landscape({"X": "AB", "Y": "BC"}, bodies=bodies, covenants=[("K", "A"), ("K", "B")]))
    assert rules.covenant_advice(signed) is None


def test_periphery_rule():
    edge = rules.periphery_advice(results_of(landscape({"X": "ABCD", "Y": "ABC"}, organisations=MUNICIPALITIES)))
    assert edge.rule == "periphery" and edge.values == {"focus": 1.0, "others": 2.0}
    assert (
        rules.periphery_advice(results_of(landscape({"X": "ABCD", "Y": "ABCD"}, organisations=MUNICIPALITIES))) is None
    )


def test_turnover_rule():
    new = {("D", "X"): "2025-06-01"}
    fresh = rules.turnover_advice(results_of(landscape({"X": "ABCD", "Y": "AB"}, starts=new), as_of="2026-01-01"))
    assert (fresh.rule, fresh.owner, fresh.urgency, fresh.values["body"]) == ("turnover", "chair", "low", "X")
    stable = results_of(landscape({"X": "ABCD", "Y": "AB"}), as_of="2026-01-01")
    assert rules.turnover_advice(stable) is None


@pytest.mark.parametrize(
    "new, nl, en",
    [
        ({("D", "X")}, "werk de nieuwe deelnemer van Tafel X bewust in", "introduce the new member of Tafel X"),
        ({("C", "X"), ("D", "X")}, "werk de nieuwe deelnemers van Tafel X bewust in", "introduce the new members of"),
    ],
)
def test_turnover_advice_counts_its_newcomers(new, nl, en):
    """One newcomer is 'de nieuwe deelnemer' (singular) in the advice line and the action table's title."""
    from partnernet.language import advice as words

    starts = {pair: "2025-06-01" for pair in new}
    fresh = rules.turnover_advice(results_of(landscape({"X": "ABCD", "Y": "AB"}, starts=starts), as_of="2026-01-01"))
    assert fresh.values["newcomers"] == len(new)
    name = {"X": "Tafel X"}.get
    assert nl in words.line(fresh, "nl", name, list) and en in words.line(fresh, "en", name, list)
    titles = {lang: next(iter(words.row(fresh, lang, name, list).values())) for lang in ("nl", "en")}
    one = len(new) == 1
    assert titles == {
        "nl": "Nieuwe deelnemer Tafel X" if one else "Nieuwe deelnemers Tafel X",
        "en": "New member at Tafel X" if one else "New members at Tafel X",
    }


def test_chain_rule():
    up = {"X": {"reports_to": "Y"}, "Y": {"reports_to": "Z", "kind": "decision"}, "Z": {"kind": "decision"}}
    long = rules.chain_advice(results_of(landscape({"X": "AB", "Y": "BC", "Z": "CD"}, bodies=up)))
    assert (long.rule, long.values) == ("chain", {"body": "X", "between": ["Y"], "top": "Z"})
    short = {"X": {"reports_to": "Y"}, "Y": {"kind": "decision"}}
    assert rules.chain_advice(results_of(landscape({"X": "AB", "Y": "BC"}, bodies=short))) is None


# ---------------------------------------------------------------------------
# numbers


@given(st.integers(min_value=0, max_value=10**7))
def test_whole_counts_print_without_decimals(n):
    for lang in ("nl", "en"):
        for text in (
            numbers.count(n, lang),
            numbers.mixed(float(n), lang),
            numbers.cell(n, "", lang),
            numbers.cell(float(n), "mixed", lang),
            numbers.cell(float(n), "", lang),
        ):
            assert text.replace(".", "").replace(",", "") == str(n)
            assert text == numbers.integer(n, lang)
        assert numbers.hours(float(n), lang) == numbers.number(n, lang, 1)  # hours: one decimal, as in tables


def test_hours_ratios_and_mixed_columns():
    assert numbers.hours(82.083, "nl") == "82,1" and numbers.hours(46.0, "nl") == "46,0"
    assert numbers.times(2.3, "nl") == "2,3 keer" and numbers.times(2.3, "en") == "2.3 times"
    assert numbers.mixed(115.0, "nl") == "115" and numbers.mixed(0.0213, "en") == "0.021"


def test_no_whole_count_in_the_example_report_prints_with_decimals(example_results):
    """Every table cell holding a whole count (an integer, or a whole value in a column of mixed measures)."""
    for lang, point in (("nl", ","), ("en", ".")):
        document = build_document(
            example_results, Texts(lang), source="regio-voorbeeld", day=None, pseudonymised=False, map_file=None
        )
        tables = [b for s in document.sections for b in s.blocks if hasattr(b, "frame")]
        checked = 0
        for table in tables:
            for column in table.frame.columns:
                fmt = table.formats.get(column, "")
                for value in table.frame[column]:
                    whole = (
                        isinstance(value, int)
                        and not isinstance(value, bool)
                        or (fmt == "mixed" and isinstance(value, float) and value.is_integer())
                    )
                    if whole:
                        checked += 1
                        assert point not in table_cell(value, fmt, lang), (table.title, column, value)
        assert checked > 100


# ---------------------------------------------------------------------------
# persons by function


def test_person_labels_by_function_with_a_suffix_for_twins():
    persons = pd.DataFrame(
        {
            "organisation": ["pol", "pol", "gem", "gem"],
            "name": ["R. de Graaf", "A. Bos", None, "K. Smit"],
            "function": ["Coördinator CTER", "Coördinator CTER", None, "OvJ"],
        },
        index=["p1", "p2", "p3", "p4"],
    )
    labels = person_labels(persons, {"pol": "Politie", "gem": "Gemeente"}, "nl")
    assert labels == {
        "p1": "coördinator CTER van Politie (1)",
        "p2": "coördinator CTER van Politie (2)",
        "p3": "medewerker van Gemeente",
        "p4": "OvJ van Gemeente",
    }
    assert person_labels(persons, {}, "en", names=True)["p1"] == "R. de Graaf"
    assert person_labels(persons, {}, "en", names=True)["p3"] == "staff member of gem"  # never a bare id
    assert person_labels(persons, {}, "nl", pseudonymised=True)["p2"] == "p2"


def _all_text(paths) -> str:
    texts = []
    for path in paths:
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path)
            texts += [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
        elif path.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in path.iterdir()]
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return "\n".join(texts)


@pytest.mark.parametrize("suffix", [".html", ".md", ".xlsx"])
def test_no_name_in_the_default_report_and_names_with_the_option(tmp_path, suffix, example_reports):
    names = [n for n in pn.load(EXAMPLE).persons["name"].dropna()]
    default = _all_text(example_reports("nl", suffix[1:]))  # pn.report(land, path, at=DATE)
    assert [n for n in names if n in default] == []
    assert "coördinator contraterrorisme, extremisme en radicalisering (CTER) van Politie Veldland" in default
    result = CliRunner().invoke(
        cli, ["report", str(EXAMPLE), "--at", DATE, "-o", str(tmp_path / f"n{suffix}"), "--names", "--no-map"]
    )
    assert result.exit_code == 0, result.output
    named = _all_text(sorted(tmp_path.glob(f"n{suffix}")))
    assert "R. de Graaf" in named and "S. El Amrani" in named and "R. de Graaf (p002)" not in named


def test_pseudonymised_report_keeps_pseudonyms(tmp_path):
    land = pn.load(EXAMPLE)
    text = _all_text(pn.report(pn.pseudonymise(land, key="k"), tmp_path / "p.md", at=DATE, names=True))
    assert [n for n in land.persons["name"].dropna() if n in text] == []
    assert "medewerker van" not in text and "P-" in text


def test_name_lists_survive_names_with_commas():
    """'Openbaar Ministerie, Parket Veldland' in a list: '; ' between names so 4 names + others read as 5 items."""
    from partnernet.language import numbers

    names = ["Openbaar Ministerie, Parket Veldland", "UWV", "ROC Veldland", "GGZ", "Politie"]
    assert numbers.listing(names, "nl", 4) == "Openbaar Ministerie, Parket Veldland; UWV; ROC Veldland en 2 andere"
    assert numbers.listing(["UWV", "ROC"], "en") == "UWV and ROC"
    assert numbers.listing(names[:3], "en") == "Openbaar Ministerie, Parket Veldland; UWV and ROC Veldland"
    assert numbers.listing(names[:2], "nl") == "Openbaar Ministerie, Parket Veldland en UWV"
    assert numbers.listing(names[:3], "nl").count("; ") == 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_counts_of_one_are_singular_in_findings_and_advice(lang):
    """Everyone at one body, and two bodies of one member: no 'aan 1 overleggen' or '1 van hun 1 deelnemers'."""
    one_body = results_of(landscape({"X": "ABCD"}, organisations=MUNICIPALITIES))
    tiny = results_of(landscape({"X": "A", "Y": "A"}, organisations=MUNICIPALITIES))
    text = " ".join(str(f) for r in (one_body, tiny) for f in findings(r, Texts(lang)))
    assert ("aan 1 overleg," if lang == "nl" else "at 1 table,") in text
    assert ("dezelfde deelnemers (1 deelnemer)" if lang == "nl" else "the same members (1 member)") in text
    for wrong in (
        " 1 overleggen",
        " 1 deelnemers",
        " 1 tables",
        " 1 members",
        "1 van hun 1",
        "1 of their 1",
        "verbinder",
        "connector",
    ):
        assert wrong not in text


def test_single_points_of_failure_say_which_network(example_results):
    """Rows of organisations and of persons: a 'netwerk' column names the network of 'paren onbereikbaar zonder'."""
    document = build_document(
        example_results, Texts("nl"), source="regio-voorbeeld", day=None, pseudonymised=False, map_file=None
    )
    table = next(b for s in document.sections for b in s.blocks if getattr(b, "title", "").startswith("Kwetsbare"))
    assert list(table.frame.columns) == [
        "naam",
        "organisatie",
        "netwerk",
        "stukken",
        "los geraakt",
        "paren onbereikbaar zonder",
    ]
    assert set(table.frame["netwerk"]) == {"netwerk van organisaties", "netwerk van personen"}
    assert "fragmentatie" not in " ".join(table.frame.columns)
