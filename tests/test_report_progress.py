"""The report's progress lines on a terminal are in the report's language (issue 14, part Z)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from partnernet.cli import cli
from partnernet.cli import report as report_command
from partnernet.language.cli import TEXTS

from conftest import FIXTURES

STEPS = [key.removeprefix("progress.") for key in TEXTS if key.startswith("progress.")]


@pytest.fixture(scope="module")
def progress_lines(tmp_path_factory):
    """stderr of a Dutch and an English report on the tafels fixture, with the progress forced on."""
    shown = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report_command, "shows_progress", lambda: True)
        for lang in ("nl", "en"):
            out = tmp_path_factory.mktemp(lang) / "rapport.html"
            result = CliRunner().invoke(
                cli, ["report", str(FIXTURES / "tafels"), "-o", str(out), "--no-map", "--lang", lang]
            )
            assert result.exit_code == 0, result.output
            shown[lang] = [m.group(1) for m in re.finditer(r"^\s+[\d.]+ s  (.+)$", result.stderr, re.M)]
    return shown


def test_every_step_is_said_in_the_report_language(progress_lines):
    assert progress_lines["nl"] == [TEXTS[f"progress.{step}"][0] for step in STEPS]
    assert progress_lines["en"] == [TEXTS[f"progress.{step}"][1] for step in STEPS]
    assert "wat als" in progress_lines["nl"] and "what if" not in progress_lines["nl"]
    assert "hiërarchie en convenanten" in progress_lines["nl"] and "schrijven" == progress_lines["nl"][-1]
