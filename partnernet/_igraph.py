"""igraph, imported without matplotlib.

``import igraph`` imports ``matplotlib.pyplot`` for its plotting backend
(87% of igraph's import time, about 0.3 s), which partnernet never uses
(python-igraph issue #762). When igraph is not imported yet and pyplot is
not loaded either, igraph is imported here with matplotlib hidden, so its
plotting falls back to its "matplotlib is not installed" stand-ins; every
graph algorithm is unaffected. To plot with igraph and matplotlib in the same
process, import ``matplotlib.pyplot`` (or igraph) before partnernet's
analyses. Every module of partnernet imports igraph from here.
"""

from __future__ import annotations

import sys


def _import_igraph():
    if "igraph" in sys.modules or "matplotlib.pyplot" in sys.modules:
        import igraph

        return igraph
    hidden = {
        name: sys.modules.pop(name)
        for name in list(sys.modules)
        if name == "matplotlib" or name.startswith("matplotlib.")
    }
    sys.modules["matplotlib"] = None  # makes "import matplotlib" raise ImportError
    try:
        import igraph
    finally:
        del sys.modules["matplotlib"]
        sys.modules.update(hidden)
    return igraph


ig = _import_igraph()

from ._public import public_dir

__all__ = ["ig"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
