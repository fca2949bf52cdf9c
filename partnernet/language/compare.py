"""The result of :func:`partnernet.compare` in sentences, Dutch or English (``lang``).

Words only: every fact here is in the tables of the result too.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .langs import Lang, resolve
from ..analysis.overload import HOURS
from .numbers import hours as hours_text
from . import get
from .numbers import counted, figure, listing, number
from .plain import LISTED, named, one, pick

NAMED_CHANGES = LISTED - 1  # organisations named with their change per metric

#: The measures told, in order, by their one term (:meth:`.Language.measure`, :data:`.labels.MEASURES`).
NETWORK_MEASURES = (
    "components",
    "isolates",
    "fragmentation",
    "distance_fragmentation",
    "density",
    "average_distance",
    "organisations_without_connector",
)
LOAD_MEASURES = (HOURS, "overloaded_organisations")
METRIC_MEASURES = ("bodies", HOURS, "load_ratio", "betweenness", "bridging")


def change_sentences(result, a, b, by: str | None = None, lang: Lang | None = None) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) that tell what changed from ``a`` to ``b``.

    ``result`` is :func:`partnernet.compare` of ``a`` and ``b``; ``by`` defaults to its grouping;
    ``lang``: ``nl`` or ``en``.
    """
    lang = resolve(lang)
    by = by or result["by"]
    told = (
        _overview(result, a, b, lang)
        + _body_sentences(result["new_bodies"], b, True, lang)
        + _body_sentences(result["dissolved_bodies"], a, False, lang)
        + _organisation_sentences(result, a, b, lang)
        + _person_sentences(result, a, b, lang)
        + _network_sentences(result["network"], lang)
        + _metric_sentences(result["metrics"], lang)
        + _role_sentences(result["connector_roles"], by, lang)
    )
    if not told:
        told = [("overview", pick(lang, "Er is niets veranderd.", "Nothing changed."))]
    return pd.DataFrame(told, columns=["topic", "sentence"])


def _labels(a, b, lang: str) -> tuple[str, str]:
    """'2025-01-01' and '2026-01-01' for one register; 'old.xlsx on ...' when the sources differ."""

    def label(land, fallback: str) -> str:
        source = land.source if a.source != b.source else None
        date = str(land.date.date()) if land.date is not None else None
        return pick(lang, " op ", " on ").join(part for part in (source, date) if part) or fallback

    return (
        label(a, pick(lang, "het eerste landschap", "the first landscape")),
        label(b, pick(lang, "het tweede landschap", "the second landscape")),
    )


def _overview(result: dict, a, b, lang: str) -> list[tuple[str, str]]:
    counts = result["counts"]
    if not (counts["added"].sum() or counts["removed"].sum()):
        return []
    parts = []
    for table, row in counts.iterrows():
        if row["added"] or row["removed"]:
            ended = pick(lang, "beëindigd", "ended") if table == "memberships" else pick(lang, "verdwenen", "gone")
            name = get("nl").value(table) if lang == "nl" else table  # the register's tables: the label table
            parts.append(
                f"{name} {row['before']} -> {row['after']} ({row['added']} {pick(lang, 'nieuw', 'new')}, "
                f"{row['removed']} {ended})"
            )
    first, second = _labels(a, b, lang)
    return [
        ("overview", pick(lang, f"Van {first} naar {second}: ", f"From {first} to {second}: ") + "; ".join(parts) + ".")
    ]


def _body_sentences(bodies: pd.DataFrame, land, new: bool, lang: str) -> list[tuple[str, str]]:
    told = []
    for body, row in bodies.iterrows():
        kinds = [str(get(lang).values(c, row[c])) for c in ("regime", "level") if pd.notna(row[c])]
        head = (
            (pick(lang, "Nieuw overleg", "New body") if new else pick(lang, "Overleg", "Body"))
            + " "
            + one(body, land, *kinds)
        )
        if row["organisations"] == 0:
            empty = (
                pick(lang, "heeft geen deelnemers", "has no members")
                if new
                else pick(lang, "is opgeheven; het had geen deelnemers", "is gone; it had no members")
            )
            told.append(("bodies", f"{head} {empty}."))
            continue
        hours = (
            ""
            if pd.isna(row[HOURS])
            else pick(
                lang,
                f", in totaal {hours_text(row[HOURS], lang)} vergaderuren per maand",
                f", {hours_text(row[HOURS], 'en')} meeting hours per month in all",
            )
        )
        size = (
            f"{counted(row['organisations'], 'organisation', lang)}, {counted(row['persons'], 'person', lang)}{hours}"
        )
        told.append(
            (
                "bodies",
                f"{head}{pick(lang, ' is opgeheven', ' is gone') if not new else ''}: {size}."
                f"{_closest(row, new, lang)} " + _links_text(row, new, lang),
            )
        )
    return told


