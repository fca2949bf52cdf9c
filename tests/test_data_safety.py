"""Data safety (issue 13): outputs never touch the input and are never half-written; values in
range; spreadsheets as Excel shows them; bounded work. One test per case of shared/cases."""

from __future__ import annotations

import importlib
import resource
import shutil
import subprocess
import sys
import zipfile

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import cli
from partnernet.errors import InputError, UsageError
from partnernet.io import xlsx

from conftest import EXAMPLE, FIXTURES

CASES = FIXTURES / "cases"
BASE = CASES / "base"
#: The errors' English wording (tests/test_error_words.py checks both languages and the codes).
pytestmark = pytest.mark.usefixtures("english")


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def snapshot(folder) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- 1. never lose the user's data -------------------------------------------


def test_report_overwrites_input_is_refused(tmp_path):
    """report-overwrites-input: the report replaced memberships.csv and land.xlsx, exit 0."""
    folder = tmp_path / "l"
    shutil.copytree(BASE, folder)
    before = snapshot(folder)
    result = run("report", folder, "-o", folder / "memberships.csv", "--at", "all")
    assert result.exit_code == 2
    assert f"refusing to write '{folder / 'memberships.csv'}': it is inside the input folder" in result.output
    assert snapshot(folder) == before
    workbook = tmp_path / "l.xlsx"
    assert run("convert", BASE, "-o", workbook).exit_code == 0
    data = workbook.read_bytes()
    result = run("report", workbook, "-o", workbook, "--at", "all")
    assert result.exit_code == 2 and "it is the input file" in result.output
    assert workbook.read_bytes() == data and run("validate", workbook).exit_code == 0


def test_the_map_next_to_a_report_is_checked_too(tmp_path):
    """The report is refused before anything is written when its map would land on the input."""
    pn.write(pn.load(BASE), tmp_path / "land.json")
    source = (tmp_path / "land.json").rename(tmp_path / "r-kaart.html")  # an input with the map's name
    land = pn.load(BASE)
    land.source = str(source)
    with pytest.raises(UsageError, match="it is the input file"):
        pn.report(land, tmp_path / "r.html", at="all", lang="nl")  # the Dutch map is r-kaart.html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r-kaart.html"]


def test_every_writer_refuses_the_input_folder_and_leaves_git_clean(tmp_path):
    """Done when: after every writing command with -o inside the input folder, git sees no change."""
    folder = tmp_path / "register"
    shutil.copytree(EXAMPLE, folder)
    git = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(git[:3] + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-qm", "register"], check=True)
    commands = [
        ["report", folder, "-o", folder / "r.html"],
        ["report", folder, "-o", folder / "r.md"],
        ["report", folder, "-o", folder / "r.xlsx"],
        ["report", folder, "-o", folder / "memberships.csv"],
        ["viz", folder, "-o", folder / "kaart.html"],
        ["viz", folder, "-o", folder / "bodies.csv"],
        ["centrality", folder, "-o", folder / "organisations.csv", "--format", "csv"],
        ["summary", folder, "-o", folder / "summary.json"],
    ]
    commands += [
        ["convert", folder, "-o", folder / name]
        for name in ("l.json", "l.xlsx", "l.graphml", "l.gexf", "sub", "organisations.csv")
    ]
    commands += [["convert", folder, "-o", folder], ["convert", folder, "-o", f"{folder}/../register"]]
    for command in commands:
        result = run(*command)
        assert result.exit_code == 2, (command, result.output)
        assert "refusing to write" in result.output or "cannot write '.csv' files" in result.output
    status = subprocess.run(
        git[:3] + ["status", "--porcelain", "--untracked-files=all"], capture_output=True, text=True, check=True
    )
    assert status.stdout == ""
    diff = subprocess.run(git[:3] + ["diff", "--stat"], capture_output=True, text=True, check=True)
    assert diff.stdout == ""


def test_api_writers_refuse_their_source(tmp_path):
    folder = tmp_path / "l"
    shutil.copytree(BASE, folder)
    land = pn.load(folder)
    for call in (
        lambda: pn.write(land, folder / "x.json"),
        lambda: pn.write(land, folder),
        lambda: pn.visualise(land, folder / "m.html"),
        lambda: pn.report(land, folder / "r.md"),
    ):
        with pytest.raises(UsageError, match="refusing to write"):
            call()
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in BASE.iterdir())


