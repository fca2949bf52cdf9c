"""Writing the intake's files through :mod:`partnernet.output` (never over an input, atomic,
the same bytes for the same content), with rules of its own: no output folder holds an input,
and nothing that exists already (a filled workbook, returned forms, a register) is replaced
without ``force``."""

from __future__ import annotations

from typing import TYPE_CHECKING


import io
from pathlib import Path

from .. import output
from ..errors import UsageError
from ..language.intake import word
from ..language.numbers import listing

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openpyxl import Workbook


def check_output(path: str | Path, inputs: Iterable[str | Path], lang: str) -> Path:
    """``path`` as a Path; UsageError when it is an input, lies inside an input folder, or is
    a folder that holds an input (the forms must not end up mixed with what is made of them)."""
    sources = output.input_paths(*inputs)
    output.check_target(path, sources)
    path = Path(path).resolve()
    for source in sources:
        if path in source.parents:
            raise UsageError("overwrites_input", text=word("m.overwrites_input", lang, path=path, source=source))
    return path


def check_new_file(path: str | Path, force: bool, lang: str) -> None:
    """UsageError for a workbook path whose suffix is not ``.xlsx``, or that exists (unless ``force``)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UsageError("not_xlsx", text=word("m.not_xlsx", lang, path=path))
    if path.exists() and not force:
        raise UsageError("file_exists", text=word("m.file_exists", lang, path=path))


def check_free_folder(folder: str | Path, force: bool, lang: str, only: str | None = None) -> None:
    """UsageError when ``folder`` is a file, or (unless ``force``) holds files already: any file,
    or with ``only`` (a suffix such as ".xlsx") a file of that kind, anywhere below it."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError("folder_is_file", text=word("m.folder_is_file", lang, path=folder))
    if force or not folder.is_dir():
        return
    found = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and (only is None or p.suffix.lower() == only)
    )
    if found:
        shown = listing(found, lang, limit=4)  # 'a, b, c en 7 andere'
        raise UsageError(
            "folder_not_empty", text=word("m.folder_not_empty", lang, path=folder, n=len(found), files=shown)
        )


def workbook_bytes(workbook: Workbook) -> bytes:
    """An openpyxl workbook as xlsx bytes, with fixed timestamps (same content, same bytes)."""
    workbook.properties.creator = "partnernet"
    workbook.properties.created = output.XLSX_TIMESTAMP
    buffer = io.BytesIO()
    workbook.save(buffer)
    return output.reproducible_zip(buffer.getvalue())


def save_workbook(workbook: Workbook, path: str | Path, inputs: Iterable[str | Path], lang: str) -> Path:
    """Save ``workbook`` atomically with fixed timestamps (see :func:`partnernet.output.save_workbook`)."""
    workbook.properties.creator = "partnernet"
    return output.save_workbook(
        workbook, check_output(path, inputs, lang), output.input_paths(*inputs), make_folder=True
    )


from .._public import public_dir

__all__ = ["check_output", "check_new_file", "check_free_folder", "workbook_bytes", "save_workbook"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
