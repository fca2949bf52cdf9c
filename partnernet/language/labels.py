"""One label table: column labels and vocabulary values in Dutch and English.

The report, the map and the CLI all take their labels from here, so the same
column reads the same everywhere (``betweenness`` is "tussenpositie" in the
report's table and on the map's hover row). Machine output (CSV, JSON, the
Python API) keeps the English column names themselves.
"""

from __future__ import annotations

#: Words that are both a column and a vocabulary value (a brokerage role, a table of the register, ...):
#: word -> (Dutch, English), defined once here and taken into :data:`LABELS` and :data:`VALUES_NL`.
TERMS: dict[str, tuple[str, str]] = {
    "organisation": ("organisatie", "organisation"),
    "person": ("persoon", "person"),
    "body": ("overleg", "body"),
    "organisations": ("organisaties", "organisations"),
    "persons": ("personen", "persons"),
    "bodies": ("overleggen", "bodies"),
    "chair": ("voorzitter", "chair"),
    "network": ("netwerk", "network"),
    "external": ("extern", "external"),
    "partners": ("partners", "partners"),
    "betweenness": ("tussenpositie", "betweenness"),
    "coordinator": ("coördinator", "coordinator"),
    "itinerant": ("consulent", "itinerant"),
    "boundary": ("grenswachter", "boundary"),
    "liaison": ("schakel", "liaison"),
    "representative": ("vertegenwoordiger", "representative"),
    "gatekeeper": ("poortwachter", "gatekeeper"),
    "covenant": ("convenant", "covenant"),
    "bridging": ("brokerage tussen domeinen", "brokerage between domains"),
    "grouping": ("indeling", "grouping"),
    "modularity_groups": ("modulariteit van de groepen", "modularity of the groups"),
    "modularity_communities": ("modulariteit van de gemeenschappen", "modularity of the communities"),
    "adjusted_rand_index": ("gemeenschappen tegen groepen (ARI)", "communities against groups (ARI)"),
    "connectors": ("verbinders", "connectors"),
    "groups": ("groepen", "groups"),
    "memberships": ("deelnames", "memberships"),
    "ties": ("relaties", "ties"),
    "source": ("van", "from"),
    "target": ("naar", "to"),
}

