"""Plain wording shared by the sentences about what-if, compare and layers results, in Dutch and English.

>>> count(1, "body", "nl"), count(3, "body", "en"), listed(["a", "b", "c", "d"], lang="nl")
('1 overleg', '3 bodies', 'a, b, c en nog 1')
>>> number(2.5, "nl"), fixed(1.25, 1, "en"), fixed(-3, 1, "nl", sign=True)
('2,5', '1.2', '-3,0')
"""

from __future__ import annotations

import pandas as pd

from .numbers import NOUNS, isolate, list_separator  # noqa: F401 - NOUNS: the one table of counted nouns
from .numbers import counted as _counted
from .numbers import noun as _noun

LISTED = 3  # ids named in a sentence before "and N more"


def pick(lang: str, nl: str, en: str) -> str:
    """The Dutch or the English wording of one phrase."""
    return nl if lang == "nl" else en


def noun(n: int, word: str, lang: str = "en") -> str:
    """``word`` (a key of :data:`.numbers.NOUNS`) in the singular for 1, else the plural."""
    return _noun(n, word, lang)


def count(n: int, word: str, lang: str = "en") -> str:
    """'1 person', '3 persons'; '1 persoon', '3 personen' (:func:`.numbers.counted`)."""
    return _counted(n, word, lang)


def listed(parts, limit: int = LISTED, lang: str = "en") -> str:
    """'a, b, c and 4 more' (or 'a and b'); Dutch 'a, b, c en nog 4'."""
    parts = [isolate(p) for p in parts]
    word, separator = pick(lang, "en", "and"), list_separator(parts)
    if len(parts) > limit:
        more = pick(lang, f"nog {len(parts) - limit}", f"{len(parts) - limit} more")
        return separator.join(parts[:limit]) + f" {word} {more}"
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else separator.join(parts[:-1]) + f" {word} " + parts[-1]


def one(node_id, land, *details) -> str:
    """'id (Name; detail, detail)', leaving out what is unknown."""
    name = land.name_of(node_id)
    words = [w for w in (isolate(name) if name != node_id else None, ", ".join(isolate(d) for d in details if d)) if w]
    return f"{node_id} ({'; '.join(words)})" if words else str(node_id)


def named(ids, land, limit: int = LISTED, lang: str = "en") -> str:
    """'a (Name A), b (Name B) and 2 more'."""
    return listed([one(i, land) for i in ids], limit, lang)


def number(value, lang: str = "en") -> str:
    """A figure as text: integers without decimals, others with at most three ('unknown' for NaN)."""
    if pd.isna(value):
        return pick(lang, "onbekend", "unknown")
    value = float(value)
    text = str(int(value)) if value.is_integer() else f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "nl" else text


def fixed(value, decimals: int, lang: str = "en", sign: bool = False) -> str:
    """``value`` with exactly ``decimals`` decimals (a decimal comma in Dutch); ``sign``: always + or -."""
    text = f"{float(value):{'+' if sign else ''}.{decimals}f}"
    return text.replace(".", ",") if lang == "nl" else text


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 person', '3 persons' (``plural`` for irregular words: 'bodies'); English words given as such."""
    return f"{n} {word if n == 1 else plural or word + 's'}"
