"""The public API as a whole (issue 14, "Type the public API"): typed results reject unknown keys to a type
checker, the result classes are frozen, and a notebook shows every result with user strings escaped."""

from __future__ import annotations

import ast
import dataclasses
import html
import importlib
import inspect
import pkgutil
import re
import textwrap
from pathlib import Path
import types
import typing

import pandas as pd
import pytest

import partnernet as pn
from partnernet.analysis.connectors import Connectors
from partnernet.analysis.results import ROWS_SHOWN, Result
from partnernet.intake.collect import Survey
from partnernet.landscape import Landscape
from partnernet.viz import Map

from conftest import edit

#: What a hostile register calls an organisation, a body and a person.
HOSTILE = "<script>alert(1)</script>"


def _modules():
    """Every module of partnernet, imported."""
    yield pn
    for info in pkgutil.walk_packages(pn.__path__, "partnernet."):
        yield importlib.import_module(info.name)


def _result_classes() -> set[type]:
    """Every typed result class: the subclasses of Result in any module of partnernet."""
    for _ in _modules():
        pass
    found, todo = set(), [Result]
    while todo:
        for cls in todo.pop().__subclasses__():
            if cls.__module__.startswith("partnernet."):
                found.add(cls)
                todo.append(cls)
    return found


# --- annotations --------------------------------------------------------------------------------------------


def _public_functions():
    """(qualified name, function, whether a return annotation is due) of every public function of every public
    module (names in its ``__all__`` defined there), and the ``__init__`` and public methods of its classes."""
    for module in _modules():
        if any(part.startswith("_") for part in module.__name__.split(".")):
            continue
        for name in module.__all__:
            value = getattr(module, name)
            if getattr(value, "__module__", None) != module.__name__:
                continue  # a re-export: checked where it is defined
            where = f"{module.__name__}.{name}"
            if inspect.isfunction(value):
                yield where, value, True
            elif inspect.isclass(value):
                for method, function in vars(value).items():
                    if isinstance(function, (staticmethod, classmethod)):
                        function = function.__func__
                    if isinstance(function, property):
                        function = function.fget
                    public = not method.startswith("_") or method == "__init__"
                    if public and inspect.isfunction(function) and function.__module__ == module.__name__:
                        yield f"{where}.{method}", function, method != "__init__"


def _unannotated() -> set[str]:
    """``module.function(parameter)`` for each parameter without annotation, ``module.function -> ?`` for a
    missing return annotation and ``module.function -> Any`` for a return typed Any."""
    missing = set()
    for where, function, returns in _public_functions():
        signature = inspect.signature(function)
        missing |= {
            f"{where}({p.name})"
            for p in signature.parameters.values()
            if p.name not in ("self", "cls") and p.annotation is inspect.Parameter.empty
        }
        if returns and signature.return_annotation is inspect.Signature.empty:
            missing.add(f"{where} -> ?")
        if returns and signature.return_annotation in ("Any", typing.Any):
            missing.add(f"{where} -> Any")
    return missing


#: Parameters and returns of public functions of the internal modules not annotated yet (issue 14, left for a
#: later round): this list only shrinks. Annotating one means taking it off; a new unannotated public function
#: fails the test. Everything in ``partnernet.__all__`` is typed in full (tests/test_typing.py).
NOT_YET_ANNOTATED = set(Path(__file__).with_name("unannotated.txt").read_text(encoding="utf-8").split("\n")) - {""}


def test_every_public_function_of_every_module_is_annotated():
    """Every parameter and return of every public function and method in every public module is annotated,
    no return is ``Any`` (dict-style access to a result is typed by overloads, above)."""
    missing = _unannotated()
    assert sorted(missing - NOT_YET_ANNOTATED) == [], "annotate these"
    assert sorted(NOT_YET_ANNOTATED - missing) == [], "annotated now: take these off tests/unannotated.txt"


def test_the_api_itself_is_typed_in_full():
    """No entry of the list of what is left belongs to ``partnernet.__all__``: the public API is done."""
    api = {f"{getattr(pn, name).__module__}.{name}" for name in pn.__all__}
    in_api = [e for e in NOT_YET_ANNOTATED if any(e.startswith(a + sep) for a in api for sep in ("(", " ->", "."))]
    assert in_api == []


# --- __all__ ------------------------------------------------------------------------------------------------


def _defined_here(module) -> list[str]:
    """The public names a module's own source defines at its top level (functions, classes, assignments, also
    inside ``if``/``try``, not under ``if TYPE_CHECKING:``) and has at run time."""
    tree = ast.parse(inspect.getsource(module))
    names: list[str] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
            elif isinstance(node, ast.Assign):
                for target in node.targets:  # a name or a tuple of names; not `x.attribute = ...`
                    targets = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
                    names.extend(t.id for t in targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
                names.append(node.target.id)
            elif isinstance(node, ast.If) and ast.unparse(node.test) != "TYPE_CHECKING":
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)

    visit(tree.body)
    return [name for name in names if not name.startswith("_") and hasattr(module, name)]


