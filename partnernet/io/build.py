"""Validation and normalisation: from raw tables of strings to a Landscape.

All checks of bad input live here. Every error is collected (not
only the first) and raised together as one :class:`InputError`; warnings go
onto the landscape. Each problem names file, row and column and says what
would fix it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


import difflib
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ERROR, WARNING, InputError, Problem
from ..language.errors import either, message, more_of
from . import parse
from .readers import RawInput, RawTable
from .text import BIDI_CHARACTERS, CONTROL_CHARACTERS, control_said
from .schema import (
    BOOL,
    BOUNDS,
    COUNT,
    DATE,
    DATE_RANGE,
    ID,
    NUMBER,
    OPEN_END,
    REF,
    TABLES,
    TEXT,
    required_tables,
    VOCAB,
    VOCABULARIES,
    Column,
    TableSpec,
    accepted_headers,
    slug,
)

if TYPE_CHECKING:
    from typing import Any

#: Suggestions ("did you mean ...") are looked up for this many unknown ids at most.
MAX_SUGGESTIONS = 50
ROW = "_row"


def build_landscape(raw: RawInput):
    """Check and normalise ``raw``; return a Landscape or raise InputError."""
    from ..landscape import Landscape, _in_order

    builder = Builder(raw)
    tables = builder.run()
    errors = [p for p in builder.problems if p.severity == ERROR]
    if errors:
        raise InputError(errors + [p for p in builder.problems if p.severity == WARNING])
    return Landscape(*_in_order(tables), warnings=builder.problems, source=raw.source)


class Builder:
    def __init__(self, raw: RawInput, strict_vocabulary: bool = False):
        self.raw = raw
        #: Refuse an unknown vocabulary value (error) instead of keeping it as written (warning).
        self.strict_vocabulary = strict_vocabulary
        self.problems: list[Problem] = list(raw.problems)
        self.frames: dict[str, pd.DataFrame] = {}
        #: Tables that could not be read: references into them are not checked,
        #: so one unreadable file does not bury its error under hundreds of others.
        self.failed: set[str] = set(raw.unreadable)
        self._suggested = 0
        #: the last table checked for control characters and its columns' values joined (for the bidi check)
        self._texts: tuple[pd.DataFrame, dict] | None = None

    # -- reporting -----------------------------------------------------------

    def report(self, severity, code, table: RawTable | None, row, column, rows=(), **params: Any) -> None:
        """The problem ``code`` (words: :mod:`partnernet.language.problems`) at ``table``, ``row``, ``column``."""
        label = table.label if table is not None else self.raw.source
        header = table.header(column) if (table is not None and column) else column
        unit = table.unit if table is not None else "row"
        self.problems.append(Problem.of(severity, code, label, row, header, rows=rows, unit=unit, **params))

    def report_cells(self, severity, code, table, column, mask, **params: Any) -> None:
        """One problem per cell in ``mask``; its message gets the cell's text as ``text``."""
        values = table.frame[column] if column in table.frame else None
        for pos in np.flatnonzero(
            mask.to_numpy()
        ).tolist():  # by position: a GEXF edge with spells repeats its row number
            text = "" if values is None else values.iat[pos]
            self.report(severity, code, table, mask.index[pos], column, text=text, **params)

    # -- the run -------------------------------------------------------------

    def run(self) -> dict[str, pd.DataFrame]:
        required = required_tables(self.raw.tables)
        for name, spec in TABLES.items():
            table = self.raw.tables.get(name)
            frame = self.parse_table(table, spec) if table is not None else None
            if frame is None and (name in required or table is not None):
                self.failed.add(name)
            self.frames[name] = frame if frame is not None else empty_frame(spec)
        self.check_duplicate_ids()
        self.check_id_collisions()
        self.check_references()
        self.check_cycles("bodies", "reports_to")
        self.check_cycles("organisations", "parent")
        self.check_date_order("memberships")
        self.check_date_order("bodies")
        self.check_date_order("ties")
        self.merge_duplicate_memberships()
        self.drop_self_ties()
        memberships = self.derive_membership_organisations()
        # checks across tables only when the tables they read were read: a missing column is
        # one error, not one echo per organisation or body
        if self.read_all("memberships", "bodies"):
            self.check_body_lifetimes(memberships)
        if self.read_all("memberships", "ties", "persons"):
            self.warn_isolated_organisations(memberships)
        if self.read_all("organisations"):
            self.warn_blank_domains()
        if self.read_all("memberships"):
            self.warn_small_bodies(memberships)
        if self.read_all("covenants"):
            self.warn_unsigned_covenants()
        return self.finish(memberships)

    def read_all(self, *names: str) -> bool:
        """Whether none of the tables ``names`` failed to be read (missing, unreadable, or a required column missing)."""
        return not self.failed.intersection(names)

    # -- per-table parsing ---------------------------------------------------

    def parse_table(self, table: RawTable, spec: TableSpec) -> pd.DataFrame | None:
        missing = [c for c in spec.columns if c.required and c.name not in table.frame.columns]
        for col in missing:
            self.report_missing_column(table, spec, col, len(missing))
        if missing:
            return None
        self.warn_misnamed_columns(table, spec)
        frame = self.strip_control_characters(table)
        self.warn_bidi_characters(table, frame)
        out = {}  # the columns, made into a frame at once (adding them one by one cost ~0.1 ms each)
        for col in spec.columns:
            values = frame[col.name] if col.name in frame else pd.Series("", index=frame.index, dtype=str)
            out[col.name] = self.parse_column(table, spec, col, values.astype(str))
        for extra in (c for c in frame.columns if c not in spec.names):
            out[extra] = parse.as_text(frame[extra].astype(str))
        out[ROW] = frame.index
        return pd.DataFrame(out, index=frame.index).reset_index(drop=True)

    def report_missing_column(self, table: RawTable, spec: TableSpec, col: Column, n_missing: int) -> None:
        """One error for a required column that is missing: the columns found and the one meant, if any.

        The header meant is the unknown header closest to the column's accepted names, or the only
        unknown header when one column is missing; the error's column is that header.
        """
        found = [table.header(c) for c in table.frame.columns]
        unknown = [table.header(c) for c in table.frame.columns if c not in spec.names and table.header(c)]
        accepted = [col.name, *col.aliases]
        close = {h: difflib.get_close_matches(slug(h), accepted, n=1, cutoff=0.6) for h in unknown}
        meant = next((h for h in unknown if close[h]), unknown[0] if len(unknown) == 1 and n_missing == 1 else None)
        self.report(
            ERROR,
            "missing_column",
            table,
            1,
            meant,
            key="missing_column.meant" if meant else "missing_column",
            name=col.name,
            headers=accepted_headers(col),
            found=[h for h in found if h],
            meant=meant,
        )

    def warn_misnamed_columns(self, table: RawTable, spec: TableSpec) -> None:
        """A warning per unknown header that is close to an optional column the table lacks
        (``domian`` for ``domain``), as :meth:`report_missing_column` finds the one meant;
        other unknown headers are extra columns, kept without a word."""
        absent = [c for c in spec.columns if not c.required and c.name not in table.frame.columns]
        for column in (c for c in table.frame.columns if c not in spec.names and table.header(c)):
            header = table.header(column)
            meant = next(
                (c for c in absent if difflib.get_close_matches(slug(header), [c.name, *c.aliases], n=1, cutoff=0.6)),
                None,
            )
            if meant is not None:
                self.report(
                    WARNING,
                    "misnamed_column",
                    table,
                    1,
                    column,
                    name=meant.name,
                    meant=header,
                    headers=accepted_headers(meant),
                )

    def strip_control_characters(self, table: RawTable) -> pd.DataFrame:
        """The table without control characters (NUL, escape, C1 such as U+0085), which no output can hold
        and no name means; one warning per column, naming its first row and the characters."""
        frame = table.frame
        texts: dict = {}
        for column, values in self.warn_characters(table, frame, CONTROL_CHARACTERS, "control_characters", texts):
            frame = frame.assign(**{column: values.str.replace(CONTROL_CHARACTERS, "", regex=True)})
            texts.pop(column)  # changed: joined again when asked
        self._texts = (frame, texts)
        return frame

    def warn_bidi_characters(self, table: RawTable, frame: pd.DataFrame) -> None:
        """One warning per column whose values hold bidirectional controls (U+202E ...), naming its first
        row and the characters; the values are kept as they are."""
        known = self._texts
        texts = known[1] if known is not None and known[0] is frame else {}  # joined by the control check
        self._texts = None
        self.warn_characters(table, frame, BIDI_CHARACTERS, "bidi_characters", texts)

    def warn_characters(
        self, table: RawTable, frame: pd.DataFrame, pattern, code: str, texts: dict | None = None
    ) -> list:
        """One warning ``code`` per column with characters of ``pattern``, naming its first row and the
        characters (as code points); the (column, values as text) pairs that have them. ``texts``: each
        column's values joined, by column (filled here, for the next pattern)."""
        found_in = []
        texts = {} if texts is None else texts
        for column in frame.columns:
            values = frame[column].astype(str)
            if column not in texts:
                texts[column] = "\n".join(values.tolist())
            if not holds(texts[column], pattern):
                continue
            found = values.str.contains(pattern)
            rows = list(frame.index[found.to_numpy()])
            chars = control_said(values[found].tolist(), pattern)
            self.report(WARNING, code, table, rows[0], column, rows, more=more_of(rows), chars=chars)
            found_in.append((column, values))
        return found_in

    def parse_column(self, table: RawTable, spec: TableSpec, col: Column, values: pd.Series):
        empty = values.eq("")
        if col.required and col.kind in (ID, REF, TEXT):
            self.report_cells(ERROR, "missing_value", table, col.name, empty, name=col.name)
        if col.kind in (ID, REF, TEXT):
            return parse.as_text(values)
        if col.kind == VOCAB:
            return self.parse_vocabulary(table, col, values)
        if col.kind in (NUMBER, COUNT):
            return self.parse_number(table, spec, col, values)
        if col.kind == DATE:
            return self.parse_date(table, col, values)
        if col.kind == BOOL:
            truth, bad = parse.parse_booleans(values)
            self.report_cells(ERROR, "bad_boolean", table, col.name, bad)
            return truth.where(~empty, bool(col.default))
        raise AssertionError(col.kind)  # pragma: no cover - the schema has no other kinds

    def parse_vocabulary(self, table, col, values):
        mapped, unknown = parse.parse_vocabulary(values, col.vocabulary)
        problems = mapped[unknown].groupby(mapped[unknown]).groups.items() if unknown.any() else ()
        for value, rows in problems:
            rows = list(rows)
            self.report(
                ERROR if self.strict_vocabulary else WARNING,
                "unknown_value",
                table,
                rows[0],
                col.name,
                rows,
                key="unknown_value" if self.strict_vocabulary else "unknown_value_kept",
                name=col.name,
                value=value,
                more=more_of(rows),
                allowed=list(VOCABULARIES[col.vocabulary]),
            )
        if col.default is not None:
            mapped = mapped.fillna(col.default)
        return mapped

    def parse_number(self, table, spec, col, values):
        numbers, bad = parse.parse_numbers(values)
        infinite = numbers.notna() & ~np.isfinite(numbers)
        bad = bad | infinite
        numbers = numbers.where(~infinite)
        self.report_cells(ERROR, "not_a_number", table, col.name, bad)
        negative = numbers < 0
        self.report_cells(ERROR, "negative_number", table, col.name, negative)
        if col.kind == COUNT:
            not_whole = numbers.notna() & ~negative & ((numbers % 1 != 0) | (numbers < 1))
            self.report_cells(ERROR, "not_a_count", table, col.name, not_whole, name=col.name)
            negative = negative | not_whole
        bounds = BOUNDS.get((spec.name, col.name))
        outside = ~negative & ~bounds.holds(numbers) if bounds else negative & False
        if outside.any():
            self.report_cells(
                ERROR, "out_of_range", table, col.name, outside, name=col.name.replace("_", " "), bounds=bounds.said()
            )
        numbers = numbers.where(~negative & ~outside)
        if col.kind == COUNT:
            return numbers.fillna(col.default).astype("int64")
        if col.default is not None:
            numbers = numbers.fillna(col.default)
        return numbers

    def parse_date(self, table, col, values):
        """Dates in the register's range; in ``end``, 9999-12-31 and the like mean no end (one warning)."""
        if not values.ne("").any():  # an empty column (often: no end dates), nothing to parse or check
            return pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
        dates, bad = parse.parse_dates(values)
        self.report_cells(ERROR, "bad_date", table, col.name, bad)
        open_end = dates.ge(pd.Timestamp(OPEN_END)) if col.name == "end" else dates.isna() & False
        first, last = (pd.Timestamp(d) for d in DATE_RANGE)
        outside = dates.notna() & ~open_end & (dates.lt(first) | dates.gt(last))
        self.report_cells(ERROR, "date_out_of_range", table, col.name, outside, first=DATE_RANGE[0], last=DATE_RANGE[1])
        if open_end.any():
            rows = list(table.frame.index[open_end.to_numpy()])
            self.report(
                WARNING, "open_end", table, rows[0], col.name, rows, value=values[open_end].iat[0], more=more_of(rows)
            )
        return dates.where(~open_end & ~outside).astype("datetime64[ns]")

    # -- checks across rows and tables --------------------------------------

    def check_duplicate_ids(self) -> None:
        for name in ("organisations", "bodies", "persons"):
            frame, table = self.frames[name], self.raw.tables.get(name)
            ids = frame["id"]
            repeated = ids.notna() & ids.duplicated(keep="first")
            first_row = frame[ROW].groupby(ids).first().to_dict()
            for pos in np.flatnonzero(repeated.to_numpy()).tolist():
                value = ids.iat[pos]
                self.report(
                    ERROR,
                    "duplicate_id",
                    table,
                    frame[ROW].iat[pos],
                    "id",
                    value=value,
                    first=first_row[value],
                    thing=message(f"one.{name}"),
                )

    def check_id_collisions(self) -> None:
        seen: dict[str, tuple[str, int]] = {}
        for name in ("organisations", "bodies", "persons"):
            frame, table = self.frames[name], self.raw.tables.get(name)
            for value, row in zip(frame["id"], frame[ROW]):
                if pd.isna(value):
                    continue
                if value in seen and seen[value][0] != name:
                    other, other_row = seen[value]
                    other_label = self.raw.tables[other].label
                    self.report(
                        ERROR,
                        "id_collision",
                        table,
                        row,
                        "id",
                        value=value,
                        first=message(f"a.{other}"),
                        where=other_label,
                        first_row=other_row,
                        second=message(f"a.{name}"),
                        thing=message(f"one.{name}"),
                        suffix=message(f"id.{name}"),
                    )
                seen.setdefault(value, (name, row))

    def check_references(self) -> None:
        for name, spec in TABLES.items():
            frame, table = self.frames[name], self.raw.tables.get(name)
            for col in spec.columns:
                if col.kind != REF or col.name not in frame or self.failed.intersection(col.references):
                    continue
                known = pd.Index(pd.concat([self.frames[t]["id"] for t in col.references]).dropna())
                values = frame[col.name]
                unknown = values.notna() & ~values.isin(known)
                for pos in np.flatnonzero(unknown.to_numpy()).tolist():
                    self.report_unknown(table, frame[ROW].iat[pos], col, values.iat[pos], known)

    def report_unknown(self, table, row, col: Column, value, known: pd.Index) -> None:
        hint = ""
        if self._suggested < MAX_SUGGESTIONS:
            self._suggested += 1
            close = difflib.get_close_matches(str(value), [str(k) for k in known], n=1, cutoff=0.75)
            hint = message("did_you_mean", value=close[0]) if close else ""
        self.report(
            ERROR,
            "unknown_reference",
            table,
            row,
            col.name,
            targets=either([message(f"one.{t}") for t in col.references]),
            value=value,
            hint=hint,
            where=either([self.label_of(t) for t in col.references]),
        )

    def label_of(self, name: str) -> str:
        """Short name of a table's file or sheet, for hints."""
        table = self.raw.tables.get(name)
        if table is None:
            return f"{name}.csv"
        head, _, rest = table.label.partition(", ")
        return rest or Path(head).name

    def check_cycles(self, name: str, column: str) -> None:
        frame, table = self.frames[name], self.raw.tables.get(name)
        rows = dict(zip(frame["id"], frame[ROW]))
        for cycle in find_cycles(frame.set_index("id")[column], order=rows):
            path = " -> ".join([*cycle, cycle[0]])
            self.report(
                ERROR, "cycle", table, rows.get(cycle[0]), column, key=f"cycle.{column}", name=column, path=path
            )

    def check_date_order(self, name: str) -> None:
        frame, table = self.frames[name], self.raw.tables.get(name)
        wrong = frame["end"].notna() & frame["start"].notna() & (frame["end"] < frame["start"])
        for pos in np.flatnonzero(wrong.to_numpy()).tolist():
            self.report(
                ERROR,
                "end_before_start",
                table,
                frame[ROW].iloc[pos],
                "end",
                end=frame["end"].iloc[pos].date(),
                start=frame["start"].iloc[pos].date(),
            )

    def merge_duplicate_memberships(self) -> None:
        frame, table = self.frames["memberships"], self.raw.tables.get("memberships")
        key = ["member", "body", "start", "end"]
        repeated = frame.duplicated(subset=key, keep="first")
        if not repeated.any():
            return
        group = frame.groupby(key, dropna=False, sort=False).ngroup()
        first_pos = group.drop_duplicates()
        first_of_group = pd.Series(first_pos.index, index=first_pos.to_numpy())
        positions = np.flatnonzero(repeated.to_numpy())
        firsts = first_of_group.reindex(group.to_numpy()[positions]).to_numpy()
        conflicts = self.conflicting_values(frame, key, positions, firsts)
        rows, members, bodies = frame[ROW].to_numpy(), frame["member"].to_numpy(), frame["body"].to_numpy()
        for n, (pos, first) in enumerate(zip(positions, firsts)):
            kept = message("kept_from", values=", ".join(conflicts[n]), row=rows[first]) if conflicts[n] else ""
            self.report(
                WARNING,
                "duplicate_membership",
                table,
                rows[pos],
                "member",
                first=rows[first],
                member=members[pos],
                body=bodies[pos],
                kept=kept,
            )
        merged = frame.groupby(group, sort=True).first()
        merged[key] = frame.loc[first_pos.index, key].to_numpy()
        self.frames["memberships"] = merged.reset_index(drop=True)

    @staticmethod
    def conflicting_values(frame, key, positions, firsts) -> list[list[str]]:
        """For each repeated row (``positions``) and its group's first row (``firsts``): the
        columns outside ``key`` where both have a value and the values differ, as
        ``"column 'first' (not 'repeated')"``. Vectorised per column: 200,000 rows in a second."""
        found: list[list[str]] = [[] for _ in positions]
        for column in (c for c in frame.columns if c not in key and c != ROW):
            values = frame[column]
            here, there = values.iloc[positions], values.iloc[firsts]
            differ = here.notna().to_numpy() & there.notna().to_numpy() & (here.to_numpy() != there.to_numpy())
            for n in np.flatnonzero(differ):
                found[n].append(message("kept_value", name=column, value=there.iat[n], other=here.iat[n]))
        return found

    def drop_self_ties(self) -> None:
        frame, table = self.frames["ties"], self.raw.tables.get("ties")
        loops = frame["source"].notna() & frame["source"].eq(frame["target"])
        for pos in np.flatnonzero(loops.to_numpy()).tolist():
            self.report(WARNING, "self_tie", table, frame[ROW].iat[pos], "target", value=frame["source"].iat[pos])
        self.frames["ties"] = frame[~loops].reset_index(drop=True)

    def derive_membership_organisations(self) -> pd.DataFrame:
        memberships = self.frames["memberships"].copy()
        person_org = self.frames["persons"].dropna(subset=["id"]).drop_duplicates("id").set_index("id")["organisation"]
        is_person = memberships["member"].isin(person_org.index)
        memberships["member_kind"] = np.where(is_person, "person", "organisation")
        memberships["organisation"] = memberships["member"].where(~is_person, memberships["member"].map(person_org))
        return memberships

    def check_body_lifetimes(self, memberships: pd.DataFrame) -> None:
        bodies = self.frames["bodies"].drop_duplicates("id").set_index("id")
        # reindex, not map: Series.map with an empty datetime mapper fails in pandas 3
        start = pd.Series(bodies["start"].reindex(memberships["body"]).to_numpy(), index=memberships.index)
        end = pd.Series(bodies["end"].reindex(memberships["body"]).to_numpy(), index=memberships.index)
        early = memberships["start"].notna() & start.notna() & (memberships["start"] < start)
        late = memberships["end"].notna() & end.notna() & (memberships["end"] > end)
        table = self.raw.tables.get("memberships")
        for pos in np.flatnonzero((early | late).to_numpy()).tolist():
            row = memberships.iloc[pos]
            column = "start" if early.iloc[pos] else "end"
            self.report(
                WARNING,
                "outside_body_lifetime",
                table,
                row[ROW],
                column,
                key=f"outside_body_lifetime.{column}",
                member=row["member"],
                body=row["body"],
                date=row[column].date(),
                limit=(start if early.iloc[pos] else end).iloc[pos].date(),
            )

    def warn_isolated_organisations(self, memberships: pd.DataFrame) -> None:
        organisations = self.frames["organisations"]
        ties = self.frames["ties"]
        person_org = self.frames["persons"].dropna(subset=["id"]).drop_duplicates("id").set_index("id")["organisation"]
        tied = pd.concat([ties["source"], ties["target"]])
        tied = pd.concat([tied, tied.map(person_org)]).dropna()
        ids = organisations["id"]  # at a table or tied: two hash look-ups, no sorted union of every membership
        connected = ids.isin(memberships["organisation"].dropna()) | ids.isin(tied)
        isolated = ids.notna() & ~connected
        table = self.raw.tables.get("organisations")
        for pos in np.flatnonzero(isolated.to_numpy()).tolist():
            self.report(
                WARNING,
                "isolated_organisation",
                table,
                organisations[ROW].iloc[pos],
                "id",
                id=organisations["id"].iloc[pos],
            )

    def warn_blank_domains(self) -> None:
        """A blank ``domain`` in a file that has the column is missing data: one warning per cell (the
        analyses by domain leave the organisation out and the report says so)."""
        table = self.raw.tables.get("organisations")
        if table is None or "domain" not in table.frame.columns:
            return
        organisations = self.frames["organisations"]
        blank = organisations["id"].notna() & organisations["domain"].isna()
        for pos in np.flatnonzero(blank.to_numpy()).tolist():
            row = organisations[ROW].iat[pos]
            self.report(WARNING, "blank_domain", table, row, "domain", id=organisations["id"].iat[pos])

    def warn_small_bodies(self, memberships: pd.DataFrame) -> None:
        bodies = self.frames["bodies"]
        sizes = memberships.groupby("body")["member"].nunique()
        counts = bodies["id"].map(sizes).fillna(0).astype(int)
        table = self.raw.tables.get("bodies")
        for pos in np.flatnonzero((bodies["id"].notna() & (counts < 2)).to_numpy()).tolist():
            self.report(
                WARNING,
                "small_body",
                table,
                bodies[ROW].iloc[pos],
                "id",
                id=bodies["id"].iloc[pos],
                n=int(counts.iloc[pos]),
            )

    def warn_unsigned_covenants(self) -> None:
        bodies = self.frames["bodies"]
        signed = set(self.frames["covenants"]["covenant"].dropna())
        table = self.raw.tables.get("bodies")
        unsigned = bodies["covenant"].notna() & ~bodies["covenant"].isin(signed)
        for value, group in bodies[unsigned].groupby("covenant")[ROW]:
            rows = list(group)
            self.report(
                WARNING,
                "unsigned_covenant",
                table,
                rows[0],
                "covenant",
                rows,
                value=value,
                where=self.label_of("covenants"),
            )

    # -- the tables handed to the Landscape ----------------------------------

    def finish(self, memberships: pd.DataFrame) -> dict[str, pd.DataFrame]:
        frames = dict(self.frames, memberships=memberships)
        out = {}
        for name, frame in frames.items():
            frame = frame.drop(columns=[ROW])
            if TABLES[name].index:
                frame = frame.set_index("id")
            out[name] = frame
        for name in ("organisations", "bodies"):
            out[name]["name"] = out[name]["name"].fillna(pd.Series(out[name].index, index=out[name].index))
        return out


