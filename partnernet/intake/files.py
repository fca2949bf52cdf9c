"""Writing the intake's files through :mod:`partnernet.output` (never over an input, atomic,
the same bytes for the same content), with one rule of its own: no output folder holds an input."""

from __future__ import annotations

from pathlib import Path

from .. import output
from ..errors import UsageError
from ..language.intake import word


def check_output(path, inputs, lang: str = "nl") -> Path:
    """``path`` as a Path; UsageError when it is an input, lies inside an input folder, or is
    a folder that holds an input (the forms must not end up mixed with what is made of them)."""
    sources = output.input_paths(*inputs)
    output.check_target(path, sources)
    path = Path(path).resolve()
    for source in sources:
        if path in source.parents:
            raise UsageError(word("m.overwrites_input", lang, path=path, source=source))
    return path


def save_workbook(workbook, path, inputs=(), lang: str = "nl") -> Path:
    """Save ``workbook`` atomically with fixed timestamps (see :func:`partnernet.output.save_workbook`)."""
    workbook.properties.creator = "partnernet"
    return output.save_workbook(workbook, check_output(path, inputs, lang), output.input_paths(*inputs),
                                make_folder=True)
