"""Every word users see, in Dutch and English: one :class:`Language` per language.

Modules by topic:

- :mod:`.labels`: one label table for columns and vocabulary values (report, map and CLI);
- :mod:`.numbers`: numbers, percentages, dates and lists written per language;
- :mod:`.report`: the report's texts; :mod:`.map`: the map's words;
- :mod:`.whatif`, :mod:`.compare`, :mod:`.layers` (helpers in :mod:`.plain`): sentences
  about what-if, compare and layers results, in both languages (``lang=``);
- :mod:`.cli`: the titles, notes and lines the commands print;
- :mod:`.errors` (with :mod:`.problems`, the loader's problems, and :mod:`.usage`, usage errors): every
  error and warning message by key; :mod:`.help`: the ``--help`` texts; :mod:`.langs`: which language
  is running (``--lang`` of the command, else ``$PARTNERNET_LANG``);
- :mod:`.notes`: the notes analyses attach as data (``Note``: key and values), redundancy reasons,
  the notebook view of a landscape;
- :mod:`.intake`: the intake workbook and the partner survey.

Analyses import nothing from here: they return data, and the outputs put it into words.
The default language is Dutch, or the value of the environment variable ``PARTNERNET_LANG``.

>>> nl = get("nl")
>>> nl.label("betweenness"), get("en").label("betweenness")
('tussenpositie', 'betweenness')
>>> nl.value("security"), nl.number(2.5), nl.listing(["a", "b", "c"])
('veiligheid', '2,5', 'a, b en c')
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import functools
import importlib
import os

from .labels import (
    CODES,
    COLUMN_ONLY,
    COMPOSED_COLUMNS,
    LABELS,
    LEVEL_WORDS,
    MEASURE_COLUMNS,
    MEASURES,
    SUFFIXES,
    TOPICS,
    VALUE_COLUMNS,
    VALUES_EN,
    VALUES_NL,
)
from .langs import LANG_VARIABLE, LANGUAGES, Lang, check_language, current_lang, default_lang, resolve

if TYPE_CHECKING:
    from ..landscape import Landscape
    from typing import Any


#: Environment variable: ``1`` makes :meth:`Language.label` raise ``KeyError`` for a column without a label.
STRICT_VARIABLE = "PARTNERNET_STRICT_LABELS"


def strict_labels() -> bool:
    """True when ``$PARTNERNET_STRICT_LABELS`` is ``1``: a missing label key is an error, not a fallback."""
    return os.environ.get(STRICT_VARIABLE) == "1"


def _numbers():
    return importlib.import_module(f"{__name__}.numbers")


class Language:
    """The words of one language: labels, vocabulary values, formatters and the texts of each output.

    ``Language("nl").report("title")`` is a report text, ``.map("legend")`` a map word,
    ``.label(column)`` a column label, ``.value(v)`` a vocabulary value, ``.number(x)``,
    ``.percent(x)``, ``.date(d)``, ``.listing(items)`` the formatters.
    """

    def __init__(self, lang: str):
        self.lang = check_language(lang)
        self._index = LANGUAGES.index(self.lang)

    def __repr__(self) -> str:
        return f"Language({self.lang!r})"

    def label(self, column, *, given: bool = False) -> str:
        """The label of a column (table header, hover row, CLI heading); a column named after another and an
        ending of :data:`~.labels.SUFFIXES` (``rank_before``) as that one's label and the ending's word;
        unknown names with spaces.

        With ``$PARTNERNET_STRICT_LABELS=1`` (:data:`STRICT_VARIABLE`, set by the test suite) a column
        without a label raises ``KeyError`` naming it, so a missing key fails a test instead of showing
        ``snake case`` words to users.

        >>> get("nl").label("rank_before"), get("en").label("articulation_point_after")
        ('rang voor', 'articulation point after')
        """
        name = str(column)
        pair = LABELS.get(name) or COLUMN_ONLY.get(name) or MEASURES.get(name)
        if pair:
            return pair[self._index]
        for suffix, words in SUFFIXES.items():
            base = name[: -len(suffix)]
            if name.endswith(suffix) and (base in LABELS or base in MEASURES):
                return f"{self.label(base)} {words[self._index]}"
        if strict_labels() and not given:  # a column a user named (a --metrics file) is spelled out
            raise KeyError(f"no label for column {name!r} in partnernet.language.labels.LABELS")
        return name.replace("_", " ")

    def measure(self, value):
        """A measure that names a row (what-if's ``pairs_connected``, hierarchy's ``max_depth``) in words:
        :data:`~.labels.MEASURES`, else its column label, else the vocabulary value; never a bare code.

        >>> get("nl").measure("pairs_connected"), get("en").measure("overloaded_organisations")
        ('verbonden paren', 'overloaded organisations')
        """
        if not isinstance(value, str):
            return value
        pair = MEASURES.get(value) or LABELS.get(value)
        if pair:
            return pair[self._index]
        said = self.value(value) if self.lang == "nl" else self.code(value)
        return said.replace("_", " ") if said == value else said

    def level(self, value):
        """The level of a row (the network an actor or a link belongs to) in one form in every command:
        the plural, as ``--level`` says it (``organisaties``, ``persons``); other levels (a body's
        ``local``) as vocabulary values.

        >>> get("nl").level("persons"), get("en").level("organisations"), get("nl").level("local")
        ('personen', 'organisations', 'lokaal')
        """
        pair = LEVEL_WORDS.get(value) if isinstance(value, str) else None
        if pair:
            return pair[self._index]
        return self.value(value) if self.lang == "nl" else self.code(value)

    def value(self, value):
        """A vocabulary value in this language (names, ids and other values unchanged)."""
        if not isinstance(value, str):
            return value
        return (VALUES_NL if self.lang == "nl" else VALUES_EN).get(value, value)

    def code(self, value):
        """A machine code (:data:`~.labels.CODES`: ``no_table_left``, ``into_the_group``) in words of this
        language; other values unchanged (English keeps its typed-back vocabulary: ``bodies``, ``care``)."""
        pair = CODES.get(value) if isinstance(value, str) else None
        return pair[self._index] if pair else value

    def values(self, column: str, value):
        """``value`` translated when ``column`` holds vocabulary (or values put together from it:
        :data:`~.labels.COMPOSED_COLUMNS`), else unchanged."""
        if column in MEASURE_COLUMNS:
            return self.measure(value)
        if column == "level":
            return self.level(value)
        if column == "value" and isinstance(value, str):  # a measure's value that is a word (a level, a network)
            return self.measure(value)
        if column == "topic":
            pair = TOPICS.get(value) if isinstance(value, str) else None
            return pair[self._index] if pair else self.measure(value)
        if column in VALUE_COLUMNS:
            return self.value(value) if self.lang == "nl" else self.code(value)
        if column in COMPOSED_COLUMNS:
            return _composed(column, value, self)
        return value

    @staticmethod
    def translates(column) -> bool:
        """True when the values of ``column`` are vocabulary that :meth:`values` puts into words."""
        return (
            column in VALUE_COLUMNS
            or column in COMPOSED_COLUMNS
            or column in MEASURE_COLUMNS
            or column in ("topic", "value")
        )

    def number(self, value, decimals: int = 1) -> str:
        return _numbers().number(value, self.lang, decimals)

    def figure(self, value) -> str:
        return _numbers().figure(value, self.lang)

    def integer(self, value) -> str:
        return _numbers().integer(value, self.lang)

    def hours(self, value) -> str:
        return _numbers().hours(value, self.lang)

    def times(self, value) -> str:
        return _numbers().times(value, self.lang)

    def percent(self, value, decimals: int = 0) -> str:
        return _numbers().percent(value, self.lang, decimals)

    def date(self, value) -> str:
        return _numbers().date(value, self.lang)

    def yes_no(self, value) -> str:
        """A truth value in words (``ja``/``nee``, ``yes``/``no``)."""
        return _numbers().yes_no(bool(value), self.lang)

    def listing(self, items, limit: int = 6, separator: str | None = None) -> str:
        return _numbers().listing(items, self.lang, limit, separator)

    def display_name(
        self, land: Landscape, node, *, ids: bool = False, names: bool = False, sentence: bool = False
    ) -> str:
        """A node as users read it, in this language (:func:`.people.display_name`, the one display-name
        function): by name, a person by function and organisation; ``ids=True`` by id, a person 'name (id)'."""
        from .people import display_name

        return display_name(land, node, self.lang, ids=ids, names=names, sentence=sentence)

    @functools.cached_property
    def report(self):
        """The report's texts (:class:`.report.Texts`)."""
        from .report import Texts

        return Texts(self.lang)

    @functools.cached_property
    def map(self):
        """The map's words (:class:`.map.Words`)."""
        from .map import Words

        return Words(self.lang)

    def word(self, key: str, **values: Any) -> str:
        """A word of the intake workbook or the survey (:mod:`.intake`)."""
        from .intake import word

        return word(key, self.lang, **values)


