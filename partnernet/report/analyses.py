"""Run every analysis the report needs, once, through the public API.

The report computes nothing itself: this module calls the analyses and keeps
their results; the sections only choose, sort and phrase them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import cast

import pandas as pd

from ..analysis.centrality import centrality
from ..analysis.connectors import Connectors, connectors
from ..analysis.covenants import CovenantCoverage, covenant_coverage
from ..analysis.fragmentation import Fragmentation, fragmentation
from ..analysis.governance import Governance, governance
from ..analysis.hierarchy import Hierarchy, hierarchy
from ..analysis.keyplayers import KeyPlayers, key_players
from ..analysis.mixing import ei_index
from ..analysis.overload import overload
from ..analysis.periphery import Periphery, periphery
from ..analysis.redundancy import nested_bodies, redundancy, small_bodies
from ..analysis.results import EIIndex
from ..analysis.robustness import robustness_curve
from ..analysis.summary import Summary, summary
from ..analysis.turnover import Turnover, turnover
from ..analysis.whatif import WhatIf, whatif
from ..landscape import Landscape
from . import background

Progress = Callable[[str], None]
#: What-if scenarios in the report: the persons whose departure cuts off most (fewer on large landscapes).
WHATIF_PERSONS, WHATIF_PERSONS_LARGE, LARGE = 2, 1, 2000
#: Ids and names that mark the public prosecution service, the studies' expected hub.
EXPECTED_HUB_HINTS = ("om", "om-parket", "openbaar ministerie", "public prosecution")


@dataclass
class Basics:
    """The analyses that the report's map and pictures need, ready before the slow key-player searches (the
    report starts drawing there, see :func:`run`'s ``ready``); ``fragmentation`` may lack its key players."""

    land: Landscape
    centrality: pd.DataFrame
    connectors: Connectors
    overload: pd.DataFrame
    person_load: pd.DataFrame
    fragmentation: Fragmentation
    robustness: pd.DataFrame


@dataclass
class Results(Basics):
    """Every analysis of the report (``fragmentation`` with the organisations' key players)."""

    summary: Summary
    redundancy: pd.DataFrame
    nested: pd.DataFrame
    small: pd.DataFrame
    hierarchy: Hierarchy
    covenants: CovenantCoverage
    #: the persons whose removal cuts most pairs apart (F); None when the landscape has too few persons
    person_key_players: KeyPlayers | None
    periphery: Periphery
    ei: EIIndex
    governance: Governance
    turnover: Turnover | None
    expected_hub: str | None
    whatif: dict[str, WhatIf] = field(default_factory=dict)
    #: per level ("organisations", "persons"): what removing the key players does to the others (removal_effect)
    key_player_effects: dict = field(default_factory=dict)


def find_expected_hub(land: Landscape, given: str | None = None) -> str | None:
    """The organisation the studies expect as hub: ``given``, or the OM found by id or name."""
    if given:
        return given
    orgs = land.organisations
    for hint in EXPECTED_HUB_HINTS:
        exact = [i for i in orgs.index if str(i).lower() == hint]
        if exact:
            return exact[0]
    named = orgs.index[orgs["name"].astype(str).str.lower().str.contains("openbaar ministerie", regex=False)]
    return named[0] if len(named) else None


def run(
    land: Landscape,
    *,
    expected_hub: str | None = None,
    progress: Progress | None = None,
    turnover_as_of=None,
    full_register=None,
    ready: Callable[[Basics], None] | None = None,
) -> Results:
    """Every analysis of the report on ``land`` (one moment; ``full_register`` for turnover); ``ready`` is
    called with the :class:`Basics` as soon as they are computed, before the key players are searched."""
    step = progress or (lambda _label: None)
    hub = find_expected_hub(land, expected_hub)
    step("centrality")
    # before the connectors' child is forked, so that it inherits them: the projections both compute and
    # the centrality its hub check reads (4x the nation: some 12 s of CPU the child no longer repeats)
    central = centrality(land)
    if len(land.persons) > 0:
        land.graph("persons")
    with _connectors_meanwhile(land, hub) as early:
        basics = _basics(land, central, hub, step, early)
    if ready is not None:  # what only the document needs comes after this
        ready(basics)
    central, structure = basics.centrality, basics.fragmentation
    k_organisations, k_persons = min(3, len(land.organisations) - 2), min(2, len(land.persons) - 2)
    # the same as fragmentation(land, key_players=k), whose structure does not depend on its key players
    organisations = (
        replace(structure, key_players=key_players(land, k_organisations, "DF")) if k_organisations >= 1 else structure
    )
    # only the key persons of the person projection are reported (its Leiden communities are not)
    persons = key_players(land, k_persons, "F", level="persons") if k_persons >= 1 else None
    step("what_if")
    scenarios = {actor: whatif(land, remove=[actor]) for actor in _critical_persons(organisations, len(land.persons))}
    step("overlap")
    pairs = redundancy(land)
    step("hierarchy_and_covenants")
    chains, covered = hierarchy(land), covenant_coverage(land)
    step("turnover")
    register = full_register if full_register is not None else land
    moving = turnover(register, as_of=turnover_as_of) if register.has_dates else None
    return Results(
        land=land,
        summary=summary(land),
        centrality=central,
        connectors=basics.connectors,
        overload=basics.overload,
        person_load=basics.person_load,
        redundancy=pairs,
        nested=nested_bodies(land),
        small=small_bodies(land),
        hierarchy=chains,
        covenants=covered,
        fragmentation=organisations,
        person_key_players=persons,
        robustness=basics.robustness,
        periphery=periphery(land, central),
        ei=domain_ei(land),
        governance=governance(land, central),
        turnover=moving,
        expected_hub=hub,
        whatif=scenarios,
        key_player_effects=_key_player_effects(land, organisations, persons),
    )


