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
from .labels import CODES, COLUMN_FORMATS, MEASURES, VALUE_COLUMNS
from .langs import resolve

#: Page, legend, edge and summary texts: key -> (Dutch, English), with {placeholders}.
WORDS: dict[str, tuple[str, str]] = {
    "legend": ("Legenda", "Legend"),
    "hint": (
        "Wijs een punt aan voor de cijfers, zoom met het muiswiel, sleep om te verschuiven.",
        "Hover for figures, scroll to zoom, drag to move.",
    ),
    "by_domain": ("Organisaties per domein", "Organisations by domain"),
    "shapes": ("Vormen", "Shapes"),
    "lines": ("Lijnen", "Lines"),
    "marked": ("Gemarkeerd", "Marked"),
    "shape_organisation": ("organisatie (grootte: {size})", "organisation (size: {size})"),
    "shape_person": (
        "persoon (grootte: aantal overleggen; naam bij aanwijzen)",
        "person (size: tables; name on hover)",
    ),
    "shape_person_by_function": (
        "persoon (grootte: aantal overleggen; functie bij aanwijzen)",
        "person (size: tables; function on hover)",
    ),
    "shape_body": (
        "overleg (grootte: uur overleg per maand; wit: uren onbekend)",
        "consultation body (size: meeting hours per month; white: hours unknown)",
    ),
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
    "organisation": ("organisatie", "organisation"),
    "organisations": ("organisaties", "organisations"),
    "body": ("overleg", "body"),
    "bodies": ("overleggen", "bodies"),
    "person": ("persoon", "person"),
    "persons": ("personen", "persons"),
    "line": ("lijn", "line"),
    "line_plural": ("lijnen", "lines"),
    "nothing": ("niets te tekenen", "nothing to draw"),
    "showing": ("alleen {what}", "showing {what}"),
    "filter_regime": ("regime {value}", "regime {value}"),
    "filter_domain": ("domein {value}", "domain {value}"),
    "filter_around": ("rond {value}", "around {value}"),
    "filter_radius": ("straal {value}", "radius {value}"),
    "persons_left_out": (
        "zonder de {value} personen (meer dan 5.000; --persons tekent ze)",
        "without its {value} persons (more than 5,000; --persons draws them)",
    ),
    "size_bodies": ("aantal overleggen", "bodies"),
    "sized_by": ("grootte van organisaties: {size}", "organisations sized by {size}"),
    "marked_count": ("gemarkeerd: {marks}", "marked: {marks}"),
    "layout_force-directed": ("krachtgestuurde indeling", "force-directed layout"),
    "layout_hierarchical": ("hiërarchische indeling", "hierarchical layout"),
    # the page's controls (templates/map.js reads them from the data block)
    "search": ("Zoek op naam, id of functie", "Search by name, id or function"),
    "search_by_function": ("Zoek op organisatie, overleg of functie", "Search by organisation, body or function"),
    "search_label": ("Zoeken", "Search"),
    "no_match": ("niets gevonden", "nothing found"),
    "steps": ("Buurt", "Neighbourhood"),
    "steps_1": ("1 stap", "1 step"),
    "steps_2": ("2 stappen", "2 steps"),
    "view": ("Weergave", "View"),
    "view_two-mode": ("organisaties, personen en overleggen", "organisations, persons and bodies"),
    "view_organisations": ("netwerk van organisaties", "organisation network"),
    "view_hierarchy": ("rapportagelijnen", "reporting hierarchy"),
    "layers": ("Lagen", "Layers"),
    "layer_all": ("CT en criminaliteit", "CT and crime"),
    "layer_ct": ("alleen CT", "CT only"),
    "layer_crime": ("alleen criminaliteit", "crime only"),
    "layer_bridges": ("CT en criminaliteit, bruggen gemarkeerd", "CT and crime, bridges marked"),
    "layer_bridge_marker": (
        "paarse rand: brug tussen CT en criminaliteit ({n}: zit aan tafels van beide)",
        "purple ring: bridge between CT and crime ({n}: sits at tables of both)",
    ),
    "top_metric": ("Markeer de top 10 op", "Mark the top 10 by"),
    "top_none": ("(geen)", "(none)"),
    "top_marker": ("top 10", "top 10"),
    "date": ("Datum", "Date"),
    "date_counts": (
        "{organisations} organisaties, {bodies} overleggen, {persons} personen, {memberships} deelnames",
        "{organisations} organisations, {bodies} bodies, {persons} persons, {memberships} memberships",
    ),
    "date_absent": ("niet in het register op {date}", "not in the register on {date}"),
    "export_png": ("Exporteer als PNG", "Export as PNG"),
    "fit": ("Alles tonen", "Show all"),
    "panel_close": ("Sluiten", "Close"),
    "panel_tables": ("Overleggen", "Tables"),
    "panel_members": ("Aan tafel", "At the table"),
    "whatif": ("Wat als …", "What if …"),
    "whatif_add": ("Zet op de lijst om te verwijderen", "Put on the list to remove"),
    "whatif_remove": ("Verwijder", "Remove"),
    "whatif_clear": ("Lijst leegmaken", "Clear the list"),
    "whatif_chosen": ("Te verwijderen: {names}", "To remove: {names}"),
    "whatif_none": (
        "Kies een organisatie of persoon en zet die op de lijst.",
        "Choose an organisation or person and put it on the list.",
    ),
    "whatif_absent": (
        "Niet te berekenen: {names} niet in het register op {date}. Kies een andere datum of haal ze van de lijst.",
        "Cannot compute: {names} not in the register on {date}. Choose another date or take them off the list.",
    ),
    "whatif_before": ("voor", "before"),
    "whatif_after": ("na", "after"),
    "whatif_cut": ("Afgesneden organisaties", "Organisations cut off"),
    "whatif_nobody": ("Geen organisatie raakt afgesneden.", "No organisation is cut off."),
    "whatif_F": MEASURES["fragmentation"],  # the one term (labels.MEASURES), as the what-if sentences say
    "whatif_components": MEASURES["components"],  # the one term (labels.MEASURES), as the what-if sentences say
    "whatif_largest": ("de grootste omvat", "the largest holds"),
    "whatif_isolates": MEASURES["isolates"],  # the one term (labels.MEASURES), as the what-if sentences say
    "whatif_links": MEASURES["links"],  # the one term (labels.MEASURES), as the what-if sentences say
    "cluster": ("{value}: {n} organisaties (klik om te openen)", "{value}: {n} organisations (click to open)"),
    "clustered": (
        "samengevoegd per {by}; klik op een groep om die te openen",
        "grouped by {by}; click a group to open it",
    ),
    "legend_toggle": (
        "Klik op een domein, vorm, regime of niveau om die groep te verbergen of te tonen; "
        "lijnen en markeringen zijn uitleg.",
        "Click a domain, shape, regime or level to hide or show that group; lines and markers only explain.",
    ),
    "by_regime": ("Regime", "Regime"),
    "by_level": ("Niveau", "Level"),
    "by_kind": ("Soort punt", "Kind of node"),
    # labels the analyses give to the nodes they mark
    "marker_articulation_point": ("kwetsbare schakel", "single point of failure"),
    "marker_connector": ("verbinder", "connector"),
    # why an organisation is cut off (what-if), in the words of the tables
    **{f"status_{code}": CODES[code] for code in ("no_table_left", "lost_all_links", "cut_off_from_the_main_network")},
}

