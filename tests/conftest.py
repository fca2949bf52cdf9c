"""Shared fixtures: the hand-checkable mini landscape, the example data and its reports (written once)."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
from pathlib import Path
from unittest import mock

import pytest

#: A label key the outputs ask for but the label table lacks raises KeyError naming it (Language.label), in
#: this process and in the CLI subprocesses the tests start, instead of showing the column name with spaces.
os.environ.setdefault("PARTNERNET_STRICT_LABELS", "1")

#: Reports draw their pictures and map in the test process, not in a forked child (partnernet/report/background.py):
#: a child starts its drawing imports and caches afresh for every report (not profiled further), which about
#: doubled a report's CPU (a report of tests/fixtures/mini: 1.2-1.5 -> 0.65-0.7 s CPU, child included), while
#: the test process keeps them. The output is the same either way (tests/test_report_background.py compares the
#: two and forces the child; the first example-region report of a process, :class:`ExampleReports`, is still
#: drawn by it). Set ``PARTNERNET_WORKERS`` to anything else to run every report with its child.
os.environ.setdefault("PARTNERNET_WORKERS", "1")

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
DATA = TESTS.parent / "data"
EXAMPLE = DATA / "regio-voorbeeld"


#: Session fixtures that take seconds to build (the example region's reports and report analyses): the
#: tests that read them share one xdist group each.
SHARED_EXPENSIVE = ("example_reports", "example_results", "mypy_cache")


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups into the test ids
def pytest_collection_modifyitems(items):
    """xdist groups (``--dist loadgroup``): the browser tests of one module run on one worker, so they share
    the module's Chromium (tests/browser.py), and the modules spread over the workers (one group for all
    browser tests queued every one of them, the slowest tests of the suite among them, on one worker);
    the tests of each :data:`SHARED_EXPENSIVE` fixture run on one worker."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group(f"browser-{item.module.__name__}"))
        for shared in SHARED_EXPENSIVE:  # on one worker, so they are computed once in a run, not once per worker
            if shared in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group(shared))


@contextlib.contextmanager
def loaded_once(seen: dict | None = None):
    """Within the block, the commands' loader (``cli/options.open_landscape``) reads each path once.

    The first command on a folder loads it through the real loader, refusal and all; the commands after it
    get that landscape, or the same refusal (a fresh :class:`InputError` of the same problems), again. What
    a command does with a landscape is what the CLI test checks; loading the same folder once per command
    made the loader most of a call's time on a tiny landscape (about 0.1 s CPU of 0.1-0.2 s). Use it
    where the test is about the commands, not about loading (the first command still loads for real).
    Pass a dict as ``seen`` to share the loaded landscapes between blocks (the tests of a module).
    """
    from partnernet.cli import options
    from partnernet.errors import InputError
    from partnernet.language.langs import current_lang

    real = options.load
    if seen is None:
        seen = {}  # (path, two_mode, language) -> the Landscape, or the InputError it was refused with

    def load_once(path, two_mode=None):
        key = (str(path), two_mode, current_lang())  # a refusal's or warning's words are in the running language
        if key not in seen:
            try:
                seen[key] = real(path, two_mode=two_mode)
            except InputError as exc:
                seen[key] = exc
        found = seen[key]
        if isinstance(found, InputError):
            raise InputError(found.problems)
        return found

    with mock.patch.object(options, "load", load_once):
        yield


#: The command modules whose analyses :func:`analysed_once` keeps (``partnernet/cli/<name>.py``).
ANALYSING_COMMANDS = ("data", "load", "network", "resilience", "time")


@contextlib.contextmanager
def analysed_once(cache: dict):
    """Within the block, the commands run each analysis once per landscape, arguments and language.

    The analyses (functions of ``partnernet.analysis`` that the command modules call: connectors, what-if,
    compare, ...) return data only, the same for every ``--table``, ``--top`` and ``--format`` of a command;
    a test that walks every table of a command (tests/test_machine_output.py: over 200 command lines on the
    example region) computed the same what-if or comparison once per table. Here the first call computes;
    a later call with the same landscape object (see :func:`loaded_once`; ``--at`` dates are cut once too),
    the same other arguments and the same running language (so a test comparing Dutch with English output
    still gets two computations) gets the first result. ``cache`` is the dict that keeps them (one per test
    module). Use it with :func:`loaded_once` where the test is about what commands print, not about the
    analyses; a command that changed a result it was given would show in the tests (the cached result
    would differ from a fresh one on the next table).
    """
    import importlib
    import inspect

    from partnernet.cli import options
    from partnernet.language.langs import current_lang

    def key_of(value):
        if type(value).__name__ == "Landscape":
            cache.setdefault("landscapes", {})[id(value)] = value  # kept alive, so its id names it alone
            return ("landscape", id(value))
        try:
            hash(value)
        except TypeError:
            return repr(value)
        return value

    def once(function, name):
        @functools.wraps(function)
        def cached(*args, **kwargs):
            key = (name, current_lang(), *map(key_of, args), *sorted((k, key_of(v)) for k, v in kwargs.items()))
            if key not in cache:
                cache[key] = function(*args, **kwargs)
            return cache[key]

        return cached

    cut = options.on_date  # imported by name into other command modules too (time.py)

    def kept(value) -> bool:
        analysis = inspect.isfunction(value) and value.__module__.startswith("partnernet.analysis")
        return analysis or value is cut

    with contextlib.ExitStack() as stack:
        for module_name in ("options", *ANALYSING_COMMANDS):
            module = importlib.import_module(f"partnernet.cli.{module_name}")
            for name, value in list(vars(module).items()):
                if kept(value):
                    stack.enter_context(mock.patch.object(module, name, once(value, f"{value.__module__}.{name}")))
        yield


