"""One language everywhere (issue 14): every command that prints words takes --lang nl|en, Dutch by default;
the sentences about what-if, compare and layers results in both languages; no sentence in CLI or analysis code."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet import language
from partnernet.cli import cli, load_all
from partnernet.language import cli as cli_words
from partnernet.language.compare import change_sentences
from partnernet.language.layers import findings
from partnernet.language.whatif import changes

from conftest import EXAMPLE

PACKAGE = Path(pn.__file__).parent
AT = ["--at", "2026-01-01"]


@pytest.fixture(scope="module")
def land():
    return pn.load(EXAMPLE).at("2026-01-01")


def run(*args, env=None):
    result = CliRunner().invoke(cli, [*args], env=env)
    assert result.exit_code == 0, result.output
    return result


# -- every command ------------------------------------------------------------------------


def _options(command):
    return {param.name: param for param in command.params}


def test_every_command_takes_lang_with_one_default_and_the_shared_options():
    commands = load_all()
    assert len(commands) >= 18
    for name, command in list(commands.items()):
        if name == "survey":
            commands.update({f"survey {n}": c for n, c in command.commands.items()})
    for name, command in commands.items():
        if name == "survey":
            continue
        options = _options(command)
        lang = options.get("lang")
        assert lang is not None, f"{name} has no --lang"
        assert list(lang.type.choices) == ["nl", "en"] and lang.default == "nl", name
        assert lang.envvar == language.LANG_VARIABLE, name
        if "top" in options:
            assert options["top"].metavar == "N" and options["top"].type.min == 0, name
        # every command has --format table|csv|json: what it prints, or the list of files it wrote (the
        # report also takes its former html|md|xlsx|pdf, now --to, after them)
        assert "fmt" in options, f"{name} has no --format"
        assert list(options["fmt"].type.choices)[:3] == ["table", "csv", "json"], name
        assert options["fmt"].default == "table", name
        if "table" in options:
            assert options["table"].opts[0] == "--table", name


def test_the_cli_is_dutch_by_default_english_on_request_and_from_the_environment():
    dutch = run("overload", str(EXAMPLE), *AT, "--top", "3")
    assert dutch.output.startswith("Vergaderuren per maand per organisatie op 2026-01-01 (overbelast: belasting > 1)")
    english = run("overload", str(EXAMPLE), *AT, "--top", "3", "--lang", "en")
    assert english.output.startswith("Meeting hours per month per organisation on 2026-01-01 (overloaded")
    from_env = run("overload", str(EXAMPLE), *AT, "--top", "3", env={language.LANG_VARIABLE: "en"})
    assert from_env.output == english.output


def test_lang_before_the_command_is_the_command_s_lang():
    english = run("overload", str(EXAMPLE), *AT, "--top", "3", "--lang", "en").output
    assert run("--lang", "en", "overload", str(EXAMPLE), *AT, "--top", "3").output == english
    assert run("--lang=en", "overload", str(EXAMPLE), *AT, "--top", "3").output == english
    assert run(
        "--lang", "nl", "overload", str(EXAMPLE), *AT, "--top", "3", env={language.LANG_VARIABLE: "en"}
    ).output == (run("overload", str(EXAMPLE), *AT, "--top", "3").output)
    refused = CliRunner().invoke(cli, ["--lang", "de", "overload", str(EXAMPLE)])
    assert refused.exit_code == 2 and "onbekende taal 'de' in de optie --lang; kies nl" in refused.output  # in Dutch


def test_truth_values_in_a_terminal_table_are_words_and_stay_true_false_in_csv_and_json():
    dutch = run("overload", str(EXAMPLE), *AT, "--top", "3").output
    rows = dutch.splitlines()[3:6]
    assert [row.split()[-2] for row in rows] == ["ja", "ja", "nee"]  # overloaded: gemeente-klein-dorp, lindeloo
    assert "True" not in dutch and "False" not in dutch
    english = run("overload", str(EXAMPLE), *AT, "--top", "3", "--lang", "en").output
    assert [row.split()[-2] for row in english.splitlines()[3:6]] == ["yes", "yes", "no"]
    csv_text = run("overload", str(EXAMPLE), *AT, "--top", "3", "--format", "csv").output
    assert csv_text.splitlines()[1].split(",")[-2] == "True"
    json_text = run("overload", str(EXAMPLE), *AT, "--top", "3", "--format", "json").output
    assert '"overloaded": true' in json_text and "ja" not in json_text


def test_a_truth_column_with_gaps_keeps_them_missing(english):
    import pandas as pd

    from partnernet.cli.options import in_words

    frame = pd.DataFrame({"flag": [True, None, False], "n": [1, 2, 3]}, dtype=object)
    shown = in_words(frame)
    assert shown["flag"].tolist()[0::2] == ["yes", "no"] and shown["flag"].isna().tolist() == [False, True, False]
    assert in_words(frame[["n"]])["n"].tolist() == [1, 2, 3]  # numbers are not truth values


@pytest.mark.parametrize(
    "args, dutch, english",
    [
        (
            ["fragmentation", str(EXAMPLE), *AT, "--top", "1"],
            "Fragmentatie van het netwerk van organisaties op 2026-01-01: 46 organisaties, 336 verbindingen",
            "Fragmentation of the organisation network at 2026-01-01: 46 organisations, 336 links",
        ),
        (
            ["whatif", str(EXAMPLE), *AT, "--remove", "overleg-veilige-school"],
            "  - onderwijs is met geen enkel ander domein meer verbonden",
            "  - education is no longer connected to any other domain",
        ),
        (["compare", str(EXAMPLE), "--at", "2024-01-01", "--vs", "2026-01-01"], "Vergelijking van", "Comparing"),
        (
            ["layers", str(EXAMPLE), *AT],
            "  - CT-laag: 10 overleggen, 27 organisaties, 32 personen, 176 verbindingen tussen organisaties;",
            "  - CT layer: 10 bodies, 27 organisations, 32 persons, 176 links between organisations;",
        ),
        (
            ["centrality", str(EXAMPLE), *AT, "--top", "1"],
            "Organisaties naar tussenpositie (op 2026-01-01) (eerste 1 van 46)",
            "Organisations by betweenness (on 2026-01-01) (first 1 of 46)",
        ),
        (
            ["connectors", str(EXAMPLE), *AT, "--top", "1"],
            "Organisaties zonder verbinder: noch zijzelf, noch een van hun personen",
            "Organisations without a connector: neither they nor any of their persons",
        ),
        (["validate", str(EXAMPLE)], "  deelnames         243", "  memberships        243"),
        (["summary", str(EXAMPLE)], "Rijen per tabel", "Rows per table"),
        (
            ["redundancy", str(EXAMPLE), *AT],
            "Kandidaten voor samenvoegen (Jaccard >= 0,75, zelfde regime en niveau)",
            "Merge candidates (Jaccard >= 0.75, same regime and level)",
        ),
        (["hierarchy", str(EXAMPLE), *AT], "Rapportagelijnen op 2026-01-01", "Reporting hierarchy on 2026-01-01"),
        (
            ["covenants", str(EXAMPLE), *AT],
            "Deelnemers buiten het convenant van hun overleg",
            "Members outside the covenant of their body",
        ),
        (
            ["turnover", str(EXAMPLE), *AT],
            "Overleggen op 2026-01-01: zittingsduur in jaren",
            "Bodies on 2026-01-01: tenure in years",
        ),
    ],
)
def test_each_command_speaks_both_languages(args, dutch, english):
    assert dutch in run(*args).output
    assert english in run(*args, "--lang", "en").output


# -- sentences with figures of the example region ----------------------------------------------


def test_whatif_sentences_in_both_languages(land):
    result = pn.whatif(land, remove=["overleg-veilige-school"])
    nl, en = changes(result, land, "nl"), changes(result, land, "en")
    assert len(nl) == len(en) == 9
    assert nl[:3] == [
        "zonder overleg-veilige-school: 3 deelnames vervallen",
        "school-brugcollege en roc-veldland zitten niet meer aan een overlegtafel",
        "onderwijs is met geen enkel ander domein meer verbonden",
    ]
    assert "vergaderuren per maand van alle organisaties samen: 674,6 -> 672,3 (-2,2)" in nl
    assert "meeting hours per month of all organisations: 674.6 -> 672.3 (-2.2)" in en
    assert (
        "netwerk van organisaties: fragmentatie F 0,086 -> 0,168, afstandsgewogen fragmentatie DF 0,389 -> 0,430, losse delen 3 -> 5, "
        "verbindingen 336 -> 333"
    ) in nl


def test_whatif_singular_and_plural_in_dutch(land):
    one = changes(pn.whatif(land, remove=["p072"]), land, "nl")
    assert "school-brugcollege zit niet meer aan een overlegtafel" in one
    assert one[0] == "zonder J. van Rijn (p072), school-brugcollege: 1 deelname vervallen"
    added = changes(
        pn.whatif(
            land,
            add=[
                {
                    "id": "jeugdtafel",
                    "members": ["p072", "p073", "p069"],
                    "meetings_per_year": 12,
                    "hours_per_meeting": 1.5,
                }
            ],
        ),
        land,
        "nl",
    )
    assert added[0] == (
        "nieuw overleg jeugdtafel met 3 deelnemers (J. van Rijn (p072), K. Tromp (p073) en "
        "Z. Bouzid (p069)), 1,5 vergaderuren per maand per zetel"
    )
    # a connector bridges above chance (z >= 1.96): a small new table makes none, a wide one gives two organisations one (om-parket had one already)
    assert not any("verbinder" in sentence for sentence in added)
    wide = changes(
        pn.whatif(
            land,
            add=[
                {
                    "id": "brede-tafel",
                    "members": ["p009", "p014", "p033", "p048", "p061", "p062", "p063", "p072"],
                    "meetings_per_year": 12,
                    "hours_per_meeting": 1.5,
                }
            ],
        ),
        land,
        "nl",
    )
    assert "belastingdienst en werk-en-inkomen-veldstad hebben nu een verbinder (p062 en p009)" in wide


def test_compare_sentences_in_both_languages():
    whole = pn.load(EXAMPLE)
    before, after = whole.at("2024-01-01"), whole.at("2026-01-01")
    result = pn.compare(before, after)
    nl = change_sentences(result, before, after, lang="nl").set_index("topic")["sentence"]
    en = change_sentences(result, before, after, lang="en").set_index("topic")["sentence"]
    assert nl["overview"] == (
        "Van 2024-01-01 naar 2026-01-01: organisaties 46 -> 44 (0 nieuw, 2 verdwenen); "
        "personen 74 -> 74 (5 nieuw, 5 verdwenen); overleggen 32 -> 32 (1 nieuw, 1 verdwenen); "
        "deelnames 221 -> 225 (22 nieuw, 18 beëindigd)."
    )
    assert en["overview"].startswith("From 2024-01-01 to 2026-01-01: organisations 46 -> 44 (0 new, 2 gone)")
    assert (
        "15 van zijn 28 paren van organisaties zitten nog samen in een ander overleg; 13 verbindingen gaan verloren"
    ) in nl["bodies"].iat[1]
    assert "p053 (K. Jonker; rvdk) nam het over van p052 (I. Vermeulen) bij 2 overleggen" in nl["persons"].iat[2]
    assert nl["connectors"].startswith(
        "Verbinders met een andere hoofdrol: gemeente-veldstad (schakel -> grenswachter)"
    )
    assert len(nl) == len(en)


def test_layers_sentences_in_both_languages(land):
    regime = pn.layers(land, by="regime")
    nl = findings(regime, land, "nl")["sentence"].tolist()
    assert nl[1].startswith("20 organisaties zitten aan CT- en aan criminaliteitsoverleggen (Jaccard 0,49")
    assert nl[-1].startswith(
        "Criminaliteitsnetwerk (39 organisaties bij criminaliteits- of gedeelde overleggen): "
        "verbonden door elk overleg F 0, DF 0,301"
    )
    ties = findings(pn.layers(land, by="tie_kind"), land, "nl")["sentence"].tolist()
    assert "Van de 17 organisaties met informatierelaties zitten er 15 ook aan een overlegtafel." in ties
    assert len(findings(regime, land, "en")) == len(nl)


# -- the words themselves -------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


#: Texts whose Dutch needs other words than the English (a plural where English has a singular and so on).
OWN_PLACEHOLDERS = {"frag.head", "kp.effect", "kp.effect_one", "connectors.without-connector"}


def test_every_cli_text_exists_in_both_languages_with_the_same_placeholders():
    for key, (nl, en) in cli_words.TEXTS.items():
        assert nl.strip() and en.strip(), key
        assert _fields(nl) == _fields(en) or key in OWN_PLACEHOLDERS, key


def test_every_cli_text_key_the_cli_uses_exists():
    from partnernet.language.tables import title_keys

    used = set()
    for path in (PACKAGE / "cli").glob("*.py"):
        used |= set(re.findall(r'say\("([a-z_.+-]+)"', path.read_text(encoding="utf-8")))
    used |= title_keys()  # tables' titles, said through title_of (language/tables.py)
    assert len(used) > 60
    assert sorted(used - set(cli_words.TEXTS)) == []


#: Files whose printed lines are not sentences for users (none: the map command prints its summary and
#: notices through the language too, issue 14).
ALLOWED: set[str] = set()
PRINTERS = {"echo", "secho", "print", "emit", "_section", "_lines"}


def _texts(node: ast.AST):
    """The constant text of every str literal and f-string (its fixed parts) in ``node``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                yield from _texts(value.value)
    else:
        for child in ast.iter_child_nodes(node):
            yield from _texts(child)


