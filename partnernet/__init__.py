"""partnernet: analyse partnership structures in Dutch crime fighting and counter-terrorism.

Data flows one way: files -> :func:`load` (validate, normalise) ->
:class:`Landscape` (pandas tables) -> graphs -> analyses -> outputs.
"""

__version__ = "0.1.0"

from .errors import InputError, PartnernetError, Problem, UsageError  # noqa: E402
from .landscape import Landscape  # noqa: E402
from .io import load, write  # noqa: E402
from .analysis.summary import summary  # noqa: E402
from .analysis.cohesion import distance_fragmentation, fragmentation_index  # noqa: E402
from .analysis.communities import adjusted_rand_index  # noqa: E402
from .analysis.fragmentation import fragmentation  # noqa: E402
from .analysis.keyplayers import key_players  # noqa: E402
from .analysis.resilience import articulation_points, bridges, bus_factor, single_person_links  # noqa: E402
from .analysis.robustness import robustness_curve  # noqa: E402

__all__ = [
    "InputError", "Landscape", "PartnernetError", "Problem", "UsageError",
    "load", "summary", "write",
    "adjusted_rand_index", "articulation_points", "bridges", "bus_factor", "distance_fragmentation",
    "fragmentation", "fragmentation_index", "key_players", "robustness_curve", "single_person_links",
]
