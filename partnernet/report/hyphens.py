"""Soft hyphens in table headers, so a narrow printed column breaks a long header word with a hyphen
("deelne-mers") instead of anywhere ("deelne|mers") or not at all (a table wider than A4).

Browsers hyphenate with ``hyphens: auto`` only where they carry dictionaries (Chromium on Linux often
does not); the soft hyphens come from the Hunspell/LibreOffice patterns that ``pyphen`` ships (Liang's
algorithm, Liang 1983), so the HTML and the PDF break the same way everywhere. A soft hyphen (U+00AD)
is invisible unless the line breaks there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

#: The pattern dictionary per report language.
DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}
#: Shorter words never break: they fit any column a header gets.
MIN_WORD = 8
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")


@lru_cache(maxsize=None)
def _hyphenator(lang: str):
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(DICTIONARIES.get(lang, "nl_NL"))]
    if path not in pyphen.hdcache:
        pyphen.hdcache[path] = _lazy_dictionary(path)
    return pyphen.Pyphen(lang=DICTIONARIES.get(lang, "nl_NL"), left=3, right=3)


class _Patterns:
    """pyphen's pattern table (letters -> (offset, values)), each pattern parsed when a word first asks for
    it: a report's headers ask for a few hundred of the 16,000 Dutch patterns, and parsing them all took
    about 0.07 s CPU of every report. ``get`` gives what ``pyphen.HyphDict(path).patterns.get`` gives:
    the last pattern of those letters in the file that has a non-zero value, parsed by pyphen's own code."""

    def __init__(self, lines: dict[str, list[str]]):
        self.lines = lines
        self.parsed: dict[str, tuple | None] = {}

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self.parsed:
            self.parsed[key] = next(
                (found for line in reversed(self.lines.get(key, ())) if (found := _parse(line)) is not None), None
            )
        found = self.parsed[key]
        return default if found is None else found


def _parse(pattern: str) -> tuple | None:
    """One stripped pattern line as ``pyphen.HyphDict.__init__`` stores it, None when all its values are 0."""
    import pyphen

    pattern = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern)
    factory = int
    if "/" in pattern and "=" in pattern:
        pattern, alternative = pattern.split("/", 1)
        factory = pyphen.AlternativeParser(pattern, alternative)
    _tags, values = zip(*[(string, factory(i or "0")) for i, string in pyphen.parse(pattern)])
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, values[start:end]


def _lazy_dictionary(path: Path) -> Any:
    """A ``pyphen.HyphDict`` of the file ``path`` whose patterns are parsed on first use (:class:`_Patterns`).

    The file is read and each line's letters (the pattern without its digits, pyphen's key) found at once;
    a line with a hex escape (``^^hh``) or a nonstandard hyphenation (``/``) is keyed by pyphen's own parse.
    ``maxlen`` is the longest key of any line, at least pyphen's (which counts only non-zero patterns): the
    search then also tries longer letter strings, which find nothing, so every word breaks the same.
    """
    import pyphen

    with path.open("rb") as fd:
        encoding = fd.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    text = path.read_text(encoding)
    lines: dict[str, list[str]] = {}
    # each line's letters at once: its digits removed in one pass over the file (lines stay aligned)
    for raw, letters in zip(text.split("\n")[1:], _DIGITS.sub("", text).split("\n")[1:]):
        pattern = raw.strip()
        if not pattern or pattern.startswith(pyphen.ignored):
            continue
        if "^^" in pattern or "/" in pattern:
            unescaped = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern)
            key = "".join(
                tag for _i, tag in pyphen.parse(unescaped.split("/", 1)[0] if "=" in unescaped else unescaped)
            )
        else:
            key = letters.strip()
        lines.setdefault(key, []).append(pattern)
    hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
    hyph.patterns = _Patterns(lines)
    hyph.cache = {}
    hyph.maxlen = max(map(len, lines))
    return hyph


_DIGITS = re.compile(r"\d")


def soft_hyphens(text: str, lang: str) -> str:
    """``text`` with U+00AD at the hyphenation points of every word of at least :data:`MIN_WORD` letters.

    >>> soft_hyphens("deelnemers samen", "nl").replace("\\u00ad", "-")
    'deel-ne-mers samen'
    """
    hyphenator = _hyphenator(lang)
    return _WORD.sub(lambda m: hyphenator.inserted(m.group(0), hyphen="\u00ad"), str(text))


from .._public import public_dir

__all__ = ["DICTIONARIES", "MIN_WORD", "soft_hyphens"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