def _sentences_printed(source: str, name: str) -> list[str]:
    found = []
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        called = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        if called not in PRINTERS:
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            for text in _texts(arg):
                if len([w for w in text.split() if re.search("[A-Za-z]{2,}", w)]) >= 3:
                    found.append(f"{name}:{call.lineno}: {text!r}")
    return found


def test_no_sentence_is_printed_from_cli_or_analysis_code():
    files = [
        p
        for folder in ("cli", "analysis")
        for p in (PACKAGE / folder).glob("*.py")
        if str(p.relative_to(PACKAGE)) not in ALLOWED
    ]
    assert len(files) > 30
    found = [s for p in files for s in _sentences_printed(p.read_text(encoding="utf-8"), p.name)]
    assert found == []


#: analysis/ modules another helper is changing (issue 14's report work); the lead adds them after the merge.
NOT_SCANNED = {"connectors.py"}


def _sentences_in_results(source: str, name: str, codes: str) -> list[str]:
    """Text of three words or more in analysis code that is no docstring and no code the language layer puts
    into words (``codes``: the text of partnernet/language/): a note or sentence an analysis would hand to
    users. (Errors are keys too: :func:`_sentences_raised` checks them everywhere.)"""
    tree = ast.parse(source)
    skip = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings, also of attributes
        elif isinstance(node, ast.Call) and body is None:
            called = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if called.endswith(("Warning", "warn")):
                skip.update(id(n) for n in ast.walk(node))
        elif isinstance(node, ast.JoinedStr):
            skip.update(id(n) for n in node.values)  # read with the f-string
    found = []
    for node in ast.walk(tree):
        if id(node) in skip or not isinstance(node, (ast.Constant, ast.JoinedStr)):
            continue
        for text in _texts(node):
            words_ = [w for w in text.split() if re.search("[A-Za-z]{2,}", w)]
            if len(words_) >= 3 and text.strip() not in codes:
                found.append(f"{name}:{node.lineno}: {text!r}")
    return found


