"""click's own words (``Usage:``, ``Options:``, ``Error: Missing argument``, ``[default: ...]``, type names,
``x>=1``) in Dutch and English.

click says its words through gettext (``_()`` and ``ngettext()`` at call time, domain ``messages``);
:mod:`partnernet.cli.clickwords` routes those calls here while a partnernet command runs. Keys are
click's own English texts (its gettext message ids, click 8.1 to 8.5), so the English value is the
key, except the :data:`REWORDED` ones (an error line starts in lower case, :data:`LOWER_CASE`). A text
click adds in a later version and that is missing here is said in click's English (:func:`gettext`
falls back, never fails); ``tests/test_click_words.py`` walks every ``--help`` and every kind of usage
error in Dutch and fails on an English word of click.

>>> gettext("Usage:", "nl"), gettext("Usage:", "en"), gettext("a text click added later", "nl")
('Gebruik:', 'Usage:', 'a text click added later')
>>> ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})", 2, "nl")
'onverwachte extra argumenten ({args})'
>>> describe_range(1, None, False, False, "nl"), describe_range(0, 1, False, True, "en")
('minstens 1', 'from 0 to below 1')
"""

from __future__ import annotations

from .langs import LANGUAGES

#: The first word of an error line (after ``Fout:`` / ``Error:``) in lower case, in both languages, as every
#: message of partnernet says it ("Fout: onbekende optie '--x'.", "Error: invalid value for '--top': ...";
#: a second sentence, "Bedoelde u --table?", starts with a capital): click's own English starts with one.
LOWER_CASE = frozenset(
    {
        "Invalid value for {param_hint}: {message}",
        "Invalid value: {message}",
        "Missing argument",
        "Missing option",
        "Missing parameter",
        "Missing {param_type}",
        "Missing parameter: {param_name}",
        "Missing command.",
        "No such option {name!r}.",
        "No such option: {name}",
        "No such command {name!r}.",
        "No such command '{name}'.",
        "Option {name!r} does not take a value.",
        "Argument {name!r} takes {nargs} values.",
        "Invalid start character for option ({option})",
        "Could not open file {filename!r}: {message}",
        "Value must be an iterable.",
        "Error: The two entered values do not match.",
        "Got unexpected extra argument ({args})",
        "Option {name!r} requires an argument.",
        "Takes {nargs} values but 1 was given.",
    }
)

#: click's messages whose English is said otherwise than click's own: more readably ("-1 is out of range
#: (at least 0)."), or in lower case (:data:`LOWER_CASE`).
REWORDED = frozenset({"{value} is not in the range {range}."}) | LOWER_CASE

