"""Which language: the two languages, the default (``$PARTNERNET_LANG``) and the language of the running command.

Light on purpose (no pandas): ``partnernet --help`` and every error message need it.
"""

from __future__ import annotations

import contextlib
import contextvars
import os

LANGUAGES = ("nl", "en")

#: Environment variable with the default language of every command and output.
LANG_VARIABLE = "PARTNERNET_LANG"

#: The ``--lang`` of the running command (set by the CLI); None outside a command.
_RUNNING: contextvars.ContextVar[str | None] = contextvars.ContextVar("partnernet_lang", default=None)


def check_language(lang: str) -> str:
    """``lang`` when it is ``nl`` or ``en``; otherwise a UsageError naming both."""
    if lang not in LANGUAGES:
        from ..errors import UsageError

        raise UsageError("unknown-language", value=repr(lang))
    return lang


def default_lang() -> str:
    """``$PARTNERNET_LANG`` when set (``nl`` or ``en``), else ``nl``; a UsageError for other values."""
    return check_language(os.environ.get(LANG_VARIABLE, "").strip().lower() or "nl")


def current_lang() -> str:
    """The language of messages now: the running command's ``--lang``, else :func:`default_lang`.

    An unusable ``$PARTNERNET_LANG`` gives Dutch here, so that the error about it can be said.
    """
    running = _RUNNING.get()
    if running is not None:
        return running
    value = os.environ.get(LANG_VARIABLE, "").strip().lower()
    return value if value in LANGUAGES else "nl"


@contextlib.contextmanager
def speaking(lang: str):
    """Messages (errors, warnings) in ``lang`` inside the ``with`` block; the CLI wraps each command in it."""
    token = _RUNNING.set(check_language(lang))
    try:
        yield lang
    finally:
        _RUNNING.reset(token)


@contextlib.contextmanager
def kept():
    """The running language as it was before the block when the block fails (a command that did not start)."""
    token = _RUNNING.set(_RUNNING.get())
    try:
        yield
    except BaseException:
        _RUNNING.reset(token)
        raise


def set_running(lang: str):
    """Make ``lang`` the running command's language; returns the token for :func:`reset_running`."""
    return _RUNNING.set(check_language(lang))


def reset_running(token) -> None:
    _RUNNING.reset(token)