def test_half_written_report_keeps_the_old_one(tmp_path):
    """half-written-report: a write cut off by the file-size limit replaced a good report by 16 KB."""
    out = tmp_path / "r.html"
    assert run("report", BASE, "-o", out, "--at", "all", "--no-map").exit_code == 0
    good = out.read_bytes()
    assert len(good) > 16384

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from partnernet.cli import main; main()",
            "report",
            str(BASE),
            "-o",
            str(out),
            "--at",
            "all",
            "--no-map",
            "--lang",
            "en",
        ],
        preexec_fn=limit,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert f"cannot write '{out}': the file is larger than the file-size limit." in done.stderr
    assert out.read_bytes() == good and [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_write_replaces_an_existing_file_only_with_force(tmp_path):
    """pn.write has convert's rule (issue 14f): an existing target is refused, naming it and ``force=True``,
    unless ``force=True``; an input is refused even then."""
    land = pn.load(BASE)
    out = tmp_path / "l.json"
    out.write_text("edited")
    with pytest.raises(UsageError, match="force=True") as refused:
        pn.write(land, out)
    assert str(out) in str(refused.value) and out.read_text() == "edited"
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(UsageError, match="force=True"):
        pn.write(land, folder)
    assert pn.write(land, out, force=True) == out and pn.load(out).equals(land)
    copy = pn.write(land, tmp_path / "copy.json")
    with pytest.raises(UsageError, match="input"):
        pn.write(pn.load(copy), copy, force=True)
    assert pn.load(copy).equals(land)


def test_interrupted_write_leaves_no_trace(tmp_path, monkeypatch):
    out = tmp_path / "l.json"
    out.write_text("old")

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_text", broken)
    with pytest.raises(UsageError, match="the disk is full|de schijf is vol"):
        pn.write(pn.load(BASE), out, force=True)  # replacing a file takes force=True, as convert's --force
    monkeypatch.undo()
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["l.json"]


@pytest.mark.parametrize(
    "command, expected",
    [
        (["report", BASE, "-o", "{tmp}", "--at", "all"], "it is a folder"),
        (["report", BASE, "-o", "/proc/sys/x.html", "--at", "all"], "cannot write '/proc/sys/x.html'"),
        (["viz", BASE, "-o", "/dev/full"], "cannot write '/dev/full': the disk is full."),
        (["convert", BASE, "-o", "/proc/sys/x.json"], "cannot write '/proc/sys/x.json'"),
        (["convert", BASE, "-o", "{tmp}/a-file/x.json"], "cannot write"),
        (["viz", BASE, "-o", "{tmp}/missing/m.html"], "does not exist"),
    ],
)
def test_output_unwritable_is_exit_2(tmp_path, command, expected):
    """output-unwritable: a folder, an unwritable place or a full disk gave an internal error."""
    (tmp_path / "a-file").write_text("x")
    result = run(*[str(c).replace("{tmp}", str(tmp_path)) for c in command])
    assert result.exit_code == 2, result.output
    assert expected in result.output and "Internal error" not in result.output


def test_csv_folder_appears_whole_and_replaces_only_its_own_files(tmp_path):
    out = tmp_path / "out"
    assert run("convert", BASE, "-o", out).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        f"{t}.csv" for t in sorted(["bodies", "covenants", "memberships", "organisations", "persons", "ties"])
    ]
    (out / "persons.csv").write_text("stale")
    (out / "covenants.csv").unlink()
    assert run("convert", BASE, "-o", out).exit_code == 2  # a landscape may have been edited: --force
    assert run("convert", BASE, "-o", out, "--force").exit_code == 0  # only partnernet's tables: replaced whole
    assert pn.load(out).equals(pn.load(BASE)) and (out / "covenants.csv").is_file()
    (out / "notes.txt").write_text("mine")
    before = snapshot(out)
    result = run("convert", BASE, "-o", out, "--force")
    assert result.exit_code == 2 and "holds other files" in result.output and "notes.txt" in result.output
    assert snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_an_existing_folder_with_other_files_is_never_written_into(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "persons.csv").write_text("my own persons")
    (folder / "report.docx").write_text("x")
    before = snapshot(folder)
    result = run("convert", BASE, "-o", folder, "--force")
    assert result.exit_code == 2 and "report.docx" in result.output
    assert snapshot(folder) == before


