"""What the exported documents say, read from the database under the publication rules: confidential items
keep only their §, personal data is scrubbed and reported, drafts are marked, cancelled meetings refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from meeting_fixtures import item, meeting

from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services import documents, meetings, minutes
from samverkan_desktop.services.approval import send_for_approval
from samverkan_desktop.services.dto import PersonData
from samverkan_desktop.services.people import get_person, update_person


def test_minutes_of_held_meeting_in_the_order_of_the_agenda(uow, held) -> None:
    doc = documents.minutes_document(uow, held.meeting)
    assert doc.draft and doc.approval is None and doc.title == "Minnesanteckningar (UTKAST)"
    assert doc.group_name == "NOSAM Falkenberg" and doc.place == "Rådhuset, sal 2"
    assert doc.starts_at.tzinfo is not None and doc.starts_at.astimezone(STOCKHOLM).hour == 13
    assert [s.paragraph for s in doc.sections] == [1, 2, 3]
    info, _secret, referred = doc.sections
    assert (info.title, info.presenter, info.notes, info.outcome) == (
        "Läget i kommunerna", "Bertil Berg", "Läget är stabilt i båda kommunerna.", "Informationen noteras.")
    assert referred.outcome == "Ärendet återremitteras till Temagrupp psykisk hälsa för vidare beredning: " \
                               "Kostnaderna ska utredas."


def test_a_confidential_item_keeps_only_its_paragraph(uow, held) -> None:
    secret = documents.minutes_document(uow, held.meeting).sections[1]
    assert secret.confidential and secret.paragraph == 2
    assert (secret.notes, secret.decision, secret.presenter, secret.actions) == (None, None, None, ())
    assert "rutin" not in secret.title.lower() and "publiceras inte" in secret.title


def test_attendance_is_split_into_present_excused_and_guests_with_roles(uow, held) -> None:
    doc = documents.minutes_document(uow, held.meeting)
    present = {p.name: p for p in doc.present}
    assert next(iter(present)) == "Anna Andersson"  # the chair first
    assert present["Anna Andersson"].role == "ordförande"
    assert present["Anna Andersson"].organisation == "Region Halland"
    assert present["Bertil Berg"].role == "ledamot, närvarande § 1–2"
    assert [p.name for p in doc.excused] == ["Eva Ström"]
    guest = next(p for p in (*doc.present, *doc.guests) if p.name == "Fredrik Lund")
    assert "ersättare för Eva Ström" in guest.role


def test_personal_data_is_scrubbed_and_reported(uow, held) -> None:
    minutes.save_text(uow, held.info, "Frågor till anna.andersson@regionhalland.se eller 070-123 45 67.",
                      "att kontakta 19121212-1212 senast fredag")
    doc = documents.minutes_document(uow, held.meeting)
    text = repr(doc.sections)
    for secret in ("anna.andersson@regionhalland.se", "070-123 45 67", "19121212-1212"):
        assert secret not in text
    assert doc.removed and doc.removed[0].startswith("§ 1")
    assert "e-postadress" in doc.removed[0] and "telefonnummer" in doc.removed[0]


def test_approved_minutes_carry_the_approval_line(uow, approved) -> None:
    doc = documents.minutes_document(uow, approved.meeting)
    assert not doc.draft and doc.title == "Minnesanteckningar"
    assert doc.approval.approver == "Anna Andersson" and doc.approval.role == "ordförande"
    assert len(doc.approval.short_hash) == 14  # "abcd-ef01-2345"


def test_minutes_for_approval_are_still_a_draft(uow, held) -> None:
    send_for_approval(uow, held.meeting)
    assert documents.minutes_document(uow, held.meeting).draft


def test_next_meeting_is_the_following_planned_one(uow, held) -> None:
    meeting(uow, held.world.nosam, date(2026, 12, 1), place="Stadshuset")
    later = meeting(uow, held.world.nosam, date(2026, 10, 20), time(9), time(11))
    meetings.cancel_meeting(uow, later.id, "Krockar med budgetarbetet")
    nxt = documents.minutes_document(uow, held.meeting).next_meeting
    assert nxt.starts_at.astimezone(STOCKHOLM).date() == date(2026, 12, 1) and nxt.place == "Stadshuset"


def test_a_cancelled_meeting_has_no_documents(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1)).id
    meetings.cancel_meeting(uow, m, "Sjukdom")
    with pytest.raises(ValidationError, match="inställt"):
        documents.minutes_document(uow, m)
    with pytest.raises(ValidationError, match="inställt"):
        documents.notice_document(uow, m)


def test_notice_has_planned_times_from_the_items_minutes(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1), time(13), time(15), place="Rådhuset").id
    item(uow, m, "Inledning", planned_minutes=10)
    item(uow, m, "Samverkan kring SIP", presenter="Gun Holm, 0346-88 60 00", planned_minutes=45)
    item(uow, m, "Personalärende", confidential=True, planned_minutes=20)
    item(uow, m, "Övrigt")
    notice = documents.notice_document(uow, m)
    assert [i.starts_at.strftime("%H.%M") if i.starts_at else None for i in notice.items] == [
        "13.00", "13.10", "13.55", "14.15"]
    assert notice.items[1].presenter == "Gun Holm, [telefonnummer borttaget]" and notice.removed
    assert notice.items[2].confidential and "Personal" not in notice.items[2].title
    assert notice.secretary == "David Dahl"
    assert "David Dahl" not in [p.name for p in notice.invited]
    assert next(p.name for p in notice.invited) == "Anna Andersson"


def test_a_planned_time_after_an_item_of_unknown_length_is_left_out(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1)).id
    item(uow, m, "Inledning")
    item(uow, m, "Budget", planned_minutes=30)
    starts = [i.starts_at for i in documents.notice_document(uow, m).items]
    assert starts[0] is not None and starts[1] is None


def _give_emails(uow, world, names) -> None:
    for name in names:
        person = get_person(uow, world.people[name])
        update_person(uow, person.id, PersonData(person.name, email=f"{name.split()[0].lower()}@example.se",
                                                 employer_id=person.employer_id))


def test_calendar_invite_comes_from_the_secretary_to_members_with_email(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1), place="Rådhuset")
    with pytest.raises(ValidationError, match="sekreterare med e-postadress") as caught:
        documents.calendar_invite(uow, m.id)
    assert caught.value.field == "organizer"
    _give_emails(uow, meeting_world, ("David Dahl", "Anna Andersson", "Bertil Berg"))
    invite = documents.calendar_invite(uow, m.id)
    assert invite.uid == m.ical_uid and invite.sequence == 0 and not invite.cancelled
    assert invite.organizer.email == "david@example.se"
    assert sorted(a.email for a in invite.attendees) == ["anna@example.se", "bertil@example.se"]
    assert invite.location == "Rådhuset"


def test_calendar_invite_sequence_rises_and_a_cancelled_meeting_cancels(uow, meeting_world) -> None:
    from samverkan_desktop.services.meeting_dto import MeetingData

    _give_emails(uow, meeting_world, ("David Dahl",))
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1), place="Rådhuset")
    first = documents.calendar_invite(uow, m.id)
    meetings.update_meeting(uow, m.id, MeetingData(meeting_world.nosam, date(2026, 9, 1), time(14), time(16),
                                                   "Rådhuset"))
    moved = documents.calendar_invite(uow, m.id)
    meetings.cancel_meeting(uow, m.id, "Sjukdom")
    cancelled = documents.calendar_invite(uow, m.id)
    assert first.uid == moved.uid == cancelled.uid
    assert first.sequence < moved.sequence < cancelled.sequence
    assert cancelled.cancelled and cancelled.cancel_reason == "Sjukdom"


@pytest.mark.parametrize("status", ["godkanda", "publicerade"])
def test_approved_minutes_changed_outside_the_app_are_a_draft_saying_what_changed(uow, approved, engine,
                                                                                   status) -> None:
    from sqlalchemy import text

    with engine.begin() as connection:
        connection.execute(text("UPDATE meeting SET minutes_status = :s WHERE id = :id"),
                           {"s": status, "id": approved.meeting})
        connection.execute(text("UPDATE agenda_item SET notes = 'Läget är kaotiskt.' WHERE id = :id"),
                           {"id": approved.info})
    doc = documents.minutes_document(uow, approved.meeting)
    assert doc.draft and doc.approval is None and doc.title == "Minnesanteckningar (UTKAST)"
    assert doc.approval_lapsed.startswith("Godkännandet av Anna Andersson ")
    assert "gäller inte längre" in doc.approval_lapsed and "§ 1 (anteckningar)" in doc.approval_lapsed


def test_approved_minutes_without_a_valid_approval_are_a_draft(uow, approved, engine) -> None:
    from sqlalchemy import text

    with engine.begin() as connection:
        connection.execute(text("UPDATE approval SET revoked_at = '2026-10-01 00:00:00.000000'"))
    doc = documents.minutes_document(uow, approved.meeting)
    assert doc.draft and doc.approval is None and "inget giltigt godkännande" in doc.approval_lapsed


def test_untouched_approved_minutes_have_nothing_lapsed(uow, approved) -> None:
    assert documents.minutes_document(uow, approved.meeting).approval_lapsed is None


def test_an_item_of_zero_minutes_keeps_the_planned_times_of_the_items_after_it(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1)).id
    item(uow, m, "Mötet öppnas", planned_minutes=0)
    item(uow, m, "Budget", planned_minutes=30)
    item(uow, m, "Övrigt", planned_minutes=10)
    starts = [i.starts_at.astimezone(STOCKHOLM).strftime("%H.%M") for i in documents.notice_document(uow, m).items]
    assert starts == ["13.00", "13.00", "13.30"]


def test_the_secretary_is_named_in_the_minutes_and_justering_follows_the_group_setting(uow, held) -> None:
    from samverkan_desktop.db.models import Group, Meeting, Person

    doc = documents.minutes_document(uow, held.meeting)
    assert doc.secretary == "David Dahl" and doc.signatories == ()  # the group's secretary on the day
    with uow:
        meeting_row = uow.session.get(Meeting, held.meeting)
        uow.session.get(Group, meeting_row.group_id).justering_lines = True
        meeting_row.justerare_id = uow.session.query(Person).filter_by(name="Bertil Berg").one().id
        uow.session.commit()
    doc = documents.minutes_document(uow, held.meeting)
    assert [(s.role, s.name) for s in doc.signatories] == [("Ordförande", "Anna Andersson"),
                                                          ("Justerare", "Bertil Berg")]


def test_the_kallelse_knows_whether_the_mandate_allows_substitutes(uow, meeting_world) -> None:
    from samverkan_desktop.db.models import Group

    m = meeting(uow, meeting_world.nosam, date(2026, 9, 1)).id
    for allowed in (False, True, False):
        with uow:
            for mandate in uow.session.get(Group, meeting_world.nosam).mandates:
                mandate.substitutes_allowed = allowed
            uow.session.commit()
        assert documents.notice_document(uow, m).substitutes_allowed is allowed


def test_a_meeting_names_its_own_secretary_and_justerare(uow, held) -> None:
    from samverkan_desktop.services import minutes_people

    people = minutes_people.minutes_people(uow, held.meeting)
    assert (people.secretary_id, people.justerare_id, people.group_secretary) == (None, None, "David Dahl")
    names = dict((name, ident) for ident, name in people.candidates)
    chosen = minutes_people.set_minutes_people(uow, held.meeting, names["Bertil Berg"], names["Eva Ström"])
    assert (chosen.secretary_id, chosen.justerare_id) == (names["Bertil Berg"], names["Eva Ström"])
    assert documents.minutes_document(uow, held.meeting).secretary == "Bertil Berg"
    assert documents.notice_document(uow, held.meeting).secretary == "Bertil Berg"


def test_approved_minutes_keep_their_secretary_until_reopened(uow, approved) -> None:
    from samverkan_desktop.services import minutes_people

    someone = minutes_people.minutes_people(uow, approved.meeting).candidates[0][0]
    with pytest.raises(ValidationError, match="godkända och låsta"):
        minutes_people.set_minutes_people(uow, approved.meeting, someone, None)
    assert minutes_people.minutes_people(uow, approved.meeting).secretary_id is None