def test_every_module_lists_its_public_names_in_all_and_dir_shows_no_imports():
    """``__all__`` in every module: each entry exists, every public name the module defines is in it, and
    ``dir(module)`` (tab completion) offers nothing public beyond it but submodules, never an import such as
    ``partnernet.language.os``."""
    problems = []
    for module in _modules():
        name = module.__name__
        listed = getattr(module, "__all__", None)
        if listed is None:
            problems.append(f"{name}: no __all__")
            continue
        problems += [f"{name}.__all__: {entry} does not exist" for entry in listed if not hasattr(module, entry)]
        problems += [f"{name}: {entry} not in __all__" for entry in _defined_here(module) if entry not in listed]
        for entry in dir(module):
            value = getattr(module, entry)
            submodule = isinstance(value, types.ModuleType) and value.__name__ == f"{name}.{entry}"
            if not entry.startswith("_") and entry not in listed and not submodule:
                problems.append(f"dir({name}) shows {entry}")
    assert problems == []


def test_the_language_package_hides_what_it_imports():
    import partnernet.language as language

    assert {"os", "functools", "importlib", "annotations"}.isdisjoint(dir(language))
    assert {"get", "Language", "labels"} <= set(dir(language))
    assert "os" not in dir(pn) and "importlib" not in dir(pn) and "load" in dir(pn)


# --- result["key"]: one Literal overload per field -----------------------------------------------------------


def test_every_result_class_overloads_getitem_with_one_literal_key_per_field():
    """``result["summary"]`` has the field's type to a type checker and an unknown key is an error: each
    result class declares one ``__getitem__`` overload per field, the key a Literal of the field's name and the
    return type the field's annotation (a field added without its overload fails here)."""
    wrong = {}
    for cls in sorted(_result_classes(), key=lambda c: c.__name__):
        assert "__getitem__" in vars(cls), f"{cls.__name__} has no __getitem__ overloads"
        declared = {}
        for overload in typing.get_overloads(vars(cls)["__getitem__"]):
            annotations = overload.__annotations__
            (key,) = re.fullmatch(r"Literal\['(\w+)'\]", annotations["key"]).groups()
            declared[key] = annotations["return"]
        fields = {field.name: field.type for field in dataclasses.fields(cls)}
        if declared != fields:
            wrong[cls.__name__] = (declared, fields)
    assert wrong == {}


def test_dict_style_access_still_works_at_run_time(tmp_path):
    land = pn.load("tests/fixtures/mini")
    s = pn.summary(land)
    assert s["counts"] is s.counts and list(s) == s.keys()
    with pytest.raises(KeyError, match="nope"):
        s["nope"]  # type: ignore[call-overload]  # the mistake this test makes on purpose
    assert s.get("nope", 1) == 1


#: A user's snippets: each line ending in `# error` is a mistake mypy must report, and no other line; each
#: `reveal_type` line ending in `# reveals X` must reveal a type containing X.
SNIPPETS = """
    import partnernet as pn

    land = pn.load("data/regio-voorbeeld")
    s = pn.summary(land)
    s["nope"]  # error
    s["counts"].sum()
    reveal_type(s["domains"])  # reveals DataFrame
    reveal_type(s["counts"])  # reveals Series[int]
    frag = pn.fragmentation(land)
    frag["fragmentation"] + 1.0
    frag["fragmentaton"]  # error
    reveal_type(frag["key_players"])  # reveals KeyPlayers | None
    key = "summary"
    frag[key]  # error
    w = pn.whatif(land, remove="om")
    w["effect"]  # error
    reveal_type(pn.key_players(land)["effect"])  # reveals RemovalEffect
    pn.connectors(land)["threshold"] + "x"  # error
    pn.hierarchy(land)["summary"]
    pn.governance(land)["mode"]
    pn.layers(land)["nope"]  # error
    pn.compare(land, land)["no_such_table"]  # error
    pn.covenant_coverage(land)["members_outside"]
    pn.ei_index(land, "domain")["network"]
    pn.turnover(land)["nope"]  # error
    pn.periphery(land)["nope"]  # error
    m = pn.visualise(land)
    m.html = ""  # error
    reveal_type(s.get("counts"))  # reveals object
"""


