"""Every word of the report in Dutch and English.

Keys name what the text is for; values are ``(nl, en)`` templates with
``{placeholders}`` filled by :func:`Texts.__call__`. Numbers are formatted
before they are put in (:func:`.numbers.number`), so ``2,3`` stays Dutch.
"""

from __future__ import annotations

from . import Language
from .numbers import isolate

TEXTS: dict[str, tuple[str, str]] = {
    # document
    "title": ("Netwerkanalyse samenwerkingsverbanden", "Network analysis of partnerships"),
    "subtitle": (
        "{source} · peildatum {date} · {organisations}, {bodies}, {persons}",
        "{source} · reference date {date} · {organisations}, {bodies}, {persons}",
    ),
    # counted words: "n_x" for any number, "n_x_one" for exactly one (Texts.choose)
    "n_organisations": ("{n} organisaties", "{n} organisations"),
    "n_organisations_one": ("één organisatie", "one organisation"),
    "n_persons": ("{n} personen", "{n} persons"),
    "n_persons_one": ("één persoon", "one person"),
    "n_links": ("{n} verbindingen", "{n} links"),
    "n_links_one": ("één verbinding", "one link"),
    "n_parts": ("{n} delen", "{n} parts"),
    "n_parts_one": ("één deel", "one part"),
    "n_layers": ("{n} lagen", "{n} layers"),
    "n_layers_one": ("één laag", "one layer"),
    "findings": ("Belangrijkste bevindingen", "Key findings"),
    "all_dates": ("geen (alle rijen van het register)", "none (every row of the register)"),
    "contents": ("Inhoud", "Contents"),
    "show_rows": ("Toon alle {n} rijen", "Show all {n} rows"),
    "footer": (
        "Gemaakt met partnernet {version}. Cijfers zijn berekend uit het register van overleggen en "
        "deelnemers; ze beschrijven de structuur, niet de kwaliteit van de samenwerking. Er is bewust "
        "geen totaalscore: robuustheid, legitimiteit en doelgerichtheid staan naast elkaar.",
        "Made with partnernet {version}. Figures are computed from the register of bodies and members; "
        "they describe the structure, not the quality of the collaboration. There is deliberately no "
        "overall score: robustness, legitimacy and goal focus stand side by side.",
    ),
    # findings
    "f_none": ("Deze gegevens geven geen bevinding over het netwerk.", "These data give no finding about the network."),
    "f_none_gaps": ("De bijlage noemt wat er in het register ontbreekt.", "The appendix says what the register lacks."),
    "f_overload": (
        "{name} besteedt {hours} per maand aan {tables}, {ratio} de beschikbare capaciteit van {capacity}.",
        "{name} spends {hours} a month at {tables}, {ratio} its available capacity of {capacity}.",
    ),
    "f_overload_more": (
        "Nog {n} organisaties zitten boven hun capaciteit: {names}.",
        "{n} more organisations are above their capacity: {names}.",
    ),
    "f_overload_one_more": ("Ook {names} zit boven de eigen capaciteit.", "{names} is above its capacity too."),
    "f_no_overload": (
        "Geen organisatie zit boven haar opgegeven capaciteit; de hoogste belasting is {ratio} van de "
        "capaciteit ({name}).",
        "No organisation is above its stated capacity; the highest load is {ratio} of capacity ({name}).",
    ),
    "f_merge": (
        "{a} en {b} hebben {shared} van hun {union} gemeen; samenvoegen scheelt de deelnemers "
        "samen hooguit {saved} per maand (een bovengrens: alsof elke gedeelde deelnemer de "
        "vergaderingen van het kleinste overleg helemaal uitspaart; dat overleg zelf vergadert {meeting} "
        "per maand){more}.",
        "{a} and {b} share {shared} of their {union}; merging them would save the members together "
        "at most {saved} a month (an upper bound: as if every shared member saved all meetings "
        "of the smaller body; that body itself meets {meeting} a month){more}.",
    ),
    "f_merge_same": (
        "{a} en {b} hebben precies dezelfde deelnemers ({union}); samenvoegen scheelt de deelnemers "
        "samen hooguit {saved} per maand (een bovengrens: alsof elke gedeelde deelnemer de "
        "vergaderingen van het kleinste overleg helemaal uitspaart; dat overleg zelf vergadert {meeting} "
        "per maand){more}.",
        "{a} and {b} have exactly the same members ({union}); merging them would save the members "
        "together at most {saved} a month (an upper bound: as if every shared member saved "
        "all meetings of the smaller body; that body itself meets {meeting} a month){more}.",
    ),
    "f_merge_more": ("; {n} andere paren komen ook in aanmerking", "; {n} other pairs qualify too"),
    "f_merge_more_one": ("; nog één ander paar komt in aanmerking", "; one other pair qualifies too"),
    "f_cut_off": (
        "Als {person} wegvalt, raken {count} deelnemers los van de rest van het netwerk.",
        "If {person} leaves, {count} members lose their link to the rest of the network.",
    ),
    "f_cut_off_one": (
        "Als {person} wegvalt, raakt één deelnemer los van de rest van het netwerk.",
        "If {person} leaves, one member loses its link to the rest of the network.",
    ),
    "f_cut_off_names": (
        "Als {person} wegvalt, raken {names} los van de rest van het netwerk.",
        "If {person} leaves, {names} are cut off from the rest of the network.",
    ),
    "f_cut_off_names_one": (
        "Als {person} wegvalt, raakt {names} los van de rest van het netwerk.",
        "If {person} leaves, {names} is cut off from the rest of the network.",
    ),
    "person_of": ("{person} van {organisation}", "{person} of {organisation}"),
    "f_org_cut_off": (
        "Als {organisation} wegvalt, raken {count} organisaties los van de rest van het netwerk.",
        "If {organisation} leaves, {count} organisations lose their link to the rest of the network.",
    ),
    "f_org_cut_off_one": (
        "Als {organisation} wegvalt, raakt één organisatie los van de rest van het netwerk.",
        "If {organisation} leaves, one organisation loses its link to the rest of the network.",
    ),
    # one sentence of what, one of why it matters (the advice line follows)
    "f_key_players": (
        "Het netwerk van personen rust op {N} mensen: {names}. Vallen zij allebei weg, dan is {after} van "
        "de paren van de andere personen niet meer via een overleg met elkaar verbonden ({before_words}).",
        "The network of persons rests on {N} people: {names}. If both leave, {after} of the pairs of the "
        "other persons are no longer linked through any table ({before_words}).",
    ),
    "f_key_players_many": (
        "Het netwerk van personen rust op {N} mensen: {names}. Vallen zij alle {N} weg, dan is {after} van "
        "de paren van de andere personen niet meer via een overleg met elkaar verbonden ({before_words}).",
        "The network of persons rests on {N} people: {names}. If all {N} leave, {after} of the pairs of the "
        "other persons are no longer linked through any table ({before_words}).",
    ),
    "f_key_players_one": (
        "Het netwerk van personen rust op één persoon: {names}. Valt die weg, dan is {after} van de paren "
        "van de andere personen niet meer via een overleg met elkaar verbonden ({before_words}).",
        "The network of persons rests on one person: {names}. If they leave, {after} of the pairs of the "
        "other persons are no longer linked through any table ({before_words}).",
    ),
    "f_key_players_before": ("nu {before}", "now {before}"),
    "f_key_players_before_none": ("nu zijn ze dat allemaal", "now they all are"),
    "f_connectors": (
        "{n} van de {total} organisaties met personen aan tafel hebben geen verbinder: noch de organisatie "
        "zelf, noch een van haar personen slaat duidelijk vaker dan toeval een brug naar een ander domein: "
        "{names}.",
        "{n} of the {total} organisations with persons at the tables have no connector: neither the "
        "organisation itself nor any of its persons bridges to another domain clearly more often than chance: "
        "{names}.",
    ),
    "f_connectors_one": (
        "Eén van de {total} organisaties met personen aan tafel heeft geen verbinder: noch de organisatie "
        "zelf, noch een van haar personen slaat duidelijk vaker dan toeval een brug naar een ander domein: "
        "{names}.",
        "One of the {total} organisations with persons at the tables has no connector: neither the "
        "organisation itself nor any of its persons bridges to another domain clearly more often than chance: "
        "{names}.",
    ),
    "f_hub_not": (
        "{name} zit aan {tables} maar is niet de spil van het netwerk: het staat op plaats "
        "{rank} van {of} naar hoe vaak een organisatie de kortste verbinding tussen twee andere vormt; "
        "bovenaan staat {top}.",
        "{name} sits at {tables} but is not the hub of the network: it ranks {rank} of {of} by how "
        "often an organisation forms the shortest link between two others; {top} ranks first.",
    ),
    "f_hub_absent": (
        "{name} wordt als spil van het netwerk verwacht, maar {absent}; bovenaan staat {top}.",
        "{name} is expected to be the hub of the network, but {absent}; {top} ranks first.",
    ),
    "f_hub_no_link": (
        "heeft in deze gegevens geen enkele verbinding met een andere organisatie",
        "has no link to any other organisation in these data",
    ),
    "f_hub_no_table": (
        "zit aan geen enkel overleg en vormt nooit de kortste verbinding tussen twee andere organisaties",
        "sits at no table and never forms the shortest link between two other organisations",
    ),
    "f_hub_no_path": (
        "vormt nooit de kortste verbinding tussen twee andere organisaties",
        "never forms the shortest link between two other organisations",
    ),
    "f_hub_not_linked": (
        "{name} is niet de spil van het netwerk: het staat op plaats {rank} van {of} naar hoe vaak een "
        "organisatie de kortste verbinding tussen twee andere vormt; bovenaan staat {top}.",
        "{name} is not the hub of the network: it ranks {rank} of {of} by how often an organisation forms "
        "the shortest link between two others; {top} ranks first.",
    ),
    "f_hub_is": (
        "{name} is de spil van het netwerk: van de {of} organisaties vormt zij het vaakst de kortste "
        "verbinding tussen twee andere.",
        "{name} is the hub of the network: of {of} organisations, it most often forms the shortest link "
        "between two others.",
    ),
    "f_covenant": (
        "Aan {bodies} met een convenant nemen {n} organisaties deel die het convenant niet tekenden, zoals {names}.",
        "At {bodies} with a covenant, {n} organisations take part that did not sign it, such as {names}.",
    ),
    "f_covenant_one": (
        "Aan {bodies} met een convenant neemt een organisatie deel die het convenant niet tekende: {names}.",
        "At {bodies} with a covenant, one organisation takes part that did not sign it: {names}.",
    ),
    "n_bodies": ("{n} overleggen", "{n} bodies"),
    "n_bodies_one": ("één overleg", "one body"),
    "f_periphery": (
        "Zorg-, onderwijs- en sociale partners zitten gemiddeld aan {focus} overleggen, tegen {others} "
        "voor de andere organisaties.",
        "Care, education and social partners sit at {focus} tables on average, against {others} for "
        "the other organisations.",
    ),
    "f_chain": (
        "Een casus van {table} gaat langs {between} voordat hij bij {top} komt, {layers} hoger.",
        "A case from {table} passes {between} before it reaches {top}, {layers} up.",
    ),
    "f_turnover": (
        "Aan {body} zijn {n} van de {members} het afgelopen jaar nieuw.",
        "At {body}, {n} of the {members} joined in the past year.",
    ),
    "f_turnover_one": (
        "Aan {body} is één van de {members} het afgelopen jaar nieuw.",
        "At {body}, one of the {members} joined in the past year.",
    ),
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
        "{F} van de organisatieparen kan elkaar niet bereiken; tellen we ook de omwegen mee, dan is het "
        "netwerk voor {DF} versnipperd (0% = iedereen direct verbonden; zie de Begrippenlijst).",
        "The network of organisations ({linked}) has {nodes} and {links} in {components}; the "
        "largest holds {largest}. "
        "{F} of the pairs of organisations cannot reach each other; counting detours too, the network "
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
        "{n} gerichte relaties tellen voor fragmentatie in beide richtingen; tussenpositie en brokerage "
        "volgen hun richting.",
        "{n} directed ties count both ways for fragmentation; betweenness and brokerage follow their direction.",
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
        "{n} paren organisaties zijn alleen via één persoon met elkaar verbonden; {top} draagt er {count} van.",
        "{n} pairs of organisations are linked only through one person; {top} carries {count} of them.",
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
        "Naar buiten gericht: −1 = alleen contacten binnen het eigen domein, +1 = alleen erbuiten; verwacht bij "
        "toeval: de waarde als iedereen willekeurig contact had (zie de Begrippenlijst).",
        "Outward: −1 = ties only inside the own domain, +1 = only outside it; expected by chance: the value if "
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
    "mode_lead organisation": ("sturing door een leidende organisatie", "a lead organisation"),
    "mode_network administrative organisation": (
        "een netwerkorganisatie (NAO)",
        "a network administrative organisation",
    ),
    # turnover
    "t_turnover_bodies": ("Nieuwe deelnemers en zittingsduur per overleg", "New members and tenure per body"),
    "t_turnover_orgs": ("Zetels die van persoon wisselden", "Seats that changed hands"),
    "p_turnover": (
        "Peildatum {date}; 'nieuw' is begonnen in de twaalf maanden ervoor. {n} overleggen hebben een "
        "mediane zittingsduur onder {years}.",
        "Reference date {date}; 'new' means started in the twelve months before. {n} bodies have a "
        "median tenure below {years}.",
    ),
    "p_turnover_one": (
        "Peildatum {date}; 'nieuw' is begonnen in de twaalf maanden ervoor. Eén overleg heeft een "
        "mediane zittingsduur onder {years}.",
        "Reference date {date}; 'new' means started in the twelve months before. One body has a "
        "median tenure below {years}.",
    ),
    # map and appendix
    "p_map": (
        "De interactieve kaart van het netwerk staat in het bestand {file} (werkt zonder internet).",
        "The interactive map of the network is in the file {file} (works without internet).",
    ),
    "p_map_no_persons": (
        "Personen staan niet op de kaart: het zijn er te veel om leesbaar te tonen. Ze staan wel in de tabellen.",
        "Persons are not on the map: there are too many to show readably. They are in the tables.",
    ),
    "n_rows_cut": (
        "De eerste {shown} van {n} rijen; de Excel-werkmap bij dit rapport bevat alle rijen.",
        "The first {shown} of {n} rows; the Excel workbook of this report holds every row.",
    ),
    "n_rows_cut_print": (
        "De eerste {shown} van {n} rijen; de digitale versie (HTML) en de Excel-werkmap bevatten alle rijen.",
        "The first {shown} of {n} rows; the digital version (HTML) and the Excel workbook hold every row.",
    ),
    "p_data": (
        "Bron: {source}. Peildatum: {date}. Elke tabel van dit rapport staat ook als eigen blad in de Excel-werkmap.",
        "Source: {source}. Reference date: {date}. Every table of this report is also a sheet of its own "
        "in the Excel workbook.",
    ),
    "p_how_to_run": (
        "Zo maakt u de versies van dit rapport: partnernet report <map> -o rapport.html (digitaal, met de "
        "kaart), -o rapport.xlsx of --format xlsx (de Excel-werkmap), -o rapport.pdf (afdrukbaar; met --full "
        "alle rijen van elke tabel), --names (personen bij naam) en --lang en (Engels).",
        "How to make the versions of this report: partnernet report <folder> -o report.html (digital, with the "
        "map), -o report.xlsx or --format xlsx (the Excel workbook), -o report.pdf (printable; with --full "
        "every row of every table), --names (persons by name) and --lang en (Dutch: --lang nl).",
    ),
    "t_data_gaps": ("Gaten in de gegevens", "Gaps in the data"),
    "p_gap_no_persons": (
        "Het register bevat geen personen: verbindingen via personen, verbinders en sleutelpersonen "
        "zijn niet te beoordelen.",
        "The register holds no persons: links through persons, connectors and key persons cannot be assessed.",
    ),
    "p_gap_orgs_without_persons": (
        "{n} organisaties aan tafel hebben geen personen in het register, dus of ze een "
        "verbinder hebben is onbekend: {names}.",
        "{n} organisations at the tables have no persons in the register, so whether "
        "they have a connector is unknown: {names}.",
    ),
    "p_gap_orgs_without_persons_one": (
        "Eén organisatie aan tafel heeft geen personen in het register, dus of ze een "
        "verbinder heeft is onbekend: {names}.",
        "One organisation at the tables has no persons in the register, so whether "
        "it has a connector is unknown: {names}.",
    ),
    "p_gap_orgs_persons_unseated": (
        "{n} organisaties zitten alleen als organisatie aan tafel: hun personen in het "
        "register zitten aan geen tafel, dus of ze een verbinder hebben is onbekend: "
        "{names}.",
        "{n} organisations sit at the tables only as organisations: their persons in the "
        "register sit at no table, so whether they have a connector is unknown: {names}.",
    ),
    "p_gap_orgs_persons_unseated_one": (
        "Eén organisatie zit alleen als organisatie aan tafel: haar personen in het "
        "register zitten aan geen tafel, dus of ze een verbinder heeft is onbekend: "
        "{names}.",
        "One organisation sits at the tables only as an organisation: its persons in "
        "the register sit at no table, so whether it has a connector is unknown: "
        "{names}.",
    ),
    "p_gap_hours": (
        "Van {n} overleggen zijn de uren onbekend (vergaderingen per jaar of uren per vergadering); ze "
        "tellen niet mee in de belasting.",
        "For {n} bodies the hours are unknown (meetings per year or hours per meeting); they do not count in the load.",
    ),
    "p_gap_hours_one": (
        "Van één overleg zijn de uren onbekend (vergaderingen per jaar of uren per vergadering); het "
        "telt niet mee in de belasting.",
        "For one body the hours are unknown (meetings per year or hours per meeting); it does not count in the load.",
    ),
    "p_gap_no_domains": (
        "Geen organisatie heeft een domein: verbinders tussen domeinen en de E-I-index zeggen daarom niets.",
        "No organisation has a domain: connectors between domains and the E-I index say nothing here.",
    ),
    "p_blank_domains": (
        "{n} organisaties hebben in het register geen domein en tellen daarom niet mee in de tabellen per "
        "domein: {names}. Een ontbrekend domein is een gat in de gegevens, geen domein van zichzelf.",
        "{n} organisations have no domain in the register and so do not count in the tables per domain: "
        "{names}. A missing domain is a gap in the data, not a domain of its own.",
    ),
    "p_blank_domains_one": (
        "Eén organisatie heeft in het register geen domein en telt daarom niet mee in de tabellen per "
        "domein: {names}. Een ontbrekend domein is een gat in de gegevens, geen domein van zichzelf.",
        "One organisation has no domain in the register and so does not count in the tables per domain: "
        "{names}. A missing domain is a gap in the data, not a domain of its own.",
    ),
    "new_body": ("nieuw overleg", "new body"),
    "n_new_body": (
        "Een nieuw overleg is in de twaalf maanden voor de peildatum begonnen: al zijn deelnemers zijn nieuw, "
        "dat zegt niets over verloop.",
        "A new body started in the twelve months before the reference date: all its members are new, which "
        "says nothing about turnover.",
    ),
    "p_no_warnings": ("Het inlezen gaf geen waarschuwingen.", "Reading the data gave no warnings."),
    "p_pseudonymised": (
        "Personen staan in dit rapport alleen als pseudoniem (P-…); hun namen, functies en "
        "kolommen met vrije tekst zijn weggelaten (zie de waarschuwingen). Gepseudonimiseerde "
        "gegevens blijven persoonsgegevens (AVG).",
        "Persons appear in this report only as pseudonyms (P-…); their names, functions and "
        "free-text columns are left out (see the warnings). Pseudonymised data is still "
        "personal data (GDPR).",
    ),
    "t_all_centrality": ("Centraliteit van alle organisaties", "Centrality of all organisations"),
    "t_all_overload": ("Belasting van alle organisaties", "Load of all organisations"),
    "t_all_persons": ("Belasting van personen", "Load of persons"),
    "t_all_pairs": ("Alle paren overleggen met gedeelde deelnemers", "All pairs of bodies with shared members"),
    "t_all_bodies": ("Alle overleggen in de hiërarchie", "All bodies in the hierarchy"),
    "t_all_connectors": ("Brokerage van alle organisaties", "Brokerage of all organisations"),
    "t_all_person_connectors": ("Brokerage van personen", "Brokerage of persons"),
    "t_all_covenants": ("Alle deelnemers buiten een convenant", "All members outside a covenant"),
    "t_all_domains": ("Positie per domein", "Position per domain"),
    "t_all_articulation": ("Kwetsbare schakels", "Single points of failure"),
    "t_all_bus_factor": ("Busfactor per organisatie en domein", "Bus factor per organisation and domain"),
    "t_all_turnover": ("Verloop per overleg", "Turnover per body"),
    "sheet_overload": ("Belasting", "Load"),
    "sheet_centrality": ("Centraliteit", "Centrality"),
    "sheet_connectors": ("Verbinders", "Connectors"),
    "sheet_pairs": ("Overlap", "Overlap"),
    "sheet_bodies": ("Hiërarchie", "Hierarchy"),
    "sheet_covenants": ("Convenanten", "Covenants"),
    "sheet_domains": ("Domeinen", "Domains"),
    "sheet_articulation": ("Kwetsbare schakels", "Single points of failure"),
    "sheet_bus_factor": ("Busfactor", "Bus factor"),
    "sheet_persons": ("Personen", "Persons"),
    "sheet_person_connectors": ("Verbinders (personen)", "Connectors (persons)"),
    "sheet_turnover": ("Verloop", "Turnover"),
    "t_counts": ("Aantallen", "Counts"),
    "sheet_actions": ("Acties voor de stuurgroep", "Actions for the steering group"),
    "sheet_key_players": ("Sleutelspelers", "Key players"),
    "sheet_covenant_bodies": ("Convenantdekking", "Covenant coverage"),
    "sheet_covenant_ties": ("Informatiestromen", "Information flows"),
    "sheet_ei": ("Binnen en buiten domein", "Inside and outside domain"),
    "sheet_nested": ("Geneste overleggen", "Nested bodies"),
    "sheet_small": ("Kleine overleggen", "Small bodies"),
    "sheet_without_connector": ("Zonder verbinder", "Without connector"),
    "sheet_hub": ("Spil", "Hub"),
    "sheet_turnover_orgs": ("Zetels", "Seats"),
    "sheet_glossary": ("Begrippen", "Glossary"),
    "sheet_counts": ("Aantallen", "Counts"),
    # words
    "unknown": ("onbekend", "unknown"),
    "capacity": ("capaciteit", "capacity"),
    "hours_per_month": ("uur overleg per maand", "meeting hours per month"),
    "targeted": ("meest centrale eerst", "most central first"),
    "random": ("willekeurig (gemiddelde)", "random (mean)"),
    "removed": ("aantal weggevallen organisaties", "number of organisations removed"),
    "fragmentation": ("aandeel paren onbereikbaar", "share of pairs unreachable"),
    # issue 15 part B: connectors above chance, the network picture, print and PDF
    "n_connectors_threshold": (
        "Verbinder: een organisatie of persoon die duidelijk meer paren verbindt dan toeval "
        "zou geven in een netwerk met even veel verbindingen ('boven verwachting' ten minste {z}: "
        "zo hoog komt toeval minder dan 1 op de 40 keer uit; zie de Begrippenlijst).",
        "Connector: an organisation or person that links clearly more pairs than chance "
        "would in a network with as many links ('above chance' at least {z}: chance comes out "
        "that high less than 1 in 40 times; see the Glossary).",
    ),
    "s_overview": ("Het netwerk in één beeld", "The network at a glance"),
    "s_overview_intro": (
        "Elke stip is een organisatie, gekleurd naar domein en groter naarmate ze meer partners heeft; "
        "een lijn betekent dat twee organisaties {line}.",
        "Each dot is an organisation, coloured by domain and larger the more partners it has; a line "
        "means two organisations {line}.",
    ),
    # what a line of the overview means, per network (Fragmentation summary's ``network``)
    "overview_line_tables": ("samen aan minstens één overleg zitten", "sit together at one table or more"),
    "overview_line_ties": ("een directe relatie hebben", "have a direct tie"),
    "overview_line_tables+ties": (
        "samen aan minstens één overleg zitten of een directe relatie hebben",
        "sit together at one table or more, or have a direct tie",
    ),
    "overview_title": (
        "Organisaties en {what}. Rood omcirkeld: kwetsbare schakels; zwart omcirkeld: "
        "verbinders (z ten minste {z}); rode lijn: een verbinding die niet gemist kan worden.",
        "Organisations and {what}. Red ring: single points of failure; black ring: connectors "
        "(z at least {z}); red line: a link that cannot be missed.",
    ),
    "overview_what_tables": ("hun overleggen", "their tables"),
    "overview_what_ties": ("hun relaties", "their ties"),
    "overview_what_tables+ties": ("hun overleggen en relaties", "their tables and ties"),
    "overview_shown": (
        "Getekend: {shown} van de {n} organisaties met een partner (die met de meeste partners en alle gemarkeerde).",
        "Drawn: {shown} of the {n} organisations with a partner (those with most partners and every marked one).",
    ),
    "overview_alt": (
        "Netwerkplaat van de organisaties, gekleurd naar domein, met kwetsbare schakels en verbinders gemarkeerd.",
        "Network picture of the organisations, coloured by domain, with single points "
        "of failure and connectors marked.",
    ),
    "overview_articulation": ("kwetsbare schakel", "single point of failure"),
    "overview_connector": ("verbinder", "connector"),
    "overview_bridge": ("onmisbare verbinding", "link that cannot be missed"),
    "overview_link": ("samen aan tafel", "at a table together"),
    "overview_domains": ("Domein", "Domain"),
    "overview_marked": ("Gemarkeerd", "Marked"),
    "map_link": ("Open de interactieve kaart ({file})", "Open the interactive map ({file})"),
}