#: click's message id -> (Dutch, English); the same {placeholders} in both.
WORDS: dict[str, tuple[str, str]] = {
    # help (formatting.py, core.py, decorators.py)
    "Usage:": ("Gebruik:", "Usage:"),
    "Options": ("Opties", "Options"),
    "Commands": ("Opdrachten", "Commands"),
    "Positional arguments": ("Argumenten", "Positional arguments"),
    "env var: {var}": ("omgevingsvariabele: {var}", "env var: {var}"),
    "default: {default}": ("standaard: {default}", "default: {default}"),
    "(dynamic)": ("(wisselend)", "(dynamic)"),
    "required": ("verplicht", "required"),
    "deprecated": ("verouderd", "deprecated"),
    "Show this message and exit.": ("Toon deze hulp en stop.", "Show this message and exit."),
    "Show the version and exit.": ("Toon de versie en stop.", "Show the version and exit."),
    "%(prog)s, version %(version)s": ("%(prog)s, versie %(version)s", "%(prog)s, version %(version)s"),
    "Do you want to continue?": ("Doorgaan?", "Do you want to continue?"),
    "Confirm the action without prompting.": (
        "Bevestig de actie zonder te vragen.",
        "Confirm the action without prompting.",
    ),
    # usage errors (exceptions.py, core.py, parser.py)
    "Error: {message}": ("Fout: {message}", "Error: {message}"),
    "Try '{command} {option}' for help.": ("Zie '{command} {option}' voor hulp.", "Try '{command} {option}' for help."),
    "Invalid value for {param_hint}: {message}": (
        "ongeldige waarde voor {param_hint}: {message}",
        "invalid value for {param_hint}: {message}",
    ),
    "Invalid value: {message}": ("ongeldige waarde: {message}", "invalid value: {message}"),
    "Missing argument": ("ontbrekend argument", "missing argument"),
    "Missing option": ("ontbrekende optie", "missing option"),
    "Missing parameter": ("ontbrekende parameter", "missing parameter"),
    "Missing {param_type}": ("ontbrekende {param_type}", "missing {param_type}"),
    "Missing parameter: {param_name}": ("ontbrekende parameter: {param_name}", "missing parameter: {param_name}"),
    "Missing command.": ("de opdracht ontbreekt.", "missing command."),
    "No such option {name!r}.": ("onbekende optie {name!r}.", "no such option {name!r}."),
    "No such option: {name}": ("onbekende optie: {name}", "no such option: {name}"),
    "No such command {name!r}.": ("onbekende opdracht {name!r}.", "no such command {name!r}."),
    "No such command '{name}'.": ("onbekende opdracht '{name}'.", "no such command '{name}'."),
    "Option {name!r} does not take a value.": (
        "de optie {name!r} neemt geen waarde.",
        "option {name!r} does not take a value.",
    ),
    "Argument {name!r} takes {nargs} values.": (
        "het argument {name!r} neemt {nargs} waarden.",
        "argument {name!r} takes {nargs} values.",
    ),
    "Invalid start character for option ({option})": (
        "ongeldig eerste teken voor een optie ({option})",
        "invalid start character for option ({option})",
    ),
    "Could not open file {filename!r}: {message}": (
        "kan het bestand {filename!r} niet openen: {message}",
        "could not open file {filename!r}: {message}",
    ),
    "Value must be an iterable.": ("de waarde moet een reeks zijn.", "value must be an iterable."),
    "unknown error": ("onbekende fout", "unknown error"),
    "Aborted!": ("Afgebroken!", "Aborted!"),
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "Let op: de opdracht {name!r} is verouderd.{extra_message}",
        "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    ),
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "Let op: {param_type} {name!r} is verouderd.{extra_message}",
        "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    ),
    # values (types.py)
    "{value!r} is not a valid {number_type}.": (
        "{value!r} is geen geldig {number_type}.",
        "{value!r} is not a valid {number_type}.",
    ),
    "{value} is not in the range {range}.": (
        "{value} valt buiten het bereik ({range}).",
        "{value} is out of range ({range}).",
    ),
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} is geen geldige ja/nee-waarde. Bekende waarden: {states}",
        "{value!r} is not a valid boolean. Recognized values: {states}",
    ),
    "{value!r} is not a valid UUID.": ("{value!r} is geen geldige UUID.", "{value!r} is not a valid UUID."),
    "Choose from:\n\t{choices}": ("Kies uit:\n\t{choices}", "Choose from:\n\t{choices}"),
    "Choice({choices})": ("Keuze({choices})", "Choice({choices})"),
    "file": ("bestand", "file"),
    "directory": ("map", "directory"),
    "path": ("pad", "path"),
    "{name} {filename!r} does not exist.": ("{name} {filename!r} bestaat niet.", "{name} {filename!r} does not exist."),
    "{name} {filename!r} is a file.": ("{name} {filename!r} is een bestand.", "{name} {filename!r} is a file."),
    "{name} {filename!r} is a directory.": ("{name} {filename!r} is een map.", "{name} {filename!r} is a directory."),
    "{name} {filename!r} is not readable.": (
        "{name} {filename!r} is niet leesbaar.",
        "{name} {filename!r} is not readable.",
    ),
    "{name} {filename!r} is not writable.": (
        "{name} {filename!r} is niet schrijfbaar.",
        "{name} {filename!r} is not writable.",
    ),
    "{name} {filename!r} is not executable.": (
        "{name} {filename!r} is niet uitvoerbaar.",
        "{name} {filename!r} is not executable.",
    ),
    # prompts (termui.py)
    "Press any key to continue...": ("Druk op een toets om door te gaan...", "Press any key to continue..."),
    "Repeat for confirmation": ("Herhaal ter bevestiging", "Repeat for confirmation"),
    "Error: The two entered values do not match.": (
        "Fout: de twee ingevoerde waarden verschillen.",
        "Error: the two entered values do not match.",
    ),
    "Error: invalid input": ("Fout: ongeldige invoer", "Error: invalid input"),
}

