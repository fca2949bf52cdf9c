"""The differences of a what-if comparison in plain English sentences.

Only words: every figure comes from the structured result of
:func:`partnernet.whatif` (which reports in other languages phrase from
the same fields). Sentences start with the id or subject in its own case and
carry no final full stop, so they read as a list.
"""

from __future__ import annotations

import pandas as pd

from ..graphs import affiliations
from ..analysis.overload import HOURS

MOST = 3          # load and centrality changes told in words
MOST_ACTORS = 6   # actors named in one sentence before "and N more"
TOP_RANKS = 10    # rank changes told in words only when they touch this top


def changes(result, land) -> list[str]:
    """The differences of a :func:`partnernet.whatif` result on ``land`` in sentences, most important first.

    ``land`` is the landscape the result measured; the changed one is rebuilt
    with :func:`partnernet.analysis.whatif.changed_landscape`.
    """
    from ..analysis.whatif import changed_landscape

    before = land.using_ties(result["ties"])
    after = changed_landscape(before, result["remove"], result["add"], result["ties"])
    return describe(result, before, after, result["by"])


def describe(result, before, after, by: str) -> list[str]:
    """Sentences for a what-if result, most important first."""
    return (_scenario(result, before)
            + _adjustments(result["adjustments"])
            + _cut_off(result["disconnected"], before, after)
            + _single_points(result["articulation_points"], before, quiet=len(result["disconnected"]) > 0)
            + _group_links(result["group_links"], by)
            + _network(result["summary"])
            + _load(result["load"], result["summary"])
            + _connectors(result["connectors"], result["coverage"], before, by)
            + _centrality(result["centrality"]))


def who(land, node) -> str:
    """An organisation or body by id; a person as "name (id)" when the person has a name."""
    if node in land.persons.index:
        name = land.name_of(node)
        return node if name == node else f"{name} ({node})"
    return str(node)


def join(items, limit: int = MOST_ACTORS) -> str:
    """'a', 'a and b', 'a, b and c'; past ``limit`` items 'a, b, c and 4 more'; '' for none."""
    items = [str(i) for i in items]
    if not items:
        return ""
    if len(items) > limit:
        items = items[:limit - 1] + [f"{len(items) - limit + 1} more"]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _scenario(result: dict, land) -> list[str]:
    sentences = []
    for node, row in result["removed"].iterrows():
        parts = [_count(row["memberships"], "membership")] + ([_count(row["ties"], "tie")] if row["ties"] else [])
        if row["persons"]:
            parts.insert(0, _count(len(row["persons"]), "person"))
        where = f", {land.persons.at[node, 'organisation']}" if row["kind"] == "person" else ""
        sentences.append(f"without {who(land, node)}{where}: {join(parts)} removed")
    for body, row in result["added"].iterrows():
        hours = (f"{row[HOURS]:.1f} meeting hours a month per seat" if pd.notna(row[HOURS])
                 else "meeting hours unknown (give meetings_per_year and hours_per_meeting)")
        sentences.append(f"new body {body} with {_count(len(row['members']), 'member')} "
                         f"({join([who(land, m) for m in row['members']])}), {hours}")
    for org, persons in result["removed"]["persons"].items():
        if persons:
            sentences.append(f"{join([who(land, p) for p in persons])} "
                             f"leave{'s' if len(persons) == 1 else ''} with {org}")
    return sentences


# field -> sentence about the bodies or units with the same value before and after
ADJUSTMENT_PHRASES = {
    "reports_to": ("{ids} reported to {before}; it now reports to {after}",
                   "{ids} reported to {before}; they now report to {after}"),
    "host": ("{ids} loses {before} as host", "{ids} lose {before} as host"),
    "parent": ("{ids} was a unit of {before}; it stays, without a parent",
               "{ids} were units of {before}; they stay, without a parent"),
    "organisations": ("{ids} is left with {after} (had {before})", "{ids} are left with {after} (had {before})"),
}


def _adjustments(adjustments: pd.DataFrame) -> list[str]:
    sentences = []
    rows = adjustments.assign(after=adjustments["after"].where(adjustments["after"].notna(), "no body"))
    for (field, before, after), group in rows.groupby(["field", "before", "after"], sort=False):
        one, several = ADJUSTMENT_PHRASES[field]
        if field == "organisations":
            after = _count(after, "organisation")
        sentences.append((one if len(group) == 1 else several).format(ids=join(group["id"]), before=before,
                                                                      after=after))
    return sentences


