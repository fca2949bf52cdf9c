"""Hostile inputs through every loader and every writer (issue 13).

The corpus: formula text everywhere (``=cmd|' /C calc'!A0``, ``=HYPERLINK``,
``@SUM``, ``+``, ``-``, tab- and CR-prefixed formulas) in ids, names, free
text and headers; unicode bidi overrides and zero-width characters; NUL and
other control characters; byte order marks and a Windows-1252 file next to
UTF-8 ones; path-like ids; duplicate headers; script tags; numbers too large
for a float or for their column; JSON NaN; xlsx formulas; deep JSON; an
empty file. Each goes through the folder, xlsx, edge-list and JSON loaders
and through every writer (report html/md/xlsx with the map, viz, convert to
every format, ``--format csv/json`` tables), plainly and under
``--pseudonymise``, and every run must:

- exit 0 or 2, never 1 (an internal error);
- leave no formula in any output: no xlsx cell of data type ``f``, no CSV
  field of text starting with ``= + - @``, tab or CR;
- under ``--pseudonymise``, show no person's id, name, function or e-mail;
- leave the input files byte for byte as they were.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from partnernet.cli import cli

from conftest import FIXTURES, loaded_once

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)

#: Person ids and free text that must never appear under --pseudonymise.
PERSON_SECRETS = (
    "zq.secret-id",
    "ov.hidden-id",
    "Zebediah",
    "Quuxington",
    "Ophelia",
    "Vrettakos",
    "zq@secret.example",
    "Burgemeester-Vrettakos",
    "Secret note of Zebediah",
)
FORMULA_START = re.compile(r"^[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")

ORGANISATIONS = (
    'id,name,domain,regime,level,capacity_hours,parent,"=HYPERLINK(""http://evil.example/"",""x"")",@note,name\n'
    '"=cmd|\' /C calc\'!A0","=HYPERLINK(""http://evil.example/"",""klik"")",security,ct,local,20,,=1+1,@SUM(A1),dup\n'
    '+org,<script>alert(1)</script>,care,crime,regional,"1,5",,-2+3,"\t=1+1",dup\n'
    '@org,Org \u202eevil\u202c bidi\u200bzero,justice,both,local,1e3,,"\r=1+1",x,dup\n'
    "../../etc/passwd,C:\\Windows\\system32,bestuur,beide,lokaal,,+org,,,\n"
    '-org,"Quote \' and "" and ; sep",zorg,ct,national,0.5,,,,\n'
)
BODIES = (
    "id,name,kind,regime,level,meetings_per_year,hours_per_meeting,reports_to,host,covenant,start,end\n"
    "=body,=SUM(1;2),operational,ct,local,12,2,-body,+org,=Cov,2020-01-01,9999-12-31\n"
    '-body,@Body,decision,both,regional,4,"1,5",,@org,,,\n'
    "\u200bbody,Zero width,learning,crime,local,366,24,,,,1900-01-01,2199-12-31\n"
)
PERSONS = (
    "id,organisation,name,function,email,note\n"
    "zq.secret-id,+org,Zebediah Quuxington,=Burgemeester-Vrettakos,zq@secret.example,Secret note of Zebediah\n"
    'ov.hidden-id,@org,Ophelia Vrettakos,@adviseur,-ov@x,"\t=1+1"\n'
)
MEMBERSHIPS = (
    "member,body,role,type,seats,start,end,note\n"
    "zq.secret-id,=body,chair,core,1,2020-01-01,,Secret note of Zebediah\n"
    'ov.hidden-id,=body,=1+1,core,2,,9999-12-31,=HYPERLINK("x")\n'
    "zq.secret-id,-body,member,@case,1,,,\n"
    "+org,-body,member,core,1,,,\n"
    "@org,\u200bbody,member,core,1,,,\n"
    "-org,\u200bbody,member,core,1,,,\n"
    "=cmd|' /C calc'!A0,=body,member,core,1,,,\n"
)
TIES = "source,target,kind,directed,weight\nzq.secret-id,ov.hidden-id,=evil,true,1\n+org,-org,information,false,2.5\n"
COVENANTS = "covenant,organisation\n=Cov,+org\n=Cov,@org\n"


def hostile_folder(root: Path) -> Path:
    """The valid hostile landscape as CSV files: UTF-8 with BOM, plain UTF-8 and Windows-1252."""
    folder = root / "hostile"
    folder.mkdir()
    (folder / "organisations.csv").write_bytes(b"\xef\xbb\xbf" + ORGANISATIONS.encode("utf-8"))
    (folder / "bodies.csv").write_text(BODIES, encoding="utf-8")
    (folder / "persons.csv").write_bytes(PERSONS.replace("-ov@x", "-ov@café").encode("cp1252"))
    (folder / "memberships.csv").write_text(MEMBERSHIPS.replace("\n", "\r\n"), encoding="utf-8")
    (folder / "ties.csv").write_text(TIES, encoding="utf-8")
    (folder / "covenants.csv").write_bytes(COVENANTS.encode("utf-16"))
    return folder


def broken_inputs(root: Path) -> list[Path]:
    """Inputs that must be refused (exit 2) or load with warnings, but never crash."""
    made = []

    def variant(name: str, table: str, text: str | bytes) -> None:
        folder = root / name
        folder.mkdir()
        (root / f"{name}-base").mkdir()
        for file in hostile_folder(root / f"{name}-base").iterdir():
            (folder / file.name).write_bytes(file.read_bytes())
        target = folder / f"{table}.csv"
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        made.append(folder)

    variant("huge-numbers", "bodies", BODIES.replace(",12,2,", ",1e308,99999999999999999999,"))
    variant("nul-bytes", "persons", PERSONS.replace("Zebediah Quuxington", "Zebe\x00diah"))
    variant("control-chars", "organisations", ORGANISATIONS.replace("Org ", "Org \x01\x1b[31m"))
    variant("empty_file", "ties", b"")
    variant("header-only", "memberships", "member,body\n")
    variant("duplicate-ids", "persons", PERSONS + "zq.secret-id,+org,Zebediah Two,,,\n")
    variant("typo-person", "memberships", MEMBERSHIPS.replace("ov.hidden-id,=body", "ov.hiden-id,=body"))
    variant("long-text", "bodies", BODIES.replace("Zero width", "x" * 100_000))
    variant("bad-dates", "bodies", BODIES.replace("1900-01-01", "1066-10-14"))
    variant("wide-header", "ties", ",".join(f"c{i}" for i in range(5000)) + "\n")
    edge = root / "edges.csv"
    edge.write_text(
        "persoon;overleg;notitie\nZebediah Quuxington;=tafel;=1+1\nOphelia Vrettakos;=tafel;@x\n"
        "Zebediah Quuxington;+tafel;\n",
        encoding="utf-8",
    )
    made.append(edge)
    deep = root / "deep.json"
    deep.write_text('{"tables": {"organisations": [{"id": ' + "[" * 5000 + "]" * 5000 + "}]}}")
    nan = root / "nan.json"
    nan.write_text('{"tables": {"organisations": [{"id": "a", "capacity_hours": NaN}]}}')
    made += [deep, nan]
    return made


def hostile_workbook(root: Path, folder: Path) -> Path:
    """The hostile landscape as a workbook with live formulas and merged cells added."""
    result = CliRunner().invoke(cli, ["convert", str(folder), "-o", str(root / "hostile.xlsx")])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(root / "hostile.xlsx")
    sheet = book["organisations"]
    sheet["K1"] = "extra"
    sheet["K2"] = '=HYPERLINK("http://evil.example/","x")'  # a live formula without cached value
    sheet.merge_cells("L2:L3")
    path = root / "formulas.xlsx"
    book.save(path)
    return path


def snapshot(paths) -> dict:
    found = {}
    for path in paths:
        files = sorted(p for p in Path(path).rglob("*") if p.is_file()) if Path(path).is_dir() else [Path(path)]
        found.update({p: p.read_bytes() for p in files})
    return found


def formula_cells(path: Path) -> list[str]:
    """Cells of an output that a spreadsheet would run."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return [
            f"{ws.title}!{c.coordinate}" for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"
        ]
    if path.suffix == ".csv":
        return csv_formulas(path.read_text(encoding="utf-8"))
    return []


