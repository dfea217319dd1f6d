"""The unit of work: one session and one transaction per user action, nested blocks joining the outer one, database
errors said in Swedish, text too long for its column refused before anything is written, and the milestone hook
(a backup before approving or publishing) called once per batch."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from samverkan_desktop.db.models import Organisation
from samverkan_desktop.db.uow import create_unit_of_work, translate_database_error
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.errors import ConflictError, StorageError, ValidationError


def organisations(engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(select(Organisation.name).order_by(Organisation.name)))


def add(uow, name: str) -> None:
    uow.session.add(Organisation(name=name, kind=OrganisationKind.KOMMUN))


def test_leaving_the_block_without_a_commit_rolls_back(uow, engine):
    with uow:
        add(uow, "Ale kommun")
        uow.session.flush()
    assert organisations(engine) == []
    assert uow.commits == 0


def test_nested_blocks_are_one_transaction_committed_by_the_outermost(uow, engine):
    with uow:
        with uow:
            add(uow, "Ale kommun")
            uow.commit()  # inner: only a flush
        with uow:
            add(uow, "Borås stad")
            uow.commit()
        assert uow.commits == 0
        uow.commit()
    assert organisations(engine) == ["Ale kommun", "Borås stad"]
    assert uow.commits == 1


def test_an_error_in_the_outer_block_undoes_what_inner_blocks_committed(uow, engine):
    with pytest.raises(RuntimeError), uow:
        with uow:
            add(uow, "Ale kommun")
            uow.commit()
        raise RuntimeError("avbrutet")
    assert organisations(engine) == []


def test_text_longer_than_its_column_is_refused_in_words_before_anything_is_written(uow, engine):
    with pytest.raises(ValidationError, match=r"högst 200 tecken får plats \(201 angavs\)") as caught, uow:
        add(uow, "x" * 201)
        uow.commit()
    assert caught.value.field == "name"
    assert organisations(engine) == []


def test_a_number_beyond_64_bits_is_said_in_words(uow):
    with pytest.raises(ValidationError, match="Talet är för stort"), uow:
        uow.session.execute(select(Organisation).where(Organisation.id == 2**64))


def test_a_worker_threads_unit_of_work_shares_actor_hook_and_commit_count_but_not_the_session(uow, engine):
    reasons = []
    uow.before_milestone = reasons.append
    worker = uow.for_another_thread()
    assert (worker.actor, worker.login, worker.database) == (uow.actor, uow.login, uow.database)
    with worker:
        add(worker, "Ale kommun")
        worker.commit()
    assert uow.commits == 1
    worker.milestone("före godkännande")
    assert reasons == ["före godkännande"]


def test_the_milestone_is_called_outside_transactions_and_once_for_a_batch(uow):
    reasons = []
    uow.milestone("ingen krok")  # no hook: nothing happens
    uow.before_milestone = reasons.append
    with uow:
        uow.milestone("inne i en transaktion")
    with uow.covered_by_one_milestone("publicering"):
        uow.milestone("ett steg")
        uow.milestone("ett till")
    uow.milestone("efteråt")
    assert reasons == ["publicering", "efteråt"]


@pytest.mark.parametrize(("error", "read_only", "said"), [
    ("UNIQUE constraint failed: approval.meeting_id", False, "godkändes samtidigt av någon annan"),
    ("could not serialize access due to concurrent update", False, "ändrade samma möte samtidigt"),
    ("Granskningsloggen är skrivskyddad", False, "händelser kan inte ändras"),
    ("database is locked", False, "används av ett annat program"),
    ("attempt to write a readonly database", True, "redan används i ett annat fönster"),
    ("attempt to write a readonly database", False, "filen eller dess mapp får inte ändras"),
    ("unable to open database file", False, "mappen saknas"),
    ("database disk image is malformed", False, "Databasfilen är skadad"),
    ("disk I/O error", False, "full eller otillgänglig"),
    ("something else entirely", False, "Databasfel: something else entirely. Inget har sparats."),
])
def test_database_errors_are_said_in_swedish(error, read_only, said):
    translated = translate_database_error(OperationalError("SELECT 1", {}, sqlite3.OperationalError(error)),
                                          read_only)
    assert said in translated.message
    expected = ConflictError if any(word in error.lower() for word in ("approval", "serialize", "skrivskyddad")) \
        else StorageError
    assert type(translated) is expected


def test_a_database_error_leaving_the_block_reaches_the_caller_translated(uow):
    with pytest.raises(StorageError, match="Databasfel"), uow:
        uow.session.execute(text("SELECT * FROM no_such_table"))


def test_a_fresh_unit_of_work_names_the_database_without_a_password_and_the_os_user(engine):
    fresh = create_unit_of_work(engine, actor="Anna")
    assert fresh.actor == "Anna" and fresh.login and not fresh.read_only
    assert fresh.database.startswith("sqlite:///")
    with fresh:
        assert fresh.session.scalar(select(func.count()).select_from(Organisation)) == 0
