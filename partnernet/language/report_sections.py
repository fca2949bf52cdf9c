"""The words of the report's sections (robustness, legitimacy, goal focus, connectors, steering, turnover):
titles, introductions, paragraphs, table titles and notes, Dutch and English. Part of :data:`.report.TEXTS`."""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, str]] = {
    # sections
    "s_robustness": ("Robuustheid", "Robustness"),
    "s_robustness_intro": (
        "Hangt de samenwerking af van enkele personen of organisaties? Wat valt uit als iemand vertrekt?",
        "Does the collaboration depend on a few persons or organisations? What breaks if someone leaves?",
    ),
    "s_legitimacy": ("Legitimiteit", "Legitimacy"),
    "s_legitimacy_intro": (
        "Mag de informatie gedeeld worden die gedeeld wordt, en zijn zorg-, onderwijs- en "
        "sociale partners echt verbonden?",
        "May the information that is shared be shared, and are care, education and social partners really connected?",
    ),
    "s_goal": ("Doelgerichtheid", "Goal focus"),
    "s_goal_intro": (
        "Hoeveel overleg kost het, welke tafels overlappen, en hoe lang is de weg naar de top?",
        "How much consultation does it cost, which tables overlap, and how long is the way to the top?",
    ),
    "s_connectors": ("Verbinders", "Connectors"),
    "s_connectors_intro": (
        "Wie slaat bruggen tussen domeinen? De USBO/WODC-lessen (les 8) bevelen een verbinder "
        "aan in elke moederorganisatie.",
        "Who bridges domains? The USBO/WODC lessons (lesson 8) recommend a connector in every parent organisation.",
    ),
    "s_governance": ("Regie", "Steering"),
    "s_turnover": ("Verloop", "Turnover"),
    "s_turnover_intro": (
        "Vertrouwen groeit als dezelfde mensen aan tafel blijven (USBO/WODC, les 2: stabiele bezetting aan tafel).",
        "Trust grows when the same people stay at the table (USBO/WODC, lesson 2: stable staffing at the tables).",
    ),
    "s_map": ("Kaart", "Map"),
    "s_appendix": ("Bijlage: tabellen en gegevens", "Appendix: tables and data"),
    # robustness
    "p_fragmentation": (
        "Het netwerk van organisaties ({linked}) telt {nodes} en {links} in {components}; de "
        "grootste omvat {largest}. "
        "Van de organisatieparen kan {F} elkaar niet bereiken; tellen we ook de omwegen mee, dan is het "
        "netwerk voor {DF} versnipperd (0% = iedereen direct verbonden; zie de Begrippenlijst).",
        "The network of organisations ({linked}) has {nodes} and {links} in {components}; the "
        "largest holds {largest}. "
        "Of the pairs of organisations, {F} cannot reach each other; counting detours too, the network "
        "is {DF} fragmented (0% = everyone linked directly; see the Glossary).",
    ),
    "linked_tables": ("verbonden als ze aan een zelfde overleg zitten", "linked when they sit at the same body"),
    "linked_ties": (
        "verbonden door hun directe relaties; er zijn geen deelnames aan overleggen",
        "linked by their direct ties; there are no memberships of bodies",
    ),
    "linked_tables+ties": (
        "verbonden als ze aan een zelfde overleg zitten of een directe relatie hebben",
        "linked when they sit at the same body or have a direct tie",
    ),
    "p_directed": (
        "Er zijn {n} gerichte relaties; ze tellen voor fragmentatie in beide richtingen, tussenpositie en "
        "brokerage volgen hun richting.",
        "There are {n} directed ties; they count both ways for fragmentation, betweenness and brokerage follow "
        "their direction.",
    ),
    "p_directed_one": (
        "Eén gerichte relatie telt voor fragmentatie in beide richtingen; tussenpositie en brokerage "
        "volgen haar richting.",
        "One directed tie counts both ways for fragmentation; betweenness and brokerage follow its direction.",
    ),
    "p_fragmentation_single": (
        "Het netwerk van organisaties ({linked}) telt {nodes}; fragmentatie is pas te meten vanaf twee organisaties.",
        "The network of organisations ({linked}) has {nodes}; fragmentation can be measured from two organisations on.",
    ),
    "t_articulation": (
        "Kwetsbare schakels: wie het netwerk in stukken breekt als hij wegvalt",
        "Single points of failure: who breaks the network into pieces when they leave",
    ),
    "t_key_players": (
        "Sleutelspelers: de groep wier vertrek het netwerk het meest versplintert",
        "Key players: the group whose departure fragments the network most",
    ),
    "p_key_players_organisations": (
        "Organisaties: zonder {names} is het netwerk van de {staying} die blijven voor {after} versnipperd "
        "(omwegen meegeteld); nu is dat {now}, het cijfer hierboven.",
        "Organisations: without {names}, the network of the {staying} that stay is {after} fragmented "
        "(detours counted); now it is {now}, the figure above.",
    ),
    "p_key_players_persons": (
        "Personen: zonder {names} stijgt het aandeel paren van de personen die blijven "
        "dat elkaar niet kan bereiken van {before} naar {after}.",
        "Persons: without {names}, the share of pairs of the persons who stay that cannot reach "
        "each other rises from {before} to {after}.",
    ),
    "p_key_players_dropped": (
        "Ook {names} laten wegvallen voegt daar niets aan toe; alleen wie bijdraagt, is genoemd.",
        "Leaving out {names} as well adds nothing to this; only those who add to the effect are named.",
    ),
    "p_key_players_none": (
        "Er is geen kleine groep sleutelspelers: wie ook wegvalt, de overigen blijven elkaar even goed bereiken.",
        "There is no small set of key players: whoever leaves, the others reach each other just as well.",
    ),
    "p_single_person": (
        "Er zijn {n} paren organisaties alleen via één persoon met elkaar verbonden; {top} draagt er {count} van.",
        "There are {n} pairs of organisations linked only through one person; {top} carries {count} of them.",
    ),
    "p_single_person_one": (
        "Eén paar organisaties is alleen via één persoon met elkaar verbonden: {top}.",
        "One pair of organisations is linked only through one person: {top}.",
    ),
    "t_bus_factor": (
        "Organisaties waarvan de band met het netwerk aan één persoon hangt",
        "Organisations whose link to the network hangs on one person",
    ),
    "fig_robustness": (
        "Aandeel organisatieparen dat elkaar niet kan bereiken als de meest centrale organisaties "
        "één voor één wegvallen, tegen willekeurig wegvallen",
        "Share of pairs of organisations that cannot reach each other as the most central "
        "organisations leave one by one, against random departures",
    ),
    "p_whatif": ("Wat verandert er als {person} vertrekt?", "What changes if {person} leaves?"),
    "w_seatless": ("{names} zit dan aan geen enkel overleg meer.", "{names} then sits at no table at all."),
    "w_cut_off": (
        "{names} raken los van de rest van het netwerk.",
        "{names} are cut off from the rest of the network.",
    ),
    "w_pairs_gone": (
        "Deze domeinen zijn niet meer met elkaar verbonden: {pairs}.",
        "These domains are no longer connected: {pairs}.",
    ),
    "w_group_isolated": (
        "{group} is dan met geen enkel ander domein meer verbonden (was: {n} domeinen).",
        "{group} is then connected to no other domain (before: {n} domains).",
    ),
    "w_only_through": (
        "{a} en {b} zijn dan alleen nog verbonden via {x}.",
        "{a} and {b} are then connected only through {x}.",
    ),
    "w_fragmentation": (
        "Organisatieparen die elkaar niet kunnen bereiken: {F0} → {F1}; versnippering met omwegen "
        "meegeteld: {DF0} → {DF1}.",
        "Pairs of organisations that cannot reach each other: {F0} → {F1}; fragmentation with detours "
        "counted: {DF0} → {DF1}.",
    ),
    # legitimacy
    "t_covenant_bodies": ("Convenantdekking per overleg", "Covenant coverage per body"),
    "t_covenant_ties": (
        "Informatiestromen die de convenantgroep verlaten of binnenkomen",
        "Information flows that leave or enter the covenant group",
    ),
    "p_no_covenants": (
        "Er zijn geen convenanten vastgelegd bij de overleggen.",
        "No covenants are recorded for the bodies.",
    ),
    "t_periphery": ("Positie per domein", "Position per domain"),
    "p_periphery": (
        "De organisaties uit zorg, onderwijs en sociaal domein zitten gemiddeld aan {focus} overleggen "
        "(andere organisaties: {others}); {occasional} van hun deelnames is per casus, extern of "
        "adviserend (anderen: {occasional_others}).",
        "Organisations from care, education and the social domain sit at {focus} tables on average "
        "(other organisations: {others}); {occasional} of their memberships are per case, external "
        "or advisory (others: {occasional_others}).",
    ),
    "p_legitimacy_no_domains": (
        "Geen enkele organisatie heeft in het register een domein (zoals zorg, veiligheid of onderwijs). Daarom "
        "laat dit deel niet zien of zorg-, onderwijs- en sociale partners even goed meedoen als de andere; "
        "vul de domeinen in het register aan om dat te zien.",
        "No organisation has a domain in the register (such as care, security or education). So this part "
        "cannot show whether care, education and social partners take part as well as the others; add the "
        "domains to the register to see it.",
    ),
    "p_periphery_alone": (
        "De organisaties uit zorg, onderwijs en sociaal domein zitten gemiddeld aan {focus} "
        "overleggen; {occasional} van hun deelnames is per casus, extern of adviserend. Er zijn "
        "geen andere organisaties aan tafel om mee te vergelijken.",
        "Organisations from care, education and the social domain sit at {focus} tables on "
        "average; {occasional} of their memberships are per case, external or advisory. No other "
        "organisations sit at the tables to compare them with.",
    ),
    "p_connectors_no_domains": (
        "Het register kent minder dan twee domeinen: er valt geen brug tussen domeinen te "
        "slaan, dus er zijn geen verbinders te vinden.",
        "The register knows fewer than two domains: there is no bridge between domains to "
        "make, so there are no connectors to find.",
    ),
    "p_connectors_none": (
        "Geen organisatie of persoon staat tussen partners uit verschillende domeinen die elkaar "
        "niet rechtstreeks treffen.",
        "No organisation or person stands between partners from different domains who do not meet directly.",
    ),
    "t_ei": ("Contacten binnen en buiten het eigen domein", "Ties inside and outside the own domain"),
    "n_ei": (
        "E-I-index: −1 = alleen contacten binnen het eigen domein, +1 = alleen erbuiten; verwachte E-I: "
        "de waarde als iedereen willekeurig contact had (zie de Begrippenlijst).",
        "E-I index: −1 = ties only inside the own domain, +1 = only outside it; expected E-I: the value if "
        "everyone had ties at random (see the Glossary).",
    ),
    "n_ei_unseated": (
        "Deze tabel telt alle {n} van het netwerk; Positie per domein telt alleen wie aan tafel zit. Het "
        "verschil: {names}, op de peildatum aan geen overleg.",
        "This table counts all {n} of the network; Position per domain counts only those at a table. The "
        "difference: {names}, at no body on the reference date.",
    ),
    # goal focus
    "t_overload": ("Overlegbelasting per organisatie", "Consultation load per organisation"),
    "n_overload": (
        "Uren per maand = zetels × vergaderingen per jaar × uren per vergadering / 12; een persoon telt "
        "voor de eigen organisatie. Onbekende frequenties tellen niet mee en worden apart geteld.",
        "Hours per month = seats × meetings per year × hours per meeting / 12; a person counts for their "
        "organisation. Unknown frequencies are left out and counted separately.",
    ),
    "fig_overload": (
        "Uren overleg per maand tegen de capaciteit (streep)",
        "Meeting hours per month against capacity (bar)",
    ),
    "t_merge": ("Overleggen die voor samenvoeging in aanmerking komen", "Bodies that qualify for a merge"),
    "n_merge": (
        "Kandidaat: minstens {threshold} van de deelnemende organisaties is gelijk (overlap), zelfde "
        "regime en niveau. Besparing in persoonsuren = gedeelde deelnemers × uren per maand van het minst "
        "drukke overleg: een bovengrens, geen vergadertijd.",
        "Candidate: at least {threshold} of the member organisations are the same (overlap), same regime "
        "and level. Saving in person-hours = shared members × hours per month of the less busy body: an "
        "upper bound, not meeting time.",
    ),
    "p_no_merge": (
        "Geen paar overleggen overlapt genoeg om samenvoegen voor te stellen.",
        "No pair of bodies overlaps enough to suggest a merge.",
    ),
    "t_nested": (
        "Overleggen waarvan alle deelnemers ook in het bovenliggende overleg zitten",
        "Bodies whose members all sit at the body they report to",
    ),
    "t_small": ("Overleggen met minder dan twee deelnemers", "Bodies with fewer than two members"),
    "t_chains": (
        "Rapportagelijnen van operationele tafels naar de top",
        "Reporting chains from operational tables to the top",
    ),
    "p_chains": (
        "De langste rapportagelijn loopt langs {depth}, van de tafel waar het werk gebeurt tot de top. "
        "Los (geen boven- of onderliggend overleg): {isolated}.",
        "The longest reporting chain runs through {depth}, from the table where the work is done to the "
        "top. Standing alone (no body above or below): {isolated}.",
    ),
    "p_no_bodies": ("Er zijn geen overleggen in het register.", "The register holds no bodies."),
    "p_no_memberships": (
        "Het register heeft geen deelnames aan overleggen: er is geen overlegbelasting te meten.",
        "The register holds no memberships of bodies: there is no meeting load to measure.",
    ),
    # connectors
    "t_connectors": ("Organisaties die domeinen verbinden", "Organisations that bridge domains"),
    "n_connectors": (
        "Bruggen tussen domeinen: het aantal paren partners uit verschillende domeinen die elkaar niet "
        "rechtstreeks treffen maar via deze organisatie verbonden zijn.",
        "Bridges between domains: the number of pairs of partners from different domains who do not meet "
        "directly but are linked through this organisation.",
    ),
    "t_person_connectors": ("Personen die domeinen verbinden", "Persons who bridge domains"),
    "t_without_connector": ("Organisaties zonder verbinder", "Organisations without a connector"),
    "t_hub": ("Is {name} de spil?", "Is {name} the hub?"),
    # governance
    "p_governance": (
        "Een vuistregel, geen meting: de centralisatie van het netwerk is {centralisation} (0 = iedereen even "
        "centraal, 1 = een ster) en de meest centrale organisatie is {hub}. Dat lijkt het meest op "
        "{mode}, een van drie vormen van sturing: gedeeld, door een leidende organisatie, of door een "
        "aparte netwerkorganisatie (zie de Begrippenlijst). Die indeling geeft zelf geen structurele "
        "kenmerken; deze lezing is die van partnernet.",
        "A rule of thumb, not a measurement: the network's centralisation is {centralisation} (0 = all "
        "equally central, 1 = a star) and the most central organisation is {hub}. That looks most like "
        "{mode}, one of three forms of steering: shared, by a lead organisation, or by a separate network "
        "organisation (see the Glossary). That typology gives no structural indicators itself; this "
        "reading is partnernet's.",
    ),
    "p_governance_no_hub": (
        "Een vuistregel, geen meting: de centralisatie van het netwerk is {centralisation} (0 = "
        "iedereen even centraal, 1 = een ster) en geen organisatie is duidelijk de meest centrale. "
        "Dat lijkt het meest op {mode} (zie de Begrippenlijst).",
        "A rule of thumb, not a measurement: the network's centralisation is {centralisation} (0 = "
        "all equally central, 1 = a star) and no single organisation is the most central. That "
        "looks most like {mode} (see the Glossary).",
    ),
    "p_governance_no_links": (
        "Het netwerk heeft geen verbindingen, dus er is geen vorm van regie uit af te lezen.",
        "The network has no links, so no form of steering can be read from it.",
    ),
    "mode_shared": ("gedeelde sturing", "shared governance"),
    "mode_lead_organisation": ("sturing door een leidende organisatie", "a lead organisation"),
    "mode_network_administrative_organisation": (
        "een netwerkorganisatie (NAO)",
        "a network administrative organisation",
    ),
    # turnover
    "t_turnover_bodies": ("Nieuwe deelnemers en zittingsduur per overleg", "New members and tenure per body"),
    "t_turnover_orgs": ("Zetels die van persoon wisselden", "Seats that changed hands"),
    "p_turnover": (
        "Peildatum {date}; 'nieuw' is begonnen in de twaalf maanden ervoor. Bij {n} overleggen is de "
        "mediane zittingsduur korter dan {years}.",
        "Reference date {date}; 'new' means started in the twelve months before. At {n} bodies the "
        "median tenure is below {years}.",
    ),
    "p_turnover_one": (
        "Peildatum {date}; 'nieuw' is begonnen in de twaalf maanden ervoor. Eén overleg heeft een "
        "mediane zittingsduur onder {years}.",
        "Reference date {date}; 'new' means started in the twelve months before. One body has a "
        "median tenure below {years}.",
    ),
}

from .._public import public_dir

__all__ = ["SECTIONS"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
