"""The differences of a what-if comparison in sentences, Dutch or English (``lang``).

Only words: every figure comes from the structured result of
:func:`partnernet.whatif`. Sentences start with the id or subject in its own
case and carry no final full stop, so they read as a list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pandas as pd

from . import get
from .langs import Lang, resolve
from ..analysis.overload import HOURS
from .numbers import counted, listing, number, signed
from .numbers import hours as hours_text
from .people import display_name
from .plain import pick

if TYPE_CHECKING:
    from ..landscape import Landscape

MOST = 3  # load and centrality changes told in words
TOP_RANKS = 10  # rank changes told in words only when they touch this top
#: A row's ``level`` (the plural, as ``--level`` says it) -> the noun of one actor (``numbers.counted``).
NOUNS = {"organisations": "organisation", "persons": "person"}


def changes(result, land: Landscape, lang: Lang | None = None) -> list[str]:
    """The differences of a :func:`partnernet.whatif` result on ``land`` in sentences, most important first.

    ``land`` is the landscape the result measured (for names only); every figure, and what the changed
    network looks like, comes from the result itself. ``lang``: ``nl`` or ``en``.
    """
    lang = resolve(lang)
    return (
        _scenario(result, land, lang)
        + _adjustments(result["adjustments"], lang)
        + _cut_off(result["disconnected"], land, result["network"], lang)
        + _single_points(result["articulation_points"], land, len(result["disconnected"]) > 0, lang)
        + _group_links(result["group_links"], result["by"], lang)
        + _network(result["summary"], lang)
        + _load(result["load"], result["summary"], lang)
        + _connectors(result["connectors"], result["coverage"], land, result["by"], lang)
        + _centrality(result["centrality"], lang)
    )


def _scenario(result: dict, land, lang: str) -> list[str]:
    sentences = []
    for node, row in result["removed"].iterrows():
        parts = [counted(row["memberships"], "membership", lang)] + (
            [counted(row["ties"], "tie", lang)] if row["ties"] else []
        )
        if row["persons"]:
            parts.insert(0, counted(len(row["persons"]), "person", lang))
        where = f", {land.persons.at[node, 'organisation']}" if row["kind"] == "person" else ""
        sentences.append(
            pick(
                lang,
                f"zonder {display_name(land, node, ids=True)}{where}: {listing(parts, lang)} vervallen",
                f"without {display_name(land, node, ids=True)}{where}: {listing(parts, 'en')} removed",
            )
        )
    for body, row in result["added"].iterrows():
        hours = (
            pick(
                lang,
                f"{hours_text(row[HOURS], lang)} vergaderuren per maand per zetel",
                f"{hours_text(row[HOURS], lang)} meeting hours per month per seat",
            )
            if pd.notna(row[HOURS])
            else pick(
                lang,
                "vergaderuren onbekend (geef meetings_per_year en hours_per_meeting)",
                "meeting hours unknown (give meetings_per_year and hours_per_meeting)",
            )
        )
        members = listing([display_name(land, m, ids=True) for m in row["members"]], lang)
        sentences.append(
            pick(
                lang,
                f"nieuw overleg {body} met {counted(len(row['members']), 'member', lang)} ({members}), {hours}",
                f"new body {body} with {counted(len(row['members']), 'member', 'en')} ({members}), {hours}",
            )
        )
    for org, persons in result["removed"]["persons"].items():
        if persons:
            names = listing([display_name(land, p, ids=True) for p in persons], lang)
            sentences.append(
                pick(
                    lang,
                    f"{names} {'vertrekt' if len(persons) == 1 else 'vertrekken'} met {org}",
                    f"{names} leave{'s' if len(persons) == 1 else ''} with {org}",
                )
            )
    return sentences


# field -> sentence about the bodies or units with the same value before and after: (one, several) per language
ADJUSTMENT_PHRASES = {
    "en": {
        "reports_to": (
            "{ids} reported to {before}; it now reports to {after}",
            "{ids} reported to {before}; they now report to {after}",
        ),
        "host": ("{ids} loses {before} as host", "{ids} lose {before} as host"),
        "parent": (
            "{ids} was a unit of {before}; it stays, without a parent",
            "{ids} were units of {before}; they stay, without a parent",
        ),
        "organisations": ("{ids} is left with {after} (had {before})", "{ids} are left with {after} (had {before})"),
    },
    "nl": {
        "reports_to": (
            "{ids} rapporteerde aan {before}; nu aan {after}",
            "{ids} rapporteerden aan {before}; nu aan {after}",
        ),
        "host": ("{ids} verliest {before} als gastheer", "{ids} verliezen {before} als gastheer"),
        "parent": (
            "{ids} was een onderdeel van {before}; het blijft, zonder moederorganisatie",
            "{ids} waren onderdelen van {before}; ze blijven, zonder moederorganisatie",
        ),
        "organisations": (
            "{ids} houdt {after} over (had er {before})",
            "{ids} houden {after} over (hadden er {before})",
        ),
    },
}


def _adjustments(adjustments: pd.DataFrame, lang: str) -> list[str]:
    sentences = []
    rows = adjustments.assign(
        after=adjustments["after"].where(adjustments["after"].notna(), pick(lang, "geen overleg", "no body"))
    )
    for (field, before, after), group in rows.groupby(["field", "before", "after"], sort=False):
        one, several = ADJUSTMENT_PHRASES[lang][str(field)]
        if field == "organisations":
            after = counted(after, "organisation", lang)
        sentences.append(
            (one if len(group) == 1 else several).format(ids=listing(group["id"], lang), before=before, after=after)
        )
    return sentences


def _cut_off(disconnected: pd.DataFrame, land, network: str, lang: str) -> list[str]:
    sentences = []
    cut_orgs = set(disconnected.index[disconnected["level"] == "organisations"])
    for level, noun in NOUNS.items():
        rows = disconnected[disconnected["level"] == level]
        if level == "persons":  # persons of a cut-off organisation are told with it
            rows = rows[~rows["organisation"].isin(cut_orgs)]
        for status, group in rows.groupby("status", sort=False):
            sentences += _cut_off_group(group, str(status), noun, land, network, lang)
    return sentences


def _cut_off_group(rows: pd.DataFrame, status: str, noun: str, land, network: str, lang: str) -> list[str]:
    one = len(rows) == 1
    if status == "cut_off_from_the_main_network":
        sentences = []
        for _, part in rows.groupby("component", sort=False):
            bodies = sorted({body for seats in part["bodies"] for body in seats})
            alone, names = len(part) == 1, listing([display_name(land, a, ids=True) for a in part.index], lang)
            if lang == "nl":
                why = (
                    f" ({listing(bodies, lang)} {'verbindt' if len(bodies) == 1 else 'verbinden'} "
                    f"{'haar' if alone else 'hen'} met niemand anders)"
                    if bodies
                    else ""
                )
                sentences.append(f"{names} {'raakt' if alone else 'raken'} los van de rest van het netwerk{why}")
                continue
            them = "it" if alone else "them"
            why = (
                f" ({listing(bodies, 'en')} link{'s' if len(bodies) == 1 else ''} {them} to no one else)"
                if bodies
                else ""
            )
            sentences.append(f"{names} {'is' if alone else 'are'} cut off from the rest of the network{why}")
        return sentences
    names = listing([display_name(land, a, ids=True) for a in rows.index], lang)
    if status == "no_table_left":
        return [
            pick(
                lang,
                f"{names} {'zit' if one else 'zitten'} niet meer aan een overlegtafel",
                f"{names} no longer {'sits' if one else 'sit'} at any table",
            )
        ]
    other = pick(lang, {"organisation": "andere organisatie", "person": "andere persoon"}[noun], f"other {noun}")
    if lang == "nl":
        verb, what = {
            "ties": (("heeft", "hebben"), "relatie meer met"),
            "tables+ties": (("heeft", "hebben"), "overleg of relatie meer gemeen met"),
        }.get(network, (("deelt", "delen"), "overleg meer met"))
        return [f"{names} {verb[0] if one else verb[1]} geen {what} een {other}"]
    link = {
        "ties": f"{'has' if one else 'have'} a tie with",
        "tables+ties": f"{'has' if one else 'have'} a table or tie in common with",
    }.get(network, f"{'shares' if one else 'share'} a table with")
    return [f"{names} no longer {link} any {other}"]


def _single_points(changes: pd.DataFrame, land, quiet: bool, lang: str) -> list[str]:
    """New articulation points; those that stop being one only when no one was cut off (else that is why)."""
    sentences = []
    for level, noun in NOUNS.items():
        rows = changes[changes["level"] == level]
        new = rows[~rows["articulation_point_before"] & rows["articulation_point_after"]]
        sentences += [
            pick(
                lang,
                f"{display_name(land, actor, ids=True)} wordt een kwetsbaar punt (articulatiepunt): zonder "
                f"{'haar' if noun == 'organisation' else 'hem of haar'} "
                f"{'raakt' if row['nodes_cut_off_after'] == 1 else 'raken'} "
                f"{counted(row['nodes_cut_off_after'], noun, lang)} los",
                f"{display_name(land, actor, ids=True)} becomes a single point of failure (articulation point): without it "
                f"{counted(row['nodes_cut_off_after'], noun, 'en')} would be cut off",
            )
            for actor, row in new.iterrows()
        ]
        gone = rows[rows["articulation_point_before"] & ~rows["articulation_point_after"]]
        if len(gone) and not quiet:
            names, alone = listing([display_name(land, a, ids=True) for a in gone.index], lang), len(gone) == 1
            sentences.append(
                pick(
                    lang,
                    f"{names} {'is geen kwetsbaar punt' if alone else 'zijn geen kwetsbare punten'} meer "
                    f"(articulatiepunt{'' if alone else 'en'})",
                    f"{names} {'is no longer a single point' if alone else 'are no longer single points'}"
                    f" of failure (articulation point{'' if alone else 's'})",
                )
            )
    return sentences


# status -> sentence about one group and the others it is paired with, per language
LINK_PHRASES = {
    "en": {
        "no_longer_connected": "{group} is no longer connected to {others}",
        "only_through_one_organisation": "{group} is no longer connected to {others} except through {actors}",
        "newly_connected": "{group} is now connected to {others}",
        "no_longer_through_one_organisation_only": "{group} no longer depends on {actors} alone to reach {others}",
    },
    "nl": {
        "no_longer_connected": "{group} is niet meer verbonden met {others}",
        "only_through_one_organisation": "{group} is nog alleen via {actors} verbonden met {others}",
        "newly_connected": "{group} is nu verbonden met {others}",
        "no_longer_through_one_organisation_only": "{group} is voor {others} niet meer alleen van {actors} afhankelijk",
    },
}
BY_PLURAL_NL = {"domain": "domeinen", "regime": "regimes", "level": "niveaus"}


def groups_word(by: str, lang: str) -> str:
    """The groups a what-if compares, in the plural: 'domeinen' / 'domains' for ``by="domain"``."""
    return BY_PLURAL_NL.get(by, by) if lang == "nl" else f"{by}s"


#: Dutch sentences when a group's pairs with every other group changed alike ({one}: 'domein', {many}: 'domeinen').
EVERY_PHRASES_NL = {
    "no_longer_connected": "{group} is met geen enkel ander {one} meer verbonden",
    "only_through_one_organisation": "{group} is nog alleen via {actors} verbonden met de andere {many}",
    "newly_connected": "{group} is nu verbonden met de andere {many}",
    "no_longer_through_one_organisation_only": "{group} is voor de andere {many} niet meer alleen van {actors} "
    "afhankelijk",
}


def _group_links(links: pd.DataFrame, by: str, lang: str) -> list[str]:
    """Pairs of groups whose connection changed; pairs that share a group and a cause in one sentence.

    Changes in the number of brokers of a pair are not told: brokerage falls
    when partners come to share a table (fewer unconnected pairs to broker),
    so "fewer brokers" does not mean "more fragile". Dependence is told by
    ``only_through``, which follows the paths themselves.
    """
    from . import get

    def group_word(group: str) -> str:
        return str(get(lang).value(group)) if lang == "nl" else group

    groups = set(links["group_a"]) | set(links["group_b"])
    sentences = []
    for status, phrase in LINK_PHRASES[lang].items():
        rows = links[links["status"] == status]
        side = "only_through_before" if status.startswith("no_longer_through") else "only_through_after"
        causes = rows[side].map(tuple) if "{actors}" in phrase else pd.Series([()] * len(rows), index=rows.index)
        for actors, same in rows.groupby(causes, sort=False):
            for group, others in _stars(list(zip(same["group_a"], same["group_b"]))):
                every = len(others) > 1 and set(others) == groups - {group}
                if every and lang == "nl":
                    sentences.append(
                        EVERY_PHRASES_NL[status].format(
                            group=group_word(group),
                            actors=listing(actors, lang),
                            one=get("nl").label(by),  # domein, regime, niveau: the label table
                            many=BY_PLURAL_NL.get(by, by),
                        )
                    )
                    continue
                sentences.append(
                    phrase.format(
                        group=group_word(group),
                        actors=listing(actors, lang),
                        others=f"any other {by}"
                        if every
                        else listing([group_word(o) for o in others], lang, len(others)),
                    )
                )
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


#: The network's measures a what-if tells, by their one term (:data:`.labels.MEASURES`); SHARES as fractions.
NETWORK_MEASURES = ("fragmentation", "distance_fragmentation", "components", "links")
SHARES = frozenset({"fragmentation", "distance_fragmentation"})


def _network(summary: pd.DataFrame, lang: str) -> list[str]:
    sentences = []
    for level, singular in NOUNS.items():
        if level not in summary.index.get_level_values("part"):
            continue
        s = summary.loc[level]
        if s.loc[list(NETWORK_MEASURES), "change"].abs().max() < 1e-9:
            continue

        def arrow(measure: str, share: bool = True) -> str:
            return " -> ".join(
                _share(s.at[measure, side], lang) if share else f"{s.at[measure, side]:.0f}"
                for side in ("before", "after")
            )

        network = pick(lang, f"netwerk van {get(lang).level(level)}", f"{singular} network")
        told = [f"{get(lang).measure(m)} {arrow(m, m in SHARES)}" for m in NETWORK_MEASURES]
        sentences.append(f"{network}: " + ", ".join(told))
    return sentences


def _share(value, lang: str) -> str:
    """F or DF with three decimals; 'undefined' with fewer than two actors (NaN)."""
    return pick(lang, "niet bepaald", "undefined") if pd.isna(value) else number(value, lang, 3)


def _load(load: pd.DataFrame, summary: pd.DataFrame, lang: str) -> list[str]:
    total = cast(pd.Series, summary.loc[("load", HOURS)])  # a row (the stubs say a scalar)
    change = (
        f"{number(total['before'], lang, 1)} -> {number(total['after'], lang, 1)} ({signed(total['change'], lang, 1)})"
    )
    sentences = (
        []
        if abs(total["change"]) < 1e-9
        else [
            pick(
                lang,
                f"vergaderuren per maand van alle organisaties samen: {change}",
                f"meeting hours per month of all organisations: {change}",
            )
        ]
    )
    orgs = load[load["level"] == "organisations"]
    now = orgs["overloaded_after"].fillna(False).astype(bool)
    flipped = orgs[orgs["overloaded_before"].fillna(False).astype(bool) != now]
    for org, row in flipped.iterrows():
        verb = (
            pick(lang, "raakt overbelast", "becomes overloaded")
            if now.loc[str(org)]
            else pick(lang, "is niet meer overbelast", "is no longer overloaded")
        )
        ratio = f"{number(row['load_ratio_before'], lang, 2)} -> {number(row['load_ratio_after'], lang, 2)}"
        sentences.append(f"{org} {verb}: {_hours(row, lang)} ({get(lang).measure('load_ratio')} {ratio})")
    others = orgs.drop(index=flipped.index)
    for org, row in others[others[f"{HOURS}_change"].abs() > 1e-9].head(MOST).iterrows():
        sentences.append(f"{org}: {_hours(row, lang)}")
    return sentences


def _hours(row, lang: str) -> str:
    before, after = (row[f"{HOURS}_{side}"] for side in ("before", "after"))
    unknown = pick(lang, "onbekend", "unknown")
    return " -> ".join(unknown if pd.isna(h) else number(h, lang, 1) for h in (before, after)) + pick(
        lang, " vergaderuren per maand", " meeting hours per month"
    )


CONNECTOR_PHRASES = {  # (had one before?) -> sentence, per language
    "en": {
        True: "{orgs} no longer {have} a connector ({was} {persons})",
        False: "{orgs} now {have} a connector ({persons})",
        "gone": "{actors} no longer {broker} between {by}s",
        "new": "{actors} now {broker} between {by}s",
    },
    "nl": {
        True: "{orgs} {have} geen verbinder meer ({was} {persons})",
        False: "{orgs} {have} nu een verbinder ({persons})",
        "gone": "{actors} {broker} niet meer tussen {by}",
        "new": "{actors} {broker} nu tussen {by}",
    },
}


def _connectors(changes: pd.DataFrame, coverage: pd.DataFrame, land, by: str, lang: str) -> list[str]:
    phrases, sentences = CONNECTOR_PHRASES[lang], []
    for before in (True, False):
        rows = coverage[(coverage["has_connector_before"] == before) & (coverage["has_connector_after"] != before)]
        if len(rows):
            persons = [p for people in rows["connectors_before" if before else "connectors_after"] for p in people]
            alone, single = len(rows) == 1, len(persons) == 1
            sentences.append(
                phrases[before].format(
                    orgs=listing(rows.index, lang),
                    persons=listing(persons, lang, len(persons)),
                    have=pick(lang, "heeft" if alone else "hebben", "has" if alone else "have"),
                    was=pick(lang, "dat was" if single else "dat waren", "was" if single else "were"),
                )
            )
    for before, key in ((True, "gone"), (False, "new")):
        rows = changes[(changes["connector_before"] == before) & (changes["connector_after"] != before)]
        if len(rows):
            alone = len(rows) == 1
            sentences.append(
                phrases[key].format(
                    actors=listing([display_name(land, a, ids=True) for a in rows.index], lang),
                    broker=pick(lang, "bemiddelt" if alone else "bemiddelen", "brokers" if alone else "broker"),
                    by=BY_PLURAL_NL.get(by, by) if lang == "nl" else by,
                )
            )
    return sentences


def _centrality(ranks: pd.DataFrame, lang: str) -> list[str]:
    """The new most central organisation, then the biggest moves that touch the top ten."""
    top = ranks[(ranks["rank_after"] == 1) & (ranks["rank_before"] > 1)]
    moves = ranks[(ranks[["rank_before", "rank_after"]].min(axis=1) <= TOP_RANKS)].drop(index=top.index)
    sentences = [
        pick(
            lang,
            f"{org} is nu de meest centrale organisatie naar {get(lang).measure('betweenness')} "
            f"(was plaats {row['rank_before']})",
            f"{org} is now the most central organisation by {get(lang).measure('betweenness')} "
            f"(was rank {row['rank_before']})",
        )
        for org, row in top.iterrows()
    ]
    for org, row in moves.head(MOST).iterrows():
        up = row["rank_change"] > 0
        sentences.append(
            pick(
                lang,
                f"{org} {'stijgt' if up else 'daalt'} van plaats {row['rank_before']} naar "
                f"{row['rank_after']} in {get(lang).measure('betweenness')}",
                f"{org} {'rises' if up else 'falls'} from rank {row['rank_before']} to "
                f"{row['rank_after']} in {get(lang).measure('betweenness')}",
            )
        )
    return sentences


from .._public import public_dir

__all__ = [
    "MOST",
    "TOP_RANKS",
    "changes",
    "ADJUSTMENT_PHRASES",
    "LINK_PHRASES",
    "BY_PLURAL_NL",
    "groups_word",
    "EVERY_PHRASES_NL",
    "CONNECTOR_PHRASES",
    "NETWORK_MEASURES",
    "NOUNS",
    "SHARES",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
