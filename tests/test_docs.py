"""Docs users have: docs/metrics.md's worked values run, every public function has a docstring example that
runs, and nothing in the repository points to a file that is not in it."""

from __future__ import annotations

import doctest
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_the_worked_values_of_docs_metrics_hold(monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples load tests/fixtures/mini
    failures, tried = doctest.testfile(
        os.fspath(ROOT / "docs" / "metrics.md"), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE
    )
    assert tried >= 15 and failures == 0


def test_the_readme_links_the_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/metrics.md" in readme and "docs/data.md" in readme
    for path in ("docs/metrics.md", "docs/data.md"):
        assert (ROOT / path).is_file()


def _repository_files() -> list[str]:
    try:
        listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no list of the repository's files")
    return [f for f in listed.splitlines() if (ROOT / f).is_file()]


#: Files whose text may name what users do not have, with the reason.
#: (A path followed by ``<``, ``*`` or ``{`` is a pattern, such as ``tests/test_<topic>.py``, and is not checked.)
NOT_IN_THE_REPOSITORY = {
    "benchmarks/out": "the folder benchmarks write their figures into (ruff.toml excludes it); made when they run",
}
SCANNED = (".py", ".md", ".cfg", ".toml", ".html", ".j2", ".js", ".css", ".ipynb", ".txt", ".ini", ".yml", ".yaml")
#: Documents: an upper-case name (``DOMAIN.md``) or one with a folder (``docs/x.md``); a bare lower-case name
#: such as ``r.md`` or ``rapport.md`` is an output a test or example writes.
_DOCUMENT = re.compile(r"(?<![\w./-])(?:[\w.-]+/)*(?:[A-Z][A-Z0-9_-]*|[\w-]+/[\w-]+)\.md\b")
_MARKDOWN_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)\s]*)?\)")
_PRIVATE = re.compile(r"(?<![\w.])/(?:work|home|root)/[\w./-]+")


def _missing_references(name: str, text: str, tops: list[str]) -> list[str]:
    in_repo = re.compile(r"(?<![\w./-])(?:%s)/[\w./-]*+(?![<*{])" % "|".join(map(re.escape, tops)))
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        refs = set(_DOCUMENT.findall(line)) | set(in_repo.findall(line))
        if name.endswith(".md"):
            refs |= {link for link in _MARKDOWN_LINK.findall(line) if not re.match(r"[a-z]+:", link)}
        found += [f"{name}:{number}: {ref} (a path outside the repository)" for ref in _PRIVATE.findall(line)]
        for ref in sorted(refs):
            ref = ref.rstrip(".-/")
            if ref in NOT_IN_THE_REPOSITORY or ref.startswith(tuple(f"{r}/" for r in NOT_IN_THE_REPOSITORY)):
                continue
            if not ((ROOT / ref).exists() or ((ROOT / name).parent / ref).exists()):
                found.append(f"{name}:{number}: {ref}")
    return found


def test_no_file_refers_to_a_file_that_is_not_in_the_repository():
    """Docstrings, docs, templates and settings point only to files users have (a checkout of this
    repository): no METRICS.md or DOMAIN.md of the authors' machine, no /work/... path."""
    files = _repository_files()
    tops = sorted({f.split("/")[0] for f in files if "/" in f})
    missing = []
    this = Path(__file__).resolve().relative_to(ROOT).as_posix()  # holds made-up references to test the scan
    for name in files:
        if name.endswith(SCANNED) and name != this:
            missing += _missing_references(name, (ROOT / name).read_text(encoding="utf-8", errors="replace"), tops)
    assert not missing, "\n".join(missing)


def test_the_reference_scan_finds_what_it_should():
    tops = ["data", "docs", "tests"]
    text = "see DOMAIN.md and docs/nope.md, [here](../gone.md), data/no-such-folder, /work/shared/x.md\n"
    assert len(_missing_references("partnernet/x.py", text, tops)) == 4
    assert len(_missing_references("README.md", text, tops)) == 5  # markdown links count in Markdown
    fine = "docs/metrics.md, README.md, writes r.md and rapport.md, tests/test_<topic>.py, data/regio-voorbeeld\n"
    assert _missing_references("partnernet/x.py", fine, tops) == []


def test_docs_data_lists_every_vocabulary_value():
    from partnernet.io.schema import VOCABULARIES

    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for name, values in VOCABULARIES.items():
        for value in values:
            assert f"`{value}`" in text, (name, value)


#: Public names whose examples may skip a line, and why (only where an example needs a file users make).
SKIPS_ALLOWED: dict[str, str] = {}


def _examples(name: str) -> list[doctest.Example]:
    import partnernet as pn

    found = doctest.DocTestFinder(recurse=False).find(getattr(pn, name), name)
    return [example for test in found for example in test.examples]


def test_every_public_name_has_a_docstring_example_that_runs():
    """Every name of ``partnernet.__all__`` shows how it is used, and its example runs (``--doctest-modules``
    collects them); ``+SKIP`` only with a reason in SKIPS_ALLOWED."""
    import partnernet as pn

    without = [name for name in pn.__all__ if not _examples(name)]
    assert not without, f"public names without a docstring example: {without}"
    skipped = {name: [e.source.strip() for e in _examples(name) if e.options.get(doctest.SKIP)] for name in pn.__all__}
    skipped = {name: lines for name, lines in skipped.items() if lines and name not in SKIPS_ALLOWED}
    assert not skipped, f"examples skipped without a reason in SKIPS_ALLOWED: {skipped}"


