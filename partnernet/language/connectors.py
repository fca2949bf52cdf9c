"""Words for connectors (:func:`partnernet.connectors`): an actor's brokerage role in a phrase.

>>> role_label("care", "itinerant", [("care", "security")], "en")
'connector between care and security'
>>> role_label("care", "itinerant", [("care", "security")], "nl")
'verbinder tussen zorg en veiligheid'
"""

from __future__ import annotations

import pandas as pd

from .langs import Lang, resolve
from . import get
from .labels import LABELS
from .numbers import isolate, listing

#: key -> (Dutch, English), with {placeholders}.
WORDS: dict[str, tuple[str, str]] = {
    "coordinator": ("coördinator binnen {group}", "coordinator within {group}"),
    "none": ("geen makelaarsrol", "no brokerage"),
    "connector": ("verbinder tussen {group} en {others}", "connector between {group} and {others}"),
    "liaison": ("schakel tussen {a} en {b}", "liaison between {a} and {b}"),
    "liaisons": ("schakel tussen {pairs}", "liaison between {pairs}"),
    # why an organisation has no connector (the codes of ``coverage["reason"]``): the organisation itself first
    "no_registered_persons": (
        "zelf geen verbinder; geen personen in het register",
        "not a connector itself; no persons in the register",
    ),
    "no_seated_persons": (
        "zelf geen verbinder; haar personen zitten aan geen tafel",
        "not a connector itself; its persons sit at no table",
    ),
    "no_bridging_above_chance": (
        "noch de organisatie zelf, noch een van haar personen slaat vaker dan toeval een brug naar een ander {group}",
        "it and its persons bridge no {group} above chance",
    ),
    "no_domains": (
        "{group} onbekend of minder dan twee bekend: niet te bepalen of zij of haar personen een brug slaan",
        "{group} unknown or fewer than two known: whether it or its persons bridge cannot be determined",
    ),
}
#: The group word of ``no_bridging_above_chance`` per ``by`` (Dutch, English).
GROUP_WORDS = {
    **{by: LABELS[by] for by in ("domain", "regime", "level")},
    "communities": ("gemeenschap", "community"),
}


def _word(key: str, lang: str, **values) -> str:
    return WORDS[key][0 if lang == "nl" else 1].format(**{k: isolate(v) for k, v in values.items()})


#: Groups (or pairs of groups) a role phrase names before it counts the rest ("... en 2 andere").
ROLE_ITEMS = 2


def role_label(group: str, role: str, pairs: list[tuple[str, str]], lang: Lang | None = None) -> str:
    """A phrase from an actor's group, main role and bridged pairs of groups (most pairs first).

    "connector between care and security, justice and 2 others" when the actor
    links its own group to others (itinerant, boundary), "liaison between
    justice and security" when it mostly links two groups it is not part of
    ("liaison between justice/security and 3 others": more pairs of groups;
    lists cut by :func:`.numbers.listing`).
    """
    lang = resolve(lang)
    language = get(lang)
    name = language.value
    if not isinstance(role, str):  # no group (blank domain): no brokerage role
        return ""
    if role == "coordinator":
        return _word("coordinator", language.lang, group=name(group))
    if role == "none" or not pairs:
        return _word("none", language.lang)
    own = [b if a == group else a for a, b in pairs if group in (a, b)]  # a pair is sorted, not own group first
    if role != "liaison" and own:
        others = listing([name(o) for o in own], language.lang, limit=ROLE_ITEMS + 1)
        return WORDS["connector"][language._index].format(group=isolate(name(group)), others=others)
    liaisons = [(a, b) for a, b in pairs if group not in (a, b)] or pairs
    if len(liaisons) == 1:
        return _word("liaison", language.lang, a=name(liaisons[0][0]), b=name(liaisons[0][1]))
    said = listing([f"{name(a)}/{name(b)}" for a, b in liaisons], language.lang, limit=ROLE_ITEMS)
    return WORDS["liaisons"][language._index].format(pairs=said)


def reason(code, by: str = "domain", lang: Lang | None = None) -> str:
    """Why an organisation has no connector, from a code of ``coverage["reason"]`` (``""`` for none).

    >>> reason("no_bridging_above_chance", "regime", "en")
    'it and its persons bridge no regime above chance'
    """
    lang = resolve(lang)
    if not isinstance(code, str) or not code:
        return ""
    group = GROUP_WORDS.get(by, (by, by))[0 if lang == "nl" else 1]
    return _word(code, lang, group=group)


def reasons(table: pd.DataFrame, lang: Lang | None = None, by: str | None = None) -> pd.Series:
    """:func:`reason` for every row of a ``connectors()`` ``coverage`` or ``without_connector`` table;
    ``by`` defaults to the grouping column the table has (``domain``, ``regime``, ``level``, ...)."""
    lang = resolve(lang)
    by = by or next((c for c in GROUP_WORDS if c in table.columns), "domain")
    return pd.Series([reason(code, by, lang) for code in table["reason"]], index=table.index, name="reason")


def role_labels(table: pd.DataFrame, by: str, lang: Lang | None = None) -> pd.Series:
    """:func:`role_label` for every row of a ``connectors()`` ``organisations`` or ``persons`` table."""
    lang = resolve(lang)
    pairs = table["bridges"].map(lambda items: [tuple(item) for item in items])  # pairs (group_a, group_b)
    return pd.Series(
        [role_label(group, role, items, lang) for group, role, items in zip(table[by], table["main_role"], pairs)],
        index=table.index,
        name="label",
    )


from .._public import public_dir

__all__ = ["WORDS", "GROUP_WORDS", "ROLE_ITEMS", "role_label", "reason", "reasons", "role_labels"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
