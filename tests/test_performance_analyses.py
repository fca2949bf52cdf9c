"""Issue 17 (part B): the fast paths of the analyses give what the plain way gives.

Each test runs the fast code and a plain reference (pandas groupbys, the
definition) on random landscapes or graphs and asserts the same result. No
timings here: speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis._plumbing import names_of
from partnernet.analysis.resilience import _seats


def random_landscape(seed: int, organisations: int = 12, bodies: int = 8, persons: int = 25) -> pn.Landscape:
    """Organisations in three domains, persons at them, seats of persons and of organisations (some twice)."""
    rng = np.random.default_rng(seed)
    orgs = pd.DataFrame(
        {
            "id": [f"o{i:02d}" for i in range(organisations)],
            "name": [f"Org {i}" for i in range(organisations)],
            "domain": rng.choice(["care", "justice", "security"], organisations),
        }
    )
    people = pd.DataFrame(
        {
            "id": [f"p{i:02d}" for i in range(persons)],
            "organisation": rng.choice(orgs["id"], persons),
            "name": [f"Person {i}" if i % 4 else None for i in range(persons)],
        }
    )
    members = list(rng.choice(people["id"], 3 * persons)) + list(rng.choice(orgs["id"], organisations // 2))
    memberships = pd.DataFrame({"member": members, "body": rng.choice([f"b{i}" for i in range(bodies)], len(members))})
    return pn.Landscape.from_tables(
        organisations=orgs,
        bodies=pd.DataFrame({"id": [f"b{i}" for i in range(bodies)]}),
        persons=people,
        memberships=memberships,
    )


def plain_single_person_links(land) -> pd.DataFrame:
    """The definition with pandas groupbys and merges (the code before issue 17)."""
    seats = _seats(land)
    at_body = seats.groupby(["organisation", "body"])["person"]
    solo = seats.loc[(at_body.transform("size") == 1) & (at_body.transform("count") == 1)]
    present = seats[["organisation", "body"]].drop_duplicates().rename(columns={"organisation": "partner"})
    reach = solo.merge(present, on="body")
    reach = reach[reach["partner"] != reach["organisation"]]
    keys = ["organisation", "person", "partner"]
    carried = reach.groupby(keys).size().rename("shared_bodies").reset_index()
    both = present.merge(present.rename(columns={"partner": "organisation"}), on="body")
    shared = both.groupby(["organisation", "partner"]).size().rename("shared").reset_index()
    links = carried.merge(shared, on=["organisation", "partner"])
    links = links[links["shared_bodies"] == links["shared"]].drop(columns="shared")
    bodies = reach.groupby(keys)["body"].agg(sorted).rename("bodies").reset_index()
    links = links.merge(bodies, on=keys)
    low = links[["organisation", "partner"]].min(axis=1)
    high = links[["organisation", "partner"]].max(axis=1)
    links["person_links"] = (low + "|" + high).groupby(links["person"]).transform("nunique")
    names = names_of(land)
    for column in ("organisation", "partner", "person"):
        links[f"{column}_name"] = links[column].map(names)
    return links.sort_values(
        ["person_links", "person", "organisation", "partner"], ascending=[False, True, True, True], kind="stable"
    ).reset_index(drop=True)


@pytest.mark.parametrize("seed", range(8))
def test_single_person_links_equal_the_plain_definition(seed):
    land = random_landscape(seed)
    fast = pn.single_person_links(land)
    plain = plain_single_person_links(land)
    assert len(fast) == len(plain) and len(fast) > 0
    for column in fast.columns:
        assert fast[column].tolist() == plain[column].tolist(), column
    assert fast["shared_bodies"].dtype == np.int64 and fast["person_links"].dtype == np.int64


def test_single_person_links_of_a_landscape_without_persons_is_empty():
    land = random_landscape(1, persons=0)
    assert pn.single_person_links(land).empty
