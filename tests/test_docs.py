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