#: Suffix of the variant of a word for a map that shows persons by function (no names, no person ids).
BY_FUNCTION = "_by_function"

#: Vocabulary values the map writes otherwise than the shared tables in English: CT is an abbreviation.
VALUES_EN_MAP = {"ct": "CT"}

PLURALS = {"organisation": "organisations", "body": "bodies", "person": "persons", "line": "line_plural"}


class Words(Language):
    """The map's words in one language: ``words("legend")``, ``words.column(...)``, ``words.figure(...)``;
    labels, vocabulary values and dates are the :class:`~partnernet.language.Language`'s."""

    def __init__(self, lang: str | None = None, names: bool = True):
        super().__init__(resolve(lang))
        #: Whether the map shows persons' names and ids; without, persons show by function and the legend and
        #: search say so (the ``<key>_by_function`` variants).
        self.names = names

    def __call__(self, key: str, **values) -> str:
        """The text ``key`` with ``values`` filled in, each bidi-isolated (:func:`.numbers.isolate`)."""
        return self.template(key).format(**{k: numbers.isolate(v) for k, v in values.items()})

    def template(self, key: str) -> str:
        """The text of ``key`` with its ``{placeholders}`` left in (the page's script fills them)."""
        if not self.names and f"{key}{BY_FUNCTION}" in WORDS:
            key += BY_FUNCTION
        return WORDS[key][self._index]

    def value(self, value):
        """A vocabulary value as the map shows it: the shared translation, with "CT" in capitals in English too."""
        text = super().value(value)
        return VALUES_EN_MAP.get(text, text) if self.lang == "en" and isinstance(text, str) else text

    def column(self, name) -> str:
        """The label of a hover row or metrics column (a --metrics file's own columns spelled out)."""
        return self.label(name, given=True)

    def size(self, size_by: str) -> str:
        """What sizes organisations, for the legend and the summary."""
        return self("size_bodies") if size_by == "bodies" else self.column(size_by)

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
            return ", ".join(numbers.isolate(str(v)) for v in value) or None
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

    def formatted(self, column, value) -> str | None:
        """A value of ``column`` as the report's tables show it (``COLUMN_FORMATS``), else as :meth:`figure`."""
        style = COLUMN_FORMATS.get(str(column))
        if (
            style is None
            or value is None
            or isinstance(value, (str, bool, np.bool_, list, tuple, set, frozenset))
            or pd.isna(value)
        ):
            return self.figure(value, column)
        return numbers.cell(value, style, self.lang)

    def formatted_column(self, column, values: pd.Series) -> list[str | None]:
        """``[self.formatted(column, v) for v in values]``, a numeric column of a table format at once
        (:func:`partnernet.language.numbers.cells`; missing values None): a national map's tooltips
        hold 200,000 figures."""
        style = COLUMN_FORMATS.get(str(column))
        if style is None or values.dtype.kind not in "fiu":
            return [self.formatted(column, v) for v in values.tolist()]
        missing = values.isna().to_numpy()
        return [None if gone else text for text, gone in zip(numbers.cells(values, style, self.lang), missing)]

    def column_rows(self, columns: list[tuple[str, list]]) -> list[list[list[str]]]:
        """``[self.rows(zip(names, values)) for values in zip(*lists)]`` for ``columns`` of (column, values),
        one value per node: every node's tooltip rows, each column's label looked up once and each distinct
        text or whole number formatted once (a national map has 7,500 nodes with a dozen rows each)."""
        texts = []
        for column, values in columns:
            label = self.column(column)
            texts.append([None if text is None else [label, text] for text in self._column_texts(column, values)])
        return [[row for row in rows if row is not None] for rows in zip(*texts)] if texts else []

    def _column_texts(self, column: str, values: list) -> list[str | None]:
        """``numbers.isolate(self.formatted(column, v))`` (None when missing) per value, vocabulary values
        translated first (as :meth:`rows`); texts and integers are formatted once per distinct value."""
        translate = column in VALUE_COLUMNS
        known: dict[tuple, str | None] = {}
        texts: list[str | None] = []
        for value in values:
            kind = type(value)
            key = (kind, value) if kind is str or kind is int or kind is np.int64 else None
            if key is not None and key in known:
                texts.append(known[key])
                continue
            text = self.formatted(column, self.value(value) if translate else value)
            text = None if text is None else numbers.isolate(text)
            if key is not None:
                known[key] = text
            texts.append(text)
        return texts

    def rows(self, pairs) -> list[list[str]]:
        """(column, value) pairs as tooltip rows of (label, text), leaving out missing values.

        Values of vocabulary columns (``domain``, ``role``, ...) are translated.
        """
        shown = []
        for column, value in pairs:
            text = self.formatted(column, self.value(value) if column in VALUE_COLUMNS else value)
            if text is not None:
                shown.append([self.column(column), numbers.isolate(text)])
        return shown


from .._public import public_dir

__all__ = ["WORDS", "BY_FUNCTION", "VALUES_EN_MAP", "PLURALS", "Words"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
