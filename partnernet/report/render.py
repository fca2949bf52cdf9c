"""Render a report Document as one self-contained HTML file, Markdown, or an Excel workbook.

HTML: every user string is escaped by jinja2's autoescape; figures are SVG
data URIs (an SVG shown through ``<img>`` cannot run scripts); a Content
Security Policy forbids any request to another host. Markdown: user text is
escaped for Markdown and for the HTML that wikis turn it into. Excel: numbers
stay numbers, text can never become a formula (``output.write_sheet``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import base64
import re
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup, escape
import pandas as pd

from ..language import numbers as i18n
from ..output import write_folder
from .document import Bullets, Document, Figure, Link, Paragraph, Table
from .hyphens import soft_hyphens

if TYPE_CHECKING:
    from collections.abc import Iterable

TEMPLATES = Path(__file__).parent / "templates"
#: Tables longer than this fold away in HTML (the full table stays in the file).
FOLD_ROWS = 15
#: HTML and Markdown show at most this many rows of a table; the Excel version has them all.
MAX_ROWS = 1000


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["soft_hyphens"] = soft_hyphens
    return environment


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _is_numeric(frame: pd.DataFrame, column: str, fmt: str) -> bool:
    return (
        fmt in ("int", "percent")
        or fmt.isdigit()
        or (
            fmt != "text"
            and pd.api.types.is_numeric_dtype(frame[column])
            and not pd.api.types.is_bool_dtype(frame[column])
        )
    )


def _shown(table: Table, lang: str, labels: dict, printing: bool = False) -> tuple[pd.DataFrame, str]:
    """The rows a page shows, and the table's note (saying so when rows were left out).

    ``printing`` (a lean PDF): a table with ``print_rows`` shows that many, the note points to the HTML and
    Excel versions (and ``--full``)."""
    limit, key = MAX_ROWS, "rows_cut"
    if printing and table.print_rows is not None and table.print_rows < MAX_ROWS:
        limit, key = table.print_rows, "rows_cut_print"
    if len(table.frame) <= limit:
        return table.frame, table.note
    cut = labels[key].format(shown=i18n.integer(limit, lang), n=i18n.integer(len(table.frame), lang))
    return table.frame.head(limit), " ".join(filter(None, [table.note, cut]))


def table_cell(value, fmt: str, lang: str) -> str:
    """A table cell of an HTML or Markdown report: the value as written (the caller escapes it).
    Formula-like text is neutralised only where a spreadsheet reads it: the xlsx and CSV writers
    (:func:`partnernet.output.neutralise`); a reader of the page sees the name unchanged."""
    return i18n.cell(value, fmt, lang)


def _cells(frame: pd.DataFrame, formats: dict, lang: str) -> list[list[str]]:
    """Per column, its cells as :func:`table_cell` writes them, formatted a column at a time
    (:func:`partnernet.language.numbers.cells`): a national report has a hundred thousand cells."""
    return [i18n.cells(frame.iloc[:, k], formats[c], lang) for k, c in enumerate(frame.columns)]


#: A text column whose header and cells are all at most this long keeps its words whole (``short``).
SHORT_TEXT = 12


def _table_view(table: Table, lang: str, labels: dict, printing: bool = False) -> dict:
    frame, note = _shown(table, lang, labels, printing)
    formats = {c: table.formats.get(c, "") for c in frame.columns}
    numeric = {c: _is_numeric(frame, c, formats[c]) for c in frame.columns}
    columns = _cells(frame, formats, lang)
    css = {
        c: "num" if numeric[c] else "short" if max(map(len, [str(c), *cells])) <= SHORT_TEXT else ""
        for c, cells in zip(frame.columns, columns)
    }
    return {
        "kind": "table",
        "title": table.title,
        "note": note,
        "body": _table_body(columns, [css[c] for c in frame.columns]),
        "columns": [{"label": str(c), "css": css[c]} for c in frame.columns],
        "collapsed": len(frame) > FOLD_ROWS,
        "summary": labels["show_rows"].format(n=len(frame)),
    }


def _table_body(columns: list[list[str]], css: list[str]) -> Markup:
    """The rows of a table's ``<tbody>``, every cell escaped: joined here rather than looped in the
    template, where a national report's hundred thousand cells took most of the page's rendering time.
    The same text the template wrote (``<tr><td class="num">...</td></tr>`` and a newline per row)."""
    opening = ["<td>" if not c else f'<td class="{escape(c)}">' for c in css]
    parts = []  # plain str.join: adding a str to a Markup would escape the str (the tags)
    for record in zip(*columns):
        parts.append("<tr>")
        for tag, value in zip(opening, record):
            parts += (tag, escape(value), "</td>")
        parts.append("</tr>\n")
    return Markup("".join(parts))


def _block_view(block, lang: str, labels: dict, printing: bool = False) -> dict:
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "text": block.text}
    if isinstance(block, Bullets):
        return {"kind": "bullets", "entries": block.items}
    if isinstance(block, Figure):
        return {"kind": "figure", "title": block.title, "alt": block.alt, "src": svg_data_uri(block.svg)}
    if isinstance(block, Link):
        return {"kind": "link", "text": block.text, "href": relative_href(block.href)}
    return _table_view(block, lang, labels, printing)


def relative_href(name: str) -> str:
    """A file name as a relative URL: every character that could end the name or start a scheme
    (``:``, ``/``, ``?``, ``#``, spaces, quotes) percent-encoded, so it always points next to the report."""
    return "./" + quote(name, safe="")


def to_html(doc: Document, printing: bool = False, full: bool = False) -> str:
    """The report as one self-contained HTML page; ``printing``: every folded table open (for PDF), long
    appendix tables cut to their ``print_rows`` unless ``full``."""
    lean = printing and not full
    sections = [
        {
            "key": s.key,
            "title": s.title,
            "intro": s.intro,
            "blocks": [_block_view(b, doc.lang, doc.labels, lean) for b in s.blocks],
        }
        for s in doc.sections
    ]
    view = {
        "title": doc.title,
        "subtitle": doc.subtitle,
        "lang": doc.lang,
        "findings": doc.findings,
        "labels": doc.labels,
        "sections": sections,
        "printing": printing,
    }
    return _environment().get_template("report.html.j2").render(doc=view)


# ---------------------------------------------------------------------------
# Markdown

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|!])")


