"""Covenant coverage: who sits at a table, or receives information, outside its covenant.

Information sharing between partners is bounded by covenants and law: a RIEC
covenant decides who may receive case information, and care and private
partners are usually outside it. This module lists the members of each body
whose organisation did not sign the body's covenant, and the information
ties that cross the boundary of a covenant's group.
"""

from __future__ import annotations

from typing import Literal, TYPE_CHECKING, overload

import dataclasses
import pandas as pd

from ..graphs import affiliations
from ._plumbing import lists_or_empty
from .hierarchy import ancestors
from .resilience import sorted_lists
from .results import Result

if TYPE_CHECKING:
    from ..landscape import Landscape

INTO, OUT_OF, BOTH_WAYS = "into_the_group", "out_of_the_group", "both_ways"


def covered_organisations(land: Landscape) -> pd.DataFrame:
    """Which organisation is covered by which covenant.

    An organisation is covered by a covenant when it, or an organisation
    above it along ``parent`` (a police unit under ``politie-eenheid``),
    signed it. Returns columns ``organisation``, ``covenant`` and
    ``signed_by`` (the signatory: the organisation itself or an ancestor;
    the nearest when several did).

    Examples
    --------
    >>> import partnernet as pn
    >>> covered = pn.covered_organisations(pn.load("data/regio-voorbeeld").at("2026-01-01"))
    >>> covered.loc[covered["organisation"] == "politie-district-noord", ["covenant", "signed_by"]].values.tolist()
    [['Convenant Zorg- en Veiligheidshuis Veldland', 'politie-eenheid'], ['RIEC-convenant Veldland', 'politie-district-noord']]
    """
    chain = ancestors(land.organisations["parent"].rename("parent"))
    signed = chain.merge(land.covenants, left_on="ancestor", right_on="organisation")
    signed = signed.sort_values(["node", "covenant", "step"], kind="stable")
    signed = signed.drop_duplicates(["node", "covenant"])
    return (
        signed.rename(columns={"ancestor": "signed_by"})
        .assign(organisation=signed["node"])[["organisation", "covenant", "signed_by"]]
        .reset_index(drop=True)
    )


