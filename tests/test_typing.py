"""The public API as a user's type checker sees it (issue 14): ``pn.X`` has X's real signature
(partnernet/__init__.py imports the lazy names under TYPE_CHECKING), every public name is typed in
full, mypy reports wrong arguments in a user's script against the installed partnernet, and every
``lang`` parameter defaults to the running language ($PARTNERNET_LANG, else Dutch)."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import get_args

import openpyxl
import pytest

import partnernet as pn

PACKAGE = Path(pn.__file__).parent
MINI = Path(__file__).parent / "fixtures" / "mini"


def _type_checking_imports():
    """(module, level, alias) of every import in partnernet/__init__.py's ``if TYPE_CHECKING:``."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    blocks = [n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", None) == "TYPE_CHECKING"]
    assert len(blocks) == 1, "partnernet/__init__.py has one `if TYPE_CHECKING:` block"
    for node in blocks[0].body:
        assert isinstance(node, ast.ImportFrom)
        for alias in node.names:
            yield node.module, node.level, alias


def test_type_checkers_see_every_lazy_public_name_as_itself():
    """The TYPE_CHECKING imports are the lazy names, each re-exported (``X as X``) and the same
    object that ``pn.X`` gives at run time: a name added to _LAZY alone would be Any to mypy."""
    seen = {}
    for module, level, alias in _type_checking_imports():
        assert alias.asname == alias.name, f"{alias.name}: import it as `{alias.name} as {alias.name}`"
        seen[alias.name] = getattr(importlib.import_module("." * level + module, "partnernet"), alias.name)
    assert sorted(seen) == sorted(pn._LAZY)
    assert [name for name, value in seen.items() if getattr(pn, name) is not value] == []


def _public_callables():
    """(name, function, whether a return annotation is due) for every name in partnernet.__all__:
    functions, and the ``__init__`` and public methods of classes defined in partnernet."""
    for name in pn.__all__:
        value = getattr(pn, name)
        if not inspect.isclass(value):
            yield name, value, True
            continue
        if "__init__" in vars(value):
            yield name, value.__init__, False
        for method, function in vars(value).items():
            if not method.startswith("_") and inspect.isfunction(function):
                yield f"{name}.{method}", function, True


def test_every_public_name_has_a_complete_signature():
    missing = []
    for name, function, returns in _public_callables():
        signature = inspect.signature(function)
        missing += [
            f"{name}({p.name})"
            for p in signature.parameters.values()
            if p.name not in ("self", "cls") and p.annotation is inspect.Parameter.empty
        ]
        if returns and signature.return_annotation is inspect.Signature.empty:
            missing.append(f"{name} -> ?")
    assert missing == []


def test_every_lang_parameter_defaults_to_the_running_language():
    defaults = {
        name: inspect.signature(function).parameters["lang"].default
        for name, function, _ in _public_callables()
        if "lang" in inspect.signature(function).parameters
    }
    assert {"report", "visualise", "template", "survey_forms", "collect_survey"} <= set(defaults)
    assert {name: default for name, default in defaults.items() if default is not None} == {}


