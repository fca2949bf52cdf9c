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
from typing import TYPE_CHECKING

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

# The same names, imported eagerly for type checkers only (``X as X`` re-exports them), so ``pn.load``
# has load's real signature in a user's mypy; at run time they stay lazy. tests/test_typing.py keeps
# this block equal to _LAZY.
if TYPE_CHECKING:
    from .landscape import Landscape as Landscape
    from .io import load as load, write as write
    from .privacy import pseudonymise as pseudonymise
    from .analysis.summary import summary as summary
    from .analysis.centrality import centrality as centrality
    from .analysis.brokerage import brokerage as brokerage, brokerage_significance as brokerage_significance
    from .analysis.structural_holes import structural_holes as structural_holes
    from .analysis.mixing import ei_index as ei_index, participation as participation
    from .analysis.connectors import connectors as connectors
    from .analysis.overload import overload as overload
    from .analysis.redundancy import (
        nested_bodies as nested_bodies,
        redundancy as redundancy,
        small_bodies as small_bodies,
    )
    from .analysis.hierarchy import hierarchy as hierarchy
    from .analysis.covenants import (
        covenant_coverage as covenant_coverage,
        covered_organisations as covered_organisations,
    )
    from .analysis.cohesion import (
        distance_fragmentation as distance_fragmentation,
        fragmentation_index as fragmentation_index,
    )
    from .analysis.communities import adjusted_rand_index as adjusted_rand_index
    from .analysis.fragmentation import fragmentation as fragmentation
    from .analysis.keyplayers import key_players as key_players
    from .analysis.resilience import (
        articulation_points as articulation_points,
        bridges as bridges,
        bus_factor as bus_factor,
        single_person_links as single_person_links,
    )
    from .analysis.robustness import robustness_curve as robustness_curve
    from .analysis.whatif import whatif as whatif
    from .analysis.governance import governance as governance
    from .analysis.periphery import periphery as periphery
    from .analysis.turnover import seat_changes as seat_changes, shared_tenure as shared_tenure, turnover as turnover
    from .analysis.compare import compare as compare
    from .analysis.layers import layers as layers, regime_layer as regime_layer
    from .viz import Map as Map, visualise as visualise
    from .report import report as report
    from .intake import collect_survey as collect_survey, survey_forms as survey_forms
    from .intake.template import template as template  # via .intake mypy sees the submodule too

__all__ = ["InputError", "PartnernetError", "Problem", "UsageError", *_LAZY]


def __getattr__(name: str) -> types.ModuleType:
    """A public name (imported now and kept), or a submodule such as ``partnernet.graphs``.

    Typed as giving a module: type checkers see the public names through the TYPE_CHECKING imports
    above and use this only for other names, so a misspelt ``pn.lod(...)`` is an error to them."""
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


from ._public import public_dir  # noqa: E402

# dir() and tab completion: every public name (lazy ones too, before their first use) and the submodules
# imported so far; never what this module imports for itself (importlib, types, TYPE_CHECKING)
__dir__ = public_dir(__name__)


class _Package(types.ModuleType):
    """Keeps ``partnernet.report`` the function: importing the subpackage ``partnernet.report`` would
    otherwise bind the module to that name, as the eager imports of this package used to prevent."""

    def __setattr__(self, name: str, value) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


import sys  # noqa: E402

sys.modules[__name__].__class__ = _Package
