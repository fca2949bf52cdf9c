"""How a report names a person: by function and organisation by default, by name only when asked.

A report circulates; its readers need to know which seat is meant ("the
CTER coordinator of the police"), not who holds it. One function,
:func:`person_labels`, gives every person's label for the report, its
workbook and its map; :func:`in_sentence` puts the article before a
description inside a sentence.

>>> import pandas as pd
>>> persons = pd.DataFrame({"organisation": ["pol", "pol", "gem"], "name": ["R. de Graaf", "A. Bos", None],
...                         "function": ["CTER-coördinator", "CTER-coördinator", None]}, index=["p1", "p2", "p3"])
>>> labels = person_labels(persons, {"pol": "Politie Veldland", "gem": "Gemeente Veldstad"}, "nl")
>>> labels["p1"], labels["p2"], labels["p3"]
('CTER-coördinator van Politie Veldland (1)', 'CTER-coördinator van Politie Veldland (2)', 'medewerker van Gemeente Veldstad')
>>> person_labels(persons, {"gem": "Gemeente Veldstad"}, "en", names=True)["p3"]
'staff member of Gemeente Veldstad'
>>> person_labels(persons, {}, "en", names=True)["p1"]
'R. de Graaf'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeGuard


import pandas as pd

from .langs import Lang, resolve
from .numbers import isolate

if TYPE_CHECKING:
    from collections.abc import Hashable

    from ..landscape import Landscape

#: "{function} of {organisation}" and the neutral word for a person without a function.
_OF = ("{function} van {organisation}", "{function} of {organisation}")
_NO_FUNCTION = ("medewerker", "staff member")
_ARTICLE = ("de ", "the ")


def _index(lang: str) -> int:
    return 0 if lang == "nl" else 1


def _known(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value.strip() != ""


def _lower_first(text: str) -> str:
    """'Burgemeester' -> 'burgemeester', but 'CTER-coördinator' and 'OvJ' keep their capitals."""
    first = text.split(" ", 1)[0]
    if text[:1].isupper() and not any(c.isupper() for c in first[1:]):
        return text[0].lower() + text[1:]
    return text


def describe(function: object, organisation: str | None, lang: str) -> str:
    """'coördinator CTER van Politie Veldland'; without a function (None, NaN, NA, blank) 'medewerker van ...'."""
    i = _index(lang)
    role = _lower_first(function.strip()) if _known(function) else _NO_FUNCTION[i]
    if not _known(organisation):
        return role
    return _OF[i].format(function=isolate(role), organisation=isolate(organisation))


def person_labels(
    persons: pd.DataFrame, organisation_names: dict, lang: str, *, names: bool = False, pseudonymised: bool = False
) -> dict:
    """Person id -> the label a report shows.

    Parameters
    ----------
    persons : DataFrame
        ``land.persons``: index id, columns ``organisation``, ``name``, ``function`` (missing: NaN).
    organisation_names : dict
        Organisation id -> display name.
    lang : "nl" | "en"
    names : bool
        Show the name (``--names``); a person without a name in the register is described by function and
        organisation as without ``names``, never by a bare id. Ids are not part of a label: the report's
        appendix shows them in a column of their own.
    pseudonymised : bool
        Persons are pseudonyms: show the pseudonym itself, never a description that could narrow it down.

    Returns
    -------
    dict
        By default "function of organisation"; two persons with the same
        description get " (1)", " (2)", ... in the order of their ids.
    """
    if pseudonymised:
        return {i: str(i) for i in persons.index}
    functions = persons["function"] if "function" in persons.columns else pd.Series(pd.NA, index=persons.index)
    described: dict[tuple, str] = {}  # a national register has a few thousand (function, organisation) pairs

    def label(function: object, org: object) -> str:
        key = (function if _known(function) else None, org if _known(org) else None)
        if key not in described:
            described[key] = describe(key[0], organisation_names.get(key[1], key[1]) if key[1] else None, lang)
        return described[key]

    labels = {
        i: label(function, org)
        for i, function, org in zip(persons.index, functions.to_numpy(object), persons["organisation"].to_numpy(object))
    }
    if names:
        labels.update({i: str(name).strip() for i, name in named(persons).items()})
    return _distinguish(labels)


def named(persons: pd.DataFrame) -> pd.Series:
    """The persons' names where the register has one (index: person id); a person without is described."""
    given = persons["name"] if "name" in persons.columns else pd.Series(pd.NA, index=persons.index, dtype=object)
    return given[given.map(_known)]


