"""What a cell of the intake workbook or a survey form may hold, as Excel data validation.

The bounds are the loader's own (``partnernet.io.schema.BOUNDS`` and
``DATE_RANGE``), written down in that one place. A rule that Excel enforces has a twin
in the loader, so a value typed past it in a program that does not enforce
it (LibreOffice may not) is still reported by ``partnernet validate``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..io import schema
from ..language.intake import vocabulary_words, word

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openpyxl.worksheet.datavalidation import DataValidation


#: A value rating in the survey: 1 (little value) to 5 (very valuable).
RATING = schema.Bounds(1, 5)
#: Persons an organisation sends to one body, in the survey.
PERSONS = schema.Bounds(0, 1000)

BOUNDS = schema.BOUNDS
DATE_RANGE = schema.DATE_RANGE
#: In an ``end`` column any date from this one on means "no end" (the loader's ``OPEN_END``).
OPEN_END = schema.OPEN_END


def bounds(table: str, column: str) -> schema.Bounds | None:
    """The bounds of a number column (an object with ``low``, ``high``, ``low_open``), or None."""
    return BOUNDS.get((table, column))


def number_text(value: float) -> str:
    return f"{value:g}" if value < 1e6 else f"{value:,.0f}"


def excel_serial(day: str) -> int:
    """An ISO date as Excel's day number (1900 date system, with its 29 February 1900:
    1900-01-01 is day 1, 2199-12-31 day 109574, 9999-12-31 day 2958465)."""
    from openpyxl.utils.datetime import to_excel

    return int(to_excel(dt.date.fromisoformat(day)))


def validation(
    kind: str,
    lang: str,
    *,
    values: Iterable[str] = (),
    source: str = "",
    sheet: str = "",
    limits: schema.Bounds | None = None,
    whole: bool = False,
    cell: str = "A2",
) -> DataValidation:
    """An openpyxl ``DataValidation`` with Excel's message in ``lang``.

    ``kind``: "list" (``values`` inline, or ``source`` a defined name or range),
    "number" (``limits``: Bounds; ``whole`` for integers), "date", "end" (a date, or
    from ``OPEN_END`` on one that means "no end", as the loader reads an ``end`` column) or "unique"
    (no other row of the column holds the same value; ``cell`` is the first
    cell the rule covers, for the relative formula).
    """
    from openpyxl.worksheet.datavalidation import DataValidation

    title = word("dv.title", lang)
    if kind == "list":
        formula = source if source else '"' + ",".join(values) + '"'
        message = word("dv.reference", lang, sheet=sheet) if source else word("dv.list", lang)
        rule = DataValidation(type="list", formula1=formula, allow_blank=True)
    elif kind == "number" and limits is not None:
        low, high = number_text(limits.low), number_text(limits.high)
        if limits.low_open:
            rule = DataValidation(
                type="custom",
                allow_blank=True,
                formula1=f"AND(ISNUMBER({cell}),{cell}>{limits.low:g},{cell}<={limits.high:g})",
            )
            message = word("dv.decimal_open", lang, low=low, high=high)
        else:
            rule = DataValidation(
                type="whole" if whole else "decimal",
                operator="between",
                allow_blank=True,
                formula1=f"{limits.low:g}",
                formula2=f"{limits.high:g}",
            )
            message = word("dv.whole" if whole else "dv.decimal", lang, low=low, high=high)
    elif kind == "date":
        rule = DataValidation(
            type="date",
            operator="between",
            allow_blank=True,
            formula1=str(excel_serial(DATE_RANGE[0])),
            formula2=str(excel_serial(DATE_RANGE[1])),
        )
        message = word("dv.date", lang, low=DATE_RANGE[0], high=DATE_RANGE[1])
    elif kind == "end":
        first, last, open_end = (excel_serial(d) for d in (*DATE_RANGE, OPEN_END))
        rule = DataValidation(
            type="custom",
            allow_blank=True,
            formula1=f"AND(ISNUMBER({cell}),OR(AND({cell}>={first},{cell}<={last}),{cell}>={open_end}))",
        )
        message = word("dv.date_end", lang, low=DATE_RANGE[0], high=DATE_RANGE[1], open_end=OPEN_END)
    elif kind == "unique":
        column = "".join(c for c in cell if c.isalpha())
        rule = DataValidation(type="custom", allow_blank=True, formula1=f"COUNTIF(${column}:${column},{cell})=1")
        message = word("dv.unique", lang)
    else:  # pragma: no cover - callers pass the kinds above (a number with its limits)
        raise ValueError(kind)
    rule.error, rule.errorTitle, rule.showErrorMessage = message, title, True
    rule.errorStyle = "stop"
    return rule


def vocabulary_list(vocabulary: str, lang: str) -> list[str]:
    """The drop-down words of a vocabulary in the schema's order."""
    shown = vocabulary_words(vocabulary, lang)
    return [shown[value] for value in schema.VOCABULARIES[vocabulary]]


def yes_no(lang: str) -> list[str]:
    return [word("v.bool.true", lang), word("v.bool.false", lang)]


from .._public import public_dir

__all__ = [
    "RATING",
    "PERSONS",
    "BOUNDS",
    "DATE_RANGE",
    "OPEN_END",
    "bounds",
    "number_text",
    "excel_serial",
    "validation",
    "vocabulary_list",
    "yes_no",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
