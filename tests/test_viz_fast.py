"""The map's vectorised paths against plain references (issue 17): the same records, faster.

The reference for the membership lines is the networkx two-mode graph the map walked before
(``land.graph("two-mode")``): the same edges, in the same order, with the same attributes.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.viz.elements import seat_table

from conftest import EXAMPLE, FIXTURES

ROLES = ["chair", "secretary", "member", "adviser", ""]
TYPES = ["core", "case", "external", "advisory", ""]


def random_landscape(seed: int, organisations: int = 12, persons: int = 25, bodies: int = 8, rows: int = 90):
    """Organisations and persons at bodies, several rows per pair (periods), random roles, types and seats."""
    rng = np.random.default_rng(seed)
    orgs = pd.DataFrame(
        {"id": [f"o{i}" for i in range(organisations)], "name": [f"Org {i}" for i in range(organisations)]}
    )
    people = pd.DataFrame(
        {
            "id": [f"p{i}" for i in range(persons)],
            "organisation": rng.choice(orgs["id"], persons),
            "name": [f"Person {i}" for i in range(persons)],
        }
    )
    members = rng.choice(np.concatenate([orgs["id"], people["id"]]), rows)
    years = rng.integers(2018, 2026, rows)
    memberships = pd.DataFrame(
        {
            "member": members,
            "body": rng.choice([f"b{i}" for i in range(bodies)], rows),
            "role": rng.choice(ROLES, rows),
            "type": rng.choice(TYPES, rows),
            "seats": rng.integers(1, 4, rows),
            "start": [f"{y}-01-01" for y in years],
            "end": [f"{y}-12-31" for y in years],
        }
    ).drop_duplicates(["member", "body", "start"])
    return pn.Landscape.from_tables(
        organisations=orgs,
        bodies=pd.DataFrame({"id": [f"b{i}" for i in range(bodies)]}),
        memberships=memberships,
        persons=people,
    )


def reference(land, persons: bool) -> list[tuple]:
    """(actor, body, role, type, seats, direct, via) of each edge of the networkx two-mode graph, in its order."""
    graph = land.graph("two-mode", persons=persons)
    found = []
    for u, v, data in graph.edges(data=True):
        actor, body = (u, v) if graph.nodes[v]["kind"] == "body" else (v, u)
        found.append(
            (
                actor,
                body,
                data.get("role"),
                data.get("type"),
                data["seats"],
                data.get("direct", True),
                data.get("via", []),
            )
        )
    return found


def table_rows(land, persons: bool) -> list[tuple]:
    table = seat_table(land, persons)
    columns = ("actor", "body", "role", "type", "seats", "direct", "via")
    return [(a, b, r, t, int(s), bool(d), list(v)) for a, b, r, t, s, d, v in zip(*(table[c] for c in columns))]


@pytest.mark.parametrize("persons", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_seat_table_equals_the_two_mode_graph_on_random_landscapes(seed, persons):
    land = random_landscape(seed)
    assert table_rows(land, persons) == reference(land, persons)


@pytest.mark.parametrize("persons", [True, False])
def test_seat_table_equals_the_two_mode_graph_on_the_example_and_the_mini_fixture(persons):
    for land in (pn.load(EXAMPLE), pn.load(EXAMPLE).at("2026-01-01"), pn.load(FIXTURES / "mini")):
        assert table_rows(land, persons) == reference(land, persons)


@pytest.mark.parametrize("seed", range(4))
def test_joined_equals_groupby_join(seed):
    from partnernet.viz.figures import joined

    rng = np.random.default_rng(seed)
    keys = pd.Series(rng.choice(["b2", "a1", "c", "d", None], 60), name="body")
    texts = pd.Series([f"x{i}" for i in range(60)])
    assert joined(keys, texts).equals(texts.groupby(keys).agg(", ".join))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_formatted_column_equals_formatted(lang):
    from partnernet.language.map import Words

    words = Words(lang)
    rng = np.random.default_rng(3)
    floats = pd.Series(np.where(rng.random(40) < 0.2, np.nan, rng.normal(0, 1000, 40)))
    columns = {
        "betweenness": floats / 1000,
        "meeting_hours_per_month": floats.abs(),
        "load_ratio": floats,
        "capacity_hours": floats.round(),
        "partners": pd.Series(rng.integers(0, 50, 40)),
        "jaccard": floats.abs() / 2000,
        "bridging_z": pd.Series(rng.integers(-3, 3, 40)),
        "connector": pd.Series(rng.random(40) < 0.5),
        "domain": pd.Series(rng.choice(["care", "justice", None], 40), dtype=object),
    }
    for column, values in columns.items():
        assert words.formatted_column(column, values) == [words.formatted(column, v) for v in values.tolist()], column


def test_days_equal_strftime():
    from partnernet.viz.interactive import days

    stamps = pd.Series(
        [pd.Timestamp("2026-01-01"), pd.NaT, pd.Timestamp("1960-05-03 13:00"), pd.Timestamp("2200-12-31")]
    )
    reference = [None if pd.isna(v) else v for v in stamps.dt.strftime("%Y-%m-%d").tolist()]
    assert days(stamps) == reference == ["2026-01-01", None, "1960-05-03", "2200-12-31"]
    assert days(pd.Series([None, None], dtype=object)) == [None, None] and days(pd.Series([], dtype=float)) == []


@given(st.text(max_size=40))
def test_folded_search_text_is_the_plain_fold_of_any_text(text):
    """interactive.folded takes ASCII text straight to lower case: the same as decomposing and dropping marks."""
    import unicodedata

    from partnernet.viz.interactive import folded

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    assert folded(text) == plain