def test_a_failed_folder_write_leaves_the_old_folder_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("convert", BASE, "-o", out).exit_code == 0
    before = snapshot(out)
    real = pn.output.Path.write_bytes
    calls = []

    def fail_third(self, data):
        calls.append(self)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(pn.output.Path, "write_bytes", fail_third)
    result = run("convert", EXAMPLE, "-o", out, "--force")
    assert result.exit_code == 2 and ("the disk is full" in result.output or "de schijf is vol" in result.output)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("command", [["convert", BASE], ["report", BASE], ["viz", BASE], ["intake", "template"]])
@pytest.mark.parametrize("name", ["", ".", "..", "/", "-"])
def test_no_name_is_not_an_output(tmp_path, monkeypatch, command, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keep.txt").write_text("x")
    result = run(*command, "-o", name)
    assert result.exit_code == 2, result.output
    assert "Internal error" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_xlsx_output_is_reproducible(tmp_path):
    land = pn.load(EXAMPLE)
    pn.write(land, tmp_path / "a.xlsx")
    pn.write(land, tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.properties.created == book.properties.modified == pd.Timestamp("2000-01-01")
    small = pn.load(BASE)
    pn.report(small, tmp_path / "r1.xlsx", at="all")
    pn.report(small, tmp_path / "r2.xlsx", at="all")
    assert (tmp_path / "r1.xlsx").read_bytes() == (tmp_path / "r2.xlsx").read_bytes()


# -- 3. values in range --------------------------------------------------------


def test_date_9999_is_an_open_end():
    """date-9999: an end of 9999-12-31 crashed every command."""
    land = pn.load(CASES / "date-9999")
    row = land.memberships[(land.memberships["member"] == "p1") & (land.memberships["body"] == "body-x")]
    assert row["start"].iat[0] == pd.Timestamp("2020-01-01") and pd.isna(row["end"].iat[0])
    warning = next(p for p in land.warnings if p.code == "open_end")
    assert (warning.row, warning.column) == (2, "end") and "is read as 'no end'" in warning.message
    assert run("overload", CASES / "date-9999", "--format", "csv").exit_code == 0


def set_first_row(folder, table: str, **cells) -> None:
    """Set cells of the first data row of ``folder``'s ``table``.csv (column=value)."""
    path = folder / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header, first = lines[0].split(","), lines[1].split(",")
    for column, value in cells.items():
        first[header.index(column)] = value
    path.write_text("\n".join([lines[0], ",".join(first), *lines[2:]]) + "\n", encoding="utf-8")


def test_a_bare_9999_end_is_an_open_end_not_an_excel_serial(tmp_path):
    folder = tmp_path / "l"
    shutil.copytree(FIXTURES / "mini", folder)
    set_first_row(folder, "memberships", end="9999")
    land = pn.load(folder)
    assert pd.isna(land.memberships["end"].iat[0])
    assert any(p.code == "open_end" and p.row == 2 for p in land.warnings)
    set_first_row(folder, "memberships", start="9999")
    with pytest.raises(InputError, match="start"):
        pn.load(folder)


def test_zero_capacity_is_out_of_bounds(tmp_path):
    folder = tmp_path / "l"
    shutil.copytree(BASE, folder)
    set_first_row(folder, "organisations", capacity_hours="0")
    with pytest.raises(InputError) as caught:
        pn.load(folder)
    problem = caught.value.errors[0]
    assert (problem.row, problem.column) == (2, "capacity_hours") and "more than 0" in problem.message


def test_dates_out_of_range_name_file_row_and_column(tmp_path):
    folder = tmp_path / "d"
    shutil.copytree(BASE, folder)
    (folder / "memberships.csv").write_text(
        "member,body,start,end\n"
        "p1,body-x,2020-01-01,31-12-9999\n"  # open end, Dutch order
        "p2,body-x,1500-01-01,\n"  # too early
        "org-c,body-x,,2958465\n"  # Excel's last serial: open end
        "p1,body-y,9999-12-31,\n"  # a start is never open
        "org-b,body-y,2020-01-01,2300-01-01\n"  # too late, not an open-end marker
        "org-c,body-y,1900-01-01,2199-12-31\n"
    )
    with pytest.raises(InputError) as caught:
        pn.load(folder)
    where = sorted((p.row, p.column) for p in caught.value.errors)
    assert where == [(3, "start"), (5, "start"), (6, "end")]
    assert all(p.code == "date_out_of_range" and "1900-01-01 to 2199-12-31" in p.message for p in caught.value.errors)
    open_end = next(p for p in caught.value.warnings if p.code == "open_end")
    assert open_end.rows == (2, 4)


def test_num_inf_is_an_error():
    """num-inf: 'inf' hours were accepted and made every load infinite."""
    result = run("overload", CASES / "num-inf", "--at", "all", "--format", "csv")
    assert result.exit_code == 2
    assert "bodies.csv, row 2, column 'hours_per_meeting': 'inf' is not a (finite) number." in result.output


@pytest.mark.parametrize(
    "table, column, value, message",
    [
        ("bodies", "hours_per_meeting", "1e308", "must be more than 0 and at most 24 hours"),
        ("bodies", "hours_per_meeting", "0", "must be more than 0 and at most 24 hours"),
        ("bodies", "hours_per_meeting", "1e309", "is not a (finite) number"),
        ("bodies", "meetings_per_year", "367", "must be at least 0 and at most 366 meetings per year"),
        ("organisations", "capacity_hours", "Infinity", "is not a (finite) number"),
        ("organisations", "capacity_hours", "-inf", "is not a (finite) number"),
        ("organisations", "capacity_hours", "100001", "at most 100000 hours per month"),
        ("memberships", "seats", "1001", "must be at least 1 and at most 1000 seats"),
        ("ties", "weight", "nan", "is not a (finite) number"),
    ],
)
def test_numbers_out_of_bounds(tmp_path, table, column, value, message):
    folder = tmp_path / "n"
    shutil.copytree(BASE, folder)
    frame = pd.read_csv(folder / f"{table}.csv", dtype=str, keep_default_na=False)
    frame.loc[0, column] = value
    frame.to_csv(folder / f"{table}.csv", index=False)
    with pytest.raises(InputError) as caught:
        pn.load(folder)
    (problem,) = caught.value.errors
    assert (problem.file.endswith(f"{table}.csv"), problem.row, problem.column) == (True, 2, column)
    assert message in problem.message


def test_num_seats_huge_is_an_error():
    """num-seats-huge: 99999999999999999999 seats wrapped to a huge negative number."""
    result = run("overload", CASES / "num-seats-huge", "--at", "all", "--format", "csv")
    assert result.exit_code == 2
    assert (
        "memberships.csv, row 2, column 'seats': seats 99999999999999999999 is out of range: "
        "it must be at least 1 and at most 1000 seats."
    ) in result.output


def test_json_non_finite_numbers_are_refused_like_csv(tmp_path):
    source = tmp_path / "l.json"
    pn.write(pn.load(BASE), source)
    text = source.read_text()
    for bad in ("NaN", "Infinity", "-Infinity", "1e999"):
        broken = tmp_path / f"bad-{bad}.json"
        broken.write_text(text.replace('"capacity_hours": 20.0', f'"capacity_hours": {bad}'))
        result = run("validate", broken)
        assert result.exit_code == 2 and f"'{bad}' is not a finite number" in result.output
    huge = tmp_path / "huge.json"
    huge.write_text(text.replace('"capacity_hours": 20.0', '"capacity_hours": 1e308'))
    assert "capacity hours 1e+308 is out of range" in run("validate", huge).output


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"tables": [1,2,3]}', "'tables' must be an object of named tables"),
        ("[1]", "'tables' must be an object of named tables"),
        ('{"tables": {"organisations": {"id": "a"}}}', "table 'organisations' must be a list of records"),
        ('{"tables": {"organisations": [1]}}', "table 'organisations' must be a list of records"),
        ('{"tables":' + "[" * 200000 + "]" * 200000 + "}", "it is nested too deeply"),
    ],
)
def test_json_of_the_wrong_shape(tmp_path, text, message):
    """json-tables-list: a list instead of named tables gave AttributeError (exit 1)."""
    path = tmp_path / "l.json"
    path.write_text(text)
    result = run("validate", path)
    assert result.exit_code == 2 and message in result.output