#: Column labels (table headers, hover rows, CLI headings): column -> (Dutch, English). A column
#: that is not here shows as its name with underscores as spaces in both languages.
LABELS: dict[str, tuple[str, str]] = {
    **TERMS,
    # the map's own rows
    "domain": ("domein", "domain"),
    "regime": ("regime", "regime"),
    "level": ("niveau", "level"),
    "capacity_hours": ("capaciteit (uur/maand)", "capacity (hours/month)"),
    "roles": ("rollen", "roles"),
    "parent": ("onderdeel van", "part of"),
    "kind": ("soort", "kind"),
    "meeting_hours_per_month": ("vergaderuren per maand", "meeting hours per month"),  # as MEASURES
    "meetings_per_year": ("vergaderingen per jaar", "meetings per year"),
    "hours_per_meeting": ("uur per vergadering", "hours per meeting"),
    "reports_to": ("rapporteert aan", "reports to"),
    "host": ("gastheer", "host"),
    "function": ("functie", "function"),
    "role": ("rol", "role"),
    "type": ("soort deelname", "type"),
    "seats": ("zetels", "seats"),
    "through": ("via", "through"),
    "marked_as": ("gemarkeerd als", "marked as"),
    # centrality
    "weighted_degree": ("gewogen graad", "weighted degree"),
    "harmonic_closeness": ("nabijheid", "closeness"),
    "eigenvector": ("eigenvector", "eigenvector"),
    "pagerank": ("PageRank", "PageRank"),
    "two_mode_betweenness": ("tussenpositie (twee-modaal)", "two-mode betweenness"),
    # overload
    "chairs": ("voorzitterschappen", "chairs"),
    "load_ratio": ("belasting (× capaciteit)", "load (× capacity)"),
    "bodies_with_unknown_hours": ("overleggen zonder uren", "bodies without hours"),
    "hours_are_lower_bound": ("uren zijn een ondergrens", "hours are a lower bound"),
    "overloaded": ("overbelast", "overloaded"),
    "non_decision_hours_share": ("aandeel uren zonder besluitvorming", "share of hours without decisions"),
    # connectors (brokerage, Gould & Fernandez 1989)
    "total": ("brokerage totaal", "total brokerage"),
    "ei_index": ("E-I-index", "E-I index"),
    "participation": ("participatie", "participation"),
    "connector": ("verbinder", "connector"),
    "main_role": ("hoofdrol", "main role"),
    "bridges": ("verbindt", "bridges"),
    "bridging_z": ("z-score brokerage tussen domeinen", "z-score of brokerage between domains"),
    # fragmentation and structural holes
    "pieces": ("stukken", "pieces"),
    "nodes_cut_off": ("los geraakt", "cut off"),
    # F (pairs that cannot reach each other) and DF (detours counted) without an actor: two measures, two labels
    "fragmentation_without": ("paren onbereikbaar zonder", "pairs cut off without"),
    "constraint": ("beperking (constraint)", "constraint"),
    "effective_size": ("effectieve omvang", "effective size"),
    "bus_factor": ("busfactor", "bus factor"),
    # the report's tables
    "id": ("id", "id"),
    "name": ("naam", "name"),
    "body_a": ("overleg A", "body A"),
    "body_b": ("overleg B", "body B"),
    "name_a": ("naam A", "name A"),
    "name_b": ("naam B", "name B"),
    "shared_members": ("gedeelde deelnemers", "shared members"),
    "union_members": ("deelnemers samen", "members together"),
    "jaccard": ("overlap", "overlap"),
    "hours_saved_per_month": ("besparing (persoonsuren/maand, bovengrens)", "saving (person-hours/month, upper bound)"),
    "combined_meeting_hours_per_month": ("vergadertijd samen (uur/maand)", "meeting time together (hours/month)"),
    "merge_candidate": ("kandidaat", "candidate"),
    "members": ("deelnemers", "members"),
    "members_of_parent": ("deelnemers bovenliggend", "members of parent"),
    "layers": ("lagen", "layers"),
    "chain": ("lijn", "chain"),
    "depth": ("diepte", "depth"),
    "top_body": ("top", "top"),
    "covered_members": ("gedekt", "covered"),
    "covered_share": ("aandeel gedekt", "share covered"),
    "outside": ("buiten het convenant", "outside the covenant"),
    "direction": ("richting", "direction"),
    "score_without": ("versnippering met omwegen zonder", "fragmentation with detours without"),
    "rank": ("rang", "rank"),
    "key_player": ("sleutelspeler", "key player"),
    "partner": ("partner", "partner"),
    "shared_bodies": ("gedeelde overleggen", "shared bodies"),
    "person_links": ("verbindingen via persoon", "links through person"),
    "linking_bodies": ("verbindende overleggen", "linking bodies"),
    "link_to": ("band met", "link to"),
    "mean_bodies": ("gem. overleggen", "mean bodies"),
    "mean_partners": ("gem. partners", "mean partners"),
    "mean_betweenness": ("gem. tussenpositie", "mean betweenness"),
    "occasional_share": ("aandeel per casus/extern", "share per case/external"),
    "expected_ei_index": ("verwachte E-I", "expected E-I"),
    "internal": ("intern", "internal"),
    "nodes": ("organisaties", "organisations"),
    "organisations_seated": ("organisaties aan tafel", "organisations at a table"),
    "organisations_in_network": ("organisaties in het netwerk", "organisations in the network"),
    "reason": ("reden", "reason"),
    "measure": ("maat", "measure"),
    "actor": ("actor", "actor"),
    "value": ("waarde", "value"),
    "ranked": ("aantal gerangschikt", "ranked"),
    "top_organisation": ("hoogste organisatie", "top organisation"),
    "top_value": ("hoogste waarde", "top value"),
    "top_shared_by": ("organisaties met de hoogste waarde", "top shared by"),
    "members_now": ("deelnemers nu", "members now"),
    "median_tenure_years": ("mediane zittingsduur (jaar)", "median tenure (years)"),
    "new_members": ("nieuw", "new"),
    "new_share": ("aandeel nieuw", "share new"),
    # the groups of a pair of groups (connectors' pairs table)
    "domains": ("domeinen", "domains"),
    "levels": ("niveaus", "levels"),
    # the survey's ratings of the bodies (overload, redundancy and the report on a collected landscape)
    "value_rating": ("waardering", "value rating"),
    "mean_value_rating": ("gemiddelde waardering", "mean value rating"),
    "raters": ("beoordelaars", "raters"),
    "low_ratings": ("lage waarderingen", "low ratings"),
    "low_share": ("aandeel laag", "share low"),
    "rated_low": ("laag gewaardeerd", "rated low"),
    "stronger_candidate": ("sterkere kandidaat", "stronger candidate"),
    "low_rated_hours_per_month": ("uren/maand laag gewaardeerd", "low-rated hours per month"),
    # the survey's response per domain (survey collect)
    "invited": ("uitgenodigd", "invited"),
    "answered": ("geantwoord", "answered"),
    "rate": ("respons", "rate"),
    # where survey answers differ (survey collect)
    "issue": ("kwestie", "issue"),
    "subject": ("betreft", "subject"),
    "answer": ("antwoord", "answer"),
    "chosen": ("gekozen", "chosen"),
    "file": ("bestand", "file"),
    "sheet": ("blad", "sheet"),
    "row": ("rij", "row"),
    "core_continuity": ("kernleden gebleven", "core members stayed"),
    "departures": ("vertrokken", "left"),
    "short_tenure": ("korte zittingsduur", "short tenure"),
    "seats_now": ("zetels nu", "seats now"),
    "seat_changes": ("wisselingen", "changes"),
    "seat_changes_in_window": ("wisselingen afgelopen jaar", "changes past year"),
    "persons_rotated_out": ("vertrokken personen", "persons who left"),
    "count": ("aantal", "count"),
    "table": ("tabel", "table"),
    "severity": ("ernst", "severity"),
    "message": ("melding", "message"),
    # the commands' terminal tables (headers and index names)
    "added": ("toegevoegd", "added"),
    "removed": ("verdwenen", "removed"),
    "before": ("voor", "before"),
    "after": ("na", "after"),
    "change": ("verschil", "change"),
    "bridge": ("brug", "bridge"),
    "closest_body": ("meest verwant overleg", "closest body"),
    "community": ("gemeenschap", "community"),
    "component": ("deel", "component"),
    "size": ("omvang", "size"),
    "component_size": ("omvang van het deel", "size of the component"),
    "ct_bodies": ("CT-overleggen", "CT bodies"),
    "crime_bodies": ("criminaliteitsoverleggen", "crime bodies"),
    "ct_only": ("alleen CT", "CT only"),
    "crime_only": ("alleen criminaliteit", "crime only"),
    "in_both": ("in beide", "in both"),
    "neither": ("in geen van beide", "in neither"),
    "ct_crime_pairs": ("paren CT-criminaliteit", "CT-crime pairs"),
    "cut_off_from": ("los van", "cut off from"),
    "end": ("einde", "end"),
    "start": ("begin", "start"),
    "group": ("groep", "group"),
    "main_group": ("grootste groep", "main group"),
    "main_group_share": ("aandeel grootste groep", "share of the main group"),
    "has_shared_covenant": ("gedeeld convenant", "shared covenant"),
    "jaccard_organisations": ("overlap organisaties", "overlap of organisations"),
    "jaccard_persons": ("overlap personen", "overlap of persons"),
    "overlap_coefficient": ("overlapcoëfficiënt", "overlap coefficient"),
    "kinds": ("soorten", "kinds"),
    "label": ("rol in woorden", "role in words"),
    "layer": ("laag", "layer"),
    "linked_by": ("verbonden door", "linked by"),
    "links": ("verbindingen", "links"),
    "links_lost": ("verloren verbindingen", "links lost"),
    "new_links": ("nieuwe verbindingen", "new links"),
    "member_kind": ("soort deelnemer", "kind of member"),
    "member_pairs": ("paren deelnemers", "pairs of members"),
    "members_outside": ("deelnemers buiten", "members outside"),
    "pairs_already_together": ("paren al samen", "pairs already together"),
    "pairs_still_together": ("paren nog samen", "pairs still together"),
    "metric": ("maat", "measure"),
    "part": ("onderdeel", "part"),
    "person_name": ("naam persoon", "name of the person"),
    "point": ("kwetsbaar punt", "articulation point"),
    "connected": ("verbonden", "connected"),
    "only_through": ("alleen via", "only through"),
    "bridging_organisations": ("verbindende organisaties", "bridging organisations"),
    "bridging_persons": ("verbindende personen", "bridging persons"),
    "source_name": ("naam van", "name from"),
    "target_name": ("naam naar", "name to"),
    "source_organisation": ("organisatie van", "organisation from"),
    "target_organisation": ("organisatie naar", "organisation to"),
    "status": ("status", "status"),
    "weight": ("gewicht", "weight"),
    "regimes": ("regimes", "regimes"),
    "rows": ("rijen", "rows"),
    "start_date": ("begindatum", "start date"),
    "articulation_point": ("kwetsbaar punt", "articulation point"),
    "has_connector": ("heeft verbinder", "has a connector"),
    "children": ("onderliggende overleggen", "child bodies"),
    "closest_body_name": ("naam meest verwant overleg", "name of the closest body"),
    "communities": ("gemeenschappen", "communities"),
    "crime_body_ids": ("welke criminaliteitsoverleggen", "which crime bodies"),
    "ct_body_ids": ("welke CT-overleggen", "which CT bodies"),
    "shared_body_ids": ("welke gedeelde overleggen", "which shared bodies"),
    "direct_link": ("directe relatie", "direct tie"),
    "directed": ("gericht", "directed"),
    "field": ("veld", "field"),
    "isolated": ("los", "isolated"),
    "lost_link_pairs": ("verloren paren", "pairs lost"),
    "new_link_pairs": ("nieuwe paren", "new pairs"),
    "names": ("namen", "names"),
    "organisation_ids": ("organisaties (ids)", "organisations (ids)"),
    "organisation_name": ("naam organisatie", "name of the organisation"),
    "partner_name": ("naam partner", "name of the partner"),
    "person_in": ("opvolger", "person in"),
    "person_out": ("voorganger", "person out"),
    "reports_to_name": ("naam bovenliggend overleg", "name of the body reported to"),
    "same_level": ("zelfde niveau", "same level"),
    "same_regime": ("zelfde regime", "same regime"),
    "sentence": ("zin", "sentence"),
    "share": ("aandeel", "share"),
    "shared_covenants": ("gedeelde convenanten", "shared covenants"),
    "shared_organisations": ("gedeelde organisaties", "shared organisations"),
    "shared_persons": ("gedeelde personen", "shared persons"),
    # which end of a tie (source or target, "van" or "naar") is the covenant's signatory: an end of the tie,
    # not the end (einde) of a signature
    "signatory_end": ("kant van de ondertekenaar", "signatory's end"),
    "topic": ("onderwerp", "topic"),
}

