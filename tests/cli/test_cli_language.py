"""The command line says the services' messages in the language asked for (issue 18 point 5)."""

from __future__ import annotations

import pytest

from samverkan_desktop import cli
from samverkan_desktop.domain.messages import current_language, set_language


@pytest.fixture(autouse=True)
def back_to_swedish():
    yield
    set_language("sv")


def test_a_refusal_is_in_english_with_language_en_and_swedish_by_default(tmp_path, capsys):
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    assert cli.main(["--language", "en", "--db", str(folder), "check"]) == 1
    assert "is a folder, not a database file" in capsys.readouterr().err
    assert cli.main(["--db", str(folder), "check"]) == 1  # no setting saved: Swedish
    assert "är en mapp, inte en databasfil" in capsys.readouterr().err
    assert current_language() == "sv"
