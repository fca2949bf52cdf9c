"""The Landscape: one region's partnership structure as pandas tables, with graph views."""

from __future__ import annotations

from .language.errors import message

import datetime
import functools
import html
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Literal, TypeAlias, get_args

import pandas as pd

from .errors import ERROR, Problem, UsageError

if TYPE_CHECKING:
    import networkx as nx

    from .graphs import Members, Weight

#: The kinds of graph :meth:`Landscape.graph` gives.
GraphKind: TypeAlias = Literal["two-mode", "organisations", "persons", "bodies", "hierarchy", "ties"]
GRAPH_KINDS: tuple[GraphKind, ...] = get_args(GraphKind)
#: The actor levels an analysis measures: the organisation or the person projection (``level=``).
Level: TypeAlias = Literal["organisations", "persons"]
LEVELS: tuple[Level, ...] = get_args(Level)
#: Which links a network has (:meth:`Landscape.network_kind`): shared tables, ties, or both.
NetworkKind: TypeAlias = Literal["tables", "tables+ties", "ties"]
TABLE_NAMES = ("organisations", "bodies", "persons", "memberships", "ties", "covenants")

#: A date an API function accepts: a ``datetime.date``/``datetime``/``pandas.Timestamp``, or a string
#: (``"2026-03-01"``, ``"1-3-2026"``, ``"today"``).
DateLike: TypeAlias = "str | datetime.date"


