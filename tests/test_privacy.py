"""Pseudonymisation: no person name, id or free text survives, the structure does, keys are secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.privacy import KEY_VARIABLE

from conftest import EXAMPLE, FIXTURES

LEAK = FIXTURES / "cases" / "pseudo-leak"
#: The warnings' and errors' English wording (tests/test_error_words.py checks both languages and the codes).
pytestmark = pytest.mark.usefixtures("english")
#: Everything in the pseudo-leak case that names or reaches a person.
SECRETS = (
    "jan.jansen",
    "piet.pietersen",
    "klaas.vaak",
    "Jansen",
    "Pietersen",
    "Vaak",
    "politie.example",
    "ggz.example",
    "06-12345678",
    "Secretary to",
    "dup row",
)


def leaks(text: str) -> list[str]:
    """The secrets found as whole words (an embedded script may hold any letters)."""
    return [s for s in SECRETS if re.search(rf"(?<![A-Za-z0-9+/]){re.escape(s)}(?![A-Za-z0-9+/])", text)]


def test_pseudonyms_replace_ids_and_names():
    land = pn.load(FIXTURES / "mini")
    safe = pn.pseudonymise(land)
    assert safe.persons["name"].isna().all() and safe.persons["function"].isna().all()
    assert all(p.startswith("P-") and len(p) == 10 for p in safe.persons.index)
    assert not set(land.persons.index) & set(safe.memberships["member"])
    assert not set(land.persons.index) & (set(safe.ties["source"]) | set(safe.ties["target"]))
    assert safe.memberships["organisation"].tolist() == land.memberships["organisation"].tolist()
    assert safe.graph("persons").number_of_edges() == land.graph("persons").number_of_edges()


def test_pseudonyms_are_random_unless_keyed(monkeypatch):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    land = pn.load(FIXTURES / "mini")
    ids = lambda **kw: pn.pseudonymise(land, **kw).persons.index.tolist()  # noqa: E731
    assert ids() != ids()
    assert ids(key="geheim") == ids(key="geheim") != ids(key="ander")
    monkeypatch.setenv(KEY_VARIABLE, "geheim")
    assert ids() == ids(key="geheim")


def test_the_public_default_key_is_gone(monkeypatch):
    """pseudo-default-key: pseudonyms were HMAC(b'partnernet', id), recomputable by anyone."""
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    public = {
        "P-" + hmac.new(b"partnernet", i.encode(), hashlib.sha256).hexdigest()[:8]
        for i in ("jan.jansen", "piet.pietersen", "klaas.vaak")
    }
    runs = [
        CliRunner().invoke(
            cli, ["overload", str(LEAK), "--at", "all", "--level", "persons", "--pseudonymise", "--format", "csv"]
        )
        for _ in range(2)
    ]
    shown = [{line.split(",")[0] for line in r.stdout.splitlines()[1:]} for r in runs]
    assert all(r.exit_code == 0 for r in runs)
    assert len(shown[0]) == 3 and not shown[0] & public and shown[0] != shown[1]
    keyed = [
        CliRunner()
        .invoke(
            cli,
            [
                "overload",
                str(LEAK),
                "--at",
                "all",
                "--level",
                "persons",
                "--pseudonym-key",
                "s3cret",
                "--format",
                "csv",
            ],
        )
        .stdout
        for _ in range(2)
    ]
    assert keyed[0] == keyed[1] and "P-" in keyed[0]
    by_env = CliRunner(env={KEY_VARIABLE: "s3cret"}).invoke(
        cli, ["overload", str(LEAK), "--at", "all", "--level", "persons", "--pseudonymise", "--format", "csv"]
    )
    assert by_env.stdout == keyed[0]


def test_every_command_can_pseudonymise():
    result = CliRunner().invoke(
        cli, ["overload", str(EXAMPLE), "--at", "2026-01-01", "--level", "persons", "--pseudonymise", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "Hoekstra" not in result.output and "p018" not in result.output
    assert result.output.splitlines()[1].startswith("P-")


@pytest.mark.parametrize("suffix", [".md", ".html", ".xlsx"])
def test_pseudo_leak_report_shows_no_person(tmp_path, suffix):
    """pseudo-leak: warnings, free text (function) and extra columns held names and ids."""
    out = tmp_path / f"p{suffix}"
    result = CliRunner().invoke(
        cli, ["report", str(LEAK), "--pseudonymise", "-o", str(out), "--at", "all", "--lang", "nl"]
    )
    assert result.exit_code == 0, result.output
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    for path in written:
        text = path.read_text(encoding="utf-8") if path.suffix != ".xlsx" else _xlsx_text(path)
        assert leaks(text) == [], path
    if suffix == ".md":
        text = out.read_text(encoding="utf-8")
        assert "P-" in text and "email (persons), note (memberships)" in text and "pseudoniem" in text


def _xlsx_text(path) -> str:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None)


@pytest.mark.parametrize("name", ["out.json", "out.xlsx", "out.graphml", "out.gexf", "folder"])
def test_pseudo_leak_convert_drops_free_text(tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["convert", str(LEAK), "--pseudonymise", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "left out: their names and functions, and the columns email (persons), note (memberships)" in result.output
    files = [out] if out.is_file() else sorted(out.iterdir())
    for path in files:
        text = _xlsx_text(path) if path.suffix == ".xlsx" else path.read_text(encoding="utf-8")
        assert leaks(text) == [], path
    back = pn.load(out)
    assert back.persons.index.str.startswith("P-").all() and len(back.persons) == 3
    assert "email" not in back.persons.columns and "note" not in back.memberships.columns


def test_pseudo_leak_notebook_view_and_warnings():
    safe = pn.pseudonymise(pn.load(LEAK))
    assert leaks(safe._repr_html_()) == [] and leaks(repr(safe)) == []
    messages = "\n".join(str(p) for p in safe.warnings)
    assert leaks(messages) == []
    merged = next(str(p) for p in safe.warnings if p.code == "duplicate_membership")
    assert f"('{safe.memberships['member'].iat[0]}' at 'body-x')" in merged  # the pseudonym, not the id


def test_errors_under_pseudonymise_name_no_one(tmp_path):
    """Error messages ("did you mean 'jan.jansen'?") must not show a person under --pseudonymise."""
    folder = tmp_path / "typo"
    folder.mkdir()
    for path in LEAK.iterdir():
        (folder / path.name).write_text(
            path.read_text(encoding="utf-8").replace("klaas.vaak,body-y", "jan.jansn,body-y"), encoding="utf-8"
        )
    plain = CliRunner().invoke(cli, ["overload", str(folder), "--at", "all"])
    assert plain.exit_code == 2 and "did you mean 'jan.jansen'" in plain.output
    hidden = CliRunner().invoke(cli, ["overload", str(folder), "--at", "all", "--pseudonymise"])
    assert hidden.exit_code == 2 and "memberships.csv, row 5, column 'member'" in hidden.output
    assert "jan.jans" not in hidden.output and "did you mean '…'" in hidden.output


def test_pseudo_edgelist_members_are_persons():
    """pseudo-edgelist: a 'persoon;overleg' list read its persons as organisations, names in every output."""
    path = FIXTURES / "cases" / "pseudo-edgelist" / "leden.csv"
    land = pn.load(path)
    assert sorted(land.persons.index) == ["Jan Jansen", "Klaas Vaak", "Piet Pietersen"]
    assert land.organisations.index.tolist() == ["organisation-unknown"]
    assert (land.memberships["member_kind"] == "person").all()
    for level in ("organisations", "persons"):
        result = CliRunner().invoke(cli, ["overload", str(path), "--pseudonymise", "--format", "csv", "--level", level])
        assert result.exit_code == 0, result.output
        assert not any(n in result.output for n in ("Jan", "Piet", "Klaas"))
    persons = (
        CliRunner()
        .invoke(cli, ["overload", str(path), "--pseudonymise", "--format", "json", "--level", "persons"])
        .stdout
    )
    assert sorted(r["bodies"] for r in json.loads(persons)) == [1, 2, 2]


def test_person_edge_list_with_organisations(tmp_path):
    path = tmp_path / "leden.csv"
    path.write_text("persoon;overleg;organisatie\nJan;T1;gem\nPiet;T1;pol\nJan;T2;gem\nKlaas;T2;pol\n")
    land = pn.load(path)
    assert land.persons["organisation"].to_dict() == {"Jan": "gem", "Piet": "pol", "Klaas": "pol"}
    assert sorted(land.organisations.index) == ["gem", "pol"] and land.warnings == []


def _free_text_vocabulary(root):
    """The mini fixture with free text (a person's name) in every kind of vocabulary column."""
    import shutil

    folder = root / "vocab"
    shutil.copytree(FIXTURES / "mini", folder)
    for name, column in (
        ("memberships", "role"),
        ("memberships", "type"),
        ("ties", "kind"),
        ("bodies", "kind"),
        ("organisations", "domain"),
        ("bodies", "level"),
    ):
        path = folder / f"{name}.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        header = lines[0].split(",")
        if column not in header:
            continue
        cells = lines[1].split(",")
        cells[header.index(column)] = f"klaas-vaak-{column}"
        lines[1] = ",".join(cells)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["out.json", "out.xlsx", "outdir"])
