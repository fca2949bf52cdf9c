"""Every word a map shows, in Dutch and English, and numbers written per language.

The map goes with the steering group's Dutch report, so a Dutch map must
show no English: legend, hover rows, vocabulary values, marker labels and
numbers (decimal comma, ``2,3``) all follow ``lang``. Column labels and
vocabulary values come from :mod:`.labels`, the same table the report uses.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import Language, numbers
from .labels import VALUE_COLUMNS

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

class Words(Language):
    """The map's words in one language: ``words("legend")``, ``words.column(...)``, ``words.figure(...)``;
    labels, vocabulary values and dates are the :class:`~partnernet.language.Language`'s."""

    def __init__(self, lang: str = "nl"):
        super().__init__(lang)

    def __call__(self, key: str, **values) -> str:
        return WORDS[key][self._index].format(**values)

    def column(self, name) -> str:
        """The label of a hover row or metrics column."""
        return self.label(name)

    def size(self, size_by: str) -> str:
        """What sizes organisations, for the legend and the summary."""
        return self("size_tables") if size_by == "tables" else self.column(size_by)

    def number(self, value) -> str:  # type: ignore[override]
        """``2.3`` as ``2,3`` in Dutch; at most three decimals, no trailing zeros."""
        return numbers.figure(value, self.lang)

    def count(self, n: int, noun: str) -> str:
        """``1 organisatie``, ``3 organisaties``."""
        return f"{n} {self(noun if n == 1 else PLURALS[noun])}"

    def figure(self, value, column: str | None = None) -> str | None:  # type: ignore[override]
        """A value as short text for a tooltip; None when missing. Hours (a ``column`` with ``hours`` in its
        name) with one decimal, as in the report."""
        if column is not None and "hours" in column and isinstance(value, (float, np.floating)) and not pd.isna(value):
            return numbers.hours(value, self.lang)
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
            text = self.figure(self.value(value) if column in VALUE_COLUMNS else value, column)
            if text is not None:
                shown.append([self.column(column), text])
        return shown
