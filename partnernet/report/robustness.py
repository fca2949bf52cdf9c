"""The report's robustness section: does the collaboration hang on a few persons or organisations, and
what falls apart when one leaves (articulation points, key players, single-person links, the what-if lines)."""

from __future__ import annotations

from typing import Any, TYPE_CHECKING

import pandas as pd

from ..analysis.resilience import linked_pairs
from ..analysis.whatif import WhatIf
from ..language.report import Texts
from .analyses import Results
from .document import Paragraph, Section
from .pictures import Pictures, robustness_figure
from .tables import display_name, make_table, people, with_names

if TYPE_CHECKING:
    from ..landscape import Landscape

#: Single points of failure: ``network`` says in which network (organisations or persons) the
#: fragmentation without the actor is measured, the rows mix both.
ARTICULATION_COLUMNS = ["name", "organisation", "network", "pieces", "nodes_cut_off", "fragmentation_without"]


NETWORKS = {"organisations": "organisation network", "persons": "person network"}


def with_network(points: pd.DataFrame) -> pd.DataFrame:
    """Articulation points with a ``network`` column naming the network their row is measured in."""
    return points.assign(network=points["level"].map(NETWORKS).fillna(points["level"]))


def robustness(r: Results, t: Texts, pictures: Pictures | None = None) -> Section:
    """The section; its picture from ``pictures`` (drawn here when given none)."""
    section = Section(
        "robuustheid" if t.lang == "nl" else "robustness", t("s_robustness"), intro=t("s_robustness_intro")
    )
    section.add(Paragraph(network_paragraph(r, t)))
    points = r.fragmentation["articulation_points"]
    if not points.empty:
        shown = with_network(points).assign(
            name=people(r.land, points.index, t),
            organisation=[r.land.name_of(o) for o in points["organisation"]],
        )
        section.add(make_table(t, t("t_articulation"), shown, ARTICULATION_COLUMNS, key="articulation", excerpt=True))
    _key_players(section, r, t)
    _single_person_links(section, r, t)
    figure = pictures.robustness if pictures is not None else robustness_figure(r, t)
    if figure is not None:
        section.add(figure)
    return section


def network_paragraph(r: Results, t: Texts) -> str:
    """Which network was analysed (tables, ties or both), its size and fragmentation, in counted words."""
    summary: pd.Series[Any] = r.fragmentation.summary  # words and figures: each cell read as its row holds
    kind = summary.get("network", "tables")
    linked, nodes = t(f"linked_{kind}"), t.choose("n_organisations", summary["nodes"])
    directed = int(r.land.ties["directed"].sum()) if kind != "tables" else 0
    note = (" " + t.choose("p_directed", directed)) if directed else ""
    if summary["nodes"] < 2:
        return t("p_fragmentation_single", linked=linked, nodes=nodes) + note
    return (
        t(
            "p_fragmentation",
            linked=linked,
            nodes=nodes,
            links=t.choose("n_links", summary["links"]),
            components=t.choose("n_parts", summary["components"]),
            largest=t.integer(summary["largest_component"]),
            F=t.percent(r.fragmentation["fragmentation"]),
            DF=t.percent(r.fragmentation["distance_fragmentation"]),
        )
        + note
    )


def whatif_sentences(scenario: WhatIf, land: Landscape, t: Texts) -> list[str]:
    """What a departure changes, phrased from the what-if's structured results."""
    from .findings import cut_off_organisations

    sentences = []
    lost = scenario["disconnected"]
    seatless = lost[(lost["level"] == "organisations") & (lost["status"] == "no_table_left")]
    if not seatless.empty:
        sentences.append(t("w_seatless", names=t.listing(people(land, seatless.index, t))))
    cut = cut_off_organisations(scenario)
    if cut:
        sentences.append(t("w_cut_off", names=t.listing(people(land, cut, t))))
    links = scenario["group_links"]
    sentences += _lost_group_links(links[links["status"] == "no_longer_connected"], t)
    for a, b, through in links.loc[
        links["status"] == "only_through_one_organisation", ["group_a", "group_b", "only_through_after"]
    ].itertuples(index=False):
        sentences.append(t("w_only_through", a=t.value(a), b=t.value(b), x=t.listing(people(land, through, t))))
    summary = scenario["summary"]
    organisations = summary.loc["organisations"]
    sentences.append(
        t(
            "w_fragmentation",
            F0=t.percent(organisations.at["fragmentation", "before"]),
            F1=t.percent(organisations.at["fragmentation", "after"]),
            DF0=t.percent(organisations.at["distance_fragmentation", "before"]),
            DF1=t.percent(organisations.at["distance_fragmentation", "after"]),
        )
    )
    return sentences


