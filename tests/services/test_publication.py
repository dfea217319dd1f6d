"""Publishing: godkända -> publicerade with a record of every file; refusals leave everything as it was."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import AuditEvent, Meeting, Publication
from samverkan_desktop.domain.documents import WrittenFile
from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus
from samverkan_desktop.domain.errors import StorageError, ValidationError
from samverkan_desktop.services import publication
from samverkan_desktop.services.approval import approve, reopen, send_for_approval
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.services.groups import get_group, update_group


class FakeRender:
    """Stands in for the exporter: writes one small file and remembers what it was given."""

    def __init__(self, folder: Path, fail: bool = False) -> None:
        self.folder, self.fail, self.calls = folder, fail, []

    def __call__(self, document, template):
        self.calls.append((document, template))
        if self.fail:
            raise StorageError("Filen är öppen i ett annat program.")
        path = self.folder / "protokoll.docx"
        path.write_bytes(b"minutes " + document.group_name.encode())
        return [WrittenFile("docx", path, hashlib.sha256(path.read_bytes()).hexdigest())]


def status_of(engine, meeting_id: int) -> MinutesStatus:
    with Session(engine) as session:
        return session.get(Meeting, meeting_id).minutes_status


def test_publishing_approved_minutes_records_the_files(uow, approved, engine, tmp_path, count) -> None:
    render = FakeRender(tmp_path)
    [record] = publication.publish(uow, approved.meeting, render)
    assert status_of(engine, approved.meeting) is MinutesStatus.PUBLISHED
    assert record.file_name == "protokoll.docx" and record.format == "docx"
    assert record.sha256 == hashlib.sha256((tmp_path / "protokoll.docx").read_bytes()).hexdigest()
    assert record.meeting_on == date(2026, 9, 15) and record.url is None
    document, template = render.calls[0]
    assert not document.draft and document.approval is not None and template is None
    assert publication.publications(uow, approved.meeting) == [record]
    with Session(engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "publicerade")).one()
    assert "protokoll.docx" in event.summary and event.meeting_id == approved.meeting


def test_the_address_of_a_published_file_follows_the_group(uow, approved, tmp_path) -> None:
    group = get_group(uow, approved.world.nosam)
    update_group(uow, group.id, GroupData(group.name, group.kind, group.short_name, group.parent_id,
                                          minutes_published_at="https://www.example.se/nosam/"))
    [record] = publication.publish(uow, approved.meeting, FakeRender(tmp_path))
    assert record.url == "https://www.example.se/nosam/protokoll.docx"


@pytest.mark.parametrize(("prepare", "words"), [
    (lambda uow, held: None, "ett utkast"),
    (lambda uow, held: send_for_approval(uow, held.meeting), "skickade för godkännande"),
])
def test_only_approved_minutes_are_published(uow, held, engine, tmp_path, count, prepare, words) -> None:
    prepare(uow, held)
    render = FakeRender(tmp_path)
    with pytest.raises(ValidationError, match=f"Bara godkända anteckningar kan publiceras; NOSAM Falkenberg "
                                              f"2026-09-15 är {words}"):
        publication.publish(uow, held.meeting, render)
    assert render.calls == [] and count(Publication) == 0


def test_published_minutes_are_not_published_twice(uow, approved, tmp_path) -> None:
    publication.publish(uow, approved.meeting, FakeRender(tmp_path))
    with pytest.raises(ValidationError, match="redan publicerade"):
        publication.publish(uow, approved.meeting, FakeRender(tmp_path))


def test_minutes_changed_behind_the_apps_back_are_not_published(uow, approved, engine, tmp_path, count) -> None:
    with engine.begin() as connection:
        connection.execute(text("update agenda_item set notes = 'Ändrad i efterhand' where id = :id"),
                           {"id": approved.info})
    render = FakeRender(tmp_path)
    with pytest.raises(ValidationError, match="stämmer inte längre med godkännandet"):
        publication.publish(uow, approved.meeting, render)
    assert render.calls == [] and count(Publication) == 0
    assert status_of(engine, approved.meeting) is MinutesStatus.APPROVED


def test_a_failed_export_publishes_nothing(uow, approved, engine, tmp_path, count, audit_trail) -> None:
    events = len(audit_trail())
    with pytest.raises(StorageError, match="öppen i ett annat program"):
        publication.publish(uow, approved.meeting, FakeRender(tmp_path, fail=True))
    assert status_of(engine, approved.meeting) is MinutesStatus.APPROVED
    assert count(Publication) == 0 and len(audit_trail()) == events


def test_reopened_published_minutes_can_be_approved_and_published_again(uow, approved, engine, tmp_path) -> None:
    publication.publish(uow, approved.meeting, FakeRender(tmp_path))
    reopen(uow, approved.meeting, "Fel datum i § 3")
    assert status_of(engine, approved.meeting) is MinutesStatus.DRAFT
    approve(uow, approved.meeting, approved.people["Anna Andersson"], ApprovalMethod.IN_APP)
    publication.publish(uow, approved.meeting, FakeRender(tmp_path))
    assert len(publication.publications(uow, approved.meeting)) == 2


def test_awaiting_publication_lists_approved_minutes_since_a_date(uow, approved, tmp_path) -> None:
    assert [m.id for m in publication.awaiting_publication(uow)] == [approved.meeting]
    assert [m.id for m in publication.awaiting_publication(uow, date(2026, 9, 15))] == [approved.meeting]
    assert publication.awaiting_publication(uow, date(2026, 9, 16)) == []
    publication.publish(uow, approved.meeting, FakeRender(tmp_path))
    assert publication.awaiting_publication(uow) == []


def word_template(*, plain: bool = False) -> bytes:
    """The bundled template, or python-docx's own document: both have the styles an export needs."""
    if plain:
        import io

        import docx

        buffer = io.BytesIO()
        docx.Document().save(buffer)
        return buffer.getvalue()
    from samverkan_desktop.infra.config import resources_dir

    return (resources_dir() / "templates" / "samverkan.docx").read_bytes()


def test_a_groups_template_is_stored_replaced_and_cleared(uow, approved, tmp_path, audit_trail) -> None:
    group = approved.world.nosam
    assert publication.group_template(uow, group) is None
    first, second = word_template(), word_template(plain=True)
    publication.set_group_template(uow, group, "logga.docx", first)
    publication.set_group_template(uow, group, "ny-logga.docx", second)
    stored = publication.group_template(uow, group)
    assert (stored.file_name, stored.content) == ("ny-logga.docx", second)
    render = FakeRender(tmp_path)
    publication.publish(uow, approved.meeting, render)
    assert render.calls[0][1] == stored
    publication.clear_group_template(uow, group)
    assert publication.group_template(uow, group) is None
    actions = [e[2] for e in audit_trail("grupp")]
    assert actions[-3:] == ["ny exportmall", "ny exportmall", "exportmall borttagen"]


def test_an_empty_template_is_refused(uow, meeting_world) -> None:
    with pytest.raises(ValidationError, match="tom"):
        publication.set_group_template(uow, meeting_world.nosam, "tom.docx", b"")
    with pytest.raises(ValidationError, match="filnamn"):
        publication.set_group_template(uow, meeting_world.nosam, "  ", b"x")
