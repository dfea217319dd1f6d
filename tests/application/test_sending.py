"""application/sending.py: the meeting pack and the e-mail drafts, on a small register built through the services.
The PDF converter is replaced (by a recorder that writes one-page PDFs, or by "no LibreOffice"): the real
conversions are tested in tests/services/test_meeting_pack.py and tests/export."""

from __future__ import annotations

import email
from datetime import date, time
from email import policy
from pathlib import Path

import pikepdf
import pytest

from samverkan_desktop.application import sending
from samverkan_desktop.application.publishing import publish_since
from samverkan_desktop.domain.enums import ApprovalMethod, GroupKind, OrganisationKind, Role
from samverkan_desktop.domain.mail import MailAddress, MailDraft
from samverkan_desktop.services import agenda, approval, minutes
from samverkan_desktop.services.dto import GroupData, MembershipData, OrganisationData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.services.meetings import create_meeting, mark_held
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person

NO_PDF = "PDF kräver LibreOffice, som inte finns på den här datorn."


@pytest.fixture
def world(uow):
    """LGS: Anna Berg chair, Bo Ek member, Dora Dahl secretary (all with addresses); one meeting with an item."""
    region = create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION))
    lgs = create_group(uow, GroupData("Ledningsgrupp", GroupKind.MANAGEMENT_GROUP))
    people = {}
    for name, role in (("Anna Berg", Role.CHAIR), ("Bo Ek", Role.MEMBER), ("Dora Dahl", Role.SECRETARY)):
        address = name.lower().replace(" ", ".") + "@example.se"
        people[name] = create_person(uow, PersonData(name, email=address, employer_id=region.id)).id
        save_membership(uow, MembershipData(people[name], lgs.id, role, region.id, date(2025, 1, 1)))
    meeting = create_meeting(uow, MeetingData(lgs.id, date(2026, 3, 10), time(13), time(15))).value.id
    agenda.add_item(uow, meeting, AgendaItemData("Information från regionen"))
    return {"meeting": meeting, "people": people, "lgs": lgs.id}


@pytest.fixture
def no_pdf(monkeypatch):
    monkeypatch.setattr("samverkan_desktop.export.convert_batch.pdf_unavailable_reason", lambda: NO_PDF)


@pytest.fixture
def converted(monkeypatch) -> list[list[str]]:
    """PDF "works": each document becomes a one-page PDF; the names of each batch are recorded."""
    batches: list[list[str]] = []

    def convert_many(paths, out_dir, *, cancel=None):
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        batches.append([Path(p).name for p in paths])
        written = []
        for path in paths:
            with pikepdf.new() as pdf:
                pdf.add_blank_page()
                pdf.save(Path(out_dir) / f"{Path(path).stem}.pdf")
            written.append(Path(out_dir) / f"{Path(path).stem}.pdf")
        return written

    monkeypatch.setattr("samverkan_desktop.export.convert_batch.convert_many", convert_many)
    monkeypatch.setattr("samverkan_desktop.export.convert_batch.pdf_unavailable_reason", lambda: None)
    return batches


