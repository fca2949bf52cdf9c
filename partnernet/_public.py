"""``dir()`` of a partnernet module: its ``__all__`` and its submodules, not the names it imports.

Each module ends with ``__dir__ = public_dir(__name__)`` (PEP 562), so tab completion and ``dir()`` offer
``partnernet.language.get``, never ``partnernet.language.os`` (tests/test_public_api.py).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable


def public_dir(name: str) -> Callable[[], list[str]]:
    """The ``__dir__`` of the module ``name``: its private and dunder names, its ``__all__``, and the
    submodules imported so far (attributes of a package, though not in its ``__all__``)."""

    def listing() -> list[str]:
        module = sys.modules[name]
        names = vars(module)
        submodules = {
            key
            for key, value in names.items()
            if isinstance(value, types.ModuleType) and value.__name__ == f"{name}.{key}"
        }
        return sorted({key for key in names if key.startswith("_")} | set(names.get("__all__", ())) | submodules)

    return listing


__all__ = ["public_dir"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