def csv_formulas(text: str) -> list[str]:
    return [
        field
        for row in csv.reader(io.StringIO(text))
        for field in row
        if FORMULA_START.match(field) and not PLAIN_NUMBER.match(field)
    ]


def output_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None)
    return path.read_text(encoding="utf-8", errors="replace")


def leaked(text: str) -> list[str]:
    return [s for s in PERSON_SECRETS if re.search(rf"(?<![A-Za-z0-9+/]){re.escape(s)}(?![A-Za-z0-9+/])", text)]


WRITERS = [
    ("report", "r.html", ["--at", "all"]),
    ("report", "r.md", ["--at", "all", "--lang", "en"]),
    ("report", "r.xlsx", ["--at", "all"]),
    ("viz", "m.html", ["--at", "all"]),
    ("convert", "c.json", []),
    ("convert", "c.xlsx", []),
    ("convert", "c.graphml", []),
    ("convert", "c.gexf", []),
    ("convert", "c-folder", []),
    ("centrality", "t.csv", ["--at", "all", "--level", "persons"]),  # -o of a command that prints tables
    ("overload", "t.json", ["--at", "all", "--level", "persons"]),
]
TABLES = [
    ("overload", ["--level", "persons"]),
    ("centrality", ["--level", "persons"]),
    ("turnover", []),
    ("connectors", ["--table", "persons"]),
    ("fragmentation", []),
    ("covenants", []),
    ("redundancy", []),
    ("whatif", ["--remove", "zq.secret-id"]),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    folder = hostile_folder(root)
    return {"root": root, "folder": folder, "workbook": hostile_workbook(root, folder), "broken": broken_inputs(root)}


def invoke(args) -> object:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code in (0, 2), (args, result.output)
    assert "Internal error" not in result.output and "Traceback" not in result.output, args
    return result


@pytest.mark.parametrize("pseudonymise", [False, True], ids=["plain", "pseudonymised"])
def test_every_writer_on_the_hostile_landscape(corpus, tmp_path, pseudonymise):
    folder = corpus["folder"]
    before = snapshot([folder])
    flag = ["--pseudonymise"] if pseudonymise else []
    with loaded_once():  # the folder is loaded by the first command; the others reuse it (conftest)
        for command, name, options in WRITERS:
            result = invoke([command, folder, "-o", tmp_path / name, *options, *flag])
            assert result.exit_code == 0, (command, name, result.output)
        outputs = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert len(outputs) >= 15  # the report's map and the markdown figures included
        if not pseudonymise:  # every written landscape loads again: the graph-file, JSON, xlsx and CSV loaders
            for name in ("c.json", "c.xlsx", "c.graphml", "c.gexf", "c-folder"):
                assert invoke(["validate", tmp_path / name]).exit_code == 0, name
        for path in outputs:
            assert formula_cells(path) == [], path
            if pseudonymise:
                assert leaked(output_text(path)) == [], path
        for command, options in TABLES:
            for fmt in ("csv", "json"):
                result = invoke([command, folder, "--at", "all", "--format", fmt, *options, *flag])
                assert result.exit_code == 0, (command, result.output)
                if fmt == "csv":
                    assert csv_formulas(result.stdout) == [], command
                else:
                    json.loads(result.stdout)
                if pseudonymise:
                    assert leaked(result.output) == [], (command, fmt)
    assert snapshot([folder]) == before


def test_written_hostile_landscape_loads_back_the_same(corpus, tmp_path):
    import partnernet as pn

    land = pn.load(corpus["folder"])
    assert '=HYPERLINK("http://evil.example/","x")' in land.organisations.columns
    assert land.bodies.at["=body", "name"] == "=SUM(1;2)" and pd_isna(land.bodies.at["=body", "end"])
    for name in ("l.xlsx", "l.json", "folder"):
        pn.write(land, tmp_path / name)
        assert pn.load(tmp_path / name).equals(land), name


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_every_loader_on_broken_and_hostile_inputs(corpus, tmp_path):
    inputs = [corpus["workbook"], *corpus["broken"]]
    before = snapshot(inputs)
    outcomes = {}
    for path in inputs:
        for args in (
            ["validate", path],
            ["convert", path, "-o", tmp_path / f"{Path(path).name}.xlsx"],
            ["overload", path, "--at", "all", "--format", "csv", "--pseudonymise"],
        ):
            result = invoke(args)
            outcomes[(Path(path).name, args[0])] = result.exit_code
            if args[0] == "overload":
                assert leaked(result.output) == [], path
                assert csv_formulas(result.stdout) == []
    for path in tmp_path.glob("*.xlsx"):
        assert formula_cells(path) == [], path
    assert snapshot(inputs) == before
    expected_errors = [
        "formulas.xlsx",
        "huge-numbers",
        "wide-header",
        "deep.json",
        "nan.json",
        "duplicate-ids",
        "typo-person",
        "bad-dates",
    ]
    assert all(outcomes[(name, "validate")] == 2 for name in expected_errors), outcomes
    assert outcomes[("edges.csv", "validate")] == 0 and outcomes[("long-text", "validate")] == 0


def test_typo_under_pseudonymise_names_no_one(corpus):
    typo = next(p for p in corpus["broken"] if p.name == "typo-person")
    result = invoke(["overload", typo, "--pseudonymise"])
    assert result.exit_code == 2 and "did you mean" in result.output and leaked(result.output) == []
    assert "ov.hid" not in result.output


def test_control_characters_are_removed_with_a_warning(corpus):
    import partnernet as pn

    land = pn.load(next(p for p in corpus["broken"] if p.name == "nul-bytes"))
    assert land.persons.at["zq.secret-id", "name"] == "Zebediah"
    (warning,) = [p for p in land.warnings if p.code == "control_characters"]
    assert (Path(warning.file).name, warning.row, warning.column) == ("persons.csv", 2, "name")


@pytest.mark.parametrize("suffix", [".md", ".html", ".xlsx"])
def test_report_tables_neutralise_formula_text_only_in_spreadsheets(tmp_path, suffix):
    """A reader of an HTML or Markdown report sees a name as written ("=HYPERLINK..."), escaped;
    only the workbook (which a spreadsheet runs) neutralises it, with Excel's quote prefix."""
    folder = tmp_path / "l"
    shutil.copytree(FIXTURES / "mini", folder)
    path = folder / "organisations.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Gemeente Klein-Dorp", '"=HYPERLINK(""http://x"")"'), encoding="utf-8")
    out = tmp_path / f"r{suffix}"
    result = CliRunner().invoke(cli, ["report", str(folder), "-o", str(out), "--no-map", "--at", "all"])
    assert result.exit_code == 0, result.output
    if suffix == ".xlsx":
        import openpyxl

        cells = [
            c
            for sheet in openpyxl.load_workbook(out)
            for row in sheet.iter_rows()
            for c in row
            if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")
        ]
        assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
        return
    page = out.read_text(encoding="utf-8")
    cells = (
        re.findall(r"\| ([^|]*HYPERLINK[^|]*) \|", page)
        if suffix == ".md"
        else re.findall(r"<td[^>]*>(?:<[^>]+>)*([^<]*HYPERLINK[^<]*)<", page)
    )
    cells = [html.unescape(c).strip() for c in cells]
    assert '=HYPERLINK("http://x")' in cells, cells
    assert not [c for c in cells if c.startswith("'")], cells
    assert re.search(r"\| -?\d", page) if suffix == ".md" else True  # numbers stay numbers