def test_json_tables_list_case():
    result = run("validate", CASES / "json-tables-list" / "l.json")
    assert result.exit_code == 2 and "'tables' must be an object of named tables" in result.output


# -- 4. spreadsheets as Excel shows them -----------------------------------------


def test_xlsx_formulas_without_cached_values_are_errors():
    """xlsx-formulas: hours, meetings and capacity were silently empty, 0 warnings."""
    with pytest.raises(InputError) as caught:
        pn.load(CASES / "xlsx-formulas" / "land.xlsx")
    found = sorted((p.file, p.row, p.column) for p in caught.value.errors)
    assert found == [
        ("land.xlsx, sheet 'bodies'", 2, "hours_per_meeting"),
        ("land.xlsx, sheet 'bodies'", 2, "meetings_per_year"),
        ("land.xlsx, sheet 'organisations'", 2, "capacity_hours"),
        ("land.xlsx, sheet 'organisations'", 3, "name"),
    ]
    assert all(p.code == "formula_without_value" for p in caught.value.errors)


def test_xlsx_formulas_with_cached_values_use_them(tmp_path):
    source = CASES / "xlsx-formulas" / "land.xlsx"
    target = tmp_path / "cached.xlsx"
    cached = {
        "xl/worksheets/sheet1.xml": [
            (b"<f>SUM(10,10)</f><v />", b"<f>SUM(10,10)</f><v>20</v>"),
            (
                b'<c r="B3"><f>CONCATENATE("Org"," B")</f><v />',
                b'<c r="B3" t="str"><f>CONCATENATE("Org"," B")</f><v>Org B</v>',
            ),
        ],
        "xl/worksheets/sheet2.xml": [
            (b"<f>6*2</f><v />", b"<f>6*2</f><v>12</v>"),
            (b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>"),
        ],
    }
    _rewrite_zip(source, target, cached)
    land = pn.load(target)
    assert land.organisations.at["org-a", "capacity_hours"] == 20
    assert land.organisations.at["org-b", "name"] == "Org B"
    assert land.bodies.at["body-x", "meetings_per_year"] == 12 and land.bodies.at["body-x", "hours_per_meeting"] == 2


def _rewrite_zip(source, target, replacements: dict) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for member in old.infolist():
            data = old.read(member)
            for before, after in replacements.get(member.filename, []):
                assert before in data
                data = data.replace(before, after)
            new.writestr(member, data)


def test_xlsx_merged_cells_take_their_value_everywhere():
    """xlsx-merged-silent: a chair shown merged over two rows became a member; 3 seats became 1."""
    land = pn.load(CASES / "xlsx-merged-silent" / "land.xlsx")
    m = land.memberships
    assert m["role"].tolist()[:3] == ["chair", "chair", "member"]
    assert m["seats"].tolist() == [3, 3, 3, 1, 1, 1]
    (warning,) = [p for p in land.warnings if p.code == "merged_cells"]
    assert warning.file == "land.xlsx, sheet 'memberships'" and "C2:C3, E2:E4" in warning.message


def test_xlsx_hidden_sheets_and_rows_warn(tmp_path):
    path = tmp_path / "h.xlsx"
    pn.write(pn.load(BASE), path)
    book = openpyxl.load_workbook(path)
    book["covenants"].sheet_state = "hidden"
    book["memberships"].row_dimensions[3].hidden = True
    book.save(path)
    land = pn.load(path)
    assert len(land.memberships) == 6
    codes = {p.code: p for p in land.warnings}
    assert codes["hidden_sheet"].file == "h.xlsx, sheet 'covenants'"
    assert codes["hidden_rows"].row == 3 and codes["hidden_rows"].file == "h.xlsx, sheet 'memberships'"


def test_extra_header_formula_stays_text_and_loads_back(tmp_path):
    """extra-header-formula: a live HYPERLINK in the xlsx header, raw in CSV, renamed on loading."""
    header = '=HYPERLINK("http://evil.example/","x")'
    for name in ("e.xlsx", "e-folder"):
        assert run("convert", CASES / "extra-header-formula", "-o", tmp_path / name).exit_code == 0
        assert header in pn.load(tmp_path / name).organisations.columns
    cell = openpyxl.load_workbook(tmp_path / "e.xlsx")["organisations"]["H1"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (header, "s", True)
    first_line = (tmp_path / "e-folder" / "organisations.csv").read_text().splitlines()[0]
    assert first_line.endswith(',"\'=HYPERLINK(""http://evil.example/"",""x"")"')
    table = run("overload", CASES / "extra-header-formula", "--format", "csv").stdout
    assert table.startswith("organisation,")


# -- 5. bounded work ---------------------------------------------------------------


def test_zip_bomb_ratio_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    pn.write(pn.load(BASE), path)
    padding = b" " * 5_000_000  # white space compresses a thousand times
    _rewrite_zip(
        path, path.with_name("b2.xlsx"), {"xl/worksheets/sheet1.xml": [(b"</sheetData>", padding + b"</sheetData>")]}
    )
    result = run("validate", path.with_name("b2.xlsx"))
    assert result.exit_code == 2 and "partnernet refuses ratios above 500 (a zip bomb)" in result.output


def test_unpacked_size_and_rows_are_bounded(tmp_path, monkeypatch):
    path = tmp_path / "l.xlsx"
    pn.write(pn.load(EXAMPLE), path)
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 100_000)
    with pytest.raises(InputError, match="unpacks to 0 MB; partnernet reads workbooks of at most 0 MB"):
        pn.load(path)
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 200 * 2**20)
    monkeypatch.setattr(xlsx, "MAX_ROWS", 100)
    with pytest.raises(InputError, match="the sheet has more than 100 rows"):
        pn.load(path)


