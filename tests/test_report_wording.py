"""What a fresh reader tripped over (issue 15, part K): no sentence starts with a digit after a number
('omvat 44. 9%'), no capital after 'Gaten in de gegevens:', the load column counts bodies without hours
(not hours), the OM explained in English, and one list joiner for every list of names."""

from __future__ import annotations

import re

import openpyxl
import pytest

#: a sentence ending, then a digit: '44. 9%' reads as 44.9%; 'e.a. 2022', 'ca. 2017', 'et al. 2022' are no ending
DIGIT_AFTER_STOP = re.compile(r"(?<!e\.a)(?<!\bca)(?<!\bal)\. \d")


def _prose(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("|")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_sentence_starts_with_a_digit(example_reports, lang):
    text = example_reports(lang, "md")[0].read_text(encoding="utf-8")
    bad = [line for line in _prose(text) if DIGIT_AFTER_STOP.search(line)]
    assert not bad, bad
    fragmentation = {"nl": "Van de organisatieparen kan ", "en": "Of the pairs of organisations, "}[lang]
    assert fragmentation in text
    found = {
        "nl": "Van de 40 organisaties met personen aan tafel hebben er 32 geen verbinder",
        "en": "Of the 40 organisations with persons at the tables, 32 have no connector",
    }[lang]
    assert found in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lists_of_names_in_findings_share_one_joiner(example_reports, lang):
    text = example_reports(lang, "md")[0].read_text(encoding="utf-8")
    assert "UWV; Gemeente Veldstad, afdeling Werk en Inkomen; ROC Veldland" in text  # finding 5
    assert "GGZ Veldland; Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV); Universiteit" in text
    assert "GGZ Veldland, Nationaal" not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_data_gaps_are_bullets_after_their_label(example_reports, lang):
    text = example_reports(lang, "md")[0].read_text(encoding="utf-8")
    label = {"nl": "Gaten in de gegevens", "en": "Gaps in the data"}[lang]
    assert f"\n{label}:\n\n- " in text
    assert not re.search(rf"{label}: [A-Z0-9]", text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_load_column_of_bodies_without_hours_is_named_as_a_count(example_reports, lang):
    label = {"nl": "overleggen zonder uren", "en": "bodies without hours"}[lang]
    book = openpyxl.load_workbook(example_reports(lang, "xlsx")[0], read_only=True)
    headers = [
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows(max_row=1) for cell in row if cell.value
    ]
    assert label in headers
    assert "uren onbekend" not in headers and "hours unknown" not in headers


def test_the_om_is_explained_in_english(example_reports):
    text = example_reports("en", "md")[0].read_text(encoding="utf-8")
    first = text.index("OM")
    assert text[first - len("Public Prosecution Service (") : first] == "Public Prosecution Service ("
    assert "the OM" not in text
