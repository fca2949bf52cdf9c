"""Numbers, percentages, dates and lists written per language (Dutch ``2,3``, English ``2.3``).

One formatter of each kind for every output: the report, the map and the CLI.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from .langs import LANGUAGES, check_language  # noqa: F401 - re-exported


#: Nouns counted in sentences: noun -> ((Dutch singular, plural), (English singular, plural)).
NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "organisation": (("organisatie", "organisaties"), ("organisation", "organisations")),
    "form": (("formulier", "formulieren"), ("form", "forms")),
    "person": (("persoon", "personen"), ("person", "persons")),
    "body": (("overleg", "overleggen"), ("body", "bodies")),
    "table": (("overleg", "overleggen"), ("table", "tables")),
    "member": (("deelnemer", "deelnemers"), ("member", "members")),
    "membership": (("deelname", "deelnames"), ("membership", "memberships")),
    "tie": (("relatie", "relaties"), ("tie", "ties")),
    "link": (("verbinding", "verbindingen"), ("link", "links")),
    "tie link": (("verbinding door een relatie", "verbindingen door relaties"), ("tie link", "tie links")),
    "pair": (("paar", "paren"), ("pair", "pairs")),
    "component": (("deel", "delen"), ("component", "components")),
    "crime body": (("criminaliteitsoverleg", "criminaliteitsoverleggen"), ("crime body", "crime bodies")),
    "shared body": (("gedeeld overleg", "gedeelde overleggen"), ("shared body", "shared bodies")),
    "crime-only organisation": (
        ("organisatie alleen bij criminaliteit", "organisaties alleen bij criminaliteit"),
        ("crime-only organisation", "crime-only organisations"),
    ),
    "organisation network": (
        ("netwerk van organisaties", "netwerk van organisaties"),
        ("organisation network", "organisation networks"),
    ),
    "person network": (("netwerk van personen", "netwerk van personen"), ("person network", "person networks")),
    "hour": (("uur", "uur"), ("hour", "hours")),
    "person-hour": (("persoonsuur", "persoonsuren"), ("person-hour", "person-hours")),
    "year": (("jaar", "jaar"), ("year", "years")),
}
#: Nouns whose count is a number of hours: written by :func:`hours` (always one decimal).
HOUR_NOUNS = ("hour", "person-hour")


def noun(n, word: str, lang: str) -> str:
    """``word`` (a key of :data:`NOUNS`) in the singular when ``n`` is written as 1, else the plural.

    >>> noun(1, "table", "en"), noun(2, "table", "en"), noun(1.5, "hour", "en"), noun(2, "hour", "nl")
    ('table', 'tables', 'hours', 'uur')
    """
    forms = NOUNS[word][0 if lang == "nl" else 1]
    return forms[0] if _written_as_one(n, word, lang) else forms[1]


def counted(n, word: str, lang: str) -> str:
    """A count and its noun, singular for one: the one way every output writes 'N things'.

    Whole counts are written as :func:`integer`, hours as :func:`hours` (``46,0``, ``46,7``).

    >>> counted(1, "table", "nl"), counted(9, "table", "nl"), counted(1, "hour", "en"), counted(46.66, "hour", "en")
    ('1 overleg', '9 overleggen', '1.0 hours', '46.7 hours')
    >>> counted(1, "member", "en"), counted(1200, "member", "nl")
    ('1 member', '1.200 deelnemers')
    """
    value = hours(n, lang) if word in HOUR_NOUNS else integer(n, lang)
    return f"{value} {noun(n, word, lang)}"


def _written_as_one(n, word: str, lang: str) -> bool:
    if _missing(n):
        return False
    return (hours(n, lang) if word in HOUR_NOUNS else integer(n, lang)) == "1"


def figure(value, lang: str) -> str:
    """A figure in a sentence: integers without decimals, others with at most three, no trailing zeros,
    thousands separated as :func:`number` does; 'onbekend' / 'unknown' when missing.

    >>> figure(2.30, "nl"), figure(2.3456, "en"), figure(4.0, "en"), figure(1234.5, "nl"), figure(None, "en")
    ('2,3', '2.346', '4', '1.234,5', 'unknown')
    """
    if _missing(value):
        return "onbekend" if lang == "nl" else "unknown"
    value = float(value)
    if value.is_integer():
        return number(value, lang, 0)
    return number(value, lang, 3).rstrip("0").rstrip(",." if lang == "nl" else ".")


def number(value, lang: str, decimals: int = 1) -> str:
    """``2.3`` as ``2,3`` in Dutch and ``2.3`` in English, with thousands separators.

    >>> number(1234.5, "nl"), number(1234.5, "en"), number(float("nan"), "nl")
    ('1.234,5', '1,234.5', '–')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    if isinstance(value, bool):
        return yes_no(value, lang)
    text = f"{float(value):,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def yes_no(value: bool, lang: str) -> str:
    """A truth value in words: ``ja``/``nee`` in Dutch, ``yes``/``no`` in English.

    >>> yes_no(True, "nl"), yes_no(False, "en")
    ('ja', 'no')
    """
    return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")


