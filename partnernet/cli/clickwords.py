"""click's own words in the command's language, while a partnernet command runs.

Why this way: click says every word of its own through gettext at the moment it says it
(``_("Usage:")``, ``ngettext(...)`` in ``core.py``, ``parser.py``, ``types.py``, ``exceptions.py``,
``formatting.py``, ``decorators.py``, each module importing ``gettext``'s functions as ``_`` and
``ngettext``). Replacing those two names in click's modules with functions that look the message up
in :mod:`partnernet.language.click` catches every help line and every usage error click makes,
including those raised before our code runs (a bad option value, a missing argument), without
re-implementing click's formatter, context or exceptions. A process-wide gettext catalogue would need
``.mo`` files and the process' locale; this changes nothing outside a partnernet command: there the
functions call gettext as click would. The few words click does not pass through gettext (the names
of its value types, ``INTEGER``, "is not a valid integer"; the range ``x>=1``; ``[OPTIONS]``) are said
through :func:`install`'s type names and range description and the ``Worded`` commands' metavars.
Unknown words fall back to click's English; a click without these hooks keeps its English.
"""

from __future__ import annotations

import contextlib
import contextvars
import gettext as _gettext_module
import importlib

import click

from ..language import click as words
from ..language.langs import LANGUAGES, running_lang

#: The language of click's words in the partnernet command being parsed (from its ``--lang`` or the
#: environment); None outside a partnernet command.
_SAID: contextvars.ContextVar[str | None] = contextvars.ContextVar("partnernet_click_lang", default=None)

#: click's modules that say words through gettext.
MODULES = ("core", "exceptions", "formatting", "parser", "types", "decorators", "termui", "utils")


def said_lang() -> str | None:
    """The language click speaks now: the running command's ``--lang``, else that of the command line
    being parsed; None outside a partnernet command (click's own gettext)."""
    outer = _SAID.get()
    return None if outer is None else running_lang() or outer


@contextlib.contextmanager
def speaking(lang: str):
    """click's words in ``lang`` inside the block (the group's ``main`` wraps each command line in it)."""
    token = _SAID.set(lang if lang in LANGUAGES else "nl")
    try:
        yield
    finally:
        _SAID.reset(token)


def _(message: str) -> str:
    lang = said_lang()
    return _gettext_module.gettext(message) if lang is None else words.gettext(message, lang)


def ngettext(singular: str, plural: str, n: int) -> str:
    lang = said_lang()
    if lang is None:
        return _gettext_module.ngettext(singular, plural, n)
    return words.ngettext(singular, plural, n, lang)


class LowerName(str):
    """A type's name that stays in lower case: click says ``self.name.title()`` at the start of a path's
    error ("File 'x' does not exist."), which follows ``Invalid value for '--metrics':``; partnernet's
    error lines go on in lower case ("ongeldige waarde voor '--metrics': bestand 'x' bestaat niet.")."""

    def title(self) -> str:
        return str(self)


class TypeName:
    """The ``name`` of a click value type (``integer``), said in the running command's language.

    Put on click's type classes in place of their class attribute; a name set on an instance
    (``click.Path`` sets ``file``, ``directory`` or ``path``) is kept and said the same way.
    """

    def __init__(self, default: str | None):
        self.default = default

    def __get__(self, obj, owner=None):
        raw = obj.__dict__.get("_partnernet_name", self.default) if obj is not None else self.default
        lang = said_lang()
        return raw if lang is None or raw is None else LowerName(words.type_name(raw, lang))

    def __set__(self, obj, value) -> None:
        # click.Path names itself with _("file") when made: keep click's English word, said when read
        obj.__dict__["_partnernet_name"] = words.english_type(value)


def _describe_range(original):
    def describe(self) -> str:
        lang = said_lang()
        if self.min is None and self.max is None:
            return ""  # no bound to state (click would say "x<=None"); click leaves an empty range out
        if lang is None:
            return original(self)
        return words.describe_range(self.min, self.max, self.min_open, self.max_open, lang)

    describe.partnernet = True
    return describe


_INSTALLED: list[bool] = []


def install() -> None:
    """Route click's gettext calls, type names and range descriptions through :func:`said_lang` (once).

    Only click's own functions and names are replaced (a module whose ``_`` is not gettext's is left
    alone), so a click that says its words differently keeps its English instead of failing.
    """
    if _INSTALLED:
        return
    _INSTALLED.append(True)
    for name in MODULES:
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # pragma: no cover - a click without that module
            continue
        if getattr(module, "_", None) is _gettext_module.gettext:
            module._ = _  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is _gettext_module.ngettext:
            module.ngettext = ngettext  # type: ignore[attr-defined]
    types = importlib.import_module("click.types")
    for cls in vars(types).values():
        if isinstance(cls, type) and issubclass(cls, types.ParamType) and cls is not types.ParamType:
            own = cls.__dict__.get("name")
            if isinstance(own, str) or (own is None and cls.__name__ == "Path"):
                setattr(cls, "name", TypeName(own))  # noqa: B010 - a descriptor on click's class
    ranges = getattr(types, "_NumberRangeBase", None)
    describe = getattr(ranges, "_describe_range", None)
    if describe is not None and not getattr(describe, "partnernet", False):
        ranges._describe_range = _describe_range(describe)  # type: ignore[union-attr]


class EnvOption(click.Option):
    """An option read from an environment variable too, whose error hint says so in the command's
    language: click writes ``(env var: 'X')`` there without gettext; here it is ``env var: {var}``."""

    def get_error_hint(self, ctx: click.Context | None) -> str:
        result = click.Parameter.get_error_hint(self, ctx)
        if self.show_envvar and self.envvar:
            envvars = [self.envvar] if isinstance(self.envvar, str) else self.envvar
            result += " (" + _("env var: {var}").format(var=", ".join(f"'{var}'" for var in envvars)) + ")"
        return result


from .._public import public_dir

__all__ = ["MODULES", "said_lang", "speaking", "ngettext", "LowerName", "TypeName", "install", "EnvOption"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