#: The line of ``partnernet --version`` (click's own words; click fixes them when the option is made).
VERSION_LINE = "%(prog)s, version %(version)s"

#: click's singular message id -> ((Dutch singular, plural), (English singular, plural)).
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "Got unexpected extra argument ({args})": (
        ("onverwacht extra argument ({args})", "onverwachte extra argumenten ({args})"),
        ("got unexpected extra argument ({args})", "got unexpected extra arguments ({args})"),
    ),
    "Did you mean {possibility}?": (
        ("Bedoelde u {possibility}?", "(Bedoelde u een van: {possibilities}?)"),
        ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ),
    "Option {name!r} requires an argument.": (
        ("de optie {name!r} vraagt een waarde.", "de optie {name!r} vraagt {nargs} waarden."),
        ("option {name!r} requires an argument.", "option {name!r} requires {nargs} arguments."),
    ),
    "{value!r} is not {choice}.": (
        ("{value!r} is niet {choice}.", "{value!r} is geen van {choices}."),
        ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    ),
    "{value!r} does not match the format {format}.": (
        ("{value!r} past niet bij het formaat {format}.", "{value!r} past bij geen van de formaten {formats}."),
        ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."),
    ),
    "Takes {nargs} values but 1 was given.": (
        ("neemt {nargs} waarden, maar er is 1 gegeven.", "neemt {nargs} waarden, maar er zijn er {len} gegeven."),
        ("takes {nargs} values but 1 was given.", "takes {nargs} values but {len} were given."),
    ),
    "{len_type} values are required, but {len_value} was given.": (
        (
            "{len_type} waarden zijn nodig, maar er is {len_value} gegeven.",
            "{len_type} waarden zijn nodig, maar er zijn er {len_value} gegeven.",
        ),
        (
            "{len_type} values are required, but {len_value} was given.",
            "{len_type} values are required, but {len_value} were given.",
        ),
    ),
}

#: Names click gives its value types (shown upper-case as a metavar, ``INTEGER``, and in messages:
#: "is not a valid integer"), and the kinds of parameter ("Missing option") -> (Dutch, English).
TYPES: dict[str, tuple[str, str]] = {
    "text": ("tekst", "text"),
    "integer": ("geheel getal", "integer"),
    "integer range": ("geheel getal", "integer"),  # readable English too: no FLOAT RANGE in help
    "float": ("getal", "number"),
    "float range": ("getal", "number"),
    "boolean": ("ja/nee", "boolean"),
    "choice": ("keuze", "choice"),
    "datetime": ("datum", "datetime"),
    "filename": ("bestandsnaam", "filename"),
    "uuid": ("uuid", "uuid"),
    "file": ("bestand", "file"),
    "directory": ("map", "directory"),
    "path": ("pad", "path"),
    "argument": ("argument", "argument"),
    "option": ("optie", "option"),
    "parameter": ("parameter", "parameter"),
}