#: What the API writes in each language when no ``lang`` is given (the first line of the report, the
#: map's summary, the second sheet of the intake workbook and of a survey form).
WORDS = {
    "nl": ("# Netwerkanalyse samenwerkingsverbanden", "5 organisaties, 3 overleggen", "Organisaties", "Overleggen"),
    "en": ("# Network analysis of partnerships", "5 organisations, 3 bodies", "Organisations", "Bodies"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_api_speaks_the_language_of_PARTNERNET_LANG(tmp_path, monkeypatch, lang):
    """report used to write Dutch whatever $PARTNERNET_LANG said, while visualise followed it."""
    monkeypatch.setenv("PARTNERNET_LANG", lang)
    heading, summary, template_sheet, form_sheet = WORDS[lang]
    land = pn.load(MINI)
    written = pn.report(land, tmp_path / "report.md", include_map=False)
    assert written[0].read_text(encoding="utf-8").splitlines()[0] == heading
    assert pn.visualise(land).summary.startswith(summary)
    assert openpyxl.load_workbook(pn.template(tmp_path / "register.xlsx")).sheetnames[1] == template_sheet
    forms = pn.survey_forms(land, tmp_path / "forms")
    assert openpyxl.load_workbook(forms[0]).sheetnames[1] == form_sheet
    from partnernet.intake.template import check_language  # the intake's one language check

    assert check_language(None) == lang


#: A user's script: each line ending in `# error` is a mistake mypy must report, and no other line.
#: pandas-stubs (a dev extra) makes a result's DataFrame fields DataFrames to mypy, so mistakes about
#: them are reported too.
USER_SCRIPT = """
    import datetime
    from pathlib import Path

    import networkx as nx
    import pandas as pd
    import partnernet as pn

    land = pn.load(42)  # error
    land = pn.load("data/regio-voorbeeld")
    pn.centrality("x")  # error
    pn.centrality(land, level=3)  # error
    pn.centrality(nx.karate_club_graph(), level="organisations")
    pn.fragmentation(land, by={"a": "care"})
    s = pn.summary(land)
    s.counts = None  # error
    share: float = pn.fragmentation_index(land)
    count: int = pn.fragmentation_index(land)  # error
    pn.turnover(land, as_of=datetime.date(2026, 1, 1))
    pn.turnover(land, as_of=2026)  # error
    pn.report(land, Path("report.html"), lang="en")
    pn.report(land, "report.html", lang=1)  # error
    pn.visualise(land, bridges={"om"})
    pn.write(pn.pseudonymise(land), "out.json")
    pn.write(land, 42)  # error
    pn.visualise(land, register="data/regio-voorbeeld")  # error
    pn.centralty(land)  # error
    parts = pn.fragmentation(land)
    largest: int = len(parts.nodes.sort_values("component"))
    parts.nodes.no_such_method()  # error
    pn.load(parts.nodes)  # error
    names: list[str] = parts.summary.index.tolist()
    shares: pd.DataFrame = pn.centrality(land)
    shares.betweenness.mean() + "x"  # error
    pn.centrality(land, level="organisation")  # error
    pn.overload(land, level="persons")
    pn.key_players(land, 2, "df")  # error
    pn.redundancy(land, members="people")  # error
    pn.regime_layer(land, "terrorism")  # error
    pn.layers(land, by="tie_kind")
    mode: str = pn.governance(land).mode
    land.graph("projection")  # error
    effect = pn.key_players(land, 2).effect
    after: float = effect["F_after"]
    effect["F_aftr"]  # error
    pn.participation(land, "domain").sum() + "x"  # error
    pn.Problem("fatal", "code", "message")  # error
    pn.periphery(land, focus=["zorg"])  # error
    pn.visualise(land, domain="care")
    pn.report(land, "report.html", lang="de")  # error
    from partnernet.language import whatif as said
    said.changes(pn.whatif(land), land, lang="en")
    said.changes(pn.whatif(land), land, lang="de")  # error
    pn.connectors(land, by="communities")
    pn.connectors(land, by="domian")  # error
    pn.fragmentation(land, by="sector")  # error
    pn.bus_factor(land, by="regime")
    pn.compare(land, land, by="communities")  # error
    pn.whatif(land, by="level", add=[{"id": "new", "members": ["om", "politie"], "kind": "operational"}])
    pn.whatif(land, add=[{"id": "new"}])  # error
    pn.whatif(land, add={"id": "new", "members": ["om", "politie"], "colour": "red"})  # error
    pn.visualise(land, lang="de")  # error
"""


#: Parameters whose values come from a fixed vocabulary: in a public signature they are a Literal alias
#: (partnernet.landscape.Level, graphs.Weight, ...), never a plain str a typo would pass.
VOCABULARY_PARAMETERS = {"level", "projection", "members", "kind", "weight", "criterion", "method"}
VOCABULARY_PARAMETERS |= {"backend", "path_lengths", "format", "regime", "severity", "domain", "focus", "by", "lang"}


def test_vocabulary_parameters_are_literal_types():
    loose = []
    for name, function, _ in _public_callables():
        for p in inspect.signature(function).parameters.values():
            annotation = str(p.annotation)
            is_weight_attribute = p.name == "weight" and p.default in ("weight", None)  # an edge attribute's name
            if p.name in VOCABULARY_PARAMETERS and not is_weight_attribute and re.search(r"\bstr\b", annotation):
                loose.append(f"{name}({p.name}: {annotation})")
    assert loose == []


def test_each_literal_alias_is_the_vocabulary_checked_at_run_time():
    """One definition per vocabulary: the tuples the analyses check are the aliases' values, and the
    regime and domain aliases hold the canonical values of the input format's vocabularies."""
    from partnernet import graphs, landscape
    from partnernet.analysis import centrality, governance, keyplayers, layers, robustness
    from partnernet.io.schema import VOCABULARIES, Domain, Regime
    from partnernet.report import FORMATS, ReportFormat

    pairs = [
        (landscape.Level, landscape.LEVELS),
        (landscape.GraphKind, landscape.GRAPH_KINDS),
        (graphs.Weight, graphs.WEIGHTS),
        (graphs.Members, graphs.ACTOR_SETS),
        (centrality.Backend, centrality.BACKENDS),
        (centrality.PathLengths, centrality.PATH_LENGTHS),
        (keyplayers.Criterion, keyplayers.CRITERIA),
        (keyplayers.Method, keyplayers.METHODS),
        (robustness.Order, robustness.ORDERS),
        (governance.Mode, governance.MODES),
        (layers.LayerBy, layers.BY),
        (ReportFormat, FORMATS),
    ]
    assert [values for alias, values in pairs if get_args(alias) != values] == []
    for alias, name in ((Regime, "regime"), (Domain, "domain")):
        assert set(get_args(alias)) == set(VOCABULARIES[name]), name


@pytest.mark.typing
def test_mypy_reports_wrong_types_in_a_users_script(tmp_path, mypy_cache):
    """mypy, run where a user's project is (not in this repository), finds the installed partnernet
    (`pip install -e` must leave a path, not an import hook: setup.cfg package_dir) and its
    py.typed, and reports exactly the mistakes."""
    script = tmp_path / "analysis.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache), "--no-error-summary", script.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert "Cannot find implementation or library stub" not in done.stdout, (
        "mypy cannot find the installed partnernet: an editable install made before setup.cfg's "
        "package_dir (an import hook, not a path) needs `pip install -e '.[dev]'` again\n" + done.stdout
    )
    expected = {n for n, line in enumerate(script.read_text().splitlines(), 1) if line.endswith("# error")}
    reported = {int(m.group(1)) for m in re.finditer(r"^analysis\.py:(\d+): error:", done.stdout, re.M)}
    assert reported == expected, done.stdout
