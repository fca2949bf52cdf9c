"""The synthetic landscape generator writes valid, seeded, regionally structured landscapes."""

from __future__ import annotations

import importlib.util

import pandas as pd

import partnernet as pn

from conftest import TESTS

spec = importlib.util.spec_from_file_location("make_landscape", TESTS.parent / "benchmarks" / "make_landscape.py")
make_landscape = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_landscape)


def test_generated_landscape_loads_without_warnings(tmp_path):
    assert (
        make_landscape.main(
            [
                "--organisations",
                "220",
                "--bodies",
                "60",
                "--persons",
                "600",
                "--seed",
                "3",
                "-o",
                str(tmp_path / "land"),
            ]
        )
        == 0
    )
    land = pn.load(tmp_path / "land")
    assert land.warnings == []
    assert land.counts[["organisations", "bodies", "persons"]].tolist() == [220, 60, 600]
    assert land.counts["memberships"] > 2000
    assert land.memberships["end"].notna().any()  # rotation
    assert land.graph("hierarchy").number_of_edges() > 20


def test_same_seed_same_landscape():
    a = make_landscape.build(150, 40, 300, seed=7)
    b = make_landscape.build(150, 40, 300, seed=7)
    c = make_landscape.build(150, 40, 300, seed=8)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    assert not a["memberships"].equals(c["memberships"])


def test_table_sizes_are_heavy_tailed():
    tables = make_landscape.build(600, 200, 3000, seed=1)
    per_person = tables["memberships"].groupby("member").size()
    assert per_person.max() >= 6 * per_person.median()
