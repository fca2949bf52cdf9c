"""The report's workbook: per column its Excel number format and what it means, in Dutch and English.

One table, ``COLUMNS``: column -> (number format, Dutch, English). The
number format follows the column: whole numbers ``#,##0``, hours one
decimal, shares (0..1) as percentages, ratios with a times sign; Excel shows
each in the reader's own number style (``1.234,5`` in Dutch). The texts fill
the "Toelichting" ("Explanation") sheet, one row per column of every sheet.

>>> explain("load_ratio", "nl")
'Vergaderuren per maand gedeeld door de capaciteit: 2,0 betekent twee keer zoveel als beschikbaar.'
>>> number_format("meeting_hours_per_month")
'#,##0.0'
"""

from __future__ import annotations

WHOLE, HOURS, DECIMAL, MEASURE, SHARE, RATIO, Z = "#,##0", "#,##0.0", "#,##0.00", "0.000", "0%", '0.00"×"', "0.00"

#: column -> (Excel number format or None for text, Dutch explanation, English explanation)
COLUMNS: dict[str, tuple[str | None, str, str]] = {
    # ids and names
    "organisation": (
        None,
        "Id van de organisatie (zoals in organisations.csv).",
        "Id of the organisation (as in organisations.csv).",
    ),
    "body": (None, "Id van het overleg (zoals in bodies.csv).", "Id of the consultation body (as in bodies.csv)."),
    "person": (None, "Id van de persoon (zoals in persons.csv).", "Id of the person (as in persons.csv)."),
    "actor": (None, "Id van de organisatie of persoon.", "Id of the organisation or person."),
    "name": (None, "Naam zoals in het register.", "Name as in the register."),
    "domain": (
        None,
        "Domein van de organisatie (bestuur, veiligheid, zorg, ...).",
        "Domain of the organisation (administration, security, care, ...).",
    ),
    "kind": (
        None,
        "Soort overleg (strategisch, tactisch, operationeel, ...).",
        "Kind of body (strategic, tactical, operational, ...).",
    ),
    "level": (None, "Netwerk waarin gemeten: organisaties of personen.", "Network measured: organisations or persons."),
    # load
    "tables": (
        WHOLE,
        "Aantal overleggen waaraan de organisatie of persoon deelneemt.",
        "Number of bodies the organisation or person takes part in.",
    ),
    "seats": (
        WHOLE,
        "Aantal zetels aan die overleggen (een organisatie kan er meer hebben).",
        "Number of seats at those bodies (an organisation may have several).",
    ),
    "chairs": (WHOLE, "Aantal overleggen dat zij voorzit.", "Number of bodies it chairs."),
    "persons": (
        WHOLE,
        "Aantal personen (of hun namen) van de organisatie aan tafel.",
        "Number of persons (or their names) of the organisation at the tables.",
    ),
    "meeting_hours_per_month": (
        HOURS,
        "Uren per maand in overleg (vergaderingen per jaar × duur ÷ 12, × zetels).",
        "Hours per month in meetings (meetings per year × length ÷ 12, × seats).",
    ),
    "tables_with_unknown_hours": (
        WHOLE,
        "Overleggen zonder bekende frequentie of duur: de uren zijn dan een ondergrens.",
        "Bodies with unknown frequency or length: the hours are then a lower bound.",
    ),
    "capacity_hours": (
        WHOLE,
        "Uren per maand die de organisatie voor overleg beschikbaar heeft (opgave).",
        "Hours per month the organisation has for meetings (as reported).",
    ),
    "load_ratio": (
        RATIO,
        "Vergaderuren per maand gedeeld door de capaciteit: 2,0 betekent twee keer zoveel als beschikbaar.",
        "Meeting hours per month divided by capacity: 2.0 means twice what is available.",
    ),
    "overloaded": (
        None,
        "WAAR als de vergaderuren de capaciteit overschrijden.",
        "TRUE when meeting hours exceed capacity.",
    ),
    "non_decision_hours_share": (
        SHARE,
        "Deel van de vergaderuren in overleggen die niet besluiten (afstemming, informatie).",
        "Share of meeting hours at bodies that take no decisions (alignment, information).",
    ),
    # centrality
    "bodies": (
        WHOLE,
        "Aantal overleggen waaraan de organisatie deelneemt.",
        "Number of bodies the organisation takes part in.",
    ),
    "partners": (
        WHOLE,
        "Aantal andere organisaties waarmee zij aan minstens één tafel zit.",
        "Number of other organisations it shares at least one table with.",
    ),
    "weighted_degree": (
        WHOLE,
        "Som over de partners van het aantal gedeelde overleggen.",
        "Sum over its partners of the number of shared bodies.",
    ),
    "betweenness": (
        MEASURE,
        "Tussenpositie: deel van de kortste verbindingen tussen andere organisaties dat via deze loopt (0 tot "
        "1; Freeman 1977).",
        "Betweenness: share of shortest paths between other organisations that run through this one (0 to 1; "
        "Freeman 1977).",
    ),
    "harmonic_closeness": (
        MEASURE,
        "Nabijheid: gemiddelde van 1 / afstand tot alle anderen (0 tot 1).",
        "Closeness: mean of 1 / distance to every other (0 to 1).",
    ),
    "eigenvector": (
        MEASURE,
        "Eigenvectorcentraliteit: hoog bij partners die zelf centraal zijn.",
        "Eigenvector centrality: high with partners that are central themselves.",
    ),
    "pagerank": (
        MEASURE,
        "PageRank (som over alle organisaties is 1).",
        "PageRank (sums to 1 over all organisations).",
    ),
    "two_mode_betweenness": (
        MEASURE,
        "Tussenpositie in het netwerk van organisaties en overleggen samen.",
        "Betweenness in the network of organisations and bodies together.",
    ),
    # connectors
    "bridging": (
        WHOLE,
        "Brokerage tussen domeinen: aantal paren partners uit verschillende domeinen zonder eigen verbinding "
        "die via deze actor verbonden zijn (Gould & Fernandez 1989).",
        "Brokerage between domains: pairs of partners from different domains with no tie of their own that this"
        " actor links (Gould & Fernandez 1989).",
    ),
    "bridging_z": (
        Z,
        "z-score van die brokerage tegen een toevallig netwerk met even veel verbindingen; 1,96 of meer: een "
        "verbinder.",
        "z-score of that brokerage against a random network with as many links; 1.96 or more: a connector.",
    ),
    "coordinator": (
        WHOLE,
        "Paren binnen het eigen domein die de actor verbindt.",
        "Pairs within its own domain that the actor links.",
    ),
    "itinerant": (
        WHOLE,
        "Paren uit één ander domein die de actor verbindt.",
        "Pairs from one other domain that the actor links.",
    ),
    "boundary": (
        WHOLE,
        "Paren tussen het eigen en een ander domein die de actor verbindt.",
        "Pairs between its own and another domain that the actor links.",
    ),
    "liaison": (
        WHOLE,
        "Paren uit twee andere domeinen die de actor verbindt.",
        "Pairs from two other domains that the actor links.",
    ),
    "ei_index": (
        DECIMAL,
        "E-I-index: (banden buiten − binnen het eigen domein) ÷ alle banden; −1 alleen binnen, +1 alleen buiten"
        " (Krackhardt & Stern 1988).",
        "E-I index: (ties outside − inside its domain) ÷ all ties; −1 inside only, +1 outside only (Krackhardt "
        "& Stern 1988).",
    ),
    "participation": (
        DECIMAL,
        "Participatie: 0 als alle banden in één domein liggen, naar 1 bij gelijk verdeeld over veel domeinen "
        "(Guimerà & Amaral 2005).",
        "Participation: 0 when all ties are in one domain, towards 1 when spread evenly over many (Guimerà & "
        "Amaral 2005).",
    ),
    "connector": (
        None,
        "WAAR als de actor een verbinder is: brokerage tussen domeinen duidelijk boven toeval.",
        "TRUE when the actor is a connector: brokerage between domains clearly above chance.",
    ),
    # overlap of bodies
    "body_a": (None, "Id van het eerste overleg.", "Id of the first body."),
    "body_b": (None, "Id van het tweede overleg.", "Id of the second body."),
    "name_a": (None, "Naam van het eerste overleg.", "Name of the first body."),
    "name_b": (None, "Naam van het tweede overleg.", "Name of the second body."),
    "shared_members": (WHOLE, "Deelnemers die aan beide overleggen zitten.", "Members who sit at both bodies."),
    "union_members": (
        WHOLE,
        "Deelnemers van de twee overleggen samen (ieder één keer).",
        "Members of the two bodies together (each once).",
    ),
    "advice_finding": (
        None,
        "De bevinding in het kort (de volledige zin staat op het blad Bevindingen).",
        "The finding in short (the full sentence is on the Findings sheet).",
    ),
    "advice_action": (
        None,
        "Wat te doen, volgens de regel van de evaluatiestudie die erbij hoort (zie Bronnen in het rapport).",
        "What to do, following the rule of the evaluation study behind it (see Sources in the report).",
    ),
    "advice_owner": (
        None,
        "Wie de actie oppakt: de leiding van een organisatie, de stuurgroep, de voorzitter van een overleg.",
        "Who takes the action: an organisation's management, the steering group, the chair of a body.",
    ),
    "advice_urgency": (None, "Hoe dringend: hoog, middel of laag.", "How urgent: high, medium or low."),
    "jaccard": (
        SHARE,
        "Overlap: gedeelde deelnemers ÷ alle deelnemers van de twee (Jaccard).",
        "Overlap: shared members ÷ all members of the two (Jaccard).",
    ),
    "combined_meeting_hours_per_month": (
        HOURS,
        "Vergaderuren per maand van de twee overleggen samen.",
        "Meeting hours per month of the two bodies together.",
    ),
    "hours_saved_per_month": (
        HOURS,
        "Persoonsuren per maand die samenvoegen hoogstens bespaart (bovengrens).",
        "Person-hours per month a merger saves at most (upper bound).",
    ),
    "merge_candidate": (
        None,
        "WAAR als de overlap groot genoeg is om samenvoegen te overwegen.",
        "TRUE when the overlap is large enough to consider a merger.",
    ),
    # hierarchy
    "reports_to": (None, "Overleg waaraan dit overleg rapporteert.", "Body this body reports to."),
    "top_body": (None, "Hoogste overleg in de lijn.", "Highest body in the chain."),
    "depth": (WHOLE, "Aantal stappen tot het hoogste overleg.", "Steps up to the highest body."),
    "chain": (
        None,
        "De rapportagelijn van dit overleg tot het hoogste.",
        "The reporting chain from this body to the highest.",
    ),
    # covenants
    "covenant": (None, "Convenant van het overleg.", "Covenant of the body."),
    # domains
    "organisations": (WHOLE, "Aantal organisaties in het domein.", "Number of organisations in the domain."),
    "organisations_seated": (
        WHOLE,
        "Organisaties van het domein die op de peildatum aan minstens één overleg zitten.",
        "Organisations of the domain that sit at one body or more on the reference date.",
    ),
    "mean_tables": (DECIMAL, "Gemiddeld aantal overleggen per organisatie.", "Mean number of bodies per organisation."),
    "mean_partners": (
        DECIMAL,
        "Gemiddeld aantal partners per organisatie.",
        "Mean number of partners per organisation.",
    ),
    "mean_betweenness": (MEASURE, "Gemiddelde tussenpositie.", "Mean betweenness."),
    "occasional_share": (
        SHARE,
        "Deel van de deelnames dat incidenteel is (op afroep, per casus).",
        "Share of memberships that are occasional (on call, per case).",
    ),
    # single points of failure
    "network": (
        None,
        "In welk netwerk de rij gemeten is: dat van organisaties of dat van personen; stukken, los geraakt en "
        "versnippering zonder gelden voor dat netwerk.",
        "Which network the row is measured in: that of organisations or that of persons; pieces, cut off and "
        "fragmentation without apply to that network.",
    ),
    "pieces": (
        WHOLE,
        "Aantal stukken waarin het netwerk valt zonder deze actor.",
        "Number of pieces the network falls into without this actor.",
    ),
    "nodes_cut_off": (
        WHOLE,
        "Aantal organisaties of personen dat dan los raakt van de rest.",
        "Number of organisations or persons then cut off from the rest.",
    ),
    "fragmentation_without": (
        SHARE,
        "Deel van de paren dat elkaar zonder deze actor niet meer kan bereiken (Borgatti 2006).",
        "Share of pairs that can no longer reach each other without this actor (Borgatti 2006).",
    ),
    "link_to": (
        None,
        "Het overleg of domein waarmee de organisatie via deze personen verbonden is.",
        "The body or domain the organisation is linked to through these persons.",
    ),
    "bus_factor": (
        WHOLE,
        "Aantal personen dat die verbinding draagt: 1 betekent dat één vertrek haar verbreekt.",
        "Number of persons carrying that link: 1 means one departure breaks it.",
    ),
    # turnover
    "members_now": (WHOLE, "Deelnemers op de peildatum.", "Members on the reference date."),
    "new_members": (WHOLE, "Deelnemers die het afgelopen jaar zijn begonnen.", "Members who started in the past year."),
    "new_share": (
        SHARE,
        "Deel van de deelnemers dat het afgelopen jaar nieuw is.",
        "Share of members new in the past year.",
    ),
    "median_tenure_years": (
        HOURS,
        "Mediane zittingsduur van de deelnemers, in jaren.",
        "Median time the members have sat at the body, in years.",
    ),
    "core_continuity": (
        SHARE,
        "Deel van de kernleden van een jaar geleden dat nog deelneemt.",
        "Share of last year's core members who still take part.",
    ),
    "departures": (WHOLE, "Deelnemers die het afgelopen jaar zijn vertrokken.", "Members who left in the past year."),
    "short_tenure": (
        None,
        "WAAR als de mediane zittingsduur korter is dan de drempel.",
        "TRUE when the median tenure is below the threshold.",
    ),
    # the findings sheet
    "finding": (
        None,
        "Een bevinding uit het rapport, in één zin met haar getal.",
        "A finding of the report, in one sentence with its number.",
    ),
    "sheet": (
        None,
        "Het tabblad met de tabel achter de bevinding (klik om er heen te gaan).",
        "The sheet with the table behind the finding (click to go there).",
    ),
}

WORDS: dict[str, tuple[str, str]] = {
    "sheet_explanation": ("Toelichting", "Explanation"),
    "sheet_findings": ("Bevindingen", "Findings"),
    "col_sheet": ("Tabblad", "Sheet"),
    "col_column": ("Kolom", "Column"),
    "col_meaning": ("Betekenis", "Meaning"),
    "col_finding": ("Bevinding", "Finding"),
    "col_details": ("Details", "Details"),
    "author": ("partnernet {version}", "partnernet {version}"),
    "unexplained": ("(zie de kolomnaam)", "(see the column name)"),
}


def _index(lang: str) -> int:
    return 0 if lang == "nl" else 1


def explain(column: str, lang: str) -> str:
    """What ``column`` means, in ``lang``; the placeholder 'see the column name' for a column not in the table."""
    entry = COLUMNS.get(column)
    meaning = entry[1 + _index(lang)] if entry else None
    return meaning or WORDS["unexplained"][_index(lang)]


def number_format(column: str) -> str | None:
    """The Excel number format of ``column`` (None: text, or not in the table)."""
    entry = COLUMNS.get(column)
    return entry[0] if entry else None


def word(key: str, lang: str, **values) -> str:
    return WORDS[key][_index(lang)].format(**values)
