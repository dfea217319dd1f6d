"""Who took a meeting's minutes and who checks them: the group's secretary on the day by default, the people to
choose from (members on the day, everyone attending, whoever was chosen before), and one audit event per change.
(How the documents name them, and the approval's lock: tests/services/test_documents.py.)"""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import meeting
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import AuditEvent
from samverkan_desktop.domain.enums import Role
from samverkan_desktop.domain.errors import NotFoundError
from samverkan_desktop.services import minutes
from samverkan_desktop.services.memberships import end_membership, list_memberships
from samverkan_desktop.services.minutes_people import minutes_people, set_minutes_people

MARCH = date(2026, 3, 10)


def names(people) -> list[str]:
    return [name for _, name in people.candidates]


def test_the_members_on_the_day_and_the_guests_are_the_candidates_by_name(uow, meeting_world):
    w = meeting_world
    m = meeting(uow, w.nosam, MARCH).id
    minutes.add_attendee(uow, m, w.people["Fredrik Lund"])
    people = minutes_people(uow, m)
    # Cecilia Ek left at the end of 2025; Gun Holm and Hans Ek belong to other groups
    assert names(people) == ["Anna Andersson", "Bertil Berg", "David Dahl", "Eva Ström", "Fredrik Lund"]
    assert people.group_secretary == "David Dahl"
    assert (people.secretary_id, people.justerare_id) == (None, None)
    assert "Cecilia Ek" in names(minutes_people(uow, meeting(uow, w.nosam, date(2025, 11, 4)).id))


def test_someone_chosen_from_outside_stays_a_candidate(uow, meeting_world):
    w = meeting_world
    m = meeting(uow, w.nosam, MARCH).id
    chosen = set_minutes_people(uow, m, w.people["Gun Holm"], w.people["Hans Ek"])
    assert (chosen.secretary_id, chosen.justerare_id) == (w.people["Gun Holm"], w.people["Hans Ek"])
    assert {"Gun Holm", "Hans Ek"} <= set(names(chosen))


def test_without_a_secretary_on_the_day_there_is_no_default(uow, meeting_world):
    w = meeting_world
    secretary = next(x for x in list_memberships(uow, w.nosam) if x.role is Role.SECRETARY)
    end_membership(uow, secretary.id, date(2026, 3, 9))
    assert minutes_people(uow, meeting(uow, w.nosam, MARCH).id).group_secretary is None
    assert minutes_people(uow, meeting(uow, w.nosam, date(2026, 3, 9)).id).group_secretary == "David Dahl"


def test_one_audit_event_per_change_and_none_for_the_same_choice_again(uow, meeting_world, engine):
    w = meeting_world
    m = meeting(uow, w.nosam, MARCH).id

    def summaries() -> list[str]:
        with Session(engine) as session:
            return list(session.scalars(select(AuditEvent.summary).where(
                AuditEvent.meeting_id == m, AuditEvent.action == "antecknare och justerare").order_by(AuditEvent.id)))

    set_minutes_people(uow, m, w.people["Bertil Berg"], None)
    set_minutes_people(uow, m, w.people["Bertil Berg"], None)
    set_minutes_people(uow, m, None, None)
    assert summaries() == ["antecknare: Bertil Berg", "gruppens sekreterare, ingen justerare"]


def test_an_unknown_person_or_meeting_is_refused(uow, meeting_world):
    m = meeting(uow, meeting_world.nosam, MARCH).id
    with pytest.raises(NotFoundError):
        set_minutes_people(uow, m, 99999, None)
    with pytest.raises(NotFoundError):
        minutes_people(uow, 99999)
    assert minutes_people(uow, m).secretary_id is None
