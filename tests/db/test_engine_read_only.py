"""A database opened read-only while another instance writes to it: reading works, writing is refused in words."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from samverkan_desktop.db.engine import create_database_engine, is_read_only
from samverkan_desktop.db.uow import create_unit_of_work, translate_database_error
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.services import organisations
from samverkan_desktop.services.dto import OrganisationData


@pytest.fixture
def reader(engine, db_path):
    """The writer (``engine``, WAL mode) keeps a connection open, as a running instance does."""
    organisations.create_organisation(create_unit_of_work(engine), OrganisationData("Göteborgs Stad",
                                                                                    OrganisationKind.KOMMUN))
    with engine.connect() as writer:
        assert writer.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        read_only = create_database_engine(f"sqlite:///{db_path}", read_only=True)
        yield create_unit_of_work(read_only, actor="läsare")
        read_only.dispose()


def test_reading_works_while_another_instance_writes(reader, engine):
    assert [o.name for o in organisations.list_organisations(reader)] == ["Göteborgs Stad"]
    # What the writer commits later is seen too: the reader follows the WAL.
    organisations.create_organisation(create_unit_of_work(engine), OrganisationData("Region", OrganisationKind.REGION))
    assert {o.name for o in organisations.list_organisations(reader)} == {"Göteborgs Stad", "Region"}


def test_writing_through_a_service_is_refused_in_words(reader, engine):
    with pytest.raises(StorageError) as raised:
        organisations.create_organisation(reader, OrganisationData("Borås Stad", OrganisationKind.KOMMUN))
    assert "skrivskyddad" in raised.value.message
    assert "annat fönster eller på en annan dator" in raised.value.message
    assert "Inget har sparats" in raised.value.message
    assert [o.name for o in organisations.list_organisations(create_unit_of_work(engine))] == ["Göteborgs Stad"]


def test_the_engine_and_unit_of_work_know_they_are_read_only(reader, engine):
    assert reader.read_only and reader.database.endswith("samverkan.db")
    assert not create_unit_of_work(engine).read_only
    assert not is_read_only(engine)
    with pytest.raises(StorageError):
        with reader:
            reader.session.execute(text("DELETE FROM organisation"))
            reader.commit()


def test_a_missing_file_cannot_be_opened_read_only(tmp_path):
    with pytest.raises(StorageError, match="finns inte"):
        create_database_engine(f"sqlite:///{tmp_path / 'saknas.db'}", read_only=True)
    assert not (tmp_path / "saknas.db").exists()


@pytest.mark.parametrize(("sqlite_message", "words"), [
    ("attempt to write a readonly database", "filen eller dess mapp får inte ändras"),
    ("database or disk is full", "full"),
    ("database is locked", "annat program"),
    ("unable to open database file", "behörighet"),
])
def test_sqlite_errors_get_swedish_sentences(sqlite_message, words):
    message = translate_database_error(Exception(sqlite_message)).message
    assert words in message
    assert "Inget har sparats" in message or "Försök igen" in message
