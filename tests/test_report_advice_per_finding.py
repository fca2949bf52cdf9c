"""Every numbered finding has exactly one advice line and one row in the action table (issue 15, part K):
the overloaded organisations after the first belong to the overload finding, and a sentence that its rule
gives no advice for (care partners MORE central than the others) is no finding."""

from __future__ import annotations

import dataclasses
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from partnernet.cli import cli
from partnernet.language.report import Texts
from partnernet.report.findings import findings

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "data" / "regio-voorbeeld"
WORDS = {
    "nl": ("Belangrijkste bevindingen", "Wat te doen", "Advies:"),
    "en": ("Key findings", "What to do", "Advice:"),
}


def _generated(tmp_path: Path) -> Path:
    """A generated 300-organisation landscape (benchmarks/make_landscape.py, seed 1)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_landscape import build, write

    folder = tmp_path / "landscape"
    write(build(300, 150, 1500, 1), folder)
    return folder


def _nopersons(tmp_path: Path) -> Path:
    """The example region without persons.csv (the tester's dg/nopersons)."""
    folder = tmp_path / "nopersons"
    shutil.copytree(EXAMPLE, folder)
    for name in ("persons.csv", "ties.csv", "covenants.csv"):
        (folder / name).unlink()
    organisations = set(pd.read_csv(folder / "organisations.csv")["id"])
    memberships = pd.read_csv(folder / "memberships.csv", dtype=str)
    memberships[memberships["member"].isin(organisations)].to_csv(folder / "memberships.csv", index=False)
    return folder


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## ", text, flags=re.M)
    return {p.split("\n", 1)[0]: p for p in parts[1:]}


@pytest.fixture(scope="module")
def landscapes(tmp_path_factory) -> dict[str, Path]:
    """The three landscapes (read-only), written once for the reports in both languages."""
    return {
        "example": EXAMPLE,
        "generated": _generated(tmp_path_factory.mktemp("generated")),
        "nopersons": _nopersons(tmp_path_factory.mktemp("nopersons")),
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("which", ["example", "generated", "nopersons"])
def test_every_finding_has_one_advice_line_and_one_action_row(tmp_path, landscapes, lang, which):
    folder = landscapes[which]
    out = tmp_path / "r.md"
    args = ["report", str(folder), "-o", str(out), "--no-map", "--lang", lang]
    if which == "example":
        args += ["--at", "2026-01-01"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    found_title, actions_title, advice = WORDS[lang]
    sections = _sections(out.read_text(encoding="utf-8"))
    numbered = [line for line in sections[found_title].splitlines() if re.match(r"\d+\. ", line)]
    assert len(numbered) >= 3
    assert [line.count(advice) for line in numbered] == [1] * len(numbered), numbered
    rows = [line for line in sections[actions_title].splitlines() if line.startswith("| ")]
    assert len(rows) - 1 == len(numbered)  # the header, then one row per finding
    more = [
        line
        for line in numbered
        if line.count("(") and re.search(r"(zit|is) above|boven (de eigen|hun) capaciteit", line)
    ]
    assert len(more) <= 1  # all overloaded organisations in one finding


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_care_partners_more_central_than_the_others_is_no_finding(example_results, lang):
    texts = Texts(lang)
    focus = dict(example_results.periphery["focus"])
    phrase = {
        "nl": "Zorg-, onderwijs- en sociale partners zitten gemiddeld aan",
        "en": "Care, education and social partners sit",
    }[lang]
    assert any(phrase in f for f in findings(example_results, texts))  # 2,8 against 5,4: a finding
    focus.update(mean_bodies_focus=2.0, mean_bodies_others=1.0)
    central = dataclasses.replace(example_results, periphery={**example_results.periphery, "focus": focus})
    assert not any(phrase in f for f in findings(central, texts))


HOURS = re.compile(r"(\d[\d.,]*) (?:uur|persoonsuren|persoonsuur|hours?|person-hours?)\b")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_hours_in_the_findings_have_one_decimal_as_in_the_tables(example_results, lang):
    """'46,0 uur ... capaciteit van 20,0 uur' beside the table's 46,0 and 20,0; '46,7 persoonsuren'."""
    point = "," if lang == "nl" else "."
    said = [h for f in findings(example_results, Texts(lang)) for h in HOURS.findall(f.text + " " + f.advice)]
    assert len(said) >= 4, said
    for figure in said:
        assert re.fullmatch(rf"\d+\{point}\d", figure), said
    assert said[:2] == (["46,0", "20,0"] if lang == "nl" else ["46.0", "20.0"])