#: The topics of sentence tables (compare's ``changes``, layers' ``findings``): topic -> (Dutch, English).
TOPICS: dict[str, tuple[str, str]] = {
    "overview": ("overzicht", "overview"),
    "organisations": ("organisaties", "organisations"),
    "persons": ("personen", "persons"),
    "bodies": ("overleggen", "bodies"),
    "memberships": ("deelnames", "memberships"),
    "handovers": ("overdrachten", "handovers"),
    "connectors": ("verbinders", "connectors"),
    "network": ("netwerk", "network"),
    "metrics": ("maten", "measures"),
    "layers": ("lagen", "layers"),
    "shared": ("gedeeld", "shared"),
    "bridges": ("bruggen", "bridges"),
    "hosts": ("gastheren", "hosts"),
    "fragmentation": ("fragmentatie", "fragmentation"),
    "ties": ("relaties", "ties"),
}

#: Column labels whose word differs from the same word as a vocabulary value (``member``: the column of a
#: membership's member is "deelnemer", the role ``member`` is "lid").
COLUMN_ONLY: dict[str, tuple[str, str]] = {"member": ("deelnemer", "member")}

#: Endings of a column name that say which side or moment of a base column it holds
#: (``rank_before``, ``bodies_a``): the label is the base column's label and this word.
SUFFIXES: dict[str, tuple[str, str]] = {
    "_before": ("voor", "before"),
    "_after": ("na", "after"),
    "_change": ("verschil", "change"),
    "_a": ("A", "A"),
    "_b": ("B", "B"),
}

