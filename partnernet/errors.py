"""Problems found in the user's input, and the exceptions that carry them.

Every problem names where it is (file, row as the user sees it in Excel with
the header on row 1, and column), what is wrong, and what would fix it.
Errors stop loading; warnings are kept on the landscape and shown to the user.

The words live in :mod:`partnernet.language.errors` (Dutch and English, one key per message):
a problem or error keeps its stable machine ``code`` and the ``params`` its message was made
from, so tests and support can match it whatever the language. The text is said in the
language of the running command (``--lang``), else ``$PARTNERNET_LANG`` (default Dutch).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, Final, Literal, TypeAlias
from dataclasses import dataclass, field

#: How bad a problem is: an error stops the loading, a warning is reported and the data kept.
Severity: TypeAlias = Literal["error", "warning"]
ERROR: Final = "error"
WARNING: Final = "warning"


class Place(str):
    """Where a problem is, as said to people (``"wf.xlsx, blad 'persons'"``), keeping its parts for machines:
    ``file`` the file's path (as reached from the path the user gave) and ``sheet`` the sheet (or table)
    inside it, None for a plain file."""

    file: str | None
    sheet: str | None

    def __new__(cls, text: str, file: str | None, sheet: str | None = None) -> Place:
        made = super().__new__(cls, text)
        made.file, made.sheet = file, sheet
        return made


def place(key: str, file: str | None, sheet: str | None = None, *, path: str | None = None, **params: Any) -> Place:
    """The place ``key`` of :mod:`partnernet.language.problems` (``label.sheet``...) for ``file`` and ``sheet``;
    ``path``: the file's path for machines when the words name the file otherwise (by its name)."""
    from .language.errors import message

    return Place(message(key, file=file, sheet=sheet, **params), path or file, sheet)


#: The fields of a problem in machine output (``validate --format csv|json``), in order.
MACHINE_FIELDS = ("severity", "code", "file", "sheet", "row", "column", "message", "fix", "params")


@dataclass(frozen=True)
class Problem:
    """One error or warning about the input.

    ``code`` is a stable machine-readable class (``"unknown_reference"``,
    ``"duplicate_id"``, ...) and ``params`` the values its message was made from
    (name, value pairs); the other fields are for people. Make one with
    :meth:`of`, which takes the message and its fix from :mod:`partnernet.language.errors`.

    Examples
    --------
    >>> import partnernet as pn
    >>> try:
    ...     pn.load("tests/fixtures/typo")
    ... except pn.InputError as error:
    ...     problem = error.problems[0]
    >>> problem.severity, problem.code, problem.file, problem.row, problem.column
    ('error', 'unknown_reference', 'tests/fixtures/typo/memberships.csv', 11, 'body')
    """

    severity: Severity
    code: str
    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    fix: str | None = None
    rows: tuple[int, ...] = field(default=(), compare=False)
    unit: str = "row"
    params: tuple[tuple[str, object], ...] = field(default=(), compare=False)
    #: The message's key in :mod:`partnernet.language.errors`, to say it again in another language.
    key: str | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        severity: Severity,
        code: str,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        *,
        key: str | None = None,
        rows: Iterable[int] = (),
        unit: str = "row",
        **params: Any,
    ) -> Problem:
        """The problem ``code`` with its message (and fix) ``key`` (default: the code) filled with ``params``."""
        from .language.errors import fix_of, message

        key = key or code
        return cls(
            severity,
            code,
            message(key, **params),
            file,
            None if row is None else int(row),
            column,
            fix_of(key, **params),
            tuple(int(r) for r in rows),
            unit,
            tuple(params.items()),
            key,
        )

    @property
    def location(self) -> str:
        from .language.errors import message

        parts = []
        if self.file:
            parts.append(self.file)
        if self.row is not None:
            parts.append(message(f"where.{self.unit}", n=self.row))
        if self.column:
            parts.append(message("where.column", name=self.column))
        return ", ".join(parts)

    def __str__(self) -> str:
        from .language.errors import message

        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.fix:
            text += " " + message("where.fix", fix=self.fix)
        return text

    def to_dict(self) -> dict[str, str | int | None]:
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "fix": self.fix,
        }

    def to_machine(self) -> dict[str, object]:
        """The problem as data, the same in every language (``validate --format csv|json``).

        ``message`` and ``fix`` are said in English (stable, like every machine value), ``file`` is the
        file's path as reached from the path the user gave (its name alone once pseudonymised) and ``sheet``
        the sheet or table inside it (None for a plain file or a graph file), ``params``
        the simple values the message was made from. Make the problem while English is spoken
        (:func:`partnernet.language.langs.speaking`) so that values put into words are English too.
        """
        from .language.errors import fix_of, message

        key = self.key
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params if _simple(v)}
        return {
            "severity": self.severity,
            "code": self.code,
            "file": getattr(self.file, "file", self.file),
            "sheet": getattr(self.file, "sheet", None),
            "row": self.row,
            "column": self.column,
            "message": message(key, "en", **dict(self.params)) if key is not None else self.message,
            "fix": fix_of(key, "en", **dict(self.params)) if key is not None else self.fix,
            "params": params,
        }


