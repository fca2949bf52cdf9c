"""Intake outputs never replace what exists (a register, returned forms, a filled workbook) without
--force, never write into an input, and appear whole or not at all (issue 18, tester's findings)."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.errors import UsageError
from partnernet.intake import forms as forms_module

from conftest import DATA, EXAMPLE

FORMS = DATA / "enquete-voorbeeld"


def run(*arguments):
    return CliRunner().invoke(cli, [str(a) for a in arguments])


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_collect_refuses_a_folder_that_holds_a_landscape_or_other_files(tmp_path):
    register = tmp_path / "register"
    shutil.copytree(EXAMPLE, register)
    before = snapshot(register)
    result = run("survey", "collect", FORMS, "-o", register)
    assert result.exit_code == 2 and f"de map {register} is niet leeg" in result.output and "--force" in result.output
    assert snapshot(register) == before
    other = tmp_path / "notities"
    other.mkdir()
    (other / "lees-mij.txt").write_text("x", encoding="utf-8")
    result = run("survey", "collect", FORMS, "-o", other, "--lang", "en")
    assert result.exit_code == 2 and f"the folder {other} is not empty (lees-mij.txt)" in result.output
    result = run("survey", "collect", FORMS, "-o", other, "--force", "--lang", "en")  # --force never deletes others
    assert result.exit_code == 2 and "other files than partnernet's own (lees-mij.txt)" in result.output
    assert (other / "lees-mij.txt").read_text(encoding="utf-8") == "x"


def test_collect_never_writes_into_the_register_even_with_force(tmp_path, english):
    register = tmp_path / "register"
    shutil.copytree(EXAMPLE, register)
    before = snapshot(register)
    result = run("survey", "collect", FORMS, "-o", register, "--register", register, "--force")
    assert result.exit_code == 2 and "refusing to write" in result.output
    result = run("survey", "collect", FORMS, "-o", register, "--force", "--lang", "en")
    assert result.exit_code == 2
    assert f"{register} holds the landscape these forms were made from; it is never overwritten" in result.output
    assert snapshot(register) == before
    earlier = tmp_path / "eerder"  # an earlier collected landscape may be replaced with --force
    assert run("survey", "collect", FORMS, "-o", earlier).exit_code == 0
    assert run("survey", "collect", FORMS, "-o", earlier, "--force").exit_code == 0


def test_survey_make_refuses_a_folder_with_returned_forms(tmp_path):
    folder = tmp_path / "formulieren"
    folder.mkdir()
    filled = folder / "gemeente-lindeloo.xlsx"
    shutil.copy(FORMS / "gemeente-lindeloo.xlsx", filled)
    before = filled.read_bytes()
    result = run("survey", "make", EXAMPLE, "-o", folder, "--at", "2026-01-01")
    assert result.exit_code == 2 and f"de map {folder} is niet leeg (gemeente-lindeloo.xlsx)" in result.output
    assert filled.read_bytes() == before and len(list(folder.iterdir())) == 1
    (folder / "gemeente-lindeloo.xlsx").unlink()
    (folder / "lijst.txt").write_text("geen formulier", encoding="utf-8")
    result = run("survey", "make", EXAMPLE, "-o", folder, "--at", "2026-01-01")  # the folder is replaced whole,
    assert result.exit_code == 2 and "lijst.txt" in result.output  # so a file of the user's is never deleted
    assert (folder / "lijst.txt").read_text(encoding="utf-8") == "geen formulier"
    (folder / "lijst.txt").unlink()
    assert run("survey", "make", EXAMPLE, "-o", folder, "--at", "2026-01-01").exit_code == 0
    assert len(list(folder.glob("*.xlsx"))) == 46
    assert run("survey", "make", EXAMPLE, "-o", folder, "--at", "2026-01-01", "--force").exit_code == 0


def test_template_refuses_an_existing_workbook_and_another_suffix(tmp_path):
    filled = tmp_path / "register.xlsx"
    pn.template(filled, source=EXAMPLE)
    before = filled.read_bytes()
    result = run("template", "-o", filled)
    assert result.exit_code == 2 and f"{filled} bestaat al" in result.output and "--force" in result.output
    assert filled.read_bytes() == before
    assert run("template", "-o", filled, "--force").exit_code == 0 and filled.read_bytes() != before
    result = run("template", "-o", tmp_path / "q.csv", "--lang", "en")
    assert result.exit_code == 2 and "q.csv: the workbook must end in .xlsx." in result.output
    assert not (tmp_path / "q.csv").exists()
    with pytest.raises(UsageError):
        pn.template(filled)


def long_id_landscape(tmp_path):
    folder = tmp_path / "lang"
    shutil.copytree(DATA.parent / "tests" / "fixtures" / "mini", folder)
    long = "o" * 300
    for name in ("organisations", "memberships", "ties", "persons", "covenants"):
        path = folder / f"{name}.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("ggz", long), encoding="utf-8")
    return folder, long


def test_a_very_long_organisation_id_gets_a_short_file_name(tmp_path):
    folder, long = long_id_landscape(tmp_path)
    result = run("survey", "make", folder, "-o", tmp_path / "f", "--at", "all")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "f").iterdir())
    assert len(names) == 5 and all(len(n.encode()) <= 120 for n in names)
    cut = [n for n in names if n.startswith("ooo")]
    assert len(cut) == 1 and len(cut[0]) == 100 + len(".xlsx") and cut[0][-14:-5].startswith("-")
    survey = pn.collect_survey(tmp_path / "f")
    assert long in survey.responses.index and survey.responses.at[long, "file"] == cut[0]


def test_a_failure_while_making_forms_leaves_no_folder(tmp_path, monkeypatch):
    made = []
    real = forms_module.workbook_bytes

    def failing(workbook):
        if len(made) == 3:
            raise OSError(28, "No space left on device")
        made.append(1)
        return real(workbook)

    monkeypatch.setattr(forms_module, "workbook_bytes", failing)
    with pytest.raises(OSError):
        pn.survey_forms(pn.load(EXAMPLE).at("2026-01-01"), tmp_path / "f")
    assert list(tmp_path.iterdir()) == []


def test_lock_files_given_by_a_glob_are_skipped_with_a_note(tmp_path):
    forms = tmp_path / "terug"
    shutil.copytree(FORMS, forms)
    shutil.copy(forms / "om-parket.xlsx", forms / "~$om-parket.xlsx")
    paths = sorted(forms.glob("*.xlsx"))
    result = run("survey", "collect", *paths, "-o", tmp_path / "uit")
    assert result.exit_code == 0, result.output
    assert (
        f"Overgeslagen (een vergrendelbestand van Excel of LibreOffice, geen formulier): {forms / '~$om-parket.xlsx'}"
        in result.stderr
    )
    survey = pn.collect_survey(paths)
    assert [p.name for p in survey.skipped] == ["~$om-parket.xlsx"]
