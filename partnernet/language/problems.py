"""The loader's problems in Dutch and English: what is wrong in a file, row and column, and its fix.

One key per message (usually the problem's code; ``key + ".fix"`` is its fix), the same keys
and placeholders in :data:`NL` and :data:`EN`. :mod:`.errors` says them (``message``).
"""

from __future__ import annotations

NL: dict[str, str] = {
    # pieces of messages
    "did_you_mean": " (bedoelt u '{value}'?)",
    "more_rows": " (en nog {n} rijen)",
    "more_rows_one": " (en nog 1 rij)",
    "and_more": " en nog {n}",
    "kept_from": "; {values} bewaard uit rij {row}",
    "kept_value": "{name} '{value}' (niet '{other}')",
    "one.organisations": "organisatie",
    "one.bodies": "overleg",
    "one.persons": "persoon",
    "one.memberships": "deelname",
    "one.ties": "relatie",
    "one.covenants": "convenant",
    "a.organisations": "een organisatie",
    "a.bodies": "een overleg",
    "a.persons": "een persoon",
    "id.organisations": "organisatie",
    "id.bodies": "overleg",
    "id.persons": "persoon",
    "label.table": "{file}, tabel '{name}'",
    "label.sheet": "{file}, blad '{sheet}'",
    "label.nodes": "{file} (knopen)",
    "label.covenants": "{file} (knoopattribuut 'covenants')",
    "label.edges": "{file} (lijnen)",
    "label.given": "de tabel {name}",
    "label.new_bodies": "nieuwe overleggen",
    "label.new_members": "deelnemers van de nieuwe overleggen",
    "label.add_body": "--add-body '{spec}'",
    "label.landscape": "landschap, {name}",
    "bounds.open": "meer dan {low} en hoogstens {high}{unit}",
    "bounds.closed": "minstens {low} en hoogstens {high}{unit}",
    "unit.hours per month": " uur per maand",
    "unit.meetings per year": " vergaderingen per jaar",
    "unit.hours": " uur",
    "unit.seats": " zetels",
    "unit.": "",
    # files and folders
    "no_such_path": "dit bestand of deze map bestaat niet.",
    "no_such_path.fix": (
        "controleer het pad; een landschap is een map met CSV-bestanden, een .xlsx, een .csv-lijnenlijst, "
        "of een .graphml-, .gexf- of .json-bestand."
    ),
    "unknown_format": "bestanden met '{suffix}' kan partnernet niet lezen.",
    "unknown_format.fix": (
        "gebruik een map met CSV-bestanden, .xlsx, .csv, .graphml, .gexf of .json "
        "(een .xls-werkmap eerst opslaan als .xlsx)."
    ),
    "no_suffix": "bestanden zonder extensie kan partnernet niet lezen.",
    "no_suffix.fix": (
        "gebruik een map met CSV-bestanden, .xlsx, .csv, .graphml, .gexf of .json "
        "(een .xls-werkmap eerst opslaan als .xlsx)."
    ),
    "empty_file": "het bestand is leeg.",
    "empty_file.fix": "exporteer het blad opnieuw, met de kopregel.",
    "too_many_values": "deze rij heeft {saw} waarden maar de kopregel {expected} kolommen.",
    "too_many_values.fix": "zet waarden met '{sep}' erin tussen dubbele aanhalingstekens, of vul de kopregel aan.",
    "too_many_columns": "de kopregel heeft {n} kolommen; partnernet leest er hoogstens {most}.",
    "too_many_columns.fix": "houd de kolommen van het landschap en verwijder de andere.",
    "unnamed_column": (
        "kolom {position} heeft waarden maar geen kop; ze blijft bewaard als "
        "'column_{position}' en telt niet mee in de analyses."
    ),
    "unnamed_column.fix": "geef de kolom een kop of verwijder haar.",
    "duplicate_column": (
        "'{header}' betekent hetzelfde als '{first}', die eerder staat; "
        "'{header}' blijft bewaard als extra kolom en wordt niet gebruikt."
    ),
    "duplicate_column.fix": "verwijder een van de twee kolommen.",
    "unknown_file": "'{name}' is geen van de tabellen van een landschap en wordt niet gelezen.",
    "unknown_file.fix": (
        "noem het organisations.csv, bodies.csv, persons.csv, memberships.csv, ties.csv of covenants.csv."
    ),
    "duplicate_file": "zowel '{first}' als '{second}' bevat de tabel {table}.",
    "duplicate_file.fix": "houd een van de twee bestanden.",
    "missing_table": "de verplichte tabel {table} ontbreekt.",
    "missing_table.fix": "voeg {table}.csv toe (of een blad '{table}') met minstens de kolommen {columns}.",
    "edge_list_columns": "een lijnenlijst heeft minstens twee kolommen nodig (bron en doel).",
    "edge_list_columns.fix": "gebruik een kopregel als 'source,target' of 'organisatie,overleg'.",
    "no_organisation": (
        "de lijnenlijst noemt personen maar niet hun organisaties; alle {n} staan onder "
        "één organisatie '{organisation}'."
    ),
    "no_organisation.fix": "voeg een derde kolom 'organisatie' toe om organisaties te analyseren.",
    "no_header": (
        "de eerste rij '{cells}' lijkt op gegevens, niet op een kopregel (geen kolomnaam die een lijnenlijst "
        "kent, of haar waarden komen verderop voor als id); ze wordt gelezen als de eerste lijn."
    ),
    "no_header.fix": ("voeg een kopregel toe zoals 'source,target' (relaties) of 'organisatie,overleg' (deelnames)."),
    "json_not_finite": "'{text}' is geen eindig getal; schrijf null voor een ontbrekende waarde",
    "not_json_landscape": "geen JSON-landschap van partnernet: {reason}.",
    "not_json_landscape.fix": "schrijf het met 'partnernet convert PAD -o UIT.json'.",
    "json_too_deep": "het is te diep genest",
    "json_no_tables": "'tables' moet een object met benoemde tabellen zijn",
    "json_not_records": "tabel '{name}' moet een lijst van records zijn (objecten van kolom: waarde)",
    "unknown_table": "tabel '{name}' is geen tabel van een landschap en wordt niet gelezen.",
    "unknown_table_given": "'{name}' is geen tabel van een landschap.",
    # workbooks
    "too_large.unpacked": (
        "de werkmap is uitgepakt {mb} MB; partnernet leest werkmappen van hoogstens {most} MB uitgepakt."
    ),
    "too_large.unpacked.fix": "sla het register op als map met CSV-bestanden, of verwijder wat het niet nodig heeft.",
    "too_large.ratio": (
        "'{name}' is {ratio} keer samengeperst; partnernet weigert verhoudingen boven {most} (een zipbom)."
    ),
    "too_large.ratio.fix": "open het bestand in Excel en sla het opnieuw op.",
    "too_large.rows": "het blad heeft meer dan {most} rijen; partnernet leest er hoogstens {most}.",
    "too_large.rows.fix": "splits het register, of sla het op als CSV-bestanden.",
    "unknown_sheet": "dit blad is geen van de tabellen van een landschap en wordt niet gelezen.",
    "unknown_sheet.fix": "noem het organisations, bodies, persons, memberships, ties of covenants.",
    "duplicate_sheet": "een tweede blad bevat de tabel {table}.",
    "duplicate_sheet.fix": "houd een van de twee bladen.",
    "too_wide_row": "deze rij loopt tot kolom {n}; partnernet leest hoogstens {most} kolommen.",
    "too_wide_row.fix": "verwijder de kolommen (of losse cellen) ver naar rechts.",
    "stray_cells": (
        "rij {first}{more} heeft cellen ver buiten de tabel (voorbij kolom {most} of meer dan {gap} "
        "lege rijen eronder); die worden niet gelezen."
    ),
    "stray_cells.fix": "verwijder de losse cellen, zodat het gebruikte bereik van Excel bij de tabel eindigt.",
    "formula_without_value": "cel {cell} bevat de formule '{formula}' maar geen berekende waarde.",
    "formula_without_value.fix": (
        "open de werkmap in Excel (of LibreOffice) en sla haar op, zodat de waarden bewaard worden; "
        "of typ de waarden in."
    ),
    "merged_cells": (
        "samengevoegde cellen {ranges}: elke cel van een samengevoegd bereik wordt gelezen met de waarde "
        "van het bereik, zoals Excel die toont."
    ),
    "merged_cells.fix": "maak de samenvoeging ongedaan en vul elke rij in, zodat het bestand zegt wat het bedoelt.",
    "hidden_sheet": "dit blad is verborgen in Excel; het wordt gelezen zoals de andere.",
    "hidden_sheet.fix": "maak het zichtbaar om te zien wat geanalyseerd wordt.",
    "hidden_rows": "rij {first}{more} is verborgen in Excel; verborgen rijen worden gelezen zoals de andere.",
    "hidden_rows.fix": "maak de rijen zichtbaar, of verwijder wat niet mag meetellen.",
    # graph files
    "no_graph_element": "het bestand heeft geen <graph>-element.",
    "no_graph_element.fix": "exporteer de grafiek opnieuw uit Gephi als GraphML of GEXF.",
    "node_without_id": "een knoop heeft geen id.",
    "node_without_id.fix": "geef elke knoop een id.",
    "spaced_node_ids": "de knoop-ids '{first}' en '{second}' verschillen alleen in spaties eromheen.",
    "spaced_node_ids.fix": "verwijder de spaties, zodat elke knoop één id heeft.",
    "unknown_id": "lijn {edge}: haar {end} '{value}' is niet als knoop opgegeven.",
    "unknown_id.fix": "neem de knoop op bij de knopen, of verbeter het uiteinde van de lijn.",
    "parallel_edges": (
        "de lijnen {edges} verbinden dezelfde knopen ({first}, {second}); elke lijn wordt gelezen "
        "(relaties tellen op, een herhaalde deelname telt één keer)."
    ),
    "parallel_edges.fix": "voeg ze samen in Gephi als het dezelfde relatie is.",
    "spells": "lijn {edge} heeft {n} tijdvakken; elk wordt een rij met een eigen begin en einde.",
    # cells and columns
    "missing_column": "de verplichte kolom '{name}' ontbreekt; gevonden kolommen: {found}.",
    "missing_column.fix": "voeg een kolom '{name}' toe (geldige koppen: {headers}).",
    "missing_column.meant": (
        "de verplichte kolom '{name}' ontbreekt; gevonden kolommen: {found}. '{meant}' is waarschijnlijk '{name}'."
    ),
    "missing_column.meant.fix": "hernoem de kolom '{meant}' tot '{name}' (geldige koppen: {headers}).",
    "misnamed_column": (
        "de kolom '{meant}' is onbekend en wordt niet gelezen; waarschijnlijk is '{name}' bedoeld, "
        "dat nu voor elke rij leeg blijft."
    ),
    "misnamed_column.fix": "hernoem de kolom '{meant}' tot '{name}' (geldige koppen: {headers}).",
    "control_characters": "stuurtekens ({chars}){more} worden verwijderd.",
    "control_characters.fix": (
        "U+0080 tot U+009F zijn meestal Windows-1252-tekens (€, ‘, ’, “, ”, –) die als Latin-1 zijn gelezen: "
        "zet ze goed in het bronbestand en sla het op als UTF-8; verwijder andere stuurtekens."
    ),
    "bidi_characters": (
        "tekens voor de schrijfrichting ({chars}){more}: de waarde blijft zoals ze is, maar kan er anders "
        "uitzien dan ze is (de uitvoer zet haar apart)."
    ),
    "bidi_characters.fix": "haal ze uit het bronbestand, tenzij ze er bewust in staan (bijv. in Arabische of Hebreeuwse tekst).",
    "missing_value": "{name} is leeg.",
    "missing_value.fix": "vul {name} in, of verwijder de rij.",
    "bad_boolean": "'{text}' is niet waar of onwaar.",
    "bad_boolean.fix": "schrijf ja of nee (true of false werkt ook).",
    "unknown_value": "onbekende waarde '{value}' voor {name}{more}.",
    "unknown_value.fix": "gebruik een van: {allowed}.",
    "unknown_value_kept": "onbekende waarde '{value}' voor {name}{more}; ze blijft staan zoals geschreven.",
    "unknown_value_kept.fix": "gebruik een van: {allowed}.",
    "not_a_number": "'{text}' is geen (eindig) getal.",
    "not_a_number.fix": "schrijf een gewoon getal zoals 12 of 1,5 (zonder eenheden of woorden).",
    "negative_number": "{text} is negatief.",
    "negative_number.fix": "gebruik 0 of een positief getal.",
    "not_a_count": "'{text}' is geen geheel getal van minstens 1.",
    "not_a_count.fix": "schrijf het aantal {name} als 1, 2, 3, ...",
    "out_of_range": "{name} {text} valt buiten het bereik: het moet {bounds} zijn.",
    "out_of_range.fix": "verbeter het getal (zie de README, 'Values in range').",
    "bad_date": "'{text}' is geen geldige datum.",
    "bad_date.fix": "schrijf de datum als 2024-12-31 of 31-12-2024 (dag-maand-jaar).",
    "date_out_of_range": "'{text}' valt buiten de data die een register bevat ({first} tot {last}).",
    "date_out_of_range.fix": "verbeter de datum; laat 'end' leeg (of 9999-12-31) als er geen einde is.",
    "open_end": "einde '{value}'{more} wordt gelezen als 'geen einde'.",
    "open_end.fix": "laat het einde leeg als er geen is.",
    # across rows and tables
    "duplicate_id": "dubbele id '{value}': rij {first} heeft dezelfde id.",
    "duplicate_id.fix": "geef elke {thing} een eigen id, of voeg de twee rijen samen.",
    "id_collision": "id '{value}' is in gebruik voor zowel {first} ({where}, rij {first_row}) als {second}.",
    "id_collision.fix": "geef dit {thing} een eigen id, bijvoorbeeld '{value}-{suffix}'.",
    "unknown_reference": "{targets} '{value}' bestaat niet{hint}.",
    "unknown_reference.fix": "voeg '{value}' toe aan {where}, of verbeter de id.",
    "unknown_member_new_body": "geen organisatie of persoon '{value}' in het register{hint}.",
    "unknown_member_new_body.fix": "geef de id van een organisatie of persoon uit het register.",
    "cycle.reports_to": "'{name}' vormt een kring: {path}.",
    "cycle.reports_to.fix": "een overleg kan niet (via andere) aan zichzelf rapporteren; verwijder één schakel van de kring.",
    "cycle.parent": "'{name}' vormt een kring: {path}.",
    "cycle.parent.fix": "een organisatie kan niet (via andere) deel van zichzelf zijn; verwijder één schakel van de kring.",
    "cycle.given": "'{name}' vormt een kring: {path}.",
    "cycle.given.fix": "laad het landschap met partnernet.load, dat laat zien waar.",
    "end_before_start": "einde {end} ligt voor begin {start}.",
    "end_before_start.fix": "verbeter een van de twee data (het einde is de laatste dag).",
    "duplicate_membership": (
        "dezelfde deelname als rij {first} ('{member}' aan '{body}'); de twee rijen worden samengevoegd{kept}."
    ),
    "duplicate_membership.fix": "verwijder een van de rijen, of geef ze verschillende data.",
    "self_tie": "'{value}' heeft een relatie met zichzelf; die relatie vervalt.",
    "self_tie.fix": "verwijder de rij, of verbeter bron of doel.",
    "outside_body_lifetime.start": (
        "de deelname van '{member}' aan '{body}' begint {date}, voordat het overleg begon ({limit})."
    ),
    "outside_body_lifetime.start.fix": "verbeter de data van de deelname of het begin en einde van het overleg.",
    "outside_body_lifetime.end": (
        "de deelname van '{member}' aan '{body}' eindigt {date}, nadat het overleg eindigde ({limit})."
    ),
    "outside_body_lifetime.end.fix": "verbeter de data van de deelname of het begin en einde van het overleg.",
    "isolated_organisation": (
        "organisatie '{id}' heeft geen deelname en geen relatie; ze is een losse knoop in elke grafiek."
    ),
    "isolated_organisation.fix": "voeg haar deelnames toe (of die van haar personen), of verwijder haar.",
    "blank_domain": (
        "organisatie '{id}' heeft geen domein; ze telt niet mee in de analyses per domein (E-I-index, positie "
        "per domein) en het rapport noemt haar als weggelaten."
    ),
    "blank_domain.fix": "vul het domein in (bijv. bestuur, veiligheid, justitie, zorg, onderwijs, sociaal).",
    "small_body": "overleg '{id}' heeft {n} deelnemers; het verbindt niemand.",
    "small_body_one": "overleg '{id}' heeft 1 deelnemer; het verbindt niemand.",
    "small_body.fix": "voeg de deelnemers toe aan de tabel deelnames, of verwijder het overleg.",
    "unsigned_covenant": "geen organisatie staat geregistreerd als ondertekenaar van convenant '{value}'.",
    "unsigned_covenant.fix": "zet de ondertekenaars in {where}.",
    # warnings added after loading
    "pseudonymised": ("personen staan er als pseudoniem (P-…); weggelaten: hun namen en functies{dropped}{masked}."),
    "pseudonymised.dropped": ", en de kolommen {columns}",
    "pseudonymised.masked": (
        "; waarden buiten de vocabulaire van {columns} staan er als '{other}' ('partnernet validate' toont ze)"
    ),
    "members_as_organisations": (
        "de deelnemers in de lijnenlijst worden gelezen als organisaties en getoond met hun id, niet als pseudoniem."
    ),
    "members_as_organisations.fix": (
        "als het personen zijn: geef de eerste kolom de kop 'persoon' (of 'person'), met hun organisatie "
        "in een derde kolom 'organisatie'."
    ),
    "no_data": "er zijn geen organisaties en geen overleggen: nog niets te analyseren.",
    "no_data.fix": "vul de bladen of bestanden in (vanaf rij 2, onder de kopregel) en valideer opnieuw.",
}

