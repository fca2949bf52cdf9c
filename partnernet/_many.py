"""One value or many: a public parameter that takes ids or paths takes a single one as itself."""

from __future__ import annotations

from os import PathLike
from typing import Any


def many(values: Any) -> tuple[Any, ...]:
    """``values`` as a tuple: a single ``str`` or path is one value (``"p001"``, not ``"p", "0", ...``),
    None none, any other iterable its values in order.

    >>> many("p001"), many(["a", "b"]), many(None)
    (('p001',), ('a', 'b'), ())
    """
    if values is None:
        return ()
    if isinstance(values, (str, bytes, PathLike)):
        return (values,)
    return tuple(values)


from ._public import public_dir

__all__ = ["many"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
