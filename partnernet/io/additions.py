"""New bodies added to a loaded landscape (a what-if), checked by the loader's own rules.

:func:`check_new_bodies` hands the new bodies, as the strings a file would
hold, to the loader's :class:`~partnernet.io.build.Builder` together with the
ids the landscape already has, so a new body meets the same checks and
messages as a body in ``bodies.csv``: ids, vocabulary, numbers and their
bounds, dates, references (members, ``reports_to``, ``host``) and cycles.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd

from ..language.errors import message
from ..errors import ERROR, InputError, Problem
from .build import Builder
from .readers import RawInput, RawTable


def check_new_bodies(
    bodies: Sequence[Mapping[str, object]], *, organisations: pd.Index, persons: pd.Series, existing: pd.DataFrame
) -> pd.DataFrame:
    """The new ``bodies`` parsed as the loader parses ``bodies.csv``; raise what it would raise.

    Parameters
    ----------
    bodies : one mapping per new body with the columns of ``bodies.csv``
        (``id``, ``name``, ``kind``, ``regime``, ``level``,
        ``meetings_per_year``, ``hours_per_meeting``, ``reports_to``,
        ``host``, ``covenant``, ``start``, ``end``; missing or None for
        empty) and ``members``, a list of organisation or person ids.
    organisations : the ids of the landscape's organisations
    persons : the landscape's persons' organisation, indexed by person id
    existing : the landscape's bodies (index ``id``, column ``reports_to``)

    Returns
    -------
    DataFrame indexed by ``id`` (the new bodies, in order) with the loader's
    body columns: canonical vocabulary, numbers as floats, dates.

    Raises
    ------
    InputError
        With the loader's problems (file label "new bodies", row = the new
        body's position from 1, column): an error the loader would report,
        and an unknown vocabulary value, which the loader keeps with a
        warning but a what-if refuses (there is no file to correct later).
    """
    # the new bodies' labels in messages, in place of a file name
    label, members_label = message("label.new_bodies"), message("label.new_members")
    new = pd.DataFrame(
        [{k: _text(v) for k, v in body.items() if k != "members"} for body in bodies],
        index=pd.RangeIndex(1, len(bodies) + 1),
    )
    old = pd.DataFrame(
        {"id": existing.index.astype(str), "reports_to": existing["reports_to"].map(_text)},
        index=pd.RangeIndex(len(new) + 1, len(new) + len(existing) + 1),
    )
    members = pd.DataFrame(
        [(str(m), str(b["id"])) for b in bodies for m in b["members"]],  # type: ignore[attr-defined]
        columns=["member", "body"],
    )
    members.index = pd.RangeIndex(1, len(members) + 1)
    raw = RawInput(
        label,
        {
            "organisations": _table("organisations", pd.DataFrame({"id": organisations.astype(str)})),
            "persons": _table(
                "persons", pd.DataFrame({"id": persons.index.astype(str), "organisation": persons.map(_text)})
            ),
            "bodies": _table("bodies", pd.concat([new, old]).fillna(""), label),
            "memberships": _table("memberships", members, members_label),
        },
    )
    builder = Builder(raw, strict_vocabulary=True)
    tables = builder.run()
    refused = [_in_register(p, members_label) for p in builder.problems if p.file in (label, members_label)]
    refused = [p for p in refused if p.severity == ERROR]
    if refused:
        raise InputError(refused)
    return tables["bodies"].iloc[: len(new)]


def _in_register(problem: Problem, members_label: str) -> Problem:
    """An unknown member of a new body is missing from the register, not from a file to add it to."""
    if problem.code != "unknown_reference" or problem.file != members_label:
        return problem
    params = dict(problem.params)
    return Problem.of(
        ERROR,
        problem.code,
        problem.file,
        problem.row,
        problem.column,
        key="unknown_member_new_body",
        value=params["value"],
        hint=params.get("hint", ""),
    )


def _table(name: str, frame: pd.DataFrame, label: str | None = None) -> RawTable:
    if label is None:  # the landscape's own rows: numbered from 1, never reported (they were loaded)
        frame = frame.set_axis(pd.RangeIndex(1, len(frame) + 1))
    return RawTable(name, label or message("label.landscape", name=name), frame.fillna("").astype(str))


def _text(value: object) -> str:
    """A cell as a file holds it: "" for None or NaN, else the value's text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


from .._public import public_dir

__all__ = ["check_new_bodies"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
