"""partnernet: analyse partnership structures in Dutch crime fighting and counter-terrorism.

Data flows one way: files -> :func:`load` (validate, normalise) ->
:class:`Landscape` (pandas tables) -> graphs -> analyses -> outputs.

The public names below are imported on first use (PEP 562 module
``__getattr__``), so ``import partnernet`` and ``partnernet --help`` load
neither pandas nor igraph, scipy, jinja2 or matplotlib; ``dir(partnernet)``
and tab completion list every public name all the same.
"""

from __future__ import annotations

import importlib
import types

__version__ = "0.1.0"

from .errors import InputError, PartnernetError, Problem, UsageError  # noqa: E402

#: Public name -> the module that defines it (imported when the name is first used).
_LAZY = {
    "Landscape": ".landscape",
    "load": ".io",
    "write": ".io",
    "pseudonymise": ".privacy",
    "summary": ".analysis.summary",
    "centrality": ".analysis.centrality",
    "brokerage": ".analysis.brokerage",
    "brokerage_significance": ".analysis.brokerage",
    "structural_holes": ".analysis.structural_holes",
    "ei_index": ".analysis.mixing",
    "participation": ".analysis.mixing",
    "connectors": ".analysis.connectors",
    "overload": ".analysis.overload",
    "nested_bodies": ".analysis.redundancy",
    "redundancy": ".analysis.redundancy",
    "small_bodies": ".analysis.redundancy",
    "hierarchy": ".analysis.hierarchy",
    "covenant_coverage": ".analysis.covenants",
    "covered_organisations": ".analysis.covenants",
    "distance_fragmentation": ".analysis.cohesion",
    "fragmentation_index": ".analysis.cohesion",
    "adjusted_rand_index": ".analysis.communities",
    "fragmentation": ".analysis.fragmentation",
    "key_players": ".analysis.keyplayers",
    "articulation_points": ".analysis.resilience",
    "bridges": ".analysis.resilience",
    "bus_factor": ".analysis.resilience",
    "single_person_links": ".analysis.resilience",
    "robustness_curve": ".analysis.robustness",
    "whatif": ".analysis.whatif",
    "governance": ".analysis.governance",
    "periphery": ".analysis.periphery",
    "seat_changes": ".analysis.turnover",
    "shared_tenure": ".analysis.turnover",
    "turnover": ".analysis.turnover",
    "compare": ".analysis.compare",
    "layers": ".analysis.layers",
    "regime_layer": ".analysis.layers",
    "Map": ".viz",
    "visualise": ".viz",
    "report": ".report",
    "collect_survey": ".intake",
    "survey_forms": ".intake",
    "template": ".intake",
}

__all__ = ["InputError", "PartnernetError", "Problem", "UsageError", *_LAZY]


def __getattr__(name: str):
    """A public name (imported now and kept), or a submodule such as ``partnernet.graphs``."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    if not name.startswith("__"):
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """Keeps ``partnernet.report`` the function: importing the subpackage ``partnernet.report`` would
    otherwise bind the module to that name, as the eager imports of this package used to prevent."""

    def __setattr__(self, name: str, value) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


import sys  # noqa: E402

sys.modules[__name__].__class__ = _Package