def md_escape(text: str) -> str:
    """Text safe in Markdown and in the HTML a wiki makes of it."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _md_table(table: Table, lang: str, labels: dict) -> list[str]:
    frame, note = _shown(table, lang, labels)
    formats = {c: table.formats.get(c, "") for c in frame.columns}
    numeric = [_is_numeric(frame, c, formats[c]) for c in frame.columns]
    lines = [
        f"### {md_escape(table.title)}",
        "",
        "| " + " | ".join(md_escape(str(c)) for c in frame.columns) + " |",
        "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
    ]
    for record in zip(*_cells(frame, formats, lang)):
        lines.append("| " + " | ".join(md_escape(text) for text in record) + " |")
    if note:
        lines += ["", f"*{md_escape(note)}*"]
    return lines + [""]


#: The names of the figure files of a Markdown report (only a folder holding nothing else is replaced).
FIGURE_NAME = re.compile(r"figure-\d+\.svg")


def to_markdown(
    doc: Document,
    figure_dir: Path | None = None,
    figure_prefix: str = "",
    inputs: str | Path | Iterable[str | Path] = (),
) -> str:
    """Markdown text; figures are written as SVG files into the folder ``figure_dir`` and linked.

    The folder is written whole (:func:`partnernet.output.write_folder`): an
    existing one is replaced only when it holds nothing but figure files,
    never over one of ``inputs``.
    """
    figures: dict[str, bytes] = {}
    lines = [
        f"# {md_escape(doc.title)}",
        "",
        md_escape(doc.subtitle),
        "",
        f"## {md_escape(doc.labels['findings'])}",
        "",
    ]
    lines += [f"{i}. {md_escape(f)}" for i, f in enumerate(doc.findings, start=1)] + [""]
    figure_number = 0
    for section in doc.sections:
        lines += [f"## {md_escape(section.title)}", ""]
        if section.intro:
            lines += [f"*{md_escape(section.intro)}*", ""]
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines += [md_escape(block.text), ""]
            elif isinstance(block, Bullets):
                lines += [f"- {md_escape(item)}" for item in block.items] + [""]
            elif isinstance(block, Table):
                lines += _md_table(block, doc.lang, doc.labels)
            elif isinstance(block, Link):
                lines += [f"[{md_escape(block.text)}]({relative_href(block.href)})", ""]
            elif isinstance(block, Figure) and figure_dir is not None:
                figure_number += 1
                name = f"figure-{figure_number}.svg"
                figures[name] = block.svg.encode("utf-8")
                lines += [f"![{md_escape(block.alt)}]({figure_prefix}{name})", "", f"*{md_escape(block.title)}*", ""]
    lines += [f"*{md_escape(doc.labels['footer'])}*", ""]
    if figures and figure_dir is not None:
        write_folder(figure_dir, figures, inputs, own=lambda name: bool(FIGURE_NAME.fullmatch(name)))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Excel: partnernet/report/workbook.py

from .workbook import sheet_name, to_xlsx  # noqa: E402,F401 - the renderers of a document in one place

from .._public import public_dir

__all__ = [
    "TEMPLATES",
    "FOLD_ROWS",
    "MAX_ROWS",
    "svg_data_uri",
    "table_cell",
    "SHORT_TEXT",
    "relative_href",
    "to_html",
    "md_escape",
    "FIGURE_NAME",
    "to_markdown",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
