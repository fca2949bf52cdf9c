"""The steering-group report: findings in plain language, then robustness,
legitimacy and goal focus (the studies' three criteria), connectors, steering,
turnover and an appendix; in Dutch or English, as HTML, Markdown or Excel.

Never one composite score: the criteria stand side by side.
"""

from __future__ import annotations


from collections.abc import Callable
import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast, get_args


from .. import __version__
from .. import language
from ..errors import UsageError
from ..output import check_folder, check_target, input_paths, together, write_bytes, write_text
from ..privacy import is_pseudonymised
from ..privacy import pseudonymise as pseudonymise_landscape
from .background import Pending, in_child, pending
from .analyses import Basics, run
from ..language.report import Texts

# The document's modules (sections, findings, render with jinja2, the map's viz) are imported where they are
# used: after the drawing child is forked, in the process that needs them, not in the part of a report that
# runs on one core (see .background).
if TYPE_CHECKING:
    from ..language.langs import Lang
    from ..landscape import DateLike, Landscape
    from .document import Document, Paragraph
    from .pictures import Pictures

#: The report's formats (``to=``, the command's ``--to``; by default the file suffix says which).
ReportFormat: TypeAlias = Literal["html", "md", "xlsx", "pdf"]
FORMATS: tuple[ReportFormat, ...] = get_args(ReportFormat)
SUFFIX_FORMAT = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".xlsx": "xlsx", ".pdf": "pdf"}
MAP_SUFFIX = {"nl": "-kaart.html", "en": "-map.html"}
#: Formats that write the interactive map next to the report and link to it.
MAP_FORMATS = ("html", "pdf")


