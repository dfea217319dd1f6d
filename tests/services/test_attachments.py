"""Attachments kept in the database: stored once per content, checked on every read, in backups and restores,
and seen by a second connection (on PostgreSQL: another client of the same database)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from meeting_fixtures import item, meeting
from postgres_testdb import postgres_only, sqlite_only
from sqlalchemy import text

from samverkan_desktop.db.backup import restore_backup, take_backup
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.models import Attachment, AttachmentBlob
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.errors import NotFoundError, StorageError, ValidationError
from samverkan_desktop.services import attachments
from samverkan_desktop.services.agenda import delete_item, get_item
from samverkan_desktop.services.attachments import (
    add_attachment,
    attach_content,
    read_attachment,
    remove_attachment,
)

TUESDAY = date(2026, 9, 15)


@pytest.fixture
def agenda(uow, meeting_world) -> int:
    """A NOSAM meeting on 2026-09-15 with no items yet."""
    return meeting(uow, meeting_world.nosam, TUESDAY).id


def a_file(tmp_path, name: str = "Underlag BUP.PDF", content: bytes = b"%PDF-1.4 underlag\n" * 500):
    source = tmp_path / name
    source.write_bytes(content)
    return source, content


def test_add_attachment_stores_the_content_in_the_database(uow, agenda, tmp_path, audit_trail, count) -> None:
    source, content = a_file(tmp_path)
    target = item(uow, agenda, "Väntetider")
    attached = add_attachment(uow, target.id, source)
    digest = hashlib.sha256(content).hexdigest()
    assert (attached.file_name, attached.sha256, attached.size) == ("Underlag BUP.PDF", digest, len(content))
    assert get_item(uow, target.id).attachments == (attached,)
    assert ("bilaga", attached.id, "bifogad", "testare") in audit_trail("bilaga")
    source.write_bytes(b"changed later")
    source.unlink()
    read = read_attachment(uow, attached.id)
    assert (read.attachment, read.content) == (attached, content)  # a copy, not a link
    assert count(AttachmentBlob) == 1
    assert not any(p.name == "bilagor" for p in tmp_path.rglob("*"))  # no folder beside the data


def test_same_content_is_stored_once_and_kept_while_anyone_uses_it(uow, agenda, tmp_path, count) -> None:
    source, content = a_file(tmp_path, "protokoll.docx", b"PK\x03\x04 innehall")
    renamed, _ = a_file(tmp_path, "samma innehåll.docx", content)
    first = add_attachment(uow, item(uow, agenda, "A").id, source)
    other_item = item(uow, agenda, "B")
    second = add_attachment(uow, other_item.id, renamed)
    assert first.sha256 == second.sha256 and first.id != second.id
    assert (count(Attachment), count(AttachmentBlob)) == (2, 1)
    remove_attachment(uow, first.id)
    assert (count(Attachment), count(AttachmentBlob)) == (1, 1)
    assert read_attachment(uow, second.id).content == content
    with pytest.raises(NotFoundError, match="finns inte längre"):
        read_attachment(uow, first.id)
    delete_item(uow, other_item.id)  # the last one goes with its item, and the content with it
    assert (count(Attachment), count(AttachmentBlob)) == (0, 0)


def test_a_changed_blob_is_refused_when_read(uow, agenda, tmp_path, engine) -> None:
    source, _content = a_file(tmp_path)
    attached = add_attachment(uow, item(uow, agenda, "A").id, source)
    with engine.begin() as connection:
        connection.execute(text("UPDATE attachment_blob SET content = :c"), {"c": b"%PDF-1.4 ANDRAT\n" * 500})
    with pytest.raises(StorageError, match=r"skadad.*kontrollsumma") as info:
        read_attachment(uow, attached.id)
    assert "Underlag BUP.PDF" in info.value.message


def test_content_missing_since_the_move_is_said_and_the_same_file_fills_it_in(uow, agenda, tmp_path, engine,
                                                                              count) -> None:
    source, content = a_file(tmp_path)
    target = item(uow, agenda, "A")
    attached = add_attachment(uow, target.id, source)
    with engine.begin() as connection:  # what migration 0008 leaves for a file it did not find
        connection.execute(text("UPDATE attachment_blob SET content = NULL"))
    with pytest.raises(StorageError, match="saknas"):
        read_attachment(uow, attached.id)
    again = add_attachment(uow, target.id, source)
    assert count(AttachmentBlob) == 1
    assert read_attachment(uow, attached.id).content == content
    assert read_attachment(uow, again.id).content == content


def test_a_file_above_the_limit_is_refused_in_words(uow, agenda, tmp_path, count, monkeypatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3 * 1024 * 1024)
    source, _ = a_file(tmp_path, "film.mp4", b"\0" * (4 * 1024 * 1024 + 200_000))
    with pytest.raises(ValidationError) as info:
        add_attachment(uow, item(uow, agenda, "A").id, source)
    assert info.value.message == "Filen film.mp4 är 4,2 MB; en bilaga får vara högst 3 MB. Inget har bifogats."
    assert info.value.field == "attachment"
    assert (count(Attachment), count(AttachmentBlob)) == (0, 0)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_attachment_is_refused(uow, agenda, tmp_path, count, audit_trail, kind) -> None:
    source = tmp_path / "saknas.pdf"
    if kind == "folder":
        source.mkdir()
    target = item(uow, agenda, "Väntetider")
    before = audit_trail()
    with pytest.raises(ValidationError) as info:
        add_attachment(uow, target.id, source)
    assert info.value.field == "attachment"
    assert info.value.message.startswith("Filen saknas.pdf kan inte läsas")
    assert info.value.message.endswith("Inget har bifogats.")
    assert (count(Attachment), count(AttachmentBlob)) == (0, 0)
    assert audit_trail() == before


def test_attachment_for_a_missing_item_stores_nothing(uow, agenda, tmp_path, count) -> None:
    source, _ = a_file(tmp_path)
    with pytest.raises(NotFoundError):
        add_attachment(uow, 9999, source)
    assert (count(Attachment), count(AttachmentBlob)) == (0, 0)


@sqlite_only("backups are copies of the SQLite file; a server's backups are the server's job")
def test_attachments_survive_backup_delete_restore(uow, agenda, tmp_path, engine, db_path, count) -> None:
    source, content = a_file(tmp_path)
    target = item(uow, agenda, "Väntetider")
    attached = add_attachment(uow, target.id, source)
    source.unlink()
    engine.dispose()
    backup = take_backup(db_path, "manuell")
    remove_attachment(uow, attached.id)
    assert (count(Attachment), count(AttachmentBlob)) == (0, 0)
    engine.dispose()
    restore_backup(backup, db_path)
    engine.dispose()
    assert get_item(uow, target.id).attachments == (attached,)
    assert read_attachment(uow, attached.id).content == content


def test_a_second_connection_reads_what_the_first_stored(uow, agenda, tmp_path, engine) -> None:
    """On PostgreSQL: another client of the shared database (its own engine, its own connection)."""
    source, content = a_file(tmp_path, "Rutin för SIP.docx", bytes(range(256)) * 4000)
    attached = add_attachment(uow, item(uow, agenda, "SIP").id, source)
    source.unlink()
    other = create_database_engine(engine.url.render_as_string(hide_password=False))
    try:
        with other.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM attachment_blob")).scalar() == 1
        read = read_attachment(create_unit_of_work(other, actor="kollega"), attached.id)
    finally:
        other.dispose()
    assert read.content == content
    assert hashlib.sha256(read.content).hexdigest() == attached.sha256


def test_verify_names_every_attachment_whose_content_is_changed_or_missing(uow, agenda, tmp_path, engine) -> None:
    first, _ = a_file(tmp_path, "rutin.pdf", b"%PDF-1.4 rutin")
    second, _ = a_file(tmp_path, "plan.docx", b"PK\x03\x04 plan")
    target = item(uow, agenda, "Rutiner")
    add_attachment(uow, target.id, first)
    add_attachment(uow, target.id, second)
    add_attachment(uow, item(uow, agenda, "Övrigt").id, first)
    assert attachments.verify_attachments(uow) == []
    with engine.begin() as connection:
        connection.execute(text("UPDATE attachment_blob SET content = :c WHERE sha256 = :s"),
                           {"c": b"%PDF-1.4 annat", "s": hashlib.sha256(b"%PDF-1.4 rutin").hexdigest()})
        connection.execute(text("UPDATE attachment_blob SET content = NULL WHERE sha256 = :s"),
                           {"s": hashlib.sha256(b"PK\x03\x04 plan").hexdigest()})
    problems = attachments.verify_attachments(uow)
    assert [(p.file_name, p.item_title, p.missing) for p in problems] == [
        ("rutin.pdf", "§ 1 Rutiner", False), ("plan.docx", "§ 1 Rutiner", True), ("rutin.pdf", "§ 2 Övrigt", False)]
    assert problems[1].describe().endswith("2026-09-15, § 1 Rutiner: bilagan plan.docx saknas.")
    assert "skadad" in problems[0].describe()


def test_attach_content_lists_bytes_under_a_name_sharing_stored_content(uow, agenda, tmp_path, count) -> None:
    source, content = a_file(tmp_path)
    target = item(uow, agenda, "A")
    first = add_attachment(uow, target.id, source)
    again = attach_content(uow, target.id, "  Underlag (återställd).pdf ", content)
    assert (again.file_name, again.sha256, again.size) == ("Underlag (återställd).pdf", first.sha256, len(content))
    assert (count(Attachment), count(AttachmentBlob)) == (2, 1)
    assert read_attachment(uow, again.id).content == content


@pytest.mark.parametrize(("name", "content", "message"), [
    ("", b"x", "filnamn"), ("   ", b"x", "filnamn"), ("a/b.pdf", b"x", "filnamn"), ("a\\b.pdf", b"x", "filnamn"),
    ("x" * 301, b"x", "filnamn"), (None, b"x", "filnamn"), ("a.pdf", "text, not bytes", "innehåll")])
def test_attach_content_refuses_bad_names_and_content(uow, agenda, count, name, content, message) -> None:
    with pytest.raises(ValidationError, match=message):
        attach_content(uow, item(uow, agenda, "A").id, name, content)
    assert (count(Attachment), count(AttachmentBlob)) == (0, 0)


@postgres_only  # on SQLite the unit of work already holds the one write lock, so nobody can insert in between
def test_the_same_content_stored_by_another_client_meanwhile_is_listed_on_a_second_try(
        uow, agenda, tmp_path, engine, count, monkeypatch) -> None:
    """On a shared database another secretary may attach the same file between our look and our insert."""
    source, content = a_file(tmp_path)
    digest = hashlib.sha256(content).hexdigest()
    looks: list[str] = []
    real_find = attachments._find_blob

    def find_after_the_other_client(session, wanted):
        looks.append(wanted)
        if len(looks) == 1:
            with engine.begin() as other:
                other.execute(text("INSERT INTO attachment_blob (sha256, size, content) VALUES (:s, :n, :c)"),
                              {"s": digest, "n": len(content), "c": content})
            return None
        return real_find(session, wanted)

    target = item(uow, agenda, "A")
    monkeypatch.setattr(attachments, "_find_blob", find_after_the_other_client)
    attached = add_attachment(uow, target.id, source)
    assert looks == [digest, digest]
    assert (count(Attachment), count(AttachmentBlob)) == (1, 1)
    assert read_attachment(uow, attached.id).content == content


def test_another_computers_old_files_fill_in_what_the_upgrade_could_not_find(uow, agenda, tmp_path, engine,
                                                                              count) -> None:
    """A shared database: the computer that ran migration 0008 had only its own files; this one brings its own
    from its old bilagor/ folder, checked, once."""
    source, content = a_file(tmp_path)
    other, other_content = a_file(tmp_path, "annan.pdf", b"%PDF-1.4 finns ingenstans")
    target = item(uow, agenda, "A")
    attached = add_attachment(uow, target.id, source)
    elsewhere = add_attachment(uow, target.id, other)
    with engine.begin() as connection:  # what the upgrade left for files on other computers
        connection.execute(text("UPDATE attachment_blob SET content = NULL"))
    folder = tmp_path / "bilagor"
    old = folder / attached.sha256[:2] / f"{attached.sha256}.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(content)
    damaged = folder / elsewhere.sha256[:2] / f"{elsewhere.sha256}.pdf"  # there, but not what was attached
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"changed since")

    assert attachments.adopt_old_files(uow, folder) == 1
    assert read_attachment(uow, attached.id).content == content
    with pytest.raises(StorageError, match="saknas"):
        read_attachment(uow, elsewhere.id)
    assert [p.name for p in folder.glob(".i-databasen-*")]  # done for this database

    damaged.write_bytes(other_content)  # found later: the marker says this folder was already looked through
    assert attachments.adopt_old_files(uow, folder) == 0
    assert attachments.adopt_old_files(uow, tmp_path / "finns-inte") == 0