def test_sparse_sheet_far_cells_are_bounded(tmp_path):
    """A declared dimension of A1:XFD1048576 or a stray cell far right must not make a huge table."""
    path = tmp_path / "far.xlsx"
    pn.write(pn.load(BASE), path)
    _rewrite_zip(
        path,
        tmp_path / "dim.xlsx",
        {"xl/worksheets/sheet1.xml": [(b'<dimension ref="A1:G4" />', b'<dimension ref="A1:XFD1048576" />')]},
    )
    assert len(pn.load(tmp_path / "dim.xlsx").organisations) == 3
    book = openpyxl.load_workbook(path)
    book["organisations"]["ZZ2"] = "far"
    book.save(path)
    assert any(p.code == "unnamed_column" for p in pn.load(path).warnings)
    book["organisations"]["AXY2"] = "farther"
    book.save(path)
    land = pn.load(path)  # a stray cell beyond column 1,000 is left out with a warning, not the workbook
    stray = [p for p in land.warnings if p.code == "stray_cells"]
    assert [(p.file, p.row) for p in stray] == [("far.xlsx, sheet 'organisations'", 2)]
    assert len(land.organisations) == 3 and "farther" not in land.organisations.to_string()
    book["organisations"]["AXY1"] = "header far right"
    book.save(path)
    result = run("validate", path)
    assert result.exit_code == 2
    assert (
        "sheet 'organisations', row 1: this row reaches column 1,325; partnernet reads at most 1,000" in result.output
    )