def _lost_group_links(gone: pd.DataFrame, t: Texts) -> list[str]:
    """'Education is no longer connected to any other domain', or the pairs that lost their link."""
    if gone.empty:
        return []
    groups = pd.concat([gone["group_a"], gone["group_b"]])
    isolated = [g for g, n in groups.value_counts().items() if n == len(gone) and n > 1]
    if isolated:
        return [t("w_group_isolated", group=t.value(isolated[0]).capitalize(), n=t.integer(len(gone)))]
    pairs = [f"{t.value(a)}–{t.value(b)}" for a, b in zip(gone["group_a"], gone["group_b"])]
    return [t("w_pairs_gone", pairs=t.listing(pairs, 8))]


def _key_players(section: Section, r: Results, t: Texts) -> None:
    """Key players per level, only where their removal changes the others' fragmentation.

    Organisations: DF of the network without them against the network's DF now, the one figure the
    network paragraph and the what-if lines quote too (the like-for-like DF of the staying pairs only
    decides whether the sentence is said). Persons: F among the persons who stay, before -> after."""
    organisations = r.fragmentation.key_players
    if not organisations:
        return
    sentences = []
    for level, result in (
        ("organisations", organisations),
        ("persons", r.person_key_players),
    ):
        effect = r.key_player_effects.get(level)
        if result and effect and effect["changed"]:
            sentences.append(t(f"p_key_players_{level}", **_key_player_values(r, t, level, result, effect)))
            if result.dropped:
                sentences.append(t("p_key_players_dropped", names=t.listing(people(r.land, result.dropped, t))))
    if not sentences:
        section.add(Paragraph(t("p_key_players_none")))
        return
    section.add(Paragraph(" ".join(sentences)))
    individual = organisations["individual"].assign(name=lambda f: people(r.land, f.index, t))
    section.add(
        make_table(
            t,
            t("t_key_players"),
            individual,
            ["name", "score_without", "rank", "key_player"],
            key="key_players",
            limit=10,
        )
    )


def _key_player_values(r: Results, t: Texts, level: str, result, effect: dict) -> dict:
    names = t.listing(people(r.land, result["players"], t, sentence=True))
    if level == "persons":
        return {"names": names, "before": t.percent(effect["F_before"]), "after": t.percent(effect["F_after"])}
    staying = int(r.fragmentation.summary["nodes"]) - len(effect["removed"])
    return {
        "names": names,
        "staying": t.choose("n_organisations", staying),
        "after": t.percent(effect["DF_after"]),
        "now": t.percent(r.fragmentation["distance_fragmentation"]),
    }


def _single_person_links(section: Section, r: Results, t: Texts) -> None:
    links = r.fragmentation.single_person_links
    if links is not None and not links.empty:
        top = links.iloc[0]  # sorted by person_links, the distinct pairs a person carries, then by id
        section.add(
            Paragraph(
                t.choose(
                    "p_single_person",
                    linked_pairs(links),
                    top=display_name(r.land, top["person"], t, sentence=True),
                    count=t.integer(top["person_links"]),
                )
            )
        )
    bus = r.fragmentation.bus_factor
    if bus is not None and not bus.empty:
        single = bus[(bus["link_to"] == "network") & (bus["bus_factor"] == 1)]
        single = single.sort_values("linking_bodies", ascending=False, kind="stable")  # most at stake first
        if not single.empty:
            shown = with_names(single.set_index("organisation"), r.land, ["persons"], t)
            section.add(
                make_table(
                    t,
                    t("t_bus_factor"),
                    shown,
                    ["name", "domain", "persons", "linking_bodies"],
                    key="bus_factor",
                    excerpt=True,
                )
            )


from .._public import public_dir

__all__ = ["ARTICULATION_COLUMNS", "NETWORKS", "with_network", "robustness", "network_paragraph", "whatif_sentences"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
