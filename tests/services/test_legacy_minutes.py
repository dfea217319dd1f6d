"""Old minutes into a new meeting: the app's own exported minutes read back into the same structure, § numbers
kept or refused, attendance matched by name, the original kept as an attachment, nothing saved on refusal."""

from __future__ import annotations

from datetime import date, time

import pytest
from docx import Document
from meeting_fixtures import build_world, item, meeting
from sqlalchemy import func, select

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.enums import AttendanceStatus, ItemKind, MeetingStatus, MinutesStatus, Outcome
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.export.minutes_docx import write_minutes
from samverkan_desktop.importing.word_minutes import read_minutes_docx
from samverkan_desktop.services.agenda import list_items
from samverkan_desktop.services.attachments import read_attachment
from samverkan_desktop.services.documents import minutes_document
from samverkan_desktop.services.legacy_minutes import import_minutes, plan_minutes_import
from samverkan_desktop.services.meeting_dto import OutcomeData
from samverkan_desktop.services.meetings import get_meeting
from samverkan_desktop.services.minutes import attendance, fill_attendance, save_text, set_outcome

DAY = date(2025, 3, 10)


def _meeting_count(uow) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting))


@pytest.fixture
def exported(uow, tmp_path):
    """A NOSAM meeting written the way the app writes minutes, to a DOCX."""
    world = build_world(uow)
    m = meeting(uow, world.nosam, DAY, place="Rådhuset, Falkenberg")
    first = item(uow, m.id, "Mötets öppnande")
    save_text(uow, first.id, "Ordföranden öppnade mötet.", None)
    set_outcome(uow, first.id, OutcomeData(Outcome.NOTED))
    second = item(uow, m.id, "Gemensam rutin för utskrivning", ItemKind.DECISION, presenter="Bertil Berg")
    save_text(uow, second.id, "Rutinen har remitterats till kommunerna.\nSynpunkter från Varberg är inarbetade.",
              "att fastställa rutinen\natt följa upp den efter ett år")
    set_outcome(uow, second.id, OutcomeData(Outcome.DECIDED))
    third = item(uow, m.id, "Enskilt ärende", confidential=True)
    save_text(uow, third.id, "Uppgifter om en enskild.", None)
    fourth = item(uow, m.id, "Hjälpmedel", ItemKind.DISCUSSION)
    save_text(uow, fourth.id, "Underlaget behöver kompletteras.", None)
    set_outcome(uow, fourth.id, OutcomeData(Outcome.REFERRED_BACK, "för komplettering av kostnaderna"))
    fifth = item(uow, m.id, "Avvikelser")
    save_text(uow, fifth.id, "Statistiken saknas.", None)
    set_outcome(uow, fifth.id, OutcomeData(Outcome.DEFERRED, "underlag saknas"))
    fill_attendance(uow, m.id)
    target = tmp_path / "NOSAM 2025-03-10.docx"
    write_minutes(minutes_document(uow, m.id), target)
    return world, m, target


def test_the_apps_own_minutes_read_back_into_the_same_structure(uow, exported):
    _, m, target = exported
    original = minutes_document(uow, m.id)
    parsed = read_minutes_docx(target)
    assert (parsed.day, parsed.starts, parsed.ends, parsed.place) == (DAY, time(13), time(15),
                                                                      "Rådhuset, Falkenberg")
    assert [p.name for p in parsed.present] == [p.name for p in original.present]
    assert len(parsed.items) == len(original.sections) == 5
    for read, section in zip(parsed.items, original.sections, strict=True):
        assert read.paragraph == section.paragraph
        assert read.confidential == section.confidential
        if section.confidential:
            continue
        assert (read.title, read.presenter, read.notes, read.decision) == (
            section.title, section.presenter, section.notes, section.decision)
    items = list_items(uow, m.id)
    assert [(i.outcome, (i.outcome_reason or "").lower()) for i in parsed.items] == [
        (i.outcome, (i.outcome_reason or "").lower()) if not i.confidential else (None, "") for i in items]