def _cut_off(disconnected: pd.DataFrame, land, after) -> list[str]:
    sentences = []
    cut_orgs = set(disconnected.index[disconnected["level"] == "organisation"])
    for level in ("organisation", "person"):
        rows = disconnected[disconnected["level"] == level]
        if level == "person":  # persons of a cut-off organisation are told with it
            rows = rows[~rows["organisation"].isin(cut_orgs)]
        for status, group in rows.groupby("status", sort=False):
            sentences += _cut_off_group(group, status, level, land, after)
    return sentences


def _cut_off_group(rows: pd.DataFrame, status: str, level: str, land, after) -> list[str]:
    if status == "cut off from the main network":
        seats = affiliations(after, f"{level}s")
        sentences = []
        for _, part in rows.groupby("component", sort=False):
            bodies = sorted(seats.loc[seats["actor"].isin(part.index), "body"].unique())
            them = "it" if len(part) == 1 else "them"
            why = (f" ({join(bodies)} link{'s' if len(bodies) == 1 else ''} {them} to no one else)"
                   if bodies else "")
            sentences.append(f"{join([who(land, a) for a in part.index])} {'is' if len(part) == 1 else 'are'} "
                             f"cut off from the rest of the network{why}")
        return sentences
    names = join([who(land, a) for a in rows.index])
    if status == "no table left":
        return [f"{names} no longer {'sits' if len(rows) == 1 else 'sit'} at any table"]
    one = len(rows) == 1
    link = {"ties": f"{'has' if one else 'have'} a tie with",
            "tables+ties": f"{'has' if one else 'have'} a table or tie in common with"}.get(
        land.network_kind(), f"{'shares' if one else 'share'} a table with")
    return [f"{names} no longer {link} any other {level}"]


def _single_points(changes: pd.DataFrame, land, quiet: bool) -> list[str]:
    """New articulation points; those that stop being one only when no one was cut off (else that is why)."""
    sentences = []
    for level in ("organisation", "person"):
        rows = changes[changes["level"] == level]
        new = rows[~rows["articulation_point_before"] & rows["articulation_point_after"]]
        sentences += [f"{who(land, actor)} becomes a single point of failure (articulation point): without it "
                      f"{_count(row['nodes_cut_off_after'], level)} would be cut off" for actor, row in new.iterrows()]
        gone = rows[rows["articulation_point_before"] & ~rows["articulation_point_after"]]
        if len(gone) and not quiet:
            sentences.append(f"{join([who(land, a) for a in gone.index])} "
                             f"{'is no longer a single point' if len(gone) == 1 else 'are no longer single points'}"
                             f" of failure (articulation point{'' if len(gone) == 1 else 's'})")
    return sentences


# status -> (sentence about one group and several others, "{a} and {b}" and the actors)
LINK_PHRASES = {
    "no longer connected": "{group} is no longer connected to {others}",
    "only through one organisation": "{group} is no longer connected to {others} except through {actors}",
    "newly connected": "{group} is now connected to {others}",
    "no longer through one organisation only": "{group} no longer depends on {actors} alone to reach {others}",
}


def _group_links(links: pd.DataFrame, by: str) -> list[str]:
    """Pairs of groups whose connection changed; pairs that share a group and a cause in one sentence.

    Changes in the number of brokers of a pair are not told: brokerage falls
    when partners come to share a table (fewer unconnected pairs to broker),
    so "fewer brokers" does not mean "more fragile". Dependence is told by
    ``only_through``, which follows the paths themselves.
    """
    groups = set(links["group_a"]) | set(links["group_b"])
    sentences = []
    for status, phrase in LINK_PHRASES.items():
        rows = links[links["status"] == status]
        side = "only_through_before" if status.startswith("no longer through") else "only_through_after"
        causes = rows[side].map(tuple) if "{actors}" in phrase else pd.Series([()] * len(rows), index=rows.index)
        for actors, same in rows.groupby(causes, sort=False):
            for group, others in _stars(list(zip(same["group_a"], same["group_b"]))):
                every = len(others) > 1 and set(others) == groups - {group}
                sentences.append(phrase.format(group=group, actors=join(actors),
                                               others=f"any other {by}" if every else join(others, len(others))))
    return sentences


