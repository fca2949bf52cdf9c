"""Merging returned survey forms into a landscape, with a reconciliation report.

Memberships come from the bodies each organisation says it takes part in,
ties from the organisations it names, value ratings become columns
(``value_rating`` on memberships and ties). Where members disagree about a
body's frequency or duration the most common answer is kept (on a tie
between answers given equally often: the landscape's own value if it is
among them, else the lowest of them, never a value nobody gave) and every
answer is listed with file, sheet and row; so is every tie that only one of
two responding organisations reported. With the register the survey was made
from, what it knew about the organisations that did not answer is kept
(:mod:`partnernet.intake.carry`). Rows are ordered by id, whatever the order
of the forms.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pandas as pd

from ..language.intake import word
from .carry import ANSWER, REGISTER, carried_rows, register_landscape
from .forms import TIE_KINDS
from .read_forms import Form, read_forms

if TYPE_CHECKING:
    from ..language.langs import Lang
    from collections.abc import Iterable
    from ..landscape import Landscape

CONFLICT_COLUMNS = ["issue", "subject", "organisation", "answer", "chosen", "file", "sheet", "row"]
#: The ``issue`` codes of a conflict: answers that differ on a body's frequency or duration, and a tie that
#: only one side reported (their words: ``issue.<code>`` in language/intake.py).
ISSUES = ("frequency", "duration", "one_sided_tie")


@dataclass(frozen=True)
class Survey:
    """What :func:`collect_survey` returns.

    ``landscape``: the merged Landscape; ``conflicts``: one row per
    disagreeing answer (issue: a code of :data:`ISSUES`, subject,
    organisation, answer, chosen, file, sheet, row); ``responses``: per organisation (name, domain, answered,
    file); ``response_rate``: per domain (index ``domain``; invited,
    answered, rate as a fraction 0-1), data only (all domains together:
    :attr:`response_total`); ``written``: the files written; ``carried``: the
    number of rows taken from the register for the organisations that did not
    answer (organisations, persons, memberships, ties; None without a
    register); ``skipped``: files passed over (Excel's lock files ``~$*.xlsx``).
    """

    landscape: Landscape
    conflicts: pd.DataFrame
    responses: pd.DataFrame
    response_rate: pd.DataFrame
    written: list[Path]
    carried: dict[str, int] | None = None
    skipped: list[Path] | None = None

    @property
    def response_total(self) -> pd.Series:
        """The response of all domains together: ``invited``, ``answered`` (organisations) and ``rate``
        (fraction 0-1), summed from :attr:`response_rate`."""
        invited, answered = int(self.response_rate["invited"].sum()), int(self.response_rate["answered"].sum())
        rate = answered / invited if invited else float("nan")
        return pd.Series({"invited": invited, "answered": answered, "rate": rate}, name="total")

    def _repr_html_(self) -> str:
        from ..analysis.results import html_view

        return html_view("Survey", ((field.name, getattr(self, field.name)) for field in fields(self)))


def collect_survey(
    paths: str | Path | Iterable[str | Path],
    folder: str | Path | None = None,
    lang: Lang | None = None,
    register: str | Path | Landscape | None = None,
    force: bool = False,
) -> Survey:
    """Merge returned survey forms into a landscape and write it as a CSV folder.

    Parameters
    ----------
    paths : iterable of str or Path
        Form files (``.xlsx``) or folders holding them, in any order, any subset.
    folder : str or Path, optional
        Where to write the landscape (six CSV files) and ``survey/`` with
        ``responses.csv``, ``response_rate.csv`` and ``conflicts.csv``.
        Never one of the inputs, and (without ``force``) no folder that holds
        files already. Without it nothing is written.
    lang : "nl" | "en", optional
        Language of the messages and of the reconciliation's words. None (default): ``$PARTNERNET_LANG``, else Dutch.
    register : str, Path or Landscape, optional
        The landscape the forms were made from (``survey make``; cut to the
        forms' date). Its persons, memberships and ties of the organisations
        that did not answer are kept, marked ``survey_source = "register"``
        (answered rows: ``"answer"``). Without it they are missing.
    force : bool
        Write into a folder that holds files already (replacing the landscape's
        CSV files there).

    Raises
    ------
    InputError
        Naming file, sheet, row and column: a file that is not a form, a form
        of another survey or of an unknown organisation, two forms of one
        organisation, a changed roster, an answer outside its list or range,
        a formula without a computed value.
    UsageError
        An output folder that is an input or holds files (without ``force``); a
        register that is not the landscape the forms were made from.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import partnernet as pn
    >>> register = pn.load("tests/fixtures/mini")
    >>> folder = tempfile.TemporaryDirectory()
    >>> forms = pn.survey_forms(register, Path(folder.name) / "forms", lang="en")
    >>> survey = pn.collect_survey(Path(folder.name) / "forms", register=register, lang="en")  # returned unchanged
    >>> survey.response_total.tolist(), int(survey.landscape.counts["memberships"])
    ([5.0, 5.0, 1.0], 10)
    >>> folder.cleanup()
    """
    from ..landscape import Landscape
    from .files import check_free_folder, check_output
    from .template import check_language

    lang = check_language(lang)
    skipped: list[Path] = []
    forms = read_forms(paths, lang, skipped)
    inputs = [f.path for f in forms] + ([register] if isinstance(register, (str, Path)) else [])
    if folder is not None:
        check_output(folder, inputs, lang)
        check_free_folder(folder, force, lang)
        check_not_the_register(folder, forms[0].meta, lang)
    data = json.loads(forms[0].meta["landscape"])
    answered = {f.organisation: f for f in forms}
    organisations = pd.DataFrame(data["organisations"])
    organisations["survey_answered"] = organisations["id"].isin(answered.keys())
    bodies = pd.DataFrame(data["bodies"])
    memberships = membership_rows(forms)
    bodies, frequency = reconcile_bodies(bodies, memberships)
    ties, one_sided = tie_rows(forms, answered)
    tables = {
        "memberships": memberships.drop(columns=["_file", "_sheet", "_row"]),
        "ties": ties.drop(columns=["_file", "_sheet", "_row"]),
    }
    carried = None
    if register is not None:
        silent = set(organisations["id"]) - set(answered)
        tables, carried = with_register(
            tables, register_landscape(register, forms[0].meta, lang), silent, list(bodies["id"])
        )
    land = Landscape.from_tables(
        organisations=organisations,
        bodies=bodies,
        memberships=tables["memberships"],
        persons=tables.get("persons"),
        ties=tables["ties"],
        covenants=pd.DataFrame(data["covenants"], columns=["covenant", "organisation"]),
    )
    conflicts = pd.DataFrame(frequency + one_sided, columns=CONFLICT_COLUMNS)
    responses, rate = response_tables(organisations, answered)
    survey = Survey(land, conflicts, responses, rate, [], carried, skipped)
    if folder is not None:
        survey = replace(survey, written=write_survey(survey, folder, inputs, lang))  # a Survey is frozen
    return survey


def check_not_the_register(folder: str | Path, meta: dict, lang: str) -> None:
    """UsageError when ``folder`` holds the landscape the forms were made from (even with ``force``):
    the register is the survey's input, never overwritten by what is made of it."""
    from ..errors import InputError, UsageError

    if not Path(folder).is_dir() or not any(Path(folder).glob("*.csv")):
        return
    try:
        register_landscape(folder, meta, lang)
    except (InputError, UsageError):
        return
    raise UsageError("output_is_register", text=word("c.output_is_register", lang, path=folder))


def with_register(
    tables: dict, register: Landscape, silent: set, roster: list[str]
) -> tuple[dict[str, pd.DataFrame], dict[str, int]]:
    """The answered tables plus the register's rows of the ``silent`` organisations, each row
    marked with ``survey_source``; and the counts carried over."""
    carried = carried_rows(register, silent, roster)
    merged = {"persons": carried["persons"]}
    for name in ("memberships", "ties"):
        merged[name] = pd.concat(
            [tables[name].assign(survey_source=ANSWER), carried[name].assign(survey_source=REGISTER)], ignore_index=True
        )
    for name in ("memberships", "ties"):
        merged[name] = ordered(merged[name], name)
    counts = {"organisations": len(silent), **{name: len(frame) for name, frame in carried.items()}}
    return merged, counts


def membership_rows(forms: list[Form]) -> pd.DataFrame:
    rows = []
    for form in forms:
        for answer in form.bodies:
            if answer["takes_part"]:
                rows.append(
                    {
                        "member": form.organisation,
                        "body": answer["id"],
                        "role": answer["role"],
                        "seats": max(1, answer["persons"] or 1),
                        "functions": answer["functions"],
                        "value_rating": answer["value"],
                        "meetings_per_year_reported": answer["meetings_per_year"],
                        "hours_per_meeting_reported": answer["hours_per_meeting"],
                        "_file": form.path.name,
                        "_sheet": form.body_sheet,
                        "_row": answer["row"],
                    }
                )
    columns = [
        "member",
        "body",
        "role",
        "seats",
        "functions",
        "value_rating",
        "meetings_per_year_reported",
        "hours_per_meeting_reported",
        "_file",
        "_sheet",
        "_row",
    ]
    return ordered(pd.DataFrame(rows, columns=columns), "memberships")


def ordered(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Rows by id (member and body; source, target and kind), whatever the order of the forms."""
    key = {"memberships": ["member", "body"], "ties": ["source", "target", "kind"]}[table]
    return frame.sort_values(key, kind="stable").reset_index(drop=True)


def reconcile_bodies(bodies: pd.DataFrame, memberships: pd.DataFrame) -> tuple[pd.DataFrame, list[list[object]]]:
    """Each body's frequency and duration from its members' answers; the answers that differ
    from the value kept (one conflict row each, with the value kept as ``chosen``)."""
    bodies = bodies.copy()
    conflicts = []
    for column, issue in (("meetings_per_year", "frequency"), ("hours_per_meeting", "duration")):
        reported = memberships.dropna(subset=[f"{column}_reported"])
        for body, answers in reported.groupby("body", sort=False):
            position = bodies.index[bodies["id"] == body][0]
            values = answers[f"{column}_reported"].astype(float)
            chosen = choose(values, cast("float | None", bodies.at[position, column]))  # a number column
            bodies.at[position, column] = chosen
            for organisation, value, file, sheet, row in zip(
                answers["member"], values, answers["_file"], answers["_sheet"], answers["_row"]
            ):
                if value != chosen:
                    conflicts.append([issue, body, organisation, f"{value:g}", f"{chosen:g}", file, sheet, row])
    return bodies, conflicts


def choose(values: pd.Series, known: float | None) -> float:
    """The most common answer. When several answers are given equally often: the landscape's
    value if it is among them, else the lowest of them (a frequency or duration somebody gave,
    and the cautious one for the workload)."""
    counts = Counter(values)
    top = max(counts.values())
    tied = sorted(v for v, n in counts.items() if n == top)
    if len(tied) == 1:
        return tied[0]
    if known is not None and not pd.isna(known) and float(known) in tied:
        return float(known)
    return float(tied[0])


def tie_rows(forms: list[Form], answered: dict[str, Form]) -> tuple[pd.DataFrame, list[list[object]]]:
    """One directed tie per answer (source = the organisation that reported it); the one-sided ones."""
    rows = []
    for form in forms:
        for answer in form.organisations:
            for kind in TIE_KINDS:
                if answer[kind]:
                    rows.append(
                        {
                            "source": form.organisation,
                            "target": answer["id"],
                            "kind": kind,
                            "directed": True,
                            "value_rating": answer["value"],
                            "_file": form.path.name,
                            "_sheet": form.organisation_sheet,
                            "_row": answer["row"],
                        }
                    )
    ties = ordered(
        pd.DataFrame(rows, columns=["source", "target", "kind", "directed", "value_rating", "_file", "_sheet", "_row"]),
        "ties",
    )
    reported = set(zip(ties["source"], ties["target"], ties["kind"]))
    conflicts = [
        ["one_sided_tie", target, source, kind, None, file, sheet, row]
        for source, target, kind, file, sheet, row in zip(
            ties["source"], ties["target"], ties["kind"], ties["_file"], ties["_sheet"], ties["_row"]
        )
        if target in answered and (target, source, kind) not in reported
    ]
    return ties, conflicts


def response_tables(organisations: pd.DataFrame, answered: dict[str, Form]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per organisation whether it answered, and per domain (data only) how many were invited and answered."""
    responses = pd.DataFrame(
        {
            "organisation": organisations["id"],
            "name": organisations.get("name"),
            "domain": organisations.get("domain"),
            "answered": organisations["survey_answered"],
            "file": organisations["id"].map(lambda o: answered[o].path.name if o in answered else None),
        }
    )
    groups = responses.fillna({"domain": "-"}).groupby("domain", sort=True)["answered"]
    rate = pd.DataFrame({"invited": groups.size(), "answered": groups.sum().astype(int)})
    rate["rate"] = rate["answered"] / rate["invited"]
    return responses.set_index("organisation"), rate.rename_axis("domain")


#: The subfolder of the collected landscape that holds the reconciliation tables.
SURVEY_FOLDER = "survey"


def write_survey(survey: Survey, folder: str | Path, inputs: Iterable[str | Path], lang: str) -> list[Path]:
    """The landscape's CSV files, then ``survey/`` with the reconciliation tables."""
    from ..io.writers import TABLE_FILES, csv_files
    from ..output import render_csv
    from .. import output
    from .files import check_output

    folder = check_output(folder, inputs, lang)
    sources = output.input_paths(*inputs)
    files = csv_files(survey.landscape)
    for name, frame in (
        ("responses", survey.responses),
        ("response_rate", survey.response_rate),
        ("conflicts", survey.conflicts),
    ):
        files[f"{SURVEY_FOLDER}/{name}.csv"] = render_csv(frame).encode("utf-8")
    output.write_folder(folder, files, sources, own=lambda name: name in TABLE_FILES or name == SURVEY_FOLDER)
    return [folder / name for name in sorted(files)]


from .._public import public_dir

__all__ = [
    "CONFLICT_COLUMNS",
    "ISSUES",
    "Survey",
    "collect_survey",
    "check_not_the_register",
    "with_register",
    "membership_rows",
    "ordered",
    "reconcile_bodies",
    "choose",
    "tie_rows",
    "response_tables",
    "SURVEY_FOLDER",
    "write_survey",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