#: Measures that are the rows of a table (what-if's "before and after", hierarchy's summary, turnover's
#: ``metric``): measure -> (Dutch, English). A measure that is not here reads as its column label (LABELS).
#: One term per measure: a measure's column label is this term (or the term and its unit, ``belasting
#: (× capaciteit)``), and a sentence names a measure by :meth:`.Language.measure`, never by words of its
#: own (tests/test_measure_terms.py).
#: ``nodes`` is the number of actors of the network its row belongs to (organisations or persons).
MEASURES: dict[str, tuple[str, str]] = {
    "nodes": ("aantal", "number"),
    "links": ("verbindingen", "links"),
    "components": ("losse delen", "components"),
    "largest_component": ("grootste deel", "largest component"),
    "isolates": ("zonder verbinding", "without a link"),
    "fragmentation": ("fragmentatie F", "fragmentation F"),
    "distance_fragmentation": ("afstandsgewogen fragmentatie DF", "distance-weighted fragmentation DF"),
    "density": ("dichtheid", "density"),
    "average_distance": ("gemiddelde afstand (stappen)", "average distance (steps)"),
    "articulation_points": ("kwetsbare punten", "articulation points"),
    "meeting_hours_per_month": ("vergaderuren per maand", "meeting hours per month"),
    "overloaded_organisations": ("overbelaste organisaties", "overloaded organisations"),
    "organisations_without_connector": ("organisaties zonder verbinder", "organisations without a connector"),
    "pairs_connected": ("verbonden paren", "pairs connected"),
    "pairs_only_through_one_organisation": ("paren alleen via één organisatie", "pairs only through one organisation"),
    "top_bodies": ("overleggen aan de top", "top bodies"),
    "max_depth": ("grootste diepte", "greatest depth"),
    "isolated_bodies": ("losse overleggen", "isolated bodies"),
    "operational_bodies": ("operationele overleggen", "operational bodies"),
    "mean_layers_operational": ("gem. lagen tot de top (operationeel)", "mean layers to the top (operational)"),
    "bridging": TERMS["bridging"],
    "betweenness": TERMS["betweenness"],
    "load_ratio": ("belasting", "load"),
}

