"""The report's glossary ("Begrippenlijst") and its method references: the precision the main text leaves out.

The main text says what a measure means in the reader's words; here each
term gets its name, its formula or rule, and its reference. The references
are listed in full in the report's sources (with the evaluation studies of
:mod:`.advice`).
"""

from __future__ import annotations

#: (term, explanation) per language, in reading order of the report.
TERMS: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (
        ("Fragmentatie (F)", "Fragmentation (F)"),
        (
            "Het aandeel van de paren organisaties (of personen) dat elkaar via geen enkele weg kan bereiken; 0% = "
            "iedereen is bereikbaar. In de tabellen: '{f_without}' = F van het netwerk zonder die organisatie of "
            "persoon. Borgatti (2006).",
            "The share of pairs of organisations (or persons) that cannot reach each other by any path; 0% = everyone "
            "can be reached. In the tables: '{f_without}' = F of the network without that organisation or person. "
            "Borgatti (2006).",
        ),
    ),
    (
        (
            "Versnippering met omwegen (afstandsgewogen fragmentatie, DF)",
            "Fragmentation with detours (distance-weighted fragmentation, DF)",
        ),
        (
            "1 min het gemiddelde van 1/afstand over alle paren: 0% = iedereen direct verbonden, 100% = niemand "
            "bereikbaar; een omweg via anderen telt half, een derde, ... In de tabellen: '{df_without}' = DF van het "
            "netwerk zonder die organisatie. Borgatti (2006).",
            "1 minus the mean of 1/distance over all pairs: 0% = everyone linked directly, 100% = no one reachable; a "
            "detour through others counts a half, a third, ... In the tables: '{df_without}' = DF of the network "
            "without that organisation. Borgatti (2006).",
        ),
    ),
    (
        ("Kwetsbare schakel (articulatiepunt)", "Single point of failure (articulation point)"),
        (
            "Een organisatie of persoon wier vertrek het netwerk in losse stukken breekt.",
            "An organisation or person whose departure breaks the network into separate pieces.",
        ),
    ),
    (
        ("Sleutelspelers (KPP-Neg)", "Key players (KPP-Neg)"),
        (
            "De kleine groep wier gezamenlijk vertrek de versnippering het meest verhoogt: het 'key player problem', "
            "negatieve variant. Borgatti (2006). Alleen wie iets toevoegt, wordt genoemd.",
            "The small group whose joint departure raises fragmentation most: the key player problem, negative variant. "
            "Borgatti (2006). Only those who add to the effect are named.",
        ),
    ),
    (
        ("Busfactor", "Bus factor"),
        (
            "Het aantal personen waarop de band van een organisatie met de rest van het netwerk rust; 1 = één persoon.",
            "The number of persons an organisation's link to the rest of the network rests on; 1 = one person.",
        ),
    ),
    (
        ("Tussenpositie (betweenness)", "Betweenness"),
        (
            "Het aandeel van de kortste verbindingen tussen twee andere organisaties dat via deze organisatie loopt. "
            "Freeman (1977).",
            "The share of the shortest links between two other organisations that pass through this organisation. "
            "Freeman (1977).",
        ),
    ),
    (
        (
            "Brokerage en de rollen {liaison}, {boundary} ({representative} of {gatekeeper}), {itinerant} en "
            "{coordinator}",
            "Brokerage and the roles {liaison}, {boundary} ({representative} or {gatekeeper}), {itinerant} and "
            "{coordinator}",
        ),
        (
            "Het aantal paren partners die elkaar niet rechtstreeks treffen maar via deze actor verbonden zijn. De rol "
            "hangt af van de domeinen: {liaison} (alle drie uit verschillende domeinen), {boundary} (de actor deelt het "
            "domein met één van beiden; bij gerichte relaties {representative} als de actor zijn eigen domein naar "
            "buiten vertegenwoordigt, {gatekeeper} als hij een ander domein binnenlaat), {itinerant} (beide partners "
            "uit één ander domein), {coordinator} (alle drie uit één domein). Brokerage tussen domeinen = {liaison} + "
            "{boundary} + {itinerant}. Gould & Fernandez (1989).",
            "The number of pairs of partners who do not meet directly but are linked through this actor. The role "
            "depends on the domains: {liaison} (all three from different domains), {boundary} (the actor shares a "
            "domain with one of them; with directed ties {representative} when the actor speaks for its own domain to "
            "another, {gatekeeper} when it lets another domain into its own), {itinerant} (both partners from one "
            "other domain), {coordinator} (all three from one domain). Brokerage between domains = {liaison} + "
            "{boundary} + {itinerant}. Gould & Fernandez (1989).",
        ),
    ),
    (
        ("Verbinder", "Connector"),
        (
            "Een actor die bruggen slaat tussen domeinen: {rule}. De USBO/WODC-lessen (les 8) bevelen er één aan in elke "
            "moederorganisatie.",
            "An actor who bridges domains: {rule}. The USBO/WODC lessons (lesson 8) recommend one in every parent "
            "organisation.",
        ),
    ),
    (
        ("Z-score (hoe ver boven toeval)", "Z-score (how far above chance)"),
        (
            "Hoeveel standaarddeviaties een waarde boven wat het toeval geeft ligt: (waargenomen − verwacht) / "
            "standaarddeviatie, met als toeval een willekeurig netwerk met even veel verbindingen (dezelfde dichtheid) "
            "en dezelfde domeinen. 0 = zoveel als het toeval geeft; vanaf 1,96 komt het toeval zelden (minder dan 1 op "
            "de 40 keer) zo hoog uit. In de tabellen: de z-score van de {bridging}. Gould & Fernandez (1989).",
            "How many standard deviations a value lies above what chance gives: (observed − expected) / standard "
            "deviation, with chance a random network with as many links (the same density) and the same domains. "
            "0 = as much as chance gives; from 1.96 on, chance rarely (less than 1 in 40 times) comes out that high. "
            "In the tables: the z-score of the {bridging}. Gould & Fernandez (1989).",
        ),
    ),
    (
        ("Participatie (spreiding over domeinen)", "Participation (spread over domains)"),
        (
            "Hoe gelijk de contacten van een actor over de domeinen verdeeld zijn: 0 = alle in één domein, dichter bij 1 "
            "= over veel domeinen. Guimerà & Amaral (2005).",
            "How evenly an actor's ties spread over the domains: 0 = all in one domain, closer to 1 = over many domains. "
            "Guimerà & Amaral (2005).",
        ),
    ),
    (
        ("E-I-index (hoe open een groep is)", "E-I index (how open a group is)"),
        (
            "(extern − intern) / (extern + intern) over de contacten van een domein: −1 alleen binnen het eigen "
            "domein, +1 alleen erbuiten; de verwachte waarde is die bij willekeurige contacten. Krackhardt & Stern (1988).",
            "(external − internal) / (external + internal) over a domain's ties: −1 only inside the own domain, +1 only "
            "outside; the expected value is that of random ties. Krackhardt & Stern (1988).",
        ),
    ),
    (
        ("Belasting", "Load"),
        (
            "Uren overleg per maand gedeeld door de opgegeven capaciteit voor overleg; boven 1 (100%) is overbelast.",
            "Meeting hours per month divided by the stated capacity for meetings; above 1 (100%) is overloaded.",
        ),
    ),
    (
        ("Overlap (Jaccard-index)", "Overlap (Jaccard index)"),
        (
            "Gedeelde deelnemende organisaties gedeeld door alle deelnemende organisaties van twee overleggen samen.",
            "Shared member organisations divided by all member organisations of the two bodies together.",
        ),
    ),
    (
        ("Persoonsuren en vergadertijd", "Person-hours and meeting time"),
        (
            "Vergadertijd is hoe lang een overleg zelf per maand vergadert; persoonsuren tellen elke deelnemer: een "
            "vergadering van 2 uur met 5 deelnemers kost 10 persoonsuren. Een besparing in persoonsuren is een "
            "bovengrens.",
            "Meeting time is how long a body itself meets per month; person-hours count every member: a 2-hour meeting "
            "with 5 members costs 10 person-hours. A saving in person-hours is an upper bound.",
        ),
    ),
    (
        ("Centralisatie en vormen van sturing", "Centralisation and forms of steering"),
        (
            "Centralisatie: 0 = iedereen even centraal, 1 = een ster. De vormen van sturing (gedeeld, door een leidende "
            "organisatie, door een netwerkorganisatie) zijn die van Provan & Kenis (2008); de koppeling aan "
            "centralisatie is een vuistregel van partnernet.",
            "Centralisation: 0 = all equally central, 1 = a star. The forms of steering (shared, by a lead organisation, "
            "by a network administrative organisation) are those of Provan & Kenis (2008); linking them to "
            "centralisation is partnernet's rule of thumb.",
        ),
    ),
)