def integer(value, lang: str) -> str:
    return number(value, lang, 0)


def count(value, lang: str) -> str:
    """A whole count: never decimals (``115``, not ``115,000``); ``–`` when missing.

    >>> count(115.0, "nl"), count(1200, "nl"), count(1200, "en")
    ('115', '1.200', '1,200')
    """
    return integer(value, lang)


def hours(value, lang: str) -> str:
    """Hours with one decimal, whole ones too (``82,1``, ``46,0``): prose writes them as the tables do
    (the ``hours`` column format), so "46,0 uur" in a sentence stands for "46,0" in its table.

    >>> hours(82.083, "nl"), hours(46.0, "nl"), hours(46.66, "en")
    ('82,1', '46,0', '46.7')
    """
    if _missing(value):
        return "–"
    return number(round(float(value), 1), lang, 1)


def times(value, lang: str) -> str:
    """A ratio as a multiple: ``2,3 keer`` / ``2.3 times`` (one decimal).

    >>> times(2.3, "nl"), times(1.06, "en")
    ('2,3 keer', '1.1 times')
    """
    if _missing(value):
        return "–"
    return number(value, lang, 1) + (" keer" if lang == "nl" else " times")


def mixed(value, lang: str, decimals: int = 3) -> str:
    """A column of mixed measures (counts beside shares): whole values whole, others with ``decimals``.

    >>> mixed(115.0, "nl"), mixed(0.0213, "nl")
    ('115', '0,021')
    """
    if _missing(value) or isinstance(value, bool):
        return number(value, lang)
    return integer(value, lang) if float(value).is_integer() else number(value, lang, decimals)


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def percent(value, lang: str, decimals: int = 0) -> str:
    """``0.25`` -> "25%"; missing -> "–"; a word that stands in for a share ("nieuw overleg") unchanged."""
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    return number(100 * float(value), lang, decimals) + "%"


def date(value, lang: str) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return "–"
    stamp = pd.Timestamp(value)
    return stamp.strftime("%d-%m-%Y") if lang == "nl" else stamp.strftime("%Y-%m-%d")


#: Unicode's explicit bidi controls (embeddings, overrides, isolates and their ends; UAX #9).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def isolate(value):
    """A user string holding a bidi control (a U+202E in a name) wrapped in FSI ... PDI, the plain-text
    ``<bdi>``: whatever it opens ends with it, so it cannot reverse the rest of the sentence (in HTML,
    Markdown and xlsx alike). Other values (numbers, plain names) are returned unchanged."""
    if isinstance(value, str) and BIDI_CONTROLS.search(value):
        return "\u2068" + value + "\u2069"
    return value


def list_separator(items) -> str:
    """'; ' when any item holds a comma (so "OM, Parket; b" still reads as two), else ', '."""
    return "; " if any("," in str(i) for i in items) else ", "


def listing(items, lang: str, limit: int = 6, separator: str | None = None) -> str:
    """'a, b en c' / 'a, b and c'; longer lists end with 'en N andere' / 'and N others'.

    Each item is bidi-isolated (:func:`isolate`). When any item holds a comma ("Openbaar Ministerie,
    Parket Veldland"), items are separated by '; ' so that a reader can still count them; ``separator``
    fixes it (the report lists every set of names with '; ', so that no two findings differ).

    >>> listing(["a", "b", "c"], "en"), listing(["OM, Parket", "b", "c"], "nl")
    ('a, b and c', 'OM, Parket; b en c')
    """
    items = [isolate(str(i)) for i in items]
    separator = separator or list_separator(items)
    word = "en" if lang == "nl" else "and"
    if len(items) > limit:
        rest = len(items) - limit + 1
        count = integer(rest, lang)
        others = f"{count} andere" if lang == "nl" else f"{count} others"
        items = items[: limit - 1] + [others]
    if len(items) <= 1:
        return "".join(items)
    return f"{separator.join(items[:-1])} {word} {items[-1]}"


