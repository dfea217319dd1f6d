"""The meeting editor's sending actions: the meeting pack (PDF) and the e-mail drafts, written off the GUI thread
and opened in the mail program (patched here), with the warning for a large message."""

from __future__ import annotations

import email
from datetime import date, time
from email import policy

import pikepdf
import pytest
from pack_samples import needs_soffice
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from test_meeting_export import approved_meeting, held_meeting, open_editor, reports, save_to, warnings  # noqa: F401

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.export.publisher import MinutesPublisher
from samverkan_desktop.services import agenda, meetings, memberships, people, publication
from samverkan_desktop.services.dto import MembershipData, PersonData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData


def with_addresses(uow, register) -> None:
    for key, address in (("anna", "anna.berg@goteborg.se"), ("bo", "bo.ek@vgregion.se"),
                         ("cilla", "cilla.lund@goteborg.se")):
        person = register[key]
        people.update_person(uow, person.id, PersonData(person.name, person.title, address,
                                                        employer_id=person.employer_id))
    for key, role in (("bo", Role.MEMBER), ("cilla", Role.SECRETARY)):
        memberships.save_membership(uow, MembershipData(register[key].id, register["lgs"].id, role, None,
                                                        date(2025, 1, 1)))


def planned_meeting(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    with_addresses(uow, register)
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15),
                                                       place="Stadshuset"))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    return meeting.value.id


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    found: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: found.append(QUrl(url).toLocalFile()) or True)
    return found


@pytest.fixture
def no_soffice(monkeypatch, tmp_path):
    monkeypatch.setenv("SAMVERKAN_SOFFICE", str(tmp_path / "inget-libreoffice"))


def test_the_menu_offers_the_pack_and_the_drafts_in_swedish(qtbot, uow, register):
    editor = open_editor(qtbot, uow, planned_meeting(uow, register))
    texts = [a.text() for a in editor.exports.menu.actions() if a.text()]
    for expected in ("Möteshandlingar (PDF)…", "Skicka kallelse…", "Skicka till ordföranden…",
                     "Skicka anteckningarna…"):
        assert expected in texts
    assert editor.sending.notice_mail_action.isEnabled()
    assert not editor.sending.review_mail_action.isEnabled()  # not held yet
    assert not editor.sending.minutes_mail_action.isEnabled()  # not published


def test_send_notice_writes_a_draft_and_opens_it(qtbot, uow, register, monkeypatch, opened, no_soffice,
                                                 isolated_data_dir):
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: informed.append(args[2]))
    editor = open_editor(qtbot, uow, planned_meeting(uow, register))
    editor.sending.notice_mail_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    [path] = opened
    assert path.startswith(str(isolated_data_dir / "utkast")) and path.endswith("_kallelse.eml")
    with open(path, "rb") as stream:
        message = email.message_from_binary_file(stream, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["Bcc"].addresses] == ["anna.berg@goteborg.se", "bo.ek@vgregion.se"]
    assert message["Subject"] == "Kallelse: Ledningsgrupp för samverkan tisdag 10 mars 2026"
    assert "möteshandlingarna saknas" in informed[0]  # no LibreOffice here: Word, and said so
    assert "2 mottagare" in editor.statusBar().currentMessage()


def test_a_large_draft_is_warned_about_and_opened_only_when_asked(qtbot, uow, register, monkeypatch, opened,
                                                                   no_soffice):
    monkeypatch.setattr("samverkan_desktop.application.sending.size_warning",
                        lambda size: "Meddelandet med bilagor är 31,0 MB.")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    editor = open_editor(qtbot, uow, planned_meeting(uow, register))
    editor.sending.notice_mail_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["Meddelandet med bilagor är 31,0 MB."]
    assert opened == []  # the box was closed without "Öppna utkastet ändå"


def test_send_to_the_chair_attaches_the_review_file(qtbot, uow, register, opened):
    meeting_id = held_meeting(uow, register)
    with_addresses(uow, register)
    editor = open_editor(qtbot, uow, meeting_id)
    assert editor.sending.review_mail_action.isEnabled()
    editor.sending.review_mail_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    with open(opened[0], "rb") as stream:
        message = email.message_from_binary_file(stream, policy=policy.default)
    assert [a.addr_spec for a in message["To"].addresses] == ["anna.berg@goteborg.se"]
    assert next(p.get_filename() for p in message.iter_attachments()).endswith(".granskning")


def test_a_refusal_is_shown_and_nothing_opened(qtbot, uow, register, opened, warnings):  # noqa: F811
    editor = open_editor(qtbot, uow, held_meeting(uow, register))  # nobody has an e-mail address
    editor.sending.review_mail_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "e-postadress" in warnings[0] and opened == []


@pytest.mark.slow
def test_the_meeting_pack_from_the_menu(qtbot, uow, register, tmp_path, monkeypatch, reports):  # noqa: F811
    needs_soffice()
    editor = open_editor(qtbot, uow, planned_meeting(uow, register))
    target = tmp_path / "handlingar.pdf"
    save_to(monkeypatch, target)
    editor.sending.pack_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    with pikepdf.open(target) as pdf:
        assert f"({len(pdf.pages)} sidor)" in reports[0]["text"]


def test_publish_then_send_the_minutes(qtbot, uow, register, tmp_path, opened, no_soffice, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    meeting_id = approved_meeting(uow, register)
    with_addresses(uow, register)
    publication.publish(uow, meeting_id, MinutesPublisher(tmp_path / "publicerat"))
    editor = open_editor(qtbot, uow, meeting_id)
    assert editor.sending.minutes_mail_action.isEnabled()
    editor.sending.minutes_mail_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    with open(opened[0], "rb") as stream:
        message = email.message_from_binary_file(stream, policy=policy.default)
    assert next(p.get_filename() for p in message.iter_attachments()).endswith("_minnesanteckningar.docx")
