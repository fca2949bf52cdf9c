"""The words of the report's advice (:mod:`partnernet.report.advice`), its action table and its sources.

An :class:`~partnernet.report.advice.Advice` record becomes one line:
"Advies: <action> Wie: <owner>. Urgentie: <urgency>. Waarom: <why> (<sources>)".
Values are ids and raw numbers; ``name`` turns an id into what the report shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from collections.abc import Callable

from .numbers import counted, isolate, noun

if TYPE_CHECKING:
    from typing import Any

#: Per rule: (nl, en) of the action, its short title in the action table, and why (the lesson, in our words).
ACTIONS: dict[str, tuple[str, str]] = {
    "overload_municipality": (
        "Bepaal samen met {organisation} aan welke van haar {body_count} zij kan ontbreken of zich kan laten "
        "vertegenwoordigen, en laat kleine gemeenten casustafels samen draaien.",
        "Decide with {organisation} which of its {body_count} it can leave or be represented at, and let small "
        "municipalities run case tables jointly.",
    ),
    "overload": (
        "Laat {organisation} per overleg nagaan wat het oplevert, en zetels opgeven of delen waar het weinig toevoegt.",
        "Have {organisation} ask of each of its {body_count} what it yields, and give up or share seats where it "
        "adds little.",
    ),
    # one table: 'which of its 1 table' reads wrong in both languages
    "overload_municipality_one": (
        "Bepaal samen met {organisation} of zij aan haar ene overleg kan ontbreken of zich er kan laten "
        "vertegenwoordigen, en laat kleine gemeenten casustafels samen draaien.",
        "Decide with {organisation} whether it can leave its one table or be represented at it, and let small "
        "municipalities run case tables jointly.",
    ),
    "overload_one": (
        "Laat {organisation} nagaan wat haar ene overleg oplevert, en de zetel opgeven of delen als het weinig "
        "toevoegt.",
        "Have {organisation} ask of its one table what it yields, and give up or share the seat if it adds little.",
    ),
    "merge": (
        "Vraag de voorzitters van {a} en {b} of één tafel het werk kan doen.",
        "Ask the chairs of {a} and {b} whether one table can do the work.",
    ),
    "merge_check": (
        "Vraag de voorzitters van {a} en {b} eerst of de splitsing bewust is: {reason}. Zo niet, maak er één tafel van.",
        "Ask the chairs of {a} and {b} first whether the split is deliberate: {reason}. If not, make it one table.",
    ),
    "cut_off_person": (
        "Wijs een tweede persoon aan die met {person} meegaat naar diens overleggen en het werk kan overnemen.",
        "Appoint a second person who joins {person} at their tables and can take over.",
    ),
    "cut_off_organisation": (
        "Zorg dat de organisaties die alleen via {organisation} verbonden zijn elkaar ook rechtstreeks treffen.",
        "Make sure the organisations linked only through {organisation} also meet each other directly.",
    ),
    "key_players": (
        "Spreid de contacten van {persons}: laat hun organisaties een tweede persoon aan hun belangrijkste tafels "
        "zetten.",
        "Spread the contacts of {persons}: let their organisations send a second person to their main tables.",
    ),
    "connector": (
        "Laat bij {organisations} iemand aanschuiven bij tafels van partners uit andere domeinen, met dat contact "
        "als deel van de taak: zo ontstaat een verbinder.",
        "Let someone from {organisations} join tables with partners from other domains, with that contact as part "
        "of the job: that is what makes a connector.",
    ),
    "hub": (
        "Bespreek met {organisation} of zij de rol van spil in het netwerk wil en kan nemen, en aan welke tafels "
        "dat vraagt.",
        "Discuss with {organisation} whether it will and can take the role of hub of the network, and which tables "
        "that calls for.",
    ),
    "covenant": (
        "Spreek met {organisations} af wat zij aan deze tafels mogen ontvangen, of laat hen toetreden tot het "
        "convenant; deel tot dan geen casusinformatie met hen.",
        "Agree with {organisations} what they may receive at these tables, or let them join the covenant; until "
        "then, share no case information with them.",
    ),
    "periphery": (
        "Betrek zorg-, onderwijs- en sociale partners bij de casustafels waar hun cliënten of leerlingen besproken "
        "worden, binnen de grenzen van het convenant.",
        "Involve care, education and social partners at the case tables where their clients or pupils are "
        "discussed, within the limits of the covenant.",
    ),
    "turnover": (
        "Werk de nieuwe {newcomers} van {body} bewust in en houd de vaste kern aan tafel.",
        "Introduce the new {newcomers} of {body} deliberately and keep the core at the table.",
    ),
    "chain": (
        "Ga na of {between} elk iets toevoegen aan wat {body} aan {top} voorlegt; schrap of combineer een laag die "
        "dat niet doet.",
        "Check whether {between} each add something to what {body} puts before {top}; drop or combine a layer that "
        "does not.",
    ),
}

TITLES: dict[str, tuple[str, str]] = {
    "overload_municipality": ("Overbelasting {organisation}", "Overload of {organisation}"),
    "overload": ("Overbelasting {organisation}", "Overload of {organisation}"),
    "merge": ("Overlap {a} en {b}", "Overlap of {a} and {b}"),
    "merge_check": ("Overlap {a} en {b}", "Overlap of {a} and {b}"),
    "cut_off_person": ("Afhankelijk van één persoon", "Depends on one person"),
    "cut_off_organisation": ("Afhankelijk van {organisation}", "Depends on {organisation}"),
    "key_players": ("Netwerk rust op enkele personen", "Network rests on a few persons"),
    "connector": ("Organisaties zonder verbinder", "Organisations without a connector"),
    "hub": ("{organisation} niet de spil", "{organisation} not the hub"),
    "covenant": ("Deelnemers buiten het convenant", "Members outside the covenant"),
    "periphery": ("Zorg, onderwijs en sociaal aan de rand", "Care, education and social on the periphery"),
    "turnover": ("Nieuwe {newcomers} {body}", "New {newcomers} at {body}"),
    "chain": ("Lange lijn naar {top}", "Long chain to {top}"),
}

WHY: dict[str, tuple[str, str]] = {
    "overload_municipality": (
        "Kleine gemeenten hebben veel minder capaciteit en doen er goed aan samen te werken; "
        "doelen horen te bepalen wie aan tafel zit, niet het streven naar integraliteit",
        "Small municipalities have far less capacity and do well to cooperate; goals should "
        "decide who sits at the table, not the wish for integrality",
    ),
    "overload": (
        "Overgeorganiseerdheid en overlegmoeheid; een lossere of kleinere vorm is soms genoeg",
        "Over-organisation and consultation fatigue; a looser or smaller form is sometimes enough",
    ),
    "merge": (
        "Vraag bij elk overleg wat het toevoegt; een kleinere vorm kan volstaan",
        "Ask of every body what it adds; a smaller form can be enough",
    ),
    "merge_check": (
        "Vraag bij elk overleg wat het toevoegt; een kleinere vorm kan volstaan",
        "Ask of every body what it adds; a smaller form can be enough",
    ),
    "cut_off_person": (
        "Stabiele bezetting, en leren dat niet afhangt van één persoon of van toeval",
        "Stable staffing, and learning that does not depend on one person or on chance",
    ),
    "cut_off_organisation": (
        "Samenwerking mag niet afhangen van één schakel",
        "Collaboration should not depend on one link",
    ),
    "key_players": (
        "Het draagvlak rust op enkele gemotiveerde personen; samenwerking mag niet van hen afhangen",
        "The base rests on a few motivated persons; collaboration should not depend on them",
    ),
    "connector": (
        "Maak verbinden tussen organisaties expliciet onderdeel van iemands functie",
        "Make connecting organisations an explicit part of someone's job",
    ),
    "hub": (
        "Het OM wordt als spil verwacht, maar neemt die rol niet zichtbaar",
        "The Public Prosecution Service (OM) is expected to be the hub but does not visibly take that role",
    ),
    "covenant": (
        "Het modelconvenant schept geen nieuwe bevoegdheden; bevoegdheden oprekken kost legitimiteit",
        "The model covenant creates no new powers; stretching powers costs legitimacy",
    ),
    "periphery": (
        "Een gedeelde taal die de doelen van elke partner omvat; veiligheids- en sociale partners werken als gelijken",
        "A shared language that includes every partner's goals; security and social partners work as equals",
    ),
    "turnover": (
        "Vertrouwen vraagt stabiele bezetting en tijd om relaties op te bouwen",
        "Trust needs stable staffing and time to build relations",
    ),
    "chain": (
        "Vraag bij elk overleg wat het toevoegt; gestructureerd samenwerken is niet altijd nodig",
        "Ask of every body what it adds; structured collaboration is not always needed",
    ),
}

SEPARATION = {
    "parallel": (
        "beide rapporteren aan {parent}, dus ze kunnen met opzet verdeeld zijn naar gebied of aantal casussen, "
        "zoals per district",
        "both report to {parent}, so they may be split on purpose by area or caseload, such as by district",
    ),
    "host": (
        "ze hebben een andere gastorganisatie, mogelijk een ander district of andere regio",
        "they have different hosts, possibly a different district or region",
    ),
}

OWNERS = {
    "management": ("de leiding van {organisation}", "the management of {organisation}"),
    "management_many": ("de leiding van die organisaties", "the management of those organisations"),
    "steering_group": ("de stuurgroep", "the steering group"),
    "chairs": ("de voorzitters van beide overleggen", "the chairs of both bodies"),
    "chair": ("de voorzitter van {body}", "the chair of {body}"),
    "hub_management": (
        "de leiding van {organisation}, met de stuurgroep",
        "the management of {organisation}, with the steering group",
    ),
    "covenant_holder": ("de houders van de convenanten", "the holders of the covenants"),
    "riec": ("het RIEC, als houder van het convenant", "the RIEC, as holder of the covenant"),
}

URGENCY = {
    "high": ("hoog, vóór de volgende vergaderronde", "high, before the next round of meetings"),
    "medium": ("middel, dit jaar", "medium, this year"),
    "low": (
        "laag, bij de volgende herziening van de overlegstructuur",
        "low, at the next review of the structure of bodies",
    ),
}
URGENCY_SHORT = {"high": ("hoog", "high"), "medium": ("middel", "medium"), "low": ("laag", "low")}

LINE = (
    "Advies: {action} Wie: {owner}. Urgentie: {urgency}. Waarom: {why} ({sources}).",
    "Advice: {action} Who: {owner}. Urgency: {urgency}. Why: {why} ({sources}).",
)

#: Short citations; the full references are in SOURCES.
CITE = {
    "usbo": ("USBO/WODC, les {lessons}", "USBO/WODC, lesson {lessons}"),
    "usbo_many": ("USBO/WODC, lessen {lessons}", "USBO/WODC, lessons {lessons}"),
    "nelen2022": ("Nelen e.a. 2022", "Nelen et al. 2022"),
    "inspectie": ("Inspectie VenJ, ca. 2017", "Inspectie VenJ, about 2017"),
}

SOURCES = {
    "usbo": (
        'Universiteit Utrecht (USBO) met Avans Hogeschool, in opdracht van het WODC: factsheet "10 lessen voor '
        'krachtige lerende netwerken in contraterrorisme en criminaliteitsbestrijding".',
        'Utrecht University (USBO) with Avans University of Applied Sciences, for the WODC: factsheet "10 lessen '
        'voor krachtige lerende netwerken in contraterrorisme en criminaliteitsbestrijding" (ten lessons for '
        "strong learning networks in counter-terrorism and crime fighting).",
    ),
    "nelen2022": (
        'Nelen e.a. (2022). "Koers bepalen". WODC. Over het programma tegen drugscriminaliteit: '
        "overgeorganiseerdheid en overlegmoeheid.",
        'Nelen et al. (2022). "Koers bepalen" (Setting the course). WODC. On the drug-crime programme: '
        "over-organisation and consultation fatigue.",
    ),
    "inspectie": (
        "Inspectie Veiligheid en Justitie (ca. 2017). Evaluatie van het Actieprogramma Integrale Aanpak Jihadisme.",
        "Inspectie Veiligheid en Justitie (about 2017). Evaluation of the Actieprogramma Integrale Aanpak "
        "Jihadisme (action programme for an integrated approach to jihadism).",
    ),
}

#: The USBO lessons the advice cites, in our words (USBO/Universiteit Utrecht with Avans for the WODC, factsheet
#: "10 lessen voor krachtige lerende netwerken in contraterrorisme en criminaliteitsbestrijding"; see ``SOURCES``).
LESSONS = {
    1: (
        "erken dat samenwerken moeilijk is en bespreek ook de grenzen van de samenwerking",
        "admit that working together is hard and discuss the limits of the collaboration too",
    ),
    2: (
        "verwacht barrières en investeer in wat ze overwint: tijd voor relaties, stabiele bezetting, aandacht van "
        "bestuurders",
        "expect barriers and invest in what overcomes them: time for relations, stable staffing, "
        "attention from administrators",
    ),
    3: (
        "gebruik een gedeelde taal die ieders doelen en kijk omvat",
        "use a shared language that includes every partner's goals and view",
    ),
    7: (
        "maak ruimte voor leren tussen de werelden van CT en criminaliteit, zodat leren niet van personen of toeval "
        "afhangt",
        "make room for learning between the CT and crime worlds, so that it does not depend on persons or chance",
    ),
    8: (
        "maak verbinden expliciet onderdeel van iemands functie (verbinders)",
        "make connecting organisations an explicit part of someone's job (connectors)",
    ),
    9: (
        "selecteer en train op empathie en leervermogen; geef tijd om relaties op te bouwen",
        "select and train for empathy and learning ability; give time to build relations",
    ),
    10: (
        "zoek uit welke vorm van samenwerken in welke fase werkt; een lossere of kleinere vorm kan volstaan",
        "find out which form of collaboration works in which phase; a looser or smaller form can be enough",
    ),
}

WORDS = {
    "s_actions": ("Wat te doen", "What to do"),
    "s_actions_intro": (
        "De adviezen bij de bevindingen op een rij, voor de stuurgroep. Ze volgen vaste regels uit "
        "de evaluatiestudies (zie Bronnen); de stuurgroep weegt ze.",
        "The advice of the findings in one table, for the steering group. It follows fixed rules "
        "from the evaluation studies (see Sources); the steering group weighs it.",
    ),
    "t_actions": ("Acties voor de stuurgroep", "Actions for the steering group"),
    "finding": ("bevinding", "finding"),
    "action": ("actie", "action"),
    "owner": ("wie", "who"),
    "urgency": ("urgentie", "urgency"),
    "s_sources": ("Bronnen", "Sources"),
    "p_sources": (
        "De adviezen volgen deze evaluatiestudies; geen van hen bevat netwerkgegevens, partnernet meet "
        "wat zij in woorden beschrijven.",
        "The advice follows these evaluation studies; none of them holds network data, partnernet "
        "measures what they describe in words.",
    ),
    "lesson": ("Les {n}: {text}.", "Lesson {n}: {text}."),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0 if lang == "nl" else 1]


def word(key: str, lang: str, **values: Any) -> str:
    return _pick(WORDS[key], lang).format(**values)


def citation(sources, lang: str) -> str:
    """'USBO/WODC, lessen 2 en 7; Nelen e.a. 2022': one entry per study, in the order given."""
    from .numbers import listing

    lessons: dict[str, list[int]] = {}
    for study, lesson in sources:
        lessons.setdefault(study, [])
        if lesson:
            lessons[study].append(lesson)
    parts = []
    for study, numbers in lessons.items():
        key = study if study != "usbo" or len(numbers) < 2 else "usbo_many"
        parts.append(_pick(CITE[key], lang).format(lessons=listing([str(n) for n in numbers], lang)))
    return "; ".join(parts)


def fill(advice, lang: str, name: Callable[[object], str], names: Callable[[list], str]) -> dict:
    """The advice's values as words: ids through ``name`` (one) and ``names`` (a list)."""
    values = dict(advice.values)
    filled = {}
    for key, value in values.items():
        if key in ("organisation", "a", "b", "body", "top", "parent", "person") and value is not None:
            filled[key] = isolate(name(value))  # a U+202E in a name ends with the name
        elif key in ("organisations", "between", "persons"):
            filled[key] = names(value)
        elif key == "body_count":
            filled[key] = counted(int(value), "table", lang)
        elif key == "newcomers":  # 'the new member' for one, 'the new members' for more
            filled[key] = noun(int(value), "member", lang)
        else:
            filled[key] = value
    if values.get("separation"):
        filled["reason"] = _pick(SEPARATION[values["separation"]], lang).format(**filled)
    return filled


