from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from samverkan_desktop.db.models import Mandate, MandateRevision, ReportingDuty
from samverkan_desktop.domain.enums import GroupKind, Recurrence
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services.dto import GroupData, MandateData, ReportingDutyData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.mandates import (
    current_mandate,
    mandate_history,
    reporting_duties,
    save_mandate,
)

YEARLY = Recurrence.YEARLY
QUARTERLY = Recurrence.QUARTERLY

FIRST = MandateData(
    reference="RS 2019/0412", decided_on=date(2019, 11, 20), decided_by=" Samordningsrådet ",
    commissioned_by="Regionstyrelsen och kommunstyrelserna", purpose="Samverkan kring äldre",
    assignment="Gruppen ska …", meetings_min=4, meetings_max=8, chair_term_months=24, chair_rotates=True,
    substitutes_allowed=False, approval_days=14, revision_dates=(date(2021, 2, 25), date(2020, 12, 19)),
)


@pytest.fixture
def group(uow):
    return create_group(uow, GroupData("Samordningsrådet", GroupKind.COORDINATION_COUNCIL))


def test_first_save_creates_version_one(uow, group, audit_trail) -> None:
    assert current_mandate(uow, group.id) is None
    saved = save_mandate(uow, group.id, FIRST, new_version=False)
    assert saved.version == 1
    assert saved.decided_by == "Samordningsrådet"
    assert saved.revision_dates == (date(2020, 12, 19), date(2021, 2, 25))  # sorted
    assert (saved.meetings_min, saved.meetings_max, saved.chair_rotates, saved.substitutes_allowed) == (
        4, 8, True, False)
    assert saved.created_at.tzinfo is not None
    assert current_mandate(uow, group.id) == saved
    assert [(e[1], e[2]) for e in audit_trail("uppdragshandling")] == [(saved.id, "skapad")]


def test_new_version_keeps_the_earlier_one(uow, group, audit_trail) -> None:
    first = save_mandate(uow, group.id, FIRST, new_version=False)
    revised = dataclasses.replace(FIRST, meetings_min=6, chair_rotates=False, revision_dates=(date(2024, 1, 8),))
    second = save_mandate(uow, group.id, revised, new_version=True)
    assert second.version == 2
    assert second.id != first.id
    history = mandate_history(uow, group.id)
    assert [m.version for m in history] == [2, 1]
    assert history[1] == first  # unchanged, revision dates included
    assert history[0] == second
    assert current_mandate(uow, group.id) == second
    assert (second.id, "ny version") in [(e[1], e[2]) for e in audit_trail("uppdragshandling")]


def test_correction_changes_the_current_version_in_place(uow, group, count, audit_trail) -> None:
    first = save_mandate(uow, group.id, FIRST, new_version=False)
    corrected = save_mandate(uow, group.id, dataclasses.replace(
        FIRST, reference="RS 2019/0413", revision_dates=(date(2022, 3, 3),)), new_version=False)
    assert (corrected.id, corrected.version) == (first.id, 1)
    assert corrected.reference == "RS 2019/0413"
    assert corrected.revision_dates == (date(2022, 3, 3),)
    assert mandate_history(uow, group.id) == [corrected]
    assert count(Mandate) == 1
    assert count(MandateRevision) == 1  # the old revision dates are gone, not orphaned
    assert (first.id, "rättad") in [(e[1], e[2]) for e in audit_trail("uppdragshandling")]


def test_min_meetings_above_max_is_refused_and_nothing_saved(uow, group, count, audit_trail) -> None:
    before = audit_trail()
    with pytest.raises(ValidationError) as info:
        save_mandate(uow, group.id, MandateData(meetings_min=8, meetings_max=4), new_version=False)
    assert info.value.field == "meetings_min"
    assert "Minsta antal möten" in info.value.message
    assert count(Mandate) == 0
    assert audit_trail() == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"chair_term_months": 0}, "chair_term_months"),
        ({"approval_days": 400}, "approval_days"),
        ({"revision_dates": (date(2019, 1, 1),)}, "revision_dates"),  # before decided_on
        ({"meetings_max": 60}, "meetings_max"),
    ],
)
def test_other_invalid_values_are_refused(uow, group, count, change, field) -> None:
    with pytest.raises(ValidationError) as info:
        save_mandate(uow, group.id, dataclasses.replace(FIRST, **change), new_version=False)
    assert info.value.field == field
    assert count(Mandate) == 0