def report(
    land: Landscape,
    path: str | Path,
    *,
    lang: Lang | None = None,
    to: ReportFormat | None = None,
    at: DateLike | None = None,
    pseudonymise: bool = False,
    expected_hub: str | None = None,
    include_map: bool = True,
    names: bool = False,
    full: bool = False,
    progress: Callable[[str], None] | None = None,
    format: ReportFormat | None = None,
) -> list[Path]:
    """Write the steering-group report of ``land`` and return the files written.

    Parameters
    ----------
    land : Landscape
        The register; the report looks at it on one date (``at``), and uses
        the whole register for turnover.
    path : str or Path
        The report file. HTML and PDF also write the interactive map next to
        it (``<name>-kaart.html`` / ``<name>-map.html``) and link to it with a
        relative link (keep the two files together); Markdown writes its
        charts into ``<name>_files/``.
    lang : "nl" | "en", optional
        Dutch or English: every heading, label, sentence and number. None (default): ``$PARTNERNET_LANG``, else Dutch.
    to : "html" | "md" | "xlsx" | "pdf", optional
        The document type, as the command's ``--to``. Default: from the file's
        suffix, else html; a suffix that names another type is a UsageError.
        PDF is the HTML report printed to A4 by headless Chromium
        (:mod:`partnernet.report.pdf`; a UsageError when Chromium is missing).
    at : date or "today", optional
        Reference date. Default: the landscape's own date (``land.at(...)``),
        else today when the register has dates, else all rows.
    pseudonymise : bool
        Show persons only as pseudonyms, without names, functions or free text
        (:func:`partnernet.pseudonymise`; the key from ``$PARTNERNET_PSEUDONYM_KEY``,
        else random). A landscape pseudonymised before is reported as such too.
    expected_hub : str, optional
        Organisation the network is expected to revolve around (default: the OM,
        found by id ``om``/``om-parket`` or by name).
    include_map : bool
        Write the interactive map next to an HTML or PDF report.
    names : bool
        Show persons by name ("R. de Graaf (p002)"). Default: by function and
        organisation ("coördinator CTER van Politie ..."), as a report
        circulates; under ``pseudonymise`` persons are pseudonyms either way.
        Person ids (p002) appear only with names.
    full : bool
        PDF: print every row of the appendix tables. Default: a lean PDF whose
        long appendix tables show their first rows and say that the HTML and
        Excel versions hold them all.
    progress : callable, optional
        Called with the code of each step (``centrality``, ``connectors``, ``load``, ``robustness``,
        ``fragmentation``, ``what_if``, ``overlap``, ``hierarchy_and_covenants``, ``turnover``,
        ``writing``); the CLI prints them on a terminal in words (``progress.*`` of
        :mod:`partnernet.language.cli`).
    format : "html" | "md" | "xlsx" | "pdf", optional
        Deprecated spelling of ``to`` (a DeprecationWarning; still works). Both
        naming different types is a UsageError ``report_to_twice``.

    Examples
    --------
    >>> import partnernet as pn
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = tempfile.TemporaryDirectory()
    >>> written = pn.report(pn.load("tests/fixtures/mini"), Path(folder.name) / "rapport.html")
    >>> [path.name for path in written]
    ['rapport.html', 'rapport-kaart.html']
    >>> folder.cleanup()
    """
    to = _document_type(to, format)
    path = check_target(path)  # no name at all ('', '.', '/') is refused before any other step
    fmt = _format(path, to)
    texts = Texts(language.get(lang).lang, names=names)  # None: $PARTNERNET_LANG, else Dutch
    map_path = path.with_name(path.stem + MAP_SUFFIX[texts.lang]) if fmt in MAP_FORMATS and include_map else None
    inputs = input_paths(land.source)
    _targets(path, fmt, map_path, inputs)
    _check_suffix(path, to)
    register = pseudonymise_landscape(land) if pseudonymise else land
    snapshot, day = _snapshot(register, at)
    step = progress or (lambda _label: None)
    with contextlib.ExitStack() as stack:
        drawing: list[Pending | None] = []

        def start_drawing(basics: Basics) -> None:
            # the pictures, then the map page: drawn in a forked child from here on where that is safe (.background)
            drawing.append(stack.enter_context(pending(*_drawing_work(basics, texts, map_path is not None))))

        results = run(
            snapshot,
            expected_hub=expected_hub,
            progress=step,
            turnover_as_of=day,
            full_register=register,
            ready=start_drawing,
        )
        step("writing")
        job = drawing[0] if drawing else None
        document = build_document(
            results,
            texts,
            source=str(register.shown_source or "-"),
            day=day,
            pseudonymised=is_pseudonymised(register),
            map_file=map_path.name if map_path else None,
            pictures=cast("Pictures", job.result(0)) if job is not None else None,  # works[0]: _draw_pictures
        )
        printed = _printed(document, full) if fmt == "pdf" else b""  # printed before any file of the report appears
        with together():  # the report, its figures and its map appear together, or none of them
            written = _write(document, path, fmt, inputs, printed)
            if map_path is not None:
                from ..viz.page import save_page

                save_page(
                    str(job.result(1)) if job is not None else _map_page(results, texts), map_path, results.land.source
                )
                written.append(map_path)
    return written


def _drawing_work(basics: Basics, texts: Texts, with_map: bool) -> list[Callable[[], Any]]:
    """The report's pictures and (``with_map``) its map page, as work for :func:`.background.pending` (their
    modules imported by the work, in the child: matplotlib, viz and scipy.spatial are not the parent's)."""
    pictures = [lambda: _draw_pictures(basics, texts)]
    return pictures + [lambda: _map_page(basics, texts)] if with_map else pictures


def _draw_pictures(basics: Basics, texts: Texts) -> Pictures:
    from .pictures import draw

    return draw(basics, texts)


def _map_page(basics: Basics, texts: Texts) -> str:
    from .maps import map_page

    if in_child():
        # the map draws a landscape of its own (land.replace) from the analyses' tables: the parent's
        # projections and the results kept for them (4x the nation: the person projection, its igraph
        # copy and blocks, some 400 MB) are only the child's copy of the parent's memory here
        from ..analysis import memo

        memo.forget()
        basics.land.forget_graphs()
    return map_page(basics, texts)