def test_a_stray_cell_at_the_last_cell_of_a_sheet_is_not_a_million_rows(tmp_path):
    path = tmp_path / "stray.xlsx"
    pn.write(pn.load(BASE), path)
    book = openpyxl.load_workbook(path)
    book["memberships"]["XFD1048576"] = "x"
    book["ties"]["A30000"] = "far below"
    book.save(path)
    land = pn.load(path)
    assert land.equals(pn.load(BASE))
    stray = sorted((p.file, p.row) for p in land.warnings if p.code == "stray_cells")
    assert stray == [("stray.xlsx, sheet 'memberships'", 1048576), ("stray.xlsx, sheet 'ties'", 30000)]


def test_rows_are_counted_before_any_cell_is_read(tmp_path, monkeypatch):
    path = tmp_path / "l.xlsx"
    pn.write(pn.load(EXAMPLE), path)
    monkeypatch.setattr(xlsx, "MAX_ROWS", 30)
    monkeypatch.setattr(xlsx, "sheet_rows", lambda *a: pytest.fail("cells read before the rows were counted"))
    with pytest.raises(InputError, match="the sheet has more than 30 rows"):
        pn.load(path)


def test_csv_with_a_million_columns_is_refused_before_reading(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n")
    result = run("validate", path)
    assert result.exit_code == 2
    assert "the header has 1,000,000 columns; partnernet reads at most 1,000." in result.output


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31"])
def test_a_date_option_outside_the_range_is_a_usage_error(day):
    result = run("report", CASES / "date-9999", "-o", "/tmp/never-written.md", "--at", day)
    assert result.exit_code == 2 and f"'{day}' is outside the dates a register holds" in result.output
    assert run("overload", CASES / "date-9999", "--at", "2199-12-31", "--format", "csv").exit_code == 0


def test_report_and_map_appear_together_or_not_at_all(tmp_path, monkeypatch):
    out = tmp_path / "r.html"
    assert run("report", BASE, "-o", out, "--at", "all", "--lang", "nl").exit_code == 0
    before = snapshot(tmp_path)
    assert sorted(p.name for p in before) == ["r-kaart.html", "r.html"]

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importlib.import_module("partnernet.report.maps"), "visualise", full_disk)
    result = run("report", BASE, "-o", out, "--at", "all", "--lang", "en")
    assert result.exit_code != 0
    assert snapshot(tmp_path) == before  # the report was not replaced while the map failed


