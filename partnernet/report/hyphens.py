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

#: The pattern dictionary per report language.
DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}
#: Shorter words never break: they fit any column a header gets.
MIN_WORD = 8
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")


@lru_cache(maxsize=None)
def _hyphenator(lang: str):
    import pyphen

    return pyphen.Pyphen(lang=DICTIONARIES.get(lang, "nl_NL"), left=3, right=3)


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
