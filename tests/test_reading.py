"""Reading a file's bytes (issue 14, part X): one decision per file on its encoding, control characters
named, every library failure said in our words with its line, row and column, and a misnamed column
reported once. Each hostile input is checked in Dutch and in English."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import partnernet as pn
from partnernet import language
from partnernet.cli import cli
from partnernet.errors import Problem

from conftest import FIXTURES

#: Fragments of the libraries' own (English) messages, none of which may reach a user.
LIBRARY_TEXT = (
    "Expecting",
    "Error tokenizing",
    "C error",
    "zip file",
    "not well-formed",
    "no element found",
    "invalid literal",
    "could not convert",
    "codec",
    "Bad GraphML",
    "There is no item",
    "No attribute defined",
    "Unterminated",
    "unexpected end",
    "can't decode",
    "invalid start byte",
    "Unknown GEXF",
    "No columns to parse",
)


@pytest.fixture(params=["nl", "en"])
def lang(request, monkeypatch):
    monkeypatch.setenv(language.LANG_VARIABLE, request.param)
    return request.param


def said(lang: str, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def copy_of_mini(tmp_path: Path, name: str = "land") -> Path:
    target = tmp_path / name
    shutil.copytree(FIXTURES / "mini", target)
    return target


def organisations(folder: Path, second: bytes, third: bytes) -> Path:
    """organisations.csv of ``folder`` with the names on lines 2 and 3 replaced by the given bytes."""
    path = folder / "organisations.csv"
    lines = path.read_bytes().split(b"\n")
    for number, name in ((1, second), (2, third)):
        cells = lines[number].split(b",")
        cells[1] = name
        lines[number] = b",".join(cells)
    path.write_bytes(b"\n".join(lines))
    return path


def only_error(path) -> Problem:
    with pytest.raises(pn.InputError) as caught:
        pn.load(path)
    (problem,) = caught.value.problems
    assert problem.severity == "error"
    assert "reason" not in dict(problem.params)
    assert not [text for text in LIBRARY_TEXT if text.lower() in str(problem).lower()], str(problem)
    return problem


# -- encodings ----------------------------------------------------------------------------------


def test_a_file_mixing_utf8_and_cp1252_is_refused_naming_its_lines(tmp_path, lang):
    """The tester's file: "Coördinatie" in UTF-8 on line 2, "Ketenpartner é" in Windows-1252 on line 3."""
    land = copy_of_mini(tmp_path)
    organisations(land, "Coördinatie".encode(), "Ketenpartner é".encode("cp1252"))
    problem = only_error(land)
    assert (problem.code, Path(problem.file).name, problem.row, problem.unit, problem.column) == (
        "encoding",
        "organisations.csv",
        3,
        "line",
        "name",
    )
    assert problem.rows == (3,)
    assert str(problem).startswith(
        str(land / "organisations.csv")
        + said(
            lang,
            ", regel 3, kolom 'name': het bestand mengt twee tekencoderingen: regel 2 is UTF-8, regel 3 niet "
            "(eerste byte die geen UTF-8 is: 0xE9, teken 22)",
            ", line 3, column 'name': the file mixes two encodings: line 2 is UTF-8, line 3 is not "
            "(first byte that is not UTF-8: 0xE9, character 22)",
        )
    )
    assert "CSV UTF-8" in problem.fix


