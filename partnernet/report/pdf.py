"""The report as PDF: the HTML report printed to A4 by headless Chromium, with the network off.

Chromium, not a PDF library, because the HTML report is what partnernet
already draws and tests in Chromium: the same engine gives the same
document (its print stylesheet, the SVG figures, table layout) without a
second renderer to keep in step. The engine is found on ``$PARTNERNET_CHROMIUM``
or on PATH (``chromium``, ``chromium-browser``, ``google-chrome``); without
one, ``--to pdf`` is refused with exit status 2 and what to do instead.
"""

from __future__ import annotations

from ..language.errors import message

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import UsageError
from ..output import write_text

#: Environment variable naming the Chromium (or Chrome) program to print with.
ENGINE_VARIABLE = "PARTNERNET_CHROMIUM"
ENGINES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: No request leaves the machine: no background traffic, every host name unresolvable (shared with the
#: browser tests and the map benchmark).
OFFLINE_FLAGS = (
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
FLAGS = (
    "--headless",
    *OFFLINE_FLAGS,
    "--disable-extensions",
    "--no-pdf-header-footer",
    "--print-to-pdf-no-header",
)
TIMEOUT_SECONDS = 300


def find_engine() -> str:
    """The Chromium program to print with; a UsageError saying what to do when there is none."""
    given = os.environ.get(ENGINE_VARIABLE, "").strip()
    if given:
        found = shutil.which(given)
        if found is None:
            raise UsageError("pdf_engine_not_a_program", variable=ENGINE_VARIABLE, value=given)
        return found
    for name in ENGINES:
        found = shutil.which(name)
        if found:
            return found
    raise UsageError("pdf_no_engine", engines=", ".join(ENGINES), variable=ENGINE_VARIABLE)


def html_to_pdf(html: str) -> bytes:
    """``html`` (a self-contained report page) printed to PDF by headless Chromium; the PDF's bytes."""
    engine = find_engine()
    with tempfile.TemporaryDirectory(prefix="partnernet-pdf-") as folder:
        page, pdf = Path(folder) / "report.html", Path(folder) / "report.pdf"
        write_text(page, html)
        sandbox = ("--no-sandbox",) if hasattr(os, "geteuid") and os.geteuid() == 0 else ()  # root: no sandbox
        command = [
            engine,
            *FLAGS,
            *sandbox,
            f"--user-data-dir={Path(folder) / 'profile'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UsageError("pdf_failed", engine=engine, reason=exc) from None
        if not pdf.is_file() or pdf.stat().st_size == 0:
            said = [line for line in done.stderr.splitlines() if line.strip()][-1:] or [
                message("exit_status", status=done.returncode)
            ]
            raise UsageError("pdf_empty", engine=engine, reason=said[0])
        return relative_links(pdf.read_bytes(), Path(folder).as_uri() + "/")


def relative_links(pdf: bytes, base: str) -> bytes:
    """Links of ``pdf`` to files beside the printed page (``base``: the page's folder as a ``file:`` URI)
    made relative again, so the PDF's link to the map works wherever the two files are kept together.

    Chromium writes a link as ``/URI (file:///tmp/.../kaart.html)``; the name is cut out and padded with
    spaces (whitespace between PDF tokens) so no byte moves and the cross-reference table stays valid.
    """
    pattern = re.compile(rb"\(" + re.escape(base.encode("ascii")) + rb"([^()\\]*)\)")

    def relative(match: re.Match) -> bytes:
        name = b"(" + match.group(1) + b")"
        return name + b" " * (len(match.group(0)) - len(name))

    return pattern.sub(relative, pdf)


from .._public import public_dir

__all__ = [
    "ENGINE_VARIABLE",
    "ENGINES",
    "OFFLINE_FLAGS",
    "FLAGS",
    "TIMEOUT_SECONDS",
    "find_engine",
    "html_to_pdf",
    "relative_links",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