def _closest(row: pd.Series, new: bool, lang: str) -> str:
    """' Closest existing body: x (3 of its 5 organisations sit there, Jaccard 0.50).'"""
    if lang == "nl":
        other = "bestaand" if new else "overgebleven"
        if pd.isna(row["closest_body"]):
            return f" Het deelt geen organisatie met een {other} overleg."
        return (
            f" Meest verwant {other} overleg: {row['closest_body']} ({row['shared_organisations']} van zijn "
            f"{row['organisations']} organisaties zitten daar, Jaccard {number(row['jaccard'], lang, 2)})."
        )
    other = "existing" if new else "remaining"
    if pd.isna(row["closest_body"]):
        return f" It shares no organisation with any {other} body."
    return (
        f" Closest {other} body: {row['closest_body']} ({row['shared_organisations']} of its "
        f"{row['organisations']} organisations sit there, Jaccard {row['jaccard']:.2f})."
    )


LINK_WORDS: dict[
    bool, dict[str, Any]
] = {  # new body (True) or dissolved body (False): its columns and the ways to tell them, per language
    True: {
        "columns": ("pairs_already_together", "new_links", "new_link_pairs"),
        "en": {
            "one": "With one organisation it links no pair.",
            "all": "All {pairs} pairs of its organisations already shared a body: it adds no new link.",
            "none": "None of its {pairs} pairs of organisations shared a body before, e.g. {examples}.",
            "some": "{kept} of its {pairs} pairs of organisations already shared a body; it links {other} "
            "{other_pairs} for the first time, e.g. {examples}.",
            "pair_all": "Its one pair of organisations already shared a body: it adds no new link.",
            "pair_none": "Its one pair of organisations, {examples}, shared no body before: it links them "
            "for the first time.",
        },
        "nl": {
            "one": "Met één organisatie verbindt het geen paar.",
            "all": "Alle {pairs} paren van zijn organisaties zaten al samen in een overleg: het voegt geen "
            "nieuwe verbinding toe.",
            "none": "Geen van zijn {pairs} paren van organisaties zat eerder samen in een overleg, bijv. {examples}.",
            "some": "{kept} van zijn {pairs} paren van organisaties zaten al samen in een overleg; het "
            "verbindt {other} {other_pairs} voor het eerst, bijv. {examples}.",
            "pair_all": "Zijn ene paar organisaties zat al samen in een overleg: het voegt geen nieuwe verbinding toe.",
            "pair_none": "Zijn ene paar organisaties, {examples}, zat eerder niet samen in een overleg: het "
            "verbindt ze voor het eerst.",
        },
    },
    False: {
        "columns": ("pairs_still_together", "links_lost", "lost_link_pairs"),
        "en": {
            "one": "With one organisation it linked no pair.",
            "all": "All {pairs} pairs of its organisations still share another body: no link is lost.",
            "none": "None of its {pairs} pairs of organisations shares another body: all are lost, e.g. {examples}.",
            "some": "{kept} of its {pairs} pairs of organisations still share another body; {other} "
            "{other_links} lost, e.g. {examples}.",
            "pair_all": "Its one pair of organisations still shares another body: no link is lost.",
            "pair_none": "Its one pair of organisations, {examples}, shares no other body: the link is lost.",
        },
        "nl": {
            "one": "Met één organisatie verbond het geen paar.",
            "all": "Alle {pairs} paren van zijn organisaties zitten nog samen in een ander overleg: er gaat "
            "geen verbinding verloren.",
            "none": "Geen van zijn {pairs} paren van organisaties zit samen in een ander overleg: alle "
            "verbindingen gaan verloren, bijv. {examples}.",
            "some": "{kept} van zijn {pairs} paren van organisaties zitten nog samen in een ander overleg; "
            "{other} {other_links} verloren, bijv. {examples}.",
            "pair_all": "Zijn ene paar organisaties zit nog samen in een ander overleg: er gaat geen "
            "verbinding verloren.",
            "pair_none": "Zijn ene paar organisaties, {examples}, zit in geen ander overleg samen: de "
            "verbinding gaat verloren.",
        },
    },
}


