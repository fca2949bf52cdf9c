"""The report's legitimacy section: covenant coverage of the bodies and information ties, and whether care,
education and social partners are connected (the domain tables; organisations without a domain left out)."""

from __future__ import annotations

import pandas as pd

from ..language.report import Texts
from .analyses import Results, blank_domains, signatories_unknown
from .document import Paragraph, Section
from .tables import make_table, with_names


def legitimacy(r: Results, t: Texts) -> Section:
    section = Section(
        "legitimiteit" if t.lang == "nl" else "legitimacy", t("s_legitimacy"), intro=t("s_legitimacy_intro")
    )
    covered = r.covenants
    if covered["bodies"].empty:
        if not r.land.bodies.empty:  # without bodies there are no covenants of bodies to miss
            section.add(Paragraph(t("p_no_covenants")))
    elif signatories_unknown(r.land):  # who signed is unknown: a table of 0% covered would mislead
        section.add(Paragraph(t("p_gap_no_signatories")))
    else:
        bodies = with_names(covered["bodies"], r.land, ["outside"], t)
        section.add(
            make_table(
                t,
                t("t_covenant_bodies"),
                bodies,
                ["name", "covenant", "members", "covered_members", "covered_share", "outside"],
                key="covenant_bodies",
            )
        )
        ties = covered["information_ties"]
        if not ties.empty:
            shown = with_names(ties.drop_duplicates(["source", "target"]), r.land, ["source", "target"], t)
            section.add(
                make_table(
                    t, t("t_covenant_ties"), shown, ["source", "target", "covenant", "direction"], key="covenant_ties"
                )
            )
    focus = r.periphery["focus"]
    if focus.get("organisations_focus") and not r.land.memberships.empty:
        alone = pd.isna(focus["mean_bodies_others"])  # no other organisations: no comparison to quote
        section.add(
            Paragraph(
                t(
                    "p_periphery_alone" if alone else "p_periphery",
                    focus=t.number(focus["mean_bodies_focus"]),
                    others=t.number(focus["mean_bodies_others"]),
                    occasional=t.percent(focus["occasional_share_focus"]),
                    occasional_others=t.percent(focus["occasional_share_others"]),
                )
            )
        )
    domains = seated_domains(r)
    section.add(make_table(t, t("t_periphery"), domains, DOMAIN_COLUMNS, key="domains", index="domain", excerpt=True))
    groups = r.ei["groups"].rename(columns={"nodes": "organisations_in_network"})
    section.add(
        make_table(
            t,
            t("t_ei"),
            groups,
            ["organisations_in_network", "internal", "external", "ei_index", "expected_ei_index"],
            key="ei",
            index="domain",
            note=" ".join([t("n_ei"), *_unseated_note(r, t, domains)]),
        )
    )
    organisations = r.land.organisations
    if len(organisations) and organisations["domain"].isna().all():  # no domain tables: say why, plainly
        section.add(Paragraph(t("p_legitimacy_no_domains")))
    blank = blank_domains(r.land)
    if blank:
        section.add(Paragraph(blank_domain_sentence(r, t, blank)))
    return section


def blank_domain_sentence(r: Results, t: Texts, blank: list) -> str:
    """How many organisations the domain tables leave out, which, and why (a blank domain is missing data)."""
    return t.choose("p_blank_domains", len(blank), names=t.listing([r.land.name_of(o) for o in blank], 6))


#: The columns of "Position per domain" (:func:`seated_domains`), in the section and the appendix.
DOMAIN_COLUMNS = ["organisations_seated", "mean_bodies", "mean_partners", "mean_betweenness", "occasional_share"]


def seated_domains(r: Results) -> pd.DataFrame:
    """:func:`partnernet.periphery`'s domains, its count of organisations named for what it counts: those at
    a table (the E-I table beside it counts every organisation of the network)."""
    return r.periphery["domains"].rename(columns={"organisations": "organisations_seated"})


def _unseated_note(r: Results, t: Texts, domains: pd.DataFrame) -> list[str]:
    """Why the two domain tables count differently: the organisations of the network at no table."""
    network = r.ei["nodes"].index
    seated = r.centrality["bodies"].reindex(network).fillna(0).to_numpy() > 0  # a missing count: at no table
    unseated = list(network[~seated])
    if domains.empty or not unseated:
        return []
    names = t.listing([r.land.name_of(o) for o in unseated])
    return [t("n_ei_unseated", n=t.choose("n_organisations", len(network)), names=names)]


from .._public import public_dir

__all__ = ["legitimacy", "blank_domain_sentence", "DOMAIN_COLUMNS", "seated_domains"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
