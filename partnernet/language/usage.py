"""Usage errors in Dutch and English: a call of the API or the CLI that cannot work as asked.

One key per message (the :class:`partnernet.errors.UsageError`'s ``code``), the same keys and
placeholders in :data:`NL` and :data:`EN`; :mod:`.errors` says them (``message``). Names of
parameters and options (``level``, ``--top``) and the values they take stay as typed.
"""

from __future__ import annotations

NL: dict[str, str] = {
    # choices and values
    "unknown_language": "onbekende taal {value}; kies nl (Nederlands) of en (Engels), hoofdletters maken niet uit.",
    "unknown_language_option": (
        "onbekende taal {value} in de optie {option}; kies nl (Nederlands) of en (Engels), hoofdletters maken niet uit."
    ),
    "unknown_language_variable": (
        "onbekende taal {value} in de omgevingsvariabele {variable}; kies nl (Nederlands) of en (Engels), "
        "hoofdletters maken niet uit, of maak {variable} leeg."
    ),
    "unknown_choice": "onbekende waarde '{value}' voor {what}; kies uit {choices}.",
    "unknown_choice_none": "onbekende waarde '{value}' voor {what}; dit landschap heeft er geen.",
    "unknown_regime_layer": "onbekend regime '{value}'; kies ct, crime of both.",
    "unknown_member_set": "onbekende verzameling deelnemers '{value}'; kies uit {choices}.",
    "unknown_actor_set": "onbekende verzameling actoren '{value}'; kies uit {choices}.",
    "unknown_centrality": "onbekende centraliteitsmaat '{value}'; kies uit {choices}.",
    "unknown_graph_kind": "onbekende soort graaf '{value}'; kies uit {choices}.",
    "unknown_layer_split": "onbekende manier om in lagen te splitsen '{value}'; kies uit {choices}.",
    "not_a_landscape": "verwacht een partnernet-Landscape (pn.load(...)) of een networkx-graaf, niet {kind}.",
    "unknown_tables": "onbekende tabellen: {names}",
    "bad_at_date": "'{value}' is geen geldige datum; schrijf de datum als 2024-12-31 of 31-12-2024.",
    "in_option": "{option}: {text}",
    "at_date_out_of_range": "'{value}' valt buiten de data die een register bevat ({first} tot {last}).",
    "bad_exact": "exact moet True, False of None (automatisch) zijn, niet {value}.",
    "bad_samples": "samples moet een geheel getal van minstens 1 zijn, niet {value}.",
    "not_a_positive_number": "{name} moet een getal van 0 of meer zijn, niet {value}.",
    "bad_z": "de drempel z voor verbinders moet een eindig getal zijn (bijv. 1.96), niet {value}.",
    "bad_min_overlap": "min_overlap moet boven 0 liggen en hoogstens 1 zijn, niet {value}.",
    "bad_turnover_window": "threshold_years en window_months moeten positief zijn.",
    "bad_radius": "radius moet een geheel getal van 1 of meer zijn, niet {value}.",
    "sampling_needs_igraph": (
        "steekproeven van kortste paden vragen backend='igraph'; networkx rekent ze altijd exact uit."
    ),
    "labelings_differ": "de twee indelingen moeten dezelfde elementen indelen (even lang).",
    "groups_need_graph": "groepen vragen een landschap of een networkx-graaf.",
    "no_such_attribute": (
        "geen knoop heeft het attribuut '{value}'; noem een knoopattribuut zoals domain, regime of level, "
        "geef een mapping van knoop naar groep, of gebruik '{communities}'."
    ),
    "bad_groups": "groups moet de naam van een knoopattribuut zijn, een mapping van knoop naar groep, of '{communities}'.",
    "no_such_column": "organisaties hebben geen kolom '{value}'; kies uit {choices}.",
    "unknown_hub": (
        "onbekende organisatie '{value}' als verwachte spil; gebruik een id uit organisations.csv (bijv. {example})."
    ),
    # key players and robustness
    "unknown_criterion": "onbekend criterium '{value}'; kies F (fragmentatie) of DF (afstandsgewogen).",
    "too_few_candidates": "candidates moet minstens k ({k}) zijn; het is {n}.",
    "too_many_sets": (
        "volledig zoeken zou {sets} verzamelingen van {k} beoordelen (grens {most}); "
        "gebruik method='greedy' of een kleinere k."
    ),
    "too_few_actors": (
        "te weinig actoren voor sleutelspelers: het netwerk heeft {n} knopen, en sleutelspelers vragen er "
        "minstens 3 (één om weg te nemen, twee die blijven)."
    ),
    "too_few_actors_one": (
        "te weinig actoren voor sleutelspelers: het netwerk heeft 1 knoop, en sleutelspelers vragen er "
        "minstens 3 (één om weg te nemen, twee die blijven)."
    ),
    "bad_k": "k moet een geheel getal van 1 tot {most} zijn (de graaf heeft {n} knopen); het is {k}.",
    "bad_key_players": (
        "{opt:--key-players|key_players=} moet een geheel getal van 1 tot {most} zijn (de graaf heeft {n} "
        "knopen); het is {k}."
    ),
    "bad_candidates": "candidates moet minstens 1 zijn.",
    "empty_pseudonym_key": (
        "{opt:--pseudonym-key|key=} is leeg: een lege sleutel is geen geheim (wie de ids heeft, maakt dezelfde "
        "pseudoniemen); geef een geheime sleutel, of laat de sleutel weg voor willekeurige pseudoniemen."
    ),
    "empty_pseudonym_key_variable": (
        "PARTNERNET_PSEUDONYM_KEY bevat alleen spaties: een lege sleutel is geen geheim; zet er een geheime "
        "sleutel in, of maak de variabele leeg voor willekeurige pseudoniemen."
    ),
    "bad_steps": "steps moet van 0 tot {most} lopen (de graaf heeft {n} knopen); het is {steps}.",
    "bad_runs": "runs moet minstens 1 zijn.",
    # what-if
    "ids_as_text": "{what} neemt ids als tekst, bijv. {what}=['p001']; gekregen: {value}.",
    "ids_as_text_option": "{option} neemt een id, bijv. {option} p001; gekregen: {value}.",
    "unknown_remove": "kan onbekende id '{value}' niet weghalen; bedoelt u {close}?",
    "unknown_remove_none": (
        "kan onbekende id '{value}' niet weghalen; gebruik een id van de organisaties, personen of overleggen."
    ),
    "add_not_a_dict": "add neemt overleggen als dicts met 'id' en 'members'; element {position} is {value}.",
    "add_unknown_field": "onbekend veld '{value}' van een nieuw overleg; gebruik {choices}.",
    "add_no_id": "nieuw overleg {position} heeft een 'id' (tekst) nodig, bijv. {{'id': 'nieuwe-tafel', ...}}.",
    "add_id_taken": "'{value}' is al een id in dit landschap; geef het nieuwe overleg een eigen id.",
    "add_no_members": "nieuw overleg '{value}' heeft 'members' nodig: een lijst van ids van organisaties of personen.",
    "add_refers_to_removed": "'{value}' is weggehaald in dit scenario; nieuw overleg '{body}' kan er niet naar verwijzen.",
    "nothing_to_change": (
        "niets te veranderen: geef ids om weg te halen ({opt:--remove ID|remove=[...]}) "
        "of een overleg om toe te voegen ({opt:--add-body|add=[...]})."
    ),
    "add_body_form": (
        "--add-body '{spec}': schrijf het als ID:DEELNEMER,DEELNEMER,... "
        "(bijv. 'jeugdtafel:p072,p073,p069;meetings=12;hours=1.5')."
    ),
    "add_body_key": "--add-body '{spec}': '{part}' is geen KEY=VALUE met een sleutel uit {choices}.",
    # commands
    "compare_needs_two": (
        "er is maar één landschap om te vergelijken: {opt:geef een tweede PAD, of --vs DATUM om PAD op twee data "
        "te vergelijken (bijv. --at 2025-01-01 --vs 2026-01-01)|geef twee landschappen, bijv. "
        "pn.compare(land.at(d1), land.at(d2)) om een landschap op twee data te vergelijken}."
    ),
    "compare_vs_two_paths": (
        "--vs geeft de datum van PAD op een tweede moment en past niet bij een tweede PAD; vergelijk twee "
        "bestanden met --at DATUM (beide op die datum), of één PAD met --at DATUM --vs DATUM."
    ),
    "compare_same_date": (
        "--at en --vs geven dezelfde datum ({date}): dat vergelijkt PAD met zichzelf; kies twee verschillende data "
        "(bijv. --at 2025-01-01 --vs 2026-01-01)."
    ),
    "no_regime_layers": (
        "geen overleg heeft een regime (ct, crime of both): er zijn geen CT- en criminaliteitslagen om te "
        "vergelijken. Geef de overleggen een regime, of vergelijk de overleggen met soorten directe relaties "
        "({opt:--by tie-kind|by='tie_kind'})."
    ),
    "no_layer_table": "er is geen tabel '{name}' bij splitsen naar {by}; kies uit {choices}.",
    "no_such_table": "dit resultaat heeft geen tabel '{name}'.",
    "no_such_table_key_players": "dit resultaat heeft geen tabel '{name}' (voeg --key-players K toe).",
    "expected_hub_needs_hub": "--table expected-hub vraagt --expected-hub ORGANISATIE.",
    "words_not_data": (
        "--table {name} zijn zinnen voor de lezer, geen gegevens: toon ze met --format table; "
        "CSV en JSON hebben de tabellen {choices}."
    ),
    "metrics_file_columns": "{path}: een bestand met maten heeft een id-kolom en minstens één andere kolom nodig.",
    "mark_form": "--mark neemt LABEL=BESTAND (bijv. 'connector=connectors.csv'), niet '{value}'.",
    "mark_no_file": "--mark {label}: bestand '{path}' bestaat niet.",
    "size_needs_analyses": (
        "--size-by {value} is een uitkomst van de analyses; laat --no-analyses weg of geef haar in een --metrics-bestand."
    ),
    # the map
    "map_is_folder": "'{path}' is een map; geef een bestandsnaam zoals {example}.",
    "register_and_snapshot": (
        "register moet het hele register zijn (pn.load(...)) en land een momentopname ervan (register.at(datum))."
    ),
    "hierarchy_needs_two_mode": (
        "een hiërarchische opmaak toont de rapportagelijn tussen overleggen; gebruik haar met de "
        "tweeledige kaart, niet met projection='organisations'."
    ),
    "bad_markers": "markers moet een dict zijn van label -> verzameling knoop-ids, bijv. {{'connector': {{'om-parket'}}}}.",
    "unknown_marked": "markering '{label}' noemt ids die niet in dit landschap staan: {ids}.",
    "bad_metrics": "metrics moet een pandas-DataFrame zijn (of een lijst ervan) met knoop-ids als index.",
    "metrics_repeat_ids": (
        "een tabel met maten heeft dezelfde id op meerdere rijen ({ids}); geef één rij per knoop-id."
    ),
    "metrics_file_repeat_ids": (
        "{path}: een id in de eerste kolom staat op meerdere regels ({ids}; regels {lines}); geef één regel "
        "per knoop-id."
    ),
    "unknown_size": "kan niet schalen naar '{value}'; kies uit {choices} (numerieke kolommen van de maten die u meegeeft).",
    "unknown_node": "{thing} '{value}' bestaat niet; bedoelt u {close}?",
    "unknown_node_none": "{thing} '{value}' bestaat niet; zie de kolom id van {table}.csv ({n} ids).",
    # files written
    "nul_in_name": "kan {path} niet schrijven: een bestandsnaam kan geen NUL-teken bevatten.",
    "empty_output": "het uitvoerpad {value} is leeg: geef een bestands- (of map)naam.",
    "output_suffix_other_format": (
        "het uitvoerbestand '{name}' eindigt op '{suffix}' maar --format vraagt {given}; geef het bestand de "
        "extensie {wanted}, of laat --format weg (dan kiest de extensie: .csv of .json, anders een tabel)."
    ),
    "output_suffix_not_printed": (
        "het uitvoerbestand '{name}' eindigt op '{suffix}', een bestandssoort die deze opdracht niet schrijft "
        "(ze drukt een tabel, CSV of JSON af); geef het de extensie .txt, .csv of .json."
    ),
    "not_an_output_name": (
        "'{path}' is geen naam voor uitvoer: geef een bestands- (of map)naam, niet '', '-', '.', '..' of '/'."
    ),
    "name_too_long": "kan '{path}' niet schrijven: de bestandsnaam is langer dan {most} bytes; kies een kortere naam.",
    "input_file": (
        "weigert '{path}' te schrijven: het is het invoerbestand '{source}'. "
        "partnernet schrijft nooit over zijn invoer; kies een ander pad voor de uitvoer."
    ),
    "output_exists": (
        "weigert '{path}' te vervangen: het bestaat al en is misschien bewerkt sinds het geschreven werd. "
        "Kies een andere naam, of geef {opt:--force|force=True} om het te vervangen."
    ),
    "input_folder": (
        "weigert '{path}' te schrijven: het is de invoermap '{source}'. "
        "partnernet schrijft nooit over zijn invoer; kies een ander pad voor de uitvoer."
    ),
    "inside_input": (
        "weigert '{path}' te schrijven: het ligt in de invoermap '{source}', die partnernet nooit verandert. "
        "Kies een pad voor de uitvoer buiten die map."
    ),
    "missing_folder": "kan '{path}' niet schrijven: de map '{folder}' bestaat niet; maak haar eerst aan.",
    "cannot_write": "kan '{path}' niet schrijven: {reason}.",
    "cannot_write_folder": "kan '{path}' niet schrijven: het is een map; geef een bestandsnaam.",
    "cannot_write_parent_file": "kan '{path}' niet schrijven: '{parent}' is een bestand, geen map.",
    "cannot_write_too_big": "kan '{path}' niet schrijven: het bestand is groter dan de grens voor bestandsgrootte.",
    "os.EACCES": "geen toestemming om daar te schrijven",
    "os.EPERM": "het systeem staat dit niet toe",
    "os.EROFS": "die plek is alleen-lezen",
    "os.ENOSPC": "de schijf is vol",
    "os.EDQUOT": "uw schijfquotum is op",
    "os.ENOENT": "de map bestaat niet (meer)",
    "os.EISDIR": "het is een map",
    "os.ENOTDIR": "een deel van het pad is geen map",
    "os.ENAMETOOLONG": "de naam is te lang voor het bestandssysteem",
    "os.EFBIG": "het bestand is groter dan de grens voor bestandsgrootte",
    "os.EEXIST": "er staat al iets met die naam dat niet vervangen kan worden",
    "os.ELOOP": "het pad bevat een kring van koppelingen",
    "os.EBUSY": "het bestand is in gebruik",
    "os.ETXTBSY": "het bestand is in gebruik",
    "os.EMFILE": "te veel open bestanden",
    "os.EXDEV": "het bestand kan niet naar een ander bestandssysteem verplaatst worden",
    "os.EINVAL": "de naam is hier niet geldig",
    "os.other": "fout {name} van het besturingssysteem",
    "folder_is_file": "kan de map '{path}' niet schrijven: het is een bestand; geef een mapnaam.",
    "folder_not_own": (
        "weigert de map '{path}' te vervangen: ze bevat andere bestanden dan die van partnernet ({files}). "
        "Kies een nieuwe mapnaam."
    ),
    "map_suffix": (
        "de kaart '{name}' eindigt op {suffix}, maar een kaart is een webpagina; geef het bestand de extensie "
        ".html (bijvoorbeeld {example})."
    ),
    "unknown_output_format": (
        "kan geen '{suffix}'-bestanden schrijven; gebruik .graphml, .gexf, .json, .xlsx "
        "of een mapnaam zonder extensie (CSV-bestanden)."
    ),
    # the report
    "figures_folder_is_file": (
        "kan de figuren van het rapport niet in de map '{folder}' schrijven: er bestaat een bestand met "
        "die naam. Verplaats het, of geef het rapport een andere naam."
    ),
    "unknown_report_format": "onbekend rapportformaat '{value}'; kies html, md, xlsx of pdf.",
    "report_to_twice": (
        "{opt:--to|to=} {to} en {opt:--format|format=} {given} vragen elk een ander documenttype; geef alleen "
        "{opt:--to|to=} ({opt:--format|format=} {given} is de oude schrijfwijze ervan)."
    ),
    "report_format_deprecated": ("report(format=...) is verouderd: het documenttype heet to=; geef to='{value}'."),
    "report_suffix_unknown": (
        "het rapportbestand '{name}' eindigt op '{suffix}', dat geen rapportformaat noemt; "
        "gebruik een van {suffixes} (formaten html, md, xlsx, pdf)."
    ),
    "report_suffix_missing": (
        "het rapportbestand '{name}' heeft geen extensie; gebruik een van {suffixes} (formaten html, md, xlsx, pdf)."
    ),
    "report_suffix_other_format": (
        "het rapportbestand '{name}' eindigt op '{suffix}' maar het gevraagde formaat ({opt:--to|to=}) "
        "is {given}; geef het bestand de extensie {wanted} of laat {opt:--to|to=} weg."
    ),
    "pdf_engine_not_a_program": (
        "${variable} noemt '{value}', dat geen programma is dat kan draaien. Laat het naar Chromium of "
        "Chrome wijzen, of maak het leeg."
    ),
    "pdf_no_engine": (
        "een PDF-rapport vraagt headless Chromium, dat niet gevonden is (gezocht naar {engines} op PATH en "
        "${variable}). Installeer het (Debian: apt-get install chromium), of schrijf het rapport als HTML "
        "(-o rapport.html) en druk dat af vanuit een browser."
    ),
    "pdf_failed": "{engine} kon het rapport niet als PDF afdrukken: {reason}",
    "pdf_empty": (
        "{engine} kon het rapport niet als PDF afdrukken ({reason}). Schrijf het als HTML "
        "(-o rapport.html) en druk dat af vanuit een browser."
    ),
    "exit_status": "afsluitstatus {status}",
}

