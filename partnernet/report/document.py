"""The report as a document model: what to say, independent of HTML, Markdown or Excel.

Sections hold blocks (paragraphs, bullet lists, tables, figures). Every text
is already in the report's language; renderers only lay it out and escape it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Paragraph:
    text: str


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    """A table to show; ``frame`` has display column names already translated."""

    title: str
    frame: pd.DataFrame
    note: str = ""
    #: Name of the worksheet in the Excel version (None: not a sheet of its own).
    sheet: str | None = None
    #: The table's key in the report's table registry (:data:`partnernet.report.tables.TABLES`): one sheet
    #: per key.
    key: str | None = None
    #: A main-text table showing part of the appendix table with the same key: the sheet holds the whole one.
    excerpt: bool = False
    #: Display format per column: "int", "1", "2", "3" (decimals), "percent", "date", "text".
    formats: dict[str, str] = field(default_factory=dict)
    #: The analysis column behind each display column (its number format and explanation in the workbook).
    columns: dict[str, str] = field(default_factory=dict)
    #: Rows a printed report (PDF) shows, the rest named in a note (None: all); the HTML, Markdown and the
    #: workbook show every row, and so does a PDF written with ``full=True`` (``--full``).
    print_rows: int | None = None


@dataclass
class Figure:
    title: str
    svg: str
    alt: str


@dataclass
class Link:
    """A link to a file the report writes next to itself (``href`` relative, e.g. the map)."""

    text: str
    href: str


Block = Paragraph | Bullets | Table | Figure | Link


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    intro: str = ""

    def add(self, block: Block) -> Block:
        """Append ``block``; a table without rows says nothing and is left out (its section says why)."""
        if not (isinstance(block, Table) and block.frame.empty):
            self.blocks.append(block)
        return block


@dataclass
class Document:
    title: str
    subtitle: str
    lang: str
    findings: Sequence[str]  # Finding (a str with its advice) in a built report
    sections: list[Section]
    labels: dict[str, str]
    #: Per finding, the sheet name (``Table.sheet``) of the table behind it, or None.
    finding_sheets: list[str | None] = field(default_factory=list)

    def figures(self) -> list[Figure]:
        """Every figure, in document order."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        """Every table that has a sheet name, in document order."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table) and b.sheet]

    def sheets(self) -> dict[str, Table]:
        """Per table key, in document order, the table its workbook sheet holds: the whole table rather than a
        main-text excerpt of it (:attr:`Table.excerpt`)."""
        chosen: dict[str, Table] = {}
        for table in self.tables():
            key = table.key or table.sheet or ""
            if key not in chosen or (chosen[key].excerpt and not table.excerpt):
                chosen[key] = table
        return chosen


from .._public import public_dir

__all__ = ["Paragraph", "Bullets", "Table", "Figure", "Link", "Block", "Section", "Document"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
