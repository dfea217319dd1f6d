"""Calendar invitations: parsed back with icalendar, as a calendar program would read them."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from samverkan_desktop.domain import files
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.documents import CalendarInvite, CalendarPerson
from samverkan_desktop.domain.errors import StorageError, ValidationError
from samverkan_desktop.export.ics import calendar_bytes, write_calendar

NOW = datetime(2025, 2, 1, 10, 30, tzinfo=UTC)


def make_invite(**changes) -> CalendarInvite:
    values = {
        "uid": "3f2c9a1e-möte-17@samverkan-desktop",
        "sequence": 2,
        "summary": "Samverkansgrupp Norra: möte",
        "starts_at": datetime(2025, 3, 4, 9, 0, tzinfo=STOCKHOLM),
        "ends_at": datetime(2025, 3, 4, 11, 0, tzinfo=STOCKHOLM),
        "location": "Vårdcentralen Norra, rum 3",
        "description": "Dagordning:\n§1 Öppnande",
        "organizer": CalendarPerson("Berg, Anna", "anna.berg@region.se"),
        "attendees": (
            CalendarPerson("Åke Öström", "ake.ostrom@kommun.se"),
            CalendarPerson("Lena Ek", "lena.ek@region.se"),
        ),
    }
    values.update(changes)
    return CalendarInvite(**values)


def parse(invite: CalendarInvite) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(calendar_bytes(invite, now=NOW))
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_a_request_has_the_calendar_headers_and_a_stable_uid_and_sequence():
    calendar, event = parse(make_invite())
    assert str(calendar["PRODID"]) == "-//Samverkan Desktop//SV"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(event["UID"]) == "3f2c9a1e-möte-17@samverkan-desktop"
    assert event["SEQUENCE"] == 2
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["SUMMARY"]) == "Samverkansgrupp Norra: möte"
    assert str(event["LOCATION"]) == "Vårdcentralen Norra, rum 3"
    assert str(event["DESCRIPTION"]) == "Dagordning:\n§1 Öppnande"
    assert event.decoded("DTSTAMP") == NOW
    # The same invite written twice is the same file: the UID identifies the meeting, not the export.
    assert calendar_bytes(make_invite(), now=NOW) == calendar_bytes(make_invite(), now=NOW)


def test_the_output_is_crlf_and_times_are_stockholm_wall_time_with_tzid():
    raw = calendar_bytes(make_invite(), now=NOW)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert b"DTSTART;TZID=Europe/Stockholm:20250304T090000\r\n" in raw
    assert b"DTEND;TZID=Europe/Stockholm:20250304T110000\r\n" in raw
    assert b"DTSTAMP:20250201T103000Z\r\n" in raw


@pytest.mark.parametrize(
    ("starts_utc", "wall_time"),
    [
        (datetime(2025, 3, 4, 8, 0, tzinfo=UTC), datetime(2025, 3, 4, 9, 0)),  # winter: UTC+1
        (datetime(2025, 6, 10, 7, 0, tzinfo=UTC), datetime(2025, 6, 10, 9, 0)),  # summer: UTC+2
    ],
)
def test_start_and_end_are_in_europe_stockholm_whatever_zone_they_came_in(starts_utc, wall_time):
    invite = make_invite(starts_at=starts_utc, ends_at=starts_utc + timedelta(hours=1, minutes=30))
    calendar, event = parse(invite)
    for name, expected in (("DTSTART", wall_time), ("DTEND", wall_time + timedelta(hours=1, minutes=30))):
        assert event[name].params["TZID"] == "Europe/Stockholm"
        value = event.decoded(name)
        assert value.replace(tzinfo=None) == expected
        assert value == expected.replace(tzinfo=STOCKHOLM)
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Stockholm"]
    assert calendar.get_missing_tzids() == set()


def test_the_vtimezone_comes_before_the_event_and_knows_both_offsets():
    calendar, _ = parse(make_invite())
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT"]
    (zone,) = calendar.walk("VTIMEZONE")
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    # The zone the file describes gives the same offsets as the system's Europe/Stockholm.
    tz = zone.to_tz()
    for moment in (datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12), datetime(2026, 10, 26, 12)):
        assert tz.utcoffset(moment) == moment.replace(tzinfo=STOCKHOLM).utcoffset()


def test_organizer_and_every_attendee_have_a_name_and_a_mailto_address():
    _, event = parse(make_invite())
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:anna.berg@region.se"
    assert organizer.params["CN"] == "Berg, Anna"
    attendees = event["ATTENDEE"]
    assert [str(a) for a in attendees] == ["mailto:ake.ostrom@kommun.se", "mailto:lena.ek@region.se"]
    assert [a.params["CN"] for a in attendees] == ["Åke Öström", "Lena Ek"]
    for attendee in attendees:
        assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
        assert attendee.params["CUTYPE"] == "INDIVIDUAL"


def test_a_single_attendee_is_still_one_attendee_and_duplicates_are_dropped():
    invite = make_invite(
        attendees=(CalendarPerson("Lena Ek", "lena.ek@region.se"), CalendarPerson("Lena Ek", "LENA.EK@region.se"))
    )
    _, event = parse(invite)
    assert str(event["ATTENDEE"]) == "mailto:lena.ek@region.se"


def test_a_cancellation_has_method_cancel_status_cancelled_and_the_reason():
    invite = make_invite(sequence=3, cancelled=True, cancel_reason="Ordföranden är sjuk.")
    calendar, event = parse(invite)
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == invite.uid
    assert event["SEQUENCE"] == 3
    description = str(event["DESCRIPTION"])
    assert description.startswith("Dagordning:\n§1 Öppnande")
    assert description.endswith("Mötet är inställt. Orsak: Ordföranden är sjuk.")


def test_a_cancellation_without_reason_or_description_still_says_so():
    _, event = parse(make_invite(cancelled=True, description=None, location=None))
    assert str(event["DESCRIPTION"]) == "Mötet är inställt."
    assert "LOCATION" not in event


@pytest.mark.parametrize("field", ["starts_at", "ends_at"])
def test_a_naive_time_is_refused_in_swedish(field):
    invite = make_invite(**{field: datetime(2025, 3, 4, 9, 0)})
    with pytest.raises(ValidationError, match="saknar tidszon"):
        calendar_bytes(invite, now=NOW)


def test_a_naive_now_is_refused_too():
    with pytest.raises(ValidationError, match="saknar tidszon"):
        calendar_bytes(make_invite(), now=datetime(2025, 2, 1, 10, 30))


def test_an_aware_now_in_another_zone_becomes_utc():
    raw = calendar_bytes(make_invite(), now=datetime(2025, 2, 1, 11, 30, tzinfo=timezone(timedelta(hours=1))))
    assert b"DTSTAMP:20250201T103000Z\r\n" in raw


def test_end_before_start_and_missing_addresses_are_refused():
    with pytest.raises(ValidationError, match="sluta efter"):
        calendar_bytes(make_invite(ends_at=datetime(2025, 3, 4, 8, 0, tzinfo=STOCKHOLM)), now=NOW)
    with pytest.raises(ValidationError, match="Mötesarrangören saknar en giltig e-postadress"):
        calendar_bytes(make_invite(organizer=CalendarPerson("Anna Berg", "")), now=NOW)
    with pytest.raises(ValidationError, match="Lena Ek saknar en giltig e-postadress"):
        calendar_bytes(make_invite(attendees=(CalendarPerson("Lena Ek", "lena ek"),)), now=NOW)


def test_write_calendar_writes_the_whole_file_and_no_temporary(tmp_path):
    target = tmp_path / "inbjudan.ics"
    assert write_calendar(make_invite(), target) == target
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST"
    write_calendar(make_invite(sequence=3, cancelled=True), target)
    assert str(Calendar.from_ical(target.read_bytes())["METHOD"]) == "CANCEL"
    assert [p.name for p in tmp_path.iterdir()] == ["inbjudan.ics"]


def test_write_calendar_into_a_folder_that_cannot_exist_gives_storage_error(tmp_path):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("en fil, ingen mapp")
    with pytest.raises(StorageError, match="Det går inte att skriva i mappen"):
        write_calendar(make_invite(), blocker / "inbjudan.ics")


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "inbjudan.ics"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(StorageError, match="inget har skrivits"):
        write_calendar(make_invite(), target)
    monkeypatch.setattr(files.os, "replace", os.replace)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["inbjudan.ics"]
