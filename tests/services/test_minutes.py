from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import item, meeting
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import ActionItem, Anchoring, Attendance, Case
from samverkan_desktop.domain.enums import (
    ActionStatus,
    AnchoringStatus,
    AttendanceStatus,
    CaseStatus,
    ItemKind,
    Outcome,
    Role,
)
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.agenda import get_item
from samverkan_desktop.services.cases import get_case, open_case
from samverkan_desktop.services.meeting_dto import ActionData, AttendanceData, OutcomeData
from samverkan_desktop.services.minutes import (
    add_action,
    add_attendee,
    attendance,
    delete_action,
    save_text,
    set_attendance,
    set_outcome,
    update_action,
)

D = date
TUESDAY = D(2026, 9, 15)


@pytest.fixture
def nosam_meeting(uow, meeting_world) -> int:
    return meeting(uow, meeting_world.nosam, TUESDAY).id


@pytest.fixture
def decision(uow, nosam_meeting) -> int:
    """A decision item on the NOSAM's meeting of 2026-09-15."""
    return item(uow, nosam_meeting, "Gemensam rutin för SIP", ItemKind.DECISION).id


def anchored(engine, item_id: int) -> dict[int, AnchoringStatus]:
    with Session(engine) as session:
        rows = session.scalars(select(Anchoring).where(Anchoring.agenda_item_id == item_id))
        return {a.organisation_id: a.status for a in rows}


# -- text --------------------------------------------------------------------------------------
def test_save_text_stores_notes_and_decision(uow, decision, audit_trail) -> None:
    saved = save_text(uow, decision, " Rutinen presenterades. ", "att anta rutinen\natt följa upp i december")
    assert (saved.notes, saved.decision_text) == ("Rutinen presenterades.",
                                                  "att anta rutinen\natt följa upp i december")
    assert get_item(uow, decision).decision_text == "att anta rutinen\natt följa upp i december"
    save_text(uow, decision, "Rutinen presenterades.", "att anta rutinen\natt följa upp i december")  # autosave
    assert [e[2] for e in audit_trail("anteckning")] == ["ändrad"]  # unchanged text writes no event
    cleared = save_text(uow, decision, "  ", None)
    assert (cleared.notes, get_item(uow, decision).notes) == (None, None)
    assert len(audit_trail("anteckning")) == 2


# -- outcomes ----------------------------------------------------------------------------------
def test_decided_requires_decision_text(uow, decision) -> None:
    with pytest.raises(ValidationError) as info:
        set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    assert info.value.field == "decision_text"
    assert get_item(uow, decision).outcome is None
    save_text(uow, decision, None, "att anta rutinen")
    assert set_outcome(uow, decision, OutcomeData(Outcome.DECIDED)).outcome is Outcome.DECIDED


def test_referred_back_requires_a_reason_and_defaults_to_the_own_group(uow, meeting_world, decision, count) -> None:
    with pytest.raises(ValidationError) as info:
        set_outcome(uow, decision, OutcomeData(Outcome.REFERRED_BACK, reason="  "))
    assert info.value.field == "outcome_reason"
    assert count(Case) == 0
    result = set_outcome(uow, decision, OutcomeData(Outcome.REFERRED_BACK, reason="Kostnaderna ska utredas"))
    assert (result.outcome, result.outcome_reason) == (Outcome.REFERRED_BACK, "Kostnaderna ska utredas")
    assert (result.target_group_id, result.target_group_name) == (meeting_world.nosam, "NOSAM Falkenberg")
    case = get_case(uow, result.case_id)
    assert (case.status, case.group_id) == (CaseStatus.REFERRED_BACK, meeting_world.nosam)


def test_escalated_requires_another_group(uow, meeting_world, decision) -> None:
    w = meeting_world
    with pytest.raises(ValidationError) as info:
        set_outcome(uow, decision, OutcomeData(Outcome.ESCALATED))
    assert info.value.field == "target_group_id"
    with pytest.raises(ValidationError) as info:
        set_outcome(uow, decision, OutcomeData(Outcome.ESCALATED, target_group_id=w.nosam))
    assert info.value.field == "target_group_id"
    assert get_item(uow, decision).outcome is None
    result = set_outcome(uow, decision, OutcomeData(Outcome.ESCALATED, target_group_id=w.tema))
    assert (result.outcome, result.target_group_name) == (Outcome.ESCALATED, "Temagrupp psykisk hälsa")
    assert get_case(uow, result.case_id).group_id == w.tema


def test_target_is_dropped_for_outcomes_without_one(uow, meeting_world, decision) -> None:
    result = set_outcome(uow, decision, OutcomeData(Outcome.NOTED, target_group_id=meeting_world.tema))
    assert (result.outcome, result.target_group_id) == (Outcome.NOTED, None)