#: Column words of the main text where the analysis' label is an index name: the reader's words; the
#: appendix, its sheets and the glossary keep the index names (language/labels.py).
PLAIN_COLUMNS: dict[str, tuple[str, str]] = {
    "bridging": ("bruggen tussen domeinen", "bridges between domains"),
    "bridging_z": ("boven verwachting", "above chance"),
    "participation": ("spreiding over domeinen", "spread over domains"),
    "ei_index": ("naar buiten gericht", "outward"),
    "expected_ei_index": ("verwacht bij toeval", "expected by chance"),
    "mean_tables": ("gemiddeld aantal overleggen", "mean number of tables"),
    "mean_partners": ("gemiddeld aantal partners", "mean number of partners"),
    "mean_betweenness": ("gemiddelde tussenpositie", "mean in-between position"),
}


class Texts(Language):
    """The report's words in one language: ``texts("f_overload", name=...)``; labels and formatters
    are the :class:`~partnernet.language.Language`'s."""

    def __init__(self, lang: str, *, names: bool = False):
        super().__init__(lang)
        #: Persons by name (``--names``) instead of by function and organisation.
        self.names = names

    def __call__(self, key: str, **values) -> str:
        """The text ``key`` with ``values`` filled in, each bidi-isolated (:func:`isolate`)."""
        return TEXTS[key][self._index].format(**{k: isolate(v) for k, v in values.items()})

    def choose(self, key: str, n: int, **values) -> str:
        """``key`` for a plural ``n``, ``key_one`` (when there is one) for exactly one."""
        if int(n) == 1 and f"{key}_one" in TEXTS:
            key = f"{key}_one"
        return self(key, n=self.integer(n), **values)

    def raw(self, key: str) -> str:
        """The template itself, for placeholders a renderer fills (``{n}`` rows)."""
        return TEXTS[key][self._index]

    def column(self, name: str, plain: bool = False) -> str:
        """The label of column ``name``; ``plain``: the reader's word for the main text (:data:`PLAIN_COLUMNS`)."""
        if plain and name in PLAIN_COLUMNS:
            return PLAIN_COLUMNS[name][self._index]
        return self.label(name)

    def listing(self, items, limit: int = 5) -> str:
        return super().listing(items, limit)

    def counted(self, n, word: str) -> str:
        """'1 overleg', '9 overleggen' / '1 table', '9 tables', '1 hour', '46.7 hours': ``word`` a key of
        :data:`.numbers.NOUNS` (:func:`.numbers.counted`, the one count-and-noun helper)."""
        from .numbers import counted

        return counted(n, word, self.lang)

    def count(self, n: int) -> str:
        """Small counts as words at the start of a sentence ('Twee personen'), larger ones as digits."""
        words = (
            ("geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
            ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        )
        n = int(n)
        return words[self._index][n] if 0 <= n <= 10 else self.integer(n)

    def count_first(self, n: int) -> str:
        """:meth:`count` at the start of a sentence: 'Twee', 'Eén' (not 'Één'), 'Three'."""
        word = self.count(n)
        return "Eén" if word == "één" else word[:1].upper() + word[1:]

    def ordinal(self, n: int) -> str:
        if self.lang == "nl":
            return f"{n}"
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