def _targets(path: Path, fmt: str, map_path: Path | None, inputs) -> None:
    """Refuse the report before any work when one of its files would land on an input, or when a PDF
    could not be printed (no Chromium): the user learns it at once, not after the analyses."""
    if fmt == "pdf":
        from .pdf import find_engine

        find_engine()
    check_target(path, inputs)
    check_folder(path)
    if map_path is not None:
        check_target(map_path, inputs)
    if fmt == "md":
        folder = check_target(_figure_folder(path), inputs)
        if folder.exists() and not folder.is_dir():
            raise UsageError("figures_folder_is_file", folder=folder)


def _figure_folder(path: Path) -> Path:
    return path.with_name(path.stem + "_files")


def _document_type(to: ReportFormat | None, format: ReportFormat | None) -> ReportFormat | None:
    """``to``, or the deprecated ``format`` (a DeprecationWarning) that named it before; both naming
    different types is a UsageError."""
    if format is None:
        return to
    import warnings

    from ..language.errors import message

    warnings.warn(message("report_format_deprecated", value=format), DeprecationWarning, stacklevel=3)
    if to is not None and to != format:
        raise UsageError("report_to_twice", to=to, given=format)
    return format


def _format(path: Path, given: str | None) -> str:
    """The format to write: ``given``, else the one the file name's suffix names (html otherwise);
    :func:`_check_suffix` refuses a suffix that says otherwise."""
    if given is not None and given not in FORMATS:
        raise UsageError("unknown_report_format", value=given)
    return given or SUFFIX_FORMAT.get(path.suffix.lower(), "html")


def _check_suffix(path: Path, given: str | None) -> None:
    """The file's suffix must name the format written (any case): ``--to pdf -o r.html``, ``-o r.docx``,
    ``--to md -o r.txt`` and a name without a suffix are refused, so a file never holds something else
    than its name says. Checked after the output folder and the input files (those errors come first)."""
    if path.is_dir():  # the writer says what is wrong: it is a folder
        return
    named = SUFFIX_FORMAT.get(path.suffix.lower())
    if named is None:
        suffixes = ", ".join(s for s, f in SUFFIX_FORMAT.items() if given in (None, f))
        if not path.suffix:
            raise UsageError("report_suffix_missing", name=path.name, suffixes=suffixes)
        raise UsageError("report_suffix_unknown", name=path.name, suffix=path.suffix, suffixes=suffixes)
    if given is not None and given != named:
        wanted = ", ".join(s for s, f in SUFFIX_FORMAT.items() if f == given)
        raise UsageError("report_suffix_other_format", name=path.name, suffix=path.suffix, given=given, wanted=wanted)


def _snapshot(land, at):
    if at is None:
        if land.date is not None:
            return land, land.date
        if not land.has_dates:
            return land, None
        at = "today"
    if isinstance(at, str) and at.lower() == "all":
        return land, None
    snapshot = land.at(at)
    return snapshot, snapshot.date


def build_document(
    results,
    texts: Texts,
    *,
    source: str,
    day,
    pseudonymised: bool,
    map_file: str | None,
    pictures: Pictures | None = None,
) -> Document:
    """The report as a document model (see :mod:`partnernet.report.document`), with its ``pictures``
    (:func:`partnernet.report.pictures.draw`; drawn here when None).

    ``source`` is shown by its file or folder name only: a report circulates, and an absolute
    path names the analyst's folders (sometimes a person)."""
    from . import sections
    from ..language import numbers as i18n
    from .document import Document
    from .findings import findings
    from .guide import sources_section
    from .pictures import draw as draw_pictures
    from .workbook import finding_sheets

    land = results.land
    source = Path(os.path.normpath(source)).name or source
    date_text = i18n.date(day, texts.lang) if day is not None else texts("all_dates")
    counts = land.counts
    subtitle = texts(
        "subtitle",
        source=source,
        date=date_text,
        organisations=texts.choose("n_organisations", counts["organisations"]),
        bodies=texts.choose("n_bodies", counts["bodies"]),
        persons=texts.choose("n_persons", counts["persons"]),
    )
    found = findings(results, texts)
    drawn = pictures if pictures is not None else draw_pictures(results, texts)
    parts = _sections(results, texts, found, map_file, drawn)
    appendix = sections.appendix(results, texts, source, date_text, pseudonymised)
    for paragraph in _font_notes(land, texts, list(drawn.unshown)):
        appendix.add(paragraph)
    parts += [appendix, sources_section(found, texts)]
    labels = {key: texts.raw(key) for key in ("findings", "contents", "show_rows")}
    labels["rows_cut"] = texts.raw("n_rows_cut")
    labels["rows_cut_print"] = texts.raw("n_rows_cut_print")
    labels["footer"] = texts("footer", version=__version__)
    return Document(
        texts("title"),
        subtitle,
        texts.lang,
        found,
        [p for p in parts if p],
        labels,
        finding_sheets=finding_sheets(results, texts, found),
    )


