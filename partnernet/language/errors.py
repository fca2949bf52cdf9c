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

from .langs import LANGUAGES, check_language, current_lang
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
    """The message ``key`` in ``lang`` (None: the running command's language), filled with ``params``."""
    table = catalogue(check_language(lang) if lang is not None else current_lang())
    if params.get("n") == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    return table[key].format(**params)


def fix_of(key: str, lang: str | None = None, **params: Any) -> str | None:
    """The fix of problem ``key`` (``key + ".fix"``), or None when it has none."""
    fix = f"{key}.fix"
    return message(fix, lang, **params) if fix in catalogue(lang or current_lang()) else None


def more_of(rows, lang: str | None = None) -> str:
    """`` (and 3 more rows)`` after a problem found on several rows; nothing for one row."""
    return message("more_rows", lang, n=len(rows) - 1) if len(rows) > 1 else ""


def either(items, lang: str | None = None) -> str:
    """``a or b or c`` (Dutch ``a of b of c``): the things a value could have been."""
    return message("or", lang).join(str(item) for item in items)


__all__ = ["LANGUAGES", "catalogue", "either", "fix_of", "message", "more_of", "NL", "EN"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
