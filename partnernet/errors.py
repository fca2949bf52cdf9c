"""Problems found in the user's input, and the exceptions that carry them.

Every problem names where it is (file, row as the user sees it in Excel with
the header on row 1, and column), what is wrong, and what would fix it.
Errors stop loading; warnings are kept on the landscape and shown to the user.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One error or warning about the input.

    ``code`` is a stable machine-readable class (``"unknown-reference"``,
    ``"duplicate-id"``, ...); the other fields are for people.
    """

    severity: str
    code: str
    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    fix: str | None = None
    rows: tuple[int, ...] = field(default=(), compare=False)
    unit: str = "row"

    @property
    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.row is not None:
            parts.append(f"{self.unit} {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.fix:
            text += f" Fix: {self.fix}"
        return text

    def to_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "fix": self.fix,
        }


class PartnernetError(Exception):
    """Base class of the errors partnernet raises on purpose."""


class InputError(PartnernetError):
    """The input cannot be used; ``problems`` lists every error found.

    The message shows at most ``shown`` problems and says how many more there
    are, so one broken column does not flood the terminal.
    """

    shown = 25

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(ERROR, "input", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
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
            lines.append(f"... and {len(errors) - self.shown} more errors of the same kinds.")
        return "\n".join(lines)


class UsageError(PartnernetError):
    """A call that cannot work as asked (unknown id, option out of range)."""


def close_ids(value: str, ids, n: int = 5) -> list[str]:
    """Ids a mistyped ``value`` may have meant: those containing it (earliest match first), then similar ones."""
    ids = [str(i) for i in ids]
    text = str(value).lower()
    containing = sorted((i for i in ids if text in i.lower()), key=lambda i: i.lower().find(text))
    return list(dict.fromkeys(containing + difflib.get_close_matches(str(value), ids, n=n, cutoff=0.5)))[:n]
