"""The result of :func:`partnernet.compare` in plain English sentences.

Words only: every fact here is in the tables of the result too, so a report
in another language phrases them itself.
"""

from __future__ import annotations

import pandas as pd

from ..analysis.overload import HOURS
from .plain import LISTED, counted, listed, named, number, one

NETWORK_WORDS = {  # measure -> words, in the order they are told
    "components": "components", "isolates": "organisations without a link",
    "fragmentation": "fragmentation F", "distance_fragmentation": "distance-weighted fragmentation DF",
    "density": "density", "average_distance": "average distance (steps)",
    "organisations_without_connector": "organisations without a connector",
}
LOAD_WORDS = {HOURS: "meeting hours per month of all organisations together",
              "overloaded_organisations": "overloaded organisations"}
METRIC_WORDS = {"tables": "tables", HOURS: "meeting hours per month", "load_ratio": "load ratio",
                "betweenness": "betweenness", "bridging": "pairs bridged"}


def change_sentences(result, a, b, by: str | None = None) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) that tell what changed from ``a`` to ``b``.

    ``result`` is :func:`partnernet.compare` of ``a`` and ``b``; ``by`` defaults to its grouping.
    """
    by = by or result["by"]
    told = (_overview(result, a, b) + _body_sentences(result["new_bodies"], b, new=True)
            + _body_sentences(result["dissolved_bodies"], a, new=False) + _organisation_sentences(result, a, b)
            + _person_sentences(result, a, b) + _network_sentences(result["network"])
            + _metric_sentences(result["metrics"]) + _role_sentences(result["connector_roles"], by))
    if not told:
        told = [("overview", "Nothing changed.")]
    return pd.DataFrame(told, columns=["topic", "sentence"])


def _labels(a, b) -> tuple[str, str]:
    """'2025-01-01' and '2026-01-01' for one register; 'old.xlsx on ...' when the sources differ."""
    def label(land, fallback: str) -> str:
        source = land.source if a.source != b.source else None
        date = str(land.date.date()) if land.date is not None else None
        return " on ".join(part for part in (source, date) if part) or fallback

    return label(a, "the first landscape"), label(b, "the second landscape")


def _overview(result: dict, a, b) -> list[tuple[str, str]]:
    counts = result["counts"]
    if not (counts["added"].sum() or counts["removed"].sum()):
        return []
    parts = []
    for table, row in counts.iterrows():
        if row["added"] or row["removed"]:
            ended = "ended" if table == "memberships" else "gone"
            parts.append(f"{table} {row['before']} -> {row['after']} ({row['added']} new, {row['removed']} {ended})")
    where = "From {} to {}".format(*_labels(a, b))
    return [("overview", f"{where}: " + "; ".join(parts) + ".")]


def _body_sentences(bodies: pd.DataFrame, land, new: bool) -> list[tuple[str, str]]:
    told = []
    for body, row in bodies.iterrows():
        kinds = [str(row[c]) for c in ("regime", "level") if pd.notna(row[c])]
        head = f"{'New body' if new else 'Body'} {one(body, land, *kinds)}"
        if row["organisations"] == 0:
            told.append(("bodies", f"{head} {'has no members' if new else 'is gone; it had no members'}."))
            continue
        hours = "" if pd.isna(row[HOURS]) else f", {number(row[HOURS])} meeting hours a month in all"
        size = f"{counted(row['organisations'], 'organisation')}, {counted(row['persons'], 'person')}{hours}"
        closest = (f" It shares no organisation with any {'existing' if new else 'remaining'} body."
                   if pd.isna(row["closest_body"]) else
                   f" Closest {'existing' if new else 'remaining'} body: {row['closest_body']} "
                   f"({row['shared_organisations']} of its {row['organisations']} organisations sit there, "
                   f"Jaccard {row['jaccard']:.2f}).")
        told.append(("bodies", f"{head}{' is gone' if not new else ''}: {size}.{closest} "
                               + _links_text(row, new)))
    return told


LINK_WORDS = {  # new body (True) or dissolved body (False): its columns and the ways to tell them
    True: {"columns": ("pairs_already_together", "new_links", "new_link_pairs"),
           "one": "With one organisation it links no pair.",
           "all": "All {pairs} pairs of its organisations already shared a body: it adds no new link.",
           "none": "None of its {pairs} pairs of organisations shared a body before, e.g. {examples}.",
           "some": "{kept} of its {pairs} pairs of organisations already shared a body; it links {other} "
                   "{other_pairs} for the first time, e.g. {examples}.",
           "pair_all": "Its one pair of organisations already shared a body: it adds no new link.",
           "pair_none": "Its one pair of organisations, {examples}, shared no body before: it links them for the "
                        "first time."},
    False: {"columns": ("pairs_still_together", "links_lost", "lost_link_pairs"),
            "one": "With one organisation it linked no pair.",
            "all": "All {pairs} pairs of its organisations still share another body: no link is lost.",
            "none": "None of its {pairs} pairs of organisations shares another body: all are lost, e.g. {examples}.",
            "some": "{kept} of its {pairs} pairs of organisations still share another body; {other} "
                    "{other_links} lost, e.g. {examples}.",
            "pair_all": "Its one pair of organisations still shares another body: no link is lost.",
            "pair_none": "Its one pair of organisations, {examples}, shares no other body: the link is lost."},
}


def _links_text(row: pd.Series, new: bool) -> str:
    words = LINK_WORDS[new]
    kept, other, examples = (row[column] for column in words["columns"])
    case = "one" if not row["member_pairs"] else "all" if not other else "none" if not kept else "some"
    if row["member_pairs"] == 1 and case in ("all", "none"):
        case = f"pair_{case}"  # one pair: no '1 pairs'
    return str(words[case]).format(pairs=row["member_pairs"], kept=kept, other=other, examples=listed(examples),
                                   other_pairs="pair" if other == 1 else "pairs",
                                   other_links="link is" if other == 1 else "links are")


def _organisation_sentences(result: dict, a, b) -> list[tuple[str, str]]:
    told = []
    for frame, land in ((result["added"]["organisations"], b), (result["removed"]["organisations"], a)):
        for change, rows in frame.groupby("change", sort=False):
            told.append(("organisations", f"Organisations that {_verb(change)}: {named(rows.index, land)}."))
    return told


def _verb(change: str) -> str:
    return {"new in the register": "are new in the register", "took a seat at a table": "took a seat at a table",
            "left the register": "left the register", "no longer at any table": "no longer sit at any table",
            "has a direct tie": "now have a direct tie", "no longer in any tie": "no longer have a direct tie"}[change]


def _person_sentences(result: dict, a, b) -> list[tuple[str, str]]:
    told = []
    moves = result["handovers"]
    groups = sorted(moves.groupby(["organisation", "person_out", "person_in"], sort=True), key=lambda g: -len(g[1]))
    for (organisation, out, into), rows in groups:  # most seats first
        where = rows["body"].iat[0] if len(rows) == 1 else f"{len(rows)} bodies ({', '.join(rows['body'])})"
        told.append(("persons", f"{one(into, b, organisation)} took over from {one(out, a)} at {where}."))
    joined = result["added"]["persons"].index.difference(moves["person_in"], sort=False)
    left = result["removed"]["persons"].index.difference(moves["person_out"], sort=False)
    if len(joined):
        told.append(("persons", f"New persons at the tables: {named(joined, b)}."))
    if len(left):
        told.append(("persons", f"Persons no longer at any table: {named(left, a)}."))
    return told + _other_memberships(result)


def _other_memberships(result: dict) -> list[tuple[str, str]]:
    """Memberships that began or ended outside new or dissolved bodies and outside handovers."""
    told = []
    moves = result["handovers"]
    for key, moved, verb, bodies in (("added", "person_in", "began", result["new_bodies"].index),
                                     ("removed", "person_out", "ended", result["dissolved_bodies"].index)):
        rows = result[key]["memberships"]
        handed = pd.MultiIndex.from_frame(moves[[moved, "body"]])
        other = rows[~rows["body"].isin(bodies)
                     & ~pd.MultiIndex.from_frame(rows[["member", "body"]]).isin(handed)]
        if len(other):
            seats = [f"{m} at {body}" for m, body in zip(other["member"], other["body"])]
            told.append(("memberships", f"Other memberships that {verb}: {listed(seats)}."))
    return told


def _network_sentences(network: pd.DataFrame) -> list[tuple[str, str]]:
    told = []
    for words, subject in ((NETWORK_WORDS, "Network of organisations"), (LOAD_WORDS, "Consultation load")):
        rows = network.loc[list(words)]
        changed = rows[(rows["change"].abs() > 1e-9) | (rows["before"].isna() != rows["after"].isna())]
        if len(changed):
            parts = [f"{words[m]} {number(r['before'])} -> {number(r['after'])}" for m, r in changed.iterrows()]
            told.append(("network", f"{subject}: " + ", ".join(parts) + "."))
    return told


def _metric_sentences(metrics: pd.DataFrame) -> list[tuple[str, str]]:
    told = []
    for metric, rows in metrics.groupby("metric", sort=False):
        top = rows.head(LISTED)
        parts = [f"{org} {number(r['before'])} -> {number(r['after'])}" for org, r in
                 zip(top["organisation"], top.to_dict("records"))]
        more = f" ({len(rows)} organisations changed)" if len(rows) > LISTED else ""
        told.append(("metrics", f"Largest changes in {METRIC_WORDS[metric]}: {', '.join(parts)}{more}."))
    return told


def _role_sentences(roles: pd.DataFrame, by: str) -> list[tuple[str, str]]:
    was = roles["connector_before"].astype(bool)  # bridging above chance (partnernet.connectors)
    now = roles["connector_after"].astype(bool)
    told = []
    for mask, text in ((was & ~now, f"No longer a connector between {by} groups"),
                       (~was & now, f"New connectors between {by} groups"),
                       (was & now & (roles["role_before"] != roles["role_after"]), "Connectors with another main role")):
        rows = roles[mask]
        if len(rows):
            parts = [f"{org} ({before} -> {after})" for org, before, after in
                     zip(rows.index, rows["role_before"], rows["role_after"])]
            told.append(("connectors", f"{text}: {listed(parts)}."))
    return told
