"""The input schema: tables, columns, Dutch aliases and controlled vocabularies.

This is the one place that knows what a landscape file may contain. Readers
map headers through :func:`canonical_column`, the validator parses values by
each column's ``kind``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from ..language.langs import Lang

#: Column kinds: how values are parsed and checked.
ID, REF, TEXT, VOCAB, NUMBER, COUNT, DATE, BOOL = (
    "id",
    "ref",
    "text",
    "vocab",
    "number",
    "count",
    "date",
    "bool",
)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    vocabulary: str | None = None
    references: tuple[str, ...] = ()
    default: object = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    required: bool
    file_aliases: tuple[str, ...]
    index: str | None = None

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


#: An organisation's domain (``periphery(focus=)``, ``visualise(domain=)``): the canonical values of
#: ``VOCABULARIES["domain"]`` (tests/test_typing.py keeps the two equal).
Domain: TypeAlias = Literal[
    "administration",
    "security",
    "justice",
    "intelligence",
    "tax-finance",
    "care",
    "social",
    "education",
    "knowledge",
    "private",
]
#: A body's regime (``regime_layer(land, regime)``): the canonical values of ``VOCABULARIES["regime"]``.
Regime: TypeAlias = Literal["ct", "crime", "both"]

#: The sheets of the intake workbook (``partnernet template``): sheet -> (Dutch, English) name. The one
#: table the intake writer (its words in :mod:`partnernet.language.intake`) and the loader share: a sheet
#: named in either language loads as its table (:func:`canonical_table`), whichever language wrote it.
SHEET_NAMES: dict[str, tuple[str, str]] = {
    "organisations": ("Organisaties", "Organisations"),
    "bodies": ("Overleggen", "Bodies"),
    "persons": ("Personen", "Persons"),
    "memberships": ("Lidmaatschappen", "Memberships"),
    "ties": ("Relaties", "Ties"),
    "covenants": ("Convenanten", "Covenants"),
    "instructions": ("Toelichting", "Instructions"),
    "lists": ("Lijsten", "Lists"),
}
#: Sheets of :data:`SHEET_NAMES` that hold no table (the workbook's explanation and drop-down lists).
INFO_SHEETS = ("instructions", "lists")


# Vocabularies: canonical value -> accepted spellings (English and Dutch).
VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "domain": {
        "administration": ("bestuur", "openbaar-bestuur", "overheid", "gemeente", "admin"),
        "security": ("veiligheid", "politie", "openbare-orde"),
        "justice": ("justitie", "strafrecht", "justitieel"),
        "intelligence": ("inlichtingen", "inlichtingendiensten"),
        "tax-finance": (
            "fiscaal",
            "financieel",
            "financien",
            "financiën",
            "belasting",
            "tax",
            "finance",
            "fiscal",
            "tax-and-finance",
            "fiscaal-financieel",
        ),
        "care": ("zorg", "gezondheidszorg", "health", "healthcare"),
        "social": ("sociaal", "sociaal-domein", "welzijn"),
        "education": ("onderwijs",),
        "knowledge": ("kennis", "wetenschap", "research", "onderzoek"),
        "private": ("privaat", "bedrijfsleven", "private-sector", "bedrijven"),
    },
    "regime": {
        "ct": (
            "contraterrorisme",
            "terrorisme",
            "counter-terrorism",
            "terrorism",
            "radicalisering",
            "jihadisme",
            "cte",
        ),
        "crime": (
            "criminaliteit",
            "ondermijning",
            "crimineel",
            "georganiseerde-criminaliteit",
            "organised-crime",
            "organized-crime",
            "misdaad",
        ),
        "both": ("beide", "allebei", "ct-en-crime", "ct+crime"),
    },
    "level": {
        "local": ("lokaal", "gemeentelijk"),
        "regional": ("regionaal", "regio", "district", "arrondissement"),
        "national": ("nationaal", "landelijk", "rijk"),
        "international": ("internationaal", "europees", "european"),
    },
    "body_kind": {
        "decision": ("besluitvorming", "besluitvormend", "stuurgroep", "bestuurlijk", "decision-making", "steering"),
        "centre": ("center", "centrum", "expertisecentrum", "co-located", "colocated"),
        "operational": ("operationeel", "uitvoerend", "casusoverleg", "team", "operations"),
        "learning": ("leren", "lerend", "kennis", "consultation", "leer", "overleg"),
    },
    "role": {
        "chair": ("voorzitter", "chairman", "chairwoman", "chairperson", "vz"),
        "member": ("lid", "deelnemer", "participant"),
        "secretary": ("secretaris", "notulist", "secretariaat"),
        "adviser": ("adviseur", "advisor", "adviserend"),
    },
    "membership_type": {
        "core": ("kern", "kernlid", "vast", "vaste"),
        "case": ("casus", "op-casus", "casusgebonden", "per-casus"),
        "external": ("extern", "externe"),
        "advisory": ("adviserend", "advies", "adviseur", "advisor"),
    },
    "tie_kind": {
        "information": ("informatie", "info", "informatiedeling", "information-sharing"),
        "advice": ("advies",),
        "collaboration": ("samenwerking", "cooperation", "co-operation"),
        "covenant": ("convenant",),
        "other": ("overig", "anders", "overige"),
    },
}


@dataclass(frozen=True)
class Bounds:
    """The plausible values of a number column: ``low`` (excluded when ``low_open``) to ``high``."""

    low: float
    high: float
    low_open: bool = False
    unit: str = ""

    def holds(self, numbers):
        """A mask of the numbers (a pandas Series) within the bounds; NaN counts as within."""
        below = numbers.le(self.low) if self.low_open else numbers.lt(self.low)
        return ~(below | numbers.gt(self.high))

    def said(self, lang: Lang | None = None) -> str:
        """The bounds in words (``more than 0 and at most 24 hours``), in ``lang`` or the running language."""
        from ..language.errors import message

        unit = message(f"unit.{self.unit}", lang)
        return message(
            "bounds.open" if self.low_open else "bounds.closed",
            lang,
            low=f"{self.low:g}",
            high=f"{self.high:g}",
            unit=unit,
        )

    def __str__(self) -> str:
        return self.said()


#: The one table of plausible bounds of numbers (README "Values in range"). Anything
#: outside is an error naming file, row and column; every number must be finite.
BOUNDS: dict[tuple[str, str], Bounds] = {
    # An organisation's capacity adds up its people's hours (744 hours make one month),
    # so a large organisation may have thousands; 100,000 is some 600 full-time staff.
    ("organisations", "capacity_hours"): Bounds(0, 100_000, low_open=True, unit="hours per month"),
    ("bodies", "meetings_per_year"): Bounds(0, 366, unit="meetings per year"),
    ("bodies", "hours_per_meeting"): Bounds(0, 24, low_open=True, unit="hours"),
    ("memberships", "seats"): Bounds(1, 1000, unit="seats"),
    ("ties", "weight"): Bounds(0, 1e9),
}

#: The most columns a table may have (CSV header line, xlsx row); checked before reading further.
MAX_COLUMNS = 1000

#: Dates a register may hold (inclusive). In an ``end`` column any date from
#: ``OPEN_END`` on (9999-12-31, Excel's last serial 2958465, ...) means "no end".
DATE_RANGE = ("1900-01-01", "2199-12-31")
OPEN_END = "9000-01-01"

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "ja", "j", "waar", "gericht", "directed", "x"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "nee", "onwaar", "ongericht", "undirected"})


def slug(text: str) -> str:
    """Lower-case ``text`` and reduce punctuation and spaces to single ``_``."""
    return re.sub(r"[^0-9a-z]+", "_", str(text).strip().lower().lstrip("\ufeff")).strip("_")


def vocabulary_key(text: str) -> str:
    """Normalise a vocabulary value: lower case, words joined by ``-``."""
    return re.sub(r"[\s_]+", "-", str(text).strip().lower())


def _lookup(vocabulary: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {}
    for canonical, aliases in vocabulary.items():
        table[canonical] = canonical
        for alias in aliases:
            table[vocabulary_key(alias)] = canonical
    return table


VOCABULARY_LOOKUP = {name: _lookup(values) for name, values in VOCABULARIES.items()}

_ORG_REF = ("organisations",)
_BODY_REF = ("bodies",)
_MEMBER_REF = ("organisations", "persons")

ORGANISATIONS = TableSpec(
    "organisations",
    (
        Column(
            "id",
            ID,
            True,
            ("organisation_id", "organisatie_id", "code", "organisatie", "organisation", "organization"),
        ),
        Column("name", TEXT, aliases=("naam", "organisatienaam", "label")),
        Column("domain", VOCAB, aliases=("domein", "sector"), vocabulary="domain"),
        Column("regime", VOCAB, aliases=("stelsel",), vocabulary="regime"),
        Column("level", VOCAB, aliases=("niveau", "schaal", "schaalniveau"), vocabulary="level"),
        Column(
            "capacity_hours",
            NUMBER,
            aliases=(
                "capaciteit_uren",
                "capaciteit",
                "uren_capaciteit",
                "capacity",
                "capaciteit_uur_per_maand",
                "capacity_hours_per_month",
            ),
        ),
        Column(
            "parent",
            REF,
            aliases=("moeder", "moederorganisatie", "ouder", "onderdeel_van", "parent_organisation"),
            references=_ORG_REF,
        ),
    ),
    required=True,
    file_aliases=("organizations", "organisatie", "organisation"),
    index="id",
)

BODIES = TableSpec(
    "bodies",
    (
        Column(
            "id",
            ID,
            True,
            ("overleg_id", "overleg", "body", "code"),
        ),
        Column("name", TEXT, aliases=("naam", "overlegnaam", "label")),
        Column("kind", VOCAB, aliases=("soort", "type", "soort_overleg"), vocabulary="body_kind"),
        Column("regime", VOCAB, aliases=("stelsel",), vocabulary="regime"),
        Column("level", VOCAB, aliases=("niveau", "schaal", "schaalniveau"), vocabulary="level"),
        Column(
            "meetings_per_year",
            NUMBER,
            aliases=(
                "vergaderingen_per_jaar",
                "frequentie",
                "frequentie_per_jaar",
                "bijeenkomsten_per_jaar",
                "meetings",
            ),
        ),
        Column(
            "hours_per_meeting",
            NUMBER,
            aliases=("uren_per_vergadering", "duur_uren", "duur", "uren_per_bijeenkomst", "duration_hours"),
        ),
        Column(
            "reports_to",
            REF,
            aliases=("rapporteert_aan", "valt_onder", "parent", "bovenliggend_overleg"),
            references=_BODY_REF,
        ),
        Column(
            "host", REF, aliases=("gastheer", "host_organisatie", "gastorganisatie", "organisator"), references=_ORG_REF
        ),
        Column("covenant", TEXT, aliases=("convenant",)),
        Column("start", DATE, aliases=("begin", "opgericht", "startdatum", "created", "start_date")),
        Column("end", DATE, aliases=("einde", "eind", "opgeheven", "einddatum", "dissolved", "end_date")),
    ),
    required=True,
    file_aliases=("overlegorganen", "tafels"),
    index="id",
)

PERSONS = TableSpec(
    "persons",
    (
        Column("id", ID, True, ("persoon_id", "persoon", "person", "code")),
        Column("organisation", REF, True, ("organisatie", "organization", "werkgever"), references=_ORG_REF),
        Column("name", TEXT, aliases=("naam",)),
        Column("function", TEXT, aliases=("functie", "rol_in_organisatie")),
    ),
    required=False,
    file_aliases=("people", "mensen"),
    index="id",
)

MEMBERSHIPS = TableSpec(
    "memberships",
    (
        Column(
            "member",
            REF,
            True,
            ("lid", "deelnemer", "organisatie", "persoon", "organisation", "organization", "person", "actor"),
            references=_MEMBER_REF,
        ),
        Column("body", REF, True, ("overleg", "orgaan", "tafel", "overlegorgaan"), references=_BODY_REF),
        Column("role", VOCAB, aliases=("rol", "functie_in_overleg"), vocabulary="role", default="member"),
        Column(
            "type",
            VOCAB,
            aliases=("soort", "soort_lidmaatschap", "lidmaatschap", "membership_type"),
            vocabulary="membership_type",
            default="core",
        ),
        Column("seats", COUNT, aliases=("zetels", "aantal_zetels", "stoelen", "plaatsen"), default=1),
        Column("start", DATE, aliases=("begin", "van", "startdatum", "vanaf", "start_date")),
        Column("end", DATE, aliases=("einde", "eind", "tot", "einddatum", "tot_en_met", "end_date")),
    ),
    required=True,
    file_aliases=("leden", "deelname", "deelnemers", "members"),
)

TIES = TableSpec(
    "ties",
    (
        Column("source", REF, True, ("bron", "van", "from", "afzender"), references=_MEMBER_REF),
        Column("target", REF, True, ("doel", "naar", "to", "ontvanger"), references=_MEMBER_REF),
        Column(
            "kind",
            VOCAB,
            aliases=("soort", "type", "aard", "relatie", "tie_kind"),
            vocabulary="tie_kind",
            default="other",
        ),
        Column("directed", BOOL, aliases=("gericht",), default=False),
        Column("weight", NUMBER, aliases=("gewicht", "sterkte"), default=1.0),
        Column("start", DATE, aliases=("begin", "startdatum", "vanaf", "start_date")),
        Column("end", DATE, aliases=("einde", "eind", "einddatum", "tot_en_met", "end_date")),
    ),
    required=False,
    file_aliases=("banden", "edges"),
)

COVENANTS = TableSpec(
    "covenants",
    (
        Column("covenant", TEXT, True, ("convenant", "naam")),
        Column(
            "organisation", REF, True, ("organisatie", "organization", "ondertekenaar", "partij"), references=_ORG_REF
        ),
    ),
    required=False,
    file_aliases=(),
)

TABLES: dict[str, TableSpec] = {
    spec.name: spec for spec in (ORGANISATIONS, BODIES, PERSONS, MEMBERSHIPS, TIES, COVENANTS)
}
#: Each sheet's names in both languages as :func:`slug` writes them.
_SHEET_KEYS: dict[str, frozenset[str]] = {
    name: frozenset(slug(n) for n in names) for name, names in SHEET_NAMES.items()
}
#: Tables a landscape of ties may leave out: with a ties table and neither of these, the ties are the
#: network (``--ties``: "the ties are the network when there are no memberships").
TIE_NETWORK_OPTIONAL = ("bodies", "memberships")


def required_tables(present) -> list[str]:
    """The tables a landscape must have, given the names of the tables ``present``.

    Organisations always; bodies and memberships too, unless the landscape is a network of ties: a ties
    table and neither bodies nor memberships (a folder of organisations.csv and ties.csv).
    """
    present = set(present)
    ties_only = "ties" in present and not present & set(TIE_NETWORK_OPTIONAL)
    return [name for name, spec in TABLES.items() if spec.required and not (ties_only and name in TIE_NETWORK_OPTIONAL)]


def canonical_column(spec: TableSpec, header: str) -> str | None:
    """The canonical column name for a header as the user wrote it, or None."""
    key = slug(header)
    for col in spec.columns:
        if key == col.name:
            return col.name
    for col in spec.columns:
        if key in col.aliases:
            return col.name
    return None


def canonical_table(filename_stem: str) -> str | None:
    """The table a file or sheet name stands for (``overleggen`` -> ``bodies``): its name, its sheet's
    name in either language (:data:`SHEET_NAMES`) or one of its ``file_aliases``."""
    key = slug(filename_stem)
    for spec in TABLES.values():
        if key == spec.name or key in _SHEET_KEYS.get(spec.name, ()) or key in spec.file_aliases:
            return spec.name
    return None


def info_sheet(title: str) -> bool:
    """True for a sheet of the intake workbook that holds no table (:data:`INFO_SHEETS`, in either
    language): the loader passes over it."""
    key = slug(title)
    return any(key in _SHEET_KEYS[name] for name in INFO_SHEETS)


def accepted_headers(col: Column) -> list[str]:
    """The headers a column is read from, its name first (``member``, ``lid``, ``deelnemer``, ...; at most
    five): a list param of problems, said joined (:func:`partnernet.language.errors.message`)."""
    return [col.name, *col.aliases[:4]]


from .._public import public_dir

__all__ = [
    "ID",
    "REF",
    "TEXT",
    "VOCAB",
    "NUMBER",
    "COUNT",
    "DATE",
    "BOOL",
    "Column",
    "TableSpec",
    "Domain",
    "Regime",
    "SHEET_NAMES",
    "INFO_SHEETS",
    "VOCABULARIES",
    "Bounds",
    "BOUNDS",
    "MAX_COLUMNS",
    "DATE_RANGE",
    "OPEN_END",
    "TRUE_WORDS",
    "FALSE_WORDS",
    "slug",
    "vocabulary_key",
    "VOCABULARY_LOOKUP",
    "ORGANISATIONS",
    "BODIES",
    "PERSONS",
    "MEMBERSHIPS",
    "TIES",
    "COVENANTS",
    "TABLES",
    "TIE_NETWORK_OPTIONAL",
    "required_tables",
    "canonical_column",
    "canonical_table",
    "info_sheet",
    "accepted_headers",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
