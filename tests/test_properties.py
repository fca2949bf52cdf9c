"""Property-based tests: every public analysis, command and report format on landscapes of every shape.

Hypothesis generates small landscapes as CSV folders or edge lists: no
memberships, no links, one body, no persons, persons without memberships, no
domains, unknown hours, one organisation, empty files, and random mixes with
duplicated rows, isolated actors, directed ties, dates, unicode and hostile
names. Each property says what must hold on every one of them.

Profiles: ``ci`` (default; derandomised, so every run sees the same
landscapes: every shape of :data:`SHAPES`, then a few random mixes, so that
the suite stays under two minutes) and ``dev`` (more and new
examples): ``HYPOTHESIS_PROFILE=dev pytest tests/test_properties.py``.
Names are written between ``⟨ ⟩`` so that every name quoted in a report
finding can be found and checked against the landscape.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import partnernet as pn
from partnernet.analysis.cohesion import removal_effect
from partnernet.cli import cli
from partnernet.errors import InputError, UsageError
from partnernet.report.analyses import run as run_report_analyses
from partnernet.report.findings import findings
from partnernet.language.report import Texts

from conftest import loaded_once

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "dev",
    deadline=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
DEV = os.environ.get("HYPOTHESIS_PROFILE") == "dev"

HOSTILE = ["=1+1", "<script>x</script>", "@SUM(A1)", "-2", "Ørgaan ñ", 'a, "b"', "  spaced  ", "日本", "+x", "😀"]
DOMAINS = ["security", "justice", "care", "education", "administration", None]
KINDS = ["decision", "operational", "centre", "learning", None]
DATES = [None, None, "2020-01-01", "2024-06-30", "2026-12-31"]

#: Landscapes generated, per test, and what failed on the way (printed with -s).
GENERATED: dict[str, int] = {}


def _name(draw, prefix: str, i: int) -> str:
    return f"⟨{prefix}{i} {draw(st.sampled_from(HOSTILE + ['', 'plain']))}⟩"


@st.composite
def landscapes(draw) -> dict:
    """A landscape as tables of text, possibly degenerate."""
    n_orgs = draw(st.integers(0, 6))
    n_bodies = draw(st.integers(0, 4))
    n_persons = draw(st.integers(0, 5)) if n_orgs else 0
    orgs = [
        {"id": f"o{i}", "name": _name(draw, "Org ", i), "domain": draw(st.sampled_from(DOMAINS)) or ""}
        for i in range(n_orgs)
    ]
    bodies = [
        {
            "id": f"b{i}",
            "name": _name(draw, "Body ", i),
            "kind": draw(st.sampled_from(KINDS)) or "",
            "meetings_per_year": draw(st.sampled_from(["", "12", "4"])),
            "hours_per_meeting": draw(st.sampled_from(["", "2", "1.5"])),
        }
        for i in range(n_bodies)
    ]
    persons = [
        {
            "id": f"p{i}",
            "organisation": f"o{draw(st.integers(0, n_orgs - 1))}",
            "name": draw(st.sampled_from(["", _name(draw, "Person ", i)])),
        }
        for i in range(n_persons)
    ]
    members = [o["id"] for o in orgs] + [p["id"] for p in persons]
    memberships = []
    if members and bodies:
        for _ in range(draw(st.integers(0, 12))):
            memberships.append(
                {
                    "member": draw(st.sampled_from(members)),
                    "body": draw(st.sampled_from([b["id"] for b in bodies])),
                    "role": draw(st.sampled_from(["", "chair", "member"])),
                    "start": draw(st.sampled_from(DATES)) or "",
                    "end": "",
                }
            )
    ties = []
    if len(members) >= 2:
        for _ in range(draw(st.integers(0, 6))):
            source, target = draw(st.lists(st.sampled_from(members), min_size=2, max_size=2, unique=True))
            ties.append({"source": source, "target": target, "directed": draw(st.sampled_from(["", "true"]))})
    if memberships and draw(st.sampled_from([False] * 9 + [True])):  # now and then a mistake: exit 2, not 1
        memberships.append({**memberships[0], "member": "o99"})
    return {
        "organisations": orgs,
        "bodies": bodies,
        "persons": persons,
        "memberships": memberships,
        "ties": ties,
        "edge_list": draw(st.sampled_from([None, None, "ties", "memberships"])),
    }


def shape(
    orgs: int = 3,
    bodies: int = 2,
    persons: int = 2,
    memberships: list[tuple[str, str]] | None = None,
    ties: list[tuple[str, str]] = (),
    *,
    domains: bool = True,
    hours: bool = True,
    edge_list: str | None = None,
) -> dict:
    """One named shape as tables (like :func:`landscapes` draws them): o0.., b0.., p0.. (person i in o{i % orgs}).

    ``memberships`` defaults to every organisation and person at b0 and o0 at every body.
    """
    if memberships is None:
        members = [f"o{i}" for i in range(orgs)] + [f"p{i}" for i in range(persons)]
        memberships = [(m, "b0") for m in members if bodies] + [("o0", f"b{i}") for i in range(1, bodies) if orgs]
    return {
        "organisations": [
            {
                "id": f"o{i}",
                "name": f"⟨Org {i} {HOSTILE[i % len(HOSTILE)]}⟩",
                "domain": DOMAINS[i % 5] if domains else "",
            }
            for i in range(orgs)
        ],
        "bodies": [
            {
                "id": f"b{i}",
                "name": f"⟨Body {i}⟩",
                "kind": KINDS[i % 4],
                "meetings_per_year": "12" if hours else "",
                "hours_per_meeting": "2" if hours else "",
            }
            for i in range(bodies)
        ],
        "persons": [{"id": f"p{i}", "organisation": f"o{i % orgs}", "name": f"⟨Person {i}⟩"} for i in range(persons)],
        "memberships": [{"member": m, "body": b, "role": "", "start": "", "end": ""} for m, b in memberships],
        "ties": [{"source": s, "target": t, "directed": ""} for s, t in ties],
        "edge_list": edge_list,
    }


#: Every degenerate shape the module docstring names, run first by every property (``@example``), so the
#: generated examples add random mixes on top rather than having to find these by chance.
SHAPES = {
    "empty files": shape(0, 0, 0),
    "no memberships": shape(memberships=[]),
    "no links": shape(4, 3, 0, memberships=[("o0", "b0"), ("o1", "b1"), ("o2", "b2")]),
    "one body": shape(4, 1, 2),
    "no persons": shape(4, 2, 0),
    "persons without memberships": shape(3, 2, 3, memberships=[("o0", "b0"), ("o1", "b0")]),
    "no domains": shape(domains=False),
    "unknown hours": shape(hours=False),
    "one organisation": shape(1, 2, 2),
    "no bodies": shape(3, 0, 2, ties=[("o0", "o1")]),
    "isolated actor and directed ties": {
        **shape(4, 2, 2, memberships=[("o0", "b0"), ("o1", "b0"), ("p0", "b1"), ("o1", "b1")]),
        "ties": [
            {"source": "o0", "target": "o2", "directed": "true"},
            {"source": "p1", "target": "o1", "directed": ""},
        ],
    },
    "duplicated rows and dates": {
        **shape(3, 2, 1),
        "memberships": [
            {"member": "o0", "body": "b0", "role": "chair", "start": "2020-01-01", "end": ""},
            {"member": "o0", "body": "b0", "role": "chair", "start": "2020-01-01", "end": ""},
            {"member": "o1", "body": "b0", "role": "", "start": "2026-12-31", "end": ""},
            {"member": "p0", "body": "b1", "role": "member", "start": "2024-06-30", "end": ""},
            {"member": "o2", "body": "b1", "role": "", "start": "", "end": ""},
        ],
    },
    "a member that does not exist": {
        **shape(),
        "memberships": shape()["memberships"] + [{"member": "o99", "body": "b0", "role": "", "start": "", "end": ""}],
    },
    "edge list of ties": shape(4, 0, 0, ties=[("o0", "o1"), ("o1", "o2")], edge_list="ties"),
    "edge list of memberships": shape(4, 2, 0, edge_list="memberships"),
}


def shapes(test):
    """``test`` runs on every one of :data:`SHAPES` before the generated landscapes."""
    for tables in reversed(SHAPES.values()):
        test = example(tables=tables)(test)
    return test


def write(tables: dict, folder: Path) -> Path:
    """The tables as a CSV folder, or as one edge list (ties, or memberships of organisations)."""
    folder.mkdir(parents=True, exist_ok=True)
    kind = tables["edge_list"]
    if kind == "ties":
        return _csv(
            folder / "edges.csv",
            ["source", "target"],
            [t for t in tables["ties"] if t["source"].startswith("o") and t["target"].startswith("o")],
        )
    if kind == "memberships":
        rows = [
            {"organisation": m["member"], "body": m["body"]}
            for m in tables["memberships"]
            if m["member"].startswith("o")
        ]
        return _csv(folder / "edges.csv", ["organisation", "body"], rows)
    for name, columns in (
        ("organisations", ["id", "name", "domain"]),
        ("bodies", ["id", "name", "kind", "meetings_per_year", "hours_per_meeting"]),
        ("persons", ["id", "organisation", "name"]),
        ("memberships", ["member", "body", "role", "start", "end"]),
        ("ties", ["source", "target", "directed"]),
    ):
        _csv(folder / f"{name}.csv", columns, tables[name])
    return folder


def _csv(path: Path, columns: list[str], rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def load(tables: dict, tmp_path_factory, counted: str) -> pn.Landscape | None:
    """The written landscape loaded (None when refused with a clear message), counted under ``counted``."""
    _count(counted)
    path = write(tables, tmp_path_factory.mktemp("land"))
    try:
        return pn.load(path)
    except InputError:  # refused with a clear message (the CLI's exit 2)
        return None


def _count(name: str) -> None:
    GENERATED[name] = GENERATED.get(name, 0) + 1


def _fraction(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or 0.0 <= float(value) <= 1.0 + 1e-12


def with_landscapes(examples: int, counted: str, dev: int | None = None):
    """``settings`` and ``given`` in one: the test gets each loaded landscape and its tables.

    Inputs the loader refuses with a message (the CLI's exit 2) are skipped here; the CLI test checks
    them. ``examples`` is the bound of the ``ci`` profile (after the :data:`SHAPES`); ``dev`` runs ``dev``,
    by default five times as many.
    """

    def decorate(test):
        @settings(max_examples=(dev or examples * 5) if DEV else examples)
        @given(tables=landscapes())
        @shapes
        def run(tables, tmp_path_factory):
            land = load(tables, tmp_path_factory, counted)
            if land is not None:
                test(land, tables)

        run.__name__, run.__doc__ = test.__name__, test.__doc__
        return run

    return decorate


# -- the API ------------------------------------------------------------------------------

ANALYSES = {
    "summary": lambda land: pn.summary(land),
    "centrality": lambda land: pn.centrality(land),
    "centrality persons": lambda land: pn.centrality(land, level="persons"),
    "centrality newman": lambda land: pn.centrality(land, projection="newman", backend="networkx"),
    "structural holes": lambda land: pn.structural_holes(land, projection="jaccard"),
    "ei index": lambda land: pn.ei_index(land, "domain"),
    "participation": lambda land: pn.participation(land, "domain"),
    "connectors": lambda land: pn.connectors(land),
    "overload": lambda land: pn.overload(land),
    "overload persons": lambda land: pn.overload(land, level="persons"),
    "redundancy": lambda land: pn.redundancy(land),
    "nested bodies": lambda land: pn.nested_bodies(land),
    "small bodies": lambda land: pn.small_bodies(land),
    "hierarchy": lambda land: pn.hierarchy(land),
    "covenants": lambda land: pn.covenant_coverage(land),
    "fragmentation": lambda land: pn.fragmentation(land, key_players=1 if len(land.organisations) > 2 else None),
    "fragmentation persons": lambda land: pn.fragmentation(land, level="persons"),
    "fragmentation ties": lambda land: pn.fragmentation(land, ties=True),
    "articulation points": lambda land: pn.articulation_points(land),
    "bridges": lambda land: pn.bridges(land),
    "bus factor": lambda land: pn.bus_factor(land),
    "single person links": lambda land: pn.single_person_links(land),
    "robustness": lambda land: pn.robustness_curve(land, runs=3),
    "governance": lambda land: pn.governance(land),
    "periphery": lambda land: pn.periphery(land),
    "turnover": lambda land: pn.turnover(land, as_of="2026-01-01"),
    "compare": lambda land: _compared_with_its_twin(land),
    "layers": lambda land: pn.layers(land),
}


def _compared_with_its_twin(land: pn.Landscape):
    """``pn.compare(land, land.replace())`` (the same object twice is refused): every step of compare runs on
    both sides, but the per-organisation figures of the twin, which holds the same tables (overload,
    centrality, connectors and structure of identical data: ``compare.organisation_figures``), are a copy of
    land's, computed once; they were most of this test's time. ``test_compare`` compares real pairs."""
    from partnernet.analysis import compare as comparing

    twin, real = land.replace(), comparing.organisation_figures
    figures = real(land)

    def figures_of(side, by="domain"):
        if by == "domain" and (side is twin or side is land):
            return {key: value.copy() for key, value in figures.items()}
        return real(side, by)  # pragma: no cover - compare asks for no other landscape

    with mock.patch.object(comparing, "organisation_figures", figures_of):
        return pn.compare(land, twin)


@with_landscapes(20, "analyses", dev=300)
def test_every_analysis_answers_on_every_shape(land, tables):
    for name, analyse in ANALYSES.items():
        try:
            result = analyse(land)
        except UsageError:
            continue  # a documented refusal with a message (e.g. no node has a domain), never a crash
        if name.startswith("fragmentation"):
            assert _fraction(result["fragmentation"]) and _fraction(result["distance_fragmentation"]), name
            assert result["summary"]["nodes"] == len(land.persons if "persons" in name else land.organisations)


@with_landscapes(20, "counts and what-if", dev=250)
def test_counts_equal_the_input_and_removing_nothing_is_refused(land, tables):
    if not tables["edge_list"]:
        counts = pn.summary(land)["counts"]
        for table in ("organisations", "bodies", "persons", "ties"):
            assert counts[table] == len(tables[table]), table
        unique = {(m["member"], m["body"], m["start"], m["end"]) for m in tables["memberships"]}
        assert counts["memberships"] == len(unique)  # duplicated rows are merged, with a warning
        assert pn.fragmentation(land)["summary"]["nodes"] == len(tables["organisations"])
    with pytest.raises(UsageError) as nothing:  # removing nothing: refused by the API, as by the CLI (issue 14)
        pn.whatif(land)
    assert nothing.value.code == "nothing_to_change"
    if len(land.organisations) > 1:  # F and DF of the others stay fractions whoever leaves
        effect = removal_effect(land, [land.organisations.index[0]])
        assert all(_fraction(effect[key]) for key in ("F_before", "F_after", "DF_before", "DF_after"))


# -- the CLI ------------------------------------------------------------------------------

COMMANDS = [
    ["summary"],
    ["centrality"],
    ["centrality", "--level", "persons"],
    ["connectors"],
    ["overload"],
    ["redundancy"],
    ["hierarchy"],
    ["fragmentation", "--key-players", "1"],
    ["fragmentation", "--no-ties"],
    ["whatif", "--remove", "o0"],
    ["whatif", "--ties", "--remove", "b0"],
    ["turnover"],
    ["compare", "--vs", "2020-01-01"],
    ["layers"],
]


@settings(max_examples=8 if not DEV else 100)
@given(tables=landscapes())
@shapes
def test_every_command_gives_json_or_a_usage_message(tables, tmp_path_factory):
    path = write(tables, tmp_path_factory.mktemp("cli"))
    _count("cli")
    runner = CliRunner()
    with loaded_once():
        _every_command_on(runner, path)


def _every_command_on(runner: CliRunner, path: Path) -> None:
    for command in COMMANDS:
        result = runner.invoke(cli, [command[0], str(path), "--at", "all", *command[1:], "--format", "json"])
        assert result.exit_code in (0, 2), (command, result.output)
        if result.exit_code == 0:
            json.loads(result.stdout)
        else:
            assert "Error" in result.output and "Traceback" not in result.output


# -- the report ------------------------------------------------------------------------------

NAMED = re.compile(r"⟨[^⟩]*⟩")


@with_landscapes(12, "findings")
def test_report_findings_are_true(land, tables):
    results = run_report_analyses(land)
    names = {land.name_of(i) for table in (land.organisations, land.bodies, land.persons) for i in table.index}
    for lang in ("nl", "en"):
        t = Texts(lang)
        for finding in findings(results, t):
            assert "{" not in finding and " – " not in finding and "–," not in finding, finding
            for quoted in NAMED.findall(finding):
                assert quoted in names, (quoted, finding)
            if "hold the network together" in finding or "houden het netwerk bij elkaar" in finding:
                effect = results.key_player_effects["persons"]
                assert effect["cut_off"] and t.percent(effect["F_after"]) in finding
    staffed = results.connectors["coverage"]
    staffed = staffed[(staffed["persons"] > 0) & ~staffed["has_connector"]]
    connector = [f for f in findings(results, Texts("en")) if "bridges to another domain" in f]
    if connector:
        assert connector[0].split(" ")[0] in (str(len(staffed)), "One")


@settings(max_examples=8 if not DEV else 40)
@given(tables=landscapes(), fmt=st.sampled_from(["html", "md", "xlsx"]), lang=st.sampled_from(["nl", "en"]))
def test_every_report_format_is_written(tables, fmt, lang, tmp_path_factory):
    path = write(tables, tmp_path_factory.mktemp("report"))
    _count("report")
    out = tmp_path_factory.mktemp("out") / f"r.{fmt}"
    no_map = [] if fmt == "html" else ["--no-map"]  # an HTML report writes the map next to it
    result = CliRunner().invoke(cli, ["report", str(path), "-o", str(out), "--lang", lang, "--at", "all", *no_map])
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        assert out.stat().st_size > 0
        if fmt == "html":  # hostile names are escaped
            assert "<script>x</script>" not in out.read_text(encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    yield
    if GENERATED:
        print("\nlandscapes generated per property:", GENERATED)