def test_free_text_in_vocabulary_columns_is_masked(tmp_path, name):
    folder = _free_text_vocabulary(tmp_path)
    plain = pn.load(folder)
    assert "klaas-vaak-role" in set(plain.memberships["role"])  # kept as written without pseudonymisation
    result = CliRunner().invoke(
        cli, ["convert", str(folder), "--pseudonymise", "--at", "all", "-o", str(tmp_path / name)]
    )
    assert result.exit_code == 0, result.output
    target = tmp_path / name
    text = (
        _xlsx_text(target)
        if name.endswith("xlsx")
        else target.read_text(encoding="utf-8")
        if target.is_file()
        else "".join(p.read_text(encoding="utf-8") for p in target.iterdir())
    )
    assert "klaas" not in text.lower()
    assert "shown as 'other'" in result.output and "role (memberships)" in result.output
    assert str(tmp_path) not in text  # the absolute input path is not shown either
    safe = pn.pseudonymise(plain)
    assert (safe.memberships["role"] == "other").sum() == 1
    assert "klaas" not in repr(safe) and str(tmp_path) not in safe._repr_html_()


def test_report_appendix_shows_only_the_folder_name(tmp_path):
    folder = _free_text_vocabulary(tmp_path)
    out = tmp_path / "r.md"
    result = CliRunner().invoke(cli, ["report", str(folder), "--pseudonymise", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "vocab" in text and "klaas" not in text.lower()


@pytest.mark.parametrize(
    ("lang", "notice", "mark"),
    [
        ("en", "Pseudonymised: in --metrics files only numeric columns are kept", "mark 1"),
        ("nl", "Gepseudonimiseerd: uit --metrics-bestanden blijven alleen de numerieke kolommen over", "markering 1"),
    ],
)
def test_viz_metrics_and_marks_are_pseudonymised(tmp_path, lang, notice, mark):
    land = pn.load(FIXTURES / "mini")
    person = land.persons.index[0]
    organisation = land.organisations.index[0]
    metrics = tmp_path / "m.csv"
    metrics.write_text(
        f"id,contact,score\n{organisation},Jan Jansen 06-12345678,3\n{person},Vaak notes,5\n", encoding="utf-8"
    )
    marks = tmp_path / "mark.csv"
    marks.write_text(f"id\n{person}\n{organisation}\n", encoding="utf-8")
    out = tmp_path / "v.html"
    result = CliRunner().invoke(
        cli,
        [
            "viz",
            str(FIXTURES / "mini"),
            "--pseudonymise",
            "--pseudonym-key",
            "k",
            "--metrics",
            str(metrics),
            "--mark",
            f"Jansen friends={marks}",
            "--size-by",
            "score",
            "-o",
            str(out),
            "--lang",
            lang,
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(notice) and f"'{mark}'" in result.stderr.splitlines()[0]
    assert result.stderr.splitlines()[1].startswith("geschreven: " if lang == "nl" else "wrote ")
    page = out.read_text(encoding="utf-8")
    assert not leaks(page) and "Jansen friends" not in page and "06-12345678" not in page
    assert f'"{person}"' not in page and mark in page
    alias = pn.pseudonymise(land, key="k").persons.index[0]
    assert page.count(alias) > pn.pseudonymise(land, key="k").persons.index.size - 1  # the person is marked


@pytest.mark.parametrize(
    "args",
    [
        ["whatif", "{mini}", "--remove", "jan.jansen"],
        ["viz", "{mini}", "--around", "jan.jansen", "-o", "{tmp}/v.html"],
        ["connectors", "{mini}", "--expected-hub", "jan.jansen"],
        ["report", "{mini}", "--expected-hub", "jan.jansen", "-o", "{tmp}/r.md"],
    ],
)
def test_errors_repeating_typed_ids_are_redacted(tmp_path, args):
    args = [a.replace("{mini}", str(FIXTURES / "mini")).replace("{tmp}", str(tmp_path)) for a in args]
    plain = CliRunner().invoke(cli, args)
    assert plain.exit_code == 2 and "jan.jansen" in plain.output  # without pseudonymisation: said as typed
    result = CliRunner().invoke(cli, args + ["--pseudonymise"])
    assert result.exit_code == 2, result.output
    assert "jan.jansen" not in result.output and "'…'" in result.output


def test_validate_can_pseudonymise(tmp_path):
    folder = _free_text_vocabulary(tmp_path)
    plain = CliRunner().invoke(cli, ["validate", str(folder)])
    assert "klaas-vaak-role" in plain.output
    result = CliRunner().invoke(cli, ["validate", str(folder), "--pseudonymise"])
    assert result.exit_code == 0, result.output
    assert "klaas" not in result.output.lower() and "unknown role '…'" in result.output
    note = CliRunner().invoke(cli, ["summary", str(folder), "--pseudonymise", "--lang", "en"])
    assert f"'partnernet validate {folder} --pseudonymise' lists them" in note.output
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURES / "mini", broken)
    with open(broken / "memberships.csv", "a", encoding="utf-8") as handle:
        handle.write("jan.jansen,casus,member,core,1,,\n")
    result = CliRunner().invoke(cli, ["validate", str(broken), "--pseudonymise", "--format", "json"])
    assert result.exit_code == 2 and "jan.jansen" not in result.output and "…" in result.output


@pytest.mark.parametrize("header", ["naam;overleg", "lid;overleg", "member;body", "deelnemer;overleg"])
def test_edge_list_members_read_as_organisations_are_flagged(tmp_path, header):
    path = tmp_path / "e.csv"
    path.write_text(f"{header}\njan.jansen;ov1\npiet;ov1\nklaas;ov2\npiet;ov2\n", encoding="utf-8")
    plain = pn.load(path)
    assert not any(p.code == "members_as_organisations" for p in plain.warnings)  # meaning unchanged
    safe = pn.pseudonymise(plain)
    flagged = [p for p in safe.warnings if p.code == "members_as_organisations"]
    assert len(flagged) == 1 and "'persoon'" in flagged[0].fix and flagged[0].file == "e.csv"
    persons = tmp_path / "p.csv"
    persons.write_text("persoon;overleg\njan.jansen;ov1\npiet;ov1\n", encoding="utf-8")
    assert not any(p.code == "members_as_organisations" for p in pn.pseudonymise(pn.load(persons)).warnings)


def test_the_key_variable_alone_does_not_pseudonymise(monkeypatch):
    monkeypatch.setenv(KEY_VARIABLE, "geheim")
    plain = CliRunner().invoke(cli, ["centrality", str(FIXTURES / "mini"), "--format", "csv", "--level", "persons"])
    assert plain.exit_code == 0, plain.output
    assert "p1" in plain.output and "P-" not in plain.output
    safe = CliRunner().invoke(
        cli, ["centrality", str(FIXTURES / "mini"), "--format", "csv", "--level", "persons", "--pseudonymise"]
    )
    land = pn.pseudonymise(pn.load(FIXTURES / "mini"), key="geheim")
    assert land.persons.index[0] in safe.output and "p1," not in safe.output


@pytest.mark.parametrize("key", ["", "   ", b"", b" \t"])
def test_an_empty_key_is_refused_not_used(key, monkeypatch):
    """Fresh tester (issue 14): ``--pseudonym-key ''`` gave the same pseudonyms on every run, HMAC with an
    empty key, which anyone with the person ids can make again."""
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    land = pn.load(FIXTURES / "mini")
    with pytest.raises(pn.UsageError, match="^key= is empty") as raised:
        pn.pseudonymise(land, key=key)
    assert raised.value.code == "empty_pseudonym_key"
    if isinstance(key, str):
        result = CliRunner().invoke(cli, ["centrality", str(EXAMPLE), "--level", "persons", "--pseudonym-key", key])
        assert result.exit_code == 2 and "Error: --pseudonym-key is empty" in result.output
        assert "Traceback" not in result.output


def test_an_empty_key_variable_means_random_and_a_blank_one_is_refused(monkeypatch):
    land = pn.load(FIXTURES / "mini")
    monkeypatch.setenv(KEY_VARIABLE, "")  # VAR= in a shell: no key, random pseudonyms
    first, second = pn.pseudonymise(land), pn.pseudonymise(land)
    assert list(first.persons.index) != list(second.persons.index)
    monkeypatch.setenv(KEY_VARIABLE, "  ")
    with pytest.raises(pn.UsageError, match="^PARTNERNET_PSEUDONYM_KEY holds only blanks"):
        pn.pseudonymise(land)
    result = CliRunner().invoke(cli, ["validate", str(EXAMPLE), "--pseudonymise"])
    assert result.exit_code == 2 and "PARTNERNET_PSEUDONYM_KEY holds only blanks" in result.output
