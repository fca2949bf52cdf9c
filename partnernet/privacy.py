"""Pseudonymisation: persons shown only as keyed pseudonyms, free text left out.

A membership register with named officials is personal data (GDPR). A
pseudonymised landscape keeps every structure and figure but shows a person
only as ``P-1a2b3c4d``, an HMAC-SHA256 of the person's id under a secret key
(Krawczyk, Bellare & Canetti 1997, RFC 2104). What it does:

- person ids become pseudonyms everywhere (persons, memberships, ties);
- person names and functions are left out (a function such as "burgemeester"
  names one person as surely as a name does), and so is every column the
  schema does not know, in every table (``email``, ``note``, ...);
- warnings and error messages show pseudonyms instead of person ids, and hide
  any other quoted value that is not an organisation, body or vocabulary word
  (a mistyped id is still a name);
- the landscape says so: a warning with code ``pseudonymised`` lists what was
  left out, and reports repeat it.

The key is random for each run unless the user gives one (``key=``,
``--pseudonym-key`` or the environment variable ``PARTNERNET_PSEUDONYM_KEY``):
only then are pseudonyms the same across runs, and only who holds the key can
recompute them from a list of ids. What it does not do: it is
pseudonymisation, not anonymisation. Organisations, bodies, roles and dates
stay, so a person who is the only member of an organisation at a table can
still be recognised by whoever knows the landscape, and pseudonymised data is
still personal data under the GDPR (recital 26).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import hashlib
import hmac
import os
import re
import secrets

import numpy as np
import pandas as pd

from .errors import WARNING, Place, Problem, UsageError
from .language.errors import message

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from .landscape import Landscape

#: The environment variable that holds a pseudonym key (stable pseudonyms across runs).
KEY_VARIABLE = "PARTNERNET_PSEUDONYM_KEY"
#: What replaces a hidden value in a message.
HIDDEN = "…"
#: What replaces a value outside its column's vocabulary (free text) under pseudonymisation.
OTHER = "other"
QUOTED = re.compile(r"'([^']*)'")


def resolve_key(key: str | bytes | None = None) -> bytes:
    """The key to use: the one given, else ``$PARTNERNET_PSEUDONYM_KEY`` (unset or empty: none), else 32
    random bytes.

    Raises :class:`UsageError` (``empty_pseudonym_key``) for a key given as empty or blank text or bytes:
    HMAC with an empty key is no secret, anyone with the person ids could make the same pseudonyms.
    """
    variable = None
    if key is None:
        key = variable = os.environ.get(KEY_VARIABLE) or None
    if key is None:
        return secrets.token_bytes(32)
    secret = key.encode("utf-8") if isinstance(key, str) else bytes(key)
    if not secret.strip():
        raise UsageError("empty_pseudonym_key_variable" if variable is not None else "empty_pseudonym_key")
    return secret


def pseudonym(person_id: str, key: str | bytes, length: int = 8) -> str:
    """``P-`` and the first ``length`` hex digits of HMAC-SHA256(key, id)."""
    key = key.encode("utf-8") if isinstance(key, str) else key
    digest = hmac.new(key, str(person_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"P-{digest[:length]}"


def pseudonyms(ids: Collection[str], key: bytes) -> dict[str, str]:
    """Person id -> pseudonym, longer where 8 hex digits would collide."""
    length = 8
    mapping = {pid: pseudonym(pid, key, length) for pid in ids}
    while len(set(mapping.values())) < len(mapping):
        length += 4
        mapping = {pid: pseudonym(pid, key, length) for pid in ids}
    return mapping


def pseudonymise(land: Landscape, key: str | bytes | None = None) -> Landscape:
    """The landscape with persons as pseudonyms and free text left out.

    Parameters
    ----------
    land : Landscape
    key : str or bytes, optional
        Secret that makes the pseudonyms; the same key gives the same
        pseudonyms. Default: ``$PARTNERNET_PSEUDONYM_KEY``, else a random key,
        so pseudonyms differ from run to run.

    Returns
    -------
    Landscape
        Person ids replaced by ``P-…`` pseudonyms in persons, memberships and
        ties; person names and functions empty; columns outside the schema
        dropped from every table; warnings rewritten (see the module notes),
        plus one warning (code ``pseudonymised``) saying what was left out.

    Examples
    --------
    >>> import partnernet as pn
    >>> safe = pn.pseudonymise(pn.load("data/regio-voorbeeld"), key="our secret")
    >>> safe.persons.index[0], bool(safe.persons["name"].isna().all())
    ('P-f879a4f5', True)
    """
    from .io.schema import TABLES

    mapping = pseudonyms(land.persons.index, resolve_key(key))
    tables, dropped = {}, []
    for name, spec in TABLES.items():
        frame = getattr(land, name)
        extra = [c for c in frame.columns if c not in spec.names and c not in ("member_kind", "organisation")]
        dropped += [f"{column} ({name})" for column in extra]
        tables[name] = frame.drop(columns=extra)
    persons = tables["persons"].rename(index=mapping)
    for column in ("name", "function"):
        persons[column] = pd.Series(np.nan, index=persons.index, dtype=land.persons[column].dtype)
    tables, masked = _mask_vocabulary(tables)
    memberships = tables["memberships"].copy()
    is_person = memberships["member_kind"] == "person"
    memberships.loc[is_person, "member"] = memberships.loc[is_person, "member"].map(mapping)
    ties = tables["ties"].copy()
    for column in ("source", "target"):
        ties[column] = ties[column].map(lambda v: mapping.get(v, v))
    known = _known_words(land)
    warnings = [redact(p, lambda text: mapping.get(text, text if text in known else None)) for p in land.warnings]
    warnings.append(
        Problem.of(
            WARNING,
            "pseudonymised",
            dropped=message("pseudonymised.dropped", columns=", ".join(dropped)) if dropped else "",
            masked=message("pseudonymised.masked", columns=", ".join(masked), other=OTHER) if masked else "",
        )
    )
    if _edge_list_without_persons(land):
        warnings.append(Problem.of(WARNING, "members_as_organisations", os.path.basename(str(land.source))))
    safe = land.replace(**{**tables, "persons": persons, "memberships": memberships, "ties": ties})
    safe.warnings = warnings
    return safe


def _mask_vocabulary(tables: dict) -> tuple[dict, list[str]]:
    """Tables with every value outside its column's vocabulary replaced by :data:`OTHER`.

    Free text typed in a vocabulary column ("klaas-vaak-is-voorzitter") can
    name a person; the loader keeps it as written, so it is masked here.
    Returns the tables and the masked columns as ``column (table)``.
    """
    from .io.schema import TABLES, VOCABULARY_LOOKUP

    masked = []
    for name, spec in TABLES.items():
        frame = tables[name]
        for column in spec.columns:
            if column.vocabulary is None or column.name not in frame.columns:
                continue
            values = frame[column.name]
            unknown = values.notna() & ~values.isin(set(VOCABULARY_LOOKUP[column.vocabulary].values()))
            if unknown.any():
                frame = frame.copy() if frame is tables[name] else frame
                frame[column.name] = values.mask(unknown, OTHER)
                masked.append(f"{column.name} ({name})")
        tables[name] = frame
    return tables, masked


def _edge_list_without_persons(land) -> bool:
    """Whether ``land`` came from a plain edge list (a .csv/.tsv/.txt file) that holds no persons:
    its members (``naam;overleg``, ``lid;overleg``, ``member,body``) are then organisations."""
    suffix = os.path.splitext(str(land.source or ""))[1].lower()
    return suffix in (".csv", ".tsv", ".txt") and land.persons.empty


def shown_source(land: Landscape) -> str | None:
    """The landscape's source as outputs show it: only the file or folder name when pseudonymised
    (a path names the analyst's folders, sometimes a person)."""
    if land.source is None or not is_pseudonymised(land):
        return land.source
    return os.path.basename(os.path.normpath(str(land.source))) or str(land.source)


def is_pseudonymised(land: Landscape) -> bool:
    """Whether ``land`` came from :func:`pseudonymise`."""
    return any(p.code == "pseudonymised" for p in land.warnings)


def _known_words(land) -> set[str]:
    """Words a message may show under pseudonymisation: organisation and body ids, schema words."""
    return _schema_words() | set(map(str, land.organisations.index)) | set(map(str, land.bodies.index))


def shown_words(safe: Landscape) -> set[str]:
    """Quoted words a message about the pseudonymised landscape ``safe`` may show:
    organisation and body ids, pseudonyms and schema words."""
    return _known_words(safe) | set(map(str, safe.persons.index))


def redact_text(text: str, shown: set[str]) -> str:
    """``text`` with each quoted value hidden unless it is in ``shown`` or is a path
    (holds a ``/`` or names an existing file): for messages that repeat what the user typed."""

    def replace(match: re.Match) -> str:
        value = match.group(1)
        keep = value in shown or os.sep in value or "/" in value or (value and os.path.exists(value))
        return match.group(0) if keep else f"'{HIDDEN}'"

    return QUOTED.sub(replace, text)


def redact(problem: Problem, shown: Callable[[str], str | None] | None = None) -> Problem:
    """The problem with each quoted value replaced by ``shown(value)``, or hidden when that is None.

    By default every quoted value that is not a schema word is hidden: for
    errors met while loading a register that is to be pseudonymised, where
    persons are not yet known. The column is hidden too when it is not a
    schema column (a header may be anything), and the file is shown by its name only (a
    workbook's sheet is kept: :class:`partnernet.errors.Place`). Every other field is kept;
    ``params`` and ``key`` are left out, since they hold the values the message hides.
    """
    if shown is None:
        known = _schema_words()
        shown = lambda text: text if text in known else None  # noqa: E731 - a one-line rule

    def replace(match: re.Match) -> str:
        value = shown(match.group(1))
        return f"'{HIDDEN if value is None else value}'"

    column = problem.column
    if column is not None and _schema_column(column) is None:
        column = HIDDEN
    return Problem(
        problem.severity,
        problem.code,
        QUOTED.sub(replace, problem.message),
        _file_name(problem.file),
        problem.row,
        column,
        problem.fix and QUOTED.sub(replace, problem.fix),
        problem.rows,
        problem.unit,
    )  # without params: they hold the values the message hides


def _file_name(file: str | None) -> str | None:
    """``file`` by its name only (a path may name someone); a :class:`~partnernet.errors.Place` keeps its sheet."""
    if not file:
        return file
    path = getattr(file, "file", None)
    if path:
        name = os.path.basename(os.path.normpath(path))
        return Place(str(file).replace(path, name), name, getattr(file, "sheet", None))
    return os.path.basename(os.path.normpath(file))


def _schema_words() -> set[str]:
    """Table and column names, their aliases, and vocabulary words."""
    from .io.schema import TABLES, VOCABULARY_LOOKUP

    words = {spec.name for spec in TABLES.values()}
    for spec in TABLES.values():
        for column in spec.columns:
            words.update((column.name, *column.aliases))
    for lookup in VOCABULARY_LOOKUP.values():
        words.update(lookup)
    return words


def _schema_column(header: str):
    from .io.schema import TABLES, canonical_column

    return next((found for spec in TABLES.values() if (found := canonical_column(spec, header))), None)


from ._public import public_dir

__all__ = [
    "KEY_VARIABLE",
    "HIDDEN",
    "OTHER",
    "QUOTED",
    "resolve_key",
    "pseudonym",
    "pseudonyms",
    "pseudonymise",
    "shown_source",
    "is_pseudonymised",
    "shown_words",
    "redact_text",
    "redact",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
