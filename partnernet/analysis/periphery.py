"""Are care, education and social partners connected, or at the edge?

The studies find that security and care see the same person differently ("we
see a crook, they see a patient"), and that care, education and social
partners often join only for a case, outside the covenants. This module
compares the position of each domain's organisations: how many tables they
sit at, in which capacity, and how central they are.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, overload

import dataclasses
import pandas as pd

from .centrality import centrality as compute_centrality
from .results import Result
from .._many import many

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..io.schema import Domain
    from ..landscape import Landscape

FOCUS_DOMAINS: tuple[Domain, ...] = ("care", "education", "social")
OCCASIONAL_TYPES = ("case", "external", "advisory")


@dataclasses.dataclass(frozen=True)
class Periphery(Result):
    """The result of :func:`periphery` (``result["domains"]`` works too)."""

    domains: pd.DataFrame
    focus: pd.Series[float]
    focus_domains: list[str]

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["domains"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["focus"]) -> pd.Series[float]: ...
    @overload
    def __getitem__(self, key: Literal["focus_domains"]) -> list[str]: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def periphery(
    land: Landscape, centrality: pd.DataFrame | None = None, focus: Domain | Iterable[Domain] = FOCUS_DOMAINS
) -> Periphery:
    """Position of the organisations of each domain, and of the focus domains against the rest.

    Parameters
    ----------
    land : Landscape
    centrality : DataFrame, optional
        :func:`partnernet.centrality` of ``land`` (computed when not given).
    focus : sequence of str
        The domains to compare with all others (default care, education, social).

    Returns
    -------
    Periphery
        A typed frozen result (``result.domains`` or ``result["domains"]``) with ``domains``, a DataFrame (index ``domain``; organisations without a domain are
        left out, as missing data): organisations (at a table), mean_bodies
        (bodies per organisation), mean_partners, mean_betweenness,
        occasional_share (share of their memberships of type case, external or
        advisory: joining for a case rather than as core member), focus (bool);
        ``focus``: a Series with mean_bodies, mean_betweenness and
        occasional_share for the focus domains together and for the others
        (``*_focus`` and ``*_others``).

    Examples
    --------
    >>> import partnernet as pn
    >>> pn.periphery(pn.load("data/regio-voorbeeld").at("2026-01-01"))["focus"].round(4)
    organisations_focus        10.0000
    mean_bodies_focus           2.8000
    mean_betweenness_focus      0.0023
    occasional_share_focus      0.2683
    organisations_others       34.0000
    mean_bodies_others          5.3824
    mean_betweenness_others     0.0189
    occasional_share_others     0.2900
    Name: value, dtype: float64
    """
    if centrality is None:
        centrality = compute_centrality(land)
    seated = centrality[centrality["bodies"] > 0].copy()
    seated["domain"] = land.organisations["domain"].reindex(seated.index)
    seated = seated[seated["domain"].notna()]  # a blank domain is missing data, not a domain of its own
    m = land.memberships
    occasional = m["type"].isin(OCCASIONAL_TYPES).groupby(m["organisation"]).mean()
    seated["occasional"] = occasional.reindex(seated.index)
    grouped = seated.groupby("domain")
    domains = pd.DataFrame(
        {
            "organisations": grouped.size(),
            "mean_bodies": grouped["bodies"].mean(),
            "mean_partners": grouped["partners"].mean(),
            "mean_betweenness": grouped["betweenness"].mean(),
            "occasional_share": grouped["occasional"].mean(),
        }
    )
    focused: list[str] = [str(domain) for domain in many(focus)]  # one domain as itself, not its letters
    domains["focus"] = domains.index.isin(focused)
    in_focus = seated["domain"].isin(focused)
    summary: dict[str, float] = {}
    for label, rows in (("focus", seated[in_focus]), ("others", seated[~in_focus])):
        summary[f"organisations_{label}"] = len(rows)
        summary[f"mean_bodies_{label}"] = rows["bodies"].mean()
        summary[f"mean_betweenness_{label}"] = rows["betweenness"].mean()
        summary[f"occasional_share_{label}"] = rows["occasional"].mean()
    return Periphery(
        domains=domains.sort_values("mean_bodies"), focus=pd.Series(summary, name="value"), focus_domains=focused
    )


from .._public import public_dir

__all__ = ["FOCUS_DOMAINS", "OCCASIONAL_TYPES", "Periphery", "periphery"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