def _composed(column: str, value, language: Language):
    """A value put together from vocabulary, in ``language``: a link's tie ``kinds`` (a list of kind codes,
    ``["advice", "information"]``: a list of words) or a community's ``groups`` (a dict of group -> count,
    ``{"administration": 6, "security": 4}``: a list "bestuur 6", "veiligheid 4", so that a terminal table
    cuts it by whole groups like every list). Text (a pair "bestuur / zorg" a view already said) unchanged."""
    if isinstance(value, dict):
        return [f"{language.value(group) if language.lang == 'nl' else group} {n}" for group, n in value.items()]
    if isinstance(value, (list, tuple)):
        return [language.value(kind) if language.lang == "nl" else language.code(kind) for kind in value]
    return value


def get(lang: str | None = None) -> Language:
    """The :class:`Language` of ``lang`` (``nl`` or ``en``; None: :func:`default_lang`)."""
    return _language(check_language(lang) if lang is not None else default_lang())


@functools.cache
def _language(lang: str) -> Language:
    return Language(lang)


__all__ = [
    "LANGUAGES",
    "LANG_VARIABLE",
    "STRICT_VARIABLE",
    "Lang",
    "Language",
    "check_language",
    "current_lang",
    "default_lang",
    "get",
    "resolve",
    "strict_labels",
]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