def _simple(value) -> bool:
    """A value machine output keeps as it is: None, text, a number, or a list of those (``allowed``)."""
    if isinstance(value, (list, tuple)):
        return all(_simple(item) and not isinstance(item, (list, tuple)) for item in value)
    return value is None or isinstance(value, (str, int, float, bool))


class PartnernetError(Exception):
    """Base class of the errors partnernet raises on purpose.

    Examples
    --------
    >>> import partnernet as pn
    >>> issubclass(pn.InputError, pn.PartnernetError), issubclass(pn.UsageError, pn.PartnernetError)
    (True, True)
    """


class InputError(PartnernetError):
    """The input cannot be used; ``problems`` lists every error found.

    ``code`` is the stable English code of the first error (of the first
    problem when none is an error), as :class:`UsageError` has one, so
    ``exc.code`` can be matched whatever the language; ``problems[i].code``
    gives every one. The message shows at most ``shown`` problems and says
    how many more there are, so one broken column does not flood the terminal.

    Examples
    --------
    >>> import partnernet as pn
    >>> try:
    ...     pn.load("no-such-folder")
    ... except pn.InputError as error:
    ...     print(error.code, len(error.errors))
    missing_file 1
    """

    shown = 25

    def __init__(self, problems: list[Problem] | Problem):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        first = next(iter(self.errors or self.problems), None)
        self.code: str | None = first.code if first is not None else None
        super().__init__(self._text())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def _text(self) -> str:
        errors = self.errors or self.problems
        lines = [str(p) for p in errors[: self.shown]]
        if len(errors) > self.shown:
            from .language.errors import message

            lines.append(message("more_errors", n=len(errors) - self.shown))
        return "\n".join(lines)


class UsageError(PartnernetError, ValueError):
    """A call that cannot work as asked (unknown id, option out of range, nothing to do): a ValueError.

    The API raises it for a bad argument, and the CLI says the same error (exit 2): a check lives in the
    API function, not in the command.

    ``UsageError(code, **params)``: the message ``code`` of :mod:`partnernet.language.errors`
    filled with ``params``, in the language of the running command or ``$PARTNERNET_LANG``;
    ``code`` and ``params`` stay on the error for programs. ``text=`` gives a message already
    put into words elsewhere in :mod:`partnernet.language` (the intake's own words).

    Examples
    --------
    >>> import partnernet as pn
    >>> try:
    ...     pn.centrality(pn.load("tests/fixtures/mini"), level="bodies")
    ... except pn.UsageError as error:
    ...     print(error.code, error.params["choices"])
    unknown_choice organisations, persons
    """

    def __init__(self, code: str, /, *, text: str | None = None, **params: Any):
        if text is None:
            from .language.errors import message

            text = message(code, **params)
        self.code = code
        self.params = params
        super().__init__(text)


def close_ids(value: str, ids, n: int = 5) -> list[str]:
    """Ids a mistyped ``value`` may have meant: those containing it (earliest match first), then similar ones."""
    ids = [str(i) for i in ids]
    text = str(value).lower()
    containing = sorted((i for i in ids if text in i.lower()), key=lambda i: i.lower().find(text))
    return list(dict.fromkeys(containing + difflib.get_close_matches(str(value), ids, n=n, cutoff=0.5)))[:n]


from ._public import public_dir

__all__ = [
    "Severity",
    "ERROR",
    "WARNING",
    "Place",
    "place",
    "MACHINE_FIELDS",
    "Problem",
    "PartnernetError",
    "InputError",
    "UsageError",
    "close_ids",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