#: Columns that are one measure under two names (the organisations of a network are ``organisations`` in
#: one table and ``nodes`` in another): the only columns that may share a label. Two different measures
#: never do (tests/test_report_labels.py).
SAME_MEANING: tuple[frozenset[str], ...] = (
    frozenset({"organisations", "nodes"}),
    frozenset({"measure", "metric"}),
    frozenset({"point", "articulation_point"}),
)


#: Machine values (snake_case codes, the same in CSV, JSON and the API) -> (Dutch, English) words in tables.
CODES: dict[str, tuple[str, str]] = {
    # the regime code of counter-terrorism (a body's or organisation's regime, a layer): its abbreviation, in
    # every language, as titles say it ("CT- en criminaliteitsoverleggen"); never the bare code "ct"
    "ct": ("CT", "CT"),
    # what-if: the status of a link between two groups (group_links)
    "no_longer_connected": ("niet meer verbonden", "no longer connected"),
    "only_through_one_organisation": ("alleen via één organisatie", "only through one organisation"),
    "newly_connected": ("nieuw verbonden", "newly connected"),
    "no_longer_through_one_organisation_only": (
        "niet meer alleen via één organisatie",
        "no longer through one organisation only",
    ),
    "fewer_bridging_organisations": ("minder verbindende organisaties", "fewer bridging organisations"),
    "more_bridging_organisations": ("meer verbindende organisaties", "more bridging organisations"),
    "unchanged": ("ongewijzigd", "unchanged"),
    # what-if: why an actor is cut off (disconnected)
    "no_table_left": ("aan geen tafel meer", "no table left"),
    "lost_all_links": ("alle verbindingen kwijt", "lost all links"),
    "cut_off_from_the_main_network": ("afgesneden van het hoofdnetwerk", "cut off from the main network"),
    # compare: how an organisation entered or left the network (change)
    "new_in_the_register": ("nieuw in het register", "new in the register"),
    "took_a_seat_at_a_table": ("aan een overleg gaan deelnemen", "took a seat at a table"),
    "has_a_direct_tie": ("nu een directe relatie", "has a direct tie"),
    "left_the_register": ("uit het register verdwenen", "left the register"),
    "no_longer_at_any_table": ("aan geen overleg meer", "no longer at any table"),
    "no_longer_in_any_tie": ("geen directe relatie meer", "no longer in any tie"),
    # compare: a pair of organisations a new body links first (new) or that lost its only shared body (lost)
    "new": ("nieuw", "new"),
    "lost": ("verloren", "lost"),
    # covenants: the direction of an information tie across a group's boundary
    "into_the_group": ("de groep in", "into the group"),
    "out_of_the_group": ("de groep uit", "out of the group"),
    "both_ways": ("beide richtingen", "both ways"),
    # layers: what links the organisations of a layer (``linked_by`` of the fragmentation table)
    "every_body": ("elk overleg", "every body"),
    "own_and_shared_bodies": ("eigen en gedeelde overleggen", "own and shared bodies"),
    "own_bodies": ("alleen eigen overleggen", "own bodies only"),
    "tables_and_ties": ("overleggen en relaties", "bodies and ties"),
    "own_links": ("alleen eigen verbindingen", "own links only"),
    # which links a network has (Landscape.network_kind, a summary's ``network`` row): as the network line says
    "tables": ("gedeelde overleggen", "shared tables"),
    "tables+ties": ("gedeelde overleggen en relaties", "shared tables and ties"),
    "graph": ("gegeven graaf", "given graph"),
}


