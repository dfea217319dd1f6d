"""Migration 0008: attachment files in the old folder move into the database, checked against their SHA-256; a
missing file keeps its row (and says so when read); downgrade writes the files back for the older app."""

from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path

import pytest
from postgres_testdb import ON_POSTGRES, Schemas, fresh_engine, sqlite_only
from sqlalchemy import BigInteger, Engine, inspect, text
from test_migrations import MIGRATIONS, run

from samverkan_desktop.db.migrate import current_revision, head_revision, upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.services.attachments import read_attachment

PDF = b"%PDF-1.4 rutin for SIP\n" * 300
DOCX = b"PK\x03\x04 handlingsplan"
MISSING = b"this file was never found"
CHANGED = b"the file as it was attached"


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def stored_name(content: bytes, suffix: str) -> str:
    sha = digest(content)
    return f"{sha[:2]}/{sha}{suffix}"


@pytest.fixture
def at_0007(db_path: Path) -> Engine:
    schemas = Schemas() if ON_POSTGRES else None
    engine = fresh_engine(schemas, db_path)
    run(engine, "upgrade", "0007")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO coordination_group (id, name, kind) VALUES (1, 'NOSAM', 'nosam')"))
        connection.execute(text(
            "INSERT INTO meeting (id, group_id, starts_at, ends_at, kind, status, minutes_status, ical_uid, "
            "ical_sequence, created_at, updated_at) VALUES (1, 1, '2026-03-10 12:00:00', '2026-03-10 14:00:00', "
            "'ordinarie', 'planerat', 'utkast', 'u1', 0, '2026-01-01', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO agenda_item (id, meeting_id, position, title, kind, confidential) VALUES "
            "(1, 1, 1, 'SIP', 'beslut', false), (2, 1, 2, 'Handlingsplan', 'information', false)"))
        rows = [(1, 1, "Rutin SIP.pdf", PDF, ".pdf"), (2, 2, "Rutin SIP (kopia).PDF", PDF, ".pdf"),
                (3, 2, "Handlingsplan.docx", DOCX, ".docx"), (4, 2, "Borta.pdf", MISSING, ".pdf"),
                (5, 1, "Ändrad.pdf", CHANGED, ".pdf")]
        for ident, item, name, content, suffix in rows:
            connection.execute(text(
                "INSERT INTO attachment (id, agenda_item_id, file_name, stored_name, sha256, size, added_at) "
                "VALUES (:id, :item, :name, :stored, :sha, :size, '2026-03-01 10:00:00')"),
                {"id": ident, "item": item, "name": name, "stored": stored_name(content, suffix),
                 "sha": digest(content), "size": len(content)})
    yield engine
    engine.dispose()
    if schemas is not None:
        schemas.close()


def write_old_file(folder: Path, content: bytes, suffix: str, *, actual: bytes | None = None) -> Path:
    path = folder / "bilagor" / stored_name(content, suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if actual is None else actual)
    return path


def blobs(engine: Engine) -> dict[str, tuple[int, bytes | None]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT sha256, size, content FROM attachment_blob")).all()
    return {sha: (size, None if content is None else bytes(content)) for sha, size, content in rows}


def test_files_in_the_data_folder_move_into_the_database(at_0007: Engine, isolated_data_dir: Path,
                                                         caplog) -> None:
    pdf = write_old_file(isolated_data_dir, PDF, ".pdf")
    write_old_file(isolated_data_dir, DOCX, ".docx")
    write_old_file(isolated_data_dir, CHANGED, ".pdf", actual=b"changed on disk after it was attached")
    with caplog.at_level(logging.WARNING, logger="samverkan_desktop.migrations.0008"):
        upgrade_database(at_0007, MIGRATIONS)
    assert current_revision(at_0007) == head_revision(MIGRATIONS)

    stored = blobs(at_0007)
    assert stored == {digest(PDF): (len(PDF), PDF), digest(DOCX): (len(DOCX), DOCX),
                      digest(MISSING): (len(MISSING), None), digest(CHANGED): (len(CHANGED), None)}
    assert all(digest(content) == sha for sha, (_size, content) in stored.items() if content is not None)
    warnings = " ".join(r.getMessage() for r in caplog.records)
    assert digest(MISSING) in warnings and "does not match" in warnings
    assert pdf.read_bytes() == PDF  # the old folder stays, for an older app restored from a backup

    columns = {c["name"]: c for c in inspect(at_0007).get_columns("attachment")}
    assert "stored_name" not in columns
    assert isinstance(columns["size"]["type"], BigInteger)

    uow = create_unit_of_work(at_0007, actor="testare")
    assert read_attachment(uow, 1).content == PDF
    assert read_attachment(uow, 2).content == PDF  # two attachments, one blob
    assert read_attachment(uow, 3).content == DOCX
    with pytest.raises(StorageError, match=r"Filen Borta\.pdf saknas"):
        read_attachment(uow, 4)
    with pytest.raises(StorageError, match="saknas"):
        read_attachment(uow, 5)


@sqlite_only("a folder beside the database file")
def test_files_beside_the_database_file_are_found_too(at_0007: Engine, db_path: Path,
                                                      isolated_data_dir: Path) -> None:
    assert db_path.parent != isolated_data_dir
    write_old_file(db_path.parent, PDF, ".pdf")
    write_old_file(isolated_data_dir, DOCX, ".docx")
    upgrade_database(at_0007, MIGRATIONS)
    stored = blobs(at_0007)
    assert stored[digest(PDF)] == (len(PDF), PDF)
    assert stored[digest(DOCX)] == (len(DOCX), DOCX)


def test_downgrade_writes_the_files_back_for_the_older_app(at_0007: Engine, isolated_data_dir: Path) -> None:
    write_old_file(isolated_data_dir, PDF, ".pdf")
    write_old_file(isolated_data_dir, DOCX, ".docx")
    upgrade_database(at_0007, MIGRATIONS)
    shutil.rmtree(isolated_data_dir / "bilagor")

    run(at_0007, "downgrade", "0007")

    assert (isolated_data_dir / "bilagor" / stored_name(PDF, ".pdf")).read_bytes() == PDF
    assert (isolated_data_dir / "bilagor" / stored_name(DOCX, ".docx")).read_bytes() == DOCX
    assert not (isolated_data_dir / "bilagor" / stored_name(MISSING, ".pdf")).exists()
    assert not list((isolated_data_dir / "bilagor").rglob(".*"))  # no partial files left
    with at_0007.connect() as connection:
        rows = connection.execute(text("SELECT id, stored_name, size FROM attachment ORDER BY id")).all()
    assert [tuple(r) for r in rows][:3] == [(1, stored_name(PDF, ".pdf"), len(PDF)),
                                            (2, stored_name(PDF, ".pdf"), len(PDF)),
                                            (3, stored_name(DOCX, ".docx"), len(DOCX))]
    assert "attachment_blob" not in inspect(at_0007).get_table_names()