def test_decision_is_anchored_by_each_represented_party(uow, meeting_world, decision, engine, count) -> None:
    w = meeting_world
    save_text(uow, decision, None, "att anta rutinen")
    set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    # Region (chair and secretary), Falkenberg (member); not Varberg (Cecilia left 2025) nor Eva (represents none)
    assert anchored(engine, decision) == {w.region: AnchoringStatus.NOT_STARTED,
                                          w.falkenberg: AnchoringStatus.NOT_STARTED}
    set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))  # again: no duplicates
    assert count(Anchoring) == 2


def test_switching_away_from_decided_keeps_only_touched_anchoring(uow, meeting_world, decision, engine) -> None:
    w = meeting_world
    save_text(uow, decision, None, "att anta rutinen")
    set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    with Session(engine) as session:  # the region has already anchored it
        row = session.scalar(select(Anchoring).where(Anchoring.organisation_id == w.region))
        row.status = AnchoringStatus.ANCHORED
        session.commit()
    set_outcome(uow, decision, OutcomeData(Outcome.NOTED))
    assert anchored(engine, decision) == {w.region: AnchoringStatus.ANCHORED}
    set_outcome(uow, decision, OutcomeData(None))
    assert anchored(engine, decision) == {w.region: AnchoringStatus.ANCHORED}
    set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    assert anchored(engine, decision) == {w.region: AnchoringStatus.ANCHORED,
                                          w.falkenberg: AnchoringStatus.NOT_STARTED}


def test_struck_closes_the_case(uow, decision, engine) -> None:
    case = open_case(uow, decision)
    assert case.status is CaseStatus.ON_AGENDA
    set_outcome(uow, decision, OutcomeData(Outcome.STRUCK))
    assert get_case(uow, case.id).status is CaseStatus.STRUCK
    with Session(engine) as session:
        assert session.get(Case, case.id).closed_on == TUESDAY


def test_struck_without_a_case_opens_none(uow, decision, count) -> None:
    assert set_outcome(uow, decision, OutcomeData(Outcome.STRUCK)).case_id is None
    assert count(Case) == 0


# -- attendance --------------------------------------------------------------------------------
def test_attendance_is_filled_from_memberships_on_the_day(uow, nosam_meeting, count) -> None:
    rows = attendance(uow, nosam_meeting)
    assert [(a.person_name, a.role, a.represents_name, a.status) for a in rows] == [
        ("Anna Andersson", Role.CHAIR, "Region Halland", AttendanceStatus.PRESENT),
        ("Bertil Berg", Role.MEMBER, "Falkenbergs kommun", AttendanceStatus.PRESENT),
        ("Eva Ström", Role.MEMBER, None, AttendanceStatus.PRESENT),
    ]  # not Cecilia Ek (left 2025), not David Dahl (the secretary), not the temagrupp's Gun Holm
    assert [a.id for a in attendance(uow, nosam_meeting)] == [a.id for a in rows]
    assert count(Attendance) == 3


def test_attendance_before_a_member_left(uow, meeting_world) -> None:
    earlier = meeting(uow, meeting_world.nosam, D(2025, 12, 9))
    assert "Cecilia Ek" in [a.person_name for a in attendance(uow, earlier.id)]


def test_substitute_where_the_mandate_allows_none_warns(uow, meeting_world, nosam_meeting) -> None:
    w = meeting_world
    eva = next(a for a in attendance(uow, nosam_meeting) if a.person_name == "Eva Ström")
    row, warnings = set_attendance(uow, eva.id, AttendanceData(AttendanceStatus.PRESENT,
                                                               substitute_for_id=w.people["Cecilia Ek"]))
    assert row.substitute_for_name == "Cecilia Ek"
    assert warnings == ["Uppdragshandlingen säger att gruppen inte har ersättare."]
    theme = meeting(uow, w.tema, TUESDAY)  # the temagrupp has no mandate saying otherwise
    gun = next(a for a in attendance(uow, theme.id) if a.person_name == "Gun Holm")
    assert set_attendance(uow, gun.id, AttendanceData(AttendanceStatus.PRESENT,
                                                      substitute_for_id=w.people["Eva Ström"]))[1] == []


def test_set_attendance_status_and_paragraphs(uow, nosam_meeting, audit_trail) -> None:
    bertil = attendance(uow, nosam_meeting)[1]
    row, warnings = set_attendance(uow, bertil.id, AttendanceData(AttendanceStatus.PRESENT, None, 2, 5))
    assert (row.present_from_paragraph, row.present_to_paragraph, warnings) == (2, 5, [])
    with pytest.raises(ValidationError) as info:
        set_attendance(uow, bertil.id, AttendanceData(AttendanceStatus.PRESENT, None, 5, 4))
    assert info.value.field == "present_to_paragraph"
    excused, _ = set_attendance(uow, bertil.id, AttendanceData(AttendanceStatus.EXCUSED))
    assert excused.status is AttendanceStatus.EXCUSED
    assert attendance(uow, nosam_meeting)[1].status is AttendanceStatus.EXCUSED
    assert [e[2] for e in audit_trail("närvaro")] == ["ändrad", "ändrad"]


