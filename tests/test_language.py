"""One language layer (issue 14): one label table for the report, the map and the CLI, in both languages."""

from __future__ import annotations

import pytest

import partnernet as pn
from partnernet import language
from partnernet.language import labels, map as map_words, report as report_texts
from partnernet.cli.viz import map_inputs

from conftest import EXAMPLE, FIXTURES


class Asked(dict):
    """LABELS that remember every key an output asks for."""

    asked: set

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)


@pytest.fixture
def asked(monkeypatch):
    table = Asked(labels.LABELS)
    table.asked = set()
    monkeypatch.setattr(language, "LABELS", table)  # Language.label, which the report and the map use
    return table.asked


def test_every_label_the_report_and_the_map_ask_for_exists_in_both_languages(asked, tmp_path):
    land = pn.load(EXAMPLE)
    for lang in language.LANGUAGES:
        pn.report(land, tmp_path / f"r-{lang}.html", lang=lang, at="2026-01-01")
        metrics, markers = map_inputs(land.at("2026-01-01"), lang)
        pn.visualise(land.at("2026-01-01"), metrics=metrics, markers=markers, lang=lang)
    assert len(asked) > 60
    assert sorted(asked - set(labels.LABELS)) == []
    for key in asked:
        nl, en = labels.LABELS[key]
        assert nl.strip() and en.strip(), key


def test_every_label_the_cli_asks_for_exists_in_both_languages(asked):
    """The CLI's labels (measure and grouping names in Dutch titles) come from the same table."""
    from click.testing import CliRunner

    from partnernet.analysis.centrality import MEASURE_COLUMNS
    from partnernet.cli import cli

    for lang in language.LANGUAGES:
        for measure in MEASURE_COLUMNS:
            result = CliRunner().invoke(cli, ["centrality", str(FIXTURES / "mini"), "--by", measure, "--lang", lang])
            assert result.exit_code == 0, result.output
        for by in ("domain", "regime", "level"):
            result = CliRunner().invoke(cli, ["fragmentation", str(FIXTURES / "mini"), "--by", by, "--lang", lang])
            assert result.exit_code == 0, result.output
    assert set(MEASURE_COLUMNS) | {"domain", "regime", "level"} <= asked
    assert sorted(asked - set(labels.LABELS)) == []


def test_report_map_and_language_give_one_label_per_key():
    for lang in language.LANGUAGES:
        words, texts, lang_ = map_words.Words(lang), report_texts.Texts(lang), language.get(lang)
        for key in labels.LABELS:
            assert words.column(key) == texts.column(key) == lang_.label(key), key
    # the clash the issue names: the Dutch report and the map beside it say the same
    assert language.get("nl").label("betweenness") == "tussenpositie"
    assert language.get("nl").value("betweenness") == "tussenpositie"


def test_one_formatter_of_each_kind_per_language():
    nl, en = language.get("nl"), language.get("en")
    assert (nl.number(1234.5), en.number(1234.5)) == ("1.234,5", "1,234.5")
    assert (nl.figure(2.25), en.figure(2.25)) == ("2,25", "2.25")
    assert nl.map.number(2.25) == nl.figure(2.25) and nl.report.number(2.25, 2) == nl.number(2.25, 2)
    assert (nl.percent(0.125, 1), en.percent(0.125, 1)) == ("12,5%", "12.5%")
    assert (nl.date("2026-01-31"), en.date("2026-01-31")) == ("31-01-2026", "2026-01-31")
    assert (nl.listing(["a", "b"]), en.listing(["a", "b", "c"])) == ("a en b", "a, b and c")


def test_the_default_language_is_dutch_and_follows_the_environment(monkeypatch):
    monkeypatch.delenv(language.LANG_VARIABLE, raising=False)
    assert language.get().lang == "nl"
    monkeypatch.setenv(language.LANG_VARIABLE, "en")
    assert language.get().lang == "en"
    monkeypatch.setenv(language.LANG_VARIABLE, "de")
    with pytest.raises(pn.UsageError, match="onbekende taal 'de'") as refused:  # said in Dutch: 'de' is no language
        language.get()
    assert refused.value.code == "unknown_language"


def test_the_map_is_dutch_by_default(monkeypatch):
    mini_land = pn.load(FIXTURES / "mini")
    monkeypatch.delenv(language.LANG_VARIABLE, raising=False)
    assert "Legenda" in pn.visualise(mini_land).html
    monkeypatch.setenv(language.LANG_VARIABLE, "en")
    assert "Legend" in pn.visualise(mini_land).html


def test_the_analyses_import_no_words():
    from pathlib import Path
    import re

    folder = Path(pn.centrality.__code__.co_filename).parent
    importing = [
        path.name
        for path in sorted(folder.glob("*.py"))
        if re.search(r"^\s*from (\.\.|partnernet\.)language\b", path.read_text(encoding="utf-8"), re.M)
    ]
    assert importing == []