CONNECTOR_RULE = {
    "z": (
        "brokerage tussen domeinen duidelijk boven wat het toeval geeft (z ≥ {z})",
        "brokerage between domains clearly above what chance gives (z ≥ {z})",
    ),
    "any": ("brokerage tussen domeinen groter dan 0", "brokerage between domains above 0"),
}

#: Full references of the methods the glossary names.
METHODS = (
    "Borgatti, S.P. (2006). Identifying sets of key players in a social network. Computational and Mathematical "
    "Organization Theory 12, 21–34.",
    "Freeman, L.C. (1977). A set of measures of centrality based on betweenness. Sociometry 40(1), 35–41.",
    "Gould, R.V. & Fernandez, R.M. (1989). Structures of mediation: a formal approach to brokerage in transaction "
    "networks. Sociological Methodology 19, 89–126.",
    "Guimerà, R. & Amaral, L.A.N. (2005). Functional cartography of complex metabolic networks. Nature 433, 895–900.",
    "Krackhardt, D. & Stern, R.N. (1988). Informal networks and organizational crises: an experimental "
    "simulation. Social Psychology Quarterly 51(2), 123–140.",
    "Provan, K.G. & Kenis, P. (2008). Modes of network governance: structure, management, and effectiveness. "
    "Journal of Public Administration Research and Theory 18(2), 229–252.",
)

