"""The report's turnover section: new members and tenure per body (a body new itself says so), and seats
that changed person."""

from __future__ import annotations

import pandas as pd

from ..language.report import Texts
from .analyses import Results
from .document import Paragraph, Section
from .tables import TOP, make_table

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


def _date(value, t: Texts) -> str:
    from ..language import numbers as i18n

    return i18n.date(value, t.lang)


from .._public import public_dir

__all__ = ["TURNOVER_COLUMNS", "turnover_section", "turnover_shown"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
