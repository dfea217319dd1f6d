"""The minutes' state machine, the approval bound to the content's hash, the lock, and verification."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from held_minutes import TUESDAY, Held
from meeting_fixtures import item, meeting
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import (
    ActionItem,
    AgendaItem,
    Approval,
    Attachment,
    AttachmentBlob,
    Attendance,
    AuditEvent,
    Case,
    Meeting,
)
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.enums import (
    ActionStatus,
    ApprovalMethod,
    AttendanceStatus,
    ItemKind,
    MeetingKind,
    MinutesStatus,
    Outcome,
    Role,
)
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.minutes_hash import canonical_json, minutes_hash
from samverkan_desktop.services import agenda, attachments, cases, meetings, minutes, verification
from samverkan_desktop.services.approval import (
    approve,
    minutes_content,
    minutes_state,
    reopen,
    send_for_approval,
)
from samverkan_desktop.services.dto import GroupData, MembershipData, PersonData
from samverkan_desktop.services.meeting_dto import (
    ActionData,
    AgendaItemData,
    AttendanceData,
    MeetingData,
    OutcomeData,
)
from samverkan_desktop.services.memberships import save_membership

ONE, THREE = time(13, 0), time(15, 0)
IN_APP = ApprovalMethod.IN_APP



def status_of(engine, meeting_id: int) -> MinutesStatus:
    with Session(engine) as session:
        return session.get(Meeting, meeting_id).minutes_status


def summaries(engine, meeting_id: int, action: str) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(AuditEvent.summary).where(
            AuditEvent.meeting_id == meeting_id, AuditEvent.action == action).order_by(AuditEvent.id)))


def approvals(engine, meeting_id: int) -> list[Approval]:
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(select(Approval).where(Approval.meeting_id == meeting_id).order_by(Approval.id)))


def orm(uow, change) -> None:
    """A change made straight in the ORM, for fields that have no service of their own."""
    with uow:
        change(uow.session)
        uow.commit()


def vice_chair(uow, world, person: str = "Fredrik Lund", start: date = date(2024, 1, 1)) -> None:
    save_membership(uow, MembershipData(world.people[person], world.nosam, Role.VICE_CHAIR, None, start))


# -- send for approval -------------------------------------------------------------------------
def test_send_for_approval_goes_to_the_chair_on_the_meeting_date(uow, held, engine, audit_trail) -> None:
    state = send_for_approval(uow, held.meeting)
    assert state.status is MinutesStatus.FOR_APPROVAL
    assert status_of(engine, held.meeting) is MinutesStatus.FOR_APPROVAL
    assert audit_trail("anteckningar")[-1] == ("anteckningar", held.meeting, "skickade för godkännande", "testare")
    (summary,) = summaries(engine, held.meeting, "skickade för godkännande")
    assert summary.startswith("till Anna Andersson (ordförande)")
    assert state.approvers[0] == (held.people["Anna Andersson"], "Anna Andersson", Role.CHAIR)


def test_send_for_approval_to_the_vice_chair_when_asked(uow, held, engine) -> None:
    vice_chair(uow, held.world)
    send_for_approval(uow, held.meeting, to_vice_chair=True)
    (summary,) = summaries(engine, held.meeting, "skickade för godkännande")
    assert summary.startswith("till Fredrik Lund (vice ordförande)")


def test_send_to_a_vice_chair_the_group_did_not_have_is_refused(uow, held, engine) -> None:
    vice_chair(uow, held.world, start=date(2026, 10, 1))  # only after the meeting
    with pytest.raises(ValidationError, match="ingen vice ordförande på mötesdagen"):
        send_for_approval(uow, held.meeting, to_vice_chair=True)
    assert status_of(engine, held.meeting) is MinutesStatus.DRAFT


def test_send_for_approval_refused_unless_the_meeting_was_held(uow, meeting_world, engine, count) -> None:
    planned = meeting(uow, meeting_world.nosam, TUESDAY).id
    events = count(AuditEvent)
    with pytest.raises(ValidationError, match="genomfört"):
        send_for_approval(uow, planned)
    meetings.mark_called(uow, planned)
    with pytest.raises(ValidationError, match="genomfört"):
        send_for_approval(uow, planned)
    assert status_of(engine, planned) is MinutesStatus.DRAFT
    assert count(AuditEvent) == events + 1  # only the call to the meeting


@pytest.mark.parametrize("status", [MinutesStatus.FOR_APPROVAL, MinutesStatus.APPROVED, MinutesStatus.PUBLISHED])
def test_send_for_approval_refused_unless_a_draft(uow, held, engine, status) -> None:
    send_for_approval(uow, held.meeting)
    if status is not MinutesStatus.FOR_APPROVAL:
        approve(uow, held.meeting, held.people["Anna Andersson"], IN_APP)
    orm(uow, lambda s: setattr(s.get(Meeting, held.meeting), "minutes_status", status))
    with pytest.raises(ValidationError, match="Bara ett utkast"):
        send_for_approval(uow, held.meeting)
    assert status_of(engine, held.meeting) is status


def test_send_for_approval_refused_when_the_group_had_no_chair_that_day(uow, meeting_world, engine) -> None:
    # the NOSAM's chair took office on 2024-01-01; the Referensgruppen never had one
    for group, day in ((meeting_world.nosam, date(2023, 11, 14)), (meeting_world.other, TUESDAY)):
        early = meeting(uow, group, day).id
        meetings.mark_held(uow, early)
        with pytest.raises(ValidationError, match=r"^Gruppen hade ingen ordförande på mötesdagen\.$"):
            send_for_approval(uow, early)
        assert status_of(engine, early) is MinutesStatus.DRAFT
        assert minutes_state(uow, early).approvers == ()


# -- approve -----------------------------------------------------------------------------------
def test_approve_stores_the_hash_and_the_canonical_content(uow, held, engine, audit_trail) -> None:
    send_for_approval(uow, held.meeting)
    before = minutes_state(uow, held.meeting)
    at = datetime(2026, 9, 22, 8, 30, tzinfo=UTC)
    state = approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.EMAIL, " Via mejl ", at=at)
    assert state.status is MinutesStatus.APPROVED
    assert state.current_hash == before.current_hash
    (row,) = approvals(engine, held.meeting)
    assert row.content_hash == state.current_hash
    assert minutes_hash(json.loads(row.content)) == row.content_hash
    with Session(engine) as session:
        m = session.get(Meeting, held.meeting)
        assert row.content == canonical_json(minutes_content(session, m))
    assert (row.approved_by_id, row.role, row.method, row.note, row.approved_at) == (
        held.people["Anna Andersson"], Role.CHAIR, ApprovalMethod.EMAIL, "Via mejl", at)
    assert row.revoked_at is None
    valid = state.valid_approval
    assert valid is not None and valid.approved_by_name == "Anna Andersson"
    assert valid.short_hash == f"{row.content_hash[:4]}-{row.content_hash[4:8]}-{row.content_hash[8:12]}"
    assert audit_trail("anteckningar")[-1] == ("anteckningar", held.meeting, "godkända", "testare")
    assert valid.short_hash in summaries(engine, held.meeting, "godkända")[0]


def test_approve_by_the_vice_chair_records_the_role(uow, held, engine) -> None:
    vice_chair(uow, held.world)
    send_for_approval(uow, held.meeting, to_vice_chair=True)
    approve(uow, held.meeting, held.people["Fredrik Lund"], IN_APP)
    (row,) = approvals(engine, held.meeting)
    assert row.role is Role.VICE_CHAIR


def test_a_plain_member_cannot_approve(uow, held, engine, count) -> None:
    send_for_approval(uow, held.meeting)
    with pytest.raises(ValidationError) as caught:
        approve(uow, held.meeting, held.people["Bertil Berg"], IN_APP)
    assert caught.value.field == "approved_by"
    assert caught.value.message.startswith(
        "Bertil Berg var inte ordförande eller vice ordförande i gruppen på mötesdagen")
    assert count(Approval) == 0
    assert status_of(engine, held.meeting) is MinutesStatus.FOR_APPROVAL


def test_a_chair_not_in_office_on_the_meeting_date_cannot_approve(uow, meeting_world, engine, count) -> None:
    w = meeting_world
    # Referensgruppen: Gun Holm becomes chair on 2026-10-01, Hans Ek chaired it until 2026-09-14
    save_membership(uow, MembershipData(w.people["Gun Holm"], w.other, Role.CHAIR, None, date(2026, 10, 1)))
    save_membership(uow, MembershipData(w.people["Hans Ek"], w.other, Role.VICE_CHAIR, None, date(2024, 1, 1),
                                        date(2026, 9, 14)))
    m = meeting(uow, w.other, TUESDAY).id
    meetings.mark_held(uow, m)
    for name in ("Gun Holm", "Hans Ek"):
        with pytest.raises(ValidationError, match=f"^{name} var inte ordförande eller vice ordförande"):
            approve(uow, m, w.people[name], IN_APP)
    assert count(Approval) == 0
    assert status_of(engine, m) is MinutesStatus.DRAFT
    # on the meeting date itself (Stockholm time) the chair may approve
    later = meeting(uow, w.other, date(2026, 10, 1), time(0, 30), time(1, 30)).id
    meetings.mark_held(uow, later)
    assert approve(uow, later, w.people["Gun Holm"], IN_APP).status is MinutesStatus.APPROVED


def test_approve_with_another_hash_than_the_current_one_is_refused(uow, held, engine, count) -> None:
    send_for_approval(uow, held.meeting)
    seen = minutes_state(uow, held.meeting).current_hash
    minutes.save_text(uow, held.info, "Läget är stabilt.", None)  # changed after the chair read it
    with pytest.raises(ValidationError, match="har ändrats sedan de lästes") as caught:
        approve(uow, held.meeting, held.people["Anna Andersson"], IN_APP, expected_hash=seen)
    assert caught.value.field == "content_hash"
    assert count(Approval) == 0
    assert status_of(engine, held.meeting) is MinutesStatus.DRAFT
    current = minutes_state(uow, held.meeting).current_hash
    state = approve(uow, held.meeting, held.people["Anna Andersson"], IN_APP, expected_hash=current)
    assert state.valid_approval.content_hash == current != seen


@pytest.mark.parametrize("status", [MinutesStatus.APPROVED, MinutesStatus.PUBLISHED])
def test_approve_when_already_approved_is_refused(uow, approved, count, status) -> None:
    held = approved
    orm(uow, lambda s: setattr(s.get(Meeting, held.meeting), "minutes_status", status))
    with pytest.raises(ValidationError, match="redan godkända"):
        approve(uow, held.meeting, held.people["Anna Andersson"], IN_APP)
    assert count(Approval) == 1


def test_approve_refused_unless_the_meeting_was_held(uow, meeting_world, count) -> None:
    planned = meeting(uow, meeting_world.nosam, TUESDAY).id
    with pytest.raises(ValidationError, match="genomfört möte"):
        approve(uow, planned, meeting_world.people["Anna Andersson"], IN_APP)
    assert count(Approval) == 0


# -- reopen ------------------------------------------------------------------------------------
@pytest.mark.parametrize("reason", ["", "   ", None])
def test_reopen_needs_a_reason(uow, approved, engine, reason) -> None:
    held = approved
    with pytest.raises(ValidationError) as caught:
        reopen(uow, held.meeting, reason)
    assert caught.value.field == "reason"
    assert status_of(engine, held.meeting) is MinutesStatus.APPROVED
    assert approvals(engine, held.meeting)[0].revoked_at is None


def test_reopen_a_draft_is_refused(uow, held) -> None:
    with pytest.raises(ValidationError, match="redan ett utkast"):
        reopen(uow, held.meeting, "Fel i § 2")


def test_reopen_revokes_the_approval_and_returns_to_draft(uow, approved, engine, count, audit_trail) -> None:
    held = approved
    state = reopen(uow, held.meeting, "  Fel datum i beslutet  ")
    assert state.status is MinutesStatus.DRAFT
    assert status_of(engine, held.meeting) is MinutesStatus.DRAFT
    assert state.valid_approval is None
    assert count(Approval) == 1  # revoked, not deleted
    (row,) = approvals(engine, held.meeting)
    assert row.revoked_at is not None and row.revoke_reason == "Fel datum i beslutet"
    assert state.approvals[0].revoked_at is not None
    assert audit_trail("anteckningar")[-1] == ("anteckningar", held.meeting, "öppnade igen", "testare")
    assert "Fel datum i beslutet" in summaries(engine, held.meeting, "öppnade igen")[0]


def test_reopen_while_waiting_for_the_chair(uow, held, engine) -> None:
    send_for_approval(uow, held.meeting)
    assert reopen(uow, held.meeting, "Punkt saknas").status is MinutesStatus.DRAFT


def test_reopen_edit_and_approve_again_gives_a_new_hash_and_two_approvals(uow, held, engine) -> None:
    anna = held.people["Anna Andersson"]
    first = approve(uow, held.meeting, anna, IN_APP).valid_approval
    reopen(uow, held.meeting, "Beslutet var felskrivet")
    minutes.save_text(uow, held.decision, "Rutinen presenterades.", "att anta rutinen\natt följa upp i november")
    send_for_approval(uow, held.meeting)
    second = approve(uow, held.meeting, anna, ApprovalMethod.EMAIL)
    assert second.valid_approval.content_hash != first.content_hash
    assert second.valid_approval.content_hash == second.current_hash
    rows = approvals(engine, held.meeting)
    assert [r.content_hash for r in rows] == [first.content_hash, second.current_hash]
    assert rows[0].revoked_at is not None and rows[1].revoked_at is None
    assert [a.content_hash for a in second.approvals] == [first.content_hash, second.current_hash]
    assert verification.verify_all(uow) == []


# -- every content field is covered by the hash ------------------------------------------------
def test_every_content_field_is_covered_by_the_hash(uow, held, engine) -> None:
    w, p, rows = held.world, held.people, held.rows
    m = held.meeting

    def meeting_data(**changes) -> MeetingData:
        with Session(engine) as session:
            current = session.get(Meeting, m)
            start = current.starts_at.astimezone(STOCKHOLM)
            end = current.ends_at.astimezone(STOCKHOLM)
            base = dict(group_id=current.group_id, day=start.date(), start=start.time(), end=end.time(),
                        place=current.place, online_link=current.online_link, kind=current.kind)
        return MeetingData(**(base | changes))

    def item_data(item_id: int, **changes) -> AgendaItemData:
        i = agenda.get_item(uow, item_id)
        return AgendaItemData(**({"title": i.title, "kind": i.kind, "presenter": i.presenter,
                                  "planned_minutes": i.planned_minutes, "confidential": i.confidential,
                                  "case_id": i.case_id} | changes))

    def action_data(**changes) -> ActionData:
        a = agenda.get_item(uow, held.decision).actions[0]
        return ActionData(**({"what": a.what, "responsible_person_id": a.responsible_person_id,
                              "responsible_organisation_id": a.responsible_organisation_id, "due_on": a.due_on,
                              "status": a.status, "done_on": a.done_on} | changes))

    def attendance_data(name: str, **changes) -> AttendanceData:
        a = next(a for a in minutes.attendance(uow, m) if a.person_name == name)
        return AttendanceData(**({"status": a.status, "substitute_for_id": a.substitute_for_id,
                                  "present_from_paragraph": a.present_from_paragraph,
                                  "present_to_paragraph": a.present_to_paragraph} | changes))

    def on_row(name: str, **values):
        return lambda s: [setattr(s.get(Attendance, rows[name]), k, v) for k, v in values.items()]

    changes = [
        # meeting facts
        ("place", lambda: meetings.update_meeting(uow, m, meeting_data(place="Stadshuset"))),
        ("online link", lambda: meetings.update_meeting(uow, m, meeting_data(online_link=None))),
        ("start", lambda: meetings.update_meeting(uow, m, meeting_data(start=time(12, 30)))),
        ("end", lambda: meetings.update_meeting(uow, m, meeting_data(end=time(15, 30)))),
        ("day", lambda: meetings.update_meeting(uow, m, meeting_data(day=date(2026, 9, 16)))),
        ("meeting kind", lambda: meetings.update_meeting(uow, m, meeting_data(kind=MeetingKind.EXTRA))),
        # attendance
        ("attendance status", lambda: minutes.set_attendance(
            uow, rows["Eva Ström"], attendance_data("Eva Ström", status=AttendanceStatus.ABSENT))),
        ("substitute for", lambda: minutes.set_attendance(
            uow, rows["Fredrik Lund"], attendance_data("Fredrik Lund", substitute_for_id=p["Anna Andersson"]))),
        ("present from §", lambda: minutes.set_attendance(
            uow, rows["Bertil Berg"], attendance_data("Bertil Berg", present_from_paragraph=2))),
        ("present to §", lambda: minutes.set_attendance(
            uow, rows["Bertil Berg"], attendance_data("Bertil Berg", present_to_paragraph=3))),
        ("a guest added", lambda: minutes.add_attendee(uow, m, p["Gun Holm"])),
        ("an adjunct added", lambda: minutes.add_attendee(uow, m, p["Hans Ek"], adjunct=True)),
        ("attendance role", lambda: orm(uow, on_row("Eva Ström", role=Role.VICE_CHAIR))),
        ("represents", lambda: orm(uow, on_row("Eva Ström", represents_id=w.varberg))),
        ("guest flag", lambda: orm(uow, on_row("Fredrik Lund", is_guest=False))),
        ("adjunct flag", lambda: orm(uow, on_row("Fredrik Lund", is_adjunct=True))),
        # items
        ("title", lambda: agenda.update_item(uow, held.info, item_data(held.info, title="Läget i regionen"))),
        ("kind", lambda: agenda.update_item(uow, held.info, item_data(held.info, kind=ItemKind.DISCUSSION))),
        ("presenter", lambda: agenda.update_item(uow, held.info, item_data(held.info, presenter="Eva Ström"))),
        ("confidential", lambda: agenda.update_item(
            uow, held.decision, item_data(held.decision, confidential=False))),
        ("notes", lambda: minutes.save_text(uow, held.info, "Läget är oroande.", None)),
        ("decision", lambda: minutes.save_text(
            uow, held.decision, "Rutinen presenterades.", "att anta rutinen\natt följa upp i januari")),
        ("reason", lambda: minutes.set_outcome(
            uow, held.referred, OutcomeData(Outcome.REFERRED_BACK, "Juridiken ska utredas", w.tema))),
        ("target group", lambda: minutes.set_outcome(
            uow, held.referred, OutcomeData(Outcome.REFERRED_BACK, "Juridiken ska utredas", w.nosam))),
        ("outcome", lambda: minutes.set_outcome(uow, held.referred, OutcomeData(Outcome.DEFERRED))),
        ("paragraph", lambda: orm(uow, lambda s: setattr(s.get(AgendaItem, held.info), "paragraph", 7))),
        # actions
        ("action what", lambda: minutes.update_action(uow, held.action, action_data(what="Sprida rutinen"))),
        ("action person", lambda: minutes.update_action(
            uow, held.action, action_data(responsible_person_id=p["Eva Ström"]))),
        ("action organisation", lambda: minutes.update_action(
            uow, held.action, action_data(responsible_organisation_id=w.varberg))),
        ("action due", lambda: minutes.update_action(uow, held.action, action_data(due_on=date(2026, 11, 1)))),
        ("action added", lambda: minutes.add_action(uow, held.info, ActionData("Bjuda in IVO", None, w.region))),
        ("action deleted", lambda: minutes.delete_action(uow, held.action)),
        # the agenda
        ("item moved", lambda: agenda.move_item(uow, held.referred, 1)),
        ("item added", lambda: agenda.add_item(uow, m, AgendaItemData("Övriga frågor", ItemKind.DISCUSSION))),
        ("item deleted", lambda: agenda.delete_item(uow, held.info)),
    ]
    seen = {minutes_state(uow, m).current_hash: "the start"}
    for what, change in changes:
        change()
        digest = minutes_state(uow, m).current_hash
        assert digest not in seen, f"changing the {what} gave the same hash as after {seen.get(digest)}"
        seen[digest] = what
    assert status_of(engine, m) is MinutesStatus.DRAFT


def test_moving_an_item_changes_the_hash(uow, held) -> None:
    before = minutes_state(uow, held.meeting).current_hash
    agenda.move_item(uow, held.decision, 1)
    moved = minutes_state(uow, held.meeting).current_hash
    assert moved != before
    agenda.move_item(uow, held.decision, 2)
    assert minutes_state(uow, held.meeting).current_hash == before  # the same order, the same hash


# -- the lock ----------------------------------------------------------------------------------
def add_file(h: Held, tmp_path: Path):
    source = tmp_path / "ny.pdf"
    source.write_bytes(b"%PDF-1.4 ny")
    return lambda uow: attachments.add_attachment(uow, h.decision, source)


EDITS = {
    "agenda.add_item": lambda uow, h, _: agenda.add_item(uow, h.meeting, AgendaItemData("Ny punkt")),
    "agenda.update_item": lambda uow, h, _: agenda.update_item(uow, h.info, AgendaItemData("Ny rubrik")),
    "agenda.delete_item": lambda uow, h, _: agenda.delete_item(uow, h.info),
    "agenda.move_item": lambda uow, h, _: agenda.move_item(uow, h.referred, 1),
    "agenda.apply_template": lambda uow, h, _: agenda.apply_template(uow, h.meeting),
    "attachments.add_attachment": lambda uow, h, tmp: add_file(h, tmp)(uow),
    "attachments.remove_attachment": lambda uow, h, _: attachments.remove_attachment(uow, h.attachment),
    "attachments.attach_content": lambda uow, h, _: attachments.attach_content(uow, h.decision, "ny.pdf", b"%PDF"),
    "minutes.save_text": lambda uow, h, _: minutes.save_text(uow, h.info, "Ändrad", None),
    "minutes.set_outcome": lambda uow, h, _: minutes.set_outcome(uow, h.referred, OutcomeData(Outcome.STRUCK)),
    "minutes.set_attendance": lambda uow, h, _: minutes.set_attendance(
        uow, h.rows["Anna Andersson"], AttendanceData(AttendanceStatus.ABSENT)),
    "minutes.add_attendee": lambda uow, h, _: minutes.add_attendee(uow, h.meeting, h.people["Gun Holm"]),
    "minutes.add_action": lambda uow, h, _: minutes.add_action(
        uow, h.info, ActionData("Ny åtgärd", h.people["Eva Ström"])),
    "minutes.update_action": lambda uow, h, _: minutes.update_action(
        uow, h.action, ActionData("Klar", h.people["Eva Ström"], status=ActionStatus.DONE, done_on=TUESDAY)),
    "minutes.delete_action": lambda uow, h, _: minutes.delete_action(uow, h.action),
    "cases.open_case": lambda uow, h, _: cases.open_case(uow, h.info),
    "cases.put_on_agenda": lambda uow, h, _: cases.put_on_agenda(uow, h.case, h.meeting),
    "meetings.update_meeting": lambda uow, h, _: meetings.update_meeting(
        uow, h.meeting, MeetingData(h.world.nosam, TUESDAY, ONE, THREE, place="Stadshuset")),
}


def snapshot(engine, meeting_id: int) -> tuple:
    """Everything a refused edit must leave as it was: status, content, rows, audit trail, stored content."""
    with Session(engine) as session:
        m = session.get(Meeting, meeting_id)
        counts = tuple(session.scalar(select(func.count()).select_from(model))
                       for model in (AgendaItem, Attachment, AttachmentBlob, ActionItem, Attendance, Case, Approval,
                                     AuditEvent))
        return m.minutes_status, m.ical_sequence, minutes_content(session, m), counts


@pytest.mark.parametrize("status", [MinutesStatus.APPROVED, MinutesStatus.PUBLISHED])
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_locked_minutes_cannot_be_changed_through_any_service(uow, approved, engine, tmp_path, status,
                                                             edit) -> None:
    held = approved
    assert status_of(engine, held.meeting) is MinutesStatus.APPROVED
    if status is MinutesStatus.PUBLISHED:
        orm(uow, lambda s: setattr(s.get(Meeting, held.meeting), "minutes_status", status))
    before = snapshot(engine, held.meeting)
    with pytest.raises(ValidationError, match="godkända och låsta") as caught:
        edit(uow, held, tmp_path)
    assert caught.value.field == "minutes_status"
    assert snapshot(engine, held.meeting) == before


# -- an edit while the chair reads the minutes -------------------------------------------------
@pytest.mark.parametrize("edit", [EDITS[name] for name in (
    "minutes.save_text", "minutes.set_attendance", "minutes.add_action", "agenda.move_item",
    "meetings.update_meeting")], ids=["save_text", "set_attendance", "add_action", "move_item", "update_meeting"])
def test_an_edit_while_for_approval_returns_the_minutes_to_draft(uow, held, engine, audit_trail, tmp_path,
                                                                   edit) -> None:
    send_for_approval(uow, held.meeting)
    sent = minutes_state(uow, held.meeting).current_hash
    edit(uow, held, tmp_path)
    state = minutes_state(uow, held.meeting)
    assert state.status is MinutesStatus.DRAFT
    assert state.current_hash != sent
    events = [e for e in audit_trail() if e[0] == "anteckningar"]
    assert events[-1] == ("anteckningar", held.meeting, "åter till utkast", "testare")
    assert summaries(engine, held.meeting, "åter till utkast") == ["ändrade medan de väntade på godkännande"]


def test_a_refused_edit_leaves_the_minutes_with_the_chair(uow, held, engine) -> None:
    send_for_approval(uow, held.meeting)
    with pytest.raises(ValidationError, match="Skriv beslutet"):
        minutes.set_outcome(uow, held.info, OutcomeData(Outcome.DECIDED))  # § 1 has no decision text
    assert status_of(engine, held.meeting) is MinutesStatus.FOR_APPROVAL
    assert summaries(engine, held.meeting, "åter till utkast") == []


def test_an_unchanged_autosave_keeps_the_minutes_with_the_chair(uow, held, engine) -> None:
    send_for_approval(uow, held.meeting)
    current = agenda.get_item(uow, held.info)
    minutes.save_text(uow, held.info, current.notes, current.decision_text)
    assert status_of(engine, held.meeting) is MinutesStatus.FOR_APPROVAL


# -- verification ------------------------------------------------------------------------------
def test_verify_is_clean_after_approval(uow, held) -> None:
    assert verification.verify_all(uow) == []
    approve(uow, held.meeting, held.people["Anna Andersson"], IN_APP)
    assert verification.verify_all(uow) == []
    item(uow, meeting(uow, held.world.nosam, date(2026, 11, 10)).id, "Nästa möte")  # other meetings may change
    assert verification.verify_all(uow) == []


@pytest.mark.parametrize("status", [MinutesStatus.APPROVED, MinutesStatus.PUBLISHED])
def test_verify_names_minutes_changed_outside_the_app(uow, approved, engine, status) -> None:
    held = approved
    orm(uow, lambda s: setattr(s.get(Meeting, held.meeting), "minutes_status", status))
    paragraph = agenda.get_item(uow, held.decision).paragraph
    with engine.begin() as connection:
        connection.execute(text("UPDATE agenda_item SET decision_text = 'att avslå rutinen' WHERE id = :id"),
                           {"id": held.decision})
    (problem,) = verification.verify_all(uow)
    assert (problem.meeting_id, problem.group_name, problem.meeting_on) == (
        held.meeting, "NOSAM Falkenberg", "2026-09-15")
    assert f"§ {paragraph} (beslut)" in problem.differences
    described = problem.describe()
    assert "NOSAM Falkenberg" in described and "2026-09-15" in described and f"§ {paragraph} (beslut)" in described


def test_verify_names_changed_attendance_and_meeting_facts(uow, approved, engine) -> None:
    held = approved
    with engine.begin() as connection:
        connection.execute(text("UPDATE attendance SET status = 'franvarande' WHERE id = :id"),
                           {"id": held.rows["Anna Andersson"]})
        connection.execute(text("UPDATE meeting SET place = 'Stadshuset' WHERE id = :id"), {"id": held.meeting})
    (problem,) = verification.verify_all(uow)
    assert problem.differences == ("mötesuppgifterna", "närvaron")


def test_verify_reports_approved_minutes_without_an_approval(uow, approved) -> None:
    orm(uow, lambda s: s.execute(text("DELETE FROM approval")))
    (problem,) = verification.verify_all(uow)
    assert problem.differences == ("godkännandet saknas",)


def test_verify_ignores_reopened_minutes(uow, approved) -> None:
    held = approved
    reopen(uow, held.meeting, "Fel i § 2")
    minutes.save_text(uow, held.decision, None, "att avslå rutinen")
    assert verification.verify_all(uow) == []



def test_renaming_people_and_groups_does_not_break_an_approval(uow, held) -> None:
    from samverkan_desktop.services import groups, people

    approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.IN_APP)
    anna = people.get_person(uow, held.people["Anna Andersson"])
    people.update_person(uow, anna.id, PersonData("Anna Andersson-Lind", anna.title, anna.email, anna.phone,
                                                   anna.employer_id))
    group = groups.get_group(uow, minutes_state_group(uow, held.meeting))
    groups.update_group(uow, group.id, GroupData(group.name + " (nytt namn)", group.kind, group.short_name,
                                                 group.parent_id))
    assert verification.verify_all(uow) == []


def test_an_action_can_be_followed_up_after_approval_but_not_rewritten(uow, held) -> None:
    approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.IN_APP)
    action = next(a for i in agenda.list_items(uow, held.meeting) for a in i.actions if a.id == held.action)
    done = ActionData(action.what, action.responsible_person_id, action.responsible_organisation_id, action.due_on,
                      ActionStatus.DONE, date(2026, 10, 1))
    assert minutes.update_action(uow, held.action, done).status is ActionStatus.DONE
    assert verification.verify_all(uow) == []
    with pytest.raises(ValidationError):
        minutes.update_action(uow, held.action, dataclasses.replace(done, what="Något annat"))


def minutes_state_group(uow, meeting_id: int) -> int:
    from samverkan_desktop.services import meetings as meeting_service

    return meeting_service.get_meeting(uow, meeting_id).group_id


def test_approving_first_calls_the_backup_hook_outside_any_transaction(uow, held) -> None:
    seen: list[tuple[str, bool]] = []
    uow.before_milestone = lambda reason: seen.append((reason, uow._depth == 0))
    approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.EMAIL)
    assert seen == [("före-godkännande", True)]


def test_a_failing_backup_hook_stops_the_approval_before_anything_changes(uow, held) -> None:
    from samverkan_desktop.domain.errors import StorageError

    def full_disk(reason: str) -> None:
        raise StorageError("Disken är full.")

    uow.before_milestone = full_disk
    with pytest.raises(StorageError):
        approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.EMAIL)
    assert minutes_state(uow, held.meeting).status is MinutesStatus.DRAFT


def test_a_receipt_that_approves_calls_the_backup_hook_before_its_transaction(uow, held) -> None:
    from samverkan_desktop.domain.review_file import Approver, Receipt
    from samverkan_desktop.domain.signing import SigningKey
    from samverkan_desktop.services import review, signing

    state = minutes_state(uow, held.meeting)
    chair = Approver(held.people["Anna Andersson"], "Anna Andersson", "ordforande")
    key = SigningKey.generate()
    signing.register_key(uow, chair.person_id, key.public.pem())
    seen: list[tuple[str, bool]] = []
    uow.before_milestone = lambda reason: seen.append((reason, uow._depth == 0))
    receipt = Receipt(held.meeting, "NOSAM Falkenberg", "2026-09-15", state.current_hash, chair, True, (),
                      "Godkänt", "2026-09-20T08:00:00+00:00").signed_by(key)
    review.import_receipt(uow, receipt)
    assert seen == [("före-godkännande", True)]
    assert minutes_state(uow, held.meeting).status is MinutesStatus.APPROVED
