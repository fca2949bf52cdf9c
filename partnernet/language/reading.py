"""Problems of reading a file's bytes, in Dutch and English: encodings, and what a library could not read.

The loader never shows a library's own (English) message: it maps the exception to one of these
keys, with the line, row, column or character it could take from the exception's attributes or
count itself. Same keys and placeholders in :data:`NL` and :data:`EN`; :mod:`.errors` says them.
"""

from __future__ import annotations

#: What the JSON decoder and the XML parser complained of, said per kind (keys ``json_syntax.<kind>``
#: and ``xml_syntax.<kind>``); each kind's fix is the format's fix.
_JSON_NL = {
    "value": "bij teken {position} verwacht JSON een waarde (tekst, getal, lijst, object, true, false of null).",
    "name": "bij teken {position} verwacht JSON een naam tussen dubbele aanhalingstekens (een komma te veel?).",
    "comma": "bij teken {position} ontbreekt een komma tussen twee waarden.",
    "colon": "bij teken {position} ontbreekt een dubbele punt na een naam.",
    "extra": "bij teken {position} staat nog tekst na het einde van het JSON-document.",
    "string": "de tekst die bij teken {position} begint, wordt niet met een aanhalingsteken gesloten.",
    "control": "bij teken {position} staat een stuurteken in een tekst; JSON staat dat niet toe.",
    "escape": "bij teken {position} staat een backslash gevolgd door een teken dat JSON niet kent.",
    "other": "bij teken {position} is het bestand geen geldige JSON.",
}
_JSON_EN = {
    "value": "at character {position} JSON expects a value (text, number, list, object, true, false or null).",
    "name": "at character {position} JSON expects a name in double quotes (one comma too many?).",
    "comma": "at character {position} a comma between two values is missing.",
    "colon": "at character {position} a colon after a name is missing.",
    "extra": "at character {position} there is more text after the end of the JSON document.",
    "string": "the text starting at character {position} is not closed with a quote.",
    "control": "at character {position} a text holds a control character, which JSON does not allow.",
    "escape": "at character {position} a backslash is followed by a character JSON does not know.",
    "other": "at character {position} the file is not valid JSON.",
}
_XML_NL = {
    "empty": "het bestand houdt op voordat het XML-document compleet is (bij teken {position}).",
    "token": "bij teken {position} staat een teken dat XML niet toestaat (een stuurteken, of een losse < of &).",
    "unclosed": "bij teken {position} wordt een element of tekst niet afgesloten.",
    "mismatch": "bij teken {position} sluit een element dat niet open is (begin- en eindtag verschillen).",
    "junk": "bij teken {position} staat nog tekst na het einde van het XML-document.",
    "entity": "bij teken {position} staat een onbekende entiteit (&...;).",
    "refused_entity": (
        "bij teken {position} staat een entiteit die partnernet niet uitvouwt (een verwijzing naar een ander "
        "bestand, of een die zichzelf vermenigvuldigt)."
    ),
    "other": "bij teken {position} is het bestand geen geldige XML.",
}
_XML_EN = {
    "empty": "the file ends before the XML document is complete (at character {position}).",
    "token": "at character {position} there is a character XML does not allow (a control character, or a bare < or &).",
    "unclosed": "at character {position} an element or text is not closed.",
    "mismatch": "at character {position} an element closes that is not open (start and end tags differ).",
    "junk": "at character {position} there is more text after the end of the XML document.",
    "entity": "at character {position} there is an unknown entity (&...;).",
    "refused_entity": (
        "at character {position} there is an entity partnernet does not expand (a reference to another file, "
        "or one that multiplies itself)."
    ),
    "other": "at character {position} the file is not valid XML.",
}
_JSON_FIX_NL = "verbeter het bestand op die plaats, of schrijf het opnieuw met 'partnernet convert PAD -o UIT.json'."
_JSON_FIX_EN = "correct the file at that place, or write it again with 'partnernet convert PATH -o OUT.json'."
_XML_FIX_NL = "exporteer de grafiek opnieuw (Gephi: File > Export > Graph file), of verbeter het bestand op die plaats."
_XML_FIX_EN = "export the graph again (Gephi: File > Export > Graph file), or correct the file at that place."


def _kinds(prefix: str, said: dict[str, str], fix: str) -> dict[str, str]:
    out = {}
    for kind, text in said.items():
        out[f"{prefix}.{kind}"] = text
        out[f"{prefix}.{kind}.fix"] = fix
    return out


