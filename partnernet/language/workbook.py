"""The report's workbook: per column what it means, in Dutch and English, and its Excel number format.

``COLUMNS``: column -> (Dutch, English) fills the "Toelichting"
("Explanation") sheet, one row per column of every sheet. The number format
is not a second table: it is the report's own display format of the column
(:data:`.labels.COLUMN_FORMATS`) written as an Excel format
(:data:`EXCEL_FORMATS`), so a cell shows as many decimals in the workbook as
in the report (whole numbers ``#,##0``, hours one decimal, shares as
percentages); Excel shows each in the reader's own number style (``1.234,5``
in Dutch). A column without a display format is formatted per cell as the
report does: whole values whole, others two decimals.

>>> explain("load_ratio", "nl")
'Belasting: vergaderuren per maand gedeeld door de capaciteit; 2,0 betekent twee keer zoveel als beschikbaar.'
>>> number_format("meeting_hours_per_month"), number_format("capacity_hours"), number_format("name")
('#,##0.0', '#,##0.0', None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from .labels import COLUMN_FORMATS

if TYPE_CHECKING:
    from typing import Any

WHOLE, ONE_DECIMAL, DECIMAL, MEASURE, SHARE = "#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "0%"
#: The report's display formats (:data:`.labels.COLUMN_FORMATS`, :func:`.numbers.cell`) as Excel number
#: formats; "mixed" (whole values whole, others three decimals) is chosen per cell by :func:`cell_format`.
EXCEL_FORMATS = {
    "int": WHOLE,
    "hours": ONE_DECIMAL,
    "percent": SHARE,
    "date": "yyyy-mm-dd",
    **{str(d): "#,##0" + ("." + "0" * d if d else "") for d in range(10)},
}

#: column -> (Dutch explanation, English explanation)
COLUMNS: dict[str, tuple[str, str]] = {
    # ids and names
    "organisation": (
        "Id van de organisatie (zoals in organisations.csv).",
        "Id of the organisation (as in organisations.csv).",
    ),
    "body": ("Id van het overleg (zoals in bodies.csv).", "Id of the consultation body (as in bodies.csv)."),
    "person": ("Id van de persoon (zoals in persons.csv).", "Id of the person (as in persons.csv)."),
    "actor": ("Id van de organisatie of persoon.", "Id of the organisation or person."),
    "name": ("Naam zoals in het register.", "Name as in the register."),
    "domain": (
        "Domein van de organisatie (bestuur, veiligheid, zorg, ...).",
        "Domain of the organisation (administration, security, care, ...).",
    ),
    "kind": (
        "Soort overleg (strategisch, tactisch, operationeel, ...).",
        "Kind of body (strategic, tactical, operational, ...).",
    ),
    "level": ("Netwerk waarin gemeten: organisaties of personen.", "Network measured: organisations or persons."),
    # load
    "bodies": (
        "Aantal overleggen waaraan de organisatie of persoon deelneemt.",
        "Number of bodies the organisation or person takes part in.",
    ),
    "seats": (
        "Aantal zetels aan die overleggen (een organisatie kan er meer hebben).",
        "Number of seats at those bodies (an organisation may have several).",
    ),
    "chairs": ("Aantal overleggen dat zij voorzit.", "Number of bodies it chairs."),
    "persons": (
        "Aantal personen (of hun namen) van de organisatie aan tafel.",
        "Number of persons (or their names) of the organisation at the tables.",
    ),
    "meeting_hours_per_month": (
        "Vergaderuren per maand: uren in overleg (vergaderingen per jaar × duur ÷ 12, × zetels).",
        "Meeting hours per month: hours in meetings (meetings per year × length ÷ 12, × seats).",
    ),
    "bodies_with_unknown_hours": (
        "Overleggen zonder bekende frequentie of duur: de uren zijn dan een ondergrens.",
        "Bodies with unknown frequency or length: the hours are then a lower bound.",
    ),
    "capacity_hours": (
        "Uren per maand die de organisatie voor overleg beschikbaar heeft (opgave).",
        "Hours per month the organisation has for meetings (as reported).",
    ),
    "load_ratio": (
        "Belasting: vergaderuren per maand gedeeld door de capaciteit; 2,0 betekent twee keer zoveel als beschikbaar.",
        "Load: meeting hours per month divided by capacity; 2.0 means twice what is available.",
    ),
    "overloaded": (
        "Ja als de vergaderuren de capaciteit overschrijden.",
        "Yes when meeting hours exceed capacity.",
    ),
    "non_decision_hours_share": (
        "Deel van de vergaderuren in overleggen die niet besluiten (afstemming, informatie).",
        "Share of meeting hours at bodies that take no decisions (alignment, information).",
    ),
    # centrality ("bodies": see load)
    "partners": (
        "Aantal andere organisaties waarmee zij aan minstens één tafel zit.",
        "Number of other organisations it shares at least one table with.",
    ),
    "weighted_degree": (
        "Som over de partners van het aantal gedeelde overleggen.",
        "Sum over its partners of the number of shared bodies.",
    ),
    "betweenness": (
        "Tussenpositie: deel van de kortste verbindingen tussen andere organisaties dat via deze loopt (0 tot "
        "1; Freeman 1977).",
        "Betweenness: share of shortest paths between other organisations that run through this one (0 to 1; "
        "Freeman 1977).",
    ),
    "harmonic_closeness": (
        "Nabijheid: gemiddelde van 1 / afstand tot alle anderen (0 tot 1).",
        "Closeness: mean of 1 / distance to every other (0 to 1).",
    ),
    "eigenvector": (
        "Eigenvectorcentraliteit: hoog bij partners die zelf centraal zijn.",
        "Eigenvector centrality: high with partners that are central themselves.",
    ),
    "pagerank": (
        "PageRank (som over alle organisaties is 1).",
        "PageRank (sums to 1 over all organisations).",
    ),
    "two_mode_betweenness": (
        "Tussenpositie in het netwerk van organisaties en overleggen samen.",
        "Betweenness in the network of organisations and bodies together.",
    ),
    # connectors
    "bridging": (
        "Brokerage tussen domeinen: aantal paren partners uit verschillende domeinen zonder eigen verbinding "
        "die via deze actor verbonden zijn (Gould & Fernandez 1989).",
        "Brokerage between domains: pairs of partners from different domains with no tie of their own that this"
        " actor links (Gould & Fernandez 1989).",
    ),
    "bridging_z": (
        "z-score van die brokerage tegen een toevallig netwerk met even veel verbindingen; 1,96 of meer: een "
        "verbinder.",
        "z-score of that brokerage against a random network with as many links; 1.96 or more: a connector.",
    ),
    "coordinator": (
        "Paren binnen het eigen domein die de actor verbindt.",
        "Pairs within its own domain that the actor links.",
    ),
    "itinerant": (
        "Paren uit één ander domein die de actor verbindt.",
        "Pairs from one other domain that the actor links.",
    ),
    "boundary": (
        "Paren tussen het eigen en een ander domein die de actor verbindt.",
        "Pairs between its own and another domain that the actor links.",
    ),
    "liaison": (
        "Paren uit twee andere domeinen die de actor verbindt.",
        "Pairs from two other domains that the actor links.",
    ),
    "ei_index": (
        "E-I-index: (banden buiten − binnen het eigen domein) ÷ alle banden; −1 alleen binnen, +1 alleen buiten"
        " (Krackhardt & Stern 1988).",
        "E-I index: (ties outside − inside its domain) ÷ all ties; −1 inside only, +1 outside only (Krackhardt "
        "& Stern 1988).",
    ),
    "participation": (
        "Participatie: 0 als alle banden in één domein liggen, naar 1 bij gelijk verdeeld over veel domeinen "
        "(Guimerà & Amaral 2005).",
        "Participation: 0 when all ties are in one domain, towards 1 when spread evenly over many (Guimerà & "
        "Amaral 2005).",
    ),
    "connector": (
        "Ja als de actor een verbinder is: brokerage tussen domeinen duidelijk boven toeval.",
        "Yes when the actor is a connector: brokerage between domains clearly above chance.",
    ),
    # overlap of bodies
    "body_a": ("Id van het eerste overleg.", "Id of the first body."),
    "body_b": ("Id van het tweede overleg.", "Id of the second body."),
    "name_a": ("Naam van het eerste overleg.", "Name of the first body."),
    "name_b": ("Naam van het tweede overleg.", "Name of the second body."),
    "shared_members": ("Deelnemers die aan beide overleggen zitten.", "Members who sit at both bodies."),
    "union_members": (
        "Deelnemers van de twee overleggen samen (ieder één keer).",
        "Members of the two bodies together (each once).",
    ),
    "advice_finding": (
        "De bevinding in het kort (de volledige zin staat op het blad Bevindingen).",
        "The finding in short (the full sentence is on the Findings sheet).",
    ),
    "advice_action": (
        "Wat te doen, volgens de regel van de evaluatiestudie die erbij hoort (zie Bronnen in het rapport).",
        "What to do, following the rule of the evaluation study behind it (see Sources in the report).",
    ),
    "advice_owner": (
        "Wie de actie oppakt: de leiding van een organisatie, de stuurgroep, de voorzitter van een overleg.",
        "Who takes the action: an organisation's management, the steering group, the chair of a body.",
    ),
    "advice_urgency": ("Hoe dringend: hoog, middel of laag.", "How urgent: high, medium or low."),
    "jaccard": (
        "Overlap: gedeelde deelnemers ÷ alle deelnemers van de twee (Jaccard).",
        "Overlap: shared members ÷ all members of the two (Jaccard).",
    ),
    "combined_meeting_hours_per_month": (
        "Vergaderuren per maand van de twee overleggen samen.",
        "Meeting hours per month of the two bodies together.",
    ),
    "hours_saved_per_month": (
        "Persoonsuren per maand die samenvoegen hoogstens bespaart (bovengrens).",
        "Person-hours per month a merger saves at most (upper bound).",
    ),
    "merge_candidate": (
        "Ja als de overlap groot genoeg is om samenvoegen te overwegen.",
        "Yes when the overlap is large enough to consider a merger.",
    ),
    # hierarchy
    "reports_to": ("Overleg waaraan dit overleg rapporteert.", "Body this body reports to."),
    "top_body": ("Hoogste overleg in de lijn.", "Highest body in the chain."),
    "depth": ("Aantal stappen tot het hoogste overleg.", "Steps up to the highest body."),
    "chain": (
        "De rapportagelijn van dit overleg tot het hoogste.",
        "The reporting chain from this body to the highest.",
    ),
    # covenants
    "covenant": ("Convenant van het overleg.", "Covenant of the body."),
    # domains
    "organisations": ("Aantal organisaties in het domein.", "Number of organisations in the domain."),
    "organisations_seated": (
        "Organisaties van het domein die op de peildatum aan minstens één overleg zitten.",
        "Organisations of the domain that sit at one body or more on the reference date.",
    ),
    "mean_bodies": ("Gemiddeld aantal overleggen per organisatie.", "Mean number of bodies per organisation."),
    "mean_partners": (
        "Gemiddeld aantal partners per organisatie.",
        "Mean number of partners per organisation.",
    ),
    "mean_betweenness": ("Gemiddelde tussenpositie.", "Mean betweenness."),
    "occasional_share": (
        "Deel van de deelnames dat incidenteel is (op afroep, per casus).",
        "Share of memberships that are occasional (on call, per case).",
    ),
    # single points of failure
    "network": (
        "In welk netwerk de rij gemeten is: dat van organisaties of dat van personen; stukken, los geraakt en "
        "paren onbereikbaar zonder gelden voor dat netwerk.",
        "Which network the row is measured in: that of organisations or that of persons; pieces, cut off and "
        "pairs cut off without apply to that network.",
    ),
    "pieces": (
        "Aantal stukken waarin het netwerk valt zonder deze actor.",
        "Number of pieces the network falls into without this actor.",
    ),
    "nodes_cut_off": (
        "Aantal organisaties of personen dat dan los raakt van de rest.",
        "Number of organisations or persons then cut off from the rest.",
    ),
    "fragmentation_without": (
        "Deel van de paren dat elkaar zonder deze actor niet meer kan bereiken (fragmentatie F; Borgatti 2006).",
        "Share of pairs that can no longer reach each other without this actor (fragmentation F; Borgatti 2006).",
    ),
    "score_without": (
        "Versnippering met omwegen van het netwerk zonder deze organisatie: 1 min het gemiddelde van 1/afstand "
        "over alle paren, een omweg telt dus mee (afstandsgewogen fragmentatie DF; Borgatti 2006). Een andere maat "
        "dan 'paren onbereikbaar zonder'.",
        "Fragmentation with detours of the network without this organisation: 1 minus the mean of 1/distance over "
        "all pairs, so a detour counts (distance-weighted fragmentation DF; Borgatti 2006). Another measure than "
        "'pairs cut off without'.",
    ),
    "rank": (
        "Plaats in de rangorde (1 = hoogst).",
        "Place in the ranking (1 = highest).",
    ),
    "key_player": (
        "Ja als de organisatie tot de kleine groep sleutelspelers behoort wier gezamenlijk vertrek de "
        "versnippering het meest verhoogt.",
        "Yes when the organisation is one of the small group of key players whose joint departure raises "
        "fragmentation most.",
    ),
    "link_to": (
        "Het overleg of domein waarmee de organisatie via deze personen verbonden is.",
        "The body or domain the organisation is linked to through these persons.",
    ),
    "bus_factor": (
        "Aantal personen dat die verbinding draagt: 1 betekent dat één vertrek haar verbreekt.",
        "Number of persons carrying that link: 1 means one departure breaks it.",
    ),
    # turnover
    "members_now": ("Deelnemers op de peildatum.", "Members on the reference date."),
    "new_members": ("Deelnemers die het afgelopen jaar zijn begonnen.", "Members who started in the past year."),
    "new_share": (
        "Deel van de deelnemers dat het afgelopen jaar nieuw is; 'nieuw overleg' als het overleg zelf dat jaar begon.",
        "Share of members new in the past year; 'new body' when the body itself started that year.",
    ),
    "median_tenure_years": (
        "Mediane zittingsduur van de deelnemers, in jaren.",
        "Median time the members have sat at the body, in years.",
    ),
    "core_continuity": (
        "Deel van de kernleden van een jaar geleden dat nog deelneemt.",
        "Share of last year's core members who still take part.",
    ),
    "departures": ("Deelnemers die het afgelopen jaar zijn vertrokken.", "Members who left in the past year."),
    "short_tenure": (
        "Ja als de mediane zittingsduur korter is dan de drempel.",
        "Yes when the median tenure is below the threshold.",
    ),
    "seats_now": ("Zetels van de organisatie op de peildatum.", "Seats of the organisation on the reference date."),
    "seat_changes": (
        "Keren dat een zetel van de organisatie van persoon wisselde, in het hele register.",
        "Times a seat of the organisation changed person, in the whole register.",
    ),
    "seat_changes_in_window": (
        "Wisselingen van persoon in het jaar voor de peildatum.",
        "Changes of person in the year before the reference date.",
    ),
    "persons_rotated_out": (
        "Personen van de organisatie wier laatste deelname in dat jaar eindigde.",
        "Persons of the organisation whose last membership ended in that year.",
    ),
    # covenants, domains, bodies, the expected hub (tables of the main text)
    "members": ("Deelnemende organisaties van het overleg.", "Member organisations of the body."),
    "covered_members": (
        "Deelnemers die het convenant van het overleg tekenden.",
        "Members that signed the body's covenant.",
    ),
    "covered_share": (
        "Deel van de deelnemers dat het convenant tekende.",
        "Share of members that signed the covenant.",
    ),
    "outside": (
        "Deelnemers die het convenant niet tekenden (namen, gescheiden door ;).",
        "Members that did not sign the covenant (names, separated by ;).",
    ),
    "source": ("Wie de informatie geeft.", "Who gives the information."),
    "target": ("Wie de informatie ontvangt.", "Who receives the information."),
    "direction": (
        "Of de informatie de groep van het convenant binnenkomt of verlaat.",
        "Whether the information enters or leaves the covenant's group.",
    ),
    "organisations_in_network": (
        "Organisaties van het domein in het netwerk (ook wie op de peildatum aan geen overleg zit).",
        "Organisations of the domain in the network (also those at no table on the reference date).",
    ),
    "internal": ("Verbindingen binnen het eigen domein.", "Links inside the own domain."),
    "external": ("Verbindingen met andere domeinen.", "Links with other domains."),
    "expected_ei_index": (
        "De E-I-index als iedereen willekeurig contact had, bij dezelfde domeinen.",
        "The E-I index if everyone had ties at random, with the same domains.",
    ),
    "members_of_parent": ("Deelnemers van het bovenliggende overleg.", "Members of the parent body."),
    "reason": ("Waarom de organisatie geen verbinder heeft.", "Why the organisation has no connector."),
    "measure": ("De maat waarop de organisatie vergeleken wordt.", "The measure the organisation is compared on."),
    "value": ("Haar waarde op die maat.", "Its value on that measure."),
    "ranked": ("Aantal organisaties in de rangorde.", "Number of organisations ranked."),
    "top_organisation": ("De organisatie met de hoogste waarde.", "The organisation with the highest value."),
    "top_value": ("De hoogste waarde.", "The highest value."),
    "term": ("Een begrip uit het rapport.", "A term of the report."),
    "meaning": ("Wat het begrip betekent, met formule en bron.", "What the term means, with formula and source."),
    "table": ("Een tabel van het register.", "A table of the register."),
    "count": ("Aantal rijen op de peildatum.", "Number of rows on the reference date."),
    # the findings sheet
    "finding": (
        "Een bevinding uit het rapport, in één zin met haar getal.",
        "A finding of the report, in one sentence with its number.",
    ),
    "sheet": (
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
    meaning = entry[_index(lang)] if entry else None
    return meaning or WORDS["unexplained"][_index(lang)]


def number_format(column: str) -> str | None:
    """The Excel number format of ``column``: its report display format in Excel's words; None when the
    report has no fixed format for it (text, or a number formatted per cell: :func:`cell_format`)."""
    return EXCEL_FORMATS.get(COLUMN_FORMATS.get(column, ""))


def cell_format(column: str, value: float) -> str:
    """The Excel number format of one number in ``column``, as the report writes it: the column's format,
    else (no format, or "mixed") whole values whole and others with two ("mixed": three) decimals.

    >>> cell_format("load_ratio", 2.25), cell_format("value", 0.021), cell_format("pieces", 2.0)
    ('#,##0.0', '#,##0.000', '#,##0')
    """
    fixed = number_format(column)
    if fixed:
        return fixed
    if float(value).is_integer():
        return WHOLE
    return MEASURE if COLUMN_FORMATS.get(column) == "mixed" else DECIMAL


def word(key: str, lang: str, **values: Any) -> str:
    return WORDS[key][_index(lang)].format(**values)


from .._public import public_dir

__all__ = [
    "WHOLE",
    "ONE_DECIMAL",
    "DECIMAL",
    "MEASURE",
    "SHARE",
    "EXCEL_FORMATS",
    "COLUMNS",
    "WORDS",
    "explain",
    "number_format",
    "cell_format",
    "word",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
