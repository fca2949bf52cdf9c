"""The result of :func:`partnernet.layers` in plain English sentences.

Words only: every fact here is in the tables of the result too, so a report
in another language phrases them itself.
"""

from __future__ import annotations

import pandas as pd

from .plain import counted, listed, named, number, one

REGIME_WORDS = {"ct": "CT", "crime": "crime"}
LAYER_WORDS = {"ct": "CT layer", "crime": "crime layer", "shared": "shared layer (regime both, part of both networks)"}


def findings(result, land) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) about a :func:`partnernet.layers` result on ``land``."""
    return regime_findings(result, land) if result["by"] == "regime" else tie_findings(result, land)


def regime_findings(result, land) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) on the CT and crime layers and what bridges them."""
    told = [("layers", _layer_sizes(result["layers"], LAYER_WORDS))]
    told += _regime_overlap(result, land) + _hosts(result["bridge_hosts"], land)
    told += _shared_bodies(result["shared_bodies"])
    told += [("fragmentation", _fragmentation(rows, f"{REGIME_WORDS[layer]} network ({{n}} organisations at "
                                                    f"{REGIME_WORDS[layer]} or shared bodies)"))
             for layer, rows in _measurable(result["fragmentation"])]
    return pd.DataFrame(told, columns=["topic", "sentence"])


def tie_findings(result, land) -> pd.DataFrame:
    """Sentences (``topic``, ``sentence``) on the tables against the direct ties."""
    words = {layer: "the tables" if layer == "membership" else f"{layer} ties" for layer in result["layers"].index}
    told = [("layers", _layer_sizes(result["layers"], words))]
    pairs = result["pairs"]
    with_tables = pairs[pairs["layer_a"] == "membership"]
    for row in with_tables.itertuples(index=False):
        told.append(("overlap", f"Of the {row.organisations_b} organisations with {row.layer_b} ties, "
                                f"{row.shared_organisations} also sit at a table."))
    outside = result["ties_outside_tables"]
    if len(outside):
        links = [f"{a} -- {b} ({kinds})" for a, b, kinds in
                 zip(outside["organisation_a"], outside["organisation_b"], outside["kinds"])]
        told.append(("bridges", f"{counted(len(outside), 'tie link')} {'joins' if len(outside) == 1 else 'join'} "
                                f"organisations that share no table: {listed(links)}."))
    elif len(land.ties):
        told.append(("bridges", "Every tie links organisations that already share a table."))
    told += [("fragmentation", _fragmentation(rows, f"{words[layer]} ({{n}} organisations)"))
             for layer, rows in _measurable(result["fragmentation"])]
    return pd.DataFrame(told, columns=["topic", "sentence"])


def _layer_sizes(table: pd.DataFrame, words: dict) -> str:
    parts = []
    for layer, row in zip(table.index, table.to_dict("records")):
        count = (counted(row["bodies"], "body", "bodies") if pd.notna(row.get("bodies", pd.NA))
                 else counted(row["ties"], "tie"))
        parts.append(f"{words[layer]}: {count}, {counted(row['organisations'], 'organisation')}, "
                     f"{counted(row['persons'], 'person')}, {counted(row['links'], 'link')} between organisations")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _regime_overlap(result: dict, land) -> list[tuple[str, str]]:
    pair = result["pairs"].set_index(["layer_a", "layer_b"]).loc[("ct", "crime")]
    bridges = result["bridge_actors"]
    organisations = bridges.index[bridges["level"] == "organisation"]
    persons = bridges[bridges["level"] == "person"]
    if not len(organisations):
        return [("bridges", "No organisation sits at a CT body and at a crime body: the two networks meet "
                            "only at shared bodies, if at all.")]
    told = [("bridges", f"{counted(len(organisations), 'organisation')} sit at CT and at crime bodies (Jaccard "
                        f"{pair['jaccard_organisations']:.2f} of the two sets of organisations): "
                        f"{named(organisations, land)}.")]
    if len(persons):
        busiest = [one(p, land, f"{row.ct_bodies} CT, {counted(row.crime_bodies, 'crime body', 'crime bodies')}")
                   for p, row in zip(persons.index, persons.itertuples(index=False))]
        told.append(("bridges", f"{counted(len(persons), 'person')} {'does' if len(persons) == 1 else 'do'} "
                                f"(Jaccard {pair['jaccard_persons']:.2f}); most tables on both sides: {listed(busiest)}."))
    else:
        told.append(("bridges", "No person sits at a CT body and at a crime body: only organisations bridge."))
    return told


def _hosts(hosts: pd.DataFrame, land) -> list[tuple[str, str]]:
    both = hosts[hosts["bridge"]]
    if not len(both):
        return [("hosts", "No organisation hosts CT bodies and crime bodies.")]
    parts = [one(h, land, f"{len(row.ct_bodies)} CT, {len(row.crime_bodies)} crime, "
                          f"{counted(len(row.shared_bodies), 'shared body', 'shared bodies')}")
             for h, row in zip(both.index, both.itertuples(index=False))]
    return [("hosts", f"Hosts of CT and crime bodies: {listed(parts)}.")]


def _shared_bodies(shared: pd.DataFrame) -> list[tuple[str, str]]:
    if not len(shared):
        return [("shared", "There are no bodies of regime both.")]
    tying = shared[shared["ct_crime_pairs"] > 0]
    if not len(tying):
        return [("shared", "No shared body seats an organisation found only at CT bodies next to one found only "
                           f"at crime bodies ({counted(len(shared), 'shared body', 'shared bodies')}).")]
    parts = [f"{body} ({row.ct_only} CT-only, {counted(row.crime_only, 'crime-only organisation')})"
             for body, row in zip(tying.index, tying.itertuples(index=False))]
    return [("shared", f"Shared bodies that seat organisations found only at CT bodies next to ones found only "
                       f"at crime bodies ({len(tying)} of {len(shared)}): {listed(parts)}.")]


def _measurable(table: pd.DataFrame):
    """(layer, rows) of the fragmentation table for layers of two or more organisations."""
    return [(layer, rows) for layer, rows in table.groupby("layer", sort=False) if rows["organisations"].iat[0] >= 2]


def _fragmentation(rows: pd.DataFrame, subject: str) -> str:
    """'Subject: linked by X F 0, DF 0.3; linked by Y F 0.2, DF 0.4 in 5 components.' (``{n}`` in subject: nodes)."""
    parts = []
    for row in rows.to_dict("records"):
        pieces = f"F {number(round(row['fragmentation'], 3))}, DF {number(round(row['distance_fragmentation'], 3))}"
        split = f" in {row['components']} components" if row["components"] > 1 else ""
        parts.append(f"linked by {row['linked_by']} {pieces}{split}")
    text = subject.format(n=rows["organisations"].iat[0])
    return f"{text[:1].upper()}{text[1:]}: " + "; ".join(parts) + "."
