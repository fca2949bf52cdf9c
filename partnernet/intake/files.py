"""Writing the intake's files: never over an input, atomically, the same bytes for the same content."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import UsageError
from ..language.intake import word

#: The time written into every workbook, so the same content gives the same bytes.
FIXED_TIME = dt.datetime(2020, 1, 1)
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def check_output(path, inputs, lang: str = "nl") -> Path:
    """``path`` as a Path; UsageError when it is an input or lies inside an input folder,
    or when an input file lies inside it (an output folder)."""
    path = Path(path).resolve()
    for source in inputs:
        source = Path(source).resolve()
        if path == source or source in path.parents or (path in source.parents):
            raise UsageError(word("m.overwrites_input", lang, path=path, source=source))
    return path


def workbook_bytes(workbook) -> bytes:
    """The xlsx bytes of an openpyxl workbook with fixed timestamps (document and zip entries)."""
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.properties.creator = "partnernet"
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving here
                data = MODIFIED.sub(rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)
            target.writestr(fixed, data)
    return out.getvalue()


def save_workbook(workbook, path, inputs=(), lang: str = "nl") -> Path:
    """Write ``workbook`` to ``path`` through a temporary file in the same folder (a failed
    write leaves any old file as it was); never over one of ``inputs``."""
    path = check_output(path, inputs, lang)
    write_bytes_atomically(path, workbook_bytes(workbook), lang)
    return path


def write_bytes_atomically(path: Path, data: bytes, lang: str = "nl") -> None:
    """Write through a temporary file and rename; an OSError (no such folder, no rights, a
    full disk, a folder in the way) becomes a UsageError naming the path and the reason."""
    with cannot_write_as_usage_error(path, lang):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


@contextmanager
def cannot_write_as_usage_error(path, lang: str = "nl"):
    try:
        yield
    except OSError as exc:
        raise UsageError(word("m.cannot_write", lang, path=path, reason=exc.strerror or exc)) from None
