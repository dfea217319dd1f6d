"""``samverkan --language en --help``: argparse's help follows the chosen language (issue 18), since --language
is read before the parser is built."""

from __future__ import annotations

import pytest

from samverkan_desktop import cli
from samverkan_desktop.cli.help_en import HELP, swedish_texts, to_english
from samverkan_desktop.cli.main import build_parser, chosen_language
from samverkan_desktop.domain.messages import set_language


@pytest.fixture(autouse=True)
def back_to_swedish():
    yield
    set_language("sv")


def test_help_is_english_with_language_en(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--language", "en", "--help"])
    assert stopped.value.code == 0
    text = capsys.readouterr().out
    assert "commands for the database" in text
    assert "COMMAND" in text and "KOMMANDO" not in text
    assert "load demo data" in text
    assert "lägg in demodata" not in text


def test_a_subcommand_help_is_english_too_with_language_after_nothing_else(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--language", "en", "export", "minutes", "--help"])
    text = capsys.readouterr().out
    assert "the meeting's id" in text and "FILE" in text and "FIL " not in text


def test_help_is_swedish_by_default(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    assert "kommandon för databasen" in text and "KOMMANDO" in text


def test_the_language_is_read_before_the_parser_is_built():
    assert chosen_language(["--language", "en", "check"]) == "en"
    assert chosen_language(["check", "--language", "sv"]) == "sv"


def test_every_help_text_has_its_english():
    assert swedish_texts(to_english(build_parser())) == []
    used = set()

    def collect(parser):
        import argparse
        for text in [parser.description] + [a.help for a in parser._actions]:
            used.add(text)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                used.update(c.help for c in action._choices_actions)
                for sub in action.choices.values():
                    collect(sub)

    collect(build_parser())
    assert sorted(set(HELP) - used) == []  # no stale entry: a changed Swedish text needs its English changed