NL: dict[str, str] = {
    "cannot_open": "het bestand is niet te openen (geen leesrecht, of het is een map).",
    "cannot_open.fix": "controleer het pad en de rechten op het bestand.",
    # encodings
    "mixed_encoding": (
        "het bestand mengt twee tekencoderingen: regel {utf8} is UTF-8, regel {other} niet (eerste byte "
        "die geen UTF-8 is: {byte}, teken {position}); geen enkele lezing geeft alle namen goed."
    ),
    "mixed_encoding.fix": (
        "open het bestand in het programma dat het maakte, zet de namen op regel {other} goed en "
        "sla het op als 'CSV UTF-8'."
    ),
    "bom_not_utf8": (
        "het bestand begint als UTF-8 (met een byte-order mark), maar regel {other} is geen UTF-8 "
        "(byte {byte}, teken {position})."
    ),
    "bom_not_utf8.fix": "zet de namen op die regels goed en sla het bestand op als 'CSV UTF-8'.",
    "undecodable_byte": (
        "byte {byte} (teken {position}) is geen UTF-8 en geen Windows-1252: het bestand heeft geen tekencodering "
        "die partnernet kent."
    ),
    "undecodable_byte.fix": "sla het bestand op als 'CSV UTF-8' vanuit het programma dat het maakte.",
    "read_as_cp1252": (
        "het bestand is geen UTF-8 (byte {byte}, teken {position}) en is gelezen als Windows-1252; "
        "tekens die van die keuze afhangen staan op regel {lines}."
    ),
    "read_as_cp1252.fix": "controleer de namen op die regels, en sla het bestand op als 'CSV UTF-8'.",
    "bad_utf16": "het bestand begint als UTF-16, maar byte {offset} is geen UTF-16.",
    "bad_utf16.fix": "sla het bestand op als 'CSV UTF-8'.",
    # CSV
    "unclosed_quote": 'op deze rij opent een aanhalingsteken (") dat niet wordt gesloten.',
    "unclosed_quote.fix": "sluit het aanhalingsteken, of verwijder het.",
    "unreadable_csv": "het bestand is niet als CSV te lezen.",
    "unreadable_csv.fix": "sla het opnieuw op als CSV vanuit Excel.",
    # workbooks
    "not_a_zip": "dit is geen .xlsx-werkmap: een .xlsx is een zip-archief, dit bestand niet.",
    "not_a_zip.fix": "open het in Excel en sla het op als Excel-werkmap (.xlsx); is het een CSV-bestand, noem het dan .csv.",
    "ole_workbook": "dit is een oude .xls-werkmap of een werkmap met een wachtwoord; partnernet leest alleen .xlsx.",
    "ole_workbook.fix": "open haar in Excel, haal een wachtwoord weg en sla haar op als Excel-werkmap (.xlsx).",
    "not_a_workbook": "dit zip-archief is geen Excel-werkmap.",
    "not_a_workbook.fix": "open het bestand in Excel en sla het op als Excel-werkmap (.xlsx).",
    "damaged_workbook": "de werkmap is beschadigd: partnernet kan haar onderdelen niet lezen.",
    "damaged_workbook.fix": "open haar in Excel (of LibreOffice) en sla haar opnieuw op als .xlsx.",
    "damaged_sheet": "het blad is beschadigd, of deze rij heeft een cel die niet te lezen is.",
    "damaged_sheet.fix": "open de werkmap in Excel (of LibreOffice) en sla haar opnieuw op als .xlsx.",
    # graph files
    "xml_encoding": "de XML-kop noemt een tekencodering die partnernet niet kan lezen.",
    "xml_encoding.fix": 'sla het bestand op als UTF-8 (encoding="UTF-8").',
    "graph_value": "de waarde '{value}' van '{attribute}' bij {element} '{id}' is geen {type}.",
    "graph_value.fix": "verbeter de waarde, of geef '{attribute}' het type string in de kop van het bestand.",
    "graph_key": "{element} '{id}' heeft een waarde voor '{attribute}', maar het bestand declareert die sleutel niet.",
    "graph_key.fix": "declareer de sleutel in de kop van het bestand (<key> of <attribute>), of verwijder de waarde.",
    "type.int": "geheel getal",
    "type.float": "getal",
    "type.bool": "true of false",
    "graph_structure": "het bestand is geen GraphML- of GEXF-grafiek die partnernet kan lezen.",
    "graph_structure.fix": "exporteer de grafiek opnieuw uit Gephi (File > Export > Graph file) als GraphML of GEXF.",
    "element.node": "knoop",
    "element.edge": "lijn",
    **_kinds("json_syntax", _JSON_NL, _JSON_FIX_NL),
    **_kinds("xml_syntax", _XML_NL, _XML_FIX_NL),
}

