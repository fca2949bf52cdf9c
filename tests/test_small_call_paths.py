"""The per-call shortcuts of issue 17 (part F) give what the code they replaced gave.

Small landscapes spent most of a call in pandas overhead; overload's per-actor
counts are now made with numpy. Here they are compared with the pandas
group-bys they replaced (kept below as the reference) on random membership
tables, the bus factor in plain Python with the pandas version it replaced on
the example and on the property tests' generated landscapes, and the results
kept per landscape are checked to be copies.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import partnernet as pn
from partnernet.analysis import compare as C
from partnernet.analysis._plumbing import names_of
from partnernet.analysis.connectors import pairs_per_actor
from partnernet.analysis.overload import HOURS, _counted_organisation_rows, _per_actor, membership_hours
from partnernet.analysis.resilience import (
    NETWORK,
    UNKNOWN_GROUP,
    _bus_factor,
    _organisation_column,
    _seats,
    sorted_lists,
)
from partnernet.graphs import affiliations

from conftest import EXAMPLE
from test_properties import with_landscapes


def reference_per_actor(counted: pd.DataFrame, everything: pd.DataFrame, key: str, index: pd.Index) -> pd.DataFrame:
    """overload._per_actor as it was before issue 17 part F (pandas group-bys)."""
    unknown = counted[HOURS].isna()
    known_kind = counted[counted["body_kind"].notna()]
    outside_decision = known_kind[known_kind["body_kind"] != "decision"]
    frame = pd.DataFrame(
        {
            "bodies": everything.groupby(key)["body"].nunique(),
            "seats": counted.groupby(key)["seats"].sum(),
            "chairs": everything[everything["role"] == "chair"].groupby(key)["body"].nunique(),
            HOURS: counted.groupby(key)[HOURS].sum(),
            "bodies_with_unknown_hours": counted[unknown].groupby(key)["body"].nunique(),
        }
    ).reindex(index)
    counts = ["bodies", "seats", "chairs", "bodies_with_unknown_hours"]
    frame[counts] = frame[counts].fillna(0).astype(int)
    all_unknown = (frame["bodies"] > 0) & (frame["bodies_with_unknown_hours"] == frame["bodies"])
    frame[HOURS] = frame[HOURS].fillna(0.0).astype(float).mask(all_unknown)
    frame["hours_are_lower_bound"] = frame["bodies_with_unknown_hours"] > 0
    kind_hours, outside_hours = (
        rows.groupby(key)[HOURS].sum().reindex(index, fill_value=0.0).astype(float)
        for rows in (known_kind, outside_decision)
    )
    frame["non_decision_hours_share"] = outside_hours / kind_hours.where(kind_hours > 0)
    return frame


ROW = st.tuples(
    st.sampled_from(["a", "b", "c", "d", "x"]),  # actor; "x" is not in the index
    st.sampled_from(["t1", "t2", "t3"]),
    st.sampled_from(["chair", "member"]),
    st.integers(1, 3),
    st.one_of(st.none(), st.sampled_from([0.0, 1.5, 0.1, 0.2, 0.3, 1 / 3, 1.7, 10.0, 1e-9])),  # sums that round
    st.one_of(st.none(), st.sampled_from(["decision", "operational", "advisory"])),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ROW, max_size=25), st.integers(0, 24))
def test_per_actor_counts_equal_the_pandas_group_bys(rows, cut):
    frame = pd.DataFrame(rows, columns=["actor", "body", "role", "seats", HOURS, "body_kind"])
    frame = frame.astype({"seats": "int64", HOURS: "float64", "body_kind": object})
    counted = frame.iloc[: min(cut, len(frame))]  # the counted rows are a part of all rows
    index = pd.Index(["a", "b", "c", "d"], name="organisation")
    fast = _per_actor(counted, frame, "actor", index)
    pd.testing.assert_frame_equal(fast, reference_per_actor(counted, frame, "actor", index), check_exact=True)


def test_overload_on_the_example_equals_the_reference_counts():
    land = pn.load(EXAMPLE).at("2026-01-01")
    rows = pn.overload(land)
    assert rows["bodies"].sum() > 0 and np.isfinite(rows[HOURS]).any()
    hours = membership_hours(land)
    expected = reference_per_actor(_counted_organisation_rows(hours), hours, "organisation", land.organisations.index)
    pd.testing.assert_frame_equal(
        _per_actor(_counted_organisation_rows(hours), hours, "organisation", land.organisations.index),
        expected,
        check_exact=True,
    )


def test_kept_results_are_handed_out_as_copies():
    land = pn.load(EXAMPLE).at("2026-01-01")
    for get in (names_of, membership_hours, lambda l: affiliations(l, "persons")):
        first = get(land)
        clean = first.copy()
        first.index = pd.Index(["changed"] * len(first))  # a caller that changes its result
        assert len(clean) > 0 and get(land).equals(clean)
    for table in ("articulation_points", "bridges"):
        first = pn.fragmentation(land)[table]
        first.index = pd.Index(["changed"] * len(first))
        expected = getattr(pn, table)(land)
        assert len(expected) > 0 or table == "bridges"  # the example has cut points but no bridges
        pd.testing.assert_frame_equal(pn.fragmentation(land, level="persons")[table], expected, check_exact=True)


# -- bus factor: plain Python against the pandas version it replaced ------------------


def reference_bus_factor(land: pn.Landscape, by: str) -> pd.DataFrame:
    """resilience._bus_factor as it was before issue 17 part F (merge, group-bys, sort)."""
    group_of = _organisation_column(land, by)
    seats = _seats(land)
    seats["group"] = seats["organisation"].map(group_of)
    present = seats[["organisation", "body", "group"]].drop_duplicates(["organisation", "body"])
    shared = present.groupby("body").size()
    network = pd.DataFrame({"body": shared.index[shared.to_numpy() > 1], "link_to": NETWORK})
    groups = present.loc[present["group"] != UNKNOWN_GROUP, ["body", "group"]].drop_duplicates()
    targets = pd.concat([network, groups.rename(columns={"group": "link_to"})], ignore_index=True)
    linked = seats.merge(targets, on="body")
    linked = linked[linked["link_to"] != linked["group"]].assign(direct=lambda f: f["person"].isna())
    grouped = linked.groupby(["organisation", "link_to"], sort=True)
    table = pd.DataFrame({"direct_link": grouped["direct"].any(), "linking_bodies": grouped["body"].nunique()})
    persons = linked.dropna(subset=["person"]).drop_duplicates(["organisation", "link_to", "person"])
    table["persons"] = sorted_lists(persons, ["organisation", "link_to"], "person").reindex(table.index)
    table = table.reset_index()
    table["persons"] = [p if isinstance(p, list) else [] for p in table["persons"]]
    table["bus_factor"] = pd.array([len(p) for p in table["persons"]], dtype="Int64")
    table["bus_factor"] = table["bus_factor"].mask(table["direct_link"].astype(bool))
    table.insert(1, "name", table["organisation"].map(names_of(land)))
    table.insert(2, by, table["organisation"].map(group_of))
    order = table.assign(_domain_target=table["link_to"] != NETWORK)
    order = order.sort_values(
        ["bus_factor", "_domain_target", "organisation", "link_to"], na_position="last", kind="stable"
    )
    return table.loc[
        order.index, ["organisation", "name", by, "link_to", "bus_factor", "direct_link", "linking_bodies", "persons"]
    ].reset_index(drop=True)


def assert_same_bus_factor(land: pn.Landscape, by: str) -> None:
    fast, slow = _bus_factor(land, by), reference_bus_factor(land, by)
    if slow.empty:  # the old empty table had no row to give its columns a type
        assert fast.empty and list(fast.columns) == list(slow.columns)
        return
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)


@pytest.mark.parametrize("by", ["domain", "regime", "level"])
def test_bus_factor_equals_the_pandas_version_on_the_example(by):
    land = pn.load(EXAMPLE).at("2026-01-01")
    assert len(_bus_factor(land, by)) > 50
    assert_same_bus_factor(land, by)


@with_landscapes(20, "bus factor against the pandas version")
def test_bus_factor_equals_the_pandas_version_on_generated_landscapes(land, tables):
    for by in ("domain", "regime"):
        assert_same_bus_factor(land, by)


# -- connectors: the pairs of groups and their bridges ------------------------------------


def reference_bridged_group_pairs(bridges: pd.DataFrame) -> pd.DataFrame:
    """connectors.bridged_group_pairs as it was before issue 17 part F (group-bys per level);
    the summing per actor it shares with the new code is not what changed."""
    per_actor = pairs_per_actor(bridges)
    keys = ["group_a", "group_b"]
    frame = per_actor[keys].drop_duplicates().set_index(keys)
    for singular, level in (("organisation", "organisations"), ("person", "persons")):
        rows = per_actor[per_actor["level"] == level].groupby(keys, sort=False)
        frame[level] = rows["actor"].agg(list)
        frame[f"{singular}_pairs"] = rows["pairs"].sum()
    frame[["organisations", "persons"]] = frame[["organisations", "persons"]].map(
        lambda v: v if isinstance(v, list) else []
    )
    frame[["organisation_pairs", "person_pairs"]] = frame[["organisation_pairs", "person_pairs"]].fillna(0).astype(int)
    return (
        frame.reset_index()
        .sort_values(["organisation_pairs", "person_pairs"], ascending=False, kind="stable")
        .reset_index(drop=True)
    )


def assert_same_group_pairs(land: pn.Landscape, by: str) -> None:
    result = pn.connectors(land, by=by)
    if result["bridges"].empty:
        assert result["pairs"].empty
        return
    pd.testing.assert_frame_equal(result["pairs"], reference_bridged_group_pairs(result["bridges"]), check_exact=True)


@pytest.mark.parametrize("by", ["domain", "regime", "level"])
def test_group_pairs_equal_the_pandas_version_on_the_example(by):
    land = pn.load(EXAMPLE).at("2026-01-01")
    assert len(pn.connectors(land, by=by)["pairs"]) >= 3
    assert_same_group_pairs(land, by)


@with_landscapes(20, "connector pairs against the pandas version")
def test_group_pairs_equal_the_pandas_version_on_generated_landscapes(land, tables):
    for by in ("domain", "regime"):
        assert_same_group_pairs(land, by)


# -- compare: the values that changed ------------------------------------------------------


def reference_changed_values(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """compare.changed_values as it was before issue 17 part F (stacked frames)."""
    ids = before.index.intersection(after.index, sort=False)
    columns = [c for c in before.columns if c in after.columns]
    old = before.loc[ids, columns].astype(object)
    new = after.loc[ids, columns].astype(object)
    differs = ((old != new) & ~(old.isna() & new.isna())).stack(future_stack=True).to_numpy()
    frame = pd.DataFrame(
        {"before": old.stack(future_stack=True)[differs], "after": new.stack(future_stack=True)[differs]}
    )
    return frame.rename_axis(list(before.index.names) + ["column"])


VALUE = st.one_of(st.none(), st.just(np.nan), st.sampled_from(["a", "b", 1, 2.5, pd.Timestamp("2026-01-01")]))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("pqrstu"), VALUE, VALUE), max_size=6, unique_by=lambda r: r[0]),
    st.lists(st.tuples(st.sampled_from("pqrstu"), VALUE, VALUE), max_size=6, unique_by=lambda r: r[0]),
    st.booleans(),
)
def test_changed_values_equal_the_stacked_version(rows_a, rows_b, pairs):
    def frame(rows):
        table = pd.DataFrame(rows, columns=["id", "x", "y"], dtype=object)
        if pairs:  # keyed by two columns, as memberships are
            return table.assign(k=table["id"] + "1").set_index(["id", "k"])
        return table.set_index("id")

    a, b = frame(rows_a), frame(rows_b)
    fast, slow = C.changed_values(a, b), reference_changed_values(a, b)
    if slow.empty:  # an empty index of an empty id column: no type to keep (the example test checks real ones)
        assert fast.empty and list(fast.columns) == list(slow.columns) and fast.index.names == slow.index.names
        return
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)


def test_changed_values_of_the_example_equal_the_stacked_version():
    land = pn.load(EXAMPLE)
    a, b = land.at("2025-01-01"), land.at("2026-01-01")
    compared = 0
    for table in C.TABLES:
        before, after = C._keyed(a, table), C._keyed(b, table)
        fast, slow = C.changed_values(before, after), reference_changed_values(before, after)
        pd.testing.assert_frame_equal(fast, slow, check_exact=True)
        compared += len(fast)
    changed = C.changed_values(a.organisations.assign(name="x"), a.organisations)
    assert compared > 0 or len(changed) == len(a.organisations)
    pd.testing.assert_frame_equal(
        changed, reference_changed_values(a.organisations.assign(name="x"), a.organisations), check_exact=True
    )
