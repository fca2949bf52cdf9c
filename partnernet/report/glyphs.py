"""Text a static chart can draw: names in any script, without matplotlib's "Glyph missing" warnings.

The report's charts draw names (organisations, bodies) that may hold emoji or
CJK, Arabic or Hebrew characters. matplotlib falls back from one font family
to the next for each character (``font.family`` as a list, matplotlib 3.6 and
later), so :func:`families` lists DejaVu Sans (shipped with matplotlib) and
then every installed font of :data:`FALLBACK_FONTS`. A character that none of
them holds is drawn as :data:`REPLACEMENT` (a white square, as a browser shows
an unknown character) instead of an empty glyph and a warning on the console;
the names stay whole in the tables, the workbook and the map, and the report's
appendix lists the names a picture could not draw whole (:func:`recording`), and the names the
document prints that no installed font holds at all (:func:`unprintable`: the PDF, and a browser
with the same fonts, shows boxes for those characters). Bidi controls
(the isolates the report's texts put around names) are invisible and dropped.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import warnings
from collections.abc import Iterator

#: Font families tried after DejaVu Sans, in order, when installed (monochrome fonts: matplotlib draws
#: outlines, not colour bitmaps).
FALLBACK_FONTS = (
    "Noto Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Emoji",
    "Noto Sans Symbols",
    "Noto Sans Symbols 2",
    "Droid Sans Fallback",
    "WenQuanYi Zen Hei",
    "Symbola",
)
#: What a chart draws for a character no installed font holds (U+25A1 WHITE SQUARE, in DejaVu Sans).
REPLACEMENT = "\u25a1"
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
#: Characters that DejaVu Sans holds (the font matplotlib ships, always the first of :func:`families`, so
#: always drawable and printable): printable ASCII, Latin-1 and Latin Extended-A/B, dashes, quotes, bullet and
#: ellipsis. Texts of these alone need no font looked up (loading the fonts and asking fontconfig costs about
#: 0.1 s CPU, on the report's critical path); tests/test_report_pictures.py checks that the font holds them.
SURE = frozenset(map(chr, [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x2010, 0x2028)]))
_KEPT = SURE | {"\n", "\t"}
#: The texts drawn with a REPLACEMENT while :func:`recording` is open (None: not recording).
_UNSHOWN: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("unshown", default=None)


@functools.cache
def families() -> list[str]:
    """DejaVu Sans and the installed fallback fonts, in the order matplotlib should try them."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans"] + [name for name in FALLBACK_FONTS if name in installed]


@functools.cache
def _covered() -> frozenset[int]:
    """The code points that one of :func:`families` holds."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    points: set[int] = set()
    for family in families():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
                points.update(FT2Font(path).get_charmap())
            except (ValueError, RuntimeError, OSError):
                continue
    return frozenset(points)


@functools.cache
def _printable() -> frozenset[int]:
    """The code points that some installed font holds, as fontconfig (which Chromium's PDF and a browser
    use) lists them (``fc-list``), with those of the pictures' fonts; the pictures' fonts alone when
    fontconfig is not there."""
    import shutil
    import subprocess

    points: set[int] = set(_covered())
    program = shutil.which("fc-list")
    if program is None:
        return frozenset(points)
    try:
        listing = subprocess.run(
            [program, "--format", "%{charset}\n"], capture_output=True, text=True, timeout=60, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset(points)
    for item in listing.split():
        low, _, high = item.partition("-")
        try:
            points.update(range(int(low, 16), int(high or low, 16) + 1))
        except ValueError:
            continue
    return frozenset(points)


def unprintable(texts) -> list[str]:
    """The texts (in their order, once each) with a character that no installed font holds: printed by
    Chromium (``--to pdf``), or shown by a browser with the same fonts, as empty boxes.

    Invisible controls and white space do not count. Checks the characters of all texts together first,
    so a national register's hundreds of thousands of names cost one pass.
    """
    texts = [t for t in dict.fromkeys(texts) if isinstance(t, str)]
    found = set("".join(texts))
    if not _unsure(found):  # no font to ask: every character is sure, white space or invisible
        return []
    printable = _printable()
    lacking = {c for c in found if ord(c) not in printable and not c.isspace()}
    lacking -= set(INVISIBLE.findall("".join(lacking)))
    if not lacking:
        return []
    return [t for t in texts if not lacking.isdisjoint(t)]


def drawable(text: str) -> str:
    """``text`` with invisible bidi controls dropped and every character no font holds replaced.

    >>> drawable("Politie \u2068Veldland\u2069")
    'Politie Veldland'
    """
    text = INVISIBLE.sub("", text)
    if set(text) <= _KEPT:  # the loop below would keep every character: no font to ask
        return text
    covered = _covered()
    drawn = "".join(c if ord(c) in covered or c in "\n\t " else REPLACEMENT for c in text)
    unshown = _UNSHOWN.get()
    if unshown is not None and drawn != text and text not in unshown:
        unshown.append(text)
    return drawn


def _unsure(characters: set[str]) -> set[str]:
    """The ``characters`` a font must be asked about: neither in :data:`SURE`, white space nor invisible."""
    left = {c for c in characters - SURE if not c.isspace()}
    return left - set(INVISIBLE.findall("".join(left)))


@contextlib.contextmanager
def recording() -> Iterator[list[str]]:
    """Collect, in drawing order and once each, the texts :func:`drawable` could not draw whole while
    the block runs (the report lists them: its pictures show a square where their tables show the name).

    >>> with recording() as unshown:
    ...     _ = drawable("Politie")
    >>> unshown
    []
    """
    unshown: list[str] = []
    token = _UNSHOWN.set(unshown)
    try:
        yield unshown
    finally:
        _UNSHOWN.reset(token)


def prepare(figure) -> None:
    """Every text of ``figure`` made :func:`drawable` before it is saved: its texts now, and the tick labels
    its axes write when drawn (names on a category axis)."""
    from matplotlib.text import Text

    for item in figure.findobj(Text):
        shown = item.get_text()
        if shown:
            item.set_text(drawable(shown))
    ticks = _drawable_ticks()
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            if not isinstance(axis.get_major_formatter(), ticks):
                axis.set_major_formatter(ticks(axis.get_major_formatter()))


@functools.cache
def _drawable_ticks() -> type:
    """A tick formatter class (matplotlib imported on the first chart) that writes what its ``inner``
    formatter writes, made :func:`drawable`.

    The axis asks a formatter for all its labels at once (``format_ticks``), so that one like
    matplotlib's ScalarFormatter first learns every tick (``set_locs``); asked tick by tick it
    writes nothing, and the robustness chart lost its x-axis numbers that way.
    """
    from matplotlib.ticker import Formatter

    class DrawableTicks(Formatter):
        def __init__(self, inner: Formatter):
            self.inner = inner

        def __call__(self, x, pos=None):
            return drawable(str(self.inner(x, pos)))

        def format_ticks(self, values):
            return [drawable(str(text)) for text in self.inner.format_ticks(values)]

        def set_axis(self, axis):
            super().set_axis(axis)
            self.inner.set_axis(axis)

        def set_locs(self, locs):
            self.inner.set_locs(locs)

        def get_offset(self):
            return drawable(str(self.inner.get_offset()))

    return DrawableTicks


__all__ = [
    "FALLBACK_FONTS",
    "REPLACEMENT",
    "drawable",
    "families",
    "prepare",
    "recording",
    "unprintable",
    "INVISIBLE",
    "SURE",
]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