def _font_notes(land, texts: Texts, unshown: list[str]) -> list[Paragraph]:
    """The appendix notes on names shown with boxes: those no installed font holds (the PDF prints boxes,
    a browser without such fonts too) and those only the pictures could not draw whole."""
    from . import glyphs
    from .document import Paragraph
    from .tables import display_names

    domains = land.organisations["domain"].dropna().unique() if "domain" in land.organisations else []
    shown = display_names(land, texts)
    persons = set(land.persons.index)
    missing = glyphs.unprintable(name for key, name in shown.items() if key not in persons)
    # a person shown by function and organisation holds the organisation's name: that name says it once
    missing += [
        name
        for name in glyphs.unprintable(name for key, name in shown.items() if key in persons)
        if not any(other in name for other in missing)
    ]
    missing += glyphs.unprintable(texts.value(d) for d in domains)
    listed = set(missing)
    only_pictures = [name for name in unshown if name not in listed]
    notes = []
    if missing:
        notes.append(Paragraph(texts("unprintable_names", names=texts.listing(missing, limit=len(missing)))))
    if only_pictures:
        notes.append(Paragraph(texts("unshown_names", names=texts.listing(only_pictures, limit=len(only_pictures)))))
    return notes


def _sections(results, texts: Texts, found, map_file: str | None, pictures: Pictures) -> list:
    """The report's sections from the action table to the glossary, with the pictures drawn before."""
    from . import sections
    from .guide import actions_section, glossary_section
    from .overview import overview_section
    from .survey import survey_section

    parts = [
        actions_section(results, texts, found),
        overview_section(results, texts, pictures.overview, map_file),
        sections.robustness(results, texts, pictures),
        sections.legitimacy(results, texts),
        sections.goal_focus(results, texts, pictures),
        sections.connectors_section(results, texts),
        sections.governance_section(results, texts),
        sections.turnover_section(results, texts),
        survey_section(results, texts),
    ]
    if map_file:
        from .maps import map_shows_persons

        parts.append(sections.map_section(map_file, texts, map_shows_persons(results)))
    parts.append(glossary_section(results, texts))
    return parts


def _printed(document: Document, full: bool = False) -> bytes:
    """The document as PDF (headless Chromium, :mod:`partnernet.report.pdf`); lean unless ``full``."""
    from .pdf import html_to_pdf
    from .render import to_html

    return html_to_pdf(to_html(document, printing=True, full=full))


def _write(document: Document, path: Path, fmt: str, inputs, printed: bytes = b"") -> list[Path]:
    """Write the document (and the folder of a Markdown report's figures); the paths written."""
    from .render import to_html, to_markdown, to_xlsx

    if fmt == "html":
        write_text(path, to_html(document), inputs)
    elif fmt == "pdf":
        write_bytes(path, printed, inputs)
    elif fmt == "md":
        folder = _figure_folder(path)
        write_text(path, to_markdown(document, folder, f"{folder.name}/", inputs), inputs)
        if document.figures():
            return [path, folder]
    else:
        to_xlsx(document, path, inputs)
    return [path]


__all__ = ["report", "build_document", "FORMATS", "ReportFormat", "SUFFIX_FORMAT", "MAP_SUFFIX", "MAP_FORMATS"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