def test_an_invalid_new_version_keeps_the_current_one(uow, group, count) -> None:
    first = save_mandate(uow, group.id, FIRST, new_version=False)
    with pytest.raises(ValidationError):
        save_mandate(uow, group.id, dataclasses.replace(FIRST, meetings_min=9), new_version=True)
    assert mandate_history(uow, group.id) == [first]


def test_unknown_group(uow, count) -> None:
    with pytest.raises(NotFoundError):
        save_mandate(uow, 999, FIRST, new_version=False)
    assert count(Mandate) == 0


def test_reporting_duties_are_replaced(uow, group, count) -> None:
    annual = ReportingDutyData("Årsrapport", YEARLY, 2, 28, recipient="Regionstyrelsen")
    plan = ReportingDutyData("Handlingsplan", YEARLY, 11, 30)
    save_mandate(uow, group.id, dataclasses.replace(FIRST, reporting_duties=(annual, plan)), new_version=False)
    first = {d.name: d for d in reporting_duties(uow, group.id)}
    assert set(first) == {"Årsrapport", "Handlingsplan"}
    assert first["Årsrapport"].recipient == "Regionstyrelsen"

    quarterly = ReportingDutyData("Kvartalsrapport av brister i samverkan", QUARTERLY, 3, 31)
    moved = dataclasses.replace(annual, due_month=3, due_day=15, recipient=None)
    save_mandate(uow, group.id, dataclasses.replace(FIRST, reporting_duties=(moved, quarterly)), new_version=True)
    second = {d.name: d for d in reporting_duties(uow, group.id)}
    assert set(second) == {"Årsrapport", "Kvartalsrapport av brister i samverkan"}
    assert second["Årsrapport"].id == first["Årsrapport"].id  # kept: its deadlines stay attached
    assert (second["Årsrapport"].due_month, second["Årsrapport"].due_day) == (3, 15)
    assert second["Årsrapport"].recipient is None
    assert second["Kvartalsrapport av brister i samverkan"].recurrence is QUARTERLY
    assert count(ReportingDuty) == 2

    save_mandate(uow, group.id, FIRST, new_version=False)
    assert reporting_duties(uow, group.id) == []
    assert count(ReportingDuty) == 0


@pytest.mark.parametrize(("month", "day"), [(2, 30), (4, 31), (13, 1), (0, 10), (6, 0)])
def test_a_date_that_does_not_exist_is_refused(uow, group, count, month, day) -> None:
    duty = ReportingDutyData("Årsrapport", YEARLY, month, day)
    with pytest.raises(ValidationError) as info:
        save_mandate(uow, group.id, dataclasses.replace(FIRST, reporting_duties=(duty,)), new_version=False)
    assert info.value.field == "reporting_duties"
    assert "finns inte" in info.value.message
    assert count(Mandate) == 0
    assert count(ReportingDuty) == 0


def test_a_duty_without_name_is_refused(uow, group, count) -> None:
    duty = ReportingDutyData("  ", YEARLY, 1, 31)
    with pytest.raises(ValidationError):
        save_mandate(uow, group.id, dataclasses.replace(FIRST, reporting_duties=(duty,)), new_version=False)
    assert count(ReportingDuty) == 0


def test_dtos_are_frozen(uow, group) -> None:
    save_mandate(uow, group.id, dataclasses.replace(
        FIRST, reporting_duties=(ReportingDutyData("Årsrapport", YEARLY, 2, 28),)), new_version=False)
    mandate = current_mandate(uow, group.id)
    assert mandate is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        mandate.meetings_min = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        reporting_duties(uow, group.id)[0].due_day = 1  # type: ignore[misc]