def _distinguish(labels: dict) -> dict:
    """Equal labels get a number each, in id order; a number that would collide with another label is skipped."""
    groups: dict[str, list] = {}
    for i in sorted(labels, key=str):
        groups.setdefault(labels[i], []).append(i)
    taken = set(labels.values())
    result = dict(labels)
    for text, ids in groups.items():
        if len(ids) < 2:
            continue
        n = 0
        for i in ids:
            n += 1
            while f"{text} ({n})" in taken:
                n += 1
            result[i] = f"{text} ({n})"
            taken.add(result[i])
    return result


def in_sentence(label: str, described: bool, lang: str) -> str:
    """A label inside a sentence: 'de coördinator ... van ...' for a description, a name unchanged."""
    return _ARTICLE[_index(lang)] + label if described else label


def display_name(
    land: Landscape,
    node: Hashable,
    lang: Lang | None = None,
    *,
    ids: bool = False,
    names: bool = False,
    sentence: bool = False,
) -> str:
    """The one way every output names a node of ``land`` (organisation, body or person id ``node``).

    - ``ids=True``, the analyst's view (CLI lines, what-if sentences, which name nodes by id): an
      organisation or body by its id, a person as "name (id)" when the register has a name, else the id.
    - otherwise the report's view (:func:`display_names`): an organisation's or body's name, a person by
      function and organisation (by name with ``names`` when the register has one, or the pseudonym);
      ``sentence``: a person described by function gets the article ('de coördinator ... van ...').

    An id that ``land`` does not know is returned as :meth:`Landscape.name_of` gives it.
    """
    lang = resolve(lang)
    if ids:
        if node in land.persons.index:
            name = land.name_of(node)
            return str(node) if name == node else f"{isolate(name)} ({node})"
        return str(node)
    shown = display_names(land, lang, names)
    if node not in shown:
        return land.name_of(node)
    return in_sentence(shown[node], sentence and node in land.persons.index and node in _described(land, names), lang)


def display_names(land: Landscape, lang: str, names: bool = False) -> dict:
    """Id -> report display name (:func:`display_name`) of every organisation, body and person of ``land``,
    built once per landscape, language and ``names`` (reports look up hundreds of thousands of names).

    A person's id maps to their label (:func:`person_labels`) and wins over an organisation or body with
    the same id; the others map to :meth:`Landscape.name_of`.
    """
    from ..analysis import memo
    from ..privacy import is_pseudonymised

    def build() -> dict:
        shown = {i: land.name_of(i) for table in (land.bodies, land.organisations) for i in table.index}
        organisations = {i: land.name_of(i) for i in land.organisations.index}
        shown.update(
            person_labels(land.persons, organisations, lang, names=names, pseudonymised=is_pseudonymised(land))
        )
        return shown

    return memo.once(land, ("display_names", lang, names), build)


def _described(land, names: bool) -> frozenset:
    """Ids of the persons shown by function and organisation (who get an article in a sentence): all of
    them, or with ``names`` those without a name in the register; none when pseudonymised."""
    from ..analysis import memo
    from ..privacy import is_pseudonymised

    def build() -> frozenset:
        if is_pseudonymised(land):
            return frozenset()
        return frozenset(land.persons.index.difference(named(land.persons).index) if names else land.persons.index)

    return memo.once(land, ("described_persons", names), build)


__all__ = ["describe", "display_name", "display_names", "person_labels", "in_sentence", "named"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
