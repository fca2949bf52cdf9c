"""From nothing to a landscape: the intake workbook, the partner survey and merging its answers."""

from .collect import Survey, collect_survey
from .forms import survey_forms
from .template import template

__all__ = ["Survey", "collect_survey", "survey_forms", "template"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
