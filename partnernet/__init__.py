"""partnernet: analyse partnership structures in Dutch crime fighting and counter-terrorism.

Data flows one way: files -> :func:`load` (validate, normalise) ->
:class:`Landscape` (pandas tables) -> graphs -> analyses -> outputs.
"""

__version__ = "0.1.0"

from .errors import InputError, PartnernetError, Problem, UsageError  # noqa: E402
from .landscape import Landscape  # noqa: E402
from .io import load, write  # noqa: E402
from .privacy import pseudonymise  # noqa: E402
from .analysis.summary import summary  # noqa: E402
from .analysis.centrality import centrality  # noqa: E402
from .analysis.brokerage import brokerage, brokerage_significance  # noqa: E402
from .analysis.structural_holes import structural_holes  # noqa: E402
from .analysis.mixing import ei_index, participation  # noqa: E402
from .analysis.connectors import connectors  # noqa: E402
from .analysis.overload import overload  # noqa: E402
from .analysis.redundancy import nested_bodies, redundancy, small_bodies  # noqa: E402
from .analysis.hierarchy import hierarchy  # noqa: E402
from .analysis.covenants import covenant_coverage, covered_organisations  # noqa: E402
from .analysis.cohesion import distance_fragmentation, fragmentation_index  # noqa: E402
from .analysis.communities import adjusted_rand_index  # noqa: E402
from .analysis.fragmentation import fragmentation  # noqa: E402
from .analysis.keyplayers import key_players  # noqa: E402
from .analysis.resilience import articulation_points, bridges, bus_factor, single_person_links  # noqa: E402
from .analysis.robustness import robustness_curve  # noqa: E402
from .analysis.whatif import whatif  # noqa: E402
from .analysis.governance import governance  # noqa: E402
from .analysis.periphery import periphery  # noqa: E402
from .analysis.turnover import seat_changes, shared_tenure, turnover  # noqa: E402
from .analysis.compare import compare  # noqa: E402
from .analysis.layers import layers, regime_layer  # noqa: E402
from .viz import Map, visualise  # noqa: E402
from .report import report  # noqa: E402
from .intake import collect_survey, survey_forms, template  # noqa: E402

__all__ = [
    "InputError", "Landscape", "PartnernetError", "Problem", "UsageError",
    "load", "write", "summary", "pseudonymise",
    "brokerage", "brokerage_significance", "centrality", "connectors", "ei_index", "participation",
    "structural_holes",
    "covenant_coverage", "covered_organisations", "hierarchy", "nested_bodies", "overload", "redundancy",
    "small_bodies",
    "seat_changes", "shared_tenure", "turnover", "compare", "layers", "regime_layer",
    "adjusted_rand_index", "articulation_points", "bridges", "bus_factor", "distance_fragmentation",
    "fragmentation", "fragmentation_index", "key_players", "robustness_curve", "single_person_links", "whatif",
    "governance", "periphery",
    "Map", "visualise", "report",
    "collect_survey", "survey_forms", "template",
]
