"""One label table: column labels and vocabulary values in Dutch and English.

The report, the map and the CLI all take their labels from here, so the same
column reads the same everywhere (``betweenness`` is "tussenpositie" in the
report's table and on the map's hover row). Machine output (CSV, JSON, the
Python API) keeps the English column names themselves.
"""

from __future__ import annotations

#: Column labels (table headers, hover rows, CLI headings): column -> (Dutch, English). A column
#: that is not here shows as its name with underscores as spaces in both languages.
LABELS: dict[str, tuple[str, str]] = {
    # the map's own rows
    "domain": ("domein", "domain"), "regime": ("regime", "regime"), "level": ("niveau", "level"),
    "tables": ("overleggen", "tables"), "bodies": ("overleggen", "tables"),
    "capacity_hours": ("capaciteit (uur/maand)", "capacity (hours/month)"),
    "roles": ("rollen", "roles"), "parent": ("onderdeel van", "part of"), "kind": ("soort", "kind"),
    "meeting_hours_per_month": ("uur per maand", "hours per month"),
    "meetings_per_year": ("vergaderingen per jaar", "meetings per year"),
    "hours_per_meeting": ("uur per vergadering", "hours per meeting"),
    "organisations": ("organisaties", "organisations"), "persons": ("personen", "persons"),
    "chair": ("voorzitter", "chair"), "reports_to": ("rapporteert aan", "reports to"),
    "host": ("gastheer", "host"), "covenant": ("convenant", "covenant"),
    "organisation": ("organisatie", "organisation"), "function": ("functie", "function"),
    "role": ("rol", "role"), "type": ("soort deelname", "type"), "seats": ("zetels", "seats"),
    "through": ("via", "through"), "shared_tables": ("gedeelde overleggen", "shared tables"),
    "marked_as": ("gemarkeerd als", "marked as"),
    # centrality
    "partners": ("partners", "partners"), "weighted_degree": ("gewogen graad", "weighted degree"),
    "betweenness": ("tussenpositie", "betweenness"),
    "harmonic_closeness": ("nabijheid", "closeness"), "eigenvector": ("eigenvector", "eigenvector"),
    "pagerank": ("PageRank", "PageRank"),
    "two_mode_betweenness": ("tussenpositie (twee-modaal)", "two-mode betweenness"),
    # overload
    "chairs": ("voorzitterschappen", "chairs"), "load_ratio": ("belasting (× capaciteit)", "load (× capacity)"),
    "tables_with_unknown_hours": ("uren onbekend", "hours unknown"),
    "hours_are_lower_bound": ("uren zijn een ondergrens", "hours are a lower bound"),
    "overloaded": ("overbelast", "overloaded"),
    "non_decision_hours_share": ("aandeel uren zonder besluitvorming", "share of hours without decisions"),
    # connectors (brokerage, Gould & Fernandez 1989)
    "coordinator": ("coördinator", "coordinator"), "itinerant": ("consulent", "itinerant"),
    "boundary": ("grenswachter", "boundary"), "liaison": ("liaison", "liaison"),
    "total": ("brokerage totaal", "total brokerage"), "bridging": ("brokerage tussen domeinen", "brokerage between domains"),
    "ei_index": ("E-I-index", "E-I index"), "participation": ("participatie", "participation"),
    "connector": ("verbinder", "connector"), "main_role": ("hoofdrol", "main role"), "bridges": ("verbindt", "bridges"),
    "bridging_z": ("z-score brokerage tussen domeinen", "z-score of brokerage between domains"),
    # fragmentation and structural holes
    "pieces": ("stukken", "pieces"), "nodes_cut_off": ("los geraakt", "cut off"),
    "fragmentation_without": ("versnippering zonder", "fragmentation without"),
    "network": ("netwerk", "network"),
    "constraint": ("beperking (constraint)", "constraint"), "effective_size": ("effectieve omvang", "effective size"),
    "bus_factor": ("busfactor", "bus factor"),
    # the report's tables
    "id": ("id", "id"), "name": ("naam", "name"), "person": ("persoon", "person"), "body": ("overleg", "body"),
    "body_a": ("overleg A", "body A"), "body_b": ("overleg B", "body B"), "name_a": ("naam A", "name A"),
    "name_b": ("naam B", "name B"), "shared_members": ("gedeelde deelnemers", "shared members"),
    "union_members": ("deelnemers samen", "members together"),
    "jaccard": ("overlap", "overlap"),
    "hours_saved_per_month": ("besparing (persoonsuren/maand, bovengrens)", "saving (person-hours/month, upper bound)"),
    "combined_meeting_hours_per_month": ("vergadertijd samen (uur/maand)", "meeting time together (hours/month)"),
    "merge_candidate": ("kandidaat", "candidate"), "members": ("deelnemers", "members"),
    "members_of_parent": ("deelnemers bovenliggend", "members of parent"), "layers": ("lagen", "layers"),
    "chain": ("lijn", "chain"), "depth": ("diepte", "depth"), "top_body": ("top", "top"),
    "covered_members": ("gedekt", "covered"), "covered_share": ("aandeel gedekt", "share covered"),
    "outside": ("buiten het convenant", "outside the covenant"), "source": ("van", "from"),
    "target": ("naar", "to"), "direction": ("richting", "direction"),
    "score_without": ("versnippering zonder", "fragmentation without"), "rank": ("rang", "rank"),
    "key_player": ("sleutelspeler", "key player"), "partner": ("partner", "partner"),
    "shared_bodies": ("gedeelde overleggen", "shared tables"),
    "person_links": ("verbindingen via persoon", "links through person"),
    "linking_bodies": ("verbindende overleggen", "linking tables"), "link_to": ("band met", "link to"),
    "mean_tables": ("gem. overleggen", "mean tables"), "mean_partners": ("gem. partners", "mean partners"),
    "mean_betweenness": ("gem. tussenpositie", "mean betweenness"),
    "occasional_share": ("aandeel per casus/extern", "share per case/external"),
    "expected_ei_index": ("verwachte E-I", "expected E-I"), "internal": ("intern", "internal"),
    "external": ("extern", "external"), "nodes": ("organisaties", "organisations"), "reason": ("reden", "reason"),
    "measure": ("maat", "measure"), "actor": ("actor", "actor"), "value": ("waarde", "value"), "of": ("van", "of"),
    "top_organisation": ("hoogste", "top"), "top_value": ("waarde hoogste", "top value"),
    "members_now": ("deelnemers nu", "members now"),
    "median_tenure_years": ("mediane zittingsduur (jaar)", "median tenure (years)"),
    "new_members": ("nieuw", "new"), "new_share": ("aandeel nieuw", "share new"),
    "core_continuity": ("kernleden gebleven", "core members stayed"), "departures": ("vertrokken", "left"),
    "short_tenure": ("korte zittingsduur", "short tenure"), "seats_now": ("zetels nu", "seats now"),
    "seat_changes": ("wisselingen", "changes"),
    "seat_changes_in_window": ("wisselingen afgelopen jaar", "changes past year"),
    "persons_rotated_out": ("vertrokken personen", "persons who left"), "count": ("aantal", "count"),
    "table": ("tabel", "table"), "severity": ("soort", "kind"), "message": ("melding", "message"),
}


