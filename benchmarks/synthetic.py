"""Large synthetic landscapes for benchmarks and size tests (fictional, seeded).

``synthetic_landscape(organisations=1200, bodies=300, persons=500)`` gives a
2,000-node landscape shaped like a big region: organisations in the ten
domains, bodies of every kind with meeting frequencies and reporting chains,
persons who each work for one organisation, and 4-16 members per body
(persons and organisations directly). The same seed gives the same landscape.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from partnernet import Landscape

DOMAINS = ("administration", "security", "justice", "intelligence", "tax-finance",
           "care", "social", "education", "knowledge", "private")
BODY_KINDS = ("decision", "centre", "operational", "learning")
REGIMES = ("ct", "crime", "both")
LEVELS = ("local", "regional", "national")


def synthetic_landscape(organisations: int = 1200, bodies: int = 300, persons: int = 500,
                        seed: int = 1) -> Landscape:
    """A validated landscape with the given numbers of organisations, bodies and persons."""
    rng = np.random.default_rng(seed)
    org_ids = [f"org-{i:04d}" for i in range(1, organisations + 1)]
    body_ids = [f"body-{i:04d}" for i in range(1, bodies + 1)]
    person_ids = [f"p-{i:04d}" for i in range(1, persons + 1)]
    orgs = pd.DataFrame({
        "id": org_ids, "name": [f"Organisation {i}" for i in range(1, organisations + 1)],
        "domain": rng.choice(DOMAINS, organisations), "regime": rng.choice(REGIMES, organisations),
        "level": rng.choice(LEVELS, organisations),
        "capacity_hours": rng.choice([20, 40, 80, 160], organisations).astype(float)})
    # A forest of reporting chains: about half the bodies report to an earlier one.
    parents = [body_ids[rng.integers(0, i)] if i and rng.random() < 0.5 else None for i in range(bodies)]
    body_table = pd.DataFrame({
        "id": body_ids, "name": [f"Overleg {i}" for i in range(1, bodies + 1)],
        "kind": rng.choice(BODY_KINDS, bodies), "regime": rng.choice(REGIMES, bodies),
        "level": rng.choice(LEVELS, bodies), "meetings_per_year": rng.choice([4, 6, 12, 24, 48], bodies).astype(float),
        "hours_per_meeting": rng.choice([1.0, 1.5, 2.0, 3.0], bodies), "reports_to": parents})
    people = pd.DataFrame({"id": person_ids, "organisation": rng.choice(org_ids, persons),
                           "name": [f"P. Person {i}" for i in range(1, persons + 1)]})
    return Landscape.from_tables(orgs, body_table, _memberships(rng, org_ids, body_ids, person_ids), people)


def _memberships(rng, org_ids, body_ids, person_ids) -> pd.DataFrame:
    rows = []
    # every organisation and person sits somewhere; then each body gets 4-16 members
    for i, member in enumerate(list(org_ids) + list(person_ids)):
        rows.append((member, body_ids[i % len(body_ids)]))
    actors = np.array(list(org_ids) + list(person_ids))
    for body in body_ids:
        for member in rng.choice(actors, rng.integers(4, 17), replace=False):
            rows.append((member, body))
    frame = pd.DataFrame(rows, columns=["member", "body"]).drop_duplicates()
    chair = ~frame.duplicated("body")
    return frame.assign(role=np.where(chair, "chair", "member"), type="core")
