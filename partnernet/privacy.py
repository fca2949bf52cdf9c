"""Pseudonymisation: person ids and names replaced by stable pseudonyms.

A membership register with named officials is personal data (GDPR). A
pseudonymised landscape keeps every structure and figure but shows persons
only as ``P-1a2b3c4d``: the same person gets the same pseudonym in every run
and every output made with the same key, so reports can be compared without
showing who is who. This is pseudonymisation, not anonymisation: whoever holds
the register (and the key) can link pseudonyms back to persons.
"""

from __future__ import annotations

import hashlib
import hmac

import numpy as np
import pandas as pd

DEFAULT_KEY = "partnernet"


def pseudonym(person_id: str, key: str = DEFAULT_KEY, length: int = 8) -> str:
    digest = hmac.new(key.encode("utf-8"), str(person_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"P-{digest[:length]}"


def pseudonymise(land, key: str = DEFAULT_KEY):
    """The landscape with person ids replaced by pseudonyms and person names removed.

    Parameters
    ----------
    land : Landscape
    key : str
        Secret that makes the pseudonyms; the same key gives the same
        pseudonyms. Use your own key so that nobody can recompute them from a
        list of ids.

    Examples
    --------
    >>> import partnernet as pn
    >>> safe = pn.pseudonymise(pn.load("data/regio-voorbeeld"))  # doctest: +SKIP
    >>> safe.persons.index[0]  # doctest: +SKIP
    'P-...'
    """
    ids = land.persons.index
    length = 8
    mapping = {pid: pseudonym(pid, key, length) for pid in ids}
    while len(set(mapping.values())) < len(mapping):  # a collision: use longer pseudonyms
        length += 4
        mapping = {pid: pseudonym(pid, key, length) for pid in ids}
    persons = land.persons.rename(index=mapping)
    persons["name"] = pd.Series(np.nan, index=persons.index, dtype=land.persons["name"].dtype)
    m = land.memberships.copy()
    is_person = m["member_kind"] == "person"
    m.loc[is_person, "member"] = m.loc[is_person, "member"].map(mapping)
    ties = land.ties.copy()
    for column in ("source", "target"):
        ties[column] = ties[column].map(lambda v: mapping.get(v, v))
    return land.replace(persons=persons, memberships=m, ties=ties)
