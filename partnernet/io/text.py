"""Text files' bytes to text: the one place that decides a file's encoding, and the CSV dialect.

A file is read as UTF-8 (with or without a byte-order mark; UTF-16 with its mark), strictly.
When that fails, the file is Windows-1252 (what Dutch Excel writes as "CSV") only if no line of
it is UTF-8: then it is read as Windows-1252 with a warning naming the lines whose characters
depend on that choice. A file that holds UTF-8 on some lines and bytes that are not UTF-8 on
others is mixed (two programs wrote to it) and refused: no single reading gives every name
right. A byte that is neither UTF-8 nor Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) is refused
too, so it never reaches a name as a control character. Every problem names the file, the line
and, in a CSV file, the column of the first byte that is not UTF-8.

An XML file (GraphML, GEXF) follows the same rule (:func:`decode_xml`): a byte-order mark decides
first; without one, an encoding its XML declaration names (``encoding="ISO-8859-1"``) is honoured,
and a declared UTF-8 (or none) is read as any text file: UTF-8, else Windows-1252 with the warning.
Every reader of a text file (CSV folder, edge list, JSON, GraphML, GEXF, the survey's body list,
the map's ``--metrics`` and ``--mark`` files) gets its text from here.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import ERROR, WARNING, InputError, Problem

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: A well-formed UTF-8 sequence of two to four bytes: text that some program wrote as UTF-8.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: Characters no output (XML, xlsx, a terminal) should carry and no name means: C0 controls but tab,
#: newline and CR, DEL, and C1 controls (U+0080-U+009F: in a name, a Windows-1252 character such as
#: '€' or a curly quote that some program read as Latin-1).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Bidirectional controls (LRM, RLM, the embeddings and overrides U+202A-U+202E, the isolates
#: U+2066-U+2069): a name holding them can look like another ("Trojan Source", Boucher & Anderson 2021).
#: Kept in the data (the outputs isolate every name), but the loader warns.
BIDI_CHARACTERS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_said(texts, pattern: re.Pattern = CONTROL_CHARACTERS) -> str:
    """The characters of ``pattern`` (control characters) found in ``texts`` as code points:
    ``U+0001, U+0085`` (at most five)."""
    found = sorted(set(pattern.findall("".join(texts))))
    return ", ".join(f"U+{ord(c):04X}" for c in found[:5]) + (" …" if len(found) > 5 else "")


@dataclass
class Decoded:
    """A file's text, the encoding it was read in, and the warning that reading gave (if any)."""

    text: str
    encoding: str
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class BadByte:
    """The first byte of ``data`` that is not UTF-8: its value, line (from 1) and character in the line (from 1)."""

    byte: int
    line: int
    position: int
    column: str | None = None

    @classmethod
    def at(cls, data: bytes, offset: int, encoding: str, csv: bool) -> BadByte:
        start = data.rfind(b"\n", 0, offset) + 1
        before = data[start:offset].decode(encoding, errors="replace")
        column = None
        if csv:
            header = data[: data.find(b"\n")] if b"\n" in data else data
            column = column_at(header.decode(encoding, errors="replace"), before)
        return cls(data[offset], data.count(b"\n", 0, offset) + 1, len(before) + 1, column)

    def params(self) -> dict:
        return {"byte": f"0x{self.byte:02X}", "line": self.line, "position": self.position}


