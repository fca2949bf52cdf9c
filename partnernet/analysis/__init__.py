"""Analyses: one module per question, each taking a landscape (or graph) and returning pandas objects."""

from .._public import public_dir

__all__ = []
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