def _connectors_meanwhile(land, hub: str | None):
    """:func:`connectors` of ``land`` (the slowest of the :class:`Basics`) in a forked child while the caller
    computes the other basics on its own core (:mod:`.background`: a child that fails leaves the work to
    the caller, ``PARTNERNET_WORKERS=1`` or a process with threads computes it in place, in the same order as
    before); a context manager giving the :class:`~.background.Pending` or None."""
    if not background.can_fork():
        return background.pending(None)
    return background.pending(lambda: connectors(land, by="domain", expected_hub=hub))


def _basics(land, central: pd.DataFrame, hub: str | None, step: Progress, early: background.Pending | None) -> Basics:
    """The :class:`Basics` of ``land`` with ``central``, its centrality; ``early``: its connectors computed meanwhile
    (None: computed here, in the order the report has always used)."""
    has_persons = len(land.persons) > 0
    step("connectors")
    bridging: Connectors | None = connectors(land, by="domain", expected_hub=hub) if early is None else None
    step("load")
    load = overload(land)
    person_load = overload(land, level="persons") if has_persons else pd.DataFrame()
    step("robustness")
    curve = robustness_curve(land, runs=50)
    step("fragmentation")
    structure = fragmentation(land)
    if bridging is None and early is not None:  # computed by the child meanwhile (or here, by result(), when it failed)
        bridging = cast(Connectors, early.result(0))  # works[0] is connectors(...): a child sends what it returns
    assert bridging is not None
    return Basics(land, central, bridging, load, person_load, structure, curve)


def domain_ei(land: Landscape) -> EIIndex:
    """The E-I index of the domains over the organisations that have one: a blank domain is missing data,
    not a group of its own (those organisations and their links are left out; :func:`blank_domains`)."""
    graph = land.graph("organisations")
    known = land.organisations["domain"].dropna().index
    return ei_index(graph.subgraph([n for n in graph.nodes if n in known]), "domain")


def blank_domains(land: Landscape) -> list:
    """Ids of the organisations without a domain, in the register's order (left out of the domain tables)."""
    if land.organisations["domain"].isna().all():  # no domains at all: the report says so once
        return []
    return list(land.organisations.index[land.organisations["domain"].isna()])


def _key_player_effects(land, organisations: Fragmentation, persons: KeyPlayers | None) -> dict:
    """:func:`removal_effect` of each level's key players (the ``effect`` that ``fragmentation
    --key-players`` prints too): a finding only when it changes something."""
    effects = {}
    for level, players in (("organisations", organisations.key_players), ("persons", persons)):
        if players:
            effects[level] = players["effect"]
    return effects


def _critical_persons(organisations: Fragmentation, persons: int) -> list[str]:
    """The person articulation points that cut off most, for the what-if scenarios."""
    points = organisations.articulation_points
    if points is None or points.empty:
        return []
    chosen = points[points["level"] == "persons"].sort_values("nodes_cut_off", ascending=False, kind="stable")
    return list(chosen.index[: WHATIF_PERSONS if persons <= LARGE else WHATIF_PERSONS_LARGE])


def signatories_unknown(land: Landscape) -> bool:
    """True when bodies name covenants but the register holds no signatory at all (no or an empty
    ``covenants.csv``): who signed is unknown, not "nobody", so the report draws no finding or advice
    from it and says so among the data gaps."""
    if not land.covenants.empty or land.bodies.empty or "covenant" not in land.bodies:
        return False
    return bool(land.bodies["covenant"].notna().any())


from .._public import public_dir

__all__ = [
    "Progress",
    "WHATIF_PERSONS",
    "WHATIF_PERSONS_LARGE",
    "LARGE",
    "EXPECTED_HUB_HINTS",
    "Basics",
    "Results",
    "find_expected_hub",
    "run",
    "domain_ei",
    "blank_domains",
    "signatories_unknown",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