def test_analyses_attach_no_sentences_to_their_results():
    """Notes, reasons and captions are data (a Note's key and values); the words live in partnernet/language."""
    codes = "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "language").glob("*.py"))
    files = [p for p in (PACKAGE / "analysis").glob("*.py") if p.name not in NOT_SCANNED]
    assert len(files) > 25
    found = [s for p in files for s in _sentences_in_results(p.read_text(encoding="utf-8"), p.name, codes)]
    assert found == []


def test_the_result_scan_finds_a_note_and_an_error_but_not_a_code():
    source = (
        'x = {"note": f"Betweenness estimated from {n} sampled nodes"}\n'
        'raise UsageError(f"unknown id {n}; use one of the ids")\n'
        'status = "cut_off_from_the_main_network"\n'
    )
    assert _sentences_in_results(source, "x.py", '"cut_off_from_the_main_network"') == [
        "x.py:1: 'Betweenness estimated from  sampled nodes'",
        "x.py:2: 'unknown id ; use one of the ids'",
    ]


def test_every_note_exists_in_both_languages_with_the_same_placeholders():
    from string import Formatter

    from partnernet.language import notes

    for table in (notes.TEXTS, notes.NOTEBOOK):
        for key, (dutch, english) in table.items():
            fields = [{f for _, f, _, _ in Formatter().parse(text) if f} for text in (dutch, english)]
            assert fields[0] == fields[1] and dutch != english or key == "exact", key


