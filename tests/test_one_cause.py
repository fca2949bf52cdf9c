"""What a fresh tester found in loading: a misnamed optional column is said, and an unreadable table
gives one error, not one echo per reference into it (issue 14)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from partnernet import load
from partnernet.errors import InputError

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "regio-voorbeeld"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "regio"
    shutil.copytree(EXAMPLE, target)
    return target


def _rename_header(path: Path, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] = ",".join(new if cell == old else cell for cell in lines[0].split(","))
    path.write_text("\n".join(lines), encoding="utf-8")


def _misnamed(land_or_error, code="misnamed_column"):
    return [p for p in land_or_error.warnings if p.code == code]


@pytest.mark.parametrize(
    "table, column, typo",
    [
        ("organisations", "domain", "domian"),
        ("organisations", "capacity_hours", "capacity_hour"),
        ("bodies", "meetings_per_year", "meetings_per_yaer"),
        ("memberships", "role", "roel"),
        ("persons", "function", "functon"),
        ("ties", "weight", "wieght"),
    ],
)
def test_a_misnamed_optional_column_is_a_warning_naming_file_row_and_both_names(folder, table, column, typo):
    _rename_header(folder / f"{table}.csv", column, typo)
    land = load(folder)
    found = _misnamed(land)
    assert len(found) == 1, [str(p) for p in land.warnings]
    problem = found[0]
    assert (problem.file, problem.row, problem.column) == (str(folder / f"{table}.csv"), 1, typo)
    assert dict(problem.params)["name"] == column and f"'{column}'" in problem.message


def test_a_misnamed_required_column_stays_one_error(folder):
    _rename_header(folder / "covenants.csv", "organisation", "organistion")
    with pytest.raises(InputError) as caught:
        load(folder)
    assert [p.code for p in caught.value.errors] == ["missing_column"]
    assert not _misnamed(caught.value)


def test_an_unknown_header_unlike_any_column_is_an_extra_column_without_a_word(folder):
    _rename_header(folder / "organisations.csv", "parent", "opmerkingen")
    land = load(folder)
    assert not _misnamed(land)
    assert "opmerkingen" in land.organisations.columns


def test_a_present_column_is_not_meant_twice(folder):
    # 'domains' beside 'domain' is an extra column: the column it resembles is there
    path = folder / "organisations.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0] + ",domains", *(line + ",x" for line in lines[1:])]) + "\n", encoding="utf-8")
    assert not _misnamed(load(folder))


def test_a_misnamed_column_is_said_in_a_json_landscape_and_in_tables_given(folder, tmp_path):
    land = load(folder)
    given = {
        name: getattr(land, name).reset_index()
        for name in ("organisations", "bodies", "memberships", "persons", "ties", "covenants")
    }
    given["organisations"] = given["organisations"].rename(columns={"domain": "domian"})
    from partnernet import Landscape

    assert [p.column for p in _misnamed(Landscape.from_tables(**given))] == ["domian"]
    path = tmp_path / "land.json"
    from partnernet.io import write

    write(land, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["tables"]["organisations"]:
        record["domian"] = record.pop("domain")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [p.column for p in _misnamed(load(path))] == ["domian"]


# -- one cause, one error -------------------------------------------------------------------


def _mixed_encoding(path: Path) -> None:
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3] + b"\xe9"  # one Windows-1252 byte among UTF-8 names
    lines[5] = lines[5].replace(b",", "é,".encode(), 1)
    path.write_bytes(b"\n".join(lines))


def _unclosed_quote(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[4] = lines[4].replace(",", ',"', 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def _missing_id(path: Path) -> None:
    _rename_header(path, "id", "nummer")


@pytest.mark.parametrize("spoil", [_mixed_encoding, _unclosed_quote, _missing_id], ids=["encoding", "parse", "column"])
@pytest.mark.parametrize("table", ["persons", "organisations", "bodies"])
def test_an_unreadable_table_gives_one_error_and_no_echo_from_references_into_it(folder, spoil, table):
    spoil(folder / f"{table}.csv")
    with pytest.raises(InputError) as caught:
        load(folder)
    errors = caught.value.errors
    assert len(errors) == 1, [str(p) for p in errors[:5]]
    assert errors[0].file == str(folder / f"{table}.csv")
    assert not [p for p in errors if p.code == "unknown_reference"]
