"""The report's appendix: the source, the data gaps, the loader's warnings and every analysis table in full
(each also a sheet of the workbook)."""

from __future__ import annotations

import pandas as pd

from ..language.report import Texts
from .analyses import Results, blank_domains, signatories_unknown
from .document import Bullets, Paragraph, Section
from .goal_focus import MERGE_COLUMNS
from .legitimacy import DOMAIN_COLUMNS, blank_domain_sentence, seated_domains
from .robustness import ARTICULATION_COLUMNS, with_network
from .tables import id_column, make_table, people, with_names
from .turnover import TURNOVER_COLUMNS, turnover_shown


def appendix(r: Results, t: Texts, source: str, date: str, pseudonymised: bool) -> Section:
    section = Section("bijlage" if t.lang == "nl" else "appendix", t("s_appendix"))
    section.add(Paragraph(t("p_data", source=source, date=date)))
    section.add(Paragraph(t("p_how_to_run")))
    if pseudonymised:
        section.add(Paragraph(t("p_pseudonymised")))
    counts = r.summary["counts"].to_frame()
    section.add(make_table(t, t("t_counts"), counts, ["count"], key="counts", index="table", appendix=True))
    gaps = data_gaps(r, t)
    if gaps:
        section.add(Paragraph(t("t_data_gaps") + ":"))  # one sentence a bullet: no capital after a colon
        section.add(Bullets(gaps))
    warnings = r.land.warnings
    section.add(Bullets([str(w) for w in warnings]) if warnings else Paragraph(t("p_no_warnings")))
    for key, frame, columns, index in _appendix_tables(r, t):
        shown = id_column(index, t)  # person ids only when the report shows names
        section.add(make_table(t, t(f"t_all_{key}"), frame, columns, key=key, index=shown, appendix=True))
    return section


def data_gaps(r: Results, t: Texts) -> list[str]:
    """Sentences about what the register lacks (persons, hours, domains): data quality, not network findings."""
    land, gaps = r.land, []
    if land.persons.empty and not land.memberships.empty:
        gaps.append(t("p_gap_no_persons"))
    coverage = r.connectors.coverage
    if not land.persons.empty and coverage is not None:
        for key, rows in (
            ("p_gap_orgs_without_persons", coverage["registered"] == 0),
            ("p_gap_orgs_persons_unseated", (coverage["registered"] > 0) & (coverage["persons"] == 0)),
        ):
            empty = coverage[rows].sort_index(key=lambda ids: ids.astype(str))  # names in id order
            if len(empty):
                gaps.append(t.choose(key, len(empty), names=t.listing(list(empty["name"]), 6)))
    unknown = land.bodies[land.bodies["meetings_per_year"].isna() | land.bodies["hours_per_meeting"].isna()]
    if len(unknown):
        gaps.append(t.choose("p_gap_hours", len(unknown)))
    if signatories_unknown(land):
        gaps.append(t("p_gap_no_signatories"))
    blank = blank_domains(land)
    if blank:
        gaps.append(blank_domain_sentence(r, t, blank))
    if len(land.organisations) and land.organisations["domain"].isna().all():
        gaps.append(t("p_gap_no_domains"))
    return gaps


def _or_empty(table: pd.DataFrame | None) -> pd.DataFrame:
    """A table a result may lack (a person table of a graph without persons) as an empty one."""
    return pd.DataFrame() if table is None else table


def _outside_covenants(r: Results) -> pd.DataFrame:
    """Members of covenant bodies whose organisation did not sign; none listed when no signatory is known."""
    outside = r.covenants["members_outside"]
    return outside.head(0) if signatories_unknown(r.land) else outside


def _appendix_tables(r: Results, t: Texts) -> list[tuple[str, pd.DataFrame, list[str], str | None]]:
    """(key, table, columns, index) of every analysis behind the report; each becomes an Excel sheet."""
    land, found = r.land, r.connectors
    bodies = r.hierarchy["bodies"]
    tables = [
        (
            "overload",
            r.overload,
            [
                "name",
                "bodies",
                "seats",
                "chairs",
                "persons",
                "meeting_hours_per_month",
                "bodies_with_unknown_hours",
                "capacity_hours",
                "load_ratio",
                "overloaded",
                "non_decision_hours_share",
            ],
            "organisation",
        ),
        (
            "centrality",
            r.centrality,
            [
                "name",
                "domain",
                "bodies",
                "partners",
                "weighted_degree",
                "betweenness",
                "harmonic_closeness",
                "eigenvector",
                "pagerank",
                "two_mode_betweenness",
            ],
            "organisation",
        ),
        (
            "connectors",
            found["organisations"],
            [
                "name",
                "domain",
                "bridging",
                "bridging_z",
                "coordinator",
                "itinerant",
                "boundary",
                "liaison",
                "ei_index",
                "participation",
                "connector",
            ],
            "organisation",
        ),
        (
            "pairs",
            r.redundancy,
            ["body_a", "body_b", *MERGE_COLUMNS, "merge_candidate"],
            None,
        ),
        (
            "bodies",
            bodies.assign(chain=[" → ".join(c) for c in bodies["chain"]]),
            ["name", "kind", "reports_to", "top_body", "depth", "chain"],
            "body",
        ),
        ("covenants", _outside_covenants(r), ["body", "covenant", "organisation", "name", "domain"], None),
        ("domains", seated_domains(r), DOMAIN_COLUMNS, "domain"),
        (
            "articulation",
            with_names(with_network(r.fragmentation["articulation_points"]), land, ["organisation"], t).assign(
                name=lambda f: people(land, f.index, t)
            ),
            ARTICULATION_COLUMNS,
            "actor",
        ),
        (
            "bus_factor",
            with_names(_or_empty(r.fragmentation.bus_factor), land, ["persons"], t),
            ["organisation", "name", "domain", "link_to", "bus_factor", "persons"],
            None,
        ),
    ]
    if not r.person_load.empty:
        tables.append(
            (
                "persons",
                with_names(r.person_load, land, ["organisation"], t).assign(name=people(land, r.person_load.index, t)),
                ["name", "organisation", "bodies", "meeting_hours_per_month"],
                "person",
            )
        )
    if not found.persons.empty:
        people_table = with_names(found["persons"], land, ["organisation"], t).assign(
            name=lambda f: people(land, f.index, t)
        )
        tables.append(
            (
                "person_connectors",
                people_table,
                ["name", "organisation", "domain", "bridging", "bridging_z", "liaison", "boundary", "connector"],
                "person",
            )
        )
    if r.turnover is not None:
        tables.append(
            (
                "turnover",
                turnover_shown(r.turnover["bodies"], t),
                TURNOVER_COLUMNS,
                "body",
            )
        )
    return [entry for entry in tables if not entry[1].empty]


from .._public import public_dir

__all__ = ["appendix", "data_gaps"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
