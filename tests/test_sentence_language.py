"""The public sentence functions of partnernet.language (whatif.changes, compare.change_sentences,
layers.findings, connectors.reasons, ...) speak the running language when no ``lang`` is given:
``$PARTNERNET_LANG``, else Dutch (issue 14, they used to default to English); an unknown language is a
partnernet.UsageError (code unknown_choice, choices nl, en), not a KeyError."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

import partnernet as pn
from partnernet.language import compare, connectors, layers, plain, whatif

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="module")
def said():
    """Each sentence function as a call of one argument, ``lang`` (None: not given)."""
    land = pn.load(MINI)
    later = pn.load(MINI)
    changed = pn.whatif(land, remove=["politie"])
    compared = pn.compare(land, later)
    layered = pn.layers(land)

    def text(value):
        return value.to_string() if hasattr(value, "to_string") else str(value)

    calls = {
        "whatif.changes": lambda lang: whatif.changes(changed, land, **lang),
        "compare.change_sentences": lambda lang: compare.change_sentences(compared, land, later, **lang),
        "layers.findings": lambda lang: layers.findings(layered, land, **lang),
        "plain.named": lambda lang: plain.named(["a", "b", "c", "d", "e", "f", "g"], None, **lang),
        "connectors.reason": lambda lang: connectors.reason("no_bridging_above_chance", "domain", **lang),
    }
    return {
        name: (lambda lang, call=call: text(call({} if lang is None else {"lang": lang})))
        for name, call in calls.items()
    }


NAMES = ["whatif.changes", "compare.change_sentences", "layers.findings", "plain.named", "connectors.reason"]


@pytest.mark.parametrize("name", NAMES)
def test_without_lang_the_sentences_are_dutch_unless_PARTNERNET_LANG_says_otherwise(said, monkeypatch, name):
    monkeypatch.delenv("PARTNERNET_LANG", raising=False)
    dutch, english = said[name]("nl"), said[name]("en")
    assert dutch != english
    assert said[name](None) == dutch
    monkeypatch.setenv("PARTNERNET_LANG", "en")
    assert said[name](None) == english
    monkeypatch.setenv("PARTNERNET_LANG", "nl")
    assert said[name](None) == dutch


@pytest.mark.parametrize("name", NAMES)
def test_an_unknown_language_is_a_usage_error_naming_both(said, name):
    with pytest.raises(pn.UsageError) as raised:
        said[name]("de")
    assert raised.value.code == "unknown_choice"
    assert raised.value.params["choices"] == "nl, en"
    assert "de" in str(raised.value)


def test_lang_is_one_alias_in_every_public_signature():
    """Every ``lang`` parameter of the sentence functions and of partnernet.__all__ is typed ``Lang``
    (Literal["nl", "en"], defined once in partnernet.language.langs), never a plain str."""
    import inspect

    from partnernet.language import langs

    functions = [whatif.changes, compare.change_sentences, layers.findings, layers.regime_findings]
    functions += [layers.tie_findings, layers.linked_by, plain.named, connectors.role_label]
    functions += [connectors.reason, connectors.reasons, connectors.role_labels]
    functions += [getattr(pn, name) for name in pn.__all__ if callable(getattr(pn, name))]
    loose = []
    for function in functions:
        try:
            parameters = inspect.signature(function).parameters
        except (TypeError, ValueError):
            continue
        if "lang" in parameters and parameters["lang"].annotation not in ("Lang | None", "Lang"):
            loose.append(f"{function.__qualname__}: {parameters['lang'].annotation}")
    assert loose == []
    assert get_args(langs.Lang) == langs.LANGUAGES == ("nl", "en")


def test_one_new_body_is_added_as_itself_not_as_its_keys():
    """whatif(add=...) takes a NewBody (typed) or a list of them; a single mapping used to be split into
    its keys ("not a mapping")."""
    land = pn.load(MINI)
    body = {"id": "nieuw", "members": ["gemeente", "politie"]}
    one, listed = pn.whatif(land, add=body), pn.whatif(land, add=[body])
    assert one.added.index.tolist() == listed.added.index.tolist() == ["nieuw"]
    assert one.summary.equals(listed.summary)


def test_a_single_id_or_path_is_one_value_not_its_characters(tmp_path):
    """pn.whatif(land, remove="p1") used to split the id into characters ("cannot remove unknown id
    'p'"); the same for every public parameter taking ids or paths (partnernet._many.many)."""
    land = pn.load(MINI)
    one, listed = pn.whatif(land, remove="p1"), pn.whatif(land, remove=["p1"])
    assert one.remove == listed.remove == ("p1",)
    assert one.summary.equals(listed.summary)
    assert pn.periphery(land, focus="care").focus_domains == ["care"]
    assert pn.visualise(land, bridges="politie").html == pn.visualise(land, bridges=["politie"]).html
    forms = pn.survey_forms(land, tmp_path / "forms", bodies="casus")
    assert [p.name for p in forms] == [p.name for p in pn.survey_forms(land, tmp_path / "f2", bodies=["casus"])]
    kept = tmp_path / "kept.json"
    kept.write_text("{}", encoding="utf-8")
    with pytest.raises(pn.UsageError):  # an input named as a single path is still protected
        pn.write(land, kept, inputs=str(kept))
    assert kept.read_text(encoding="utf-8") == "{}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_blank_id_is_named_as_the_api_parameter_or_the_cli_option(monkeypatch, lang):
    """`whatif D --remove ''` said "remove takes ids as text, e.g. remove=['p001']": Python words for a
    CLI user. The API names its parameter, the CLI its option (language/usage.py ids_as_text[_option])."""
    from click.testing import CliRunner

    from partnernet.cli import cli

    monkeypatch.setenv("PARTNERNET_LANG", lang)
    with pytest.raises(pn.UsageError) as raised:
        pn.whatif(pn.load(MINI), remove=[""])
    assert raised.value.code == "ids_as_text"
    assert "remove=['p001']" in str(raised.value)
    done = CliRunner().invoke(cli, ["whatif", str(MINI), "--remove", "", "--lang", lang])
    assert done.exit_code == 2
    said = {
        "nl": "--remove neemt een id, bijv. --remove p001; gekregen: ''.",
        "en": "--remove takes an id, e.g. --remove p001; got ''.",
    }
    assert said[lang] in done.output
    assert "remove=[" not in done.output


def _result_classes():
    import importlib
    import pkgutil

    import partnernet.analysis as analysis
    from partnernet.analysis.results import Result

    for module in pkgutil.iter_modules(analysis.__path__):
        importlib.import_module(f"partnernet.analysis.{module.name}")
    found, todo = [], [Result]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def test_no_typed_result_has_a_mutable_dict_field():
    """Frozen results held plain dicts (``c.added['organisations'] = None`` worked): every dict field of
    a typed result is a read-only Mapping."""
    import dataclasses

    classes = _result_classes()
    assert len(classes) > 10
    loose = [
        f"{cls.__name__}.{field.name}: {field.type}"
        for cls in classes
        for field in dataclasses.fields(cls)
        if "dict[" in str(field.type) or str(field.type).startswith("dict")
    ]
    assert loose == []


def test_a_comparison_is_read_only_and_still_pickles_and_shows():
    import pickle

    land = pn.load(MINI)
    compared = pn.compare(land, land.replace(persons=land.persons.iloc[1:]))
    for name in ("added", "removed", "changed"):
        with pytest.raises(TypeError):
            getattr(compared, name)["organisations"] = None
    assert compared.removed["persons"].index.tolist() == [land.persons.index[0]]
    again = pickle.loads(pickle.dumps(compared))
    assert list(again.removed) == list(compared.removed)
    assert again.removed["persons"].equals(compared.removed["persons"])
    with pytest.raises(TypeError):
        again.removed["persons"] = None  # read-only after unpickling too
    assert "<b>removed</b>" in compared._repr_html_()
    assert type(compared.to_dict()["removed"]) is dict
