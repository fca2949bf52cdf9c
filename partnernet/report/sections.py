"""The report's sections, following the studies' three criteria, then connectors, steering, turnover and an
appendix with the full tables: one module per section (robustness, legitimacy, goal_focus, turnover,
appendix), the short ones (connectors, steering, the map) here; every section is reachable from here."""

from __future__ import annotations

from ..language.connectors import reasons
from ..language.report import Texts
from .analyses import Results
from .appendix import appendix, data_gaps
from .document import Link, Paragraph, Section
from .findings import has_domains
from .goal_focus import MERGE_COLUMNS, goal_focus
from .legitimacy import DOMAIN_COLUMNS, blank_domain_sentence, legitimacy, seated_domains
from .robustness import ARTICULATION_COLUMNS, network_paragraph, robustness, whatif_sentences, with_network
from .tables import TOP, make_table, people
from .turnover import TURNOVER_COLUMNS, turnover_section, turnover_shown


#: The brokerage roles the main text's connector tables show: the glossary explains them, the notes say so.
ROLE_COLUMNS = ("liaison", "boundary", "itinerant")


def _roles_note(t: Texts, roles) -> str:
    """The note that points a table's role columns to the glossary, which explains them."""
    return t("n_connector_roles", roles=t.listing([t.column(role, plain=True) for role in roles]))


def connectors_section(r: Results, t: Texts) -> Section:
    section = Section(
        "verbinders" if t.lang == "nl" else "connectors", t("s_connectors"), intro=t("s_connectors_intro")
    )
    found = r.connectors
    if not has_domains(r.land):  # fewer than two known domains: connectors are undefined; say so once
        section.add(Paragraph(t("p_connectors_no_domains")))
        return _with_hub(section, r, t)
    organisations = found["organisations"].sort_values("bridging", ascending=False)
    threshold = t("n_connectors_threshold", z=t.number(found["threshold"], 2))
    section.add(
        make_table(
            t,
            t("t_connectors"),
            organisations[organisations["connector"]],
            ["name", "domain", "bridging", "bridging_z", *ROLE_COLUMNS, "participation"],
            key="connectors",
            excerpt=True,
            limit=TOP,
            note=" ".join([t("n_connectors"), threshold, _roles_note(t, ROLE_COLUMNS)]),
        )
    )
    persons = found.persons
    if persons is not None and not persons.empty:
        persons = persons[persons["connector"]].sort_values("bridging", ascending=False)
        persons = persons.assign(
            name=people(r.land, persons.index, t),
            organisation=[r.land.name_of(o) for o in persons["organisation"]],
        )
        section.add(
            make_table(
                t,
                t("t_person_connectors"),
                persons,
                ["name", "organisation", "domain", "bridging", "bridging_z", *ROLE_COLUMNS[:2]],
                key="person_connectors",
                excerpt=True,
                limit=TOP,
                note=" ".join([threshold, _roles_note(t, ROLE_COLUMNS[:2])]),
            )
        )
    without = found.without_connector
    if without is not None and not without.empty:
        without = without.sort_values("persons", ascending=False, kind="stable")  # most people, still no connector
        without = without.assign(reason=reasons(without, t.lang))  # the codes in words
        section.add(
            make_table(
                t, t("t_without_connector"), without, ["name", "domain", "persons", "reason"], key="without_connector"
            )
        )
    _with_hub(section, r, t)
    if not section.blocks:  # every table was empty: say why rather than leave a bare heading
        section.add(Paragraph(t("p_connectors_none")))
    return section


def _with_hub(section: Section, r: Results, t: Texts) -> Section:
    """The section with the expected hub's table added, when an expected hub was given."""
    hub = r.connectors.expected_hub
    if hub is not None and r.expected_hub:
        shown = hub.dropna(subset=["top_value"])  # bridging without two known domains: undefined, not shown
        shown = shown.assign(top_organisation=[r.land.name_of(o) for o in shown["top_organisation"]])
        section.add(
            make_table(
                t,
                t("t_hub", name=r.land.name_of(r.expected_hub)),
                shown,
                ["value", "rank", "ranked", "top_organisation", "top_value"],
                key="hub",
                index="measure",
            )
        )
    return section


def governance_section(r: Results, t: Texts) -> Section:
    g = r.governance
    section = Section("regie" if t.lang == "nl" else "steering", t("s_governance"))
    if r.fragmentation["summary"]["links"] == 0:
        section.add(Paragraph(t("p_governance_no_links")))
        return section
    key = "p_governance" if g["hub_name"] else "p_governance_no_hub"
    section.add(
        Paragraph(
            t(key, centralisation=t.number(g["centralisation"], 2), hub=g["hub_name"], mode=t(f"mode_{g['mode']}"))
        )
    )
    return section


def map_section(map_file: str, t: Texts, with_persons: bool = True) -> Section:
    blocks: list = [Paragraph(t("p_map", file=map_file)), Link(t("map_link", file=map_file), map_file)]
    if not with_persons:
        blocks.append(Paragraph(t("p_map_no_persons")))
    return Section("kaart" if t.lang == "nl" else "map", t("s_map"), blocks)


__all__ = [
    "ARTICULATION_COLUMNS",
    "DOMAIN_COLUMNS",
    "MERGE_COLUMNS",
    "TURNOVER_COLUMNS",
    "appendix",
    "blank_domain_sentence",
    "connectors_section",
    "data_gaps",
    "goal_focus",
    "governance_section",
    "legitimacy",
    "map_section",
    "network_paragraph",
    "robustness",
    "seated_domains",
    "turnover_section",
    "turnover_shown",
    "whatif_sentences",
    "with_network",
    "ROLE_COLUMNS",
]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
