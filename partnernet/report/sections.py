"""The report's sections, following the studies' three criteria, then connectors,
steering, turnover and an appendix with the full tables."""

from __future__ import annotations

import pandas as pd

from ..analysis.resilience import linked_pairs
from . import charts
from .analyses import Results, blank_domains
from ..analysis.whatif import WhatIf
from .document import Bullets, Figure, Link, Paragraph, Section
from .findings import has_domains
from .tables import display_name, id_column, make_table, people, with_names
from ..language.report import Texts

TOP = 15
#: Single points of failure: ``network`` says in which network (organisations or persons) the
#: fragmentation without the actor is measured, the rows mix both.
ARTICULATION_COLUMNS = ["name", "organisation", "network", "pieces", "nodes_cut_off", "fragmentation_without"]
#: The columns of the turnover table per body, in the section and in the appendix.
TURNOVER_COLUMNS = [
    "name",
    "members_now",
    "new_members",
    "new_share",
    "median_tenure_years",
    "core_continuity",
    "departures",
    "short_tenure",
]
NETWORKS = {"organisations": "organisation network", "persons": "person network"}


#: The columns of a pair of bodies that could merge, in the findings' table and (with ids) in the appendix.
MERGE_COLUMNS = [
    "name_a",
    "name_b",
    "shared_members",
    "union_members",
    "jaccard",
    "combined_meeting_hours_per_month",
    "hours_saved_per_month",
]


def with_network(points: pd.DataFrame) -> pd.DataFrame:
    """Articulation points with a ``network`` column naming the network their row is measured in."""
    return points.assign(network=points["level"].map(NETWORKS).fillna(points["level"]))


def robustness(r: Results, t: Texts) -> Section:
    section = Section(
        "robuustheid" if t.lang == "nl" else "robustness", t("s_robustness"), intro=t("s_robustness_intro")
    )
    section.add(Paragraph(network_paragraph(r, t)))
    points = r.fragmentation["articulation_points"]
    if not points.empty:
        shown = with_network(points).assign(
            name=[display_name(r.land, a, t) for a in points.index],
            organisation=[r.land.name_of(o) for o in points["organisation"]],
        )
        section.add(make_table(t, t("t_articulation"), shown, ARTICULATION_COLUMNS, key="articulation", excerpt=True))
    _key_players(section, r, t)
    _single_person_links(section, r, t)
    curve = r.robustness
    if len(curve) > 1:
        frame = pd.DataFrame({"targeted": curve["fragmentation_targeted"], "random": curve["fragmentation_random"]})
        labels = {k: t(k) for k in ("targeted", "random", "removed", "fragmentation")}
        section.add(Figure(t("fig_robustness"), charts.robustness_curve(frame, labels, t.lang), t("fig_robustness")))
    return section


def network_paragraph(r: Results, t: Texts) -> str:
    """Which network was analysed (tables, ties or both), its size and fragmentation, in counted words."""
    summary = r.fragmentation["summary"]
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