def read_text(path: Path, label: str, csv: bool = True) -> Decoded:
    """The text of the file at ``path`` (see the module's notes); InputError naming ``label`` when unreadable.

    ``csv``: name the column (the header of the CSV field) of the first byte that is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError(Problem.of(ERROR, "unreadable_file", label, key="cannot_open")) from None
    return decode(data, label, csv)


#: An XML declaration's encoding (``<?xml version="1.0" encoding="UTF-16"?>``), read from the first bytes.
XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def read_xml_text(path: Path, label: str) -> Decoded:
    """The text of the XML file at ``path`` (see :func:`decode_xml`); InputError naming ``label``."""
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError(Problem.of(ERROR, "unreadable_file", label, key="cannot_open")) from None
    return decode_xml(data, label)


def decode_xml(data: bytes, label: str) -> Decoded:
    """An XML document's ``data`` as text: a byte-order mark decides (UTF-8 or UTF-16, whatever the
    declaration says), else the encoding the declaration names, else :func:`decode`'s rule.

    Raises InputError (code ``unreadable_file``, key ``xml_encoding``) for a declared encoding Python
    does not know, or bytes that do not fit it.
    """
    if data.startswith(UTF16_BOMS) or data.startswith(UTF8_BOM):
        return decode(data, label, csv=False)
    if data.startswith((b"<\x00", b"\x00<")):  # UTF-16 without its mark: every other byte of '<?xml' is 0
        return xml_as(data, "utf-16-le" if data[0] else "utf-16-be", label)
    declared = XML_DECLARED.match(data)
    try:
        name = codecs.lookup(declared.group(1).decode("ascii")).name if declared else "utf-8"
    except LookupError:
        raise InputError(Problem.of(ERROR, "unreadable_file", label, 1, unit="line", key="xml_encoding")) from None
    if name == "utf-8" or name.startswith(("utf-16", "utf-32")):
        return decode(data, label, csv=False)  # a declaration read as ASCII bytes cannot be UTF-16 or UTF-32
    return xml_as(data, name, label)


def xml_as(data: bytes, name: str, label: str) -> Decoded:
    """``data`` read strictly in the encoding ``name``; InputError (``xml_encoding``) when it does not fit."""
    try:
        return Decoded(data.decode(name), name)
    except (LookupError, UnicodeDecodeError):
        raise InputError(Problem.of(ERROR, "unreadable_file", label, 1, unit="line", key="xml_encoding")) from None


def decode(data: bytes, label: str, csv: bool = True) -> Decoded:
    """``data`` as text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 with a warning.

    Raises InputError (code ``encoding``) for a file that mixes UTF-8 with other bytes, and for a
    byte that neither UTF-8 nor Windows-1252 defines.
    """
    if data.startswith(UTF16_BOMS):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(Problem.of(ERROR, "encoding", label, key="bad_utf16", offset=exc.start + 1)) from None
    bom = data.startswith(UTF8_BOM)
    body = data[3:] if bom else data
    try:
        return Decoded(body.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first = BadByte.at(body, exc.start, "utf-8", csv)
    utf8_lines, other_lines = classify_lines(body)
    other_lines = other_lines or [first.line]  # a sequence that looks like UTF-8 but is not (a surrogate)
    if bom or utf8_lines:
        raise InputError(
            Problem.of(
                ERROR,
                "encoding",
                label,
                first.line,
                first.column,
                key="mixed_encoding" if utf8_lines else "bom_not_utf8",
                rows=other_lines,
                unit="line",
                utf8=list(utf8_lines),
                other=list(other_lines),
                **first.params(),
            )
        )
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError as exc:
        bad = BadByte.at(body, exc.start, "cp1252", csv)
        raise InputError(
            Problem.of(
                ERROR, "encoding", label, bad.line, bad.column, key="undecodable_byte", unit="line", **bad.params()
            )
        ) from None
    lines = lines_at(body, np.flatnonzero(np.frombuffer(body, dtype=np.uint8) >= 0x80))
    warning = Problem.of(
        WARNING,
        "encoding",
        label,
        first.line,
        first.column,
        key="read_as_cp1252",
        rows=lines,
        unit="line",
        lines=list(lines),
        **first.params(),
    )
    return Decoded(text, "cp1252", [warning])


def classify_lines(data: bytes) -> tuple[list[int], list[int]]:
    """Line numbers (from 1) holding UTF-8 text (a well-formed multi-byte sequence), and those
    holding bytes that are not UTF-8. A line with both is in both lists.

    Vectorised over the bytes: a register of 200,000 lines is classified in well under a second.
    """
    codes = np.frombuffer(data, dtype=np.uint8)
    covered = np.zeros(len(codes), dtype=bool)
    starts = []
    lead = (codes[:-1] >= 0xC2) & (codes[:-1] <= 0xF4) & (codes[1:] >= 0x80) & (codes[1:] <= 0xBF)
    for match in UTF8_SEQUENCE.finditer(data) if lead.any() else ():  # the regex only where one may start
        covered[match.start() : match.end()] = True
        starts.append(match.start())
    high = np.flatnonzero(codes >= 0x80)
    return lines_at(data, starts), lines_at(data, high[~covered[high]])


def lines_at(data: bytes, positions) -> list[int]:
    """The distinct line numbers (from 1) of byte ``positions`` in ``data``, in order."""
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0x0A)
    lines = np.searchsorted(newlines, np.asarray(positions, dtype=np.int64)) + 1  # sorted, as the positions
    return lines[np.r_[True, lines[1:] != lines[:-1]]].tolist() if len(lines) else []


def column_at(header: str, before: str) -> str | None:
    """The header of the CSV field in which the text ``before`` (the line up to a byte) ends."""
    sep = sniff_delimiter(header)
    names = [h.strip().strip('"') for h in header.split(sep)]
    index = count_separators(before, sep)
    return names[index] or None if index < len(names) else None


def count_separators(text: str, sep: str) -> int:
    """How many ``sep`` stand in ``text`` outside double quotes."""
    count, quoted = 0, False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            count += 1
    return count


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: ``;`` (Dutch Excel), ``,`` or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: count_separators(first, sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


from .._public import public_dir

__all__ = [
    "UTF8_BOM",
    "UTF16_BOMS",
    "UTF8_SEQUENCE",
    "CONTROL_CHARACTERS",
    "BIDI_CHARACTERS",
    "control_said",
    "Decoded",
    "BadByte",
    "read_text",
    "decode",
    "classify_lines",
    "lines_at",
    "column_at",
    "count_separators",
    "sniff_delimiter",
    "XML_DECLARED",
    "decode_xml",
    "read_xml_text",
    "xml_as",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