def test_a_mixed_file_exits_2_from_the_command_line(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    organisations(land, "Coördinatie".encode(), "Ketenpartner é".encode("cp1252"))
    result = CliRunner().invoke(cli, ["validate", str(land)])
    assert result.exit_code == 2
    assert said(lang, "mengt twee tekencoderingen", "mixes two encodings") in result.output + result.stderr


def test_a_windows_1252_file_loads_with_a_warning_naming_the_lines_that_depend_on_it(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    organisations(land, "Coördinatie".encode("cp1252"), "Ketenpartner é".encode("cp1252"))
    loaded = pn.load(land)
    assert loaded.organisations.loc[["gemeente", "politie"], "name"].tolist() == ["Coördinatie", "Ketenpartner é"]
    (warning,) = [w for w in loaded.warnings if w.code == "encoding"]
    assert (warning.severity, warning.row, warning.unit, warning.column, warning.rows) == (
        "warning",
        2,
        "line",
        "name",
        (2, 3),
    )
    assert (
        warning.message.endswith(said(lang, "staan op regel 2, 3.", "are on line 2, 3."))
        and "Windows-1252" in warning.message
    )


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_a_byte_neither_utf8_nor_cp1252_is_refused_not_read_as_a_control_character(tmp_path, lang, byte):
    land = copy_of_mini(tmp_path)
    organisations(land, b"Co" + bytes([byte]) + b"rdinatie", b"Politie")
    problem = only_error(land)
    assert (problem.code, problem.row, problem.column, dict(problem.params)["byte"]) == (
        "encoding",
        2,
        "name",
        f"0x{byte:02X}",
    )
    assert said(lang, "geen UTF-8 en geen Windows-1252", "neither UTF-8 nor Windows-1252") in problem.message


def test_a_utf8_bom_with_cp1252_bytes_is_refused(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    path = organisations(land, "Coördinatie".encode("cp1252"), b"Politie")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    problem = only_error(land)
    assert (problem.code, problem.row, problem.column) == ("encoding", 2, "name")
    assert said(lang, "byte-order mark", "byte-order mark") in problem.message


def test_json_in_windows_1252_loads_with_the_same_warning(tmp_path, lang):
    document = {"tables": {"organisations": [{"id": "a", "name": "Café"}], "bodies": [], "memberships": []}}
    path = tmp_path / "land.json"
    path.write_bytes(json.dumps(document, ensure_ascii=False).encode("cp1252"))
    loaded = pn.load(path)
    assert loaded.organisations.at["a", "name"] == "Café"
    assert [(w.code, w.row, w.column) for w in loaded.warnings if w.code == "encoding"] == [("encoding", 1, None)]


# -- control characters ---------------------------------------------------------------------------


def control_warning(loaded, lang):
    (warning,) = [w for w in loaded.warnings if w.code == "control_characters"]
    assert "U+0085" in warning.message
    assert said(lang, "stuurtekens", "control characters") in warning.message
    return warning


def test_a_c1_control_character_in_a_csv_cell_is_named_and_removed(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    organisations(land, "Gemeente\u0085Klein".encode(), b"Politie")
    loaded = pn.load(land)
    warning = control_warning(loaded, lang)
    assert (Path(warning.file).name, warning.row, warning.column) == ("organisations.csv", 2, "name")
    assert loaded.organisations.at["gemeente", "name"] == "GemeenteKlein"


def test_a_control_character_in_a_header_is_named(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    path = land / "organisations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("name,", "na\u0001me,", 1), encoding="utf-8")
    loaded = pn.load(land)
    (warning,) = [w for w in loaded.warnings if w.code == "control_characters"]
    assert (warning.row, warning.column) == (1, "na\u0001me") and "U+0001" in warning.message
    assert loaded.organisations.at["gemeente", "name"] == "Gemeente Klein-Dorp"


def test_a_c1_control_character_in_a_workbook_cell_is_named(tmp_path, lang):
    path = pn.write(pn.load(FIXTURES / "mini"), tmp_path / "land.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["organisations"]
    assert sheet.cell(row=2, column=2).value == "Gemeente Klein-Dorp"
    sheet.cell(row=2, column=2).value = "Gemeente\u0085Klein"
    book.save(path)
    warning = control_warning(pn.load(path), lang)
    assert (warning.row, warning.column) == (2, "name") and "organisations" in warning.file


def test_a_c1_control_character_in_json_is_named(tmp_path, lang):
    document = {"tables": {"organisations": [{"id": "a", "name": "X\u0085Y"}], "bodies": [], "memberships": []}}
    path = tmp_path / "land.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # written as the escape \\u0085
    warning = control_warning(pn.load(path), lang)
    assert (warning.row, warning.unit, warning.column) == (1, "record", "name")


GRAPHML_C1 = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    '<key id="d0" for="node" attr.name="name" attr.type="string"/>'
    '<graph edgedefault="undirected"><node id="a"><data key="d0">X&#x85;Y</data></node><node id="b"/>'
    '<edge source="a" target="b"/></graph></graphml>'
)
GEXF_C1 = (
    '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="X&#x85;Y"/>'
    '<node id="b"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>'
)


@pytest.mark.parametrize("suffix, text", [(".graphml", GRAPHML_C1), (".gexf", GEXF_C1)])
def test_a_c1_control_character_in_a_graph_file_is_named(tmp_path, lang, suffix, text):
    path = tmp_path / f"land{suffix}"
    path.write_text(text, encoding="utf-8")
    loaded = pn.load(path)
    warning = control_warning(loaded, lang)
    assert (warning.row, warning.unit, warning.column) == (1, "node", "name")
    assert loaded.organisations.at["a", "name"] == "XY"


# -- library failures in our words ----------------------------------------------------------------


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    """One hostile file per library failure: name -> path."""
    files = {}
    land = copy_of_mini(tmp_path, "ragged")
    with (land / "organisations.csv").open("a", encoding="utf-8") as file:
        file.write("x,y,administration,both,local,1,,extra,more\n")
    files["ragged csv"] = land
    land = copy_of_mini(tmp_path, "quote")
    with (land / "organisations.csv").open("a", encoding="utf-8") as file:
        file.write('x,"y,administration\nz,w,care\n')
    files["unclosed quote"] = land
    files["empty json"] = tmp_path / "empty.json"
    files["empty json"].write_text("", encoding="utf-8")
    files["json comma"] = tmp_path / "comma.json"
    files["json comma"].write_text('{"tables": {\n  "organisations": [\n    {"id": "a",}\n  ]}}', encoding="utf-8")
    files["text as xlsx"] = tmp_path / "text.xlsx"
    files["text as xlsx"].write_text("id,name\na,b\n", encoding="utf-8")
    files["zip not xlsx"] = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(files["zip not xlsx"], "w") as archive:
        archive.writestr("notes.txt", "hello")
    files["ole xlsx"] = tmp_path / "old.xlsx"
    files["ole xlsx"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    files["truncated graphml"] = tmp_path / "cut.graphml"
    files["truncated graphml"].write_text("<graphml>\n<graph>\n<node id='a'/>", encoding="utf-8")
    files["typed graphml"] = tmp_path / "typed.graphml"
    files["typed graphml"].write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="d0" for="node" attr.name="capacity_hours" attr.type="double"/>'
        '<graph edgedefault="undirected"><node id="a"/><node id="b"><data key="d0">veel</data></node>'
        '<edge source="a" target="b"/></graph></graphml>',
        encoding="utf-8",
    )
    files["undeclared key graphml"] = tmp_path / "undeclared.graphml"
    files["undeclared key graphml"].write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
        '<node id="a"><data key="d9">1</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>',
        encoding="utf-8",
    )
    files["typed gexf"] = tmp_path / "typed.gexf"
    files["typed gexf"].write_text(
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node">'
        '<attribute id="0" title="seats" type="integer"/></attributes><nodes><node id="a"><attvalues>'
        '<attvalue for="0" value="twee"/></attvalues></node><node id="b"/></nodes>'
        '<edges><edge id="e" source="a" target="b"/></edges></graph></gexf>',
        encoding="utf-8",
    )
    return files


#: name -> (row, unit, Dutch start of the message, English start)
EXPECTED = {
    "ragged csv": (
        7,
        "row",
        "deze rij heeft 9 waarden maar de kopregel 7",
        "this row has 9 values but the header has 7",
    ),
    "unclosed quote": (7, "row", "op deze rij opent een aanhalingsteken", 'a quote (") opens on this row'),
    "empty json": (1, "line", "bij teken 1 verwacht JSON een waarde", "at character 1 JSON expects a value"),
    "json comma": (3, "line", "bij teken 16 verwacht JSON een naam", "at character 16 JSON expects a name"),
    "text as xlsx": (None, "row", "dit is geen .xlsx-werkmap", "this is not an .xlsx workbook"),
    "zip not xlsx": (None, "row", "dit zip-archief is geen Excel-werkmap", "this zip archive is not an Excel workbook"),
    "ole xlsx": (None, "row", "dit is een oude .xls-werkmap", "this is an old .xls workbook"),
    "truncated graphml": (3, "line", "het bestand houdt op", "the file ends before"),
    "typed graphml": (
        2,
        "node",
        "de waarde 'veel' van 'capacity_hours' bij knoop 'b' is geen getal",
        "the value 'veel' of 'capacity_hours' at node 'b' is not a number",
    ),
    "undeclared key graphml": (
        1,
        "node",
        "knoop 'a' heeft een waarde voor 'd9'",
        "node 'a' has a value for 'd9'",
    ),
    "typed gexf": (
        1,
        "node",
        "de waarde 'twee' van 'seats' bij knoop 'a' is geen geheel getal",
        "the value 'twee' of 'seats' at node 'a' is not a whole number",
    ),
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_a_library_failure_is_a_problem_in_our_words_with_its_place(tmp_path, lang, name):
    problem = only_error(hostile_files(tmp_path)[name])
    row, unit, dutch, english = EXPECTED[name]
    assert (problem.row, problem.unit) == (row, unit)
    assert problem.message.startswith(said(lang, dutch, english)), problem.message
    assert problem.fix


def test_a_damaged_sheet_names_the_sheet_and_the_row(tmp_path, lang):
    path = pn.write(pn.load(FIXTURES / "mini"), tmp_path / "land.xlsx")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        sheets = {p for p in source.namelist() if p.startswith("xl/worksheets/sheet")}
        for item in source.infolist():
            data = source.read(item)
            if item.filename == sorted(sheets)[0]:
                cut = data.index(b'<row r="3"')
                data = data[:cut] + b'<row r="3"><c r="A3" t="n"><v>1</v></c><c'  # the XML stops in row 3
            target.writestr(item, data)
    problem = only_error(broken)
    assert problem.row == 3 and problem.unit == "row"
    assert said(lang, "blad", "sheet") in problem.file
    assert problem.message.startswith(said(lang, "het blad is beschadigd", "the sheet is damaged"))


def test_empty_lines_above_the_header_keep_excel_row_numbers(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    path = land / "memberships.csv"
    path.write_text("\n\n" + path.read_text(encoding="utf-8").replace("om,stuur", "onbekend,stuur"), encoding="utf-8")
    problem = only_error(land)
    assert (problem.code, problem.row, problem.column) == ("unknown_reference", 13, "member")


# -- a misnamed column: one problem, not its echoes -------------------------------------------------


def misnamed(kind: str, tmp_path: Path) -> tuple[Path, str]:
    """mini with memberships' 'member' header written 'organistion': the path and the file's label part."""
    land = copy_of_mini(tmp_path)
    if kind == "folder":
        path = land / "memberships.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("member,", "organistion,", 1), encoding="utf-8")
        return land, "memberships.csv"
    loaded = pn.load(land)
    if kind == "xlsx":
        path = pn.write(loaded, tmp_path / "land.xlsx")
        book = openpyxl.load_workbook(path)
        book["memberships"].cell(row=1, column=1).value = "organistion"
        book.save(path)
        return path, "memberships"
    path = pn.write(loaded, tmp_path / "land.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    records = document["tables"]["memberships"]
    document["tables"]["memberships"] = [
        {"organistion" if k == "member" else k: v for k, v in r.items()} for r in records
    ]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path, "memberships"


@pytest.mark.parametrize("kind", ["folder", "xlsx", "json"])
def test_a_misnamed_column_is_one_problem_naming_file_found_and_expected(tmp_path, lang, kind):
    path, where = misnamed(kind, tmp_path)
    problem = only_error(path)
    assert (problem.code, problem.row, problem.column) == ("missing_column", 1, "organistion")
    assert where in problem.file
    assert said(lang, "de verplichte kolom 'member' ontbreekt", "the required column 'member' is missing") in str(
        problem
    )
    assert "'organistion' " + said(lang, "is waarschijnlijk 'member'", "is probably 'member'") in str(problem)
    assert "'body'" in problem.message  # the columns found


def test_a_missing_column_without_a_likely_header_lists_the_columns_found(tmp_path, lang):
    land = copy_of_mini(tmp_path)
    path = land / "memberships.csv"
    lines = [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("".join(",".join(cells[:1] + cells[2:]) + "\n" for cells in lines), encoding="utf-8")
    problem = only_error(land)
    assert (problem.code, problem.column) == ("missing_column", None)
    assert problem.message == said(
        lang,
        "de verplichte kolom 'body' ontbreekt; gevonden kolommen: 'member', 'role', 'type', 'seats', 'start', 'end'.",
        "the required column 'body' is missing; columns found: 'member', 'role', 'type', 'seats', 'start', 'end'.",
    )