def test_an_estimate_note_follows_the_command_language():
    from partnernet.analysis.results import Note
    from partnernet.language.notes import say as said

    estimated = (
        Note.of("centrality.sampled", sample=(150, 600, 0), error=0.05, top=10),
        Note.of("exact", option="exact=True"),
    )
    assert said(estimated, "en") == (
        "Betweenness and closeness estimated from shortest paths of 150 of 600 sampled "
        "nodes (seed 0); standard error about 5% of the 10 highest betweenness values. "
        "Exact values: exact=True (slower)."
    )
    assert said(estimated, "nl").startswith("Tussenpositie en nabijheid geschat uit kortste paden van 150 van 600 ")


def test_the_scan_finds_a_sentence():
    assert _sentences_printed('click.echo(f"Nothing to see {n} here")', "x.py") == ["x.py:1: 'Nothing to see  here'"]
    assert _sentences_printed('emit(frame, "table", "Bodies per kind")', "x.py") == ["x.py:1: 'Bodies per kind'"]
    assert _sentences_printed('click.echo(say("compare.head", a=a))', "x.py") == []


def test_every_output_refuses_an_unknown_language_alike(tmp_path, english):
    """One language check (issue 14): the intake workbook raised a TypeError for lang='de' before."""
    for make in (lambda: pn.template(tmp_path / "x.xlsx", lang="de"), lambda: language.get("de")):
        with pytest.raises(pn.UsageError, match="unknown language 'de'; use nl"):
            make()
    refused = CliRunner().invoke(cli, ["overload", str(EXAMPLE), "--lang", "de"])
    assert refused.exit_code == 2 and "unknown language 'de' in the option --lang; use nl" in refused.output


