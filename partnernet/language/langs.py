"""Which language: the two languages, the default (``$PARTNERNET_LANG``) and the language of the running command.

Light on purpose (no pandas): ``partnernet --help`` and every error message need it.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from typing import Literal, TYPE_CHECKING, cast

from ..errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextvars import Token
    from typing import Any

#: A language of every output: Dutch or English (the type of every public ``lang`` parameter).
Lang = Literal["nl", "en"]

LANGUAGES: tuple[Lang, ...] = ("nl", "en")

#: Environment variable with the default language of every command and output.
LANG_VARIABLE = "PARTNERNET_LANG"

#: The ``--lang`` of the running command (set by the CLI); None outside a command.
_RUNNING: contextvars.ContextVar[str | None] = contextvars.ContextVar("partnernet_lang", default=None)


class LanguageError(UsageError, ValueError):
    """An unknown language (``lang=``, ``--lang`` or ``$PARTNERNET_LANG``): a :class:`partnernet.UsageError`
    (code ``unknown_language``; words in :mod:`.usage`, key ``unknown_language``, or
    ``unknown_language_option`` naming the option, ``unknown_language_variable`` naming the variable) and a
    ValueError.

    Said in the running command's language, else that of ``$PARTNERNET_LANG``, else Dutch.
    """

    def __init__(self, key: str = "unknown_language", /, **params: Any):
        from .errors import message

        super().__init__("unknown_language", text=message(key, spoken_lang(), **params), **params)


def check_language(lang: str) -> Lang:
    """``lang`` as ``nl`` or ``en`` (any case, spaces around ignored); otherwise a :class:`LanguageError`
    (a ValueError and a UsageError) naming both.

    >>> check_language(" EN ")
    'en'
    """
    value = lang.strip().lower() if isinstance(lang, str) else lang
    if value not in LANGUAGES:
        raise LanguageError("unknown_language", value=repr(lang))
    return cast(Lang, value)


def resolve(lang: str | None) -> Lang:
    """A public function's ``lang``: ``nl`` or ``en`` (any case, spaces around ignored); None, the running
    language (:func:`current_lang`: ``--lang``, else ``$PARTNERNET_LANG``, else Dutch). Any other value
    raises :class:`partnernet.UsageError` (code ``unknown_choice``, choices nl, en).

    >>> resolve("EN")
    'en'
    """
    if lang is None:
        return current_lang()
    value = lang.strip().lower() if isinstance(lang, str) else lang
    if value not in LANGUAGES:
        raise UsageError("unknown_choice", what="lang", value=lang, choices=", ".join(LANGUAGES))
    return cast(Lang, value)


def _variable() -> str | None:
    """``$PARTNERNET_LANG`` as given (None when unset or empty)."""
    value = os.environ.get(LANG_VARIABLE, "")
    return value if value.strip() else None


def _variable_usable() -> bool:
    value = _variable()
    return value is None or value.strip().lower() in LANGUAGES


def variable_problem() -> LanguageError | None:
    """The error about ``$PARTNERNET_LANG`` when it is set to something that is not nl or en (any case)."""
    if _variable_usable():
        return None
    return LanguageError("unknown_language_variable", variable=LANG_VARIABLE, value=repr(_variable()))


def default_lang() -> Lang:
    """``$PARTNERNET_LANG`` when set (``nl`` or ``en``, any case), else ``nl``.

    Any other value raises :class:`LanguageError` (a ValueError) naming the variable and the two
    languages: a mistyped language is never silently replaced by Dutch.
    """
    problem = variable_problem()
    if problem is not None:
        raise problem
    value = _variable()
    return cast(Lang, value.strip().lower()) if value is not None else "nl"


def running_lang() -> str | None:
    """The ``--lang`` of the running command; None outside a command."""
    return _RUNNING.get()


def current_lang() -> Lang:
    """The language of messages now: the running command's ``--lang``, else :func:`default_lang`
    (which raises :class:`LanguageError` for an unusable ``$PARTNERNET_LANG``)."""
    running = _RUNNING.get()
    return cast(Lang, running) if running is not None else default_lang()


def spoken_lang() -> str:
    """As :func:`current_lang`, but Dutch for an unusable ``$PARTNERNET_LANG``: the language in which
    the CLI says its help and the error about that variable."""
    running = _RUNNING.get()
    if running is not None:
        return running
    return default_lang() if _variable_usable() else "nl"


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[str]:
    """Messages (errors, warnings) in ``lang`` inside the ``with`` block; the CLI wraps each command in it."""
    token = _RUNNING.set(check_language(lang))
    try:
        yield lang
    finally:
        _RUNNING.reset(token)


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """The running language as it was before the block when the block fails (a command that did not start)."""
    token = _RUNNING.set(_RUNNING.get())
    try:
        yield
    except BaseException:
        _RUNNING.reset(token)
        raise


def set_running(lang: str) -> Token[str | None]:
    """Make ``lang`` the running command's language; returns the token for :func:`reset_running`."""
    return _RUNNING.set(check_language(lang))


def reset_running(token: Token[str | None]) -> None:
    _RUNNING.reset(token)


#: Whether a partnernet command runs (``partnernet ...`` sets it for the whole command line): then a
#: message names the command's options (``--bodies``), else the API's parameters (``bodies=``).
_COMMAND: contextvars.ContextVar[bool] = contextvars.ContextVar("partnernet_command", default=False)


def in_command() -> bool:
    """Whether a command of the CLI runs (its messages name options, not parameters)."""
    return _COMMAND.get()


@contextlib.contextmanager
def commanding() -> Iterator[None]:
    """Messages name the CLI's options inside the ``with`` block: the CLI wraps each command line in it."""
    token = _COMMAND.set(True)
    try:
        yield
    finally:
        _COMMAND.reset(token)


class _Named:
    """``{opt:--bodies|bodies=}`` in a message: the part before ``|`` while a command runs (the option
    a user typed), the part after it in the API (the parameter a program passed). One message, raised
    from the API whoever called it, so a program is never told of an option it has not got."""

    def __format__(self, spec: str) -> str:
        command, bar, api = spec.partition("|")
        return command if not bar or in_command() else api


#: What every message template of :mod:`partnernet.language` gets as ``opt``.
NAMED = _Named()


from .._public import public_dir

__all__ = [
    "Lang",
    "LANGUAGES",
    "LANG_VARIABLE",
    "LanguageError",
    "check_language",
    "resolve",
    "variable_problem",
    "default_lang",
    "running_lang",
    "current_lang",
    "spoken_lang",
    "speaking",
    "kept",
    "set_running",
    "reset_running",
    "in_command",
    "commanding",
    "NAMED",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
