"""Every word of the report in Dutch and English.

Keys name what the text is for; values are ``(nl, en)`` templates with
``{placeholders}`` filled by :func:`Texts.__call__`. Numbers are formatted
before they are put in (:func:`.numbers.number`), so ``2,3`` stays Dutch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from . import Language
from .charts import TEXTS as CHARTS
from .numbers import isolate
from .report_appendix import APPENDIX
from .report_findings import FINDINGS
from .report_sections import SECTIONS

if TYPE_CHECKING:
    from typing import Any


#: The document's own words (title, counted nouns, footer); the rest by part of the report.
_DOCUMENT: dict[str, tuple[str, str]] = {
    # document
    "title": ("Netwerkanalyse samenwerkingsverbanden", "Network analysis of partnerships"),
    "subtitle": (
        "{source} · peildatum {date} · {organisations}, {bodies}, {persons}",
        "{source} · reference date {date} · {organisations}, {bodies}, {persons}",
    ),
    # counted words: "n_x" for any number, "n_x_one" for exactly one (Texts.choose)
    "n_organisations": ("{n} organisaties", "{n} organisations"),
    "n_organisations_one": ("één organisatie", "one organisation"),
    "n_persons": ("{n} personen", "{n} persons"),
    "n_persons_one": ("één persoon", "one person"),
    "n_links": ("{n} verbindingen", "{n} links"),
    "n_links_one": ("één verbinding", "one link"),
    "n_parts": ("{n} delen", "{n} parts"),
    "n_parts_one": ("één deel", "one part"),
    "n_layers": ("{n} lagen", "{n} layers"),
    "n_layers_one": ("één laag", "one layer"),
    "findings": ("Belangrijkste bevindingen", "Key findings"),
    "all_dates": ("geen (alle rijen van het register)", "none (every row of the register)"),
    "contents": ("Inhoud", "Contents"),
    "show_rows": ("Toon alle {n} rijen", "Show all {n} rows"),
    "footer": (
        "Gemaakt met partnernet {version}. Cijfers zijn berekend uit het register van overleggen en "
        "deelnemers; ze beschrijven de structuur, niet de kwaliteit van de samenwerking. Er is bewust "
        "geen totaalscore: robuustheid, legitimiteit en doelgerichtheid staan naast elkaar.",
        "Made with partnernet {version}. Figures are computed from the register of bodies and members; "
        "they describe the structure, not the quality of the collaboration. There is deliberately no "
        "overall score: robustness, legitimacy and goal focus stand side by side.",
    ),
}

#: Short words (charts' labels), the connector threshold note and the network picture's words.
_WORDS: dict[str, tuple[str, str]] = {
    # words
    "unknown": ("onbekend", "unknown"),
    "capacity": ("capaciteit", "capacity"),
    "hours_per_month": ("uur overleg per maand", "meeting hours per month"),
    "targeted": ("meest centrale eerst", "most central first"),
    "random": ("willekeurig (gemiddelde)", "random (mean)"),
    # issue 15 part B: connectors above chance, the network picture, print and PDF
    "n_connector_roles": (
        "De kolommen {roles} zijn rollen van brokerage, uitgelegd in de Begrippenlijst (Brokerage en de rollen).",
        "The columns {roles} are brokerage roles, explained in the Glossary (Brokerage and the roles).",
    ),
    "n_connectors_threshold": (
        "Verbinder: een organisatie of persoon die duidelijk meer paren verbindt dan toeval "
        "zou geven in een netwerk met even veel verbindingen (z-score brokerage tussen domeinen ten minste {z}: "
        "zo hoog komt toeval minder dan 1 op de 40 keer uit; zie de Begrippenlijst).",
        "Connector: an organisation or person that links clearly more pairs than chance "
        "would in a network with as many links (z-score of brokerage between domains at least {z}: chance comes out "
        "that high less than 1 in 40 times; see the Glossary).",
    ),
    "s_overview": ("Het netwerk in één beeld", "The network at a glance"),
    "s_overview_intro": (
        "Elke stip is een organisatie, gekleurd naar domein en groter naarmate ze meer partners heeft; "
        "een lijn betekent dat twee organisaties {line}.",
        "Each dot is an organisation, coloured by domain and larger the more partners it has; a line "
        "means two organisations {line}.",
    ),
    # what a line of the overview means, per network (Fragmentation summary's ``network``)
    "overview_line_tables": ("samen aan minstens één overleg zitten", "sit together at one table or more"),
    "overview_line_ties": ("een directe relatie hebben", "have a direct tie"),
    "overview_line_tables+ties": (
        "samen aan minstens één overleg zitten of een directe relatie hebben",
        "sit together at one table or more, or have a direct tie",
    ),
    "overview_shown": (
        "Getekend: {shown} van de {n} organisaties met een partner (die met de meeste partners en alle gemarkeerde).",
        "Drawn: {shown} of the {n} organisations with a partner (those with most partners and every marked one).",
    ),
    "overview_alt": (
        "Netwerkplaat van de organisaties, gekleurd naar domein, met kwetsbare schakels en verbinders gemarkeerd.",
        "Network picture of the organisations, coloured by domain, with single points "
        "of failure and connectors marked.",
    ),
    "overview_articulation": ("kwetsbare schakel", "single point of failure"),
    "overview_connector": ("verbinder", "connector"),
    "overview_bridge": ("onmisbare verbinding", "link that cannot be missed"),
    "overview_link": ("samen aan tafel", "at a table together"),
    "overview_domains": ("Domein", "Domain"),
    "overview_marked": ("Gemarkeerd", "Marked"),
    "map_link": ("Open de interactieve kaart ({file})", "Open the interactive map ({file})"),
}

#: Every text of the report by key: the document's, then the findings', the sections' and the appendix's.
TEXTS: dict[str, tuple[str, str]] = {**_DOCUMENT, **FINDINGS, **SECTIONS, **APPENDIX, **_WORDS, **CHARTS}


#: Column words of the main text where the label names an index: the measure's one term (its label,
#: language/labels.py), then a plain explanation in brackets, or the label's abbreviation written out ("gem."),
#: so that the main text, the appendix, its sheets, the glossary and the map name a measure alike
#: (tests/test_measure_terms.py).
PLAIN_COLUMNS: dict[str, tuple[str, str]] = {
    "bridging_z": (
        "z-score brokerage tussen domeinen (hoe ver boven toeval)",
        "z-score of brokerage between domains (how far above chance)",
    ),
    "participation": ("participatie (spreiding over domeinen)", "participation (spread over domains)"),
    "ei_index": ("E-I-index (hoe open een groep is)", "E-I index (how open a group is)"),
    "expected_ei_index": ("verwachte E-I (bij toeval)", "expected E-I (by chance)"),
    "mean_bodies": ("gemiddeld aantal overleggen", "mean number of bodies"),
    "mean_partners": ("gemiddeld aantal partners", "mean number of partners"),
    "mean_betweenness": ("gemiddelde tussenpositie", "mean betweenness"),
}


class Texts(Language):
    """The report's words in one language: ``texts("f_overload", name=...)``; labels and formatters
    are the :class:`~partnernet.language.Language`'s."""

    def __init__(self, lang: str, *, names: bool = False):
        super().__init__(lang)
        #: Persons by name (``--names``) instead of by function and organisation.
        self.names = names

    def __call__(self, key: str, **values) -> str:
        """The text ``key`` with ``values`` filled in, each bidi-isolated (:func:`isolate`)."""
        return TEXTS[key][self._index].format(**{k: isolate(v) for k, v in values.items()})

    def choose(self, key: str, n: int, **values: Any) -> str:
        """``key`` for a plural ``n``, ``key_one`` (when there is one) for exactly one."""
        if int(n) == 1 and f"{key}_one" in TEXTS:
            key = f"{key}_one"
        return self(key, n=self.integer(n), **values)

    def raw(self, key: str) -> str:
        """The template itself, for placeholders a renderer fills (``{n}`` rows)."""
        return TEXTS[key][self._index]

    def column(self, name: str, plain: bool = False) -> str:
        """The label of column ``name``; ``plain``: the reader's word for the main text (:data:`PLAIN_COLUMNS`)."""
        if plain and name in PLAIN_COLUMNS:
            return PLAIN_COLUMNS[name][self._index]
        return self.label(name)

    def listing(self, items, limit: int = 5, separator: str | None = "; ") -> str:
        """Names as 'a; b en c': one joiner for every list of the report (a name may hold a comma)."""
        return super().listing(items, limit, separator)

    def counted(self, n, word: str) -> str:
        """'1 overleg', '9 overleggen' / '1 table', '9 tables', '1 hour', '46.7 hours': ``word`` a key of
        :data:`.numbers.NOUNS` (:func:`.numbers.counted`, the one count-and-noun helper)."""
        from .numbers import counted

        return counted(n, word, self.lang)

    def count(self, n: int) -> str:
        """Small counts as words at the start of a sentence ('Twee personen'), larger ones as digits."""
        words = (
            ("geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
            ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        )
        n = int(n)
        return words[self._index][n] if 0 <= n <= 10 else self.integer(n)

    def count_first(self, n: int) -> str:
        """:meth:`count` at the start of a sentence: 'Twee', 'Eén' (not 'Één'), 'Three'."""
        word = self.count(n)
        return "Eén" if word == "één" else word[:1].upper() + word[1:]

    def ordinal(self, n: int) -> str:
        if self.lang == "nl":
            return f"{n}"
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"


from .._public import public_dir

__all__ = ["TEXTS", "PLAIN_COLUMNS", "Texts"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
