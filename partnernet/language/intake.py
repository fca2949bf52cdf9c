"""Every word of the intake workbook, the partner survey and its collection, in Dutch and English.

``WORDS`` maps a key to ``(nl, en)``; :func:`word` picks one and fills its
``{placeholders}``. Column headers of the intake workbook must load: each
``h.<table>.<column>`` slugs to a header :func:`partnernet.io.schema.canonical_column`
accepts (a test checks every one), and each ``v.<vocabulary>.<value>`` maps back to
its value through the schema's vocabulary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from ..io.schema import SHEET_NAMES
from .langs import LANGUAGES, NAMED, check_language

if TYPE_CHECKING:
    from typing import Any

WORDS: dict[str, tuple[str, str]] = {
    # the intake workbook's sheet names: the input format's one table, which the loader reads too
    **{f"sheet.{name}": names for name, names in SHEET_NAMES.items()},
    "sheet.form_bodies": ("Overleggen", "Bodies"),
    "sheet.form_organisations": ("Organisaties", "Organisations"),
    # headers of the intake workbook
    "h.organisations.id": ("Organisatie-id", "Organisation id"),
    "h.organisations.name": ("Naam", "Name"),
    "h.organisations.domain": ("Domein", "Domain"),
    "h.organisations.regime": ("Stelsel", "Regime"),
    "h.organisations.level": ("Niveau", "Level"),
    "h.organisations.capacity_hours": ("Capaciteit (uur per maand)", "Capacity (hours per month)"),
    "h.organisations.parent": ("Moederorganisatie", "Parent organisation"),
    "h.bodies.id": ("Overleg-id", "Id"),
    "h.bodies.name": ("Naam", "Name"),
    "h.bodies.kind": ("Soort", "Kind"),
    "h.bodies.regime": ("Stelsel", "Regime"),
    "h.bodies.level": ("Niveau", "Level"),
    "h.bodies.meetings_per_year": ("Vergaderingen per jaar", "Meetings per year"),
    "h.bodies.hours_per_meeting": ("Uren per vergadering", "Hours per meeting"),
    "h.bodies.reports_to": ("Rapporteert aan", "Reports to"),
    "h.bodies.host": ("Gastheer", "Host"),
    "h.bodies.covenant": ("Convenant", "Covenant"),
    "h.bodies.start": ("Startdatum", "Start date"),
    "h.bodies.end": ("Einddatum", "End date"),
    "h.persons.id": ("Persoon-id", "Id"),
    "h.persons.organisation": ("Organisatie", "Organisation"),
    "h.persons.name": ("Naam", "Name"),
    "h.persons.function": ("Functie", "Function"),
    "h.memberships.member": ("Lid", "Member"),
    "h.memberships.body": ("Overleg", "Body"),
    "h.memberships.role": ("Rol", "Role"),
    "h.memberships.type": ("Soort lidmaatschap", "Membership type"),
    "h.memberships.seats": ("Zetels", "Seats"),
    "h.memberships.start": ("Startdatum", "Start date"),
    "h.memberships.end": ("Einddatum", "End date"),
    "h.ties.source": ("Bron", "Source"),
    "h.ties.target": ("Doel", "Target"),
    "h.ties.kind": ("Soort", "Kind"),
    "h.ties.directed": ("Gericht", "Directed"),
    "h.ties.weight": ("Gewicht", "Weight"),
    "h.ties.start": ("Startdatum", "Start date"),
    "h.ties.end": ("Einddatum", "End date"),
    "h.covenants.covenant": ("Convenant", "Covenant"),
    "h.covenants.organisation": ("Organisatie", "Organisation"),
    # vocabulary words shown in drop-down lists (Dutch ones map back through the schema)
    "v.domain.administration": ("bestuur", "administration"),
    "v.domain.security": ("veiligheid", "security"),
    "v.domain.justice": ("justitie", "justice"),
    "v.domain.intelligence": ("inlichtingen", "intelligence"),
    "v.domain.tax-finance": ("fiscaal-financieel", "tax-finance"),
    "v.domain.care": ("zorg", "care"),
    "v.domain.social": ("sociaal", "social"),
    "v.domain.education": ("onderwijs", "education"),
    "v.domain.knowledge": ("kennis", "knowledge"),
    "v.domain.private": ("privaat", "private"),
    "v.regime.ct": ("contraterrorisme", "ct"),
    "v.regime.crime": ("ondermijning", "crime"),
    "v.regime.both": ("beide", "both"),
    "v.level.local": ("lokaal", "local"),
    "v.level.regional": ("regionaal", "regional"),
    "v.level.national": ("nationaal", "national"),
    "v.level.international": ("internationaal", "international"),
    "v.body_kind.decision": ("besluitvorming", "decision"),
    "v.body_kind.centre": ("centrum", "centre"),
    "v.body_kind.operational": ("operationeel", "operational"),
    "v.body_kind.learning": ("lerend", "learning"),
    "v.role.chair": ("voorzitter", "chair"),
    "v.role.member": ("lid", "member"),
    "v.role.secretary": ("secretaris", "secretary"),
    "v.role.adviser": ("adviseur", "adviser"),
    "v.membership_type.core": ("kern", "core"),
    "v.membership_type.case": ("casus", "case"),
    "v.membership_type.external": ("extern", "external"),
    "v.membership_type.advisory": ("adviserend", "advisory"),
    "v.tie_kind.information": ("informatie", "information"),
    "v.tie_kind.advice": ("advies", "advice"),
    "v.tie_kind.collaboration": ("samenwerking", "collaboration"),
    "v.tie_kind.covenant": ("convenant", "covenant"),
    "v.tie_kind.other": ("overig", "other"),
    "v.bool.true": ("ja", "yes"),
    "v.bool.false": ("nee", "no"),
    # Excel's messages when a typed value breaks a rule
    "dv.title": ("Ongeldige waarde", "Invalid value"),
    "dv.list": ("Kies een waarde uit de lijst.", "Choose a value from the list."),
    "dv.reference": (
        "Kies een id van het tabblad {sheet}; voeg het daar eerst toe.",
        "Choose an id from the sheet {sheet}; add it there first.",
    ),
    "dv.whole": ("Vul een geheel getal in van {low} tot en met {high}.", "Enter a whole number from {low} to {high}."),
    "dv.decimal": ("Vul een getal in van {low} tot en met {high}.", "Enter a number from {low} to {high}."),
    "dv.decimal_open": (
        "Vul een getal in groter dan {low} en hoogstens {high}.",
        "Enter a number above {low} and at most {high}.",
    ),
    "dv.date": (
        "Vul een datum in tussen {low} en {high}, bijvoorbeeld 2024-12-31.",
        "Enter a date between {low} and {high}, for example 2024-12-31.",
    ),
    "dv.date_end": (
        "Vul een datum in tussen {low} en {high}, bijvoorbeeld 2024-12-31; een open einde mag leeg "
        "blijven of vanaf {open_end} (zoals 9999-12-31).",
        "Enter a date between {low} and {high}, for example 2024-12-31; an open end may stay "
        "empty or be {open_end} or later (such as 9999-12-31).",
    ),
    "dv.unique": (
        "Deze id staat al op dit tabblad; elke id mag maar één keer voorkomen.",
        "This id is already on this sheet; every id may occur only once.",
    ),
    "example": ("Voorbeeld: {value}", "Example: {value}"),
    # the instructions sheet of the intake workbook
    "i.title": ("Invulwerkboek partnernet", "partnernet intake workbook"),
    "i.lines": (
        "Elk tabblad is één tabel van het register. Rij 1 is de kop; laat die staan.\n"
        "Vul vanaf rij 2 één regel per organisatie, overleg, persoon, lidmaatschap, relatie of "
        "ondertekening in.\n"
        "Keuzelijsten tonen de toegestane waarden; ids kiest u uit de ids op de andere tabbladen, "
        "dus vul eerst Organisaties, Overleggen en Personen.\n"
        "Een lege cel betekent 'onbekend'. Datums als 2024-12-31.\n"
        "Controleer het werkboek met: partnernet validate register.xlsx\n"
        "Hieronder per tabblad de kolommen en een voorbeeldregel. De voorbeelden staan alleen op dit "
        "tabblad en worden niet ingelezen.",
        "Each sheet is one table of the register. Row 1 is the header; keep it.\n"
        "From row 2, enter one line per organisation, body, person, membership, tie or signature.\n"
        "Drop-down lists show the allowed values; ids are chosen from the ids on the other sheets, "
        "so fill in Organisations, Bodies and Persons first.\n"
        "An empty cell means 'unknown'. Dates as 2024-12-31.\n"
        "Check the workbook with: partnernet validate register.xlsx\n"
        "Below, per sheet, the columns and an example line. The examples are on this sheet only and "
        "are not read.",
    ),
    "i.sheet": ("Tabblad {sheet}", "Sheet {sheet}"),
    "i.example_row": ("voorbeeld", "example"),
    "i.required": ("verplicht", "required"),
    # example line per table (values in the language; vocabulary values are canonical, shown translated)
    "x.organisations.id": ("gemeente-voorbeeldstad", "gemeente-voorbeeldstad"),
    "x.organisations.name": ("Gemeente Voorbeeldstad", "Municipality of Voorbeeldstad"),
    "x.bodies.id": ("zorg-en-veiligheidsoverleg", "zorg-en-veiligheidsoverleg"),
    "x.bodies.name": ("Zorg- en veiligheidsoverleg", "Care and security meeting"),
    "x.bodies.covenant": ("Convenant Zorg- en Veiligheidshuis", "Convenant Zorg- en Veiligheidshuis"),
    "x.persons.id": ("p001", "p001"),
    "x.persons.name": ("J. Jansen", "J. Jansen"),
    "x.persons.function": ("beleidsadviseur OOV", "policy adviser public order"),
    # the survey form
    "f.title": ("Vragenlijst samenwerking: {name}", "Partnership survey: {name}"),
    "f.lines": (
        "Deze vragenlijst gaat over de overleggen waaraan uw organisatie deelneemt en over de "
        "organisaties waarmee u rechtstreeks samenwerkt.\n"
        "Tabblad Overleggen: zet 'ja' bij elk overleg waaraan uw organisatie deelneemt. Wat wij al weten "
        "is ingevuld; verbeter het waar nodig. Vul per overleg in: met hoeveel personen en in welke "
        "functies, in welke rol, hoe vaak het vergadert en hoe lang, en hoe waardevol het overleg voor u "
        "is (1 = weinig, 5 = zeer waardevol).\n"
        "Tabblad Organisaties: zet 'ja' als u met die organisatie informatie uitwisselt, haar adviseert "
        "of rechtstreeks samenwerkt, en hoe waardevol die relatie is (1-5).\n"
        "Voeg geen regels toe en verwijder er geen: de lijst is voor alle deelnemers gelijk. Mist u een "
        "overleg of organisatie, meld het dan aan de afzender.\n"
        "Stuur het bestand daarna terug; de naam van het bestand mag u houden.",
        "This survey asks about the bodies your organisation takes part in and the organisations you "
        "work with directly.\n"
        "Sheet Bodies: put 'yes' at every body your organisation takes part in. What we know already is "
        "filled in; correct it where needed. For each body, fill in: with how many persons and in which "
        "functions, in which role, how often it meets and for how long, and how valuable the body is to "
        "you (1 = little, 5 = very valuable).\n"
        "Sheet Organisations: put 'yes' if you exchange information with that organisation, advise it, "
        "or collaborate with it directly, and how valuable the relation is (1-5).\n"
        "Do not add or delete lines: the list is the same for every participant. If a body or "
        "organisation is missing, tell the sender.\n"
        "Then send the file back; you may keep its name.",
    ),
    "fh.id": ("Id", "Id"),
    "fh.name": ("Naam", "Name"),
    "fh.takes_part": ("Neemt deel", "Takes part"),
    "fh.persons": ("Aantal personen", "Number of persons"),
    "fh.functions": ("Functies", "Functions"),
    "fh.role": ("Rol", "Role"),
    "fh.meetings_per_year": ("Vergaderingen per jaar", "Meetings per year"),
    "fh.hours_per_meeting": ("Uren per vergadering", "Hours per meeting"),
    "fh.value": ("Waarde (1-5)", "Value (1-5)"),
    "fh.domain": ("Domein", "Domain"),
    "fh.information": ("Wisselt informatie uit", "Exchanges information"),
    "fh.advice": ("Adviseert", "Advises"),
    "fh.collaboration": ("Werkt direct samen", "Collaborates directly"),
    # survey collection: errors (exit 2) and report words
    "c.unreadable": (
        "kan het werkboek niet openen: het is geen Excel-werkmap (.xlsx), of het is beschadigd of met een wachtwoord beveiligd.",
        "cannot open the workbook: it is not an Excel workbook (.xlsx), or it is damaged or password-protected.",
    ),
    "c.not_a_form": (
        "dit is geen vragenlijst van partnernet (het verborgen tabblad met gegevens ontbreekt).",
        "this is not a partnernet survey form (the hidden sheet with its data is missing).",
    ),
    "c.not_a_form_fix": (
        "stuur alleen de formulieren van 'partnernet survey make' mee.",
        "pass only the forms written by 'partnernet survey make'.",
    ),
    "c.other_survey": (
        "dit formulier hoort bij een andere enquête (ander landschap) dan {file}.",
        "this form belongs to another survey (another landscape) than {file}.",
    ),
    "c.other_survey_fix": (
        "verzamel de formulieren van één enquête tegelijk.",
        "collect the forms of one survey at a time.",
    ),
    "c.unknown_organisation": (
        "onbekende organisatie '{organisation}': zij staat niet in het landschap van deze enquête.",
        "unknown organisation '{organisation}': it is not in this survey's landscape.",
    ),
    "c.unknown_organisation_fix": (
        "maak het formulier opnieuw met 'partnernet survey make'.",
        "make the form again with 'partnernet survey make'.",
    ),
    "c.duplicate": (
        "een tweede formulier van '{organisation}' (het eerste: {file}).",
        "a second form of '{organisation}' (the first: {file}).",
    ),
    "c.duplicate_fix": ("houd één formulier per organisatie.", "keep one form per organisation."),
    "c.roster_changed": (
        "de lijst is veranderd: op deze regel verwachtte ik '{expected}', maar staat '{found}'.",
        "the list was changed: this line should hold '{expected}' but holds '{found}'.",
    ),
    "c.roster_changed_fix": (
        "zet de regels terug zoals ze waren (geen regels toevoegen, verwijderen of "
        "sorteren), of maak het formulier opnieuw.",
        "put the lines back as they were (do not add, delete or sort lines), or make the form again.",
    ),
    "c.header_changed": (
        "de kop '{found}' hoort '{expected}' te zijn.",
        "the header '{found}' should be '{expected}'.",
    ),
    "c.sheet_missing": ("het tabblad '{sheet}' ontbreekt.", "the sheet '{sheet}' is missing."),
    "c.bad_yes_no": ("'{value}' is geen ja of nee.", "'{value}' is not yes or no."),
    "c.bad_whole": (
        "'{value}' is geen geheel getal van {low} tot en met {high}.",
        "'{value}' is not a whole number from {low} to {high}.",
    ),
    "c.bad_decimal": (
        "'{value}' is geen getal van {low} tot en met {high}.",
        "'{value}' is not a number from {low} to {high}.",
    ),
    "c.bad_decimal_open": (
        "'{value}' is geen getal boven {low} en hoogstens {high}.",
        "'{value}' is not a number above {low} and at most {high}.",
    ),
    "c.meta_changed": (
        "de verborgen gegevens van het formulier zijn veranderd.",
        "the form's hidden data was changed.",
    ),
    "c.bad_role": ("onbekende rol '{value}'.", "unknown role '{value}'."),
    "c.bad_fix": ("kies een waarde uit de keuzelijst van de cel.", "choose a value from the cell's list."),
    "c.answers_without_taking_part": (
        "er zijn antwoorden ingevuld, maar 'neemt deel' is niet ja.",
        "answers are filled in, but 'takes part' is not yes.",
    ),
    "c.answers_without_taking_part_fix": (
        "zet 'neemt deel' op ja, of maak de antwoorden leeg.",
        "set 'takes part' to yes, or clear the answers.",
    ),
    "c.value_without_tie": (
        "er is een waarde ingevuld, maar geen relatie aangekruist.",
        "a value is filled in, but no relation is marked.",
    ),
    "c.value_without_tie_fix": (
        "zet ja bij informatie, advies of samenwerking, of maak de waarde leeg.",
        "put yes at information, advice or collaboration, or clear the value.",
    ),
    "c.zero_persons": (
        "'neemt deel' is ja, maar het aantal personen is 0.",
        "'takes part' is yes, but the number of persons is 0.",
    ),
    "c.zero_persons_fix": (
        "vul het aantal personen in (1 of meer), of zet 'neemt deel' op nee.",
        "enter the number of persons (1 or more), or set 'takes part' to no.",
    ),
    "c.register_differs": (
        "{register} is niet het landschap waarvan deze formulieren gemaakt zijn (op {at}, "
        "met dezelfde overleggen); geef het register dat 'survey make' las.",
        "{register} is not the landscape these forms were made from (on {at}, with the "
        "same bodies); give the register that 'survey make' read.",
    ),
    "c.output_is_register": (
        "{path} bevat het landschap waarvan deze formulieren gemaakt zijn; dat wordt nooit "
        "overschreven, ook niet met {opt:--force|force=True}. Kies een andere map.",
        "{path} holds the landscape these forms were made from; it is never overwritten, "
        "not even with {opt:--force|force=True}. Choose another folder.",
    ),
    "c.skipped": (
        "Overgeslagen (een vergrendelbestand van Excel of LibreOffice, geen formulier): {file}",
        "Skipped (a lock file of Excel or LibreOffice, not a form): {file}",
    ),
    "c.carried": (
        "Uit het register overgenomen voor de {organisations} organisaties die niet antwoordden: "
        "{persons} personen, {memberships} deelnames, {ties} relaties (kolom survey_source = "
        "register); al het andere komt uit de antwoorden.",
        "Taken from the register for the {organisations} organisations that did not answer: "
        "{persons} persons, {memberships} memberships, {ties} ties (column survey_source = "
        "register); everything else comes from the answers.",
    ),
    "c.not_carried": (
        "{organisations} organisaties antwoordden niet: wat het register over hen weet "
        "(personen, deelnames, relaties) ontbreekt; geef --register PAD (het landschap "
        "van 'survey make') om het over te nemen.",
        "{organisations} organisations did not answer: what the register knows about them "
        "(persons, memberships, ties) is missing; pass --register PATH (the landscape of "
        "'survey make') to keep it.",
    ),
    "c.no_forms": ("geen formulieren gevonden in {paths}.", "no forms found in {paths}."),
    # the issue of a conflict (collect.ISSUES): a code in the data, these words in a terminal
    "issue.frequency": ("frequentie", "frequency"),
    "issue.duration": ("duur", "duration"),
    "issue.one_sided_tie": ("eenzijdige relatie", "one-sided tie"),
    "c.written": (  # after "geschreven: PATH: " (language/cli.py, wrote)
        "{organisations} organisaties, {bodies} overleggen, {memberships} deelnames, {ties} relaties",
        "{organisations} organisations, {bodies} bodies, {memberships} memberships, {ties} ties",
    ),
    "c.response": (
        "Respons: {answered} van {invited} organisaties ({rate}).",
        "Response: {answered} of {invited} organisations ({rate}).",
    ),
    "c.response_title": ("Respons per domein", "Response per domain"),
    "c.conflicts_title": ("Verschillen tussen de antwoorden ({n})", "Differences between the answers ({n})"),
    "c.total": ("totaal", "total"),
    # survey make and template
    "m.written_forms": (  # after "geschreven: FOLDER: " (language/cli.py, wrote)
        "{forms} ({bodies}, {organisations} per formulier)",  # each a count and its noun (numbers.counted)
        "{forms} ({bodies}, {organisations} per form)",
    ),
    "m.written_template": (  # after "geschreven: PATH: " (language/cli.py, wrote)
        "{sheets} tabbladen, {rows} regels ingevuld, {rules} invoerregels",
        "{sheets} sheets, {rows} rows filled in, {rules} validation rules",
    ),
    "m.unknown_bodies": (
        "onbekende overleggen in {opt:--bodies|bodies=}: {ids}.",
        "unknown bodies in {opt:--bodies|bodies=}: {ids}.",
    ),
    "m.no_bodies": ("{opt:--bodies|bodies=} noemt geen enkel overleg.", "{opt:--bodies|bodies=} names no body."),
    "m.overwrites_input": (
        "{path} is (of ligt in) de invoer {source}; kies een andere uitvoer, zodat de invoer blijft zoals hij is.",
        "{path} is (or lies inside) the input {source}; choose another output so the input stays as it is.",
    ),
    "m.not_xlsx": ("{path}: het werkboek moet op .xlsx eindigen.", "{path}: the workbook must end in .xlsx."),
    "m.file_exists": (
        "{path} bestaat al (misschien al ingevuld); kies een andere naam, of geef {opt:--force|force=True} om het te vervangen.",
        "{path} exists already (it may be filled in); choose another name, or pass {opt:--force|force=True} to replace it.",
    ),
    "m.folder_is_file": ("{path} is een bestand, geen map.", "{path} is a file, not a folder."),
    "m.folder_not_empty": (
        "de map {path} is niet leeg ({files}); kies een nieuwe of lege map, of "
        "geef {opt:--force|force=True} om bestanden van dezelfde naam te vervangen.",
        "the folder {path} is not empty ({files}); choose a new or empty "
        "folder, or pass {opt:--force|force=True} to replace files of the same name.",
    ),
    # the report's survey section
    "r.title": ("Enquête onder de partners", "Partner survey"),
    "r.response": (
        "{answered} van de {invited} organisaties beantwoordden de enquête ({rate}).",
        "{answered} of the {invited} organisations answered the survey ({rate}).",
    ),
    "r.low": (
        "Laag gewaardeerde overleggen (minstens de helft van de deelnemers die een waarde gaven, gaf "
        "{threshold} of lager; minstens {raters} beoordelingen):",
        "Tables rated low (at least half of the members who rated them gave {threshold} or less; at least "
        "{raters} ratings):",
    ),
    "r.low_item": (
        "{name}: gemiddeld {mean} van {raters} deelnemers{overlap}",
        "{name}: on average {mean} from {raters} members{overlap}",
    ),
    "r.low_overlap": (
        "; overlapt met {other} (Jaccard {jaccard}): sterke kandidaat om samen te voegen of op te heffen",
        "; overlaps {other} (Jaccard {jaccard}): a strong candidate to merge or abolish",
    ),
    "r.no_low": (
        "Geen overleg wordt door de meerderheid van zijn deelnemers laag gewaardeerd.",
        "No table is rated low by most of its members.",
    ),
    "r.ties": (
        "Van de {pairs} gemelde {noun} tussen organisaties die beide antwoordden, {verb} er {both} "
        "door beide kanten genoemd en {one} door één kant.",
        "Of the {pairs} reported {noun} between organisations that both answered, {both} {verb} named "
        "by both sides and {one} by one side only.",
    ),
    "r.ties.noun": ("relatie|relaties", "tie|ties"),
    "r.ties.verb": ("is|zijn", "was|were"),
}


def word(key: str, lang: str, **values: Any) -> str:
    """The text of ``key`` in ``lang`` ("nl" or "en"), with ``{placeholders}`` filled."""
    text = WORDS[key][LANGUAGES.index(check_language(lang))]
    return text.format(opt=NAMED, **values) if values or "{opt:" in text else text


def counted(key: str, lang: str, n: int) -> str:
    """The singular or plural form of ``key`` (written ``one|more``) for ``n``."""
    one, more = word(key, lang).split("|")
    return one if n == 1 else more


def vocabulary_words(vocabulary: str, lang: str) -> dict[str, str]:
    """Canonical value -> the word shown in a drop-down list, for one vocabulary."""
    prefix = f"v.{vocabulary}."
    return {
        key[len(prefix) :]: pair[LANGUAGES.index(check_language(lang))]
        for key, pair in WORDS.items()
        if key.startswith(prefix)
    }


from .._public import public_dir

__all__ = ["WORDS", "word", "counted", "vocabulary_words"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
