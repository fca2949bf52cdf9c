"""Typed, frozen results of the analyses that return several tables: data only, no words.

A result is a dataclass of DataFrames and scalars. ``result.summary`` and
``result["summary"]`` (the old dict key) both work; ``keys()`` lists the fields,
and a notebook shows each table (``_repr_html_``).
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Hashable, Iterable, Iterator
from types import MappingProxyType
from typing import Any, Literal, TYPE_CHECKING, TypeAlias, overload

import pandas as pd

if TYPE_CHECKING:
    from .cohesion import RemovalEffect
    from .keyplayers import Criterion

#: How :func:`partnernet.key_players` found its set (``KeyPlayers.method``).
Search: TypeAlias = Literal["exhaustive", "greedy+swap"]

ROWS_SHOWN = 5  # rows of each table a notebook shows


@dataclasses.dataclass(frozen=True)
class Note:
    """A remark on how a result was found, as data: ``key`` names its sentence in
    :mod:`partnernet.language.notes`, ``values`` (name, value pairs) fill it in.

    In words: ``partnernet.language.notes.say(notes, lang)`` (the CLI does so in its ``--lang``).

    >>> note = Note.of("exact", option="exact=True")
    >>> note.key, note["option"]
    ('exact', 'exact=True')
    """

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, **values: Any) -> Note:
        return cls(key, tuple(values.items()))

    def __getitem__(self, name: str) -> Any:
        return dict(self.values)[name]


@dataclasses.dataclass(frozen=True)
class Result:
    """Base of the typed results: mapping-style access to the fields, and a notebook view.

    A result is frozen, its dict fields too: each is a read-only ``types.MappingProxyType`` over a copy
    (annotate such fields ``Mapping[...]``); pickling and :meth:`to_dict` give plain dicts back.
    """

    def __post_init__(self) -> None:
        for key, value in vars(self).items():
            if isinstance(value, dict):
                object.__setattr__(self, key, MappingProxyType(dict(value)))

    def __getstate__(self) -> dict[str, object]:
        return _plain(vars(self))

    def __setstate__(self, state: dict[str, object]) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, MappingProxyType(value) if isinstance(value, dict) else value)

    def keys(self) -> list[str]:
        return [field.name for field in dataclasses.fields(self)]

    def _field(self, key: str) -> object:
        """The field ``key`` (``result["key"]``); KeyError for a name that is not a field."""
        if key not in self.keys():
            raise KeyError(key)
        return getattr(self, key)

    # ``result["key"]``: each result class overloads __getitem__ with one Literal key per field, so a type
    # checker gives ``result["summary"]`` the field's type and rejects an unknown key (tests/test_public_api.py
    # checks the overloads against the fields). Hidden from type checkers here: a key typed ``str`` would let
    # any key through, and the subclasses' narrower keys would not be valid overrides.
    if not TYPE_CHECKING:

        def __getitem__(self, key: str) -> object:
            return self._field(key)

    def __contains__(self, key: object) -> bool:
        return key in self.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def get(self, key: str, default: object = None) -> object:
        return getattr(self, key) if key in self.keys() else default

    def values(self) -> list[object]:
        return [getattr(self, key) for key in self.keys()]

    def items(self) -> list[tuple[str, object]]:
        return [(key, getattr(self, key)) for key in self.keys()]

    def to_dict(self) -> dict[str, object]:
        """The fields as a plain dict (for JSON output); read-only mapping fields as plain dicts."""
        return _plain(dict(self.items()))

    def _repr_html_(self) -> str:
        return html_view(type(self).__name__, self.items())


def html_view(title: str, fields: Iterable[tuple[str, object]]) -> str:
    """A result in a notebook: its ``title``, then each field, a table as its first rows (pandas escapes
    the cells), any other value as its escaped ``repr``: user strings never reach the page as HTML."""
    parts = [f"<h4>{html.escape(title)}</h4>"]
    for key, value in fields:
        if isinstance(value, (pd.DataFrame, pd.Series)):
            shown = value.head(ROWS_SHOWN)
            parts.append(
                f"<p><b>{html.escape(key)}</b> ({len(value)} rows)</p>"
                + (shown.to_frame() if isinstance(shown, pd.Series) else shown).to_html()
            )
        else:
            parts.append(f"<p><b>{html.escape(key)}</b>: {html.escape(repr(value))}</p>")
    return "\n".join(parts)


def _plain(fields: dict[str, object]) -> dict[str, object]:
    """``fields`` with each read-only mapping as a plain dict (pickle and JSON cannot take a mappingproxy)."""
    return {key: dict(value) if isinstance(value, MappingProxyType) else value for key, value in fields.items()}


# The results of modules whose inside is tuned for speed (keyplayers.py, brokerage.py) live here, so
# those modules change only in what they return.


@dataclasses.dataclass(frozen=True)
class KeyPlayers(Result):
    """The result of :func:`partnernet.key_players` (fields as documented there; ``result["players"]`` works too)."""

    players: list[Hashable]
    names: list[str]
    score: float
    score_error: float
    effect: RemovalEffect
    dropped: list[Hashable]
    criterion: Criterion
    k: int
    method: Search
    intact: float
    individual: pd.DataFrame
    top_individuals_score: float
    candidates: int
    evaluated_sets: int
    note: tuple[Note, ...] | None

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["players"]) -> list[Hashable]: ...
    @overload
    def __getitem__(self, key: Literal["names"]) -> list[str]: ...
    @overload
    def __getitem__(self, key: Literal["score"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["score_error"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["effect"]) -> RemovalEffect: ...
    @overload
    def __getitem__(self, key: Literal["dropped"]) -> list[Hashable]: ...
    @overload
    def __getitem__(self, key: Literal["criterion"]) -> Criterion: ...
    @overload
    def __getitem__(self, key: Literal["k"]) -> int: ...
    @overload
    def __getitem__(self, key: Literal["method"]) -> Search: ...
    @overload
    def __getitem__(self, key: Literal["intact"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["individual"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["top_individuals_score"]) -> float: ...
    @overload
    def __getitem__(self, key: Literal["candidates"]) -> int: ...
    @overload
    def __getitem__(self, key: Literal["evaluated_sets"]) -> int: ...
    @overload
    def __getitem__(self, key: Literal["note"]) -> tuple[Note, ...] | None: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


@dataclasses.dataclass(frozen=True)
class BrokerageSignificance(Result):
    """The result of :func:`partnernet.brokerage_significance`: per node ``observed``, ``expected``, ``sd`` and
    ``z`` (one column per role and ``total``), and per role for the whole ``network``."""

    observed: pd.DataFrame
    expected: pd.DataFrame
    sd: pd.DataFrame
    z: pd.DataFrame
    network: pd.DataFrame

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["observed"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["expected"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["sd"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["z"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["network"]) -> pd.DataFrame: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


@dataclasses.dataclass(frozen=True)
class EIIndex(Result):
    """The result of :func:`partnernet.ei_index`: the ``network`` (Series), each of the ``groups`` and each of
    the ``nodes`` (DataFrames)."""

    network: pd.Series[float]
    groups: pd.DataFrame
    nodes: pd.DataFrame

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["network"]) -> pd.Series[float]: ...
    @overload
    def __getitem__(self, key: Literal["groups"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["nodes"]) -> pd.DataFrame: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


from .._public import public_dir

__all__ = ["Search", "ROWS_SHOWN", "Note", "Result", "html_view", "KeyPlayers", "BrokerageSignificance", "EIIndex"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
