"""The result of :func:`partnernet.layers` in sentences, Dutch or English (``lang``).

Words only: every fact here is in the tables of the result too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import pandas as pd

from .langs import Lang, resolve
from . import get
from .labels import VALUES_NL
from .numbers import counted, figure, listing, number
from .plain import LISTED, named, one, pick

if TYPE_CHECKING:
    from ..landscape import Landscape

REGIME_WORDS = {"ct": (VALUES_NL["ct"], "CT"), "crime": (VALUES_NL["crime"], "crime")}
LAYER_WORDS = {
    "ct": ("CT-laag", "CT layer"),
    "crime": ("criminaliteitslaag", "crime layer"),
    "shared": (
        "gedeelde laag (regime beide, deel van beide netwerken)",
        "shared layer (regime both, part of both networks)",
    ),
}
#: Regimes and tie kinds as the first part of a Dutch compound ("CT-netwerk", "samenwerkingsrelaties").
REGIME_COMPOUND_NL = {"ct": "CT-", "crime": "criminaliteits"}
TIE_KINDS_NL = {**{kind: VALUES_NL[kind] for kind in ("information", "advice")}, "collaboration": "samenwerkings"}


def findings(result, land: Landscape, lang: Lang | None = None) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) about a :func:`partnernet.layers` result on ``land``."""
    lang = resolve(lang)
    return regime_findings(result, land, lang) if result["by"] == "regime" else tie_findings(result, land, lang)


def regime_findings(result, land: Landscape, lang: Lang | None = None) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) on the CT and crime layers and what bridges them."""
    lang = resolve(lang)
    words = {layer: pick(lang, *pair) for layer, pair in LAYER_WORDS.items()}
    told = [("layers", _layer_sizes(result["layers"], words, lang))]
    told += _regime_overlap(result, land, lang) + _hosts(result["bridge_hosts"], land, lang)
    told += _shared_bodies(result["shared_bodies"], lang)
    for layer, rows in _measurable(result["fragmentation"]):
        regime = pick(lang, *REGIME_WORDS[layer])
        part = REGIME_COMPOUND_NL[layer]
        subject = pick(
            lang,
            f"{part}netwerk ({{n}} organisaties bij {part.rstrip('-')}- of gedeelde overleggen)",
            f"{regime} network ({{n}} organisations at {regime} or shared bodies)",
        )
        told.append(("fragmentation", _fragmentation(rows, subject, lang)))
    return pd.DataFrame(told, columns=["topic", "sentence"])


def _tie_kind(layer: str, lang: str) -> str:
    return TIE_KINDS_NL.get(layer, layer) if lang == "nl" else layer


def tie_findings(result, land: Landscape, lang: Lang | None = None) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) on the tables against the direct ties."""
    lang = resolve(lang)
    words = {
        layer: pick(lang, "de overleggen", "the tables")
        if layer == "membership"
        else pick(lang, f"{_tie_kind(layer, lang)}relaties", f"{layer} ties")
        for layer in result["layers"].index
    }
    told = [("layers", _layer_sizes(result["layers"], words, lang))]
    pairs = result["pairs"]
    with_tables = pairs[pairs["layer_a"] == "membership"]
    for row in with_tables.itertuples(index=False):
        told.append(
            (
                "overlap",
                pick(
                    lang,
                    f"Van de {row.organisations_b} organisaties met {_tie_kind(row.layer_b, lang)}relaties zitten er "
                    f"{row.shared_organisations} ook aan een overlegtafel.",
                    f"Of the {row.organisations_b} organisations with {row.layer_b} ties, "
                    f"{row.shared_organisations} also sit at a table.",
                ),
            )
        )
    outside = result["ties_outside_tables"]
    if len(outside):
        links = [
            f"{a} -- {b} ({get(lang).listing(get(lang).values('kinds', kinds))})"
            for a, b, kinds in zip(outside["organisation_a"], outside["organisation_b"], outside["kinds"])
        ]
        alone = len(outside) == 1
        told.append(
            (
                "bridges",
                pick(
                    lang,
                    f"{counted(len(outside), 'tie link', lang)} {'verbindt' if alone else 'verbinden'} organisaties "
                    f"die geen overleg delen: {listing(links, lang, LISTED)}.",
                    f"{counted(len(outside), 'tie link', 'en')} {'joins' if alone else 'join'} organisations that share no table: "
                    f"{listing(links, 'en', LISTED)}.",
                ),
            )
        )
    elif len(land.ties):
        told.append(
            (
                "bridges",
                pick(
                    lang,
                    "Elke relatie verbindt organisaties die al een overleg delen.",
                    "Every tie links organisations that already share a table.",
                ),
            )
        )
    told += [
        (
            "fragmentation",
            _fragmentation(
                rows, pick(lang, f"{words[layer]} ({{n}} organisaties)", f"{words[layer]} ({{n}} organisations)"), lang
            ),
        )
        for layer, rows in _measurable(result["fragmentation"])
    ]
    return pd.DataFrame(told, columns=["topic", "sentence"])