#: Values shown in tables and on the map (vocabulary, levels, directions, reasons) in Dutch.
VALUES_NL: dict[str, str] = {
    **{word: pair[0] for word, pair in TERMS.items()},
    "administration": "bestuur",
    "security": "veiligheid",
    "justice": "justitie",
    "intelligence": "inlichtingen",
    "tax-finance": "fiscaal-financieel",
    "care": "zorg",
    "social": "sociaal",
    "education": "onderwijs",
    "knowledge": "kennis",
    "private": "privaat",
    "(unknown)": "(onbekend)",
    **{code: pair[0] for code, pair in CODES.items()},
    # levels of a result's rows, main brokerage role
    "none": "geen",
    "crime": "criminaliteit",
    "both": "beide",
    "local": "lokaal",
    "regional": "regionaal",
    "national": "nationaal",
    "international": "internationaal",
    "decision": "besluitvormend",
    "centre": "centrum",
    "operational": "operationeel",
    "learning": "lerend",
    "member": "lid",
    "secretary": "secretaris",
    "adviser": "adviseur",
    "core": "kern",
    "case": "casus",
    "advisory": "adviserend",
    # the report's tables
    "covenants": "convenanten",
    "organisation network": "netwerk van organisaties",
    "person network": "netwerk van personen",
    # layers (partnernet.layers): the layer of a row, the kinds of direct ties
    "shared": "gedeeld",
    "membership": "overleggen",
    "information": "informatie",
    "advice": "advies",
    "collaboration": "samenwerking",
    "other": "overig",
    # what-if: the parts of its summary (index ``part``)
    "load": "belasting",
    # what-if: summary measures that are no column of any table
    "overloaded_organisations": "overbelaste organisaties",
    "organisations_without_connector": "organisaties zonder verbinder",
    "pairs_connected": "verbonden paren",
    "pairs_only_through_one_organisation": "paren alleen via één organisatie",
}
#: English values that differ from the analyses' own words: one term per measure, as the column labels say.
VALUES_EN: dict[str, str] = {
    **{word: pair[1] for word, pair in TERMS.items() if pair[1] != word},
    **{code: pair[1] for code, pair in CODES.items() if pair[1] != code},
}
#: Columns whose values are vocabulary to translate (names and ids never are).
VALUE_COLUMNS = frozenset(
    {
        "domain",
        "regime",
        "level",
        "kind",
        "role",
        "type",
        "direction",
        "change",
        "reason",
        "table",
        "network",
        "link_to",
        "main_role",
        "main_role_before",
        "main_role_after",
        "role_before",
        "role_after",
        "member_kind",
        "status",
        "main_group",
        "group",
        "group_a",
        "group_b",
        "layer",
        "layer_a",
        "layer_b",
        "part",
        "linked_by",
        "signatory_end",
    }
)
#: Columns (and index levels) whose values are measures that name a row: said by ``Language.measure``.
MEASURE_COLUMNS = frozenset({"measure", "metric", "field"})
#: The level of a row (every result says it as ``landscape.Level``, the plural of ``--level``: the network an
#: actor or a link belongs to), in words in every terminal table.
LEVEL_WORDS: dict[str, tuple[str, str]] = {
    "organisations": ("organisaties", "organisations"),
    "persons": ("personen", "persons"),
}
#: Columns whose values are put together from vocabulary (a community's ``groups``: a dict
#: ``{"administration": 6, "security": 4}``; a link's ``kinds``: a list ``["advice", "information"]``): said in
#: the reader's words by ``Language.values``, as a list a terminal writes with ``numbers.listing``.
COMPOSED_COLUMNS = frozenset({"groups", "kinds"})


