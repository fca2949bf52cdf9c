"""Usage errors in Dutch and English: a call of the API or the CLI that cannot work as asked.

One key per message (the :class:`partnernet.errors.UsageError`'s ``code``), the same keys and
placeholders in :data:`NL` and :data:`EN`; :mod:`.errors` says them (``message``). Names of
parameters and options (``level``, ``--top``) and the values they take stay as typed.
"""

from __future__ import annotations

NL: dict[str, str] = {
    # choices and values
    "unknown-language": "onbekende taal {value}; kies nl (Nederlands) of en (Engels), hoofdletters maken niet uit.",
    "unknown-language-variable": (
        "onbekende taal {value} in de omgevingsvariabele {variable}; kies nl (Nederlands) of en (Engels), "
        "hoofdletters maken niet uit, of maak {variable} leeg."
    ),
    "unknown-choice": "onbekende waarde '{value}' voor {what}; kies uit {choices}.",
    "unknown-choice.none": "onbekende waarde '{value}' voor {what}; dit landschap heeft er geen.",
    "unknown-regime-layer": "onbekend regime '{value}'; kies ct, crime of both.",
    "unknown-member-set": "onbekende verzameling deelnemers '{value}'; kies uit {choices}.",
    "unknown-actor-set": "onbekende verzameling actoren '{value}'; kies uit {choices}.",
    "unknown-centrality": "onbekende centraliteitsmaat '{value}'; kies uit {choices}.",
    "unknown-graph-kind": "onbekende soort graaf '{value}'; kies uit {choices}.",
    "unknown-layer-split": "onbekende manier om in lagen te splitsen '{value}'; kies uit {choices}.",
    "not-a-landscape": "verwacht een partnernet-Landscape (pn.load(...)) of een networkx-graaf, niet {kind}.",
    "unknown-tables": "onbekende tabellen: {names}",
    "bad-at-date": "'{value}' is geen geldige datum; schrijf haar als 2024-12-31 of 31-12-2024.",
    "in-option": "{option}: {text}",
    "at-date-out-of-range": "'{value}' valt buiten de data die een register bevat ({first} tot {last}).",
    "bad-exact": "exact moet True, False of None (automatisch) zijn, niet {value}.",
    "bad-samples": "samples moet een geheel getal van minstens 1 zijn, niet {value}.",
    "not-a-positive-number": "{name} moet een getal van 0 of meer zijn, niet {value}.",
    "bad-z": "de drempel z voor verbinders moet een eindig getal zijn (bijv. 1.96), niet {value}.",
    "bad-min-overlap": "min_overlap moet boven 0 liggen en hoogstens 1 zijn, niet {value}.",
    "bad-turnover-window": "threshold_years en window_months moeten positief zijn.",
    "bad-radius": "radius moet een geheel getal van 1 of meer zijn, niet {value}.",
    "sampling-needs-igraph": (
        "steekproeven van kortste paden vragen backend='igraph'; networkx rekent ze altijd exact uit."
    ),
    "labelings-differ": "de twee indelingen moeten dezelfde elementen indelen (even lang).",
    "groups-need-graph": "groepen vragen een landschap of een networkx-graaf.",
    "no-such-attribute": (
        "geen knoop heeft het attribuut '{value}'; noem een knoopattribuut zoals domain, regime of level, "
        "geef een mapping van knoop naar groep, of gebruik '{communities}'."
    ),
    "bad-groups": "groups moet de naam van een knoopattribuut zijn, een mapping van knoop naar groep, of '{communities}'.",
    "no-such-column": "organisaties hebben geen kolom '{value}'; kies uit {choices}.",
    "unknown-hub": (
        "onbekende organisatie '{value}' als verwachte spil; gebruik een id uit organisations.csv (bijv. {example})."
    ),
    # key players and robustness
    "unknown-criterion": "onbekend criterium '{value}'; kies F (fragmentatie) of DF (afstandsgewogen).",
    "too-few-candidates": "candidates moet minstens k ({k}) zijn; het is {n}.",
    "too-many-sets": (
        "volledig zoeken zou {sets} verzamelingen van {k} beoordelen (grens {most}); "
        "gebruik method='greedy' of een kleinere k."
    ),
    "too-few-actors": (
        "te weinig actoren voor sleutelspelers: het netwerk heeft {n} knopen, en sleutelspelers vragen er "
        "minstens 3 (één om weg te nemen, twee die blijven)."
    ),
    "too-few-actors_one": (
        "te weinig actoren voor sleutelspelers: het netwerk heeft 1 knoop, en sleutelspelers vragen er "
        "minstens 3 (één om weg te nemen, twee die blijven)."
    ),
    "bad-k": "k moet een geheel getal van 1 tot {most} zijn (de graaf heeft {n} knopen); het is {k}.",
    "bad-candidates": "candidates moet minstens 1 zijn.",
    "bad-steps": "steps moet van 0 tot {most} lopen (de graaf heeft {n} knopen); het is {steps}.",
    "bad-runs": "runs moet minstens 1 zijn.",
    # what-if
    "ids-as-text": "{what} neemt ids als tekst, bijv. {what}=['p001']; gekregen: {value}.",
    "unknown-remove": "kan onbekende id '{value}' niet weghalen; bedoelt u {close}?",
    "unknown-remove.none": (
        "kan onbekende id '{value}' niet weghalen; gebruik een id van de organisaties, personen of overleggen."
    ),
    "add-not-a-dict": "add neemt overleggen als dicts met 'id' en 'members'; element {position} is {value}.",
    "add-unknown-field": "onbekend veld '{value}' van een nieuw overleg; gebruik {choices}.",
    "add-no-id": "nieuw overleg {position} heeft een 'id' (tekst) nodig, bijv. {{'id': 'nieuwe-tafel', ...}}.",
    "add-id-taken": "'{value}' is al een id in dit landschap; geef het nieuwe overleg een eigen id.",
    "add-no-members": "nieuw overleg '{value}' heeft 'members' nodig: een lijst van ids van organisaties of personen.",
    "add-refers-to-removed": "'{value}' is weggehaald in dit scenario; nieuw overleg '{body}' kan er niet naar verwijzen.",
    "nothing-to-change": "niets te veranderen: geef ids om weg te halen (--remove ID) of een overleg om toe te voegen (--add-body).",
    "add-body-form": (
        "--add-body '{spec}': schrijf het als ID:DEELNEMER,DEELNEMER,... "
        "(bijv. 'jeugdtafel:p072,p073,p069;meetings=12;hours=1.5')."
    ),
    "add-body-key": "--add-body '{spec}': '{part}' is geen KEY=VALUE met een sleutel uit {choices}.",
    # commands
    "compare-needs-two": (
        "geef een tweede PAD, of --vs DATUM om PAD op twee data te vergelijken (bijv. --at 2025-01-01 --vs 2026-01-01)."
    ),
    "no-layer-table": "er is geen tabel '{name}' bij splitsen naar {by}; kies uit {choices}.",
    "no-such-table": "dit resultaat heeft geen tabel '{name}'.",
    "no-such-table.key-players": "dit resultaat heeft geen tabel '{name}' (voeg --key-players K toe).",
    "expected-hub-needs-hub": "--table expected-hub (--section) vraagt --expected-hub ORGANISATIE.",
    "csv-one-table": "CSV bevat één tabel: voeg --table (of --section) toe met een van {choices}.",
    "words-not-data": (
        "--table {name} zijn zinnen voor de lezer, geen gegevens: toon ze met --format table; "
        "CSV en JSON hebben de tabellen {choices}."
    ),
    "metrics-file-columns": "{path}: een bestand met maten heeft een id-kolom en minstens één andere kolom nodig.",
    "mark-form": "--mark neemt LABEL=BESTAND (bijv. 'connector=connectors.csv'), niet '{value}'.",
    "mark-no-file": "--mark {label}: bestand '{path}' bestaat niet.",
    "size-needs-analyses": (
        "--size-by {value} is een uitkomst van de analyses; laat --no-analyses weg of geef haar in een --metrics-bestand."
    ),
    # the map
    "map-is-folder": "'{path}' is een map; geef een bestandsnaam zoals {example}.",
    "register-and-snapshot": (
        "register moet het hele register zijn (pn.load(...)) en land een momentopname ervan (register.at(datum))."
    ),
    "hierarchy-needs-two-mode": (
        "een hiërarchische opmaak toont de rapportagelijn tussen overleggen; gebruik haar met de "
        "tweeledige kaart, niet met projection='organisations'."
    ),
    "bad-markers": "markers moet een dict zijn van label -> verzameling knoop-ids, bijv. {{'connector': {{'om-parket'}}}}.",
    "unknown-marked": "markering '{label}' noemt ids die niet in dit landschap staan: {ids}.",
    "bad-metrics": "metrics moet een pandas-DataFrame zijn (of een lijst ervan) met knoop-ids als index.",
    "metrics-repeat-ids": "een tabel met maten heeft dezelfde id op meerdere rijen; geef één rij per knoop-id.",
    "unknown-size": "kan niet schalen naar '{value}'; kies uit {choices} (numerieke kolommen van de maten die u meegeeft).",
    "unknown-node": "{thing} '{value}' bestaat niet; bedoelt u {close}?",
    "unknown-node.none": "{thing} '{value}' bestaat niet; zie de kolom id van {table}.csv ({n} ids).",
    # files written
    "nul-in-name": "kan {path} niet schrijven: een bestandsnaam kan geen NUL-teken bevatten.",
    "empty-output": "het uitvoerpad {value} is leeg: geef een bestands- (of map)naam.",
    "not-an-output-name": (
        "'{path}' is geen naam voor uitvoer: geef een bestands- (of map)naam, niet '', '-', '.', '..' of '/'."
    ),
    "name-too-long": "kan '{path}' niet schrijven: de bestandsnaam is langer dan {most} bytes; kies een kortere naam.",
    "input-file": (
        "weigert '{path}' te schrijven: het is het invoerbestand '{source}'. "
        "partnernet schrijft nooit over zijn invoer; kies een ander pad voor de uitvoer."
    ),
    "input-folder": (
        "weigert '{path}' te schrijven: het is de invoermap '{source}'. "
        "partnernet schrijft nooit over zijn invoer; kies een ander pad voor de uitvoer."
    ),
    "inside-input": (
        "weigert '{path}' te schrijven: het ligt in de invoermap '{source}', die partnernet nooit verandert. "
        "Kies een pad voor de uitvoer buiten die map."
    ),
    "missing-folder": "kan '{path}' niet schrijven: de map '{folder}' bestaat niet; maak haar eerst aan.",
    "cannot-write": "kan '{path}' niet schrijven: {reason}.",
    "cannot-write.folder": "kan '{path}' niet schrijven: het is een map; geef een bestandsnaam.",
    "cannot-write.parent-file": "kan '{path}' niet schrijven: '{parent}' is een bestand, geen map.",
    "cannot-write.too-big": "kan '{path}' niet schrijven: het bestand is groter dan de grens voor bestandsgrootte.",
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
    "folder-is-file": "kan de map '{path}' niet schrijven: het is een bestand; geef een mapnaam.",
    "folder-not-own": (
        "weigert de map '{path}' te vervangen: ze bevat andere bestanden dan die van partnernet ({files}). "
        "Kies een nieuwe mapnaam."
    ),
    "map-suffix": (
        "de kaart '{name}' eindigt op {suffix}, maar een kaart is een webpagina; geef het bestand de extensie "
        ".html (bijvoorbeeld {example})."
    ),
    "unknown-output-format": (
        "kan geen '{suffix}'-bestanden schrijven; gebruik .graphml, .gexf, .json, .xlsx "
        "of een mapnaam zonder extensie (CSV-bestanden)."
    ),
    # the report
    "figures-folder-is-file": (
        "kan de figuren van het rapport niet in de map '{folder}' schrijven: er bestaat een bestand met "
        "die naam. Verplaats het, of geef het rapport een andere naam."
    ),
    "unknown-report-format": "onbekend rapportformaat '{value}'; kies html, md, xlsx of pdf.",
    "report-suffix-unknown": (
        "het rapportbestand '{name}' eindigt op '{suffix}', dat geen rapportformaat noemt; "
        "gebruik een van {suffixes} (formaten html, md, xlsx, pdf)."
    ),
    "report-suffix-missing": (
        "het rapportbestand '{name}' heeft geen extensie; gebruik een van {suffixes} (formaten html, md, xlsx, pdf)."
    ),
    "report-suffix-other-format": (
        "het rapportbestand '{name}' eindigt op '{suffix}' maar het gevraagde formaat (--format) is {given}; "
        "geef het bestand de extensie {wanted} of laat --format weg."
    ),
    "pdf-engine-not-a-program": (
        "${variable} noemt '{value}', dat geen programma is dat kan draaien. Laat het naar Chromium of "
        "Chrome wijzen, of maak het leeg."
    ),
    "pdf-no-engine": (
        "een PDF-rapport vraagt headless Chromium, dat niet gevonden is (gezocht naar {engines} op PATH en "
        "${variable}). Installeer het (Debian: apt-get install chromium), of schrijf het rapport als HTML "
        "(-o rapport.html) en druk dat af vanuit een browser."
    ),
    "pdf-failed": "{engine} kon het rapport niet als PDF afdrukken: {reason}",
    "pdf-empty": (
        "{engine} kon het rapport niet als PDF afdrukken ({reason}). Schrijf het als HTML "
        "(-o rapport.html) en druk dat af vanuit een browser."
    ),
    "exit-status": "afsluitstatus {status}",
}

