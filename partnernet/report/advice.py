"""Advice per finding: rule-based, deterministic, data only.

Each rule reads the report's analysis results and returns an :class:`Advice`
record (which rule, which kind of owner, how urgent, which sources, and the
ids and numbers it rests on), or None when the data does not call for it.
The words are in :mod:`partnernet.language.advice`. The rules follow what these
evaluation studies advise (their full references: ``SOURCES`` in
:mod:`partnernet.language.advice`):

- USBO/Universiteit Utrecht with Avans for the WODC, "10 lessen voor krachtige
  lerende netwerken in contraterrorisme en criminaliteitsbestrijding" (source
  key ``usbo``, with the number of the lesson);
- Nelen et al. (2022), "Koers bepalen" (WODC), on over-organisation and
  consultation fatigue (``nelen2022``);
- Inspectie Veiligheid en Justitie (about 2017), evaluation of the
  Actieprogramma Integrale Aanpak Jihadisme (``inspectie``).

Urgency: ``high`` (act before the next meeting cycle), ``medium`` (this
year), ``low`` (at the next review of the structure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from dataclasses import dataclass, field

import pandas as pd

from .analyses import Results, signatories_unknown

if TYPE_CHECKING:
    from ..landscape import Landscape

#: A load of this many times the capacity or more is urgent.
URGENT_LOAD = 1.5
#: A body where at least this share of the members is new needs its introduction planned now.
URGENT_NEW_SHARE = 1 / 3
#: Domains of municipalities: their overload is a matter for the steering group (cooperation between them).
MUNICIPAL_DOMAIN, MUNICIPAL_LEVEL = "administration", "local"


@dataclass(frozen=True)
class Advice:
    """One piece of advice: ``rule`` and ``owner`` are keys of :mod:`partnernet.language.advice`;
    ``urgency`` is ``high`` | ``medium`` | ``low``; ``sources`` are ``(study, lesson)`` pairs
    (lesson 0: the study as a whole); ``values`` the ids and numbers the words use."""

    rule: str
    owner: str
    urgency: str
    sources: tuple[tuple[str, int], ...]
    values: dict = field(default_factory=dict)


def overloaded(results: Results) -> pd.DataFrame:
    """Organisations above their capacity, most loaded first."""
    load = results.overload
    return load[load["overloaded"].fillna(False).astype(bool)].sort_values("load_ratio", ascending=False)


def overload_advice(results: Results) -> Advice | None:
    """An organisation above its capacity: let it leave or share tables (the steering group for a municipality)."""
    over = overloaded(results)
    if over.empty:
        return None
    top = over.iloc[0]
    organisation = over.index[0]
    row = results.land.organisations.loc[organisation]
    municipal = row.get("domain") == MUNICIPAL_DOMAIN and row.get("level") == MUNICIPAL_LEVEL
    sources = (("nelen2022", 0),) + ((("inspectie", 0),) if municipal else (("usbo", 10),))
    return Advice(
        "overload_municipality" if municipal else "overload",
        "steering_group" if municipal else "management",
        "high" if top["load_ratio"] >= URGENT_LOAD else "medium",
        sources,
        {
            "organisation": organisation,
            "body_count": int(top["bodies"]),
            "ratio": float(top["load_ratio"]),
            "others": len(over) - 1,
        },
    )


def merge_candidates(results: Results) -> pd.DataFrame:
    pairs = results.redundancy
    return pairs[pairs["merge_candidate"].fillna(False).astype(bool)].sort_values(
        "hours_saved_per_month", ascending=False, kind="stable"
    )


def separation(land: Landscape, a, b) -> str | None:
    """Why two bodies may be apart on purpose: ``"parallel"`` (same kind, reporting to the same body: tables
    split by area or caseload, such as two districts), ``"host"`` (hosted by different organisations), or None."""
    bodies = land.bodies
    one, two = bodies.loc[a], bodies.loc[b]
    if pd.notna(one["reports_to"]) and one["reports_to"] == two["reports_to"] and one["kind"] == two["kind"]:
        return "parallel"
    if pd.notna(one["host"]) and pd.notna(two["host"]) and one["host"] != two["host"]:
        return "host"
    return None


def merge_advice(results: Results) -> Advice | None:
    """Two bodies with largely the same members: ask their chairs whether one table can do the work."""
    candidates = merge_candidates(results)
    if candidates.empty:
        return None
    top = candidates.iloc[0]
    apart = separation(results.land, top["body_a"], top["body_b"])
    return Advice(
        "merge_check" if apart else "merge",
        "chairs",
        "low" if apart else "medium",
        (("nelen2022", 0), ("usbo", 10)),
        {
            "a": top["body_a"],
            "b": top["body_b"],
            "saved": float(top["hours_saved_per_month"]),
            "separation": apart,
            "parent": results.land.bodies.at[top["body_a"], "reports_to"],
        },
    )


def cut_off_advice(results: Results) -> Advice | None:
    """A person (or organisation) whose departure cuts others off: a second person at their tables."""
    points = results.fragmentation.articulation_points
    if points is None or points.empty:
        return None
    persons = points[points["level"] == "persons"].sort_values("nodes_cut_off", ascending=False, kind="stable")
    if persons.empty:
        top = points.sort_values("nodes_cut_off", ascending=False, kind="stable")
        return Advice(
            "cut_off_organisation",
            "steering_group",
            "high",
            (("usbo", 7),),
            {"organisation": top.index[0], "count": int(top.iloc[0]["nodes_cut_off"])},
        )
    return Advice(
        "cut_off_person",
        "management",
        "high",
        (("usbo", 2), ("usbo", 7)),
        {"person": persons.index[0], "organisation": persons.iloc[0]["organisation"]},
    )


def key_players_advice(results: Results) -> Advice | None:
    """A few persons hold the network together: spread their contacts over more people."""
    players = results.person_key_players
    effect = results.key_player_effects.get("persons")
    if not players or not effect or not effect["cut_off"]:
        return None
    return Advice(
        "key_players",
        "steering_group",
        "high" if effect["F_after"] - effect["F_before"] >= 0.1 else "medium",
        (("nelen2022", 0), ("usbo", 7)),
        {"persons": list(players["players"])},
    )


def without_connector(results: Results) -> pd.DataFrame | None:
    """Organisations with persons at the tables and no connector, care, education and social partners first.

    None when nobody can bridge: fewer than two domains, or no organisation and no person in the
    network is a connector (everyone at one table, or too few actors for brokerage above chance):
    then a missing connector says nothing about the organisation (issue 15).
    """
    found = results.connectors
    without, coverage = found.without_connector, found.coverage
    if without is None or coverage is None or results.land.organisations["domain"].dropna().nunique() < 2:
        return None
    anyone = found["organisations"]["connector"].any() or (
        not found["persons"].empty and found["persons"]["connector"].any()
    )
    staffed = without[without["persons"] > 0]
    if not anyone or staffed.empty:
        return None
    focus = staffed["domain"].isin(results.periphery["focus_domains"])
    return pd.concat([staffed[focus], staffed[~focus]])


def connector_advice(results: Results) -> Advice | None:
    """Organisations with persons at the tables but no connector: let someone join tables of other domains."""
    staffed = without_connector(results)
    if staffed is None:
        return None
    return Advice(
        "connector",
        "management",
        "medium",
        (("usbo", 8),),
        {"organisations": list(staffed.index), "threshold": results.connectors.threshold},
    )


def hub_advice(results: Results) -> Advice | None:
    """The expected hub (the OM) is not the most central organisation: ask it to take that role visibly."""
    hub, table = results.expected_hub, results.connectors.expected_hub
    if hub is None or table is None or "betweenness" not in table.index:
        return None
    row = table.loc["betweenness"].to_dict()  # one row: its cells by column
    if row["top_shared_by"] != 1 or not row["top_value"] > 0 or int(row["rank"]) == 1:
        return None
    return Advice("hub", "hub_management", "medium", (("nelen2022", 0),), {"organisation": hub})


def covenant_advice(results: Results) -> Advice | None:
    """Organisations at covenant tables that did not sign: agree what they may receive, or let them sign."""
    outside = results.covenants["members_outside"]
    if outside.empty or signatories_unknown(results.land):
        return None
    covenants = outside["covenant"].dropna().astype(str)
    riec = len(covenants) > 0 and covenants.str.contains("RIEC", case=False).all()
    return Advice(
        "covenant",
        "riec" if riec else "covenant_holder",
        "high",
        (("inspectie", 0), ("usbo", 1)),
        {
            "organisations": list(outside.drop_duplicates("organisation")["organisation"]),
            "bodies": list(outside["body"].unique()),
        },
    )


def periphery_advice(results: Results) -> Advice | None:
    """Care, education and social partners sit at fewer tables than the others: bring them in where cases need them."""
    focus = results.periphery["focus"]
    if not focus.get("organisations_focus") or not focus.get("organisations_others") or results.land.memberships.empty:
        return None
    if not round(focus["mean_bodies_focus"], 1) < round(focus["mean_bodies_others"], 1):
        return None
    return Advice(
        "periphery",
        "steering_group",
        "low",
        (("usbo", 3), ("inspectie", 0)),
        {"focus": float(focus["mean_bodies_focus"]), "others": float(focus["mean_bodies_others"])},
    )


def turnover_bodies(results: Results) -> pd.DataFrame:
    """Bodies of four or more members with new members, not new themselves; most new first."""
    if results.turnover is None:
        return pd.DataFrame(columns=["members_now", "new_members", "new_share"])
    bodies = results.turnover["bodies"]
    bodies = bodies[(bodies["members_now"] >= 4) & (bodies["new_members"] > 0) & ~bodies["new_body"]]
    return bodies.sort_values(["new_share", "members_now"], ascending=False)


def turnover_advice(results: Results) -> Advice | None:
    """A table with many new members: its chair plans their introduction and keeps the core."""
    if results.turnover is None:
        return None
    bodies = turnover_bodies(results)
    if bodies.empty:
        return None
    share = float(bodies.iloc[0]["new_share"])
    return Advice(
        "turnover",
        "chair",
        "medium" if share >= URGENT_NEW_SHARE else "low",
        (("usbo", 2), ("usbo", 9)),
        {"body": bodies.index[0], "new_share": share, "newcomers": int(bodies.iloc[0]["new_members"])},
    )


def longest_chain(results: Results):
    """(body id, chain of body ids) of the longest reporting chain of three or more bodies, or None."""
    chains = results.hierarchy["operational_chains"]
    if chains.empty or chains["layers"].max() < 3:
        return None
    body = chains.sort_values("layers", ascending=False, kind="stable").index[0]
    return body, list(results.hierarchy.bodies["chain"][body])


def chain_advice(results: Results) -> Advice | None:
    """A long way from a case table to the top: ask what each body in between adds."""
    found = longest_chain(results)
    if found is None:
        return None
    body, chain = found
    return Advice(
        "chain",
        "steering_group",
        "low",
        (("nelen2022", 0), ("usbo", 10)),
        {"body": body, "between": chain[1:-1], "top": chain[-1]},
    )


__all__ = [
    "Advice",
    "overload_advice",
    "merge_advice",
    "cut_off_advice",
    "key_players_advice",
    "connector_advice",
    "without_connector",
    "hub_advice",
    "covenant_advice",
    "periphery_advice",
    "turnover_advice",
    "chain_advice",
    "separation",
    "URGENT_LOAD",
    "URGENT_NEW_SHARE",
    "MUNICIPAL_DOMAIN",
    "MUNICIPAL_LEVEL",
    "overloaded",
    "merge_candidates",
    "turnover_bodies",
    "longest_chain",
]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
