"""Generate a realistic synthetic partnership landscape of any size, seeded.

    python benchmarks/make_landscape.py --organisations 5000 --bodies 2500 \
        --persons 25000 --seed 1 -o /tmp/nation

The landscape has regional structure like the Netherlands: regions of
municipalities (one large city, some towns, many small municipalities) with
their police district, OM office, care, social and education partners and
private parties; national organisations (NCTV, AIVD, FIOD, ...) that sit in
every region; per region a RIEC with its tactical and regional steering
groups and projects, a Veiligheidshuis with case conference, triage and review,
a Top600-style chain, driehoeken and local tables; and a few national bodies.
Table sizes are heavy-tailed, and a few persons per region sit at many tables
(membership propensity drawn from a Pareto distribution). Membership dates
span 2018-2025 with rotation (an end date and a successor). Output is the
normal input format: a folder of CSV files that ``partnernet`` loads as is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

NATIONAL_ORGANISATIONS = [
    ("nctv", "NCTV", "administration", "ct"),
    ("aivd", "AIVD", "intelligence", "ct"),
    ("mivd", "MIVD", "intelligence", "ct"),
    ("fiu", "FIU-Nederland", "intelligence", "crime"),
    ("belastingdienst", "Belastingdienst", "tax-finance", "crime"),
    ("fiod", "FIOD", "tax-finance", "crime"),
    ("douane", "Douane", "security", "crime"),
    ("kmar", "Koninklijke Marechaussee", "security", "both"),
    ("ind", "IND", "administration", "both"),
    ("uwv", "UWV", "social", "crime"),
    ("jenv", "Ministerie van JenV", "administration", "both"),
    ("bzk", "Ministerie van BZK", "administration", "both"),
    ("politieacademie", "Politieacademie", "knowledge", "both"),
    ("dnb", "De Nederlandsche Bank", "tax-finance", "crime"),
    ("inspectie-szw", "Nederlandse Arbeidsinspectie", "administration", "crime"),
    ("dji", "DJI", "justice", "ct"),
]
# Regional organisation types: (suffix, name, domain, regime, weight in the mix, capacity hours)
REGIONAL_TYPES = [
    ("politie-district", "Politie district", "security", "both", 3, 120),
    ("om", "OM parket", "justice", "both", 1, 60),
    ("rvdk", "Raad voor de Kinderbescherming", "justice", "both", 1, 30),
    ("reclassering", "Reclassering", "justice", "both", 1, 30),
    ("ggz", "GGZ", "care", "both", 2, 20),
    ("ggd", "GGD", "care", "crime", 1, 20),
    ("jeugdzorg", "Jeugdzorg", "care", "both", 2, 20),
    ("welzijn", "Welzijnsorganisatie", "social", "crime", 2, 15),
    ("wijkteam", "Wijkteam", "social", "both", 3, 15),
    ("school", "School", "education", "ct", 3, 8),
    ("roc", "ROC", "education", "both", 1, 10),
    ("bank", "Bank", "private", "crime", 1, 10),
    ("bedrijf", "Bedrijf", "private", "crime", 2, 5),
    ("riec", "RIEC-bureau", "administration", "crime", 1, 100),
    ("veiligheidshuis", "Zorg- en Veiligheidshuis", "administration", "both", 1, 80),
    ("provincie", "Provincie", "administration", "crime", 1, 30),
    ("universiteit", "Universiteit", "knowledge", "both", 1, 10),
]
# Regional bodies: (suffix, name, kind, regime, level, meetings/yr, hours, reports to, member types, size)
REGIONAL_BODIES = [
    (
        "riec-rs",
        "RIEC regionale stuurgroep",
        "decision",
        "crime",
        "regional",
        4,
        2,
        None,
        ["gemeente", "om", "politie-district", "belastingdienst", "fiod", "provincie", "riec"],
        14,
    ),
    (
        "riec-ts",
        "RIEC tactische stuurgroep",
        "decision",
        "crime",
        "regional",
        6,
        2,
        "riec-rs",
        ["gemeente", "om", "politie-district", "belastingdienst", "riec"],
        9,
    ),
    (
        "riec-casus",
        "RIEC casusoverleg",
        "centre",
        "crime",
        "regional",
        24,
        3,
        "riec-ts",
        ["gemeente", "om", "politie-district", "belastingdienst", "fiod", "uwv", "riec"],
        12,
    ),
    (
        "zvh-casus",
        "Casusoverleg radicalisering",
        "operational",
        "ct",
        "local",
        24,
        3,
        "zvh-stuur",
        ["gemeente", "politie-district", "om", "reclassering", "rvdk", "ggz", "jeugdzorg", "veiligheidshuis", "nctv"],
        12,
    ),
    (
        "zvh-weeg",
        "Weegoverleg",
        "operational",
        "ct",
        "local",
        48,
        1.5,
        "zvh-casus",
        ["gemeente", "politie-district", "om"],
        4,
    ),
    (
        "zvh-stuur",
        "Stuurgroep Zorg- en Veiligheidshuis",
        "decision",
        "both",
        "regional",
        4,
        2,
        None,
        ["gemeente", "politie-district", "om", "ggz", "reclassering", "veiligheidshuis"],
        8,
    ),
    (
        "top-casus",
        "Top-X casustafel",
        "operational",
        "crime",
        "local",
        24,
        2.5,
        "top-programma",
        ["gemeente", "politie-district", "om", "jeugdzorg", "wijkteam", "welzijn", "reclassering"],
        9,
    ),
    (
        "top-programma",
        "Top-X programmateam",
        "operational",
        "crime",
        "regional",
        12,
        2,
        "top-directeuren",
        ["gemeente", "politie-district", "om", "jeugdzorg"],
        6,
    ),
    (
        "top-directeuren",
        "Top-X directeurenoverleg",
        "decision",
        "both",
        "regional",
        6,
        2,
        "top-stuurgroep",
        ["gemeente", "politie-district", "om", "ggz", "jeugdzorg"],
        6,
    ),
    (
        "top-stuurgroep",
        "Top-X bestuurlijke stuurgroep",
        "decision",
        "both",
        "regional",
        4,
        1.5,
        None,
        ["gemeente", "politie-district", "om"],
        5,
    ),
    (
        "project",
        "RIEC-project stuurgroep",
        "decision",
        "crime",
        "regional",
        10,
        2,
        "riec-ts",
        ["gemeente", "politie-district", "belastingdienst", "bank", "bedrijf", "ggz", "riec"],
        7,
    ),
    (
        "kenniskring",
        "Kenniskring",
        "learning",
        "both",
        "regional",
        4,
        3,
        None,
        ["gemeente", "politie-district", "universiteit", "politieacademie", "school", "roc", "ggz"],
        10,
    ),
    (
        "school-overleg",
        "Overleg veilige school",
        "operational",
        "ct",
        "local",
        6,
        1.5,
        None,
        ["gemeente", "school", "roc", "politie-district", "wijkteam"],
        6,
    ),
]
NATIONAL_BODIES = [
    ("sbo", "Strategisch Beraad Ondermijning", "decision", "crime", "national", 4, 3),
    ("nctv-gemeenten", "NCTV-overleg gemeenten", "decision", "ct", "national", 6, 3),
    ("locc", "LOCC", "operational", "both", "national", 12, 2),
    ("tdm", "Team Dreigingsmanagement", "operational", "ct", "national", 12, 2),
]


def build(
    organisations: int,
    bodies: int,
    persons: int,
    seed: int,
    memberships_per_person: float = 4.0,
    regions: int | None = None,
) -> dict[str, pd.DataFrame]:
    """The six tables of a synthetic landscape (see the module docstring)."""
    rng = np.random.default_rng(seed)
    regions = regions or max(1, round(organisations / 200))
    orgs = _organisations(rng, organisations, regions)
    body_table = _bodies(rng, bodies, regions, orgs)
    person_table = _persons(rng, persons, orgs)
    member_table = _memberships(rng, body_table, person_table, orgs, memberships_per_person)
    return {
        "organisations": orgs.drop(columns=["region", "type", "size"]),
        "bodies": body_table.drop(columns=["region", "member_types", "size"]),
        "persons": person_table.drop(columns=["region", "activity"]),
        "memberships": member_table,
        "ties": _ties(rng, orgs),
        "covenants": _covenants(orgs),
    }


def _organisations(rng, n: int, regions: int) -> pd.DataFrame:
    rows = [
        dict(
            id=i,
            name=name,
            domain=d,
            regime=r,
            level="national",
            capacity_hours=200.0,
            parent=None,
            region=-1,
            type=i,
            size=50.0,
        )
        for i, name, d, r in NATIONAL_ORGANISATIONS
    ]
    per_region = max(4, -(-(n - len(rows)) // regions))
    weights = np.array([t[4] for t in REGIONAL_TYPES], dtype=float)
    for region in range(regions):
        municipalities = max(2, int(per_region * 0.35))
        sizes = np.sort(rng.pareto(1.2, municipalities) + 1)[::-1] * 10_000
        for k, size in enumerate(sizes):
            kind = "Gemeente" if k else "Gemeente (centrumstad)"
            rows.append(
                dict(
                    id=f"r{region}-gemeente-{k}",
                    name=f"{kind} R{region}-{k}",
                    domain="administration",
                    regime="both",
                    level="local",
                    capacity_hours=float(np.clip(size / 2000, 8, 400).round()),
                    parent=None,
                    region=region,
                    type="gemeente",
                    size=float(size),
                )
            )
        for k in range(per_region - municipalities):
            t = REGIONAL_TYPES[
                rng.choice(len(REGIONAL_TYPES), p=weights / weights.sum()) if k >= len(REGIONAL_TYPES) else k
            ]
            suffix, name, domain, regime, _, capacity = t
            rows.append(
                dict(
                    id=f"r{region}-{suffix}-{k}",
                    name=f"{name} R{region}-{k}",
                    domain=domain,
                    regime=regime,
                    level="regional",
                    capacity_hours=float(capacity),
                    parent=None,
                    region=region,
                    type=suffix,
                    size=float(rng.pareto(1.5) + 1) * 20,
                )
            )
    frame = pd.DataFrame(rows[:n] if len(rows) >= n else rows)
    frame.loc[rng.random(len(frame)) < 0.05, "capacity_hours"] = np.nan  # capacity not always known
    return frame


def _bodies(rng, m: int, regions: int, orgs: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for suffix, name, kind, regime, level, meetings, hours in NATIONAL_BODIES[: max(1, m // 100)]:
        rows.append(
            dict(
                id=f"nl-{suffix}",
                name=name,
                kind=kind,
                regime=regime,
                level=level,
                meetings_per_year=meetings,
                hours_per_meeting=hours,
                reports_to=None,
                host="nctv",
                covenant=None,
                region=-1,
                member_types=["gemeente", "politie-district", "om", "nctv", "fiod", "aivd"],
                size=25,
            )
        )
    per_region = max(len(REGIONAL_BODIES), -(-(m - len(rows)) // regions))
    for region in range(regions):
        host = f"r{region}-gemeente-0"
        for k in range(per_region):
            suffix, name, kind, regime, level, meetings, hours, parent, types, size = REGIONAL_BODIES[
                k % len(REGIONAL_BODIES)
            ]
            copy = k // len(REGIONAL_BODIES)
            body_id = f"r{region}-{suffix}" + (f"-{copy}" if copy else "")
            reports_to = f"r{region}-{parent}" if parent else None
            covenant = (
                f"RIEC-convenant R{region}"
                if suffix.startswith(("riec", "project"))
                else (f"ZVH-convenant R{region}" if suffix.startswith("zvh") else None)
            )
            rows.append(
                dict(
                    id=body_id,
                    name=f"{name} R{region}" + (f" {copy}" if copy else ""),
                    kind=kind,
                    regime=regime,
                    level=level,
                    meetings_per_year=float(meetings),
                    hours_per_meeting=float(hours),
                    reports_to=reports_to,
                    host=host,
                    covenant=covenant,
                    region=region,
                    member_types=types,
                    size=size,
                )
            )
    frame = pd.DataFrame(rows[:m])
    frame["reports_to"] = frame["reports_to"].where(frame["reports_to"].isin(frame["id"]))
    unknown = rng.random(len(frame)) < 0.02  # a few bodies "meet when needed"
    frame.loc[unknown, "meetings_per_year"] = np.nan
    return frame


def _persons(rng, p: int, orgs: pd.DataFrame) -> pd.DataFrame:
    weights = orgs["size"].to_numpy() / orgs["size"].sum()
    employer = rng.choice(len(orgs), size=p, p=weights)
    employer[: len(orgs)] = np.arange(min(len(orgs), p))  # every organisation has someone
    return pd.DataFrame(
        {
            "id": [f"p{i:06d}" for i in range(p)],
            "organisation": orgs["id"].to_numpy()[employer],
            "name": None,
            "function": None,
            "region": orgs["region"].to_numpy()[employer],
            "activity": rng.pareto(1.3, p) + 1,
        }
    )


def _memberships(
    rng, bodies: pd.DataFrame, persons: pd.DataFrame, orgs: pd.DataFrame, per_person: float
) -> pd.DataFrame:
    target = per_person * len(persons)
    base = bodies["size"].to_numpy(dtype=float) * rng.lognormal(0, 0.5, len(bodies))
    sizes = np.maximum(3, (base * target / base.sum()).round()).astype(int)
    org_type = persons["organisation"].map(orgs.set_index("id")["type"]).to_numpy()
    chosen = []
    for body, region, types, size in zip(bodies["id"], bodies["region"], bodies["member_types"], sizes):
        local = (persons["region"].to_numpy() == region) | (region == -1) | (persons["region"].to_numpy() == -1)
        pool = np.flatnonzero(local & np.isin(org_type, types))
        if len(pool) < 3:
            pool = np.flatnonzero(persons["region"].to_numpy() == region) if region >= 0 else np.arange(len(persons))
        if len(pool) < 3:  # a region with (almost) no persons: draw from everyone
            pool = np.arange(len(persons))
        weight = persons["activity"].to_numpy()[pool]
        take = rng.choice(pool, size=min(size, len(pool)), replace=False, p=weight / weight.sum())
        chosen.append(pd.DataFrame({"member": persons["id"].to_numpy()[take], "body": body}))
    chosen.append(_seat_the_unseated(rng, persons, bodies, orgs, chosen))
    table = pd.concat(chosen, ignore_index=True)
    table["role"] = "member"
    table.loc[table.groupby("body").head(1).index, "role"] = "chair"
    table["type"] = np.where(rng.random(len(table)) < 0.2, "case", "core")
    table["seats"] = 1
    start = pd.Timestamp("2018-01-01") + pd.to_timedelta(rng.integers(0, 365 * 7, len(table)), unit="D")
    table["start"] = start.strftime("%Y-%m-%d")
    table["end"] = None
    return _rotate(rng, table, persons)


def _seat_the_unseated(
    rng, persons: pd.DataFrame, bodies: pd.DataFrame, orgs: pd.DataFrame, chosen: list
) -> pd.DataFrame:
    """One seat, at a body of its own region, for every organisation that got none.

    The seat goes to one of its persons, or to the organisation itself when it
    has no persons in the register.
    """
    seated = set(persons.set_index("id").loc[pd.concat(chosen)["member"], "organisation"])
    first_person = persons.drop_duplicates("organisation").set_index("organisation")["id"]
    missing = orgs[~orgs["id"].isin(seated)]
    region_bodies = bodies.groupby("region")["id"].agg(list)
    rows = []
    for org, region in zip(missing["id"], missing["region"]):
        options = region_bodies.get(region, region_bodies.iloc[0])
        rows.append({"member": first_person.get(org, org), "body": options[int(rng.integers(len(options)))]})
    return pd.DataFrame(rows, columns=["member", "body"])


def _rotate(rng, table: pd.DataFrame, persons: pd.DataFrame) -> pd.DataFrame:
    """About one in ten seats changed hands: an end date and a colleague taking over."""
    rotated = table.sample(frac=0.1, random_state=int(rng.integers(1 << 31)))
    colleagues = persons.groupby("organisation")["id"].agg(list)
    org_of = persons.set_index("id")["organisation"]
    successors = []
    for index, row in rotated.iterrows():
        if row["member"] not in org_of.index:  # an organisation's own seat does not rotate
            continue
        options = [p for p in colleagues[org_of[row["member"]]] if p != row["member"]]
        if not options:
            continue
        end = pd.Timestamp(row["start"]) + pd.Timedelta(days=int(rng.integers(200, 900)))
        if end >= pd.Timestamp("2026-06-30"):
            continue
        table.at[index, "end"] = end.strftime("%Y-%m-%d")
        successors.append(
            dict(
                row,
                member=options[int(rng.integers(len(options)))],
                role="member",
                start=(end + pd.Timedelta(days=1)).strftime("%Y-%m-%d"),
                end=None,
            )
        )
    table = pd.concat([table, pd.DataFrame(successors)], ignore_index=True)
    return table.drop_duplicates(["member", "body", "start"]).reset_index(drop=True)


def _ties(rng, orgs: pd.DataFrame) -> pd.DataFrame:
    n = max(1, len(orgs) // 3)
    ids = orgs["id"].to_numpy()
    source, target = rng.integers(0, len(ids), n), rng.integers(0, len(ids), n)
    keep = source != target
    return pd.DataFrame(
        {
            "source": ids[source[keep]],
            "target": ids[target[keep]],
            "kind": rng.choice(["information", "advice", "collaboration"], int(keep.sum())),
            "directed": rng.random(int(keep.sum())) < 0.6,
            "weight": 1,
        }
    ).drop_duplicates(["source", "target"])


def _covenants(orgs: pd.DataFrame) -> pd.DataFrame:
    government = orgs[
        orgs["domain"].isin(["administration", "security", "justice", "tax-finance"]) & (orgs["region"] >= 0)
    ]
    riec = pd.DataFrame(
        {"covenant": "RIEC-convenant R" + government["region"].astype(str), "organisation": government["id"]}
    )
    zvh_members = orgs[
        orgs["type"].isin(["gemeente", "politie-district", "om", "reclassering", "rvdk", "veiligheidshuis"])
    ]
    zvh = pd.DataFrame(
        {"covenant": "ZVH-convenant R" + zvh_members["region"].astype(str), "organisation": zvh_members["id"]}
    )
    return pd.concat([riec, zvh], ignore_index=True)


def landscape(organisations: int, bodies: int, persons: int, seed: int = 1, **options):
    """The synthetic landscape as a validated ``partnernet.Landscape`` (for tests and benchmarks)."""
    from partnernet import Landscape

    return Landscape.from_tables(**build(organisations, bodies, persons, seed, **options))


def write(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=300, help="number of organisations (default 300)")
    parser.add_argument("--bodies", type=int, default=150, help="number of bodies (default 150)")
    parser.add_argument("--persons", type=int, default=1500, help="number of persons (default 1500)")
    parser.add_argument(
        "--memberships-per-person",
        type=float,
        default=4.0,
        help="average memberships per person before rotation (default 4)",
    )
    parser.add_argument("--regions", type=int, default=None, help="number of regions (default organisations/200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder to write the CSV files to")
    args = parser.parse_args(argv)
    tables = build(args.organisations, args.bodies, args.persons, args.seed, args.memberships_per_person, args.regions)
    write(tables, args.output)
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in tables.items())
    print(f"wrote {args.output}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