def test_md_figures_folder_is_replaced_whole_and_named(tmp_path):
    """The small landscape of the cases (BASE) has figures like the example region and is written four times."""
    out = tmp_path / "r.md"
    result = run("report", BASE, "-o", out, "--at", "all")
    figures = tmp_path / "r_files"
    assert result.exit_code == 0 and str(figures) in result.output
    (figures / "figure-99.svg").write_text("stale")
    assert run("report", BASE, "-o", out, "--at", "all").exit_code == 0
    assert not (figures / "figure-99.svg").exists() and list(figures.glob("figure-*.svg"))
    (figures / "mine.txt").write_text("x")
    before = snapshot(tmp_path)
    result = run("report", BASE, "-o", out, "--at", "all", "--lang", "en")
    assert result.exit_code == 2 and "mine.txt" in result.output
    assert snapshot(tmp_path) == before
    shutil.rmtree(figures)
    figures.write_text("a file")
    result = run("report", BASE, "-o", out, "--at", "all")
    assert result.exit_code == 2 and "a file of that name exists" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["report", BASE],
        ["viz", BASE],
        ["convert", BASE],
        ["report", BASE, "--to", "md"],
        ["report", BASE, "--to", "xlsx"],
    ],
)
def test_a_missing_output_folder_is_named_not_created(tmp_path, command):
    target = tmp_path / "nowhere" / "out.html"
    if command[0] == "convert":
        target = target.with_suffix(".json")
    result = run(*command, "-o", target)
    assert result.exit_code == 2, result.output
    assert str(tmp_path / "nowhere") in result.output and "does not exist" in result.output
    assert list(tmp_path.iterdir()) == []


