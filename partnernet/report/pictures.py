"""The report's pictures (the network overview, the robustness curve, hours against capacity), drawn apart
from the sections that show them, so the report can draw them in its forked child (:mod:`.background`)
while the parent still searches the key players.

Each picture needs only the :class:`~partnernet.report.analyses.Basics`; the sections take the drawn
:class:`Pictures` (or draw them themselves when given none).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..language.report import Texts
from . import charts, glyphs
from .analyses import Basics
from .document import Figure
from .overview import overview_figure
from .tables import TOP


@dataclass(frozen=True)
class Pictures:
    """The report's figures (None: no picture) and the names they could not draw whole, in drawing order
    (the appendix lists them, see :func:`partnernet.report.glyphs.recording`)."""

    overview: Figure | None
    robustness: Figure | None
    overload: Figure | None
    unshown: tuple[str, ...] = ()


def draw(results: Basics, texts: Texts) -> Pictures:
    """Every picture of the report, in the order the report shows them."""
    with glyphs.recording() as unshown:
        drawn = (overview_figure(results, texts), robustness_figure(results, texts), overload_figure(results, texts))
    return Pictures(*drawn, unshown=tuple(unshown))


def robustness_figure(r: Basics, t: Texts) -> Figure | None:
    """Fragmentation as organisations are removed, targeted against at random; None for a curve of one point."""
    curve = r.robustness
    if len(curve) <= 1:
        return None
    frame = pd.DataFrame({"targeted": curve["fragmentation_targeted"], "random": curve["fragmentation_random"]})
    labels = {k: t(k) for k in ("targeted", "random", "removed", "fragmentation")}
    return Figure(t("fig_robustness"), charts.robustness_curve(frame, labels, t.lang), t("fig_robustness"))


def overload_figure(r: Basics, t: Texts) -> Figure | None:
    """Meeting hours against capacity of the TOP organisations with known hours, in overload's order."""
    load = r.overload
    drawn = load.dropna(subset=["meeting_hours_per_month"]).head(TOP) if not r.land.memberships.empty else load.head(0)
    if drawn.empty:
        return None
    frame = pd.DataFrame(
        {"hours": drawn["meeting_hours_per_month"].to_numpy(), "capacity": drawn["capacity_hours"].to_numpy()},
        index=drawn["name"],
    )
    labels = {"capacity": t("capacity"), "hours": t("hours_per_month")}
    return Figure(t("fig_overload"), charts.hours_against_capacity(frame, labels, t.lang), t("fig_overload"))


from .._public import public_dir

__all__ = ["Pictures", "draw", "robustness_figure", "overload_figure"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
