"""What was recognised in an old minutes document: whether its § numbers are kept depends on every item having one."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.parsed_minutes import ParsedItem, ParsedMinutes


def minutes(*paragraphs: int | None) -> ParsedMinutes:
    return ParsedMinutes("protokoll.docx", "§-stycken", date(2024, 3, 12), time(13), time(15), "Rådhuset",
                         items=tuple(ParsedItem(p, f"Punkt {n}") for n, p in enumerate(paragraphs)))


def test_the_documents_paragraphs_are_kept_only_when_every_item_has_one():
    assert minutes(4, 5, 6).paragraphs_given
    assert not minutes(4, None, 6).paragraphs_given
    assert not minutes().paragraphs_given  # nothing recognised: the group's numbering decides


def test_a_parsed_item_defaults_to_an_open_item_without_outcome():
    item = ParsedItem(None, "Övrigt")
    assert (item.presenter, item.notes, item.decision, item.outcome, item.confidential) == (
        None, None, None, None, False)