def whatif_sentences(scenario: WhatIf, land, t: Texts) -> list[str]:
    """What a departure changes, phrased from the what-if's structured results."""
    from .findings import cut_off_organisations

    sentences = []
    lost = scenario["disconnected"]
    seatless = lost[(lost["level"] == "organisation") & (lost["status"] == "no table left")]
    if not seatless.empty:
        sentences.append(t("w_seatless", names=t.listing(people(land, seatless.index, t))))
    cut = cut_off_organisations(scenario)
    if cut:
        sentences.append(t("w_cut_off", names=t.listing(people(land, cut, t))))
    links = scenario["group_links"]
    sentences += _lost_group_links(links[links["status"] == "no longer connected"], t)
    for a, b, through in links.loc[
        links["status"] == "only through one organisation", ["group_a", "group_b", "only_through_after"]
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
    organisations = r.fragmentation.get("key_players")
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
            if result.get("dropped"):
                sentences.append(t("p_key_players_dropped", names=t.listing(people(r.land, result["dropped"], t))))
    if not sentences:
        section.add(Paragraph(t("p_key_players_none")))
        return
    section.add(Paragraph(" ".join(sentences)))
    individual = organisations["individual"].assign(name=lambda f: [display_name(r.land, a, t) for a in f.index])
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
    staying = r.fragmentation["summary"]["nodes"] - len(effect["removed"])
    return {
        "names": names,
        "staying": t.choose("n_organisations", staying),
        "after": t.percent(effect["DF_after"]),
        "now": t.percent(r.fragmentation["distance_fragmentation"]),
    }


def _single_person_links(section: Section, r: Results, t: Texts) -> None:
    links = r.fragmentation.get("single_person_links")
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
    bus = r.fragmentation.get("bus_factor")
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


def legitimacy(r: Results, t: Texts) -> Section:
    section = Section(
        "legitimiteit" if t.lang == "nl" else "legitimacy", t("s_legitimacy"), intro=t("s_legitimacy_intro")
    )
    covered = r.covenants
    if covered["bodies"].empty:
        if not r.land.bodies.empty:  # without bodies there are no covenants of bodies to miss
            section.add(Paragraph(t("p_no_covenants")))
    else:
        bodies = with_names(covered["bodies"], r.land, ["outside"], t)
        section.add(
            make_table(
                t,
                t("t_covenant_bodies"),
                bodies,
                ["name", "covenant", "members", "covered_members", "covered_share", "outside"],
                key="covenant_bodies",
            )
        )
        ties = covered["information_ties"]
        if not ties.empty:
            shown = with_names(ties.drop_duplicates(["source", "target"]), r.land, ["source", "target"], t)
            section.add(
                make_table(
                    t, t("t_covenant_ties"), shown, ["source", "target", "covenant", "direction"], key="covenant_ties"
                )
            )
    focus = r.periphery["focus"]
    if focus.get("organisations_focus") and not r.land.memberships.empty:
        alone = pd.isna(focus["mean_tables_others"])  # no other organisations: no comparison to quote
        section.add(
            Paragraph(
                t(
                    "p_periphery_alone" if alone else "p_periphery",
                    focus=t.number(focus["mean_tables_focus"]),
                    others=t.number(focus["mean_tables_others"]),
                    occasional=t.percent(focus["occasional_share_focus"]),
                    occasional_others=t.percent(focus["occasional_share_others"]),
                )
            )
        )
    domains = seated_domains(r)
    section.add(make_table(t, t("t_periphery"), domains, DOMAIN_COLUMNS, key="domains", index="domain", excerpt=True))
    groups = r.ei["groups"].rename(columns={"nodes": "organisations_in_network"})
    section.add(
        make_table(
            t,
            t("t_ei"),
            groups,
            ["organisations_in_network", "internal", "external", "ei_index", "expected_ei_index"],
            key="ei",
            index="domain",
            note=" ".join([t("n_ei"), *_unseated_note(r, t, domains)]),
        )
    )
    blank = blank_domains(r.land)
    if blank:
        section.add(Paragraph(blank_domain_sentence(r, t, blank)))
    return section


def blank_domain_sentence(r: Results, t: Texts, blank: list) -> str:
    """How many organisations the domain tables leave out, which, and why (a blank domain is missing data)."""
    return t.choose("p_blank_domains", len(blank), names=t.listing([r.land.name_of(o) for o in blank], 6))


#: The columns of "Position per domain" (:func:`seated_domains`), in the section and the appendix.
DOMAIN_COLUMNS = ["organisations_seated", "mean_tables", "mean_partners", "mean_betweenness", "occasional_share"]


def seated_domains(r: Results) -> pd.DataFrame:
    """:func:`partnernet.periphery`'s domains, its count of organisations named for what it counts: those at
    a table (the E-I table beside it counts every organisation of the network)."""
    return r.periphery["domains"].rename(columns={"organisations": "organisations_seated"})


def _unseated_note(r: Results, t: Texts, domains: pd.DataFrame) -> list[str]:
    """Why the two domain tables count differently: the organisations of the network at no table."""
    network = r.ei["nodes"].index
    unseated = [o for o in network if not r.centrality["bodies"].get(o, 0) > 0]
    if domains.empty or not unseated:
        return []
    names = t.listing([r.land.name_of(o) for o in unseated])
    return [t("n_ei_unseated", n=t.choose("n_organisations", len(network)), names=names)]


def goal_focus(r: Results, t: Texts) -> Section:
    section = Section("doelgerichtheid" if t.lang == "nl" else "goal-focus", t("s_goal"), intro=t("s_goal_intro"))
    load = r.overload  # in overload's order: load ratio, hours where known, seats, tables
    if r.land.memberships.empty:  # no one sits at a table: a load table would be all zeros
        section.add(Paragraph(t("p_no_memberships")))
    else:
        section.add(
            make_table(
                t,
                t("t_overload"),
                load,
                [
                    "name",
                    "tables",
                    "meeting_hours_per_month",
                    "capacity_hours",
                    "load_ratio",
                    "tables_with_unknown_hours",
                ],
                key="overload",
                excerpt=True,
                limit=TOP,
                note=t("n_overload"),
            )
        )
    drawn = load.dropna(subset=["meeting_hours_per_month"]).head(TOP) if not r.land.memberships.empty else load.head(0)
    if not drawn.empty:
        frame = pd.DataFrame(
            {"hours": drawn["meeting_hours_per_month"].to_numpy(), "capacity": drawn["capacity_hours"].to_numpy()},
            index=drawn["name"],
        )
        labels = {"capacity": t("capacity"), "hours": t("hours_per_month")}
        section.add(Figure(t("fig_overload"), charts.hours_against_capacity(frame, labels, t.lang), t("fig_overload")))
    candidates = r.redundancy[r.redundancy["merge_candidate"].fillna(False).astype(bool)]
    if candidates.empty:
        if len(r.land.bodies) > 1:  # with fewer than two bodies there is nothing to merge or to say
            section.add(Paragraph(t("p_no_merge")))
    else:
        section.add(
            make_table(
                t,
                t("t_merge"),
                candidates,
                MERGE_COLUMNS,
                key="pairs",
                excerpt=True,
                note=t("n_merge", threshold=t.percent(0.75)),
            )
        )
    if not r.nested.empty:
        section.add(
            make_table(
                t,
                t("t_nested"),
                r.nested.assign(reports_to=r.nested["reports_to_name"]),
                ["name", "reports_to", "members", "members_of_parent", "meeting_hours_per_month"],
                key="nested",
            )
        )
    if not r.small.empty:
        section.add(make_table(t, t("t_small"), r.small, ["name", "kind", "members"], key="small"))
    summary = r.hierarchy["summary"]
    if r.land.bodies.empty:
        section.add(Paragraph(t("p_no_bodies")))
        return section
    section.add(
        Paragraph(
            t(
                "p_chains",
                depth=t.choose("n_bodies", summary["max_depth"]),
                isolated=t.choose("n_bodies", summary["isolated_bodies"]),
            )
        )
    )
    chains = r.hierarchy["operational_chains"].sort_values("layers", ascending=False, kind="stable")
    chains = chains.assign(
        chain=[" → ".join(people(r.land, c, t)) for c in r.hierarchy["bodies"].loc[chains.index, "chain"]]
    )
    section.add(make_table(t, t("t_chains"), chains, ["layers", "chain"], key="bodies", excerpt=True))
    return section


def connectors_section(r: Results, t: Texts) -> Section:
    section = Section(
        "verbinders" if t.lang == "nl" else "connectors", t("s_connectors"), intro=t("s_connectors_intro")
    )
    found = r.connectors
    organisations = found["organisations"].sort_values("bridging", ascending=False)
    threshold = t("n_connectors_threshold", z=t.number(found["threshold"], 2))
    section.add(
        make_table(
            t,
            t("t_connectors"),
            organisations[organisations["connector"]],
            ["name", "domain", "bridging", "bridging_z", "liaison", "boundary", "itinerant", "participation"],
            key="connectors",
            excerpt=True,
            limit=TOP,
            note=t("n_connectors") + " " + threshold,
        )
    )
    persons = found.get("persons")
    if persons is not None and not persons.empty:
        persons = persons[persons["connector"]].sort_values("bridging", ascending=False)
        persons = persons.assign(
            name=[display_name(r.land, p, t) for p in persons.index],
            organisation=[r.land.name_of(o) for o in persons["organisation"]],
        )
        section.add(
            make_table(
                t,
                t("t_person_connectors"),
                persons,
                ["name", "organisation", "domain", "bridging", "bridging_z", "liaison", "boundary"],
                key="person_connectors",
                excerpt=True,
                limit=TOP,
                note=threshold,
            )
        )
    without = found.get("without_connector")
    if without is not None and not without.empty:
        without = without.sort_values("persons", ascending=False, kind="stable")  # most people, still no connector
        section.add(
            make_table(
                t, t("t_without_connector"), without, ["name", "domain", "persons", "reason"], key="without_connector"
            )
        )
    hub = found.get("expected_hub")
    if hub is not None and r.expected_hub:
        shown = hub.assign(top_organisation=[r.land.name_of(o) for o in hub["top_organisation"]])
        section.add(
            make_table(
                t,
                t("t_hub", name=r.land.name_of(r.expected_hub)),
                shown,
                ["value", "rank", "of", "top_organisation", "top_value"],
                key="hub",
                index="measure",
            )
        )
    if not section.blocks:  # every table was empty: say why rather than leave a bare heading
        section.add(Paragraph(t("p_connectors_none" if has_domains(r.land) else "p_connectors_no_domains")))
    return section


def governance_section(r: Results, t: Texts) -> Section:
    g = r.governance
    section = Section("regie" if t.lang == "nl" else "steering", t("s_governance"))
    if r.fragmentation["summary"]["links"] == 0:
        section.add(Paragraph(t("p_governance_no_links")))
        return section
    key = "p_governance" if g["hub_name"] else "p_governance_no_hub"
    section.add(
        Paragraph(
            t(key, centralisation=t.number(g["centralisation"], 2), hub=g["hub_name"], mode=t(f"mode_{g['mode']}"))
        )
    )
    return section


def turnover_section(r: Results, t: Texts) -> Section | None:
    if r.turnover is None:
        return None
    moving = r.turnover
    section = Section("verloop" if t.lang == "nl" else "turnover", t("s_turnover"), intro=t("s_turnover_intro"))
    bodies = moving["bodies"]
    short = int(bodies["short_tenure"].fillna(False).astype(bool).sum())
    section.add(
        Paragraph(
            t.choose(
                "p_turnover",
                short,
                date=_date(moving["as_of"], t),
                years=t.counted(moving["threshold_years"], "year"),
            )
        )
    )
    section.add(
        make_table(
            t,
            t("t_turnover_bodies"),
            turnover_shown(bodies[bodies["members_now"] > 0], t),
            TURNOVER_COLUMNS,
            key="turnover",
            excerpt=True,
            limit=TOP,
            note=t("n_new_body") if bodies.loc[bodies["members_now"] > 0, "new_body"].any() else "",
        )
    )
    orgs = moving["organisations"]
    changed = orgs[orgs["seat_changes"] > 0].sort_values("seat_changes", ascending=False, kind="stable")
    if not changed.empty:
        section.add(
            make_table(
                t,
                t("t_turnover_orgs"),
                changed,
                ["name", "seats_now", "seat_changes", "seat_changes_in_window", "persons_rotated_out"],
                key="turnover_orgs",
            )
        )
    return section


def turnover_shown(bodies: pd.DataFrame, t: Texts) -> pd.DataFrame:
    """Turnover per body as the report shows it: a body new in the window says "new body" where the others
    have their share of new members (all its members are new by definition), and no core to keep."""
    new = bodies["new_body"].to_numpy(dtype=bool)
    share = bodies["new_share"].astype(object).where(~new, t("new_body"))
    return bodies.assign(new_share=share, core_continuity=bodies["core_continuity"].where(~new))


def map_section(map_file: str, t: Texts, with_persons: bool = True) -> Section:
    blocks: list = [Paragraph(t("p_map", file=map_file)), Link(t("map_link", file=map_file), map_file)]
    if not with_persons:
        blocks.append(Paragraph(t("p_map_no_persons")))
    return Section("kaart" if t.lang == "nl" else "map", t("s_map"), blocks)


def appendix(r: Results, t: Texts, source: str, date: str, pseudonymised: bool) -> Section:
    section = Section("bijlage" if t.lang == "nl" else "appendix", t("s_appendix"))
    section.add(Paragraph(t("p_data", source=source, date=date)))
    section.add(Paragraph(t("p_how_to_run")))
    if pseudonymised:
        section.add(Paragraph(t("p_pseudonymised")))
    counts = r.summary["counts"].rename_axis("table").to_frame("count")
    section.add(make_table(t, t("t_counts"), counts, ["count"], key="counts", index="table", appendix=True))
    gaps = data_gaps(r, t)
    if gaps:
        section.add(Paragraph(t("t_data_gaps") + ": " + " ".join(gaps)))
    warnings = r.land.warnings
    section.add(Bullets([str(w) for w in warnings]) if warnings else Paragraph(t("p_no_warnings")))
    for key, frame, columns, index in _appendix_tables(r, t):
        shown = id_column(index, t)  # person ids only when the report shows names
        section.add(make_table(t, t(f"t_all_{key}"), frame, columns, key=key, index=shown, appendix=True))
    return section


def data_gaps(r: Results, t: Texts) -> list[str]:
    """Sentences about what the register lacks (persons, hours, domains): data quality, not network findings."""
    land, gaps = r.land, []
    if land.persons.empty and not land.memberships.empty:
        gaps.append(t("p_gap_no_persons"))
    coverage = r.connectors.get("coverage")
    if not land.persons.empty and coverage is not None:
        for key, rows in (
            ("p_gap_orgs_without_persons", coverage["registered"] == 0),
            ("p_gap_orgs_persons_unseated", (coverage["registered"] > 0) & (coverage["persons"] == 0)),
        ):
            empty = coverage[rows].sort_index(key=lambda ids: ids.astype(str))  # names in id order
            if len(empty):
                gaps.append(t.choose(key, len(empty), names=t.listing(list(empty["name"]), 6)))
    unknown = land.bodies[land.bodies["meetings_per_year"].isna() | land.bodies["hours_per_meeting"].isna()]
    if len(unknown):
        gaps.append(t.choose("p_gap_hours", len(unknown)))
    blank = blank_domains(land)
    if blank:
        gaps.append(blank_domain_sentence(r, t, blank))
    if len(land.organisations) and land.organisations["domain"].isna().all():
        gaps.append(t("p_gap_no_domains"))
    return gaps


def _appendix_tables(r: Results, t: Texts) -> list[tuple[str, pd.DataFrame, list[str], str | None]]:
    """(key, table, columns, index) of every analysis behind the report; each becomes an Excel sheet."""
    land, found = r.land, r.connectors
    bodies = r.hierarchy["bodies"]
    tables = [
        (
            "overload",
            r.overload,
            [
                "name",
                "tables",
                "seats",
                "chairs",
                "persons",
                "meeting_hours_per_month",
                "tables_with_unknown_hours",
                "capacity_hours",
                "load_ratio",
                "overloaded",
                "non_decision_hours_share",
            ],
            "organisation",
        ),
        (
            "centrality",
            r.centrality,
            [
                "name",
                "domain",
                "bodies",
                "partners",
                "weighted_degree",
                "betweenness",
                "harmonic_closeness",
                "eigenvector",
                "pagerank",
                "two_mode_betweenness",
            ],
            "organisation",
        ),
        (
            "connectors",
            found["organisations"],
            [
                "name",
                "domain",
                "bridging",
                "bridging_z",
                "coordinator",
                "itinerant",
                "boundary",
                "liaison",
                "ei_index",
                "participation",
                "connector",
            ],
            "organisation",
        ),
        (
            "pairs",
            r.redundancy,
            ["body_a", "body_b", *MERGE_COLUMNS, "merge_candidate"],
            None,
        ),
        (
            "bodies",
            bodies.assign(chain=[" → ".join(c) for c in bodies["chain"]]),
            ["name", "kind", "reports_to", "top_body", "depth", "chain"],
            "body",
        ),
        ("covenants", r.covenants["members_outside"], ["body", "covenant", "organisation", "name", "domain"], None),
        ("domains", seated_domains(r), DOMAIN_COLUMNS, "domain"),
        (
            "articulation",
            with_names(with_network(r.fragmentation["articulation_points"]), land, ["organisation"], t).assign(
                name=lambda f: [display_name(land, a, t) for a in f.index]
            ),
            ARTICULATION_COLUMNS,
            "actor",
        ),
        (
            "bus_factor",
            with_names(r.fragmentation.get("bus_factor", pd.DataFrame()), land, ["persons"], t),
            ["organisation", "name", "domain", "link_to", "bus_factor", "persons"],
            None,
        ),
    ]
    if not r.person_load.empty:
        tables.append(
            (
                "persons",
                with_names(r.person_load, land, ["organisation"], t).assign(
                    name=[display_name(land, p, t) for p in r.person_load.index]
                ),
                ["name", "organisation", "tables", "meeting_hours_per_month"],
                "person",
            )
        )
    if found.get("persons") is not None and not found["persons"].empty:
        people_table = with_names(found["persons"], land, ["organisation"], t).assign(
            name=lambda f: [display_name(land, p, t) for p in f.index]
        )
        tables.append(
            (
                "person_connectors",
                people_table,
                ["name", "organisation", "domain", "bridging", "bridging_z", "liaison", "boundary", "connector"],
                "person",
            )
        )
    if r.turnover is not None:
        tables.append(
            (
                "turnover",
                turnover_shown(r.turnover["bodies"], t),
                TURNOVER_COLUMNS,
                "body",
            )
        )
    return [entry for entry in tables if not entry[1].empty]


def _date(value, t: Texts) -> str:
    from ..language import numbers as i18n

    return i18n.date(value, t.lang)
