"""sampledata/generate_words.py: the made-up words of the generated database: place names unique as long as
the parts last, titles and decisions in the form the minutes use, and the same words for the same seed."""

from __future__ import annotations

from random import Random

import pytest

from samverkan_desktop.sampledata import generate_words as words


def test_area_names_are_unique_for_every_pair_of_parts_then_numbered() -> None:
    size = len(words.AREA_PREFIXES) * len(words.AREA_SUFFIXES)
    names = [words.area_name(i) for i in range(size)]
    assert len(set(names)) == size
    assert words.area_name(0) == "Björkvik"
    assert words.area_name(size) == f"{words.area_name(0)} 2"
    assert words.area_name(2 * size + 5) == f"{words.area_name(5)} 3"


def test_a_person_has_a_first_and_a_last_name() -> None:
    first, last = words.person_name(Random(1)).split(" ")
    assert first in words.FIRST_NAMES and last in words.LAST_NAMES


def test_topics_are_mostly_the_groups_own() -> None:
    rng = Random(7)
    picked = [words.topic(rng, ("barn",)) for _ in range(1000)]
    own = sum(t in words.TOPICS["barn"] for t in picked)
    assert 650 < own < 800  # 70 % own, plus the few "anything" that happen to be the group's
    assert set(picked) <= set(words.ALL_TOPICS)


def test_a_title_begins_with_a_capital_and_names_subject_and_year() -> None:
    rng = Random(3)
    for _ in range(50):
        text = words.title(rng, "äldre multisjuka", 2025)
        assert text[0].isupper() and "{" not in text
        assert "äldre multisjuka" in text.lower()


def test_decisions_are_att_clauses_and_actions_name_the_subject() -> None:
    rng = Random(5)
    for _ in range(50):
        lines = words.decision(rng, "SIP", 2026).split("\n")
        assert 1 <= len(lines) <= 2 and all(line.startswith("att ") for line in lines)
        assert lines[0].startswith("att anta ")
        assert "SIP" in words.action(rng, "SIP")


def test_notes_open_with_a_speaker_and_may_end_in_points() -> None:
    rng = Random(11)
    texts = [words.notes(rng, "fallprevention", "Ekby") for _ in range(100)]
    assert all(t.split(" redogjorde för fallprevention.")[0] in words.SPEAKERS for t in texts)
    with_points = [t for t in texts if "\n- " in t]
    assert with_points and len(with_points) < 100
    assert all(line[2:] in words.POINTS for t in with_points for line in t.split("\n")[1:])


@pytest.mark.parametrize("make", [lambda r: words.person_name(r), lambda r: words.notes(r, "x", "y"),
                                  lambda r: words.decision(r, "x", 2026)])
def test_the_same_seed_gives_the_same_words(make) -> None:
    assert [make(Random(42)) for _ in range(3)] == [make(Random(42))] * 3
