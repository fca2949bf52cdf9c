"""No covenants registered means the signatories are unknown, not that nobody signed (issue 15, part K):
no finding or advice about signing, and the data gaps say so; with an empty covenants.csv too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnernet.cli import cli

EXAMPLE = Path(__file__).parent.parent / "data" / "regio-voorbeeld"
UNSIGNED = {"nl": "die het convenant niet tekende", "en": "that did not sign it"}
ADVICE = {"nl": "laat hen toetreden tot het convenant", "en": "join the covenant"}
GAPS = {"nl": "\nGaten in de gegevens:\n", "en": "\nGaps in the data:\n"}
UNKNOWN = {
    "nl": "Het register noemt convenanten bij overleggen, maar niet wie ze tekenden",
    "en": "The register names covenants of bodies but not who signed them",
}


def _report(tmp_path: Path, lang: str, covenants: str | None) -> str:
    folder = tmp_path / "regio"
    shutil.copytree(EXAMPLE, folder)
    if covenants is None:
        (folder / "covenants.csv").unlink()
    else:
        (folder / "covenants.csv").write_text(covenants, encoding="utf-8")
    out = tmp_path / "r.md"
    args = ["report", str(folder), "--at", "2026-01-01", "-o", str(out), "--no-map", "--lang", lang]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("covenants", [None, "covenant,organisation\n"])
def test_no_registered_signatory_gives_no_signing_finding_and_says_they_are_unknown(tmp_path, lang, covenants):
    text = _report(tmp_path, lang, covenants)
    assert UNSIGNED[lang] not in text and ADVICE[lang] not in text
    assert GAPS[lang] in text and "\n- " + UNKNOWN[lang] in text  # a bullet of the data gaps
    assert text.count(UNKNOWN[lang]) == 2  # the gaps and the legitimacy section (no table of 0% covered)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_registered_signatories_still_give_the_finding(tmp_path, lang):
    text = _report(tmp_path, lang, (EXAMPLE / "covenants.csv").read_text(encoding="utf-8"))
    assert UNSIGNED[lang] in text and ADVICE[lang] in text
    assert UNKNOWN[lang] not in text