def test_imported_into_an_empty_place_it_is_the_same_meeting(uow, exported):
    world, m, target = exported
    before = list_items(uow, m.id)
    was_present = {p.name for p in minutes_document(uow, m.id).present}
    with uow:  # the original goes: its § are free again
        uow.session.delete(uow.session.get(Meeting, m.id))
        uow.commit()
    plan = plan_minutes_import(uow, read_minutes_docx(target), world.nosam)
    assert plan.keeps_paragraphs and not plan.unmatched
    result = import_minutes(uow, plan, target.read_bytes())
    new = get_meeting(uow, result.meeting_id)
    assert (new.status, new.minutes_status) == (MeetingStatus.HELD, MinutesStatus.DRAFT)
    after = list_items(uow, result.meeting_id)
    fields = ("position", "paragraph", "title", "presenter", "notes", "decision_text", "outcome")
    public = [tuple(getattr(i, f) for f in fields) for i in before if not i.confidential]
    assert public == [tuple(getattr(i, f) for f in fields) for i in after if not i.confidential]
    assert [i.confidential for i in after] == [i.confidential for i in before]
    assert after[3].outcome_reason.lower() == before[3].outcome_reason.lower()
    assert after[3].target_group_id == world.nosam
    present = {a.person_name for a in attendance(uow, result.meeting_id) if a.status is AttendanceStatus.PRESENT}
    assert present == was_present and len(present) >= 4
    attached = after[0].attachments
    assert [a.file_name for a in attached] == [target.name]
    assert read_attachment(uow, attached[0].id).content == target.read_bytes()


def test_paragraphs_already_used_in_the_group_and_year_are_refused_and_nothing_is_saved(uow, exported):
    world, _, target = exported
    count = _meeting_count(uow)
    with pytest.raises(ValidationError, match=r"§-numren i dokumentet finns redan i NOSAM Falkenberg 2025: "
                                              r"§ 1 \(2025-03-10\)"):
        plan_minutes_import(uow, read_minutes_docx(target), world.nosam)
    # Another group has no § in 2025: the same document goes in there, its people unknown to that group.
    plan = plan_minutes_import(uow, read_minutes_docx(target), world.other)
    assert {a.name for a in plan.unmatched} == {p.name for p in read_minutes_docx(target).present}
    assert all("ingen medlem i Referensgruppen" in a.why_not for a in plan.unmatched)
    result = import_minutes(uow, plan, target.read_bytes())
    assert result.attendance == 0 and len(result.unmatched) == len(plan.unmatched) >= 4
    assert _meeting_count(uow) == count + 1


def test_items_without_a_paragraph_get_the_groups_numbering_and_names_are_matched(uow, tmp_path):
    world = build_world(uow)
    held = meeting(uow, world.nosam, date(2025, 2, 1))
    item(uow, held.id, "Tidigare punkt")
    d = Document()
    d.add_paragraph("Datum: 2025-05-06")
    d.add_paragraph("Närvarande: anna  andersson, Bertil Berg, Okänd Okändsson")
    d.add_paragraph("Anmält förhinder: Eva Ström")
    d.add_paragraph("1. Öppnande")
    d.add_paragraph("2. Uppföljning")
    d.add_paragraph("Beslut: att notera")
    target = tmp_path / "gammalt.docx"
    d.save(str(target))
    plan = plan_minutes_import(uow, read_minutes_docx(target), world.nosam)
    assert not plan.keeps_paragraphs
    assert [(a.name, a.person_name) for a in plan.attendance] == [
        ("anna andersson", "Anna Andersson"), ("Bertil Berg", "Bertil Berg"), ("Okänd Okändsson", None),
        ("Eva Ström", "Eva Ström")]
    result = import_minutes(uow, plan, target.read_bytes())
    assert result.paragraphs == (2, 3)  # after § 1 of February
    assert result.unmatched == ("Okänd Okändsson",)
    rows = {a.person_name: a.status for a in attendance(uow, result.meeting_id)}
    assert rows == {"Anna Andersson": AttendanceStatus.PRESENT, "Bertil Berg": AttendanceStatus.PRESENT,
                    "Eva Ström": AttendanceStatus.EXCUSED}
    new = get_meeting(uow, result.meeting_id)
    local = (new.starts_at.astimezone(STOCKHOLM).time(), new.ends_at.astimezone(STOCKHOLM).time())
    assert local == (time(9), time(12))  # the default time, which the reader's notes state


def test_a_document_without_a_date_needs_one(uow, tmp_path):
    world = build_world(uow)
    d = Document()
    d.add_paragraph("§ 3 Öppnande")
    target = tmp_path / "utan datum.docx"
    d.save(str(target))
    parsed = read_minutes_docx(target)
    assert any("datum hittades inte" in n for n in parsed.notes)
    with pytest.raises(ValidationError, match="anger inget datum"):
        plan_minutes_import(uow, parsed, world.nosam)
    plan = plan_minutes_import(uow, parsed, world.nosam, day=date(2019, 4, 2), start=time(10), end=time(11))
    assert import_minutes(uow, plan, target.read_bytes()).paragraphs == (3,)