EN: dict[str, str] = {
    # pieces of messages
    "did_you_mean": " (did you mean '{value}'?)",
    "more_rows": " (and {n} more rows)",
    "more_rows_one": " (and 1 more row)",
    "and_more": " and {n} more",
    "kept_from": "; kept {values} from row {row}",
    "kept_value": "{name} '{value}' (not '{other}')",
    "one.organisations": "organisation",
    "one.bodies": "body",
    "one.persons": "person",
    "one.memberships": "membership",
    "one.ties": "tie",
    "one.covenants": "covenant",
    "a.organisations": "an organisation",
    "a.bodies": "a body",
    "a.persons": "a person",
    "id.organisations": "organisation",
    "id.bodies": "body",
    "id.persons": "person",
    "label.table": "{file}, table '{name}'",
    "label.sheet": "{file}, sheet '{sheet}'",
    "label.nodes": "{file} (nodes)",
    "label.covenants": "{file} (node attribute 'covenants')",
    "label.edges": "{file} (edges)",
    "label.given": "the {name} table",
    "label.new_bodies": "new bodies",
    "label.new_members": "members of the new bodies",
    "label.add_body": "--add-body '{spec}'",
    "label.landscape": "landscape, {name}",
    "bounds.open": "more than {low} and at most {high}{unit}",
    "bounds.closed": "at least {low} and at most {high}{unit}",
    "unit.hours per month": " hours per month",
    "unit.meetings per year": " meetings per year",
    "unit.hours": " hours",
    "unit.seats": " seats",
    "unit.": "",
    # files and folders
    "no_such_path": "no such file or folder.",
    "no_such_path.fix": (
        "check the path; a landscape is a folder of CSV files, an .xlsx, a .csv edge list, "
        "a .graphml, .gexf or .json file."
    ),
    "unknown_format": "cannot read '{suffix}' files.",
    "unknown_format.fix": (
        "use a folder of CSV files, .xlsx, .csv, .graphml, .gexf or .json "
        "(an .xls workbook must be saved as .xlsx first)."
    ),
    "no_suffix": "cannot read files without a suffix.",
    "no_suffix.fix": (
        "use a folder of CSV files, .xlsx, .csv, .graphml, .gexf or .json "
        "(an .xls workbook must be saved as .xlsx first)."
    ),
    "empty_file": "the file is empty.",
    "empty_file.fix": "export the sheet again with its header row.",
    "too_many_values": "this row has {saw} values but the header has {expected} columns.",
    "too_many_values.fix": "put values that contain '{sep}' between double quotes, or add the missing header.",
    "too_many_columns": "the header has {n:,} columns; partnernet reads at most {most:,}.",
    "too_many_columns.fix": "keep the landscape's columns and delete the others.",
    "unnamed_column": (
        "column {position} has values but no header; it is kept as 'column_{position}' and not used in the analyses."
    ),
    "unnamed_column.fix": "give the column a header or delete it.",
    "duplicate_column": (
        "'{header}' means the same as '{first}', which comes first; '{header}' is kept as an extra column and not used."
    ),
    "duplicate_column.fix": "delete one of the two columns.",
    "unknown_file": "'{name}' is not one of the landscape tables and is not read.",
    "unknown_file.fix": (
        "name it organisations.csv, bodies.csv, persons.csv, memberships.csv, ties.csv or covenants.csv."
    ),
    "duplicate_file": "both '{first}' and '{second}' hold the {table} table.",
    "duplicate_file.fix": "keep one of the two files.",
    "missing_table": "the required {table} table is missing.",
    "missing_table.fix": "add {table}.csv (or a sheet named '{table}') with at least the columns {columns}.",
    "edge_list_columns": "an edge list needs at least two columns (source and target).",
    "edge_list_columns.fix": "use a header such as 'source,target' or 'organisation,body'.",
    "no_organisation": (
        "the edge list names persons but not their organisations; all {n} are placed under one "
        "organisation '{organisation}'."
    ),
    "no_organisation.fix": "add a third column 'organisation' to analyse organisations.",
    "no_header": (
        "the first row '{cells}' looks like data, not a header (no column name an edge list "
        "knows, or its values occur as ids below); it is read as the first edge."
    ),
    "no_header.fix": "add a header row such as 'source,target' (ties) or 'organisation,body' (memberships).",
    "json_not_finite": "'{text}' is not a finite number; write null for a missing value",
    "not_json_landscape": "not a partnernet JSON landscape: {reason}.",
    "not_json_landscape.fix": "write it with 'partnernet convert PATH -o OUT.json'.",
    "json_too_deep": "it is nested too deeply",
    "json_no_tables": "'tables' must be an object of named tables",
    "json_not_records": "table '{name}' must be a list of records (objects of column: value)",
    "unknown_table": "table '{name}' is not a landscape table and is not read.",
    "unknown_table_given": "'{name}' is not a landscape table.",
    # workbooks
    "too_large.unpacked": (
        "the workbook unpacks to {mb:,} MB; partnernet reads workbooks of at most {most} MB unpacked."
    ),
    "too_large.unpacked.fix": "save the register as a folder of CSV files, or remove what it does not need.",
    "too_large.ratio": "'{name}' is compressed {ratio:,} times; partnernet refuses ratios above {most} (a zip bomb).",
    "too_large.ratio.fix": "open the file in Excel and save it again.",
    "too_large.rows": "the sheet has more than {most:,} rows; partnernet reads at most {most:,}.",
    "too_large.rows.fix": "split the register, or save it as CSV files.",
    "unknown_sheet": "this sheet is not one of the landscape tables and is not read.",
    "unknown_sheet.fix": "name it organisations, bodies, persons, memberships, ties or covenants.",
    "duplicate_sheet": "a second sheet holds the {table} table.",
    "duplicate_sheet.fix": "keep one of the two sheets.",
    "too_wide_row": "this row reaches column {n:,}; partnernet reads at most {most:,} columns.",
    "too_wide_row.fix": "delete the columns (or stray cells) far to the right.",
    "stray_cells": (
        "row {first}{more} has cells far outside the table (beyond column {most:,} or more than {gap:,} "
        "empty rows below it); they are not read."
    ),
    "stray_cells.fix": "delete the stray cells, so Excel's used range ends with the table.",
    "formula_without_value": "cell {cell} holds the formula '{formula}' but no computed value.",
    "formula_without_value.fix": (
        "open the workbook in Excel (or LibreOffice) and save it, so the values are stored; or type the values."
    ),
    "merged_cells": (
        "merged cells {ranges}: every cell of a merged range is read with the range's value, as Excel shows it."
    ),
    "merged_cells.fix": "unmerge the cells and fill in each row, so the file says what it means.",
    "hidden_sheet": "this sheet is hidden in Excel; it is read like the others.",
    "hidden_sheet.fix": "unhide it to see what is analysed.",
    "hidden_rows": "row {first}{more} is hidden in Excel; hidden rows are read like the others.",
    "hidden_rows.fix": "unhide the rows, or delete those that should not count.",
    # graph files
    "no_graph_element": "the file has no <graph> element.",
    "no_graph_element.fix": "export the graph again from Gephi as GraphML or GEXF.",
    "node_without_id": "a node has no id.",
    "node_without_id.fix": "give every node an id.",
    "spaced_node_ids": "node ids '{first}' and '{second}' differ only by surrounding spaces.",
    "spaced_node_ids.fix": "remove the spaces so each node has one id.",
    "unknown_id": "edge {edge}: its {end} '{value}' is not declared as a node.",
    "unknown_id.fix": "declare the node among the nodes, or correct the edge's end.",
    "parallel_edges": (
        "edges {edges} join the same nodes ({first}, {second}); each is read "
        "(ties add up, a repeated membership counts once)."
    ),
    "parallel_edges.fix": "merge them in Gephi if they are the same relation.",
    "spells": "edge {edge} has {n} time spells; each becomes a row with its own start and end.",
    # cells and columns
    "missing_column": "the required column '{name}' is missing; columns found: {found}.",
    "missing_column.fix": "add a column '{name}' (accepted headers: {headers}).",
    "missing_column.meant": (
        "the required column '{name}' is missing; columns found: {found}. '{meant}' is probably '{name}'."
    ),
    "missing_column.meant.fix": "rename the column '{meant}' to '{name}' (accepted headers: {headers}).",
    "misnamed_column": (
        "the column '{meant}' is unknown and is not read; '{name}' is probably meant, "
        "which stays empty for every row now."
    ),
    "misnamed_column.fix": "rename the column '{meant}' to '{name}' (accepted headers: {headers}).",
    "control_characters": "control characters ({chars}){more} are removed.",
    "control_characters.fix": (
        "U+0080 to U+009F are usually Windows-1252 characters (€, ‘, ’, “, ”, –) read as Latin-1: "
        "correct them in the source file and save it as UTF-8; remove other control characters."
    ),
    "bidi_characters": (
        "bidirectional control characters ({chars}){more}: the value is kept as it is, but may look different "
        "from what it is (outputs isolate it)."
    ),
    "bidi_characters.fix": "remove them from the source file unless they are meant (e.g. in Arabic or Hebrew text).",
    "missing_value": "the {name} is empty.",
    "missing_value.fix": "fill in the {name}, or delete the row.",
    "bad_boolean": "'{text}' is not true or false.",
    "bad_boolean.fix": "write true or false (ja or nee also work).",
    "unknown_value": "unknown {name} '{value}'{more}.",
    "unknown_value.fix": "use one of: {allowed}.",
    "unknown_value_kept": "unknown {name} '{value}'{more}; it is kept as written.",
    "unknown_value_kept.fix": "use one of: {allowed}.",
    "not_a_number": "'{text}' is not a (finite) number.",
    "not_a_number.fix": "write a plain number such as 12 or 1.5 (no units or words).",
    "negative_number": "{text} is negative.",
    "negative_number.fix": "use 0 or a positive number.",
    "not_a_count": "'{text}' is not a whole number of at least 1.",
    "not_a_count.fix": "write the number of {name} as 1, 2, 3, ...",
    "out_of_range": "{name} {text} is out of range: it must be {bounds}.",
    "out_of_range.fix": "correct the number (see README, 'Values in range').",
    "bad_date": "'{text}' is not a valid date.",
    "bad_date.fix": "write the date as 2024-12-31 or 31-12-2024 (day-month-year).",
    "date_out_of_range": "'{text}' is outside the dates a register holds ({first} to {last}).",
    "date_out_of_range.fix": "correct the date; leave 'end' empty (or 9999-12-31) when there is no end.",
    "open_end": "end '{value}'{more} is read as 'no end'.",
    "open_end.fix": "leave the end empty when there is none.",
    # across rows and tables
    "duplicate_id": "duplicate id '{value}': row {first} has the same id.",
    "duplicate_id.fix": "give each {thing} its own id, or merge the two rows.",
    "id_collision": "id '{value}' is used for both {first} ({where}, row {first_row}) and {second}.",
    "id_collision.fix": "give the {thing} its own id, for example '{value}-{suffix}'.",
    "unknown_reference": "unknown {targets} '{value}'{hint}.",
    "unknown_reference.fix": "add '{value}' to {where}, or correct the id.",
    "unknown_member_new_body": "no organisation or person '{value}' in the register{hint}.",
    "unknown_member_new_body.fix": "give the id of an organisation or person of the register.",
    "cycle.reports_to": "'{name}' forms a cycle: {path}.",
    "cycle.reports_to.fix": "a body cannot (indirectly) report to itself; remove one link of the cycle.",
    "cycle.parent": "'{name}' forms a cycle: {path}.",
    "cycle.parent.fix": "an organisation cannot (indirectly) be part of itself; remove one link of the cycle.",
    "cycle.given": "'{name}' forms a cycle: {path}.",
    "cycle.given.fix": "load the landscape with partnernet.load, which shows where.",
    "end_before_start": "end {end} is before start {start}.",
    "end_before_start.fix": "correct one of the two dates (the end is the last day).",
    "duplicate_membership": ("same membership as row {first} ('{member}' at '{body}'); the two rows are merged{kept}."),
    "duplicate_membership.fix": "delete one of the rows, or give them different dates.",
    "self_tie": "'{value}' is tied to itself; the tie is dropped.",
    "self_tie.fix": "delete the row, or correct the source or target.",
    "outside_body_lifetime.start": (
        "the membership of '{member}' at '{body}' starts {date}, before the body started ({limit})."
    ),
    "outside_body_lifetime.start.fix": "correct the membership dates or the body's start and end.",
    "outside_body_lifetime.end": (
        "the membership of '{member}' at '{body}' ends {date}, after the body ended ({limit})."
    ),
    "outside_body_lifetime.end.fix": "correct the membership dates or the body's start and end.",
    "isolated_organisation": (
        "organisation '{id}' has no membership and no tie; it is an isolated node in every graph."
    ),
    "isolated_organisation.fix": "add its memberships (or those of its persons), or remove it.",
    "blank_domain": (
        "organisation '{id}' has no domain; it is left out of the analyses by domain (E-I index, position "
        "per domain) and the report names it as left out."
    ),
    "blank_domain.fix": "fill in the domain (e.g. administration, security, justice, care, education, social).",
    "small_body": "body '{id}' has {n} members; it connects no one.",
    "small_body_one": "body '{id}' has 1 member; it connects no one.",
    "small_body.fix": "add its members to the memberships table, or remove the body.",
    "unsigned_covenant": "no organisation is recorded as signing covenant '{value}'.",
    "unsigned_covenant.fix": "list its signatories in {where}.",
    # warnings added after loading
    "pseudonymised": "persons are shown as pseudonyms (P-…); left out: their names and functions{dropped}{masked}.",
    "pseudonymised.dropped": ", and the columns {columns}",
    "pseudonymised.masked": (
        "; values outside the vocabulary of {columns} are shown as '{other}' ('partnernet validate' lists them)"
    ),
    "members_as_organisations": (
        "the edge list's members are read as organisations and shown by their ids, not as pseudonyms."
    ),
    "members_as_organisations.fix": (
        "if they are persons, head the first column 'persoon' (or 'person'), "
        "with their organisation in a third column 'organisatie'."
    ),
    "no_data": "there are no organisations and no bodies: nothing to analyse yet.",
    "no_data.fix": "fill in the sheets or files (from row 2, below the header) and validate again.",
}

from .._public import public_dir

__all__ = ["NL", "EN"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
