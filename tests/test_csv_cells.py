"""Every CSV partnernet writes (command output and a landscape's CSV folder) reads every text cell back
whole: a cell holding a bare carriage return, a line feed, quotes or commas is quoted, lines end in LF."""

from __future__ import annotations

import io

import pandas as pd
from hypothesis import given, settings
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