def holds(text: str, pattern: re.Pattern) -> bool:
    """Whether ``pattern``, a class of single characters (:data:`~partnernet.io.text.CONTROL_CHARACTERS`,
    :data:`~partnernet.io.text.BIDI_CHARACTERS`), occurs in ``text``. An ASCII text (``isascii`` costs
    nothing) is checked by deleting the pattern's ASCII characters from its bytes, in C, not by a regular
    expression over every character (a national membership table: 30 -> 5 ms per column set)."""
    if not text.isascii():
        return pattern.search(text) is not None
    ascii_members = _ascii_members(pattern)
    if not ascii_members:
        return False
    raw = text.encode("ascii")
    return len(raw.translate(None, ascii_members)) != len(raw)


_ASCII_MEMBERS: dict = {}


def _ascii_members(pattern: re.Pattern) -> bytes:
    """The ASCII characters a one-character ``pattern`` matches, as bytes (kept per pattern)."""
    if pattern not in _ASCII_MEMBERS:
        _ASCII_MEMBERS[pattern] = bytes(code for code in range(128) if pattern.fullmatch(chr(code)))
    return _ASCII_MEMBERS[pattern]


def find_cycles(parent: pd.Series, order: dict | None = None) -> list[list[str]]:
    """Every cycle in a child -> parent mapping, the one cycle check of the package.

    ``parent`` maps an id (index) to its parent's id (NaN for none). Returns
    one list of ids per cycle, each starting at the id that comes first in
    ``order`` (id -> row number; ids missing from it count as 0), e.g.
    ``[["b", "c"]]`` for b -> c -> b. Used by the loader (bodies' ``reports_to``,
    organisations' ``parent``), by :mod:`partnernet.analysis.scenario` through
    the loader, and by :func:`partnernet.analysis.hierarchy.ancestors`.
    """
    links = parent.dropna()
    links = links[links.index.notna()]
    pairs = list(zip(links.index, links))
    if not _has_cycle(pairs):  # the usual case: no networkx (its import is about half of `validate`'s time)
        return []
    import networkx as nx

    graph = nx.DiGraph(pairs)
    rank = order or {}
    cycles = []
    for component in nx.strongly_connected_components(graph):
        node = next(iter(component))
        if len(component) == 1 and not graph.has_edge(node, node):
            continue
        cycle = [u for u, _ in nx.find_cycle(graph, node)]
        turn = cycle.index(min(cycle, key=lambda n: rank.get(n, 0)))
        cycles.append(cycle[turn:] + cycle[:turn])
    return cycles