def _links_text(row: pd.Series, new: bool, lang: str) -> str:
    words = LINK_WORDS[new]
    kept, other, examples = (row[column] for column in words["columns"])
    case = "one" if not row["member_pairs"] else "all" if not other else "none" if not kept else "some"
    if row["member_pairs"] == 1 and case in ("all", "none"):
        case = f"pair_{case}"  # one pair: no '1 pairs'
    return str(words[lang][case]).format(
        pairs=row["member_pairs"],
        kept=kept,
        other=other,
        examples=listing([f"{a} -- {b}" for a, b in examples], lang, LISTED),
        other_pairs=pick(lang, "paar" if other == 1 else "paren", "pair" if other == 1 else "pairs"),
        other_links=pick(
            lang, "verbinding gaat" if other == 1 else "verbindingen gaan", "link is" if other == 1 else "links are"
        ),
    )


def _organisation_sentences(result: dict, a, b, lang: Lang) -> list[tuple[str, str]]:
    told = []
    for frame, land in ((result["added"]["organisations"], b), (result["removed"]["organisations"], a)):
        for change, rows in frame.groupby("change", sort=False):
            told.append(
                (
                    "organisations",
                    pick(lang, "Organisaties die ", "Organisations that ")
                    + f"{_verb(change, lang)}: {named(rows.index, land, lang=lang)}.",
                )
            )
    return told


VERBS = {  # change of an organisation -> (Dutch, English) verb phrase after "organisations that"
    "new_in_the_register": ("nieuw zijn in het register", "are new in the register"),
    "took_a_seat_at_a_table": ("aan een overleg zijn gaan deelnemen", "took a seat at a table"),
    "left_the_register": ("uit het register zijn verdwenen", "left the register"),
    "no_longer_at_any_table": ("aan geen enkel overleg meer deelnemen", "no longer sit at any table"),
    "has_a_direct_tie": ("nu een directe relatie hebben", "now have a direct tie"),
    "no_longer_in_any_tie": ("geen directe relatie meer hebben", "no longer have a direct tie"),
}


def _verb(change: str, lang: str) -> str:
    return pick(lang, *VERBS[change])


def _person_sentences(result: dict, a, b, lang: Lang) -> list[tuple[str, str]]:
    told = []
    moves = result["handovers"]
    groups = sorted(moves.groupby(["organisation", "person_out", "person_in"], sort=True), key=lambda g: -len(g[1]))
    for (organisation, out, into), rows in groups:  # most seats first
        where = (
            rows["body"].iat[0] if len(rows) == 1 else f"{counted(len(rows), 'body', lang)} ({', '.join(rows['body'])})"
        )
        told.append(
            (
                "persons",
                pick(
                    lang,
                    f"{one(into, b, organisation)} nam het over van {one(out, a)} bij {where}.",
                    f"{one(into, b, organisation)} took over from {one(out, a)} at {where}.",
                ),
            )
        )
    joined = result["added"]["persons"].index.difference(moves["person_in"], sort=False)
    left = result["removed"]["persons"].index.difference(moves["person_out"], sort=False)
    if len(joined):
        told.append(
            (
                "persons",
                pick(lang, "Nieuwe personen aan tafel: ", "New persons at the tables: ")
                + f"{named(joined, b, lang=lang)}.",
            )
        )
    if len(left):
        told.append(
            (
                "persons",
                pick(lang, "Personen die aan geen overleg meer deelnemen: ", "Persons no longer at any table: ")
                + f"{named(left, a, lang=lang)}.",
            )
        )
    return told + _other_memberships(result, lang)


