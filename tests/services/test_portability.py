"""Where SQLite and PostgreSQL would differ, the services behave the same on both (run on PostgreSQL with
SAMVERKAN_TEST_POSTGRES_URL set): PostgreSQL refuses text longer than its VARCHAR column and integers beyond its
32-bit INTEGER, even in a lookup, where SQLite stores or looks up anything; both now refuse in words."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import item, meeting

from samverkan_desktop.db.models import AgendaItem, AuditEvent, Organisation
from samverkan_desktop.domain.enums import AttendanceStatus, OrganisationKind
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services import agenda, groups, minutes, publication
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log
from samverkan_desktop.services.dto import OrganisationData
from samverkan_desktop.services.meeting_dto import AgendaItemData, AttendanceData
from samverkan_desktop.services.organisations import create_organisation, get_organisation, update_organisation

#: Fits SQLite's 64-bit integers, not PostgreSQL's INTEGER.
BEYOND_INT32 = 2**40


def test_text_longer_than_its_column_is_refused_in_words(uow, count) -> None:
    with pytest.raises(ValidationError) as info:
        create_organisation(uow, OrganisationData("Å" * 201, OrganisationKind.KOMMUN))
    assert info.value.message == "Texten är för lång: högst 200 tecken får plats (201 angavs)."
    assert info.value.field == "name"
    assert (count(Organisation), count(AuditEvent)) == (0, 0)
    region = create_organisation(uow, OrganisationData("Å" * 200, OrganisationKind.REGION))  # exactly fits
    with pytest.raises(ValidationError, match="högst 200 tecken"):  # an update is checked too
        update_organisation(uow, region.id, OrganisationData("Region " * 40, OrganisationKind.REGION))
    assert get_organisation(uow, region.id).name == "Å" * 200


def test_a_long_agenda_title_is_refused_and_nothing_is_added(uow, meeting_world, count) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 15)).id
    with pytest.raises(ValidationError, match="högst 500 tecken") as info:
        agenda.add_item(uow, m, AgendaItemData("Rubrik " * 100))
    assert info.value.field == "title"
    assert count(AgendaItem) == 0


def test_ids_no_column_can_hold_are_not_found(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 15)).id
    with pytest.raises(NotFoundError):
        groups.get_group(uow, BEYOND_INT32)
    with pytest.raises(NotFoundError):
        agenda.add_item(uow, m, AgendaItemData("Punkt", case_id=BEYOND_INT32))
    with pytest.raises(NotFoundError):
        decision_log(uow, DecisionLogFilter(group_id=BEYOND_INT32))
    assert publication.group_template(uow, BEYOND_INT32) is None
    assert groups.get_group(uow, meeting_world.nosam).id == meeting_world.nosam


@pytest.mark.parametrize(("low", "high", "field"), [
    (1, BEYOND_INT32, "present_to_paragraph"), (0, 2, "present_from_paragraph"), (-1, None, "present_from_paragraph"),
])
def test_attendance_paragraphs_must_be_real_paragraphs(uow, meeting_world, low, high, field) -> None:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 15)).id
    item(uow, m, "Punkt")
    row = {a.person_name: a.id for a in minutes.attendance(uow, m)}["Bertil Berg"]
    with pytest.raises(ValidationError, match="Ange en § mellan 1 och 9999") as info:
        minutes.set_attendance(uow, row, AttendanceData(AttendanceStatus.PRESENT, None, low, high))
    assert info.value.field == field
    dto, _warnings = minutes.set_attendance(uow, row, AttendanceData(AttendanceStatus.PRESENT, None, 1, 9999))
    assert (dto.present_from_paragraph, dto.present_to_paragraph) == (1, 9999)