class Landscape:
    """Organisations, consultation bodies, persons and who sits where.

    Build one with :func:`partnernet.load` (files) or
    :meth:`Landscape.from_tables` (DataFrames); both validate the input. The
    tables are pandas DataFrames:

    - ``organisations`` (index ``id``): name, domain, regime, level,
      capacity_hours (hours per month available for consultation), parent;
    - ``bodies`` (index ``id``): name, kind, regime, level, meetings_per_year,
      hours_per_meeting, reports_to, host, covenant, start, end;
    - ``persons`` (index ``id``): organisation, name, function;
    - ``memberships``: member, body, role, type, seats, start, end, plus the
      derived ``member_kind`` (organisation or person) and ``organisation``
      (the member's organisation);
    - ``ties``: source, target, kind, directed, weight, start, end;
    - ``covenants``: covenant, organisation (who signed which covenant).

    Treat the tables as read-only: graph views are cached. ``warnings`` holds
    the problems found while loading that did not stop it.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld")
    >>> organisations = land.graph("organisations", weight="newman")
    >>> organisations.number_of_nodes(), organisations.number_of_edges()
    (46, 349)
    """

    def __init__(
        self,
        organisations: pd.DataFrame,
        bodies: pd.DataFrame,
        memberships: pd.DataFrame,
        persons: pd.DataFrame,
        ties: pd.DataFrame,
        covenants: pd.DataFrame,
        *,
        warnings: Iterable[Problem] = (),
        source: str | None = None,
        date: pd.Timestamp | None = None,
    ):
        self.organisations = organisations
        self.bodies = bodies
        self.memberships = memberships
        self.persons = persons
        self.ties = ties
        self.covenants = covenants
        self.warnings = [p for p in warnings if p.severity != ERROR]
        self.source = source
        self.date = date
        self._graphs: dict[tuple, nx.Graph] = {}
        self._names: dict | None = None
        self._network_ties: bool | None = None  # see using_ties
        self._variants: dict[bool, Landscape] = {}

    # -- construction ---------------------------------------------------------

    @classmethod
    def from_tables(
        cls,
        organisations: pd.DataFrame,
        bodies: pd.DataFrame,
        memberships: pd.DataFrame,
        persons: pd.DataFrame | None = None,
        ties: pd.DataFrame | None = None,
        covenants: pd.DataFrame | None = None,
    ) -> Landscape:
        """Validate DataFrames with the columns of the input format (README, "Input") into a Landscape.

        Tables indexed by ``id`` may carry it as index or as a column. The same
        checks apply as for files; rows are numbered from 1 in messages.
        """
        from .io.tables import raw_from_frames
        from .io.build import build_landscape

        frames = {
            "organisations": organisations,
            "bodies": bodies,
            "memberships": memberships,
            "persons": persons,
            "ties": ties,
            "covenants": covenants,
        }
        return build_landscape(raw_from_frames({k: v for k, v in frames.items() if v is not None}))

    def forget_graphs(self) -> None:
        """Drop the cached graph views (built again when asked for): for a forked child that no longer needs
        its parent's (the report's drawing child before the map, see :mod:`partnernet.report.background`)."""
        self._graphs.clear()

    def replace(self, *, date: pd.Timestamp | None = None, **tables: pd.DataFrame) -> Landscape:
        """A new landscape with some tables replaced, without validation.

        For analyses that derive a landscape from a valid one (snapshots,
        what-if removals); the caller keeps the references consistent.
        ``date``: the snapshot day of the derived landscape (default: this one's).
        """
        unknown = set(tables) - set(TABLE_NAMES)
        if unknown:
            raise TypeError(message("unknown_tables", names=", ".join(sorted(unknown))))
        current = {name: getattr(self, name) for name in TABLE_NAMES}
        current.update(tables)
        derived = Landscape(
            *_in_order(current), warnings=self.warnings, source=self.source, date=self.date if date is None else date
        )
        derived._network_ties = self._network_ties
        return derived

    # -- snapshots ------------------------------------------------------------

    def at(self, date: DateLike) -> Landscape:
        """The landscape as it stood on ``date`` (inclusive).

        Keeps memberships and direct ties whose ``start`` is empty or on/before
        the date and whose ``end`` is empty or on/after it, and bodies that
        existed then.
        Persons who had memberships but none active on the date are left out;
        organisations are kept.
        """
        day = _as_date(date)
        bodies = self.bodies
        alive = (bodies["start"].isna() | (bodies["start"] <= day)) & (bodies["end"].isna() | (bodies["end"] >= day))
        bodies = bodies[alive]
        if bodies["reports_to"].notna().any():
            bodies = bodies.assign(reports_to=bodies["reports_to"].where(bodies["reports_to"].isin(bodies.index)))
        m = self.memberships
        active = (
            (m["start"].isna() | (m["start"] <= day))
            & (m["end"].isna() | (m["end"] >= day))
            & m["body"].isin(bodies.index)
        )
        memberships = m[active].reset_index(drop=True)
        had = m.loc[m["member_kind"] == "person", "member"]
        gone = pd.Index(had.unique()).difference(memberships["member"])
        persons = self.persons.drop(index=gone)
        t = self.ties
        ties = t[
            ~t["source"].isin(gone)
            & ~t["target"].isin(gone)
            & (t["start"].isna() | (t["start"] <= day))
            & (t["end"].isna() | (t["end"] >= day))
        ]
        snapshot = self.replace(
            bodies=bodies, memberships=memberships, persons=persons, ties=ties.reset_index(drop=True), date=day
        )
        # the register decides which network a snapshot has: a day before the first membership is no tie network
        snapshot._network_ties = self.with_ties(None)
        return snapshot

    @property
    def has_dates(self) -> bool:
        m, b = self.memberships, self.bodies
        t = self.ties
        return bool(
            m["start"].notna().any()
            or m["end"].notna().any()
            or b["start"].notna().any()
            or b["end"].notna().any()
            or t["start"].notna().any()
            or t["end"].notna().any()
        )

    # -- graph views ----------------------------------------------------------

    def with_ties(self, ties: bool | None = None) -> bool:
        """Whether the organisation and person networks include the direct ties.

        ``ties=None`` (the default everywhere) means: the ties are the network
        when the landscape has ties and no memberships (a tie edge list, a
        one-mode GraphML/GEXF/JSON file); with memberships, the network is
        who shares a table, and ``ties=True`` overlays the ties on it.
        """
        if ties is None and self._network_ties is not None:
            return self._network_ties
        if ties is None:
            return bool(len(self.ties)) and not len(self.memberships)
        return bool(ties)

    def using_ties(self, ties: bool | None) -> Landscape:
        """This landscape with ``ties`` fixed as the default of its organisation and person networks.

        Every analysis that takes a landscape then analyses that network
        (the CLI's ``--ties/--no-ties``); derived landscapes (``at``,
        what-if removals) keep the choice, so removing every table does not
        turn a table network into a tie network. None returns the landscape
        itself. The variant is kept, so its graphs are built once.
        """
        if ties is None or self._network_ties == bool(ties):
            return self
        if bool(ties) not in self._variants:
            variant = self.replace()
            variant._network_ties = bool(ties)
            self._variants[bool(ties)] = variant
        return self._variants[bool(ties)]

    def meeting_hours(self) -> pd.Series[float]:
        """Meeting hours per month of each body for one seat: ``meetings_per_year x hours_per_meeting / 12``.

        The one place this is computed (load, the map, what-if). NaN, unknown rather than zero,
        when either number is missing ("meets when needed"). Indexed by body id.
        """
        bodies = self.bodies
        return (bodies["meetings_per_year"] * bodies["hours_per_meeting"] / 12).rename("meeting_hours_per_month")

    def network_kind(self, ties: bool | None = None) -> NetworkKind:
        """Which links the organisation network has: ``tables``, ``ties`` or ``tables+ties``."""
        if not self.with_ties(ties):
            return "tables"
        return "tables+ties" if len(self.memberships) else "ties"

    def graph(
        self,
        kind: GraphKind = "two-mode",
        weight: Weight = "shared",
        *,
        persons: bool = True,
        ties: bool | None = None,
        members: Members = "organisations",
    ) -> nx.Graph[str]:
        """A networkx view of the landscape (read-only; ``G.copy()`` to change it).

        Parameters
        ----------
        kind : "two-mode" | "organisations" | "persons" | "bodies" | "hierarchy" | "ties"
            ``two-mode``: organisations, persons (unless ``persons=False``) and
            bodies, node attribute ``kind``; ``organisations`` / ``persons``:
            actors linked by shared bodies; ``bodies``: bodies linked by shared
            ``members`` (organisations, persons or actors); ``hierarchy``: a
            DiGraph from each body to the body it reports to; ``ties``: the
            direct ties alone.
        weight : "shared" | "newman" | "jaccard"
            Edge ``weight`` of projections: number of shared bodies, Newman's
            collaboration weight, or Jaccard overlap. ``shared`` is always set.
        ties : bool or None
            For ``organisations`` and ``persons``: overlay the ties layer; an
            edge's ``weight`` is then its projection weight plus its tie weight
            (``tie_weight`` and ``tie_kinds`` are kept separately). A tie of
            a person counts for the person's organisation in the organisation
            network. Directed ties are symmetrised (graph attribute
            ``directed_ties`` counts them). None: ties only when the
            landscape has no memberships (see :meth:`with_ties`).
        """
        if kind not in GRAPH_KINDS:
            raise UsageError("unknown_graph_kind", value=kind, choices=", ".join(GRAPH_KINDS))
        ties = self.with_ties(ties) if kind in ("organisations", "persons") else False
        key = (kind, weight, persons, ties, members)
        if key not in self._graphs:
            import networkx as nx  # like graphs: `validate` needs neither (networkx's import is 0.1-0.2 s)

            from . import graphs  # imported when a graph is first asked for: validating needs none

            if kind == "two-mode":
                graph = graphs.two_mode_graph(self, persons=persons)
            elif kind in ("organisations", "persons"):
                graph = graphs.projection_graph(self, kind, weight, ties=ties)
            elif kind == "bodies":
                graph = graphs.body_projection_graph(self, members, weight)
            elif kind == "hierarchy":
                graph = graphs.hierarchy_graph(self)
            else:
                graph = graphs.ties_graph(self)
            self._graphs[key] = nx.freeze(graph)
        return self._graphs[key]

    # -- comparison and display ----------------------------------------------

    @property
    def counts(self) -> pd.Series[int]:
        """Number of rows per table: a Series ``count`` indexed by ``table`` (the same names in CSV and JSON)."""
        return pd.Series({name: len(getattr(self, name)) for name in TABLE_NAMES}, name="count").rename_axis("table")

    def equals(self, other: Landscape) -> bool:
        """True when every table has the same rows, columns, values and dtypes."""
        return isinstance(other, Landscape) and all(
            _tables_equal(getattr(self, name), getattr(other, name)) for name in TABLE_NAMES
        )

    def name_of(self, node_id: Hashable) -> str:
        """Display name of an organisation, body or person (the id if it has none)."""
        if self._names is None:  # one lookup table: maps and reports ask for thousands of names
            names: dict = {}
            for table in (self.persons, self.bodies, self.organisations):  # organisations win, then bodies
                values = table["name"] if "name" in table.columns else pd.Series(pd.NA, index=table.index)
                names.update(zip(table.index, [str(i) if pd.isna(v) else str(v) for i, v in values.items()]))
            self._names = names
        return self._names.get(node_id, str(node_id))

    @property
    def shown_source(self) -> str | None:
        """The source as outputs show it (only its file or folder name when pseudonymised)."""
        from .privacy import shown_source

        return shown_source(self)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        where = f" from {self.shown_source}" if self.source else ""
        when = f" on {self.date.date()}" if self.date is not None else ""
        return f"<Landscape{where}{when}: {counts}>"

    def _repr_html_(self) -> str:
        """The notebook view, in the default language (Dutch, or ``$PARTNERNET_LANG``)."""
        from .analysis.summary import summary
        from .language import default_lang
        from .language.notes import notebook

        s, lang, esc = summary(self), default_lang(), html.escape
        source = " " + esc(self.shown_source or "") if self.source else ""
        when = " " + esc(notebook("on", lang, date=self.date.date())) if self.date is not None else ""
        parts = [
            f"<div><strong>{notebook('landscape', lang)}</strong>{source}{when}",
            s["counts"].to_frame().T.to_html(index=False),
        ]
        for key in ("domains", "body_kinds", "top_organisations"):
            if len(s[key]):
                parts.append(f"<details><summary>{notebook(key, lang)}</summary>{s[key].to_html()}</details>")
        if self.warnings:
            items = "".join(f"<li>{esc(str(p))}</li>" for p in self.warnings[:20])
            more = f"<li>{notebook('more', lang, n=len(self.warnings) - 20)}</li>" if len(self.warnings) > 20 else ""
            parts.append(
                f"<details><summary>{notebook('warnings', lang, n=len(self.warnings))}</summary>"
                f"<ul>{items}{more}</ul></details>"
            )
        return "\n".join(parts) + "</div>"


