"""Plain wording shared by the sentences about what-if, compare and layers results, in Dutch and English.

Numbers, counts and lists come from :mod:`.numbers` (one formatter of each kind); this module only picks
a phrase per language and names nodes by id.

>>> pick("nl", "ja", "yes"), named(["a", "b", "c", "d", "e"], None, lang="nl")
('ja', 'a, b, c en 2 andere')
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from .langs import Lang, resolve
from .numbers import isolate, listing

if TYPE_CHECKING:
    from ..landscape import Landscape
    from typing import Any

LISTED = 4  # items of a list in a sentence: three ids, then "and N others" (:func:`.numbers.listing`)


#: The possessive of each kind of actor and node, as Dutch grammar gives it: a de-word that is feminine
#: takes 'haar' (de organisatie: haar personen), a het-word and a masculine de-word take 'zijn' (het
#: overleg: zijn deelnemers; de persoon, de knoop: zijn cijfers). English: its, or their for a person.
POSSESSIVES: dict[str, tuple[str, str]] = {
    "organisation": ("haar", "its"),
    "body": ("zijn", "its"),
    "person": ("zijn", "their"),
    "node": ("zijn", "its"),
}


def its(noun: str, lang: str) -> str:
    """The possessive of ``noun`` (organisation, body, person, node): ``its("organisation", "nl")`` is 'haar'.

    >>> its("organisation", "nl"), its("body", "nl"), its("person", "en")
    ('haar', 'zijn', 'their')
    """
    return POSSESSIVES[noun][0 if lang == "nl" else 1]


def pick(lang: str, nl: str, en: str) -> str:
    """The Dutch or the English wording of one phrase."""
    return nl if lang == "nl" else en


def one(node_id, land: Landscape, *details: Any) -> str:
    """'id (Name; detail, detail)', leaving out what is unknown (``land`` None: the id alone)."""
    name = land.name_of(node_id) if land is not None else node_id
    words = [w for w in (isolate(name) if name != node_id else None, ", ".join(isolate(d) for d in details if d)) if w]
    return f"{node_id} ({'; '.join(words)})" if words else str(node_id)


def named(ids, land: Landscape, limit: int = LISTED, lang: Lang | None = None) -> str:
    """'a (Name A), b (Name B), c (Name C) and 2 others' (:func:`.numbers.listing`)."""
    lang = resolve(lang)
    return listing([one(i, land) for i in ids], lang, limit)


from .._public import public_dir

__all__ = ["LISTED", "pick", "one", "named", "POSSESSIVES", "its"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
