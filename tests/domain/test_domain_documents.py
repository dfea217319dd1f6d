"""domain/documents.py: the frozen documents the exporters render. Their logic is small: the titles, and that what
the scrubbing removed (and the publication record) is no part of a document's equality."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import UTC, datetime

import pytest

from samverkan_desktop.domain.documents import MinutesDocument, MinutesSection, NoticeDocument

START = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
END = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)


def _minutes(draft: bool) -> MinutesDocument:
    return MinutesDocument("LGS", START, END, "Rådhuset", None, draft=draft,
                           sections=(MinutesSection(1, "Rutinen"),))


def test_a_draft_says_so_in_its_title() -> None:
    assert _minutes(draft=True).title == "Minnesanteckningar (UTKAST)"
    assert _minutes(draft=False).title == "Minnesanteckningar"


def test_a_notice_is_titled_kallelse() -> None:
    assert NoticeDocument("LGS", START, END, None, None).title == "Kallelse"


def test_what_was_removed_is_no_part_of_equality_but_the_content_is() -> None:
    minutes = _minutes(draft=False)
    assert replace(minutes, removed=("e-postadress",)) == minutes
    assert replace(minutes, sections=(MinutesSection(1, "Rutinen", confidential=True),)) != minutes
    assert replace(minutes, approval_lapsed="ändrad efter godkännandet") != minutes


def test_documents_are_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        _minutes(draft=True).draft = False  # type: ignore[misc]