def test_the_doctests_are_collected():
    from configparser import ConfigParser

    config = ConfigParser()
    config.read(ROOT / "setup.cfg")
    assert "--doctest-modules" in config["tool:pytest"]["addopts"].split()
    assert "partnernet" in config["tool:pytest"]["testpaths"].split()


def _measured_columns() -> dict[str, set[str]]:
    """The measured (numeric or true/false) columns of every public analysis, on the mini landscape."""
    import networkx as nx
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    import partnernet as pn

    mini = pn.load(ROOT / "tests" / "fixtures" / "mini")
    turnover = pn.load(ROOT / "tests" / "fixtures" / "turnover")
    graph = mini.graph("organisations")
    domains = mini.organisations["domain"].to_dict()
    frames = {
        "centrality": pn.centrality(mini),
        "connectors": pn.connectors(mini)["organisations"],
        "expected_hub": pn.connectors(mini, expected_hub="om")["expected_hub"],
        "ei_index groups": pn.ei_index(graph, domains)["groups"],
        "brokerage": pn.brokerage(graph, domains),
        "structural_holes": pn.structural_holes(graph),
        "ei_index": pn.ei_index(graph, domains)["nodes"],
        "overload": pn.overload(mini),
        "redundancy": pn.redundancy(mini),
        "nested_bodies": pn.nested_bodies(mini),
        "hierarchy": pn.hierarchy(mini)["bodies"],
        "turnover bodies": pn.turnover(turnover, as_of="2026-01-01")["bodies"],
        "turnover organisations": pn.turnover(turnover, as_of="2026-01-01")["organisations"],
        "shared_tenure": pn.shared_tenure(turnover, as_of="2026-01-01"),
        "bus_factor": pn.bus_factor(mini),
        "single_person_links": pn.single_person_links(mini),
        "covenant_coverage": pn.covenant_coverage(mini)["bodies"],
        "periphery": pn.periphery(mini)["domains"],
        "key_players": pn.key_players(mini)["individual"],
        "articulation_points": pn.articulation_points(nx.krackhardt_kite_graph()),  # mini has none
        "bridges": pn.bridges(nx.krackhardt_kite_graph()),
        "robustness_curve": pn.robustness_curve(mini, runs=2),
    }
    ids = {"source", "target", "organisation"}  # node ids (a plain graph's are numbers; NaN: no organisation)
    found = {
        key: {str(c) for c in frame.columns if (is_numeric_dtype(frame[c]) or is_bool_dtype(frame[c])) and c not in ids}
        for key, frame in frames.items()
    }
    assert all(len(frame) for frame in frames.values()), "an example that gives no rows shows no column types"
    summary = pn.fragmentation(mini)["summary"]
    found["fragmentation"] = {m for m, v in summary.items() if not isinstance(v, str)}
    governance = pn.governance(mini)
    found["governance"] = {k for k in governance.keys() if k not in ("heuristic", "hub_name")}
    return found


def test_docs_metrics_explains_every_measured_column():
    """A measure added to an analysis needs its paragraph (definition, formula, unit, reference, worked value)
    in docs/metrics.md: its column name must appear there in backticks."""
    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    missing = {key: sorted(c for c in columns if f"`{c}`" not in text) for key, columns in _measured_columns().items()}
    missing = {key: columns for key, columns in missing.items() if columns}
    assert not missing, f"columns that docs/metrics.md does not explain: {missing}"


def test_every_section_of_docs_metrics_has_a_checked_worked_value():
    """Each metric's section has a reference (a year) and at least one example with the value it gives."""
    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    assert len(sections) >= 20
    parser = doctest.DocTestParser()
    for section in sections:
        title = section.splitlines()[0]
        examples = parser.get_examples(section)
        assert any(e.want.strip() for e in examples), f"{title}: no worked value"
        assert re.search(r"\b(19|20)\d\d\b", section), f"{title}: no reference (author, year)"


def test_contributing_names_every_module_of_the_package():
    """CONTRIBUTING's module table is the map a newcomer changes the code by: every module of
    ``partnernet/`` is named there, by its path or by its file name in its package's row (issue 14)."""
    root = Path(__file__).parent.parent
    text = (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    rows = {}  # package folder -> the text of the rows that name it
    for line in text.splitlines():
        for package in re.findall(r"`partnernet/([a-z_]+)/", line):
            rows[package] = rows.get(package, "") + line
    missing = []
    for path in sorted((root / "partnernet").rglob("*.py")):
        if path.name == "__init__.py" and path.parent != root / "partnernet":
            continue  # a package's own row describes it
        relative = path.relative_to(root / "partnernet").as_posix()
        if "/" not in relative:
            named = f"partnernet/{relative}" in text or f"`{path.stem}`" in text
        else:
            package = relative.split("/")[0]
            named = relative in text or f"`{path.name}`" in rows.get(package, "")
        if not named:
            missing.append(relative)
    assert not missing, f"CONTRIBUTING.md does not name these modules: {missing}"