def _limited(*args: str, limit: int = 8192):
    """Run the CLI in a subprocess under a file-size limit of ``limit`` bytes (``ulimit -f``)."""

    def set_limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-c", "from partnernet.cli import main; main()", *map(str, args)],
        preexec_fn=set_limit,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("command", [["report", BASE, "--to", "xlsx", "--at", "all"], ["convert", EXAMPLE]])
def test_xlsx_over_the_file_size_limit_is_exit_2(tmp_path, command):
    out = tmp_path / "out.xlsx"
    done = _limited(*command, "-o", out)
    assert done.returncode == 2, done.stderr
    said = f"Error: cannot write '{out}': the file is larger than the file-size limit."
    assert done.stderr.strip().splitlines()[-1] == said  # after the usage lines
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command, name",
    [
        (["convert", BASE], "a" * 300 + ".json"),
        (["convert", BASE], "a" * 300),
        (["report", BASE, "--to", "xlsx"], "é" * 200 + ".xlsx"),
        (["report", BASE], "a" * 250 + ".html"),  # the report fits, the map's name (-kaart.html) does not
        (["viz", BASE], "a" * 300 + ".html"),
    ],
)
def test_output_names_too_long_are_exit_2(tmp_path, command, name):
    result = run(*command, "-o", tmp_path / name)
    assert result.exit_code == 2, result.output
    assert "longer than 255 bytes" in result.output and str(tmp_path) in result.output
    assert list(tmp_path.iterdir()) == []


def test_many_duplicate_memberships_are_merged_with_each_conflict_named(tmp_path):
    """Duplicate rows are compared column by column for all rows at once (50,000 rows took 21 s)."""
    folder = tmp_path / "dup"
    shutil.copytree(FIXTURES / "mini", folder)
    path = folder / "memberships.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = lines[1]  # p1,casus,chair,core,1,2019-01-01,
    extra = [first.replace(",chair,", ",member,") if n % 2 else first.replace(",1,", ",,") for n in range(2000)]
    path.write_text("\n".join(lines + extra) + "\n", encoding="utf-8")
    land = pn.load(folder)
    assert len(land.memberships) == len(pn.load(FIXTURES / "mini").memberships)
    found = [p for p in land.warnings if p.code == "duplicate_membership"]
    assert len(found) == 2000 and found[0].row == len(lines) + 1
    conflicts = [p for p in found if "kept role 'chair' (not 'member') from row 2" in p.message]
    assert len(conflicts) == 1000
    assert not [p for p in found if "seats" in p.message]  # an empty seats cell is no conflict


def test_rows_are_counted_once_across_the_chunks_of_a_sheet(tmp_path, monkeypatch):
    """The row count that guards MAX_ROWS reads the sheet's XML in chunks: a row near a chunk
    boundary is counted once, so a sheet just under the limit loads."""
    import openpyxl

    from partnernet.io import xlsx

    workbook = openpyxl.Workbook()
    workbook.active.title = "organisations"
    workbook.active.append(["id"])
    for i in range(500):
        workbook.active.append([f"o{i}"])
    path = tmp_path / "l.xlsx"
    workbook.save(path)
    monkeypatch.setattr(xlsx, "CHUNK", 97)  # many boundaries, each inside or between rows
    with zipfile.ZipFile(path) as archive:
        assert xlsx.scan_sheet(archive, "xl/worksheets/sheet1.xml").rows == 501
