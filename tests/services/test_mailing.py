"""E-mail drafts: recipients and texts from the services, written as .eml and read back with the standard
library's ``email`` package (policy=default), as a mail program would."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest
from meeting_fixtures import item, meeting
from pack_samples import needs_soffice, pdf_file

from samverkan_desktop.application.sending import write_invitation_mail, write_minutes_mail, write_review_mail
from samverkan_desktop.domain.enums import AttendanceStatus
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.mail import WARN_ABOVE_BYTES, MailAddress, MailDraft, size_warning
from samverkan_desktop.export.eml import write_draft
from samverkan_desktop.export.publisher import MinutesPublisher
from samverkan_desktop.services import mailing, publication
from samverkan_desktop.services.attachments import attach_content
from samverkan_desktop.services.dto import MandateData, PersonData
from samverkan_desktop.services.mandates import save_mandate
from samverkan_desktop.services.meeting_dto import AttendanceData
from samverkan_desktop.services.minutes import add_attendee, set_attendance
from samverkan_desktop.services.people import get_person, update_person

ADDRESSES = {"Anna Andersson": "anna.andersson@regionhalland.se", "Bertil Berg": "bertil.berg@falkenberg.se",
             "Eva Ström": "eva.strom@example.se", "David Dahl": "david.dahl@regionhalland.se",
             "Fredrik Lund": "fredrik.lund@varberg.se"}  # Cecilia Ek has none


def give_addresses(uow, people: dict[str, int]) -> None:
    for name, address in ADDRESSES.items():
        person = get_person(uow, people[name])
        update_person(uow, person.id, PersonData(person.name, person.title, address, person.phone,
                                                 person.employer_id))


@pytest.fixture
def called(uow, meeting_world):
    """A NOSAM meeting with an agenda item and a PDF attachment; Fredrik Lund attends as substitute for Cecilia."""
    give_addresses(uow, meeting_world.people)
    m = meeting(uow, meeting_world.nosam, date(2026, 3, 10), place="Rådhuset, sal Åsa",
                online_link="https://mote.example/nosam")
    budget = item(uow, m.id, "Budget för vårdsamverkan")
    attach_content(uow, budget.id, "Underlag budget.pdf", pdf_file("Budgetunderlag", 1))
    fredrik = add_attendee(uow, m.id, meeting_world.people["Fredrik Lund"])
    set_attendance(uow, fredrik.id, AttendanceData(AttendanceStatus.PRESENT,
                                                   substitute_for_id=meeting_world.people["Cecilia Ek"]))
    return m


def read(path):
    with open(path, "rb") as stream:
        return email.message_from_binary_file(stream, policy=policy.default)


def attachments(message) -> list[tuple[str, str, str | None]]:
    return [(part.get_filename(), part.get_content_type(), part.get_param("method"))
            for part in message.iter_attachments()]


def test_members_go_in_bcc_and_substitutes_only_where_the_mandate_allows(uow, meeting_world, called):
    draft = mailing.invitation_mail(uow, called.id)
    assert [a.name for a in draft.to] == ["David Dahl"] and draft.sender == draft.to[0]
    assert [a.email for a in draft.bcc] == ["anna.andersson@regionhalland.se", "bertil.berg@falkenberg.se",
                                            "eva.strom@example.se"]  # no secretary, no Cecilia, no substitute
    save_mandate(uow, meeting_world.nosam, MandateData(meetings_min=4, meetings_max=6, substitutes_allowed=True),
                 new_version=True)
    allowed = mailing.invitation_mail(uow, called.id)
    assert [a.name for a in allowed.bcc][-1] == "Fredrik Lund"
    assert allowed.subject == "Kallelse: NOSAM Falkenberg tisdag 10 mars 2026"
    for expected in ("Tid: tisdag 10 mars 2026, kl. 13.00–15.00", "Plats: Rådhuset, sal Åsa",
                     "Digitalt: https://mote.example/nosam", "Meddela förhinder till David Dahl"):
        assert expected in allowed.body


def test_without_any_address_the_draft_is_refused_in_swedish(uow, meeting_world):
    m = meeting(uow, meeting_world.nosam, date(2026, 3, 10))
    with pytest.raises(ValidationError, match="e-postadress"):
        mailing.invitation_mail(uow, m.id)


def test_the_invitation_draft_without_libreoffice_carries_word_and_the_calendar(uow, called, tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKAN_SOFFICE", str(tmp_path / "inget-libreoffice"))
    result = write_invitation_mail(uow, called.id, tmp_path / "kallelse.eml")
    message = read(result.path)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Kallelse: NOSAM Falkenberg tisdag 10 mars 2026"
    assert [a.addr_spec for a in message["Bcc"].addresses] == [a.email for a in result.draft.bcc]
    assert message["From"].addresses[0].display_name == "David Dahl"
    found = attachments(message)
    assert [(t, m) for _n, t, m in found] == [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", None),
        ("text/calendar", "REQUEST")]
    assert found[1][0].endswith("_kalenderinbjudan.ics")
    calendar = next(message.iter_attachments()).get_content()
    assert calendar[:2] == b"PK"  # the Word file, whole
    assert any("möteshandlingarna saknas" in line for line in result.lines)
    assert result.warning is None


@pytest.mark.slow
def test_the_invitation_draft_carries_notice_calendar_and_meeting_pack(uow, called, tmp_path):
    needs_soffice()
    result = write_invitation_mail(uow, called.id, tmp_path / "kallelse.eml")
    message = read(result.path)
    found = attachments(message)
    assert [(t, m) for _n, t, m in found] == [("application/pdf", None), ("text/calendar", "REQUEST"),
                                              ("application/pdf", None)]
    names = [n for n, _t, _m in found]
    assert names[0].endswith("_kallelse.pdf") and names[2].endswith("_möteshandlingar.pdf")  # ö survives
    parts = list(message.iter_attachments())
    assert parts[0].get_content().startswith(b"%PDF") and parts[2].get_content().startswith(b"%PDF")
    assert "Bifogat finns kallelsen med dagordning, en kalenderinbjudan och möteshandlingarna." in \
        message.get_body(("plain",)).get_content()
    assert "BEGIN:VCALENDAR" in parts[1].get_content()


def test_the_review_draft_goes_to_the_chair_with_the_review_file(uow, held, tmp_path):
    give_addresses(uow, held.people)
    result = write_review_mail(uow, held.meeting, tmp_path / "granskning.eml")
    message = read(result.path)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == ["anna.andersson@regionhalland.se"]
    assert message["Bcc"] is None
    assert message["Subject"].startswith("För godkännande: minnesanteckningar NOSAM Falkenberg")
    [(name, content_type, _method)] = attachments(message)
    assert name.startswith("granskning NOSAM Falkenberg") and name.endswith(".granskning")
    assert content_type == "application/octet-stream"
    assert "samverkan-desktop --review" in message.get_body(("plain",)).get_content()


def test_the_minutes_draft_needs_published_minutes(uow, approved, tmp_path, monkeypatch):
    give_addresses(uow, approved.people)
    with pytest.raises(ValidationError, match="inte publicerade"):
        write_minutes_mail(uow, approved.meeting, tmp_path / "anteckningar.eml")
    assert not (tmp_path / "anteckningar.eml").exists()
    publication.publish(uow, approved.meeting, MinutesPublisher(tmp_path / "publicerat"))
    monkeypatch.setenv("SAMVERKAN_SOFFICE", str(tmp_path / "inget-libreoffice"))
    result = write_minutes_mail(uow, approved.meeting, tmp_path / "anteckningar.eml")
    message = read(result.path)
    assert message["Subject"].startswith("Minnesanteckningar: NOSAM Falkenberg")
    [(name, _type, _method)] = attachments(message)
    assert name.endswith("_minnesanteckningar.docx")
    assert len(message["Bcc"].addresses) >= 2


def test_a_message_above_twenty_megabytes_is_warned_about(uow, called, tmp_path, monkeypatch):
    assert size_warning(WARN_ABOVE_BYTES) is None
    assert "20 MB" in size_warning(WARN_ABOVE_BYTES + 1)
    monkeypatch.setenv("SAMVERKAN_SOFFICE", str(tmp_path / "inget-libreoffice"))
    monkeypatch.setattr("samverkan_desktop.application.sending.size_warning", lambda size: f"stor: {size}")
    result = write_invitation_mail(uow, called.id, tmp_path / "kallelse.eml")
    assert result.warning == f"stor: {result.path.stat().st_size}"


@pytest.mark.parametrize("address", ["eva ström@@", "a@b@c", "x@y.se\nBcc: alla@example.se"])
def test_an_address_that_would_break_the_message_is_refused_and_nothing_is_written(tmp_path, address):
    draft = MailDraft("Kallelse", "Hej", to=(MailAddress("Eva Ström", address),))
    with pytest.raises(ValidationError, match="Eva Ström"):
        write_draft(draft, tmp_path / "kallelse.eml")
    assert list(tmp_path.iterdir()) == []


def test_without_a_secretary_address_the_notice_goes_without_the_calendar_invitation(uow, meeting_world, called,
                                                                                      tmp_path, monkeypatch):
    david = get_person(uow, meeting_world.people["David Dahl"])
    update_person(uow, david.id, PersonData(david.name, david.title, None, david.phone, david.employer_id))
    monkeypatch.setenv("SAMVERKAN_SOFFICE", str(tmp_path / "inget-libreoffice"))
    result = write_invitation_mail(uow, called.id, tmp_path / "kallelse.eml")
    message = read(result.path)
    assert message["From"] is None and message["To"] is None and len(message["Bcc"].addresses) == 3
    assert [t for _n, t, _m in attachments(message)] == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
    assert any(line.startswith("Kalenderinbjudan är inte bifogad: NOSAM Falkenberg har ingen sekreterare")
               for line in result.lines)
    body = message.get_body(("plain",)).get_content()
    assert "Meddela förhinder till sekreteraren" in body
    assert "Bifogat finns kallelsen med dagordning.\n" in body  # neither calendar nor pack claimed
