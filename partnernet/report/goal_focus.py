"""The report's goal-focus section: meeting load against capacity, bodies that could merge, nested and small
bodies, and the reporting lines to the top."""

from __future__ import annotations

from ..language.report import Texts
from .analyses import Results
from .document import Paragraph, Section
from .pictures import Pictures, overload_figure
from .tables import TOP, make_table, people

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


def goal_focus(r: Results, t: Texts, pictures: Pictures | None = None) -> Section:
    """The section; its picture from ``pictures`` (drawn here when given none)."""
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
                    "bodies",
                    "meeting_hours_per_month",
                    "capacity_hours",
                    "load_ratio",
                    "bodies_with_unknown_hours",
                ],
                key="overload",
                excerpt=True,
                limit=TOP,
                note=t("n_overload"),
            )
        )
    figure = pictures.overload if pictures is not None else overload_figure(r, t)
    if figure is not None:
        section.add(figure)
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
                depth=t.choose("n_bodies", int(summary["max_depth"])),
                isolated=t.choose("n_bodies", int(summary["isolated_bodies"])),
            )
        )
    )
    chains = r.hierarchy["operational_chains"].sort_values("layers", ascending=False, kind="stable")
    chains = chains.assign(chain=[" → ".join(people(r.land, c, t)) for c in chains["chain"]])
    section.add(make_table(t, t("t_chains"), chains, ["layers", "chain"], key="bodies", excerpt=True))
    return section


from .._public import public_dir

__all__ = ["MERGE_COLUMNS", "goal_focus"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
