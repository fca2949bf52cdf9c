"""Every CSV partnernet writes (command output and a landscape's CSV folder) reads every text cell back
whole: a cell holding a bare carriage return, a line feed, quotes or commas is quoted, lines end in LF."""

from __future__ import annotations

import io

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from partnernet.output import csv_text, render_csv

#: text as a name or a note can hold it: line breaks of every kind, quotes, separators (no formula start,
#: which is neutralised by design, and no leading/trailing blank, which pandas reads as written anyway)
TEXT = st.text(alphabet=st.sampled_from(list("ab ,;\"'\r\n\t")), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and s[0] not in "=+-@\t\r"
)


def _read(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_a_text_cell_reads_back_whole_from_command_output(cells):
    frame = pd.DataFrame({"name": cells, "n": range(len(cells))})
    text = render_csv(frame)
    assert "\r\n" not in text.replace('"', "").split("\n")[0]  # the header line ends in LF
    assert _read(text)["name"].tolist() == cells


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_a_text_cell_reads_back_whole_from_csv_text(cells):
    assert _read(csv_text(pd.DataFrame({"name": cells})))["name"].tolist() == cells


def test_a_bare_carriage_return_is_quoted_and_rows_end_in_a_line_feed():
    text = render_csv(pd.DataFrame({"name": ["x\ry", "plain", 'say "hi"\r\n']}))
    assert text == 'name\n"x\ry"\nplain\n"say ""hi""\r\n"\n'


def test_a_landscape_csv_folder_quotes_a_carriage_return_in_a_name(tmp_path):
    import partnernet as pn
    from partnernet.io.writers import csv_files

    land = pn.load("data/regio-voorbeeld")
    first = land.organisations.index[0]
    organisations = land.organisations.copy()
    organisations.loc[first, "name"] = "Gemeente\rVeldstad"
    files = csv_files(land.replace(organisations=organisations))
    back = _read(files["organisations.csv"].decode("utf-8")).set_index("id")
    assert back.loc[first, "name"] == "Gemeente\rVeldstad"
    assert len(back) == len(land.organisations)


#: cells of every shape a padded-cell check must see: blanks of every kind at either end, line breaks,
#: quotes, separators, partnernet's own neutralisation ('=, '\r) and a character outside ASCII
ANY_CELL = st.text(alphabet=st.sampled_from(list("ab ,;\"'=\r\n\t\x0b\u00e9")), max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ANY_CELL, min_size=3, max_size=3), min_size=1, max_size=4))
@example([["a", "'\rab", "b"]])  # neutralised: begins with a line end once read, which the text does not show
def test_the_text_check_for_padded_cells_misses_none(tmp_path_factory, rows):
    """``read_csv_cells`` looks at the columns for padded cells only where the whole text says one may be
    there (``may_hold_padded_cells``): the cells read are those of looking every time."""
    import csv

    from partnernet.io import readers

    folder = tmp_path_factory.mktemp("padded")
    path = folder / "organisations.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")  # quotes CR and LF
        writer.writerows([["id", "name", "domain"], *rows])
    try:
        found = readers.read_csv_cells(path, "organisations.csv")
    except Exception as error:  # noqa: BLE001 - an unreadable file is refused both ways
        found = type(error)
    original = readers.may_hold_padded_cells
    readers.may_hold_padded_cells = lambda text, sep: True
    try:
        try:
            always = readers.read_csv_cells(path, "organisations.csv")
        except Exception as error:  # noqa: BLE001
            always = type(error)
    finally:
        readers.may_hold_padded_cells = original
    if isinstance(found, tuple) and isinstance(always, tuple):
        assert found[0] == always[0]
        pd.testing.assert_frame_equal(found[1], always[1])
    else:
        assert found == always
