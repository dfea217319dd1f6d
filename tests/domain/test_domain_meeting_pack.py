"""What goes into the meeting pack: which attachments it can show and how (as they are, on a page, converted), and
the words of its title and sections."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from samverkan_desktop.domain.meeting_pack import MeetingPack, PackFile, PackSection, kind_of


@pytest.mark.parametrize(("name", "kind"), [
    ("underlag.pdf", "pdf"), ("UNDERLAG.PDF", "pdf"), ("karta.JPG", "image"), ("bild.jpeg", "image"),
    ("bild.png", "image"), ("rapport.docx", "office"), ("gammal.doc", "office"), ("budget.xlsx", "office"),
    ("bilder.pptx", "office"), ("anteckning.txt", "office"), ("film.mp4", None), ("arkiv.zip", None),
    ("utan_ändelse", None), ("bild.gif", None)])
def test_the_kind_of_an_attachment_by_its_suffix(name, kind):
    assert kind_of(name) == kind
    assert PackFile(name, b"x").kind == kind


def test_a_section_is_labelled_with_its_paragraph_when_it_has_one():
    assert PackSection(3, "Budget 2027").label == "§ 3 Budget 2027"
    assert PackSection(None, "Övrigt").label == "Övrigt"
    assert PackSection(0, "Öppnande").label == "Öppnande"  # no § 0


def test_the_pack_is_titled_by_group_and_day():
    pack = MeetingPack("LGS", datetime(2026, 3, 10, 12, tzinfo=UTC), notice=None)  # type: ignore[arg-type]
    assert pack.title == "Möteshandlingar LGS 2026-03-10"
    # 23.30 UTC is already the next day in Stockholm, where the meeting is held
    late = MeetingPack("LGS", datetime(2026, 3, 9, 23, 30, tzinfo=UTC), notice=None)  # type: ignore[arg-type]
    assert late.title == "Möteshandlingar LGS 2026-03-10"


def test_file_content_is_kept_out_of_the_repr():
    assert "hemligt" not in repr(PackFile("a.pdf", b"hemligt"))