def _layer_sizes(table: pd.DataFrame, words: dict, lang: str) -> str:
    parts = []
    for layer, row in zip(table.index, table.to_dict("records")):
        size = (
            counted(row["bodies"], "body", lang)
            if pd.notna(row.get("bodies", pd.NA))
            else counted(row["ties"], "tie", lang)
        )
        between = pick(lang, "tussen organisaties", "between organisations")
        parts.append(
            f"{words[layer]}: {size}, {counted(row['organisations'], 'organisation', lang)}, "
            f"{counted(row['persons'], 'person', lang)}, {counted(row['links'], 'link', lang)} {between}"
        )
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _regime_overlap(result: dict, land, lang: Lang) -> list[tuple[str, str]]:
    pair = result["pairs"].set_index(["layer_a", "layer_b"]).loc[("ct", "crime")]
    bridges = result["bridge_actors"]
    organisations = bridges.index[bridges["level"] == "organisations"]
    persons = bridges[bridges["level"] == "persons"]
    if not len(organisations):
        return [
            (
                "bridges",
                pick(
                    lang,
                    "Geen organisatie zit aan een CT-overleg én aan een criminaliteitsoverleg: "
                    "de twee netwerken raken elkaar hooguit in gedeelde overleggen.",
                    "No organisation sits at a CT body and at a crime body: the two networks meet "
                    "only at shared bodies, if at all.",
                ),
            )
        ]
    jaccard = number(pair["jaccard_organisations"], lang, 2)
    n = len(organisations)
    told = [
        (
            "bridges",
            pick(
                lang,
                f"{counted(n, 'organisation', lang)} {'zit' if n == 1 else 'zitten'} aan CT- en aan "
                f"criminaliteitsoverleggen (Jaccard {jaccard} van de twee verzamelingen organisaties): "
                f"{named(organisations, land, lang=lang)}.",
                f"{counted(n, 'organisation', 'en')} sit at CT and at crime bodies (Jaccard {jaccard} of the two sets of "
                f"organisations): {named(organisations, land)}.",
            ),
        )
    ]
    if len(persons):
        busiest = [
            one(p, land, f"{row.ct_bodies} CT, {counted(row.crime_bodies, 'crime body', lang)}")
            for p, row in zip(persons.index, persons.itertuples(index=False))
        ]
        alone, jaccard = len(persons) == 1, number(pair["jaccard_persons"], lang, 2)
        told.append(
            (
                "bridges",
                pick(
                    lang,
                    f"{counted(len(persons), 'person', lang)} {'doet' if alone else 'doen'} dat ook (Jaccard {jaccard}); "
                    f"de meeste overleggen aan beide kanten: {listing(busiest, lang, LISTED)}.",
                    f"{counted(len(persons), 'person', 'en')} {'does' if alone else 'do'} (Jaccard {jaccard}); most tables on "
                    f"both sides: {listing(busiest, 'en', LISTED)}.",
                ),
            )
        )
    else:
        told.append(
            (
                "bridges",
                pick(
                    lang,
                    "Geen persoon zit aan een CT-overleg én aan een criminaliteitsoverleg: "
                    "alleen organisaties slaan de brug.",
                    "No person sits at a CT body and at a crime body: only organisations bridge.",
                ),
            )
        )
    return told


def _hosts(hosts: pd.DataFrame, land, lang: str) -> list[tuple[str, str]]:
    both = hosts[hosts["bridge"]]
    if not len(both):
        return [
            (
                "hosts",
                pick(
                    lang,
                    "Geen organisatie is gastheer van CT- én criminaliteitsoverleggen.",
                    "No organisation hosts CT bodies and crime bodies.",
                ),
            )
        ]
    parts = [
        one(
            h,
            land,
            f"{len(row['ct_body_ids'])} CT, {len(row['crime_body_ids'])} {pick(lang, 'criminaliteit', 'crime')}, "
            f"{counted(len(row['shared_body_ids']), 'shared body', lang)}",
        )
        for h, row in zip(both.index, both.to_dict("records"))
    ]
    return [
        (
            "hosts",
            pick(lang, "Gastheren van CT- en criminaliteitsoverleggen: ", "Hosts of CT and crime bodies: ")
            + f"{listing(parts, lang, LISTED)}.",
        )
    ]