#: Values shown in tables and on the map (vocabulary, levels, directions, reasons) in Dutch.
VALUES_NL: dict[str, str] = {
    "administration": "bestuur", "security": "veiligheid", "justice": "justitie", "intelligence": "inlichtingen",
    "tax-finance": "fiscaal-financieel", "care": "zorg", "social": "sociaal", "education": "onderwijs",
    "knowledge": "kennis", "private": "privaat", "(unknown)": "(onbekend)",
    # what-if: the status of a link between two groups (group_links)
    "no longer connected": "niet meer verbonden", "only through one organisation": "alleen via één organisatie",
    "newly connected": "nieuw verbonden", "no longer through one organisation only": "niet meer alleen via één organisatie",
    "fewer bridging organisations": "minder verbindende organisaties",
    "more bridging organisations": "meer verbindende organisaties", "unchanged": "ongewijzigd",
    "ct": "CT", "crime": "criminaliteit", "both": "beide",
    "local": "lokaal", "regional": "regionaal", "national": "nationaal", "international": "internationaal",
    "decision": "besluitvormend", "centre": "centrum", "operational": "operationeel", "learning": "lerend",
    "chair": "voorzitter", "member": "lid", "secretary": "secretaris", "adviser": "adviseur",
    "core": "kern", "case": "casus", "external": "extern", "advisory": "adviserend",
    "coordinator": "coördinator", "itinerant": "consulent", "boundary": "grenswachter",
    # the report's tables
    "organisations": "organisaties", "persons": "personen", "bodies": "overleggen", "memberships": "deelnames",
    "ties": "relaties", "covenants": "convenanten", "network": "netwerk",
    "organisation network": "netwerk van organisaties", "person network": "netwerk van personen",
    "into the group": "de groep in", "out of the group": "de groep uit", "both ways": "beide richtingen",
    "no persons in the register": "geen personen in het register",
    "its persons sit at no table": "haar personen zitten aan geen tafel",
    "no person bridges to another domain above chance": "niemand slaat vaker dan toeval een brug naar een ander domein",
    "betweenness": "tussenpositie", "bridging brokerage": "brokerage tussen domeinen",
    "partners": "partners",
}
VALUES_EN: dict[str, str] = {"bodies": "tables"}
#: Columns whose values are vocabulary to translate (names and ids never are).
VALUE_COLUMNS = frozenset({"domain", "regime", "level", "kind", "role", "type", "direction", "reason", "measure", "table", "network",
                 "link_to", "main_role"})


#: Display format of well-known columns in the report's tables and the map's panel: decimals, "percent", "hours"
#: (one decimal, whole hours without) or "mixed" (whole values whole); see :func:`.numbers.cell`.
COLUMN_FORMATS = {
    "meeting_hours_per_month": "hours", "capacity_hours": "0", "load_ratio": "2", "hours_saved_per_month": "hours",
    "combined_meeting_hours_per_month": "hours", "jaccard": "percent", "betweenness": "3", "harmonic_closeness": "3",
    "eigenvector": "3", "pagerank": "3", "two_mode_betweenness": "3", "weighted_degree": "0",
    "non_decision_hours_share": "percent", "covered_share": "percent", "occasional_share": "percent",
    "new_share": "percent", "core_continuity": "percent", "mean_tables": "1", "mean_partners": "1",
    "mean_betweenness": "3", "ei_index": "2", "expected_ei_index": "2", "participation": "2",
    "fragmentation_without": "percent", "score_without": "percent", "median_tenure_years": "1", "value": "mixed",
    "top_value": "mixed", "bridging_z": "1",
}