def _message(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _attachments(path: Path) -> list[tuple[str, str]]:
    return [(part.get_filename(), part.get_content_type()) for part in _message(path).iter_attachments()]


def test_lines_name_the_recipients_the_notes_and_the_warning(tmp_path) -> None:
    me, anna, bo = (MailAddress(n, f"{n.lower()}@x.se") for n in ("Dora", "Anna", "Bo"))
    draft = MailDraft(subject="Kallelse", body="Hej", sender=me, to=(me,), bcc=(anna, bo),
                      notes=("Kalenderinbjudan är inte bifogad: ingen sekreterare",))
    result = sending.MailResult(tmp_path / "a.eml", draft, 10, "Meddelandet är stort.")
    assert result.lines == ["Mottagare: 2.", "Kalenderinbjudan är inte bifogad: ingen sekreterare",
                            "Meddelandet är stort."]
    assert sending.MailResult(tmp_path / "a.eml", draft, 10, None).lines[-1] == (
        "Kalenderinbjudan är inte bifogad: ingen sekreterare")


def test_the_invitation_without_libreoffice_carries_word_and_the_calendar(uow, world, tmp_path, no_pdf) -> None:
    steps: list[str] = []
    result = sending.write_invitation_mail(uow, world["meeting"], tmp_path / "kallelse.eml", step=steps.append)
    assert steps == ["Kallelsen skrivs", "Utkastet skrivs"]
    assert _attachments(result.path) == [
        ("2026-03-10_Ledningsgrupp_kallelse.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("2026-03-10_Ledningsgrupp_kalenderinbjudan.ics", "text/calendar")]
    assert f"Kallelsen är bifogad som Word och möteshandlingarna saknas: {NO_PDF}" in result.lines
    assert result.size == result.path.stat().st_size and result.warning is None
    body = _message(result.path).get_body(("plain",)).get_content()
    assert "kallelsen med dagordning" in body and "möteshandlingarna" not in body


def test_the_invitation_with_pdf_carries_notice_calendar_and_pack(uow, world, tmp_path, converted) -> None:
    result = sending.write_invitation_mail(uow, world["meeting"], tmp_path / "kallelse.eml")
    names = [name for name, _type in _attachments(result.path)]
    assert names == ["2026-03-10_Ledningsgrupp_kallelse.pdf", "2026-03-10_Ledningsgrupp_kalenderinbjudan.ics",
                     "2026-03-10_Ledningsgrupp_möteshandlingar.pdf"]
    assert converted[0] == ["2026-03-10_Ledningsgrupp_kallelse.docx"]
    body = _message(result.path).get_body(("plain",)).get_content()
    assert "möteshandlingarna" in body and "en kalenderinbjudan" in body


def test_without_a_secretary_address_the_calendar_is_left_out_and_said(uow, world, tmp_path, no_pdf) -> None:
    from samverkan_desktop.services.people import get_person, update_person

    dora = get_person(uow, world["people"]["Dora Dahl"])
    update_person(uow, dora.id, PersonData(dora.name, email=None, employer_id=dora.employer_id))
    result = sending.write_invitation_mail(uow, world["meeting"], tmp_path / "kallelse.eml")
    assert [name for name, _type in _attachments(result.path)] == ["2026-03-10_Ledningsgrupp_kallelse.docx"]
    assert any(line.startswith("Kalenderinbjudan är inte bifogad: ") for line in result.lines)


def test_the_pack_counts_its_pages(uow, world, tmp_path, converted) -> None:
    pack = sending.export_meeting_pack(uow, world["meeting"], tmp_path / "pack.pdf")
    assert pack.path == tmp_path / "pack.pdf" and pack.pages >= 1
    with pikepdf.open(pack.path) as written:
        assert len(written.pages) == pack.pages


def test_the_review_mail_goes_to_the_chair_with_the_review_file(uow, world, tmp_path) -> None:
    mark_held(uow, world["meeting"])
    result = sending.write_review_mail(uow, world["meeting"], tmp_path / "granskning.eml")
    ((name, _type),) = _attachments(result.path)
    assert name.startswith("granskning Ledningsgrupp 2026-03-10")
    assert "anna.berg@example.se" in _message(result.path)["To"]


def test_the_minutes_mail_without_libreoffice_carries_word(uow, world, tmp_path, no_pdf) -> None:
    mark_held(uow, world["meeting"])
    minutes.attendance(uow, world["meeting"])
    approval.approve(uow, world["meeting"], world["people"]["Anna Berg"], ApprovalMethod.EMAIL)
    publish_since(uow, None, tmp_path / "webb")
    steps: list[str] = []
    result = sending.write_minutes_mail(uow, world["meeting"], tmp_path / "anteckningar.eml", step=steps.append)
    assert steps == ["Anteckningarna skrivs"]
    assert [name for name, _type in _attachments(result.path)] == [
        "2026-03-10_Ledningsgrupp_minnesanteckningar.docx"]
    assert f"Anteckningarna är bifogade som Word: {NO_PDF}" in result.lines