EN: dict[str, str] = {
    # choices and values
    "unknown_language": "unknown language {value}; use nl (Dutch) or en (English), in any case.",
    "unknown_language_option": "unknown language {value} in the option {option}; use nl (Dutch) or en (English), in any case.",
    "unknown_language_variable": (
        "unknown language {value} in the environment variable {variable}; use nl (Dutch) or en (English), "
        "in any case, or leave {variable} empty."
    ),
    "unknown_choice": "unknown {what} '{value}'; use one of {choices}.",
    "unknown_choice_none": "unknown {what} '{value}'; use one of (none in this landscape).",
    "unknown_regime_layer": "unknown regime '{value}'; use ct, crime or both.",
    "unknown_member_set": "unknown member set '{value}'; use one of {choices}.",
    "unknown_actor_set": "unknown actor set '{value}'; use one of {choices}.",
    "unknown_centrality": "unknown centrality '{value}'; use one of {choices}.",
    "unknown_graph_kind": "unknown graph kind '{value}'; use one of {choices}.",
    "unknown_layer_split": "unknown way to split into layers '{value}'; use one of {choices}.",
    "not_a_landscape": "expected a partnernet Landscape (pn.load(...)) or a networkx graph, not {kind}.",
    "unknown_tables": "unknown tables: {names}",
    "bad_at_date": "'{value}' is not a valid date; write it as 2024-12-31 or 31-12-2024.",
    "in_option": "{option}: {text}",
    "at_date_out_of_range": "'{value}' is outside the dates a register holds ({first} to {last}).",
    "bad_exact": "exact must be True, False or None (automatic), not {value}.",
    "bad_samples": "samples must be a whole number of at least 1, not {value}.",
    "not_a_positive_number": "{name} must be a number of 0 or more, not {value}.",
    "bad_z": "the connector threshold z must be a finite number (e.g. 1.96), not {value}.",
    "bad_min_overlap": "min_overlap must lie above 0 and at most 1, not {value}.",
    "bad_turnover_window": "threshold_years and window_months must be positive.",
    "bad_radius": "radius must be a whole number of 1 or more, not {value}.",
    "sampling_needs_igraph": "sampled shortest paths need backend='igraph'; networkx always computes them exactly.",
    "labelings_differ": "the two labelings must label the same items (equal length).",
    "groups_need_graph": "groups need a landscape or a networkx graph.",
    "no_such_attribute": (
        "no node has the attribute '{value}'; name a node attribute such as domain, regime or level, "
        "give a mapping from node to group, or use '{communities}'."
    ),
    "bad_groups": "groups must be a node attribute name, a mapping from node to group, or '{communities}'.",
    "no_such_column": "organisations have no column '{value}'; use one of {choices}.",
    "unknown_hub": (
        "unknown organisation '{value}' for the expected hub; use an id from organisations.csv (e.g. {example})."
    ),
    # key players and robustness
    "unknown_criterion": "unknown criterion '{value}'; use F (fragmentation) or DF (distance-weighted).",
    "too_few_candidates": "candidates must be at least k ({k}); got {n}.",
    "too_many_sets": (
        "exhaustive search would score {sets:,} sets of {k} (limit {most:,}); use method='greedy' or a smaller k."
    ),
    "too_few_actors": (
        "too few actors for key players: the network has {n} nodes, and key players need at least 3 "
        "(one to remove, two who stay)."
    ),
    "too_few_actors_one": (
        "too few actors for key players: the network has 1 node, and key players need at least 3 "
        "(one to remove, two who stay)."
    ),
    "bad_k": "k must be a whole number from 1 to {most} (the graph has {n} nodes); got {k}.",
    "bad_key_players": (
        "{opt:--key-players|key_players=} must be a whole number from 1 to {most} (the graph has {n} nodes); got {k}."
    ),
    "bad_candidates": "candidates must be at least 1.",
    "empty_pseudonym_key": (
        "{opt:--pseudonym-key|key=} is empty: an empty key is no secret (whoever has the ids makes the same "
        "pseudonyms); give a secret key, or leave the key out for random pseudonyms."
    ),
    "empty_pseudonym_key_variable": (
        "PARTNERNET_PSEUDONYM_KEY holds only blanks: an empty key is no secret; put a secret key in it, or "
        "empty the variable for random pseudonyms."
    ),
    "bad_steps": "steps must be from 0 to {most} (the graph has {n} nodes); got {steps}.",
    "bad_runs": "runs must be at least 1.",
    # what-if
    "ids_as_text": "{what} takes ids as text, e.g. {what}=['p001']; got {value}.",
    "ids_as_text_option": "{option} takes an id, e.g. {option} p001; got {value}.",
    "unknown_remove": "cannot remove unknown id '{value}'; did you mean {close}?",
    "unknown_remove_none": "cannot remove unknown id '{value}'; use an id from the organisations, persons or bodies.",
    "add_not_a_dict": "add takes bodies as dicts with 'id' and 'members'; item {position} is {value}.",
    "add_unknown_field": "unknown field '{value}' of a new body; use {choices}.",
    "add_no_id": "new body {position} needs an 'id' (text), e.g. {{'id': 'new-table', ...}}.",
    "add_id_taken": "'{value}' is already an id in this landscape; give the new body an id of its own.",
    "add_no_members": "new body '{value}' needs 'members': a list of organisation or person ids.",
    "add_refers_to_removed": "'{value}' is removed in this scenario; new body '{body}' cannot refer to it.",
    "nothing_to_change": (
        "nothing to change: give ids to remove ({opt:--remove ID|remove=[...]}) "
        "or a body to add ({opt:--add-body|add=[...]})."
    ),
    "add_body_form": (
        "--add-body '{spec}': write it as ID:MEMBER,MEMBER,... "
        "(e.g. 'jeugdtafel:p072,p073,p069;meetings=12;hours=1.5')."
    ),
    "add_body_key": "--add-body '{spec}': '{part}' is not KEY=VALUE with a key from {choices}.",
    # commands
    "compare_needs_two": (
        "there is only one landscape to compare: {opt:give a second PATH, or --vs DATE to compare PATH at two "
        "dates (e.g. --at 2025-01-01 --vs 2026-01-01)|give two landscapes, e.g. pn.compare(land.at(d1), "
        "land.at(d2)) to compare a landscape at two dates}."
    ),
    "compare_vs_two_paths": (
        "--vs gives the date of PATH at a second moment and does not go with a second PATH; compare two files "
        "with --at DATE (both on that date), or one PATH with --at DATE --vs DATE."
    ),
    "compare_same_date": (
        "--at and --vs give the same date ({date}): that compares PATH with itself; choose two different dates "
        "(e.g. --at 2025-01-01 --vs 2026-01-01)."
    ),
    "no_regime_layers": (
        "no body has a regime (ct, crime or both): there are no CT and crime layers to compare. "
        "Give the bodies a regime, or compare tables with kinds of direct ties ({opt:--by tie-kind|by='tie_kind'})."
    ),
    "no_layer_table": "there is no '{name}' table when splitting by {by}; use one of {choices}.",
    "no_such_table": "there is no '{name}' table in this result.",
    "no_such_table_key_players": "there is no '{name}' table in this result (add --key-players K).",
    "expected_hub_needs_hub": "--table expected-hub needs --expected-hub ORGANISATION.",
    "words_not_data": (
        "--table {name} holds sentences for a reader, not data: show them with --format table; "
        "CSV and JSON have the tables {choices}."
    ),
    "metrics_file_columns": "{path}: a metrics file needs an id column and at least one more column.",
    "mark_form": "--mark takes LABEL=FILE (e.g. 'connector=connectors.csv'), not '{value}'.",
    "mark_no_file": "--mark {label}: no file '{path}'.",
    "size_needs_analyses": (
        "--size-by {value} is a figure of the analyses; leave out --no-analyses or pass it in a --metrics file."
    ),
    # the map
    "map_is_folder": "'{path}' is a folder; give a file name such as {example}.",
    "register_and_snapshot": (
        "register must be the whole register (pn.load(...)) and land a snapshot of it (register.at(date))."
    ),
    "hierarchy_needs_two_mode": (
        "a hierarchical layout shows the reporting chain between bodies; "
        "use it with the two-mode map, not with projection='organisations'."
    ),
    "bad_markers": "markers must be a dict of label -> set of node ids, e.g. {{'connector': {{'om-parket'}}}}.",
    "unknown_marked": "marker '{label}' names ids that are not in this landscape: {ids}.",
    "bad_metrics": "metrics must be a pandas DataFrame (or a list of them) indexed by node id.",
    "metrics_repeat_ids": "a metrics table has the same id on several rows ({ids}); give one row per node id.",
    "metrics_file_repeat_ids": (
        "{path}: an id in the first column is on several lines ({ids}; lines {lines}); give one line per node id."
    ),
    "unknown_size": "cannot size by '{value}'; use one of {choices} (numeric columns of the metrics you pass).",
    "unknown_node": "unknown {thing} '{value}'; did you mean {close}?",
    "unknown_node_none": "unknown {thing} '{value}'; see the id column of {table}.csv ({n} ids).",
    # files written
    "nul_in_name": "cannot write {path}: a file name cannot hold a NUL character.",
    "empty_output": "the output path {value} is empty: give a file (or folder) name.",
    "output_suffix_other_format": (
        "the output file '{name}' ends in '{suffix}' but --format asks for {given}; name the file with {wanted}, "
        "or leave --format out (the suffix then chooses: .csv or .json, else a table)."
    ),
    "output_suffix_not_printed": (
        "the output file '{name}' ends in '{suffix}', a kind of file this command does not write (it prints a "
        "table, CSV or JSON); name it with .txt, .csv or .json."
    ),
    "not_an_output_name": "'{path}' is not an output name: give a file (or folder) name, not '', '-', '.', '..' or '/'.",
    "name_too_long": "cannot write '{path}': the file name is longer than {most} bytes; choose a shorter name.",
    "input_file": (
        "refusing to write '{path}': it is the input file '{source}'. "
        "partnernet never writes over its input; choose another output path."
    ),
    "output_exists": (
        "refusing to replace '{path}': it exists already and may have been edited since it was written. "
        "Choose another name, or pass {opt:--force|force=True} to replace it."
    ),
    "input_folder": (
        "refusing to write '{path}': it is the input folder '{source}'. "
        "partnernet never writes over its input; choose another output path."
    ),
    "inside_input": (
        "refusing to write '{path}': it is inside the input folder '{source}', "
        "which partnernet never changes. Choose an output path outside that folder."
    ),
    "missing_folder": "cannot write '{path}': the folder '{folder}' does not exist; create it first.",
    "cannot_write": "cannot write '{path}': {reason}.",
    "cannot_write_folder": "cannot write '{path}': it is a folder; give a file name.",
    "cannot_write_parent_file": "cannot write '{path}': '{parent}' is a file, not a folder.",
    "cannot_write_too_big": "cannot write '{path}': the file is larger than the file-size limit.",
    "os.EACCES": "no permission to write there",
    "os.EPERM": "the system does not allow it",
    "os.EROFS": "that place is read-only",
    "os.ENOSPC": "the disk is full",
    "os.EDQUOT": "your disk quota is used up",
    "os.ENOENT": "the folder does not exist (any more)",
    "os.EISDIR": "it is a folder",
    "os.ENOTDIR": "a part of the path is not a folder",
    "os.ENAMETOOLONG": "the name is too long for the file system",
    "os.EFBIG": "the file is larger than the file-size limit",
    "os.EEXIST": "something of that name is there and cannot be replaced",
    "os.ELOOP": "the path holds a loop of links",
    "os.EBUSY": "the file is in use",
    "os.ETXTBSY": "the file is in use",
    "os.EMFILE": "too many open files",
    "os.EXDEV": "the file cannot be moved to another file system",
    "os.EINVAL": "the name is not valid here",
    "os.other": "operating-system error {name}",
    "folder_is_file": "cannot write the folder '{path}': it is a file; give a folder name.",
    "folder_not_own": (
        "refusing to replace the folder '{path}': it holds other files than "
        "partnernet's own ({files}). Choose a new folder name."
    ),
    "map_suffix": (
        "the map '{name}' ends in {suffix}, but a map is a web page; give the file the suffix .html "
        "(for example {example})."
    ),
    "unknown_output_format": (
        "cannot write '{suffix}' files; use .graphml, .gexf, .json, .xlsx or a folder name without suffix (CSV files)."
    ),
    # the report
    "figures_folder_is_file": (
        "cannot write the report's figures to the folder '{folder}': a file of that "
        "name exists. Move it, or give the report another name."
    ),
    "unknown_report_format": "unknown report format '{value}'; use html, md, xlsx or pdf.",
    "report_to_twice": (
        "{opt:--to|to=} {to} and {opt:--format|format=} {given} each ask for another document type; give "
        "{opt:--to|to=} only ({opt:--format|format=} {given} is its former spelling)."
    ),
    "report_format_deprecated": ("report(format=...) is deprecated: the document type is to=; pass to='{value}'."),
    "report_suffix_unknown": (
        "the report file '{name}' ends in '{suffix}', which names no report format; "
        "use one of {suffixes} (formats html, md, xlsx, pdf)."
    ),
    "report_suffix_missing": (
        "the report file '{name}' has no suffix; use one of {suffixes} (formats html, md, xlsx, pdf)."
    ),
    "report_suffix_other_format": (
        "the report file '{name}' ends in '{suffix}' but the format asked ({opt:--to|to=}) is {given}; "
        "name the file with {wanted} or leave {opt:--to|to=} out."
    ),
    "pdf_engine_not_a_program": (
        "${variable} names '{value}', which is not a program that can be run. Point it at Chromium or Chrome, or unset it."
    ),
    "pdf_no_engine": (
        "a PDF report needs headless Chromium, which was not found (looked for {engines} on PATH and "
        "${variable}). Install it (Debian: apt-get install chromium), or write the report as HTML "
        "(-o report.html) and print that from a browser."
    ),
    "pdf_failed": "{engine} could not print the report to PDF: {reason}",
    "pdf_empty": (
        "{engine} could not print the report to PDF ({reason}). Write it as HTML "
        "(-o report.html) and print that from a browser."
    ),
    "exit_status": "exit status {status}",
}

from .._public import public_dir

__all__ = ["NL", "EN"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