#: Display format of well-known columns in the report's tables, its workbook (as Excel number formats,
#: :mod:`.workbook`) and the map's panel: decimals, "percent", "hours" (one decimal) or "mixed" (whole values
#: whole); see :func:`.numbers.cell`. Columns not here: whole values whole, others two decimals.
COLUMN_FORMATS = {
    "meeting_hours_per_month": "hours",
    "capacity_hours": "hours",
    "load_ratio": "1",
    "hours_saved_per_month": "hours",
    "combined_meeting_hours_per_month": "hours",
    "jaccard": "percent",
    "harmonic_closeness": "3",
    "eigenvector": "3",
    "pagerank": "3",
    "weighted_degree": "0",
    "non_decision_hours_share": "percent",
    "covered_share": "percent",
    "occasional_share": "percent",
    "new_share": "percent",
    "core_continuity": "percent",
    "mean_bodies": "1",
    "mean_partners": "1",
    "ei_index": "2",
    "expected_ei_index": "2",
    "participation": "2",
    "fragmentation_without": "percent",
    "score_without": "percent",
    "median_tenure_years": "1",
    "value": "mixed",
    "top_value": "mixed",
    "bridging_z": "1",
    # betweenness is a share (of the shortest paths between two others through this one): one rule for
    # every betweenness column, as a percentage like the report's other shares (not 0,000)
    **{column: "percent" for column in ("betweenness", "two_mode_betweenness", "mean_betweenness")},
}

#: Columns whose values are sentences (compare's ``changes``, layers' ``findings``, why an organisation has
#: no connector, a check's message, an actor's role in words) or a reporting chain read as a path
#: (hierarchy's ``chain``, 'a -> b -> c'): a terminal table prints them whole, as the default view prints them.
SENTENCE_COLUMNS = frozenset({"sentence", "reason", "message", "label", "chain"})


def sentence_headers() -> frozenset[str]:
    """The headers of :data:`SENTENCE_COLUMNS` as a terminal table shows them, in every language."""
    return frozenset({name for column in SENTENCE_COLUMNS for name in (column, *LABELS.get(column, (column, column)))})


from .._public import public_dir

__all__ = [
    "TERMS",
    "LABELS",
    "TOPICS",
    "COLUMN_ONLY",
    "SUFFIXES",
    "MEASURES",
    "SAME_MEANING",
    "CODES",
    "VALUES_NL",
    "VALUES_EN",
    "VALUE_COLUMNS",
    "MEASURE_COLUMNS",
    "LEVEL_WORDS",
    "COMPOSED_COLUMNS",
    "COLUMN_FORMATS",
    "SENTENCE_COLUMNS",
    "sentence_headers",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