def action(advice, lang: str, filled: dict) -> str:
    """The advice's action; a rule about a number of tables has its own wording for one table."""
    key = advice.rule
    if advice.values.get("body_count") == 1 and f"{key}_one" in ACTIONS:
        key = f"{key}_one"
    return _pick(ACTIONS[key], lang).format(**filled)


def owner(advice, lang: str, filled: dict) -> str:
    key = advice.owner
    if key == "management" and "organisation" not in filled:
        key = "management_many"
    return _pick(OWNERS[key], lang).format(**filled)


def line(advice, lang: str, name, names) -> str:
    """The advice line under a finding."""
    filled = fill(advice, lang, name, names)
    return _pick(LINE, lang).format(
        action=_lower(action(advice, lang, filled)),
        owner=owner(advice, lang, filled),
        urgency=_pick(URGENCY[advice.urgency], lang),
        why=_lower(_pick(WHY[advice.rule], lang)),
        sources=citation(advice.sources, lang),
    )


def _lower(text: str) -> str:
    """After 'Advies:' a sentence goes on in lower case; 'OM' and names keep their capitals."""
    first = text.split(" ", 1)[0]
    return text if len(first) > 1 and first.isupper() else text[:1].lower() + text[1:]


def row(advice, lang: str, name, names) -> dict:
    """One row of the action table: finding (short), action, owner, urgency."""
    filled = fill(advice, lang, name, names)
    return {
        word("finding", lang): _pick(TITLES[advice.rule], lang).format(**filled),
        word("action", lang): action(advice, lang, filled),
        word("owner", lang): owner(advice, lang, filled),
        word("urgency", lang): _pick(URGENCY_SHORT[advice.urgency], lang),
    }


def sources(cited, lang: str) -> list[str]:
    """The full references of the studies in ``cited`` ((study, lesson) pairs), with the USBO lessons cited."""
    studies = [s for s in SOURCES if any(study == s for study, _ in cited)]
    lessons = sorted({n for study, n in cited if study == "usbo" and n})
    entries = []
    for study in studies:
        entry = _pick(SOURCES[study], lang)
        if study == "usbo" and lessons:
            entry += " " + " ".join(word("lesson", lang, n=n, text=_pick(LESSONS[n], lang)) for n in lessons)
        entries.append(entry)
    return entries


__all__ = [
    "line",
    "row",
    "sources",
    "citation",
    "word",
    "ACTIONS",
    "TITLES",
    "WHY",
    "SEPARATION",
    "OWNERS",
    "URGENCY",
    "URGENCY_SHORT",
    "LINE",
    "CITE",
    "SOURCES",
    "LESSONS",
    "WORDS",
    "fill",
    "action",
    "owner",
]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