@pytest.mark.typing
def test_mypy_rejects_unknown_keys_of_typed_results(tmp_path, mypy_cache, monkeypatch):
    """One mypy run over the snippets (``mypy.api.run``, against the installed partnernet), where a user's
    project is (not in this repository, whose setup.cfg configures mypy for the package's own check), as
    tests/test_typing.py runs it: the same options, so the two share one mypy cache."""
    from mypy import api

    script = tmp_path / "snippets.py"
    script.write_text(textwrap.dedent(SNIPPETS), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out, err, _ = api.run(["--cache-dir", str(mypy_cache), "--no-error-summary", "--show-column-numbers", str(script)])
    lines = script.read_text(encoding="utf-8").splitlines()
    expected = {n for n, line in enumerate(lines, 1) if line.endswith("# error")}
    reported = {int(m.group(1)) for m in re.finditer(r"snippets\.py:(\d+):\d+: error:", out)}
    assert reported == expected, out + err
    for n, line in enumerate(lines, 1):
        if "# reveals " in line:
            wanted = line.split("# reveals ")[1]
            revealed = re.search(rf"snippets\.py:{n}:\d+: note: Revealed type is \"(.*)\"", out)
            assert revealed and wanted in revealed.group(1).replace("pandas.core.frame.", ""), (line, out)


# --- frozen results ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Map, Survey])
def test_map_and_survey_are_frozen_dataclasses(cls):
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen


def test_a_map_cannot_be_changed_after_it_is_made():
    m = pn.visualise(pn.load("tests/fixtures/mini"), lang="en")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.html = ""  # type: ignore[misc]  # the mistake this test makes on purpose
    assert m.summary.startswith("5 organisations")


# --- notebook views ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """tests/fixtures/mini with an organisation, a body and a person named HOSTILE."""
    import shutil

    folder = tmp_path_factory.mktemp("hostile") / "mini"
    shutil.copytree("tests/fixtures/mini", folder)
    edit(folder, "organisations", replace=("Openbaar Ministerie", HOSTILE))
    edit(folder, "bodies", replace=("Stuurgroep", HOSTILE))
    edit(folder, "persons", replace=("A. Jansen", HOSTILE))
    return pn.load(folder)


def _every_result(land: Landscape, folder) -> dict[type, object]:
    """One result of each public result class, made by the public API from ``land``."""
    forms = pn.survey_forms(land, folder / "forms", lang="en")
    made = [
        land,
        pn.summary(land),
        pn.hierarchy(land),
        pn.compare(land, land.replace(ties=land.ties.iloc[:0])),
        pn.layers(land),
        pn.fragmentation(land, key_players=1),
        pn.key_players(land),
        pn.brokerage_significance(land.graph("organisations"), "domain"),
        pn.ei_index(land, "domain"),
        pn.connectors(land, expected_hub="om"),
        pn.governance(land),
        pn.turnover(land, as_of="2026-01-01"),
        pn.periphery(land),
        pn.whatif(land, remove="om"),
        pn.covenant_coverage(land),
        pn.visualise(land, lang="en"),
        pn.collect_survey(forms, lang="en"),
    ]
    return {type(result): result for result in made}


def test_every_public_result_shows_itself_in_a_notebook_with_user_strings_escaped(hostile, tmp_path):
    results = _every_result(hostile, tmp_path)
    assert set(results) == _result_classes() | {Landscape, Map, Survey}, "a result class without a case here"
    unsafe, unshown = [], []
    for cls, result in results.items():
        page = result._repr_html_()
        assert isinstance(page, str) and page
        if HOSTILE in page:
            unsafe.append(cls.__name__)
        if _shows_hostile(result) and html.escape(HOSTILE) not in page:
            unshown.append(cls.__name__)
    assert unsafe == []
    assert unshown == []
    assert {cls for cls, result in results.items() if _shows_hostile(result)} >= {Landscape, Survey, Connectors}


def _shows_hostile(result) -> bool:
    """Whether the part of ``result`` a notebook shows (each table's first rows, other fields' repr) holds
    HOSTILE: then it must be there, escaped."""
    if isinstance(result, (Landscape, Map)):
        return isinstance(result, Landscape)  # a landscape's top organisations; a map's page is an iframe's srcdoc
    fields = (
        result.items()
        if isinstance(result, Result)
        else [(f.name, getattr(result, f.name)) for f in dataclasses.fields(result)]
    )
    shown = [v.head(ROWS_SHOWN).to_string() if isinstance(v, (pd.DataFrame, pd.Series)) else repr(v) for _, v in fields]
    return any(HOSTILE in text for text in shown)


def test_the_walk_finds_the_typed_results():
    names = {cls.__name__ for cls in _result_classes()}
    assert {"Summary", "Fragmentation", "KeyPlayers", "WhatIf", "Comparison"} <= names
