"""cli/meetings.py: the handlers of groups, meetings, publish and export (one meeting's documents), called with
the Context cli.main.run hands them, on a small register built through the services. No LibreOffice: every test
says PDF is unavailable (the PDF paths are tested in tests/export and tests/services/test_meeting_pack.py)."""

from __future__ import annotations

import argparse
from datetime import date, time

import docx
import pytest

from samverkan_desktop.application import sending
from samverkan_desktop.cli import meetings as cli_meetings
from samverkan_desktop.cli.common import Context
from samverkan_desktop.domain.enums import ApprovalMethod, GroupKind, OrganisationKind, Role
from samverkan_desktop.services import agenda, approval, minutes
from samverkan_desktop.services.dto import GroupData, MembershipData, OrganisationData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.services.meetings import create_meeting, mark_held
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person

NO_PDF = "PDF kräver LibreOffice, som inte finns på den här datorn."


@pytest.fixture(autouse=True)
def no_pdf(monkeypatch):
    monkeypatch.setattr("samverkan_desktop.export.pdf.pdf_unavailable_reason", lambda: NO_PDF)
    monkeypatch.setattr("samverkan_desktop.export.convert_batch.pdf_unavailable_reason", lambda: NO_PDF)


@pytest.fixture
def world(uow):
    """Ledningsgrupp (Anna Berg chair, Dora Dahl secretary) with a Temagrupp under it, and one meeting with one
    item on 2026-03-10 13–15."""
    region = create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION))
    lgs = create_group(uow, GroupData("Ledningsgrupp", GroupKind.MANAGEMENT_GROUP))
    tema = create_group(uow, GroupData("Temagrupp äldre", GroupKind.THEME_GROUP, parent_id=lgs.id))
    anna = create_person(uow, PersonData("Anna Berg", email="anna@example.se", employer_id=region.id))
    dora = create_person(uow, PersonData("Dora Dahl", email="dora@example.se", employer_id=region.id))
    save_membership(uow, MembershipData(anna.id, lgs.id, Role.CHAIR, region.id, date(2025, 1, 1)))
    save_membership(uow, MembershipData(dora.id, lgs.id, Role.SECRETARY, region.id, date(2025, 1, 1)))
    meeting = create_meeting(uow, MeetingData(lgs.id, date(2026, 3, 10), time(13), time(15))).value
    agenda.add_item(uow, meeting.id, AgendaItemData("Information från regionen"))
    return {"lgs": lgs, "tema": tema, "anna": anna, "meeting": meeting.id}


def _approve(uow, world) -> None:
    mark_held(uow, world["meeting"])
    minutes.attendance(uow, world["meeting"])
    approval.approve(uow, world["meeting"], world["anna"].id, ApprovalMethod.EMAIL)


def test_the_group_tree_is_indented_with_members_and_chair(uow, world, capsys) -> None:
    assert cli_meetings.print_group_tree(argparse.Namespace(), Context("", uow=uow)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Ledningsgrupp (2 medlemmar) – ordf. Anna Berg", "  Temagrupp äldre (0 medlemmar)"]


def test_meetings_are_listed_with_id_and_local_time_and_filtered_by_group(uow, world, capsys) -> None:
    ctx = Context("", uow=uow)
    assert cli_meetings.list_meetings(argparse.Namespace(group=None), ctx) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[:4] == [str(world["meeting"]), "2026-03-10", "13:00", "Ledningsgrupp"]
    cli_meetings.list_meetings(argparse.Namespace(group="TEMA"), ctx)
    assert capsys.readouterr().out == ""


def test_publish_with_nothing_waiting(uow, world, tmp_path, capsys) -> None:
    args = argparse.Namespace(out=tmp_path / "webb", since=None, no_pdf=False)
    assert cli_meetings.publish(args, Context("", uow=uow)) == 0
    assert capsys.readouterr().out.splitlines() == [f"Bara Word: {NO_PDF}",
                                                    "Inga godkända anteckningar väntar på publicering."]


def test_publish_writes_approved_minutes_with_a_manifest(uow, world, tmp_path, capsys) -> None:
    _approve(uow, world)
    args = argparse.Namespace(out=tmp_path / "webb", since=date(2026, 1, 1), no_pdf=True)
    assert cli_meetings.publish(args, Context("", uow=uow)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"1 filer publicerade i {tmp_path / 'webb'}; förteckning: manifest.csv."
    assert not any(line.startswith("Bara Word") for line in out)  # --no-pdf: not a missing LibreOffice
    assert [p.suffix for p in (tmp_path / "webb").glob("*.docx")] == [".docx"]


def test_export_writes_a_draft_and_says_so(uow, world, tmp_path, capsys) -> None:
    target = tmp_path / "utkast.docx"
    args = argparse.Namespace(kind="minutes", meeting=world["meeting"], out=target)
    assert cli_meetings.export(args, Context("", uow=uow)) == 0
    assert str(target) in capsys.readouterr().out
    assert "UTKAST" in "\n".join(p.text for p in docx.Document(target).paragraphs)


def test_export_of_the_notice(uow, world, tmp_path, capsys) -> None:
    target = tmp_path / "kallelse.docx"
    args = argparse.Namespace(kind="notice", meeting=world["meeting"], out=target)
    assert cli_meetings.export(args, Context("", uow=uow)) == 0
    assert "Kallelse" in "\n".join(p.text for p in docx.Document(target).paragraphs)


def test_the_invitation_mail_lists_its_lines(uow, world, tmp_path, capsys) -> None:
    target = tmp_path / "kallelse.eml"
    args = argparse.Namespace(kind="invitation-mail", meeting=world["meeting"], out=target)
    assert cli_meetings.export_for_sending(args, Context("", uow=uow)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Mottagare: 1."  # the chair; the secretary sends it
    assert out[-1] == f"Utkast sparat: {target}. Öppna det i e-postprogrammet och skicka."
    assert b"anna@example.se" in target.read_bytes()


def test_the_pack_says_its_steps_and_pages(uow, world, tmp_path, capsys, monkeypatch) -> None:
    def pack(uow, meeting_id, target, step):
        step("Kallelsen")
        return sending.PackResult(target, 7, ("e-postadresser",))

    monkeypatch.setattr(sending, "export_meeting_pack", pack)
    args = argparse.Namespace(kind="pack", meeting=world["meeting"], out=tmp_path / "pack.pdf")
    assert cli_meetings.export_for_sending(args, Context("", uow=uow)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Kallelsen …"
    assert out[-1] == f"Sparad: {tmp_path / 'pack.pdf'} (7 sidor)"


def test_every_document_kind_has_an_export_parser_with_the_right_handler() -> None:
    parser = argparse.ArgumentParser()
    kinds = parser.add_subparsers(dest="kind")
    cli_meetings.add_export_parsers(kinds)
    for kind, _what in cli_meetings.DOCUMENTS:
        args = parser.parse_args([kind, "5", "--out", "x"])
        expected = cli_meetings.export_for_sending if kind in cli_meetings.SENDING_KINDS else cli_meetings.export
        assert (args.handler, args.meeting, args.vouches) == (expected, 5, True)