EN: dict[str, str] = {
    # choices and values
    "unknown-language": "unknown language {value}; use nl (Dutch) or en (English), in any case.",
    "unknown-language-variable": (
        "unknown language {value} in the environment variable {variable}; use nl (Dutch) or en (English), "
        "in any case, or leave {variable} empty."
    ),
    "unknown-choice": "unknown {what} '{value}'; use one of {choices}.",
    "unknown-choice.none": "unknown {what} '{value}'; use one of (none in this landscape).",
    "unknown-regime-layer": "unknown regime '{value}'; use ct, crime or both.",
    "unknown-member-set": "unknown member set '{value}'; use one of {choices}.",
    "unknown-actor-set": "unknown actor set '{value}'; use one of {choices}.",
    "unknown-centrality": "unknown centrality '{value}'; use one of {choices}.",
    "unknown-graph-kind": "unknown graph kind '{value}'; use one of {choices}.",
    "unknown-layer-split": "unknown way to split into layers '{value}'; use one of {choices}.",
    "not-a-landscape": "expected a partnernet Landscape (pn.load(...)) or a networkx graph, not {kind}.",
    "unknown-tables": "unknown tables: {names}",
    "bad-at-date": "'{value}' is not a valid date; write it as 2024-12-31 or 31-12-2024.",
    "in-option": "{option}: {text}",
    "at-date-out-of-range": "'{value}' is outside the dates a register holds ({first} to {last}).",
    "bad-exact": "exact must be True, False or None (automatic), not {value}.",
    "bad-samples": "samples must be a whole number of at least 1, not {value}.",
    "not-a-positive-number": "{name} must be a number of 0 or more, not {value}.",
    "bad-z": "the connector threshold z must be a finite number (e.g. 1.96), not {value}.",
    "bad-min-overlap": "min_overlap must lie above 0 and at most 1, not {value}.",
    "bad-turnover-window": "threshold_years and window_months must be positive.",
    "bad-radius": "radius must be a whole number of 1 or more, not {value}.",
    "sampling-needs-igraph": "sampled shortest paths need backend='igraph'; networkx always computes them exactly.",
    "labelings-differ": "the two labelings must label the same items (equal length).",
    "groups-need-graph": "groups need a landscape or a networkx graph.",
    "no-such-attribute": (
        "no node has the attribute '{value}'; name a node attribute such as domain, regime or level, "
        "give a mapping from node to group, or use '{communities}'."
    ),
    "bad-groups": "groups must be a node attribute name, a mapping from node to group, or '{communities}'.",
    "no-such-column": "organisations have no column '{value}'; use one of {choices}.",
    "unknown-hub": (
        "unknown organisation '{value}' for the expected hub; use an id from organisations.csv (e.g. {example})."
    ),
    # key players and robustness
    "unknown-criterion": "unknown criterion '{value}'; use F (fragmentation) or DF (distance-weighted).",
    "too-few-candidates": "candidates must be at least k ({k}); got {n}.",
    "too-many-sets": (
        "exhaustive search would score {sets:,} sets of {k} (limit {most:,}); use method='greedy' or a smaller k."
    ),
    "too-few-actors": (
        "too few actors for key players: the network has {n} nodes, and key players need at least 3 "
        "(one to remove, two who stay)."
    ),
    "too-few-actors_one": (
        "too few actors for key players: the network has 1 node, and key players need at least 3 "
        "(one to remove, two who stay)."
    ),
    "bad-k": "k must be a whole number from 1 to {most} (the graph has {n} nodes); got {k}.",
    "bad-candidates": "candidates must be at least 1.",
    "bad-steps": "steps must be from 0 to {most} (the graph has {n} nodes); got {steps}.",
    "bad-runs": "runs must be at least 1.",
    # what-if
    "ids-as-text": "{what} takes ids as text, e.g. {what}=['p001']; got {value}.",
    "unknown-remove": "cannot remove unknown id '{value}'; did you mean {close}?",
    "unknown-remove.none": "cannot remove unknown id '{value}'; use an id from the organisations, persons or bodies.",
    "add-not-a-dict": "add takes bodies as dicts with 'id' and 'members'; item {position} is {value}.",
    "add-unknown-field": "unknown field '{value}' of a new body; use {choices}.",
    "add-no-id": "new body {position} needs an 'id' (text), e.g. {{'id': 'new-table', ...}}.",
    "add-id-taken": "'{value}' is already an id in this landscape; give the new body an id of its own.",
    "add-no-members": "new body '{value}' needs 'members': a list of organisation or person ids.",
    "add-refers-to-removed": "'{value}' is removed in this scenario; new body '{body}' cannot refer to it.",
    "nothing-to-change": "nothing to change: give ids to remove (--remove ID) or a body to add (--add-body).",
    "add-body-form": (
        "--add-body '{spec}': write it as ID:MEMBER,MEMBER,... "
        "(e.g. 'jeugdtafel:p072,p073,p069;meetings=12;hours=1.5')."
    ),
    "add-body-key": "--add-body '{spec}': '{part}' is not KEY=VALUE with a key from {choices}.",
    # commands
    "compare-needs-two": (
        "give a second PATH, or --vs DATE to compare PATH at two dates (e.g. --at 2025-01-01 --vs 2026-01-01)."
    ),
    "no-layer-table": "there is no '{name}' table when splitting by {by}; use one of {choices}.",
    "no-such-table": "there is no '{name}' table in this result.",
    "no-such-table.key-players": "there is no '{name}' table in this result (add --key-players K).",
    "expected-hub-needs-hub": "--table expected-hub (--section) needs --expected-hub ORGANISATION.",
    "csv-one-table": "CSV holds one table: add --table (or --section) with one of {choices}.",
    "words-not-data": (
        "--table {name} holds sentences for a reader, not data: show them with --format table; "
        "CSV and JSON have the tables {choices}."
    ),
    "metrics-file-columns": "{path}: a metrics file needs an id column and at least one more column.",
    "mark-form": "--mark takes LABEL=FILE (e.g. 'connector=connectors.csv'), not '{value}'.",
    "mark-no-file": "--mark {label}: no file '{path}'.",
    "size-needs-analyses": (
        "--size-by {value} is a figure of the analyses; leave out --no-analyses or pass it in a --metrics file."
    ),
    # the map
    "map-is-folder": "'{path}' is a folder; give a file name such as {example}.",
    "register-and-snapshot": (
        "register must be the whole register (pn.load(...)) and land a snapshot of it (register.at(date))."
    ),
    "hierarchy-needs-two-mode": (
        "a hierarchical layout shows the reporting chain between bodies; "
        "use it with the two-mode map, not with projection='organisations'."
    ),
    "bad-markers": "markers must be a dict of label -> set of node ids, e.g. {{'connector': {{'om-parket'}}}}.",
    "unknown-marked": "marker '{label}' names ids that are not in this landscape: {ids}.",
    "bad-metrics": "metrics must be a pandas DataFrame (or a list of them) indexed by node id.",
    "metrics-repeat-ids": "a metrics table has the same id on several rows; give one row per node id.",
    "unknown-size": "cannot size by '{value}'; use one of {choices} (numeric columns of the metrics you pass).",
    "unknown-node": "unknown {thing} '{value}'; did you mean {close}?",
    "unknown-node.none": "unknown {thing} '{value}'; see the id column of {table}.csv ({n} ids).",
    # files written
    "nul-in-name": "cannot write {path}: a file name cannot hold a NUL character.",
    "empty-output": "the output path {value} is empty: give a file (or folder) name.",
    "not-an-output-name": "'{path}' is not an output name: give a file (or folder) name, not '', '-', '.', '..' or '/'.",
    "name-too-long": "cannot write '{path}': the file name is longer than {most} bytes; choose a shorter name.",
    "input-file": (
        "refusing to write '{path}': it is the input file '{source}'. "
        "partnernet never writes over its input; choose another output path."
    ),
    "input-folder": (
        "refusing to write '{path}': it is the input folder '{source}'. "
        "partnernet never writes over its input; choose another output path."
    ),
    "inside-input": (
        "refusing to write '{path}': it is inside the input folder '{source}', "
        "which partnernet never changes. Choose an output path outside that folder."
    ),
    "missing-folder": "cannot write '{path}': the folder '{folder}' does not exist; create it first.",
    "cannot-write": "cannot write '{path}': {reason}.",
    "cannot-write.folder": "cannot write '{path}': it is a folder; give a file name.",
    "cannot-write.parent-file": "cannot write '{path}': '{parent}' is a file, not a folder.",
    "cannot-write.too-big": "cannot write '{path}': the file is larger than the file-size limit.",
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
    "folder-is-file": "cannot write the folder '{path}': it is a file; give a folder name.",
    "folder-not-own": (
        "refusing to replace the folder '{path}': it holds other files than "
        "partnernet's own ({files}). Choose a new folder name."
    ),
    "map-suffix": (
        "the map '{name}' ends in {suffix}, but a map is a web page; give the file the suffix .html "
        "(for example {example})."
    ),
    "unknown-output-format": (
        "cannot write '{suffix}' files; use .graphml, .gexf, .json, .xlsx or a folder name without suffix (CSV files)."
    ),
    # the report
    "figures-folder-is-file": (
        "cannot write the report's figures to the folder '{folder}': a file of that "
        "name exists. Move it, or give the report another name."
    ),
    "unknown-report-format": "unknown report format '{value}'; use html, md, xlsx or pdf.",
    "report-suffix-unknown": (
        "the report file '{name}' ends in '{suffix}', which names no report format; "
        "use one of {suffixes} (formats html, md, xlsx, pdf)."
    ),
    "report-suffix-missing": (
        "the report file '{name}' has no suffix; use one of {suffixes} (formats html, md, xlsx, pdf)."
    ),
    "report-suffix-other-format": (
        "the report file '{name}' ends in '{suffix}' but the format asked (--format) is {given}; "
        "name the file with {wanted} or leave --format out."
    ),
    "pdf-engine-not-a-program": (
        "${variable} names '{value}', which is not a program that can be run. Point it at Chromium or Chrome, or unset it."
    ),
    "pdf-no-engine": (
        "a PDF report needs headless Chromium, which was not found (looked for {engines} on PATH and "
        "${variable}). Install it (Debian: apt-get install chromium), or write the report as HTML "
        "(-o report.html) and print that from a browser."
    ),
    "pdf-failed": "{engine} could not print the report to PDF: {reason}",
    "pdf-empty": (
        "{engine} could not print the report to PDF ({reason}). Write it as HTML "
        "(-o report.html) and print that from a browser."
    ),
    "exit-status": "exit status {status}",
}