#: The caches of :func:`shared_analyses`, per test module (in one test process).
SHARED_ANALYSES: dict[str, tuple[dict, dict]] = {}


@pytest.fixture
def shared_analyses(request):
    """The test's commands share loaded landscapes and analyses with the other tests of its module that use
    this fixture (:func:`loaded_once`, :func:`analysed_once`): for tests that walk many command lines on
    the same landscape about what the commands print, and change no input file between two commands."""
    loads, analyses = SHARED_ANALYSES.setdefault(request.module.__name__, ({}, {}))
    with loaded_once(loads), analysed_once(analyses):
        yield


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory) -> Path:
    """One mypy cache for the tests that run mypy on a user's script (tests/test_typing.py,
    tests/test_public_api.py; one xdist group, see :func:`pytest_collection_modifyitems`): the first run
    checks partnernet, pandas' and networkx' stubs and writes them to it, the next reads what has not
    changed (mypy checks each cached module's source and options before using it) and checks its script."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture
def mini(tmp_path) -> Path:
    """A writable copy of tests/fixtures/mini (5 organisations, 3 bodies, 3 persons)."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def edit(
    folder: Path,
    table: str,
    *,
    append: str | None = None,
    replace: tuple[str, str] | None = None,
    text: str | None = None,
) -> Path:
    """Change one CSV file of a landscape folder: append lines, replace text, or rewrite it."""
    path = folder / f"{table}.csv"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    if replace is not None:
        content = path.read_text(encoding="utf-8")
        assert replace[0] in content, f"{replace[0]!r} not in {path.name}"
        path.write_text(content.replace(replace[0], replace[1], 1), encoding="utf-8")
    if append is not None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(append.rstrip("\n") + "\n")
    return path


@pytest.fixture(scope="session")
def tafels():
    """tests/fixtures/tafels (read-only): every figure is worked out in its README."""
    import partnernet as pn

    return pn.load(FIXTURES / "tafels")


@pytest.fixture(scope="session")
def example_2026():
    """The example region as it stood on 2026-01-01 (read-only)."""
    import partnernet as pn

    return pn.load(EXAMPLE).at("2026-01-01")


@pytest.fixture(scope="session")
def example_results():
    """The report's analyses of the example region at 2026-01-01 with its turnover against the whole
    register (:func:`partnernet.report.analyses.run`, as ``partnernet report --at 2026-01-01``; read-only)."""
    import partnernet as pn
    from partnernet.report.analyses import run

    land = pn.load(EXAMPLE)
    snapshot = land.at("2026-01-01")
    return run(snapshot, turnover_as_of=snapshot.date, full_register=land)


class ExampleReports:
    """The example region's report at 2026-01-01, written once per (lang, format, names) and test process.

    ``reports("nl", "html")`` gives what :func:`partnernet.report` returned: the paths written
    (``report-nl.html`` and its map ``report-nl-kaart.html``; ``report-named-nl.html`` with ``names``).
    Tests only read them: a test that changes or rewrites a report writes its own.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.written: dict[tuple[str, str, bool], list[Path]] = {}
        self.register = None  # the example, loaded once
        self.results = None  # the report's analyses of it, run once (see _run)

    def __call__(self, lang: str = "nl", fmt: str = "html", names: bool = False) -> list[Path]:
        key = (lang, fmt, names)
        if key not in self.written:
            import importlib

            import partnernet as pn

            report_module = importlib.import_module("partnernet.report")  # pn.report is the function
            if self.register is None:
                self.register = pn.load(EXAMPLE)
            name = f"report-{'named-' if names else ''}{lang}.{fmt}"
            with (
                mock.patch.object(report_module, "run", self._run),
                mock.patch.dict(os.environ, {"PARTNERNET_WORKERS": ""}),  # drawn by the forked child, as users get it
            ):
                self.written[key] = pn.report(
                    self.register, self.folder / name, at="2026-01-01", lang=lang, names=names
                )
        return self.written[key]

    def _run(self, snapshot, *, progress=None, **options):
        """:func:`partnernet.report.analyses.run`, once: every report here is of the same register on the same
        date, and the analyses are data only (no words), so the language, format and ``names`` do not
        change them. Each report still builds, renders and writes its own document and map from them."""
        from partnernet.report.analyses import run

        assert options["full_register"] is self.register and str(snapshot.date.date()) == "2026-01-01"
        if self.results is None:
            self.results = run(snapshot, progress=progress, **options)
        return self.results


@pytest.fixture(scope="session")
def example_reports(tmp_path_factory) -> ExampleReports:
    """The example region's reports at 2026-01-01 (read-only), shared by the report tests of one process."""
    return ExampleReports(tmp_path_factory.mktemp("example-reports"))


@pytest.fixture
def english(monkeypatch):
    """Commands, the API's errors and help in English: the tests that use this check English wording of
    the analyses' output or of an error (Dutch is the default; tests/test_cli_lang.py and
    tests/test_error_words.py check both languages; an error's code is the same in both)."""
    monkeypatch.setenv("PARTNERNET_LANG", "en")