EN: dict[str, str] = {
    "cannot_open": "cannot open the file (no permission to read it, or it is a folder).",
    "cannot_open.fix": "check the path and the file's permissions.",
    # encodings
    "mixed_encoding": (
        "the file mixes two encodings: line {utf8} is UTF-8, line {other} is not (first byte that is "
        "not UTF-8: {byte}, character {position}); no single reading gets every name right."
    ),
    "mixed_encoding.fix": (
        "open the file in the program that made it, correct the names on line {other} and save it as 'CSV UTF-8'."
    ),
    "bom_not_utf8": (
        "the file starts as UTF-8 (with a byte-order mark), but line {other} is not UTF-8 "
        "(byte {byte}, character {position})."
    ),
    "bom_not_utf8.fix": "correct the names on those lines and save the file as 'CSV UTF-8'.",
    "undecodable_byte": (
        "byte {byte} (character {position}) is neither UTF-8 nor Windows-1252: the file has no encoding "
        "partnernet knows."
    ),
    "undecodable_byte.fix": "save the file as 'CSV UTF-8' from the program that made it.",
    "read_as_cp1252": (
        "the file is not UTF-8 (byte {byte}, character {position}) and was read as Windows-1252; "
        "characters that depend on that choice are on line {lines}."
    ),
    "read_as_cp1252.fix": "check the names on those lines, and save the file as 'CSV UTF-8'.",
    "bad_utf16": "the file starts as UTF-16, but byte {offset} is not UTF-16.",
    "bad_utf16.fix": "save the file as 'CSV UTF-8'.",
    # CSV
    "unclosed_quote": 'a quote (") opens on this row and is never closed.',
    "unclosed_quote.fix": "close the quote, or remove it.",
    "unreadable_csv": "cannot read the file as CSV.",
    "unreadable_csv.fix": "save it again as CSV from Excel.",
    # workbooks
    "not_a_zip": "this is not an .xlsx workbook: an .xlsx is a zip archive, this file is not.",
    "not_a_zip.fix": "open it in Excel and save it as an Excel workbook (.xlsx); if it is a CSV file, name it .csv.",
    "ole_workbook": "this is an old .xls workbook or a password-protected one; partnernet reads .xlsx only.",
    "ole_workbook.fix": "open it in Excel, remove any password and save it as an Excel workbook (.xlsx).",
    "not_a_workbook": "this zip archive is not an Excel workbook.",
    "not_a_workbook.fix": "open the file in Excel and save it as an Excel workbook (.xlsx).",
    "damaged_workbook": "the workbook is damaged: partnernet cannot read its parts.",
    "damaged_workbook.fix": "open it in Excel (or LibreOffice) and save it again as .xlsx.",
    "damaged_sheet": "the sheet is damaged, or this row has a cell that cannot be read.",
    "damaged_sheet.fix": "open the workbook in Excel (or LibreOffice) and save it again as .xlsx.",
    # graph files
    "xml_encoding": "the XML declaration names an encoding partnernet cannot read.",
    "xml_encoding.fix": 'save the file as UTF-8 (encoding="UTF-8").',
    "graph_value": "the value '{value}' of '{attribute}' at {element} '{id}' is not {type}.",
    "graph_value.fix": "correct the value, or give '{attribute}' the type string in the file's header.",
    "graph_key": "{element} '{id}' has a value for '{attribute}', but the file does not declare that key.",
    "graph_key.fix": "declare the key in the file's header (<key> or <attribute>), or remove the value.",
    "type.int": "a whole number",
    "type.float": "a number",
    "type.bool": "true or false",
    "graph_structure": "the file is not a GraphML or GEXF graph partnernet can read.",
    "graph_structure.fix": "export the graph again from Gephi (File > Export > Graph file) as GraphML or GEXF.",
    "element.node": "node",
    "element.edge": "edge",
    **_kinds("json_syntax", _JSON_EN, _JSON_FIX_EN),
    **_kinds("xml_syntax", _XML_EN, _XML_FIX_EN),
}

from .._public import public_dir

__all__ = ["NL", "EN"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