@dataclasses.dataclass(frozen=True)
class CovenantCoverage(Result):
    """The result of :func:`covenant_coverage` (``result["bodies"]`` works too)."""

    bodies: pd.DataFrame
    members_outside: pd.DataFrame
    information_ties: pd.DataFrame

    # result["field"] (the old dict key) has the field's type; an unknown key is a type error
    @overload
    def __getitem__(self, key: Literal["bodies"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["members_outside"]) -> pd.DataFrame: ...
    @overload
    def __getitem__(self, key: Literal["information_ties"]) -> pd.DataFrame: ...
    def __getitem__(self, key: str) -> object:
        return self._field(key)


def covenant_coverage(land: Landscape) -> CovenantCoverage:
    """Members outside the covenant of their body, and information ties leaving a covenant's group.

    Definitions:

    - a body's members are organisations (a person counts as their
      organisation); a member is *covered* when its organisation, or an
      organisation above it along ``parent``, signed the body's covenant
      (see :func:`covered_organisations`);
    - an information tie (``kind == "information"``; a person's end counts
      as their organisation) *crosses* a covenant's boundary when exactly one
      of its ends is covered by that covenant. Its ``direction`` is
      ``out_of_the_group`` (a directed tie from a covered sender to an
      uncovered receiver), ``into_the_group`` (the other way round) or
      ``both_ways`` (an undirected tie). A tie between two organisations
      that signed no covenant crosses no boundary and is not listed.

    Reference: covenant-bounded information sharing at RIEC and Zorg- en
    Veiligheidshuis tables, as the evaluation studies describe it (care and
    private partners outside the RIEC covenant; Inspectie Veiligheid en
    Justitie, about 2017, on the Actieprogramma Integrale Aanpak Jihadisme). A
    covenant on paper is not the legal basis for every exchange: the result
    says where to look, not what is allowed.

    Parameters
    ----------
    land : Landscape
        Usually one moment, ``land.at(date)``.

    Returns
    -------
    :class:`CovenantCoverage`, a typed frozen result (``result.bodies`` or ``result["bodies"]``) with

    - ``bodies``: one row per body with a covenant, indexed by ``body``:
      ``name``, ``covenant``, ``members``, ``covered_members``,
      ``members_outside``, ``covered_share`` (fraction 0-1; NaN without
      members), ``outside`` (list of organisation ids); fewest covered first;
    - ``members_outside``: one row per (body, organisation outside the
      covenant): ``body``, ``covenant``, ``organisation``, ``name``,
      ``domain``, ``persons`` (list of its persons at the body; empty when the
      organisation itself is the listed member);
    - ``information_ties``: one row per (information tie, covenant whose
      boundary it crosses): ``source``, ``target``, ``source_organisation``,
      ``target_organisation``, ``directed``, ``weight``, ``covenant``,
      ``signatory_end`` (``source`` or ``target``), ``direction``,
      ``shared_covenants`` (list of covenants covering both ends),
      ``has_shared_covenant`` (False: no covenant covers both ends, so the
      flow has no shared covenant at all); those without one first.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> pn.covenant_coverage(land)["bodies"].loc["project-haven-stuurgroep", "outside"]
    ['havenbedrijf-havenberg']
    """
    covered = covered_organisations(land)
    outside = _members_outside(land, covered)
    return CovenantCoverage(
        bodies=_body_coverage(land, outside), members_outside=outside, information_ties=_crossing_ties(land, covered)
    )


def _members_outside(land, covered: pd.DataFrame) -> pd.DataFrame:
    covenant = land.bodies["covenant"].dropna()
    members = affiliations(land, "organisations").rename(columns={"actor": "organisation"})
    members = members[members["body"].isin(covenant.index)].assign(covenant=lambda f: f["body"].map(covenant))
    members = members.merge(covered[["organisation", "covenant"]], how="left", indicator=True)
    outside = members[members["_merge"] == "left_only"].drop(columns="_merge")
    m = land.memberships
    seated = m.loc[m["member_kind"] == "person", ["body", "organisation", "member"]].drop_duplicates()
    seated = seated.merge(outside[["body", "organisation"]], on=["body", "organisation"])
    persons = sorted_lists(seated, ["body", "organisation"], "member")
    keys = pd.MultiIndex.from_frame(outside[["body", "organisation"]])
    outside = outside.assign(
        name=outside["organisation"].map(land.organisations["name"]),
        domain=outside["organisation"].map(land.organisations["domain"]),
        persons=pd.Series(lists_or_empty(persons.reindex(keys)), index=outside.index),
    )
    order = {body: i for i, body in enumerate(land.bodies.index)}
    outside = outside.assign(_pos=outside["body"].map(order)).sort_values(["_pos", "organisation"], kind="stable")
    return outside[["body", "covenant", "organisation", "name", "domain", "persons"]].reset_index(drop=True)


def _body_coverage(land, outside: pd.DataFrame) -> pd.DataFrame:
    bodies = land.bodies[land.bodies["covenant"].notna()]
    members = affiliations(land, "organisations").groupby("body").size()
    listed = outside.groupby("body")["organisation"].agg(list)
    frame = pd.DataFrame(
        {
            "name": bodies["name"],
            "covenant": bodies["covenant"],
            "members": members.reindex(bodies.index, fill_value=0).astype(int),
            "members_outside": outside.groupby("body").size().reindex(bodies.index, fill_value=0).astype(int),
        }
    )
    frame.insert(3, "covered_members", frame["members"] - frame["members_outside"])
    frame["covered_share"] = (frame["covered_members"] / frame["members"]).where(frame["members"] > 0)
    frame["outside"] = lists_or_empty(listed.reindex(bodies.index))
    frame = frame.rename_axis("body").assign(_id=bodies.index)
    return frame.sort_values(["covered_share", "_id"], na_position="first", kind="stable").drop(columns="_id")


def _crossing_ties(land, covered: pd.DataFrame) -> pd.DataFrame:
    ties = land.ties[land.ties["kind"] == "information"].reset_index(drop=True).rename_axis("tie").reset_index()
    person_org = land.persons["organisation"]
    ties["source_organisation"] = ties["source"].map(person_org).astype(object).fillna(ties["source"])
    ties["target_organisation"] = ties["target"].map(person_org).astype(object).fillna(ties["target"])
    signed = covered[["organisation", "covenant"]]
    ends = pd.concat(
        [
            ties.merge(signed, left_on=f"{end}_organisation", right_on="organisation")[["tie", "covenant"]].assign(
                end=end
            )
            for end in ("source", "target")
        ]
    )
    per_covenant = ends.groupby(["tie", "covenant"])["end"].agg(["size", "first"]).reset_index()
    shared = per_covenant[per_covenant["size"] == 2].groupby("tie")["covenant"].agg(list)
    crossing = per_covenant[per_covenant["size"] == 1].rename(columns={"first": "signatory_end"})
    frame = ties.merge(crossing[["tie", "covenant", "signatory_end"]], on="tie")
    frame["direction"] = (
        frame["signatory_end"].map({"source": OUT_OF, "target": INTO}).where(frame["directed"], BOTH_WAYS)
    )
    frame["shared_covenants"] = lists_or_empty(frame["tie"].map(shared))
    frame["has_shared_covenant"] = frame["tie"].isin(shared.index)
    frame = frame.sort_values(["has_shared_covenant", "tie", "covenant"], kind="stable")
    return frame[
        [
            "source",
            "target",
            "source_organisation",
            "target_organisation",
            "directed",
            "weight",
            "covenant",
            "signatory_end",
            "direction",
            "shared_covenants",
            "has_shared_covenant",
        ]
    ].reset_index(drop=True)


from .._public import public_dir

__all__ = ["INTO", "OUT_OF", "BOTH_WAYS", "covered_organisations", "CovenantCoverage", "covenant_coverage"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