# -- error messages and help texts: keys, the words in partnernet/language ---------------------------------

#: Exceptions whose text is Python's own protocol for programmers, never met by a user of a command
#: or the API with a correct call (``module has no attribute``, an impossible branch).
PROTOCOL_ERRORS = {"AttributeError", "AssertionError", "NotImplementedError"}
#: Calls that make a message for users: errors, problems, click's usage errors.
MESSAGE_MAKERS = {
    "UsageError",
    "InputError",
    "Problem",
    "of",
    "BadParameter",
    "ClickException",
    "ValueError",
    "TypeError",
    "KeyError",
    "RuntimeError",
    "OSError",
}


def _is_sentence(text: str) -> bool:
    return len([w for w in text.split() if re.search("[A-Za-z]{2,}", w)]) >= 3


def _sentences_raised(source: str, name: str) -> list[str]:
    """A sentence in a ``raise``, in a call that makes an error or problem (also outside a raise), in a
    ``help=`` or in the docstring of a command function (click's help): all of them belong in
    partnernet/language (errors.py, problems.py, usage.py, help.py)."""
    found = {}
    for node in ast.walk(ast.parse(source)):
        texts: list = []
        if isinstance(node, ast.Raise) and node.exc is not None:
            target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if getattr(target, "id", getattr(target, "attr", "")) not in PROTOCOL_ERRORS:
                texts = [node.exc]
        elif isinstance(node, ast.Call):
            called = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if called in MESSAGE_MAKERS:
                texts = [*node.args, *(k.value for k in node.keywords)]
            texts += [k.value for k in node.keywords if k.arg == "help"]
        elif isinstance(node, ast.FunctionDef) and any(
            "command" in ast.unparse(d) or "group" in ast.unparse(d) for d in node.decorator_list
        ):
            docstring = ast.get_docstring(node)
            texts = [ast.Constant(docstring)] if docstring else []
        for part in texts:
            for text in _texts(part):
                if _is_sentence(text):
                    found[(getattr(node, "lineno", 0), text)] = f"{name}:{getattr(node, 'lineno', 0)}: {text!r}"
    return [found[key] for key in sorted(found)]


