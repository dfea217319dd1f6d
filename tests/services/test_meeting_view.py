"""The meeting editor's one read (meeting_view): what the separate services it replaces give, the attendance of a
draft filled first (the checksum covers it), and each table read once."""

from __future__ import annotations

from datetime import UTC, date, datetime

from held_minutes import Held
from meeting_fixtures import item, meeting
from statement_counter import count_statements

from samverkan_desktop.db.models import Attendance, ReviewComment
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.domain.minutes_hash import short_hash
from samverkan_desktop.services import agenda, approval, groups, meetings, minutes, review
from samverkan_desktop.services import meeting_view as view_module
from samverkan_desktop.services.meeting_view import meeting_view

DAY = date(2026, 3, 10)


def separately(uow, meeting_id: int) -> tuple:
    """What the editor read before meeting_view, one service call (and unit of work) each."""
    return (meetings.get_meeting(uow, meeting_id), tuple(agenda.list_items(uow, meeting_id)),
            approval.minutes_state(uow, meeting_id), review.comments(uow, meeting_id),
            agenda.planned_time_warning(uow, meeting_id))


def together(uow, meeting_id: int) -> tuple:
    view = meeting_view(uow, meeting_id)
    assert view.attendance_error is None
    return view.meeting, view.items, view.minutes, view.comments, view.time_warning


def test_held_minutes_read_together_as_separately(uow, held: Held) -> None:
    with uow:  # a comment from the chair's receipt on § 1
        uow.session.add(ReviewComment(agenda_item_id=held.info, author="Anna Andersson", text="Förtydliga.",
                                      at=datetime(2026, 9, 20, 10, tzinfo=UTC)))
        uow.commit()
    got = together(uow, held.meeting)
    assert got == separately(uow, held.meeting)
    assert [i.id for i in got[1]] == [held.info, held.decision, held.referred]
    assert got[1][1].actions and got[1][1].attachments and got[1][2].case_id == held.case
    assert list(got[3]) == [held.info]
    assert got[2].approvers  # who may approve, as minutes_state gives it


def test_approved_minutes_read_together_as_separately(uow, approved: Held) -> None:
    got = together(uow, approved.meeting)
    assert got == separately(uow, approved.meeting)
    assert got[2].valid_approval is not None and got[2].valid_approval.content_hash == got[2].current_hash


def test_the_planned_time_warning_comes_from_the_items(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, DAY).id  # 13-15: 120 minutes
    item(uow, m, "Lång dragning", planned_minutes=90)
    item(uow, m, "Utan tid")
    assert meeting_view(uow, m).time_warning is None
    item(uow, m, "En till", planned_minutes=45)
    warning = meeting_view(uow, m).time_warning
    assert warning == agenda.planned_time_warning(uow, m) == \
        "Punkterna är planerade till 135 minuter, men mötet är 120 minuter långt."


def test_the_first_read_of_a_draft_fills_the_attendance_and_the_checksum_covers_it(uow, meeting_world,
                                                                                    count) -> None:
    m = meeting(uow, meeting_world.nosam, DAY).id
    item(uow, m, "Läget")
    empty_hash = approval.minutes_state(uow, m).current_hash
    assert count(Attendance) == 0
    view = meeting_view(uow, m)
    assert count(Attendance) == 3  # Anna, Bertil, Eva: the secretary is not listed, Cecilia had left
    assert view.minutes == approval.minutes_state(uow, m)
    assert view.minutes.current_hash != empty_hash
    assert meeting_view(uow, m) == view  # read again: nothing more is added
    assert count(Attendance) == 3


def test_a_refused_fill_is_reported_and_the_rest_is_still_read(uow, meeting_world, count, monkeypatch) -> None:
    m = meeting(uow, meeting_world.nosam, DAY).id
    item(uow, m, "Läget")
    message = "Databasen är öppnad skrivskyddad. Inget har sparats."

    def refuse(_uow, _meeting_id):
        raise StorageError(message)

    monkeypatch.setattr(view_module, "fill_attendance", refuse)
    view = meeting_view(uow, m)
    assert view.attendance_error == message
    assert [i.title for i in view.items] == ["Läget"]
    assert view.minutes == approval.minutes_state(uow, m)  # the checksum of what is stored: no attendance
    assert count(Attendance) == 0


def test_fill_attendance_fills_once_and_only_a_draft(uow, meeting_world, count) -> None:
    m = meeting(uow, meeting_world.nosam, DAY).id
    assert minutes.fill_attendance(uow, m)
    assert not minutes.fill_attendance(uow, m)
    assert count(Attendance) == 3
    cancelled = meeting(uow, meeting_world.nosam, date(2026, 4, 14)).id
    meetings.cancel_meeting(uow, cancelled, "Inställt")
    assert not minutes.fill_attendance(uow, cancelled)
    assert count(Attendance) == 3


def test_each_table_is_read_once(uow, held: Held, engine) -> None:
    meeting_view(uow, held.meeting)
    with count_statements(engine) as counter:
        view = meeting_view(uow, held.meeting)
    assert view.minutes.current_hash and short_hash(view.minutes.current_hash)
    for table in ("meeting", "agenda_item", "attendance", "action_item", "attachment"):
        reads = [s for s in counter.statements if f"FROM {table} " in s or s.rstrip().endswith(f"FROM {table}")]
        assert len(reads) == 1, f"{table}:\n{counter.report()}"
    assert counter.count <= 15, counter.report()


def test_group_choices_are_list_groups_in_its_order(uow, meeting_world) -> None:
    assert groups.group_choices(uow) == [(g.name, g.id) for g in groups.list_groups(uow)]
    assert [name for name, _id in groups.group_choices(uow)] == [
        "NOSAM Falkenberg", "Referensgruppen", "Temagrupp psykisk hälsa"]
