"""The fast canonical form of verify (minutes_hash.canonical_rows) gives byte for byte the canonical JSON of the
general path, ``canonical_json(hashed_part(content_of(...)))``: over every meeting of a generated database, over
arbitrary text (Unicode normalisation, line ends, trailing white space of every kind, rich text, empty fields) and
at the edges the general path refuses (which the fast path leaves to it, to refuse in the same words)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from samverkan_desktop.db.models import ActionItem, AgendaItem, Attendance, Meeting
from samverkan_desktop.domain import minutes_hash as mh
from samverkan_desktop.domain.enums import AttendanceStatus, ItemKind, MeetingKind, MeetingStatus, Outcome, Role
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.sampledata.generate import generate


def general(meeting, attendance, items, actions_of) -> bytes:
    """The general path, as minutes_hash has always taken it (names do not matter: they are not hashed)."""
    content = mh.content_of(meeting, attendance, items, actions_of, group=lambda _i: "G", person=lambda _i: "P",
                            organisation=lambda _i: "O")
    return mh.canonical_json(mh.hashed_part(content)).encode("utf-8")


def fast(meeting, attendance, items, actions_of) -> bytes:
    """The fast path alone (no fallback): it must take every ordinary row."""
    return mh._canonical_rows(meeting, list(attendance), list(items), actions_of)


def test_every_meeting_of_a_generated_database_gives_the_same_bytes(uow) -> None:
    generate(uow, groups=3, years=3, seed=5, end=date(2026, 12, 31))
    with uow:
        session = uow.session
        meetings = session.execute(select(Meeting.__table__)).mappings().all()
        items = session.execute(select(AgendaItem.__table__)).mappings().all()
        attendance = session.execute(select(Attendance.__table__)).mappings().all()
        actions = session.execute(select(ActionItem.__table__)).mappings().all()
    assert len(meetings) > 30 and len(items) > 200 and actions
    by_meeting_items, by_meeting_people, by_item = {}, {}, {}
    for item in items:
        by_meeting_items.setdefault(item["meeting_id"], []).append(item)
    for row in attendance:
        by_meeting_people.setdefault(row["meeting_id"], []).append(row)
    for action in actions:
        by_item.setdefault(action["agenda_item_id"], []).append(action)
    for meeting in meetings:
        args = (meeting, by_meeting_people.get(meeting["id"], []), by_meeting_items.get(meeting["id"], []),
                lambda item: by_item.get(item["id"], []))
        expected = general(*args)
        assert fast(*args) == expected
        assert mh.canonical_rows(*args) == expected
        assert mh.minutes_hash_of_rows(*args) == mh.minutes_hash(mh.content_of(
            args[0], args[1], args[2], args[3], group=str, person=str, organisation=str))


def meeting_row(**changes) -> dict:
    row = {"id": 1, "group_id": 7, "starts_at": datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
           "ends_at": datetime(2026, 3, 1, 11, 30, 15, 250, tzinfo=timezone(timedelta(hours=1))),
           "place": "Rum 1", "online_link": None, "kind": MeetingKind.ORDINARY, "status": MeetingStatus.HELD,
           "secretary_id": None, "justerare_id": None, "no_attendance_reason": None}
    return row | changes


def item_row(position: int, **changes) -> dict:
    row = {"id": position, "meeting_id": 1, "position": position, "paragraph": position + 10, "title": "Ärende",
           "kind": ItemKind.DECISION, "presenter": None, "confidential": False, "notes": None, "decision_text": None,
           "outcome": None, "outcome_reason": None, "target_group_id": None}
    return row | changes


def person_row(person_id: int, **changes) -> dict:
    row = {"meeting_id": 1, "person_id": person_id, "status": AttendanceStatus.PRESENT, "role": None,
           "represents_id": None, "substitute_for_id": None, "present_from_paragraph": None,
           "present_to_paragraph": None, "is_guest": False, "is_adjunct": False}
    return row | changes


def action_row(what, due=None, **changes) -> dict:
    row = {"agenda_item_id": 1, "what": what, "responsible_person_id": None, "responsible_organisation_id": None,
           "due_on": due}
    return row | changes


TRICKY = [
    "", " ", "\n", "\r\n\r\n", "a\r\nb\rc\n", "  indrag behålls  \n\n", "e\u0301 (NFD) och é (NFC)", "Å\u030a",
    "ﬁ ligatur (NFC behåller den)", "rad \t\nrad\u00a0\nrad\u2003\nslut\u3000", "\u2028radslut\u2029", "x\x85",
    "\x0b\x0c\x1c\x1d\x1e\x1f", "<p><b>fet</b> &amp; <i>kursiv</i></p>\n<ul><li>punkt</li></ul>", "**markdown**",
    '"citat" \\ bakstreck / snedstreck', "\x00\x01\x7f", "😀 astral 𝔘", "\ufeffBOM", "å" * 2000, "-",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_in_every_field_gives_the_same_bytes(text) -> None:
    meeting = meeting_row(place=text, online_link=text, no_attendance_reason=text or None, secretary_id=3,
                          justerare_id=4)
    items = [item_row(2, title=text, presenter=text, notes=text, decision_text=text, outcome=Outcome.DECIDED,
                      outcome_reason=text, confidential=True, target_group_id=9),
             item_row(1, title=text + "x", notes=None, paragraph=None)]
    people = [person_row(5, role=Role.CHAIR, represents_id=2, substitute_for_id=8, present_from_paragraph=11,
                         present_to_paragraph=12, is_guest=True), person_row(3)]
    actions = [action_row(text, date(2026, 5, 1), responsible_person_id=5), action_row(text, None),
               action_row(text + " ", date(2026, 4, 1), responsible_organisation_id=2), action_row("a")]
    args = (meeting, people, items, lambda item: actions if item["id"] == 2 else [])
    assert fast(*args) == general(*args)


texts = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
                  st.sampled_from(TRICKY))


@settings(max_examples=300, deadline=None)
@given(place=texts, title=texts, notes=texts, what=st.lists(st.text(max_size=6), max_size=4),
       positions=st.lists(st.integers(-5, 5), min_size=1, max_size=4), person_ids=st.lists(st.integers(1, 9)))
def test_arbitrary_text_and_order_give_the_same_bytes(place, title, notes, what, positions, person_ids) -> None:
    items = [item_row(p, id=n, title=title or "", notes=notes) for n, p in enumerate(positions)]
    people = [person_row(p) for p in person_ids]
    actions = [action_row(w, date(2026, 1, 1 + n % 28) if n % 2 else None) for n, w in enumerate(what)]
    args = (meeting_row(place=place), people, items, lambda item: actions if item["id"] == 0 else [])
    assert fast(*args) == general(*args)


@pytest.mark.parametrize("changes", [
    {"notes": "ensam surrogat \ud800"},  # not UTF-8: refused
    {"paragraph": 2**53},  # beyond I-JSON: refused
    {"paragraph": 1.5},  # a float: refused
])
def test_what_the_general_path_refuses_is_refused_the_same_way(changes) -> None:
    args = (meeting_row(), [], [item_row(1, **changes)], lambda _item: [])
    with pytest.raises(ValidationError):
        general(*args)
    with pytest.raises(ValidationError):
        mh.canonical_rows(*args)


def test_unusual_values_take_the_general_path_with_the_same_result() -> None:
    class Text(str):
        pass

    args = (meeting_row(place=Text("Rum ")), [person_row(1, is_guest=1)], [item_row(1, paragraph=-(2**53 - 1))],
            lambda _item: [])
    assert mh.canonical_rows(*args) == general(*args)
