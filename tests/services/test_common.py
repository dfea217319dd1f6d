"""The services' shared helpers: ids outside the column's range are simply not found, names compared as a Swedish
reader compares them, e-mail and phone checked before they are stored, rows preloaded in one query, attachment
content dropped only when nothing names it, and a locked meeting read afresh."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import event, select, text

from samverkan_desktop.db.models import AttachmentBlob, Meeting, Organisation, Person
from samverkan_desktop.domain.enums import GroupKind, OrganisationKind
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services import _common, groups, meetings
from samverkan_desktop.services._common import (
    ID_MAX,
    check_email,
    check_phone,
    drop_unused_attachment_content,
    get_or_raise,
    lock_meeting,
    lock_row,
    name_taken,
    preload,
)
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.services.meeting_dto import MeetingData


@pytest.mark.parametrize("ident", [None, 2**31, -(2**31) - 1, 10**30, 12345])
def test_an_id_that_cannot_exist_or_does_not_is_not_found_in_words(uow, ident):
    with pytest.raises(NotFoundError, match="finns inte"), uow:
        get_or_raise(uow.session, Person, ident, "services.gone.person")


def test_a_name_is_taken_whatever_its_case_in_swedish_letters_but_not_by_the_row_itself(uow):
    with uow:
        uow.session.add(Organisation(name="Östra Göteborg", kind=OrganisationKind.KOMMUN))
        uow.session.flush()
        own = uow.session.scalar(select(Organisation.id))
        assert name_taken(uow.session, Organisation.name, "ÖSTRA GÖTEBORG")
        assert not name_taken(uow.session, Organisation.name, "östra göteborg", exclude_id=own)
        assert not name_taken(uow.session, Organisation.name, "Västra Göteborg")


@pytest.mark.parametrize("email", [None, "", "anna@halland.se", "a.b+c@sub.example.org"])
def test_good_or_no_e_mail_passes(email):
    check_email(email)


@pytest.mark.parametrize(("email", "said"), [
    ("anna", "ser inte ut som"), ("anna@halland", "ser inte ut som"), ("an na@halland.se", "ser inte ut som"),
    ("a@b@c.se", "ser inte ut som"), ("a" * 250 + "@b.se", "för lång")])
def test_a_bad_e_mail_is_refused_for_its_field(email, said):
    with pytest.raises(ValidationError, match=said) as caught:
        check_email(email)
    assert caught.value.field == "email"


@pytest.mark.parametrize(("phone", "good"), [
    ("031-123 45 67", True), ("+46 (0)31 123", True), ("12345", True), ("1234", False), ("031/123", False),
    ("0" * 21, False), ("", True), (None, True)])
def test_phone_numbers_hold_digits_spaces_plus_dashes_and_brackets(phone, good):
    if good:
        check_phone(phone)
    else:
        with pytest.raises(ValidationError, match="Telefonnumret") as caught:
            check_phone(phone)
        assert caught.value.field == "phone"


def test_preloading_asks_once_per_chunk_and_keeps_the_rows(uow, monkeypatch):
    monkeypatch.setattr(_common, "PRELOAD_CHUNK", 2)
    with uow:
        for n in range(5):
            uow.session.add(Person(name=f"P{n}"))
        uow.session.commit()
    with uow:
        ids = list(uow.session.scalars(select(Person.id)))
        uow.session.expunge_all()
        statements = []
        event.listen(uow.session.get_bind(), "before_cursor_execute",
                     lambda *args: statements.append(args[2]), retval=False)
        preload(uow.session, Person, [*ids, None, ids[0]])
        assert len(statements) == 3  # five ids, two a query
        assert len(uow.session.info["preloaded"]) == 5
        before = len(statements)
        assert [uow.session.get(Person, i).name for i in ids] == [f"P{n}" for n in range(5)]
        preload(uow.session, Person, ids)  # all there already: no query
        assert len(statements) == before


def test_attachment_content_is_dropped_only_when_nothing_names_it(uow, engine):
    with uow:
        uow.session.add_all([AttachmentBlob(sha256="a" * 64, content=b"a", size=1),
                             AttachmentBlob(sha256="b" * 64, content=b"b", size=1)])
        uow.session.commit()
    with uow:
        drop_unused_attachment_content(uow.session, [])
        drop_unused_attachment_content(uow.session, ["a" * 64])
        uow.session.commit()
    with engine.connect() as connection:
        assert list(connection.scalars(select(AttachmentBlob.sha256))) == ["b" * 64]


def test_a_locked_meeting_is_read_afresh_and_a_missing_one_is_not_found(uow, engine):
    group = groups.create_group(uow, GroupData("LGS", GroupKind.MANAGEMENT_GROUP))
    meeting_id = meetings.create_meeting(uow, MeetingData(group.id, date(2026, 3, 10), time(13), time(15))).value.id
    with uow:
        stale = uow.session.get(Meeting, meeting_id)
        assert stale.place is None
        with engine.begin() as connection:  # another client changes it meanwhile
            connection.execute(text("UPDATE meeting SET place = 'Rådhuset' WHERE id = :id"), {"id": meeting_id})
        assert lock_meeting(uow.session, meeting_id, numbering=True).place == "Rådhuset"
        assert lock_row(uow.session, Meeting, ID_MAX + 1) is None and lock_row(uow.session, Meeting, None) is None
        with pytest.raises(NotFoundError):
            lock_meeting(uow.session, meeting_id + 100)