def path(items) -> str:
    """A chain of ids read in order, as a terminal line writes it: 'weeg -> casus -> top' (each bidi-isolated).

    >>> path(["weeg", "casus", "top"])
    'weeg -> casus -> top'
    """
    return " -> ".join(str(isolate(str(i))) for i in items)


#: Decimals of the table formats that write a number with a fixed number of decimals.
_FIXED = {"int": 0, "hours": 1, **{str(d): d for d in range(10)}}
_DUTCH = str.maketrans(",.", ".,")  # 1,234.5 -> 1.234,5


def cells(values, fmt: str, lang: str) -> list[str]:
    """``[cell(v, fmt, lang) for v in values]`` for a whole column (a Series or list) at once.

    A column of floats or integers in a numeric format is written with one ``format`` a value
    and no per-value dispatch (report tables and map tooltips format hundreds of thousands of
    cells); any other column goes cell by cell.
    """
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    kind = series.dtype.kind
    if series.dtype == bool:  # two values: each written once
        written = {value: cell(value, fmt, lang) for value in (False, True)}
        return [written[value] for value in series.tolist()]
    if kind == "O" and fmt in ("", "text"):
        texts = series.tolist()
        if all(type(text) is str for text in texts):  # names and words: cell() is isolate(text)
            return texts if not BIDI_CONTROLS.search("\n".join(texts)) else [isolate(text) for text in texts]
    if kind not in "fiu" or not (fmt in _FIXED or fmt in ("percent", "mixed", "", "text")):
        return [cell(v, fmt, lang) for v in series.tolist()]
    numbers = series.to_numpy(dtype=float, na_value=np.nan)
    whole = np.isfinite(numbers) & (numbers == np.round(numbers))
    if fmt in _FIXED:
        decimals = np.full(len(numbers), _FIXED[fmt])
    elif fmt == "percent":
        numbers, decimals = numbers * 100, np.zeros(len(numbers), int)
    elif fmt == "mixed":
        decimals = np.where(whole, 0, 3)
    else:  # no format: integers whole, other floats with two decimals (as cell)
        decimals = np.where(whole | (kind in "iu"), 0, 2)
    specs = {d: f",.{d}f" for d in set(decimals.tolist())}
    texts = [
        "–" if value != value else format(value, specs[d]) for value, d in zip(numbers.tolist(), decimals.tolist())
    ]
    if lang == "nl":
        texts = [t.translate(_DUTCH) for t in texts]
    if fmt == "percent":
        texts = [t if t == "–" else t + "%" for t in texts]
    return texts


def cell(value, fmt: str, lang: str) -> str:
    """One table cell as text in the report's language."""
    if isinstance(value, np.bool_):
        value = bool(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(isolate(str(v)) for v in value)
    if fmt == "percent":
        return percent(value, lang)
    if fmt == "date":
        return date(value, lang)
    if fmt == "int":
        return integer(value, lang)
    if fmt == "mixed":
        return mixed(value, lang)
    if fmt == "hours":  # a column of hours: one decimal on every row, so 46,0 stands under 26,5
        return number(value, lang, 1)
    if fmt.isdigit():
        return number(value, lang, int(fmt))
    if isinstance(value, bool):
        return number(value, lang)
    if isinstance(value, float):
        return number(value, lang, 0 if value.is_integer() else 2)
    if isinstance(value, int):
        return integer(value, lang)
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return isolate(str(value))


def signed(value, lang: str, decimals: int = 1) -> str:
    """A change with its sign, always: ``+1,5`` / ``-0,3`` (a decimal comma in Dutch), as :func:`number`.

    >>> signed(1.5, "nl"), signed(-0.25, "en", 2), signed(1234, "en", 0)
    ('+1,5', '-0.25', '+1,234')
    """
    text = number(value, lang, decimals)
    return text if _missing(value) or text.startswith("-") else "+" + text


from .._public import public_dir

__all__ = [
    "NOUNS",
    "HOUR_NOUNS",
    "noun",
    "counted",
    "figure",
    "number",
    "yes_no",
    "integer",
    "count",
    "hours",
    "times",
    "mixed",
    "percent",
    "date",
    "BIDI_CONTROLS",
    "isolate",
    "list_separator",
    "listing",
    "path",
    "cells",
    "cell",
    "signed",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
