"""Whether approved minutes still say what was approved, asked by every minutes export (how the export shows a
lapse: tests/services/test_documents.py). Here the sentence itself and the cases the exports rarely meet."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.services.approval_check import NO_APPROVAL, approval_lapse, valid_approval


def lapse(uow, meeting_id: int) -> str | None:
    with uow:
        return approval_lapse(uow.session, uow.session.get(Meeting, meeting_id))


def change_notes(engine, item_id: int) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE agenda_item SET notes = 'Läget är kaotiskt.' WHERE id = :id"), {"id": item_id})


def test_untouched_approved_minutes_have_a_valid_approval_and_nothing_lapsed(uow, approved):
    assert lapse(uow, approved.meeting) is None
    with uow:
        assert valid_approval(uow.session, uow.session.get(Meeting, approved.meeting)).revoked_at is None


def test_the_sentence_names_who_approved_when_in_stockholm_and_what_changed(uow, approved, engine):
    change_notes(engine, approved.info)
    said = lapse(uow, approved.meeting)
    with uow:
        day = valid_approval(uow.session, uow.session.get(Meeting, approved.meeting)).approved_at
    assert said == (f"Godkännandet av Anna Andersson {day.astimezone(STOCKHOLM).date().isoformat()} gäller inte "
                    "längre: anteckningarna har ändrats efter godkännandet (punkterna, § 1 (anteckningar)). "
                    "De visas som utkast.")


def test_a_damaged_stored_copy_still_lapses_on_the_hash_and_says_the_content_changed(uow, approved, engine):
    change_notes(engine, approved.info)
    with engine.begin() as connection:
        connection.execute(text("UPDATE approval SET content = '{inte json' WHERE meeting_id = :m"),
                           {"m": approved.meeting})
    assert "(innehållet). De visas som utkast." in lapse(uow, approved.meeting)


def test_only_a_revoked_approval_is_no_approval(uow, approved, engine):
    with engine.begin() as connection:
        connection.execute(text("UPDATE approval SET revoked_at = '2026-10-01 00:00:00.000000'"))
    assert lapse(uow, approved.meeting) == NO_APPROVAL
    with uow:
        assert valid_approval(uow.session, uow.session.get(Meeting, approved.meeting)) is None


@pytest.mark.parametrize("status", ["utkast", "for_godkannande"])
def test_minutes_that_are_not_approved_have_nothing_to_lapse(uow, approved, engine, status):
    change_notes(engine, approved.info)
    with engine.begin() as connection:
        connection.execute(text("UPDATE meeting SET minutes_status = :s WHERE id = :id"),
                           {"s": status, "id": approved.meeting})
    assert lapse(uow, approved.meeting) is None
