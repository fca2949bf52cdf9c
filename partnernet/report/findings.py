"""The one-page summary: at most about ten findings, each one sentence with its number and its advice.

Each finding is a small function of the analysis results that returns a
sentence in the report's language, or None when the data gives nothing to say;
its advice comes from the rule of :mod:`.advice` paired with it in ``FINDINGS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import pandas as pd

from . import advice
from .advice import Advice, longest_chain, merge_candidates, overloaded, turnover_bodies
from .analyses import Results, signatories_unknown
from ..analysis.whatif import WhatIf
from ..language import advice as words
from .tables import display_name, people
from ..privacy import is_pseudonymised
from ..language.report import Texts

if TYPE_CHECKING:
    from ..landscape import Landscape

MAX_FINDINGS = 10


class Finding(str):
    """A finding as the report shows it: its sentence, then its advice line (``str``: both, for Markdown and
    Excel); ``text``, ``advice`` (the line, or "") and ``record`` (the :class:`.advice.Advice`, or None) apart."""

    text: str
    advice: str
    record: Advice | None

    def __new__(cls, text: str, advice: str = "", record: Advice | None = None):
        self = super().__new__(cls, f"{text} {advice}" if advice else text)
        self.text, self.advice, self.record = text, advice, record
        return self

    @property
    def advice_head(self) -> str:
        """'Advies' / 'Advice': the word before the colon of the advice line."""
        return self.advice.split(":", 1)[0]

    @property
    def advice_body(self) -> str:
        return self.advice.split(":", 1)[1].strip() if ":" in self.advice else self.advice


def findings(results: Results, texts: Texts) -> list[Finding]:
    """The findings, most decisive first (when there are more than ten, the last ones give way), each with
    exactly one advice line (and so one row of the action table): a sentence its rule gives no advice for
    (nobody overloaded, care partners more central than the others) is no finding."""
    found = []
    for make, rule in FINDINGS:
        text = make(results, texts)
        record = rule(results) if text else None
        if text and record is not None:
            found.append(Finding(text, advice_line(record, results.land, texts), record))
    if found:
        return found[:MAX_FINDINGS]
    from .sections import data_gaps  # never an empty page: say there is nothing to report, and why

    return [Finding(texts("f_none") + (" " + texts("f_none_gaps") if data_gaps(results, texts) else ""))]


def advice_line(record: Advice, land: Landscape, t: Texts) -> str:
    return words.line(
        record,
        t.lang,
        lambda i: display_name(land, i, t, sentence=True),
        lambda ids: t.listing(people(land, ids, t, sentence=True), 4),
    )


def _overloaded(results: Results) -> pd.DataFrame:
    return overloaded(results)


def overload_finding(results: Results, t: Texts) -> str | None:
    over = _overloaded(results)
    if over.empty:  # nobody above capacity: nothing to advise, so no finding (the load table shows the figures)
        return None
    top = over.iloc[0]
    first = t(
        "f_overload",
        name=top["name"],
        hours=t.counted(top["meeting_hours_per_month"], "hour"),
        bodies=t.counted(top["bodies"], "table"),
        ratio=t.times(top["load_ratio"]),
        capacity=t.counted(top["capacity_hours"], "hour"),
    )
    return " ".join(filter(None, [first, _more_overloaded(over.iloc[1:], t)]))  # one finding, one advice


def _more_overloaded(over: pd.DataFrame, t: Texts) -> str | None:
    """The organisations overloaded after the first, as the second sentence of the overload finding."""
    if over.empty:
        return None
    names = [f"{name} ({t.times(ratio)})" for name, ratio in zip(over["name"], over["load_ratio"])]
    if len(names) == 1:
        return t("f_overload_one_more", names=names[0])
    return t("f_overload_more", n=t.integer(len(over)), names=t.listing(names))


def merge_finding(results: Results, t: Texts) -> str | None:
    candidates = merge_candidates(results)
    if candidates.empty:
        return None
    top = candidates.iloc[0]
    more = t.choose("f_merge_more", len(candidates) - 1) if len(candidates) > 1 else ""
    meeting = min(top["meeting_hours_per_month_a"], top["meeting_hours_per_month_b"])
    same = int(top["shared_members"]) == int(top["union_members"])  # not "1 of their 1 member"
    return t(
        "f_merge_same" if same else "f_merge",
        a=top["name_a"],
        b=top["name_b"],
        shared=t.integer(top["shared_members"]),
        union=t.counted(top["union_members"], "member"),
        saved=t.counted(top["hours_saved_per_month"], "person-hour"),
        meeting=t.counted(meeting, "hour"),
        more=more,
    )


def cut_off_finding(results: Results, t: Texts) -> str | None:
    points = results.fragmentation.articulation_points
    if points is None or points.empty:
        return None
    persons = points[points["level"] == "persons"].sort_values("nodes_cut_off", ascending=False)
    chosen = persons if not persons.empty else points.sort_values("nodes_cut_off", ascending=False)
    actor = chosen.index[0]
    organisation = chosen.iloc[0]["organisation"]
    land = results.land
    count = chosen.iloc[0]["nodes_cut_off"]
    if actor not in land.persons.index:  # an organisation: not "Org Beta of Org Beta"
        return t.choose("f_org_cut_off", count, organisation=land.name_of(actor), count=t.integer(count))
    cut = cut_off_organisations(results.whatif.get(actor))
    if cut:
        key = "f_cut_off_names_one" if len(cut) == 1 else "f_cut_off_names"
        return t(key, person=person_of(land, actor, organisation, t), names=t.listing(people(land, cut, t)))
    return t.choose("f_cut_off", count, person=person_of(land, actor, organisation, t), count=t.integer(count))


def person_of(land: Landscape, person, organisation, t: Texts) -> str:
    """A person in a sentence with their organisation: 'de coördinator ... van Politie ...', or by name
    'R. de Graaf (p002) van Politie ...' when the report shows names."""
    text = display_name(land, person, t, sentence=True)
    if t.names or is_pseudonymised(land):
        return t("person_of", person=text, organisation=land.name_of(organisation))
    return text


def cut_off_organisations(scenario: WhatIf | None) -> list[str]:
    """Organisations a what-if leaves outside the main network (not the ones that simply lost their seat)."""
    if not scenario:
        return []
    lost = scenario["disconnected"]
    lost = lost[(lost["level"] == "organisations") & (lost["status"] != "no_table_left")]
    return list(lost.index)


def key_players_finding(results: Results, t: Texts) -> str | None:
    """Key persons only when their removal cuts other persons apart; quotes F of the others before -> after."""
    players = results.person_key_players
    effect = results.key_player_effects.get("persons")
    if not players or not effect or not effect["cut_off"]:
        return None
    n = len(players["players"])
    before = t.percent(effect["F_before"])
    return t(
        "f_key_players_one" if n == 1 else "f_key_players" if n == 2 else "f_key_players_many",
        N=t.count(n),
        names=t.listing(people(results.land, players["players"], t, sentence=True), n),
        after=t.percent(effect["F_after"]),
        before_words=t("f_key_players_before_none")
        if before == t.percent(0)
        else t("f_key_players_before", before=before),
    )


def connector_finding(results: Results, t: Texts) -> str | None:
    """Organisations with persons at the tables of whom none bridges domains (count and names from one set).

    Organisations without persons in the register are a gap in the data (the appendix says so), not a
    finding; without domains, or when no actor at all is a connector, there is nothing to bridge
    (:func:`.advice.without_connector`).
    """
    staffed = advice.without_connector(results)
    if staffed is None:
        return None
    coverage = results.connectors["coverage"]
    return t.choose(
        "f_connectors",
        len(staffed),
        total=t.integer(int((coverage["persons"] > 0).sum())),
        names=t.listing(list(staffed["name"]), 4),
    )


def has_domains(land: Landscape) -> bool:
    """True when at least two domains are known: only then can anyone bridge them."""
    return land.organisations["domain"].dropna().nunique() >= 2


def hub_finding(results: Results, t: Texts) -> str | None:
    hub = results.expected_hub
    table = results.connectors.expected_hub
    if hub is None or table is None or "betweenness" not in table.index:
        return None
    row = table.loc["betweenness"].to_dict()  # one row: its cells by column
    if row["top_shared_by"] != 1 or not row["top_value"] > 0:
        return None  # no single organisation stands out: naming one would only reflect the order of ids
    land = results.land
    name, top = land.name_of(hub), land.name_of(row["top_organisation"])
    if int(row["rank"]) == 1:
        return t("f_hub_is", name=name, of=t.integer(row["ranked"]))
    if not row["value"] > 0:  # a rank among the many at zero says nothing (ties share a rank): say it has no place
        return t("f_hub_absent", name=name, top=top, absent=t(_hub_absence(results, table)))
    rank = {"rank": t.integer(row["rank"]), "of": t.integer(row["ranked"]), "top": top}
    if land.memberships.empty:  # no tables in the data: do not say it sits at none
        return t("f_hub_not_linked", name=name, **rank)
    tables = int(results.centrality["bodies"].loc[hub]) if hub in results.centrality.index else 0
    return t("f_hub_not", name=name, bodies=t.counted(tables, "table"), **rank)


def _hub_absence(results: Results, table: pd.DataFrame) -> str:
    """Why the expected hub has no position (``table``: its expected-hub table): no links at all, no table,
    or only never on a shortest path."""
    value = table["value"]
    if not results.land.memberships.empty and not value["bodies"] > 0:
        return "f_hub_no_table"
    if not value["partners"] > 0:
        return "f_hub_no_link"
    return "f_hub_no_path"


def covenant_finding(results: Results, t: Texts) -> str | None:
    outside = results.covenants["members_outside"]
    if outside.empty or signatories_unknown(results.land):
        return None
    organisations = outside.drop_duplicates("organisation")
    return t.choose(
        "f_covenant",
        len(organisations),
        bodies=t.choose("n_bodies", outside["body"].nunique()),
        names=t.listing(list(organisations["name"]), 4),
    )


def periphery_finding(results: Results, t: Texts) -> str | None:
    focus = results.periphery["focus"]
    if not focus.get("organisations_focus") or not focus.get("organisations_others") or results.land.memberships.empty:
        return None
    if t.number(focus["mean_bodies_focus"], 1) == t.number(focus["mean_bodies_others"], 1):
        return None  # no difference to report
    return t(
        "f_periphery", focus=t.number(focus["mean_bodies_focus"], 1), others=t.number(focus["mean_bodies_others"], 1)
    )


def chain_finding(results: Results, t: Texts) -> str | None:
    found = longest_chain(results)
    if found is None:
        return None
    body, chain = found
    land = results.land
    return t(
        "f_chain",
        table=land.name_of(body),
        between=t.listing([land.name_of(b) for b in chain[1:-1]]),
        top=land.name_of(chain[-1]),
        layers=t.choose("n_layers", len(chain) - 1),
    )


def turnover_finding(results: Results, t: Texts) -> str | None:
    if results.turnover is None:
        return None
    bodies = turnover_bodies(results)  # a body that is itself new says nothing about turnover
    if bodies.empty:
        return None
    top = bodies.iloc[0]
    return t.choose("f_turnover", top["new_members"], body=top["name"], members=t.counted(top["members_now"], "member"))


#: (finding, advice rule) in the order of the findings page.
FINDINGS = (
    (overload_finding, advice.overload_advice),
    (merge_finding, advice.merge_advice),
    (cut_off_finding, advice.cut_off_advice),
    (key_players_finding, advice.key_players_advice),
    (connector_finding, advice.connector_advice),
    (hub_finding, advice.hub_advice),
    (covenant_finding, advice.covenant_advice),
    (periphery_finding, advice.periphery_advice),
    (turnover_finding, advice.turnover_advice),
    (chain_finding, advice.chain_advice),
)

from .._public import public_dir

__all__ = [
    "MAX_FINDINGS",
    "Finding",
    "findings",
    "advice_line",
    "overload_finding",
    "merge_finding",
    "cut_off_finding",
    "person_of",
    "cut_off_organisations",
    "key_players_finding",
    "connector_finding",
    "has_domains",
    "hub_finding",
    "covenant_finding",
    "periphery_finding",
    "chain_finding",
    "turnover_finding",
    "FINDINGS",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