def _stars(pairs: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Pairs of groups as (group, the others it is paired with), the group in most pairs first."""
    stars, left = [], set(pairs)
    while left:
        counts = pd.Series([g for pair in sorted(left) for g in pair]).value_counts(sort=False)
        group = counts.sort_values(ascending=False, kind="stable").index[0]
        others = sorted(b if a == group else a for a, b in left if group in (a, b))
        stars.append((group, others))
        left = {p for p in left if group not in p}
    return stars


def _network(summary: pd.DataFrame) -> list[str]:
    sentences = []
    for level, singular in (("organisations", "organisation"), ("persons", "person")):
        if level not in summary.index.get_level_values("part"):
            continue
        s = summary.loc[level]
        if s.loc[["fragmentation", "distance_fragmentation", "components", "links"], "change"].abs().max() < 1e-9:
            continue
        sentences.append(
            f"{singular} network: fragmentation F {_share(s.at['fragmentation', 'before'])} -> "
            f"{_share(s.at['fragmentation', 'after'])}, DF {_share(s.at['distance_fragmentation', 'before'])} -> "
            f"{_share(s.at['distance_fragmentation', 'after'])}, components {s.at['components', 'before']:.0f} -> "
            f"{s.at['components', 'after']:.0f}, links {s.at['links', 'before']:.0f} -> {s.at['links', 'after']:.0f}")
    return sentences


def _share(value) -> str:
    """F or DF with three decimals; 'undefined' with fewer than two actors (NaN)."""
    return "undefined" if pd.isna(value) else f"{value:.3f}"


def _load(load: pd.DataFrame, summary: pd.DataFrame) -> list[str]:
    total = summary.loc[("load", HOURS)]
    sentences = [] if abs(total["change"]) < 1e-9 else [
        f"meeting hours a month of all organisations: {total['before']:.1f} -> {total['after']:.1f} "
        f"({total['change']:+.1f})"]
    orgs = load[load["level"] == "organisation"]
    now = orgs["overloaded_after"].fillna(False).astype(bool)
    flipped = orgs[orgs["overloaded_before"].fillna(False).astype(bool) != now]
    for org, row in flipped.iterrows():
        verb = "becomes overloaded" if now[org] else "is no longer overloaded"
        sentences.append(f"{org} {verb}: {_hours(row)} (load {row['load_ratio_before']:.2f} -> "
                         f"{row['load_ratio_after']:.2f})")
    others = orgs.drop(index=flipped.index)
    for org, row in others[others[f"{HOURS}_change"].abs() > 1e-9].head(MOST).iterrows():
        sentences.append(f"{org}: {_hours(row)}")
    return sentences


def _hours(row) -> str:
    before, after = (row[f"{HOURS}_{side}"] for side in ("before", "after"))
    return " -> ".join("unknown" if pd.isna(h) else f"{h:.1f}" for h in (before, after)) + " meeting hours a month"


def _connectors(changes: pd.DataFrame, coverage: pd.DataFrame, land, by: str) -> list[str]:
    sentences = []
    for before, verb in ((True, "no longer {have} a connector ({was} {persons})"),
                         (False, "now {have} a connector ({persons})")):
        rows = coverage[(coverage["has_connector_before"] == before) & (coverage["has_connector_after"] != before)]
        if len(rows):
            persons = [p for people in rows["connectors_before" if before else "connectors_after"] for p in people]
            sentences.append(f"{join(rows.index)} " + verb.format(have="has" if len(rows) == 1 else "have",
                                                                 was="was" if len(persons) == 1 else "were",
                                                                 persons=join(persons, len(persons))))
    for before, verb in ((True, "no longer {broker}"), (False, "now {broker}")):
        rows = changes[(changes["connector_before"] == before) & (changes["connector_after"] != before)]
        if len(rows):
            broker = "brokers" if len(rows) == 1 else "broker"
            sentences.append(f"{join([who(land, a) for a in rows.index])} {verb.format(broker=broker)} "
                             f"between {by}s")
    return sentences


def _centrality(ranks: pd.DataFrame) -> list[str]:
    """The new most central organisation, then the biggest moves that touch the top ten."""
    sentences = []
    top = ranks[(ranks["rank_after"] == 1) & (ranks["rank_before"] > 1)]
    moves = ranks[(ranks[["rank_before", "rank_after"]].min(axis=1) <= TOP_RANKS)].drop(index=top.index)
    sentences += [f"{org} is now the most central organisation by betweenness (was rank {row['rank_before']})"
                  for org, row in top.iterrows()]
    sentences += [f"{org} {'rises' if row['rank_change'] > 0 else 'falls'} from rank {row['rank_before']} to "
                  f"{row['rank_after']} in betweenness" for org, row in moves.head(MOST).iterrows()]
    return sentences