def _tables_equal(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    try:
        pd.testing.assert_frame_equal(a, b, check_like=False)
    except AssertionError:
        return False
    return True


def _in_order(tables: dict[str, pd.DataFrame]) -> list[pd.DataFrame]:
    """The six tables in the order of ``Landscape(...)``'s positional parameters."""
    return [tables[name] for name in ("organisations", "bodies", "memberships", "persons", "ties", "covenants")]


def _as_date(value: DateLike) -> pd.Timestamp:
    if isinstance(value, str) and value.lower() == "today":
        return pd.Timestamp.today().normalize()
    from .io.schema import DATE_RANGE

    if isinstance(value, str):
        day = _parsed_day(value)
    else:
        day = pd.Timestamp(value).normalize()
    if not pd.Timestamp(DATE_RANGE[0]) <= day <= pd.Timestamp(DATE_RANGE[1]):
        raise UsageError("at_date_out_of_range", value=value, first=DATE_RANGE[0], last=DATE_RANGE[1])
    return day.as_unit("ns")


@functools.lru_cache(maxsize=256)
def _parsed_day(value: str) -> pd.Timestamp:
    """A date written as the loader reads one (``parse_dates``), or the usage error naming it. Kept per text
    (a Timestamp does not change; a refusal is raised again each time): a command reads its ``--at`` when
    the option is parsed and again when it cuts the landscape, about 8 ms each through pandas."""
    from .io.parse import parse_dates

    parsed, bad = parse_dates(pd.Series([value.strip()]))
    if bad.iat[0] or pd.isna(parsed.iloc[0]):
        raise UsageError("bad_at_date", value=value)
    return pd.Timestamp(parsed.iloc[0])


from ._public import public_dir

__all__ = ["GraphKind", "GRAPH_KINDS", "Level", "LEVELS", "NetworkKind", "TABLE_NAMES", "DateLike", "Landscape"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
