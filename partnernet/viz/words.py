"""Every word a map shows, in Dutch and English, and numbers written per language.

The map goes with the steering group's Dutch report, so a Dutch map must
show no English: legend, hover rows, vocabulary values, marker labels and
numbers (decimal comma, ``2,3``) all follow ``lang``. The terms match the
report's (``partnernet/report/texts.py``) without importing it: the map does
not depend on the report.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..output import _number

LANGUAGES = ("nl", "en")

#: Page, legend, edge and summary texts: key -> (Dutch, English), with {placeholders}.
WORDS: dict[str, tuple[str, str]] = {
    "legend": ("Legenda", "Legend"),
    "hint": ("Wijs een punt aan voor de cijfers, zoom met het muiswiel, sleep om te verschuiven.",
             "Hover for figures, scroll to zoom, drag to move."),
    "by_domain": ("Organisaties per domein", "Organisations by domain"),
    "shapes": ("Vormen", "Shapes"),
    "lines": ("Lijnen", "Lines"),
    "marked": ("Gemarkeerd", "Marked"),
    "shape_organisation": ("organisatie (grootte: {size})", "organisation (size: {size})"),
    "shape_person": ("persoon (grootte: aantal overleggen; naam bij aanwijzen)", "person (size: tables; name on hover)"),
    "shape_body": ("overleg (grootte: uur overleg per maand; wit: uren onbekend)",
                   "consultation body (size: meeting hours per month; white: hours unknown)"),
    "line_membership": ("zit aan tafel (dikker: voorzitter of secretaris)", "sits at (thicker: chair or secretary)"),
    "line_works-for": ("werkt bij (persoon naar organisatie)", "works for (person to organisation)"),
    "line_reports-to": ("rapporteert aan (overleg naar overleg)", "reports to (body to body)"),
    "line_shared": ("gedeelde overleggen (dikker: meer)", "shared tables (thicker: more)"),
    "line_tie": ("directe relatie (pijl: gericht)", "direct tie (arrow: directed)"),
    "edge_tie": ("relatie {a} – {b}", "tie {a} – {b}"),
    "edge_membership": ("{a} bij {b}", "{a} at {b}"),
    "edge_works-for": ("{a} werkt bij {b}", "{a} works for {b}"),
    "edge_reports-to": ("{a} rapporteert aan {b}", "{a} reports to {b}"),
    "edge_shared": ("{a} en {b}", "{a} and {b}"),
    "unknown": ("onbekend", "unknown"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "title": ("{name} op {date}", "{name} on {date}"),
    "untitled": ("Samenwerkingsverbanden", "Partnership landscape"),
    "organisation": ("organisatie", "organisation"), "organisations": ("organisaties", "organisations"),
    "body": ("overleg", "body"), "bodies": ("overleggen", "bodies"),
    "person": ("persoon", "person"), "persons": ("personen", "persons"),
    "line": ("lijn", "line"), "line_plural": ("lijnen", "lines"),
    "nothing": ("niets te tekenen", "nothing to draw"),
    "showing": ("alleen {what}", "showing {what}"),
    "filter_regime": ("regime {value}", "regime {value}"),
    "filter_domain": ("domein {value}", "domain {value}"),
    "filter_around": ("rond {value}", "around {value}"),
    "filter_radius": ("straal {value}", "radius {value}"),
    "size_tables": ("aantal overleggen", "tables"),
    "sized_by": ("grootte van organisaties: {size}", "organisations sized by {size}"),
    "marked_count": ("gemarkeerd: {marks}", "marked: {marks}"),
    "layout_force-directed": ("krachtgestuurde indeling", "force-directed layout"),
    "layout_hierarchical": ("hiërarchische indeling", "hierarchical layout"),
    # labels the analyses give to the nodes they mark
    "marker_articulation_point": ("kwetsbare schakel", "single point of failure"),
    "marker_connector": ("verbinder", "connector"),
}

PLURALS = {"organisation": "organisations", "body": "bodies", "person": "persons", "line": "line_plural"}

#: Hover-row labels and metric columns: column -> (Dutch, English). A column that is not
#: here shows as its name with underscores as spaces in both languages.
COLUMNS: dict[str, tuple[str, str]] = {
    # the map's own rows
    "domain": ("domein", "domain"), "regime": ("regime", "regime"), "level": ("niveau", "level"),
    "tables": ("overleggen", "tables"), "bodies": ("overleggen", "tables"),
    "capacity_hours": ("capaciteit (uur per maand)", "capacity (hours per month)"),
    "roles": ("rollen", "roles"), "parent": ("onderdeel van", "part of"), "kind": ("soort", "kind"),
    "meeting_hours_per_month": ("uur overleg per maand", "meeting hours per month"),
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
    "betweenness": ("tussenpositie (betweenness)", "betweenness"),
    "harmonic_closeness": ("nabijheid", "harmonic closeness"), "eigenvector": ("eigenvector", "eigenvector"),
    "pagerank": ("PageRank", "PageRank"),
    "two_mode_betweenness": ("tussenpositie (twee-modaal)", "two-mode betweenness"),
    # overload
    "chairs": ("voorzitterschappen", "chairs"), "load_ratio": ("belasting (× capaciteit)", "load ratio"),
    "tables_with_unknown_hours": ("overleggen met onbekende uren", "tables with unknown hours"),
    "hours_are_lower_bound": ("uren zijn een ondergrens", "hours are a lower bound"),
    "overloaded": ("overbelast", "overloaded"),
    "non_decision_hours_share": ("aandeel uren zonder besluitvorming", "share of hours without decisions"),
    # connectors (brokerage, Gould & Fernandez 1989)
    "coordinator": ("coördinator", "coordinator"), "itinerant": ("consulent", "itinerant"),
    "boundary": ("grenswachter", "boundary"), "liaison": ("liaison", "liaison"),
    "total": ("brokerage totaal", "total brokerage"), "bridging": ("brokerage tussen domeinen", "bridging"),
    "ei_index": ("E-I-index", "E-I index"), "participation": ("participatie", "participation"),
    "connector": ("verbinder", "connector"), "main_role": ("hoofdrol", "main role"), "bridges": ("verbindt", "bridges"),
    # fragmentation and structural holes
    "pieces": ("stukken", "pieces"), "nodes_cut_off": ("los geraakt", "nodes cut off"),
    "fragmentation_without": ("fragmentatie zonder", "fragmentation without"),
    "constraint": ("beperking (constraint)", "constraint"), "effective_size": ("effectieve omvang", "effective size"),
    "bus_factor": ("busfactor", "bus factor"),
}

#: Vocabulary values (lower-case English in a landscape) as a Dutch map shows them.
VALUES_NL: dict[str, str] = {
    "administration": "bestuur", "security": "veiligheid", "justice": "justitie", "intelligence": "inlichtingen",
    "tax-finance": "fiscaal-financieel", "care": "zorg", "social": "sociaal", "education": "onderwijs",
    "knowledge": "kennis", "private": "privaat", "(unknown)": "(onbekend)",
    "ct": "CT", "crime": "criminaliteit", "both": "beide",
    "local": "lokaal", "regional": "regionaal", "national": "nationaal", "international": "internationaal",
    "decision": "besluitvormend", "centre": "centrum", "operational": "operationeel", "learning": "lerend",
    "chair": "voorzitter", "member": "lid", "secretary": "secretaris", "adviser": "adviseur",
    "core": "kern", "case": "casus", "external": "extern", "advisory": "adviserend",
    "coordinator": "coördinator", "itinerant": "consulent", "boundary": "grenswachter",
}
#: Columns whose values are vocabulary; names and other text are never translated.
VALUE_COLUMNS = frozenset({"domain", "regime", "level", "kind", "role", "type", "main_role"})


def check_language(lang: str) -> str:
    """``lang`` when it is ``nl`` or ``en``; otherwise a UsageError."""
    if lang not in LANGUAGES:
        raise UsageError(f"unknown map language {lang!r}; use lang='nl' (Dutch) or lang='en' (English).")
    return lang


class Words:
    """The map's words in one language: ``words("legend")``, ``words.column(...)``, ``words.figure(...)``."""

    def __init__(self, lang: str = "en"):
        self.lang = check_language(lang)
        self._index = LANGUAGES.index(self.lang)

    def __call__(self, key: str, **values) -> str:
        return WORDS[key][self._index].format(**values)

    def column(self, name) -> str:
        """The label of a hover row or metrics column."""
        pair = COLUMNS.get(str(name))
        return pair[self._index] if pair else str(name).replace("_", " ")

    def size(self, size_by: str) -> str:
        """What sizes organisations, for the legend and the summary."""
        return self("size_tables") if size_by == "tables" else self.column(size_by)

    def value(self, value):
        """A vocabulary value in this language (names and other text unchanged)."""
        if self.lang == "nl" and isinstance(value, str):
            return VALUES_NL.get(value, value)
        return value

    def number(self, value: float) -> str:
        """``2.3`` as ``2,3`` in Dutch; at most three decimals, no trailing zeros."""
        text = _number(float(value), 3)
        return text.replace(".", ",") if self.lang == "nl" else text

    def date(self, value) -> str:
        return pd.Timestamp(value).strftime("%d-%m-%Y" if self.lang == "nl" else "%Y-%m-%d")

    def count(self, n: int, noun: str) -> str:
        """``1 organisatie``, ``3 organisaties``."""
        return f"{n} {self(noun if n == 1 else PLURALS[noun])}"

    def figure(self, value) -> str | None:
        """A value as short text for a tooltip; None when missing."""
        if isinstance(value, (list, tuple, set, frozenset)):
            return ", ".join(map(str, value)) or None
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        if isinstance(value, (bool, np.bool_)):
            return self("yes" if value else "no")
        if isinstance(value, (int, np.integer)):
            return str(int(value))
        if isinstance(value, (float, np.floating)):
            return self.number(value)
        if isinstance(value, pd.Timestamp):
            return self.date(value)
        return str(value)

    def rows(self, pairs) -> list[list[str]]:
        """(column, value) pairs as tooltip rows of (label, text), leaving out missing values.

        Values of vocabulary columns (``domain``, ``role``, ...) are translated.
        """
        shown = []
        for column, value in pairs:
            text = self.figure(self.value(value) if column in VALUE_COLUMNS else value)
            if text is not None:
                shown.append([self.column(column), text])
        return shown
