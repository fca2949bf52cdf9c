"""The operating system's refusals in our words, never its own text (issue 14, part Y)."""

from __future__ import annotations

import errno

import pytest

import partnernet as pn
from partnernet.errors import UsageError
from partnernet.language.errors import message
from partnernet.language.langs import speaking
from partnernet.output import cannot_write

from conftest import EXAMPLE

NAMED = ["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOENT", "ENOTDIR", "ENAMETOOLONG", "EEXIST", "ELOOP"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", NAMED)
def test_every_errno_we_know_is_said_in_our_words(tmp_path, name, lang):
    code = getattr(errno, name)
    with speaking(lang):
        error = cannot_write(tmp_path / "x.gexf", OSError(code, "SYSTEM TEXT"))
        assert isinstance(error, UsageError)
        assert "SYSTEM TEXT" not in str(error)
        if error.code == "cannot_write":
            assert message(f"os.{name}") in str(error) and error.params["errno"] == name


@pytest.mark.parametrize(
    "lang, said", [("nl", "fout EIO van het besturingssysteem"), ("en", "operating-system error EIO")]
)
def test_an_errno_without_words_is_named_not_quoted(tmp_path, lang, said):
    with speaking(lang):
        error = cannot_write(tmp_path / "x.gexf", OSError(errno.EIO, "Input/output error"))
    assert said in str(error) and "Input/output" not in str(error)


def test_an_os_error_without_a_number_is_named_by_its_class(tmp_path):
    with speaking("en"):
        assert "operating-system error OSError" in str(cannot_write(tmp_path / "x", OSError("strange")))


@pytest.mark.parametrize(
    "lang, said", [("nl", "geen toestemming om daar te schrijven."), ("en", "no permission to write there.")]
)
def test_convert_to_a_place_without_permission_says_so_in_the_language(tmp_path, monkeypatch, lang, said):
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(pn.output.tempfile, "mkstemp", refused)
    monkeypatch.setattr(pn.output.Path, "write_bytes", refused)
    monkeypatch.setattr(pn.output.Path, "write_text", refused)
    from click.testing import CliRunner

    from partnernet.cli import cli

    result = CliRunner().invoke(cli, ["convert", str(EXAMPLE), "-o", str(tmp_path / "x.gexf"), "--lang", lang])
    assert result.exit_code == 2, result.output
    assert said in result.output and "Permission denied" not in result.output