_END = object()


def _has_cycle(pairs: list[tuple]) -> bool:
    """Whether the links (child, parent) hold a cycle (a self-link included): a depth-first search that
    meets a node still on its path (iterative, three colours; Tarjan 1972)."""
    following: dict = {}
    for child, parent in pairs:
        following.setdefault(child, []).append(parent)
    state: dict = {}  # absent: not seen, 1: on the path, 2: done
    for root in following:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(following[root]))]
        while stack:
            node, rest = stack[-1]
            step = next(rest, _END)
            if step is _END:
                state[node] = 2
                stack.pop()
            elif state.get(step) == 1:
                return True
            elif step not in state:
                state[step] = 1
                stack.append((step, iter(following.get(step, ()))))
    return False


def empty_frame(spec: TableSpec) -> pd.DataFrame:
    """A table with no rows but the right columns and dtypes."""
    dtypes = {
        ID: "str",
        REF: "str",
        TEXT: "str",
        VOCAB: "str",
        NUMBER: "float64",
        COUNT: "int64",
        DATE: "datetime64[ns]",
        BOOL: "bool",
    }
    frame = pd.DataFrame({c.name: pd.Series(dtype=dtypes[c.kind]) for c in spec.columns})
    frame[ROW] = pd.Series(dtype="int64")
    return frame


from .._public import public_dir

__all__ = ["MAX_SUGGESTIONS", "ROW", "build_landscape", "Builder", "holds", "find_cycles", "empty_frame"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