def test_no_sentence_in_a_raise_a_help_or_a_command_docstring_outside_language():
    files = [p for p in PACKAGE.rglob("*.py") if "language" not in p.relative_to(PACKAGE).parts]
    assert len(files) > 80
    found = [s for p in files for s in _sentences_raised(p.read_text(encoding="utf-8"), str(p.relative_to(PACKAGE)))]
    assert found == []


def test_the_error_scan_finds_a_sentence_in_a_raise_a_help_and_a_docstring():
    source = (
        'raise UsageError(f"unknown id {n}; use one of the ids")\n'
        'problem = Problem(ERROR, "code", "the file is empty.")\n'
        'option = click.option("--top", help="Show the first N rows.")\n'
        '@cli.command()\ndef run():\n    """Write the report for the steering group."""\n'
        'raise UsageError("unknown_id", value=n)\n'
        'raise AttributeError(f"module {name!r} has no attribute {key!r}")\n'
        'option = click.option("--at", help="at.register")\n'
    )
    assert [line.split(":")[1] for line in _sentences_raised(source, "x.py")] == ["1", "2", "3", "5"]


def _catalogue_keys_used(source: str) -> set[str]:
    """Message keys given as literals: ``UsageError("key")``, ``Problem.of(severity, "code", key="key")``,
    ``message("key")``, ``say_error("key")``."""
    used = set()
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        called = getattr(call.func, "id", getattr(call.func, "attr", ""))
        given = {k.arg: k.value for k in call.keywords}
        if called == "UsageError" and call.args and "text" not in given:
            candidates = [call.args[0]]
        elif called == "of" and getattr(call.func.value, "id", "") == "Problem":
            candidates = [given.get("key", call.args[1] if len(call.args) > 1 else None)]
        elif called == "message":
            candidates = call.args[:1]
        else:
            continue
        used |= {c.value for c in candidates if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return used


def test_every_message_key_the_code_uses_exists_in_both_languages():
    from partnernet.language.errors import catalogue

    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= _catalogue_keys_used(path.read_text(encoding="utf-8"))
    assert len(used) > 120
    for lang in ("nl", "en"):
        assert sorted(used - set(catalogue(lang))) == [], lang


def test_every_message_and_help_text_exists_in_both_languages_with_the_same_placeholders():
    from partnernet.language import errors, help as help_words, problems, usage

    for module in (errors, problems, usage, help_words):
        assert set(module.NL) == set(module.EN), module.__name__
        for key, dutch in module.NL.items():
            english = module.EN[key]
            assert dutch.strip() and english.strip() or key == "unit.", key
            assert _fields(dutch) == _fields(english), key
    merged = [*errors.NL, *problems.NL, *usage.NL]
    assert len(merged) == len(set(merged)), "a key in two message modules"
