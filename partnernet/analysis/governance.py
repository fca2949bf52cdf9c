"""Who steers (regie)? A heuristic reading of the governance mode (Provan & Kenis).

Provan & Kenis distinguish three modes of network governance: *shared*
(participant-governed: the members steer together), *lead organisation*
(one member steers), and a *network administrative organisation* (NAO: a
separate body or bureau steers). Their paper gives no structural
indicators; the rule below is partnernet's heuristic, and every result says so.

Heuristic:

1. Freeman degree centralisation C of the organisation projection (0: all
   organisations equally connected; 1: a star). Low C (< 0.25) suggests
   *shared* governance.
2. Otherwise look at the most central organisation (highest betweenness):
   if it chairs or hosts at least a third of the bodies it sits at and it is
   mainly a secretariat (secretary in at least half of its seats, or its name
   says bureau, centre, RIEC or Veiligheidshuis), read it as an *NAO*; else as
   a *lead organisation*.

References
----------
Provan, K. G., & Kenis, P. (2008). Modes of network governance: structure,
management, and effectiveness. Journal of Public Administration Research and
Theory, 18(2), 229-252.
Freeman, L. C. (1979). Centrality in social networks: conceptual
clarification. Social Networks, 1(3), 215-239.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, TYPE_CHECKING, TypeAlias, get_args, overload

import networkx as nx
import pandas as pd

from .results import Note, Result

if TYPE_CHECKING:
    from ..landscape import Landscape

SHARED_BELOW = 0.25
STEERING_SHARE = 1 / 3
SECRETARIAT_WORDS = (
    "bureau",
    "centrum",
    "centre",
    "veiligheidshuis",
    "secretariaat",
    "secretariat",
    "riec",
    "liec",
    "programmabureau",
)
HEURISTIC = Note.of("governance.heuristic")  # the caveat; words in partnernet/language/notes.py


def degree_centralisation(graph: nx.Graph) -> float:
    """Freeman degree centralisation: sum(max degree - degree) / ((n - 1)(n - 2)); 0 for n < 3."""
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _, d in graph.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


#: The codes of ``Governance.mode`` (snake_case; words per language in the report's ``mode_<code>`` texts).
Mode: TypeAlias = Literal["shared", "lead_organisation", "network_administrative_organisation"]
MODES: tuple[Mode, ...] = get_args(Mode)


@dataclasses.dataclass(frozen=True)
class Governance(Result):
    """The result of :func:`governance` (``result["mode"]`` works too)."""

    centralisation: float
    density: float
    heuristic: Note
    hub: str | None
    hub_name: str | None
    hub_betweenness: float
    hub_steering_share: float
    hub_is_secretariat: bool
    mode: Mode

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["centralisation"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["density"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["heuristic"]) -> Note: ...
    @overload
    def __getitem__(self, key: Literal["hub"]) -> str | None: ...
    @overload
    def __getitem__(self, key: Literal["hub_name"]) -> str | None: ...
    @overload
    def __getitem__(self, key: Literal["hub_betweenness"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["hub_steering_share"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["hub_is_secretariat"]) -> bool: ...
    @overload
    def __getitem__(self, key: Literal["mode"]) -> Mode: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def governance(land: Landscape, centrality: pd.DataFrame | None = None) -> Governance:
    """A labelled heuristic of the governance mode: shared, lead organisation or NAO.

    Parameters
    ----------
    land : Landscape
    centrality : DataFrame, optional
        The result of :func:`partnernet.centrality` on ``land`` (computed when
        not given), used to find the most central organisation.

    Returns
    -------
    Governance
        ``mode`` (a code: "shared" | "lead_organisation" |
        "network_administrative_organisation"; in words by the report's
        ``mode_<code>`` texts), ``centralisation`` (Freeman degree centralisation,
        0-1), ``density``, ``hub`` (id of the most central organisation:
        the one with the highest betweenness; None when the network has no
        links or several organisations share the highest value, since
        naming one of them would only reflect their order),
        ``hub_name``, ``hub_betweenness``, ``hub_steering_share`` (share of the
        hub's bodies it chairs or hosts), ``hub_is_secretariat`` (bool),
        ``heuristic`` (the caveat to show with the label, a
        :class:`~partnernet.analysis.results.Note`; in words with
        ``partnernet.language.notes.say([note], lang)``).

    Examples
    --------
    >>> import partnernet as pn
    >>> pn.governance(pn.load("data/regio-voorbeeld").at("2026-01-01"))["mode"]
    'lead_organisation'
    """
    from .centrality import centrality as compute_centrality

    graph = land.graph("organisations")
    if centrality is None:
        centrality = compute_centrality(land)
    result: dict[str, Any] = {
        "centralisation": degree_centralisation(graph),
        "density": nx.density(graph) if len(graph) > 1 else 0.0,
        "heuristic": HEURISTIC,
        "hub": None,
        "hub_name": None,
        "hub_betweenness": float("nan"),
        "hub_steering_share": float("nan"),
        "hub_is_secretariat": False,
    }
    top = centrality["betweenness"]
    top = top[top == top.max()] if len(top) else top
    if len(top) != 1 or not top.iloc[0] > 0:  # no links, or several equally central: no hub to name
        return Governance(**result, mode="shared")
    hub = top.index[0]
    steering, secretariat = _hub_role(land, hub)
    result.update(
        hub=hub,
        hub_name=land.name_of(hub),
        hub_betweenness=float(centrality["betweenness"].loc[hub]),
        hub_steering_share=steering,
        hub_is_secretariat=secretariat,
    )
    mode: Mode
    if result["centralisation"] < SHARED_BELOW:
        mode = "shared"
    elif steering >= STEERING_SHARE and secretariat:
        mode = "network_administrative_organisation"
    else:
        mode = "lead_organisation"
    return Governance(**result, mode=mode)


def _hub_role(land, hub) -> tuple[float, bool]:
    m = land.memberships
    seats = m[m["organisation"] == hub]
    bodies = seats["body"].unique()
    if len(bodies) == 0:
        return 0.0, False
    chaired = set(seats.loc[seats["role"] == "chair", "body"])
    hosted = set(land.bodies.index[land.bodies["host"] == hub])
    steering = len((chaired | hosted) & set(bodies)) / len(bodies)
    name = str(land.name_of(hub)).lower()
    mostly_secretary = (seats["role"] == "secretary").mean() >= 0.5
    secretariat = bool(mostly_secretary) or any(w in name for w in SECRETARIAT_WORDS)
    return steering, secretariat


from .._public import public_dir

__all__ = [
    "SHARED_BELOW",
    "STEERING_SHARE",
    "SECRETARIAT_WORDS",
    "HEURISTIC",
    "degree_centralisation",
    "Mode",
    "MODES",
    "Governance",
    "governance",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