#: Placeholders in usage lines and option lists (click's defaults and ours) -> (Dutch, English).
METAVARS: dict[str, tuple[str, str]] = {
    "[OPTIONS]": ("[OPTIES]", "[OPTIONS]"),
    "COMMAND [ARGS]...": ("OPDRACHT [ARGUMENTEN]...", "COMMAND [ARGS]..."),
    "PATH": ("PAD", "PATH"),
    "PATH_A": ("PAD_A", "PATH_A"),
    "[PATH_B]": ("[PAD_B]", "[PATH_B]"),
    "FORMS": ("FORMULIEREN", "FORMS"),
    "KEY": ("SLEUTEL", "KEY"),
    "DATE|today|all": ("DATUM|today|all", "DATE|today|all"),
    "FILE|IDS": ("BESTAND|IDS", "FILE|IDS"),
    "LABEL=FILE": ("LABEL=BESTAND", "LABEL=FILE"),
    "HOURS": ("UREN", "HOURS"),
    "COLUMN": ("KOLOM", "COLUMN"),
    "ORGANISATION": ("ORGANISATIE", "ORGANISATION"),
    "ORG_ID": ("ORG_ID", "ORG_ID"),
    "SPEC": ("ID:DEELNEMERS", "SPEC"),
    "ID": ("ID", "ID"),
    "K": ("K", "K"),
    "N": ("N", "N"),
}

#: Words of a range (``x>=1`` in click's own English): (Dutch, English) templates with {low} and {high}.
RANGES: dict[str, tuple[str, str]] = {
    "min": ("minstens {low}", "at least {low}"),
    "min_open": ("meer dan {low}", "more than {low}"),
    "max": ("hoogstens {high}", "at most {high}"),
    "max_open": ("minder dan {high}", "less than {high}"),
    "both": ("van {low} tot en met {high}", "from {low} to {high}"),
    "both_min_open": ("meer dan {low} en hoogstens {high}", "more than {low} and at most {high}"),
    "both_max_open": ("van {low} tot {high}", "from {low} to below {high}"),
    "both_open": ("meer dan {low} en minder dan {high}", "more than {low} and less than {high}"),
}


def _index(lang: str) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else LANGUAGES.index("en")


def gettext(message: str, lang: str) -> str:
    """click's ``message`` in ``lang``; click's own (English) text when it is not in :data:`WORDS`."""
    pair = WORDS.get(message)
    return pair[_index(lang)] if pair else message


def ngettext(singular: str, plural: str, n: int, lang: str) -> str:
    """click's singular or plural message for ``n`` in ``lang``; click's own text when unknown."""
    forms = PLURALS.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    one, many = forms[_index(lang)]
    return one if n == 1 else many


def type_name(name: str, lang: str) -> str:
    """The name of a click value type (``integer``) or parameter kind in ``lang``; unknown names unchanged."""
    pair = TYPES.get(name)
    return pair[_index(lang)] if pair else name


def english_type(name: str) -> str:
    """click's English name of a type named ``name`` in any language (``pad`` -> ``path``); others unchanged."""
    return next((key for key, pair in TYPES.items() if name in pair), name)


def metavar(name: str, lang: str) -> str:
    """A placeholder of a usage line or option (``PATH``, ``[OPTIONS]``) in ``lang``; unknown ones unchanged."""
    pair = METAVARS.get(name)
    return pair[_index(lang)] if pair else name


def describe_range(low: float | None, high: float | None, low_open: bool, high_open: bool, lang: str) -> str:
    """A number range as help and errors say it: ``minstens 1`` / ``at least 1`` (not click's ``x>=1``)."""
    if low is None:
        key = "max_open" if high_open else "max"
    elif high is None:
        key = "min_open" if low_open else "min"
    else:
        key = "both" + (
            "_open" if low_open and high_open else "_min_open" if low_open else "_max_open" if high_open else ""
        )
    return RANGES[key][_index(lang)].format(low=low, high=high)


from .._public import public_dir

__all__ = [
    "LOWER_CASE",
    "REWORDED",
    "WORDS",
    "VERSION_LINE",
    "PLURALS",
    "TYPES",
    "METAVARS",
    "RANGES",
    "gettext",
    "ngettext",
    "type_name",
    "english_type",
    "metavar",
    "describe_range",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