def _shared_bodies(shared: pd.DataFrame, lang: str) -> list[tuple[str, str]]:
    if not len(shared):
        return [
            ("shared", pick(lang, "Er zijn geen overleggen met regime beide.", "There are no bodies of regime both."))
        ]
    tying = shared[shared["ct_crime_pairs"] > 0]
    if not len(tying):
        return [
            (
                "shared",
                pick(
                    lang,
                    "Geen gedeeld overleg brengt een organisatie die alleen bij CT-overleggen zit samen met een die "
                    f"alleen bij criminaliteitsoverleggen zit ({counted(len(shared), 'shared body', lang)}).",
                    "No shared body seats an organisation found only at CT bodies next to one found only "
                    f"at crime bodies ({counted(len(shared), 'shared body', 'en')}).",
                ),
            )
        ]
    parts = [
        f"{body} ({row.ct_only} {pick(lang, 'alleen CT', 'CT-only')}, "
        f"{counted(row.crime_only, 'crime-only organisation', lang)})"
        for body, row in zip(tying.index, tying.itertuples(index=False))
    ]
    return [
        (
            "shared",
            pick(
                lang,
                "Gedeelde overleggen die organisaties die alleen bij CT-overleggen zitten samenbrengen met "
                f"organisaties die alleen bij criminaliteitsoverleggen zitten ({len(tying)} van {len(shared)}): ",
                "Shared bodies that seat organisations found only at CT bodies next to ones found only "
                f"at crime bodies ({len(tying)} of {len(shared)}): ",
            )
            + f"{listing(parts, lang, LISTED)}.",
        )
    ]


def _measurable(table: pd.DataFrame):
    """(layer, rows) of the fragmentation table for layers of two or more organisations."""
    return [(layer, rows) for layer, rows in table.groupby("layer", sort=False) if rows["organisations"].iloc[0] >= 2]


def _fragmentation(rows: pd.DataFrame, subject: str, lang: Lang) -> str:
    """'Subject: linked by X F 0, DF 0.3; linked by Y F 0.2, DF 0.4 in 5 components.' (``{n}`` in subject: nodes)."""
    parts = []
    for row in rows.to_dict("records"):
        pieces = (
            f"F {figure(round(row['fragmentation'], 3), lang)}, "
            f"DF {figure(round(row['distance_fragmentation'], 3), lang)}"
        )
        split = (
            pick(lang, f" in {row['components']} losse delen", f" in {row['components']} components")
            if row["components"] > 1
            else ""
        )
        parts.append(
            pick(lang, "verbonden door ", "linked by ")
            + linked_by(row["linked_by"], row["layer"], lang)
            + f" {pieces}{split}"
        )
    text = subject.format(n=rows["organisations"].iat[0])
    return f"{text[:1].upper()}{text[1:]}: " + "; ".join(parts) + "."


def linked_by(code: str, layer: str, lang: Lang | None = None) -> str:
    """What links a layer's organisations (a ``linked_by`` code of the fragmentation table) for ``layer``:
    'CT and shared bodies', 'alleen informatierelaties'."""
    lang = resolve(lang)
    if lang != "nl":
        said = get("en").value(layer)  # the regime code ct as CT, words as they are
        return LINKED_BY_EN[code if code != "own_links" or layer != "membership" else "tables_alone"].format(x=said)
    if code == "own_links" and layer == "membership":
        code = "tables_alone"
    part = REGIME_COMPOUND_NL.get(layer, TIE_KINDS_NL.get(layer, layer))
    return LINKED_BY_NL[code].format(part=part, stem=part.rstrip("-"))


#: The ``linked_by`` codes of the fragmentation table with the layer ({x}; Dutch {part}: its compound form).
LINKED_BY_EN = {
    "every_body": "every body",
    "own_and_shared_bodies": "{x} and shared bodies",
    "own_bodies": "{x} bodies alone",
    "tables_and_ties": "tables and ties",
    "tables_alone": "tables alone",
    "own_links": "{x} ties alone",
}
LINKED_BY_NL = {
    "every_body": VALUES_NL["every_body"],
    "own_and_shared_bodies": "{stem}- en gedeelde overleggen",
    "own_bodies": "alleen {part}overleggen",
    "tables_and_ties": VALUES_NL["tables_and_ties"],
    "tables_alone": "alleen overleggen",
    "own_links": "alleen {part}relaties",
}

from .._public import public_dir

__all__ = [
    "REGIME_WORDS",
    "LAYER_WORDS",
    "REGIME_COMPOUND_NL",
    "TIE_KINDS_NL",
    "findings",
    "regime_findings",
    "tie_findings",
    "linked_by",
    "LINKED_BY_EN",
    "LINKED_BY_NL",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