def test_add_guest_and_adjunct(uow, meeting_world, nosam_meeting, count) -> None:
    w = meeting_world
    attendance(uow, nosam_meeting)
    guest = add_attendee(uow, nosam_meeting, w.people["Fredrik Lund"])
    assert (guest.is_guest, guest.is_adjunct, guest.role, guest.represents_name) == (
        True, False, None, "Varbergs kommun")
    adjunct = add_attendee(uow, nosam_meeting, w.people["Gun Holm"], adjunct=True)
    assert (adjunct.is_guest, adjunct.is_adjunct, adjunct.role) == (False, True, Role.ADJUNCT)
    with pytest.raises(ValidationError) as info:
        add_attendee(uow, nosam_meeting, w.people["Fredrik Lund"])
    assert info.value.field == "person_id"
    with pytest.raises(ValidationError):
        add_attendee(uow, nosam_meeting, w.people["Anna Andersson"], adjunct=True)  # already a member there
    assert attendance(uow, nosam_meeting)[-1].person_name == "Fredrik Lund"  # guests last
    assert count(Attendance) == 5


def test_guest_added_first_does_not_stop_the_list_being_filled(uow, meeting_world, nosam_meeting) -> None:
    add_attendee(uow, nosam_meeting, meeting_world.people["Fredrik Lund"])
    assert [a.person_name for a in attendance(uow, nosam_meeting)] == [
        "Anna Andersson", "Bertil Berg", "Eva Ström", "Fredrik Lund"]


# -- action items ------------------------------------------------------------------------------
def test_action_needs_what_and_someone_responsible(uow, meeting_world, decision, count) -> None:
    w = meeting_world
    with pytest.raises(ValidationError) as info:
        add_action(uow, decision, ActionData("  ", responsible_person_id=w.people["Bertil Berg"]))
    assert info.value.field == "what"
    with pytest.raises(ValidationError) as info:
        add_action(uow, decision, ActionData("Ta fram rutin"))
    assert info.value.field == "responsible_person_id"
    with pytest.raises(ValidationError) as info:
        add_action(uow, decision, ActionData("Ta fram rutin", responsible_organisation_id=w.region,
                                             status=ActionStatus.DONE))
    assert info.value.field == "done_on"
    assert count(ActionItem) == 0


def test_add_update_delete_action(uow, meeting_world, decision, count, audit_trail) -> None:
    w = meeting_world
    by_org = add_action(uow, decision, ActionData("Förankra i linjen", responsible_organisation_id=w.falkenberg))
    assert (by_org.responsible_person_name, by_org.responsible_organisation_name) == (None, "Falkenbergs kommun")
    action = add_action(uow, decision, ActionData(" Ta fram rutin ", w.people["Bertil Berg"], w.region,
                                                  D(2026, 10, 31)))
    assert (action.what, action.responsible_person_name, action.responsible_organisation_name,
            action.due_on, action.status) == ("Ta fram rutin", "Bertil Berg", "Region Halland", D(2026, 10, 31),
                                              ActionStatus.OPEN)
    assert [a.id for a in get_item(uow, decision).actions] == [by_org.id, action.id]
    with pytest.raises(ValidationError) as info:
        update_action(uow, action.id, ActionData("Ta fram rutin", w.people["Bertil Berg"],
                                                 status=ActionStatus.DONE))
    assert info.value.field == "done_on"
    done = update_action(uow, action.id, ActionData("Ta fram rutin", w.people["Bertil Berg"],
                                                    status=ActionStatus.DONE, done_on=D(2026, 10, 20)))
    assert (done.status, done.done_on, done.responsible_organisation_id) == (
        ActionStatus.DONE, D(2026, 10, 20), None)
    delete_action(uow, by_org.id)
    assert [a.id for a in get_item(uow, decision).actions] == [action.id]
    assert count(ActionItem) == 1
    assert [e[2] for e in audit_trail("åtgärd")] == ["tillagd", "tillagd", "ändrad", "borttagen"]


def test_reading_the_attendance_of_minutes_not_in_draft_fills_nothing(uow, meeting_world, engine) -> None:
    """Filling the list is an edit: minutes with the chair or approved must not change by being looked at."""
    from sqlalchemy.orm import Session

    from samverkan_desktop.db.models import Meeting
    from samverkan_desktop.domain.enums import MinutesStatus

    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1)).id
    with Session(engine) as session:
        session.get(Meeting, m).minutes_status = MinutesStatus.APPROVED
        session.commit()
    assert attendance(uow, m) == []