def _other_memberships(result: dict, lang: str) -> list[tuple[str, str]]:
    """Memberships that began or ended outside new or dissolved bodies and outside handovers."""
    told = []
    moves = result["handovers"]
    for key, moved, verb, bodies in (
        ("added", "person_in", pick(lang, "begonnen", "began"), result["new_bodies"].index),
        ("removed", "person_out", pick(lang, "eindigden", "ended"), result["dissolved_bodies"].index),
    ):
        rows = result[key]["memberships"]
        handed = pd.MultiIndex.from_frame(moves[[moved, "body"]])
        other = rows[~rows["body"].isin(bodies) & ~pd.MultiIndex.from_frame(rows[["member", "body"]]).isin(handed)]
        if len(other):
            seats = [f"{m} {pick(lang, 'bij', 'at')} {body}" for m, body in zip(other["member"], other["body"])]
            told.append(
                (
                    "memberships",
                    pick(lang, f"Andere deelnames die {verb}: ", f"Other memberships that {verb}: ")
                    + f"{listing(seats, lang, LISTED)}.",
                )
            )
    return told


def _value(measure: object, value: object, lang: str) -> str:
    """A measure's value in a sentence: hours as every sentence says hours (one decimal), others as figures."""
    return hours_text(value, lang) if measure == HOURS else figure(value, lang)


def _network_sentences(network: pd.DataFrame, lang: str) -> list[tuple[str, str]]:
    told = []
    words = get(lang)
    for measures, subject in (
        (NETWORK_MEASURES, pick(lang, "Netwerk van organisaties", "Network of organisations")),
        (LOAD_MEASURES, pick(lang, "Overlegbelasting van alle organisaties", "Consultation load of all organisations")),
    ):
        rows = network.loc[list(measures)]
        changed = rows[(rows["change"].abs() > 1e-9) | (rows["before"].isna() != rows["after"].isna())]
        if len(changed):
            parts = [
                f"{words.measure(str(m))} {_value(m, r['before'], lang)} -> {_value(m, r['after'], lang)}"
                for m, r in changed.iterrows()
            ]
            told.append(("network", f"{subject}: " + ", ".join(parts) + "."))
    return told


def _metric_sentences(metrics: pd.DataFrame, lang: str) -> list[tuple[str, str]]:
    told = []
    for metric, rows in metrics.groupby("metric", sort=False):
        top = rows.head(NAMED_CHANGES)
        parts = [
            f"{org} {_value(metric, r['before'], lang)} -> {_value(metric, r['after'], lang)}"
            for org, r in zip(top["organisation"], top.to_dict("records"))
        ]
        more = (
            pick(lang, f" ({len(rows)} organisaties veranderd)", f" ({len(rows)} organisations changed)")
            if len(rows) > NAMED_CHANGES
            else ""
        )
        told.append(
            (
                "metrics",
                pick(lang, "Grootste veranderingen in ", "Largest changes in ")
                + f"{get(lang).measure(str(metric))}: {', '.join(parts)}{more}.",
            )
        )
    return told


def _role_sentences(roles: pd.DataFrame, by: str, lang: str) -> list[tuple[str, str]]:
    was = roles["connector_before"].astype(bool)  # bridging above chance (partnernet.connectors)
    now = roles["connector_after"].astype(bool)
    group = get(lang).label(by) if lang == "nl" else by  # domain, regime, level: the label table

    def role(value) -> str:
        return str(get(lang).value(str(value))) if lang == "nl" else str(value)

    told = []
    for mask, text in (
        (
            was & ~now,
            pick(lang, f"Geen verbinder meer tussen {group}groepen", f"No longer a connector between {by} groups"),
        ),
        (~was & now, pick(lang, f"Nieuwe verbinders tussen {group}groepen", f"New connectors between {by} groups")),
        (
            was & now & (roles["role_before"] != roles["role_after"]),
            pick(lang, "Verbinders met een andere hoofdrol", "Connectors with another main role"),
        ),
    ):
        rows = roles[mask]
        if len(rows):
            parts = [
                f"{org} ({role(before)} -> {role(after)})"
                for org, before, after in zip(rows.index, rows["role_before"], rows["role_after"])
            ]
            told.append(("connectors", f"{text}: {listing(parts, lang, LISTED)}."))
    return told


from .._public import public_dir

__all__ = [
    "NAMED_CHANGES",
    "change_sentences",
    "LINK_WORDS",
    "VERBS",
    "LOAD_MEASURES",
    "METRIC_MEASURES",
    "NETWORK_MEASURES",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
