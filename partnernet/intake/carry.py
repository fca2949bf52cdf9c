"""What the register knew about organisations that did not answer the survey.

A survey is made from a landscape (``survey make``); every form carries its
fingerprint. Given that landscape again (``--register``), collecting keeps
what the register said about the organisations that sent no form back (their
persons, memberships and the ties they would have reported) instead of
dropping it; answers decide for everyone who answered. Each carried row gets
``survey_source = "register"``, each answered row ``"answer"``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..errors import UsageError
from ..language.intake import word

if TYPE_CHECKING:
    from ..landscape import Landscape

ANSWER, REGISTER = "answer", "register"


def register_landscape(register: str | Path | Landscape, meta: dict, lang: str) -> Landscape:
    """The register as the forms were made from it: loaded (a path) and cut to the forms' date.

    Raises
    ------
    UsageError
        When its fingerprint differs from the forms' (another landscape, another date or roster).
    """
    from .forms import digest, landscape_data

    source = register
    if isinstance(register, (str, Path)):
        from ..io import load

        register = load(register)
    if meta.get("at"):
        register = register.at(meta["at"])
    roster = json.loads(meta["bodies"])
    if digest(landscape_data(register, roster)) != meta.get("fingerprint"):
        raise UsageError(
            "register_differs",
            text=word("c.register_differs", lang, register=getattr(source, "source", source), at=meta.get("at") or "-"),
        )
    return register


def carried_rows(register: Landscape, silent: set, roster: list[str]) -> dict[str, pd.DataFrame]:
    """The register's persons, memberships and ties of the organisations in ``silent`` (ids),
    at the roster's bodies; ties as the silent end would report them (directed from it, a
    person of an answering organisation replaced by that organisation)."""
    from ..io.writers import input_tables

    tables = input_tables(register)
    persons = tables["persons"][tables["persons"]["organisation"].isin(silent)]
    kept = set(persons["id"])
    m = register.memberships
    memberships = tables["memberships"][(m["organisation"].isin(silent) & m["body"].isin(roster)).to_numpy()]
    person_org = register.persons["organisation"]

    def end(ids: pd.Series) -> pd.Series:
        return ids.where(ids.isin(kept) | ~ids.isin(person_org.index), ids.map(person_org))

    ties = tables["ties"]
    source_org = ties["source"].map(person_org).fillna(ties["source"])
    target_org = ties["target"].map(person_org).fillna(ties["target"])
    forward = source_org.isin(silent)
    backward = ~forward & ~ties["directed"].astype(bool) & target_org.isin(silent)
    flipped = ties[backward].rename(columns={"source": "target", "target": "source"})
    ties = pd.concat([ties[forward], flipped])
    ties = ties.assign(source=end(ties["source"]), target=end(ties["target"]))
    both_silent = ties["source"].map(person_org).fillna(ties["source"]).isin(silent) & ties["target"].map(
        person_org
    ).fillna(ties["target"]).isin(silent)
    ties = ties.assign(directed=ties["directed"].astype(bool) | ~both_silent)
    ties = ties[ties["source"] != ties["target"]]
    return {"persons": persons, "memberships": memberships, "ties": ties}


from .._public import public_dir

__all__ = ["ANSWER", "REGISTER", "register_landscape", "carried_rows"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
