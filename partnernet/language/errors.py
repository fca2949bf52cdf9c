"""Error and warning messages in Dutch and English: one key per message, the same keys and placeholders in both.

``message(key, lang=None, **params)`` fills one message; ``lang`` None is the language of the
running command (``--lang``), else ``$PARTNERNET_LANG`` (default Dutch). A key ending in
``_one`` is used instead of the plain key when ``n == 1``; ``key + ".fix"`` is the fix of a
problem. The loader's file/row/column problems are in :mod:`.problems`, those of reading a file's
bytes (encodings, what a library could not read) in :mod:`.reading`; the rest (the frame of
every error, usage errors of the API and the CLI) here. Errors keep a stable machine ``code``
(:class:`partnernet.errors.UsageError`, :class:`partnernet.errors.Problem`), so programs and tests
match the code, people read the message. A library's own (English) message is never shown: the
loader maps each exception to a key of :mod:`.reading`.

>>> message("unknown_choice", "nl", what="level", value="x", choices="a, b")
"onbekende waarde 'x' voor level; kies uit a, b."
>>> message("unknown_choice", "en", what="level", value="x", choices="a, b")
"unknown level 'x'; use one of a, b."
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import functools

from .langs import LANGUAGES, NAMED, check_language, current_lang
from .usage import EN as USAGE_EN
from .usage import NL as USAGE_NL

if TYPE_CHECKING:
    from typing import Any

#: The frame of every message: where a problem is, the error lines of the CLI.
NL: dict[str, str] = {
    "where.row": "rij {n}",
    "where.line": "regel {n}",
    "where.record": "record {n}",
    "where.edge": "lijn {n}",
    "where.node": "knoop {n}",
    "where.column": "kolom '{name}'",
    "where.fix": "Oplossing: {fix}",
    "or": " of ",
    "more_errors": "... en nog {n} fouten van dezelfde soorten.",
    "more_errors_one": "... en nog 1 fout van dezelfde soorten.",
    "cli.input": "Fout: deze invoer is niet bruikbaar ({n} problemen):",
    "cli.input_one": "Fout: deze invoer is niet bruikbaar (1 probleem):",
    "cli.internal": (
        "Interne fout: {kind}: {reason}\n"
        "Dit is een fout in partnernet. Voer de opdracht opnieuw uit met --debug direct na partnernet "
        "(partnernet --debug OPDRACHT ...) voor de traceback en stuur die mee met uw melding."
    ),
}
EN: dict[str, str] = {
    "where.row": "row {n}",
    "where.line": "line {n}",
    "where.record": "record {n}",
    "where.edge": "edge {n}",
    "where.node": "node {n}",
    "where.column": "column '{name}'",
    "where.fix": "Fix: {fix}",
    "or": " or ",
    "more_errors": "... and {n} more errors of the same kinds.",
    "more_errors_one": "... and 1 more error of the same kinds.",
    "cli.input": "Error: cannot use this input ({n} problems):",
    "cli.input_one": "Error: cannot use this input (1 problem):",
    "cli.internal": (
        "Internal error: {kind}: {reason}\n"
        "This is a bug in partnernet. Run the command again with --debug right after partnernet "
        "(partnernet --debug COMMAND ...) for the traceback and include it in your report."
    ),
}


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """Every message of ``lang``: the frame, usage errors and the loader's problems."""
    from . import problems, reading

    parts = (NL, USAGE_NL, problems.NL, reading.NL) if lang == "nl" else (EN, USAGE_EN, problems.EN, reading.EN)
    merged: dict[str, str] = {}
    for part in parts:
        merged.update(part)
    return merged


def message(key: str, lang: str | None = None, **params: Any) -> str:
    """The message ``key`` in ``lang`` (None: the running command's language), filled with ``params``.

    Params are data (a problem keeps them for machines, ``Problem.to_machine``) and are put into words here:
    a list or tuple as its items joined by ``, `` (``-`` for none; quoted for a param of
    :data:`QUOTED_LISTS`), ``more`` (how many more rows than the first, an int) as `` (and 3 more rows)``
    (nothing for 0).

    >>> message("unknown_value.fix", "en", allowed=["ct", "crime", "both"])
    'use one of: ct, crime, both.'
    """
    lang = check_language(lang) if lang is not None else current_lang()
    table = catalogue(lang)
    if params.get("n") == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    said = {name: _said(name, value, lang) for name, value in params.items()}
    return table[key].format(opt=NAMED, **said)  # {opt:--option|parameter=}: said as the caller typed it


#: List params whose items a message quotes (``columns found: 'id', 'naam'``: a header may be odd).
QUOTED_LISTS = frozenset({"found"})
#: List params a message cuts: the first so many items, then `` and 12 more`` (the param keeps them all).
SHOWN_ITEMS = {"ranges": 5, "lines": 10, "utf8": 10, "other": 10}


def _said(name: str, value, lang: str):
    """A param as a message says it (see :func:`message`); other values unchanged."""
    if name == "more" and isinstance(value, int) and not isinstance(value, bool):
        return message("more_rows", lang, n=value) if value > 0 else ""
    if isinstance(value, (list, tuple)):
        shown = SHOWN_ITEMS.get(name, len(value))
        items = [f"'{item}'" if name in QUOTED_LISTS else str(item) for item in value[:shown]]
        rest = message("and_more", lang, n=len(value) - shown) if len(value) > shown else ""
        return ", ".join(items) + rest if items else "-"
    return value


def fix_of(key: str, lang: str | None = None, **params: Any) -> str | None:
    """The fix of problem ``key`` (``key + ".fix"``), or None when it has none."""
    fix = f"{key}.fix"
    return message(fix, lang, **params) if fix in catalogue(lang or current_lang()) else None


def more_of(rows) -> int:
    """The ``more`` param of a problem found on ``rows``: how many rows after the first (0 for one row);
    :func:`message` says it as `` (and 3 more rows)``."""
    return max(len(rows) - 1, 0)


def either(items, lang: str | None = None) -> str:
    """``a or b or c`` (Dutch ``a of b of c``): the things a value could have been."""
    return message("or", lang).join(str(item) for item in items)


__all__ = [
    "LANGUAGES",
    "catalogue",
    "either",
    "fix_of",
    "message",
    "more_of",
    "NL",
    "EN",
    "QUOTED_LISTS",
    "SHOWN_ITEMS",
]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
