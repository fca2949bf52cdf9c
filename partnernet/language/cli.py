"""The command line's words in Dutch and English: titles, notes and lines the commands print.

``text(key, lang, **values)`` fills one text; a key ending in ``_one`` is
used instead of the plain key when ``n == 1``. Error messages are in
:mod:`.errors` (with :mod:`.problems` and :mod:`.usage`), help texts in :mod:`.help`.

>>> text("note.warnings", "nl", n=2, command="partnernet validate x")
"Let op: 2 waarschuwingen over de invoer; 'partnernet validate x' toont ze."
>>> text("note.warnings", "en", n=1, command="partnernet validate x")
"Note: 1 warning about the input; 'partnernet validate x' lists them."
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from .numbers import check_language

if TYPE_CHECKING:
    from typing import Any
    from pathlib import Path

#: key -> (Dutch, English), with {placeholders}.
TEXTS: dict[str, tuple[str, str]] = {
    # report: the steps shown on a terminal while it is made (partnernet.report's progress codes)
    "progress.centrality": ("tussenpositie", "centrality"),
    "progress.connectors": ("verbinders", "connectors"),
    "progress.load": ("belasting", "load"),
    "progress.robustness": ("robuustheid", "robustness"),
    "progress.fragmentation": ("fragmentatie", "fragmentation"),
    "progress.what_if": ("wat als", "what if"),
    "progress.overlap": ("overlap", "overlap"),
    "progress.hierarchy_and_covenants": ("hiërarchie en convenanten", "hierarchy and covenants"),
    "progress.turnover": ("verloop", "turnover"),
    "progress.writing": ("schrijven", "writing"),
    # shared (cli/options.py)
    "note.warnings": (
        "Let op: {n} waarschuwingen over de invoer; '{command}' toont ze.",
        "Note: {n} warnings about the input; '{command}' lists them.",
    ),
    "note.warnings_one": (
        "Let op: 1 waarschuwing over de invoer; '{command}' toont ze.",
        "Note: 1 warning about the input; '{command}' lists them.",
    ),
    "note": ("Let op: {note}", "Note: {note}"),
    "deprecated.format": (
        "Let op: --format {value} is verouderd voor het documenttype; gebruik --to {value}.",
        "Note: --format {value} is deprecated for the document type; use --to {value}.",
    ),
    "network": ("Netwerk: {words}.", "Network: {words}."),
    "network.tables": (
        "{actors} verbonden als ze een overleg delen (deelnames)",
        "{actors} linked when they share a table (memberships)",
    ),
    "network.ties": (
        "{actors} verbonden door hun directe relaties (het landschap heeft geen deelnames)",
        "{actors} linked by their direct ties (the landscape has no memberships)",
    ),
    "network.tables+ties": (
        "{actors} verbonden als ze een overleg of een directe relatie delen",
        "{actors} linked when they share a table or have a direct tie",
    ),
    "network.directed": (
        "{n} gerichte relaties: tussenpositie en brokerage volgen de richting, de andere maten "
        "tellen ze in beide richtingen.",
        "{n} directed ties: betweenness and brokerage follow the direction, the other measures count them both ways.",
    ),
    "network.directed_one": (
        "1 gerichte relatie: tussenpositie en brokerage volgen de richting, de andere maten "
        "tellen haar in beide richtingen.",
        "1 directed tie: betweenness and brokerage follow the direction, the other measures count it both ways.",
    ),
    "first_of": ("{title} (eerste {top} van {n})", "{title} (first {top} of {n})"),
    "on_date": ("op {date}", "on {date}"),
    "at_date": ("op {date}", "at {date}"),
    "all_rows": ("alle rijen", "all rows"),
    "all_rows_register": ("alle rijen van het register", "all rows of the register"),
    "none": ("(geen)", "(none)"),
    "organisations": ("organisaties", "organisations"),
    "persons": ("personen", "persons"),
    "organisation": ("organisatie", "organisation"),
    "person": ("persoon", "person"),
    # every command that writes a file or folder says so in this one form (cli/options.py: wrote)
    "wrote": ("geschreven: {path}{details}", "wrote {path}{details}"),
    "pseudonymised": ("Gepseudonimiseerd: {message}", "Pseudonymised: {message}"),
    # viz (cli/viz.py)
    "viz.mark": ("markering {n}", "mark {n}"),
    "viz.pseudonymised": (
        "Gepseudonimiseerd: uit --metrics-bestanden blijven alleen de numerieke kolommen over en ids van "
        "personen staan er als pseudoniem; labels van --mark heten '{first}', '{second}', ...",
        "Pseudonymised: in --metrics files only numeric columns are kept and ids of persons "
        "are shown as pseudonyms; --mark labels are shown as '{first}', '{second}', ...",
    ),
    # turnover, compare, layers (cli/time.py)
    "turnover.bodies": (
        "Overleggen op {date}: zittingsduur in jaren, nieuw sinds {since} (korte zittingsduur: mediaan onder {years} jaar)",
        "Bodies on {date}: tenure in years, new since {since} (short tenure: median below {years} years)",
    ),
    "turnover.organisations": (
        "Organisaties: zetels die van persoon wisselden (in het venster: sinds {since})",
        "Organisations: seats that changed hands (in the window: since {since})",
    ),
    "compare.head": ("Vergelijking van {a} (voor) met {b} (na)", "Comparing {a} (before) with {b} (after)"),
    "compare.side_date": ("{path} op {date}", "{path} on {date}"),
    "compare.side_all": ("{path} (alle rijen)", "{path} (all rows)"),
    "compare.changed": ("Wat is er veranderd", "What changed"),
    "compare.counts": (
        "Toegevoegd en verdwenen (organisaties: die in het netwerk of in één register)",
        "Added and removed (organisations: those in the network or in one register only)",
    ),
    "compare.network": (
        "Netwerk van organisaties verbonden door gedeelde overleggen",
        "Network of organisations linked by shared bodies",
    ),
    "compare.metrics": ("Grootste veranderingen per organisatie", "Largest changes per organisation"),
    "compare.metrics_top": (
        "Grootste veranderingen per organisatie (top {top} per maat)",
        "Largest changes per organisation (top {top} per measure)",
    ),
    "compare.new_bodies": ("Wat voegde elk nieuw overleg toe?", "What did each new body add?"),
    "compare.dissolved_bodies": (
        "Opgeheven overleggen: welke verbindingen gingen verloren?",
        "Dissolved bodies: which links were lost?",
    ),
    "compare.link_pairs": (
        "Paren van organisaties die een nieuw overleg voor het eerst verbindt, of die met een opgeheven overleg "
        "hun enige gedeelde overleg verloren",
        "Pairs of organisations a new body links for the first time, or that lost their only shared body with a "
        "dissolved one",
    ),
    "compare.connector_roles": (
        "Organisaties waarvan de rol als verbinder veranderde",
        "Organisations whose connector role changed",
    ),
    "compare.handovers": (
        "Overdrachten: een zetel die van persoon wisselde",
        "Handovers: seats that changed hands",
    ),
    **{
        f"compare.{change}.{table}": (f"{nl_change}: {nl_table}", f"{en_change}: {table}")
        for change, nl_change, en_change in (
            ("added", "Toegevoegd", "Added"),
            ("removed", "Verdwenen", "Removed"),
            ("changed", "Veranderd", "Changed"),
        )
        for table, nl_table in (
            ("organisations", "organisaties"),
            ("persons", "personen"),
            ("bodies", "overleggen"),
            ("memberships", "deelnames"),
            ("ties", "relaties"),
        )
    },
    "every_row_name": (
        "Elke rij van een tabel: --table NAAM (zie --help), met --format csv of json.",
        "Every row of a table: --table NAME (see --help), with --format csv or json.",
    ),
    "layers.head": ("Lagen naar {by}{when}", "Layers by {by}{when}"),
    "layers.findings": ("Bevindingen over de lagen", "Findings about the layers"),
    "by.regime": ("regime", "regime"),
    "by.tie-kind": ("soort relatie", "kind of tie"),
    "layers.regime.layers": (
        "Lagen: overleggen van beide regimes horen bij beide netwerken (de gedeelde laag)",
        "Layers: bodies of both regimes belong to both networks (the shared layer)",
    ),
    "layers.pairs": ("Gedeeld tussen de lagen", "Shared between layers"),
    "layers.bridge-actors": (
        "Bruggen: organisaties en personen bij CT- en bij criminaliteitsoverleggen",
        "Bridges: organisations and persons at CT and at crime bodies",
    ),
    "layers.bridge-hosts": (
        "Gastheren: overleggen per laag waarvan zij gastheer zijn",
        "Hosts: bodies hosted per layer",
    ),
    "layers.shared-bodies": (
        "Gedeelde overleggen: hun organisaties naar waar ze verder zitten",
        "Shared bodies: their organisations by where else they sit",
    ),
    "layers.regime.fragmentation": (
        "Fragmentatie van de organisaties van elk netwerk, verbonden door",
        "Fragmentation of each network's organisations, linked by",
    ),
    "layers.tie-kind.layers": (
        "Lagen: de overleggen en elke soort relatie",
        "Layers: the tables (membership) and each kind of tie",
    ),
    "layers.ties-outside-tables": (
        "Relaties tussen organisaties die geen overleg delen",
        "Ties between organisations that share no table",
    ),
    "layers.tie-kind.fragmentation": (
        "Fragmentatie van de organisaties van elke laag, verbonden door",
        "Fragmentation of each layer's organisations, linked by",
    ),
    # fragmentation, whatif (cli/resilience.py)
    "frag.head": (
        "Fragmentatie van het netwerk van {actors}{when}: {nodes} {actors}, {links} ({how})",
        "Fragmentation of the {actor} network{when}: {nodes} {actors}, {links} ({how})",
    ),
    "frag.how.tables": ("via een gedeeld overleg", "sharing a body"),
    "frag.how.ties": ("directe relaties", "direct ties"),
    "frag.how.tables+ties": ("via een gedeeld overleg of een relatie", "sharing a body or a tie"),
    "frag.no_memberships_ties": (
        "  Het landschap heeft geen deelnames: zonder de directe relaties is geen {actor} "
        "met een andere verbonden (gebruik --ties om de relaties te analyseren).",
        "  The landscape has no memberships: without its direct ties no {actor} is linked "
        "to another (use --ties to analyse the ties).",
    ),
    "frag.no_memberships": (
        "  Het landschap heeft geen deelnames en geen relaties: geen {actor} is met een andere verbonden.",
        "  The landscape has no memberships and no ties: no {actor} is linked to another.",
    ),
    "frag.too_few": (
        "  Minder dan twee {actors}: fragmentatie, dichtheid en afstanden zijn niet bepaald.",
        "  Fewer than two {actors}: fragmentation, density and distances are not defined.",
    ),
    "frag.components": ("losse delen", "components"),
    "frag.components_value": (
        "{n} (grootste {largest}, {isolates} zonder verbinding)",
        "{n} (largest {largest}, {isolates} isolated)",
    ),
    "frag.F": ("fragmentatie F", "fragmentation F"),
    "frag.F_value": (
        "{value}  aandeel paren dat elkaar niet kan bereiken",
        "{value}  share of pairs that cannot reach each other",
    ),
    "frag.DF": ("afstandsgewogen fragmentatie DF", "distance-weighted fragmentation DF"),
    "frag.DF_value": ("{value}  0 = iedereen direct verbonden", "{value}  0 = all linked directly"),
    "frag.density": ("dichtheid", "density"),
    "frag.density_value": (
        "{value}  aandeel van de mogelijke verbindingen dat er is",
        "{value}  share of possible links present",
    ),
    "frag.distance": ("gemiddelde afstand", "average distance"),
    "frag.distance_value": ("{value} stappen", "{value} steps"),
    "frag.no_distance": ("-  geen paar kan elkaar bereiken", "-  no pair can reach another"),
    "frag.modularity_groups": ("modulariteit van de {grouping}groepen", "modularity of the {grouping} groups"),
    "frag.modularity_communities": ("modulariteit van {n} gemeenschappen", "modularity of {n} communities"),
    "frag.modularity_communities_one": ("modulariteit van 1 gemeenschap", "modularity of 1 community"),
    "frag.ari": ("gemeenschappen tegen {grouping} (ARI)", "communities vs {grouping} (ARI)"),
    "frag.ari_value": (
        "{value}  1 = dezelfde groepen, 0 = niet beter dan toeval",
        "{value}  1 = the same groups, 0 = no better than chance",
    ),
    "frag.components_title": ("Losse delen ({n})", "Separate parts of the network ({n})"),
    "frag.communities_title": ("Gemeenschappen (Leiden) en hun groepen", "Communities (Leiden) and their groups"),
    "frag.articulation_title": (
        "Articulatiepunten: zonder een van deze valt het netwerk uiteen",
        "Articulation points: without one of these, the network splits",
    ),
    "frag.bridges_title": (
        "Bruggen: verbindingen waarvan het verlies het netwerk splitst",
        "Bridges: links whose loss splits the network",
    ),
    "frag.carriers_title": (
        "Personen die in hun eentje een verbinding tussen twee organisaties dragen, {n} paren "
        "van organisaties in totaal",
        "Persons who alone carry a link between two organisations, {n} pairs of organisations in all",
    ),
    "frag.carriers_title_one": (
        "Personen die in hun eentje een verbinding tussen twee organisaties dragen, 1 paar van organisaties in totaal",
        "Persons who alone carry a link between two organisations, 1 pair of organisations in all",
    ),
    "frag.single_person_links_title": (
        "Verbindingen tussen twee organisaties die op één persoon rusten, per organisatie, partner en persoon "
        "({n} paren van organisaties)",
        "Links between two organisations that rest on one person, by organisation, partner and person "
        "({n} pairs of organisations)",
    ),
    "frag.single_person_links_title_one": (
        "Verbindingen tussen twee organisaties die op één persoon rusten, per organisatie, partner en persoon "
        "(1 paar van organisaties)",
        "Links between two organisations that rest on one person, by organisation, partner and person "
        "(1 pair of organisations)",
    ),
    "frag.bus_title": (
        "Busfactor 1: vertrekt één persoon, dan raakt de organisatie los van",
        "Bus factor 1: one person leaving cuts the organisation off from",
    ),
    "frag.nodes_title": (
        "Elke {actor}: {its} groep, los deel en gemeenschap",
        "Each {actor}: {its} group, component and community",
    ),
    "frag.bus_factor_title": (
        "Busfactor: hoeveel personen van een organisatie moeten vertrekken voor ze een verbinding verliest",
        "Bus factor: how many of an organisation's persons must leave before it loses a link",
    ),
    "kp.head": (
        "Sleutelspelers (k={k}, {criterion}, {method}): {names}",
        "Key players (k={k}, {criterion}, {method}): {names}",
    ),
    "kp.effect": (
        "  {criterion} onder de overige {actors}: {before} met, {after} zonder de sleutelspelers",
        "  {criterion} among the remaining {actors}: {before} with them, {after} without them",
    ),
    "kp.effect_one": (
        "  {criterion} onder de overige {actors}: {before} met, {after} zonder de sleutelspeler",
        "  {criterion} among the remaining {actors}: {before} with it, {after} without it",
    ),
    "kp.intact": (
        "  {criterion} van het hele netwerk intact {intact}; zonder de {k} afzonderlijk sterkste {score}",
        "  {criterion} of the whole network intact {intact}; without the {k} individually best {score}",
    ),
    "kp.title": (
        "{criterion} zonder elke actor afzonderlijk (rang 1 = afzonderlijk het meest schadelijk)",
        "{criterion} without each actor alone (rank 1 = most damaging alone)",
    ),
    "whatif.head": ("Wat als{when}: {what}", "What if{when}: {what}"),
    "whatif.without": ("zonder {who}", "without {who}"),
    "whatif.with_body": ("met nieuw overleg {body}", "with new body {body}"),
    "whatif.changes": ("Wat verandert er", "What changes"),
    "whatif.summary": ("Voor en na", "Before and after"),
    "whatif.removed": ("Weggehaald uit het landschap", "Removed from the landscape"),
    "whatif.added": ("Nieuwe overleggen", "New bodies"),
    "whatif.adjustments": (
        "Gevolgen voor wat blijft (rapportagelijnen, gastheren, moederorganisaties, te kleine overleggen)",
        "Side effects on what stays (reporting lines, hosts, parents, bodies left too small)",
    ),
    "whatif.coverage": (
        "Organisaties waarvan de verbinders veranderden",
        "Organisations whose connectors changed",
    ),
    "whatif.disconnected": ("Losgeraakt", "Cut off"),
    "whatif.articulation_points": (
        "Kwetsbare punten (articulatiepunten) die veranderden",
        "Single points of failure (articulation points) that changed",
    ),
    "whatif.group_links": (
        "Verbindingen tussen elk paar groepen, voor en na: welke organisaties en personen het paar verbinden",
        "Connections between every pair of groups, before and after: which organisations and persons link the pair",
    ),
    "whatif.group_links_counts": (
        "Verbindingen tussen groepen die veranderden: hoeveel organisaties het paar verbinden, voor en na",
        "Connections between groups that changed: how many organisations link the pair, before and after",
    ),
    "whatif.connectors": (
        "Verbinders die veranderden (brokerage tussen domeinen: overbrugde paren partners zonder eigen band)",
        "Connectors that changed (brokerage between domains: pairs of unconnected partners brokered)",
    ),
    "whatif.load": ("Vergaderuren per maand die veranderden", "Meeting hours per month that changed"),
    "whatif.centrality": (
        "Plaatsen naar tussenpositie die veranderden (organisaties)",
        "Betweenness ranks that changed (organisations)",
    ),
    # overload, redundancy, hierarchy, covenants (cli/load.py)
    "all_rows_register_when": (" (alle rijen van het register)", " (all rows of the register)"),
    "overload.none": (
        "Het landschap heeft geen deelnames{when}: niemand zit aan tafel, dus er zijn geen vergaderuren te tellen.",
        "The landscape has no memberships{when}: no one sits at a table, so there are no meeting hours to count.",
    ),
    "overload.title": (
        "Vergaderuren per maand per {level}{when} (overbelast: belasting > {threshold})",
        "Meeting hours per month per {level}{when} (overloaded: load > {threshold})",
    ),
    "overload.all_unknown": (
        "De uren van elk overleg zijn onbekend (vergaderingen per jaar of uren per "
        "vergadering): vergaderuren zijn niet te tellen, de lijst is gerangschikt naar zetels "
        "en overleggen.",
        "The hours of every table are unknown (meetings per year or hours per meeting): meeting "
        "hours cannot be counted, and the list is ranked by seats and tables.",
    ),
    "overload.lower": (
        "{n} hiervan zitten aan overleggen met onbekende uren: hun vergaderuren per maand zijn een ondergrens.",
        "{n} of these sit at tables with unknown hours: their meeting hours per month are a lower bound.",
    ),
    "redundancy.title": (
        "Overleggen die {members} delen{when}, kandidaten voor samenvoegen eerst, dan naar de uren "
        "per maand die samenvoegen zou besparen",
        "Bodies sharing {members}{when}, merge candidates first, then by hours a merge would save per month",
    ),
    "redundancy.candidates": (
        "Kandidaten voor samenvoegen (Jaccard >= {overlap}, zelfde regime en niveau)",
        "Merge candidates (Jaccard >= {overlap}, same regime and level)",
    ),
    "redundancy.small": ("Overleggen met minder dan twee deelnemers", "Bodies with fewer than two members"),
    "redundancy.nested": (
        "Overleggen waarvan alle deelnemers ook zitten in het overleg waaraan het rapporteert",
        "Bodies whose members all sit at the body they report to",
    ),
    "actors": ("deelnemers", "actors"),
    "hierarchy.title": ("Rapportagelijnen{when}", "Reporting hierarchy{when}"),
    "hierarchy.bodies": ("Overleggen in de rapportagelijnen{when}", "Bodies in the reporting hierarchy{when}"),
    "hierarchy.chains": (
        "Lagen van elk operationeel overleg tot de top",
        "Layers from each operational table to the top",
    ),
    "hierarchy.isolated": (
        "Losse overleggen (geen bovenliggend en geen onderliggend overleg)",
        "Isolated bodies (no parent, no children)",
    ),
    "covenants.head": (
        "Dekking door convenanten{when}: deelnemers zijn organisaties; een onderdeel is gedekt als "
        "zijn moederorganisatie tekende",
        "Covenant coverage{when}: members are organisations; a unit is covered when its parent signed",
    ),
    "covenants.bodies": ("{covenant}: gedekte deelnemers per overleg", "{covenant}: members covered per body"),
    "covenants.ties": (
        "{covenant}: informatierelaties over de grens van het convenant",
        "{covenant}: information ties crossing its boundary",
    ),
    "covenants.all_bodies": ("Gedekte deelnemers per overleg en convenant", "Members covered per body and covenant"),
    "covenants.all_ties": (
        "Informatierelaties over de grens van een convenant",
        "Information ties crossing a covenant's boundary",
    ),
    "covenants.outside": (
        "Deelnemers buiten het convenant van hun overleg",
        "Members outside the covenant of their body",
    ),
    # centrality, connectors (cli/network.py)
    "centrality.title": (
        "{what} naar {measure} ({date})",
        "{what} by {measure} ({date})",
    ),
    "connectors.organisations": (
        "Organisaties die {groups} overbruggen (paren partners zonder eigen band, {date}; "
        "verbinder: brokerage tussen domeinen met z >= {z})",
        "Organisations that bridge {groups} (pairs of unconnected partners, {date}; connector: bridging z >= {z})",
    ),
    "connectors.persons": (
        "Personen die {groups} overbruggen (verbinder: brokerage tussen domeinen met z >= {z})",
        "Persons who bridge {groups} (connector: bridging z >= {z})",
    ),
    "connectors.pairs": (
        "Wie overbrugt elk paar {groups} (meeste paren eerst)",
        "Who bridges each pair of {groups} (most pairs first)",
    ),
    "connectors.without-connector": (
        "Organisaties zonder verbinder: noch zijzelf, noch een van hun personen slaat vaker dan toeval een "
        "brug naar een {other} (z >= {z})",
        "Organisations without a connector: neither they nor any of their persons bridge to another {other} "
        "significantly above chance (z >= {z})",
    ),
    "connectors.coverage": ("Dekking door verbinders per organisatie", "Connector coverage per organisation"),
    "connectors.expected-hub": (
        "Verwachte spil {hub}: gevonden plaats onder de organisaties",
        "Expected hub {hub}: observed rank among organisations",
    ),
    "group.domain": ("domeinen", "domains"),
    "group.regime": ("regimes", "regimes"),
    "group.level": ("niveaus", "levels"),
    "group.communities": ("gemeenschappen", "communities"),
    "other.domain": ("ander domein", "domain"),
    "other.regime": ("ander regime", "regime"),
    "other.level": ("ander niveau", "level"),
    "other.communities": ("andere gemeenschap", "community"),
    # validate, summary, convert (cli/data.py)
    "validate.usable": ("{path}: bruikbaar", "{path}: usable"),
    "validate.not_usable": ("{path}: NIET bruikbaar, {n} fouten", "{path}: NOT usable, {n} errors"),
    "validate.not_usable_one": ("{path}: NIET bruikbaar, 1 fout", "{path}: NOT usable, 1 error"),
    "validate.error": ("  Fout: {problem}", "  Error: {problem}"),
    "validate.warnings": ("{n} waarschuwingen{colon}", "{n} warnings{colon}"),
    "validate.warnings_one": ("1 waarschuwing{colon}", "1 warning{colon}"),
    "validate.warning": ("  Waarschuwing: {problem}", "  Warning: {problem}"),
    "summary.counts": ("Rijen per tabel", "Rows per table"),
    "summary.domains": ("Organisaties per domein", "Organisations per domain"),
    "summary.regimes": ("Organisaties en overleggen per regime", "Organisations and bodies per regime"),
    "summary.levels": ("Organisaties en overleggen per niveau", "Organisations and bodies per level"),
    "summary.body_kinds": ("Overleggen per soort", "Bodies per kind"),
    "summary.top_organisations": ("Organisaties aan de meeste overleggen", "Organisations at most tables"),
}


def wrote(path: str | Path, lang: str, details: str | None = None) -> str:
    """The line of every command that wrote ``path`` (a file, folder or list of them), with what it holds.

    >>> wrote("kaart.html", "nl", "46 organisaties"), wrote("a.html, b.html", "en")
    ('geschreven: kaart.html: 46 organisaties', 'wrote a.html, b.html')
    """
    return text("wrote", lang, path=path, details=f": {details}" if details else "")


def text(key: str, lang: str, **values: Any) -> str:
    """The text ``key`` in ``lang`` with ``values`` filled in (the ``_one`` form when ``n == 1``)."""
    if values.get("n") == 1 and f"{key}_one" in TEXTS:
        key = f"{key}_one"
    nl, en = TEXTS[key]
    return (nl if check_language(lang) == "nl" else en).format(**values)


from .._public import public_dir

__all__ = ["TEXTS", "wrote", "text"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
