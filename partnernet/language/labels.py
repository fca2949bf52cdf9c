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
    "bodies": ("overleggen", "tables"),
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
}

#: Column labels (table headers, hover rows, CLI headings): column -> (Dutch, English). A column
#: that is not here shows as its name with underscores as spaces in both languages.
LABELS: dict[str, tuple[str, str]] = {
    **TERMS,
    # the map's own rows
    "domain": ("domein", "domain"),
    "regime": ("regime", "regime"),
    "level": ("niveau", "level"),
    "tables": ("overleggen", "tables"),
    "capacity_hours": ("capaciteit (uur/maand)", "capacity (hours/month)"),
    "roles": ("rollen", "roles"),
    "parent": ("onderdeel van", "part of"),
    "kind": ("soort", "kind"),
    "meeting_hours_per_month": ("uur per maand", "hours per month"),
    "meetings_per_year": ("vergaderingen per jaar", "meetings per year"),
    "hours_per_meeting": ("uur per vergadering", "hours per meeting"),
    "reports_to": ("rapporteert aan", "reports to"),
    "host": ("gastheer", "host"),
    "function": ("functie", "function"),
    "role": ("rol", "role"),
    "type": ("soort deelname", "type"),
    "seats": ("zetels", "seats"),
    "through": ("via", "through"),
    "shared_tables": ("gedeelde overleggen", "shared tables"),
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
    "tables_with_unknown_hours": ("overleggen zonder uren", "bodies without hours"),
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
    "source": ("van", "from"),
    "target": ("naar", "to"),
    "direction": ("richting", "direction"),
    "score_without": ("versnippering met omwegen zonder", "fragmentation with detours without"),
    "rank": ("rang", "rank"),
    "key_player": ("sleutelspeler", "key player"),
    "partner": ("partner", "partner"),
    "shared_bodies": ("gedeelde overleggen", "shared tables"),
    "person_links": ("verbindingen via persoon", "links through person"),
    "linking_bodies": ("verbindende overleggen", "linking tables"),
    "link_to": ("band met", "link to"),
    "mean_tables": ("gem. overleggen", "mean tables"),
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
    "of": ("van de", "out of"),
    "top_organisation": ("hoogste", "highest"),
    "top_value": ("waarde hoogste", "top value"),
    "members_now": ("deelnemers nu", "members now"),
    "median_tenure_years": ("mediane zittingsduur (jaar)", "median tenure (years)"),
    "new_members": ("nieuw", "new"),
    "new_share": ("aandeel nieuw", "share new"),
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
}

#: Columns that are one measure under two names (a count of tables per organisation is ``tables`` in one
#: analysis and ``bodies`` in another): the only columns that may share a label. Two different measures
#: never do (tests/test_report_labels.py).
SAME_MEANING: tuple[frozenset[str], ...] = (
    frozenset({"tables", "bodies"}),
    frozenset({"shared_tables", "shared_bodies"}),
    frozenset({"organisations", "nodes"}),
)


#: Machine values (snake_case codes, the same in CSV, JSON and the API) -> (Dutch, English) words in tables.
CODES: dict[str, tuple[str, str]] = {
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
    # covenants: the direction of an information tie across a group's boundary
    "into_the_group": ("de groep in", "into the group"),
    "out_of_the_group": ("de groep uit", "out of the group"),
    "both_ways": ("beide richtingen", "both ways"),
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
    "ct": "CT",
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
    "memberships": "deelnames",
    "ties": "relaties",
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
    # layers: what links the organisations of a layer (``linked_by`` of the fragmentation table)
    "every_body": "elk overleg",
    "own_and_shared_bodies": "eigen en gedeelde overleggen",
    "own_bodies": "alleen eigen overleggen",
    "tables_and_ties": "overleggen en relaties",
    "own_links": "alleen eigen verbindingen",
    # what-if: the parts of its summary (index ``part``)
    "load": "belasting",
    "connectors": "verbinders",
    "groups": "groepen",
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
        "measure",
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
        "group_a",
        "group_b",
        "layer",
        "layer_a",
        "layer_b",
        "part",
        "linked_by",
    }
)
#: Columns whose values are put together from vocabulary (``groups``: "administration 6, security 4";
#: ``kinds``: "advice,information"): said in the reader's words by ``Language.values``.
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
    "mean_tables": "1",
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
