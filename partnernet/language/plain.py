"""Plain wording shared by the sentences about what-if, compare and layers results, in Dutch and English.

>>> count(1, "body", "nl"), count(3, "body", "en"), listed(["a", "b", "c", "d"], lang="nl")
('1 overleg', '3 bodies', 'a, b, c en nog 1')
>>> number(2.5, "nl"), fixed(1.25, 1, "en"), fixed(-3, 1, "nl", sign=True)
('2,5', '1.2', '-3,0')
"""

from __future__ import annotations

import pandas as pd

from .numbers import list_separator

LISTED = 3  # ids named in a sentence before "and N more"

#: Nouns counted in sentences: noun -> ((Dutch singular, plural), (English singular, plural)).
NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "organisation": (("organisatie", "organisaties"), ("organisation", "organisations")),
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
}


def pick(lang: str, nl: str, en: str) -> str:
    """The Dutch or the English wording of one phrase."""
    return nl if lang == "nl" else en


def noun(n: int, word: str, lang: str = "en") -> str:
    """``word`` (a key of :data:`NOUNS`) in the singular for 1, else the plural."""
    forms = NOUNS[word][0 if lang == "nl" else 1]
    return forms[0] if n == 1 else forms[1]


def count(n: int, word: str, lang: str = "en") -> str:
    """'1 person', '3 persons'; '1 persoon', '3 personen'."""
    return f"{n} {noun(n, word, lang)}"


def listed(parts, limit: int = LISTED, lang: str = "en") -> str:
    """'a, b, c and 4 more' (or 'a and b'); Dutch 'a, b, c en nog 4'."""
    parts = list(parts)
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
    words = [w for w in (name if name != node_id else None, ", ".join(d for d in details if d)) if w]
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
