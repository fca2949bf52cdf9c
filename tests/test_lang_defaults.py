"""A ``lang`` parameter defaults to None, the running language (``--lang``, else ``$PARTNERNET_LANG``,
else Dutch), never to a fixed language (issue 14, "one home for words"): ``output.render_table`` wrote
English numbers under a Dutch command when no one passed ``lang``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pandas as pd
import pytest

import partnernet
from partnernet.language.langs import LANG_VARIABLE
from partnernet.output import render_table


def functions():
    """Every function and method defined in a module of partnernet (public and private)."""
    seen = set()
    for info in pkgutil.walk_packages(partnernet.__path__, "partnernet."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            found = [value]
            if inspect.isclass(value) and value.__module__ == module.__name__:
                found += [v for v in vars(value).values() if inspect.isfunction(v)]
            for function in found:
                if inspect.isfunction(function) and function.__module__ == module.__name__ and function not in seen:
                    seen.add(function)
                    yield function


def test_no_function_defaults_lang_to_a_fixed_language():
    walked = [f for f in functions() if "lang" in inspect.signature(f).parameters]
    assert len(walked) > 100, "the walk found too few functions taking lang"
    fixed = [
        f"{f.__module__}.{f.__qualname__} = {inspect.signature(f).parameters['lang'].default!r}"
        for f in walked
        if inspect.signature(f).parameters["lang"].default not in (None, inspect.Parameter.empty)
    ]
    assert not fixed, fixed


@pytest.mark.parametrize(("lang", "said"), [("nl", "1,5 Çë en b"), ("en", "1.5 Çë and b")])
def test_render_table_speaks_the_running_language(monkeypatch, lang, said):
    monkeypatch.setenv(LANG_VARIABLE, lang)
    shown = render_table(pd.DataFrame({"x": [1.5], "members": [["Çë", "b"]]}))
    assert " ".join(shown.splitlines()[1].split()) == said
    other = "en" if lang == "nl" else "nl"
    assert render_table(pd.DataFrame({"x": [1.5]}), lang=other).splitlines()[1].split()[0] != said.split()[0]