WORDS = {
    "s_glossary": ("Begrippenlijst", "Glossary"),
    "term": ("begrip", "term"),
    "meaning": ("betekenis", "meaning"),
    "t_glossary": ("Begrippen, formules en bronnen", "Terms, formulas and references"),
    "methods": ("Methoden", "Methods"),
    "studies": ("Evaluatiestudies", "Evaluation studies"),
}


def _pick(pair, lang: str) -> str:
    return pair[0 if lang == "nl" else 1]


def word(key: str, lang: str) -> str:
    return _pick(WORDS[key], lang)


#: The brokerage roles (Gould & Fernandez 1989) the glossary names, each by its label in the tables
#: (:data:`.labels.LABELS`), so the glossary and the tables use the same word.
ROLES = ("coordinator", "itinerant", "boundary", "representative", "gatekeeper", "liaison")


def terms(lang: str, z: float | None, number) -> list[tuple[str, str]]:
    """(term, explanation) pairs; ``z``: the connector threshold (None: any brokerage between domains counts);
    ``number`` formats it."""
    from . import get

    rule = _pick(CONNECTOR_RULE["z"], lang).format(z=number(z)) if z is not None else _pick(CONNECTOR_RULE["any"], lang)
    labelled = {"f_without": "fragmentation_without", "df_without": "score_without", "bridging": "bridging"}
    values = {"rule": rule} | {key: get(lang).label(column) for key, column in labelled.items()}
    values |= {role: get(lang).label(role) for role in ROLES}
    return [(_pick(term, lang).format(**values), _pick(text, lang).format(**values)) for term, text in TERMS]


__all__ = ["terms", "word", "METHODS", "TERMS", "CONNECTOR_RULE", "WORDS", "ROLES"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
