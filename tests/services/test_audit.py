"""The audit trail is a hash chain the database guards: every event carries the previous event's hash and its own;
UPDATE and DELETE of an event are refused by triggers (only the foreign key's ON DELETE SET NULL of the meeting
passes); verification walks the chain and names the first broken link. To break the chain the test first takes
the guard away (SQLite: drops the triggers of its own copy; PostgreSQL: a replica session, which fires none)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from samverkan_desktop.db.models import AuditEvent
from samverkan_desktop.domain.audit_chain import event_hash
from samverkan_desktop.domain.errors import ConflictError
from samverkan_desktop.services import audit, minutes
from samverkan_desktop.services.approval import reopen

GUARDED = "Granskningsloggen är skrivskyddad"


def unguarded(connection) -> None:
    """Take the triggers away for this connection's transaction (what an attacker with the database can do)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL session_replication_role = replica"))
    else:
        connection.execute(text("DROP TRIGGER audit_event_no_update"))
        connection.execute(text("DROP TRIGGER audit_event_no_delete"))


def events(engine) -> list:
    with engine.connect() as connection:
        return connection.execute(select(AuditEvent.id, AuditEvent.action, AuditEvent.prev_hash, AuditEvent.hash,
                                         AuditEvent.at).order_by(AuditEvent.id)).all()


def test_every_event_is_chained_to_the_one_before(uow, held, engine) -> None:
    minutes.save_text(uow, held.info, "Ändrad text.", None)
    rows = events(engine)
    assert len(rows) > 10 and rows[0].prev_hash is None
    assert all(row.hash and len(row.hash) == 64 for row in rows)
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(rows))
    report = audit.verify_chain(uow)
    assert report.broken is None and report.events == len(rows)


def test_an_event_hash_covers_its_fields_and_the_previous_hash(uow, held, engine) -> None:
    with engine.connect() as connection:
        row = connection.execute(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert row.hash == event_hash(row.prev_hash, row.at, row.actor, row.entity, row.entity_id, row.action,
                                  row.summary)
    assert row.hash != event_hash(row.prev_hash, row.at, row.actor, row.entity, row.entity_id, row.action,
                                  (row.summary or "") + " ")


def test_the_database_refuses_to_update_or_delete_an_event(held, engine) -> None:
    for statement in ("UPDATE audit_event SET summary = 'inget hände'", "DELETE FROM audit_event",
                      "UPDATE audit_event SET meeting_id = NULL, actor = 'någon annan'"):
        with pytest.raises(DBAPIError, match=GUARDED), engine.begin() as connection:
            connection.execute(text(statement))
    assert len(events(engine)) > 10


def test_a_refused_change_reaches_the_user_in_words(uow, held) -> None:
    with pytest.raises(ConflictError, match=GUARDED), uow:
        uow.session.execute(text("DELETE FROM audit_event"))
        uow.commit()


def test_deleting_a_meeting_keeps_its_events_and_the_chain(uow, held, engine) -> None:
    before = len(events(engine))
    with engine.begin() as connection:  # no service deletes meetings; the foreign key sets meeting_id to NULL
        connection.execute(text("DELETE FROM meeting WHERE id = :id"), {"id": held.meeting})
    assert len(events(engine)) == before
    with engine.connect() as connection:
        assert connection.scalar(select(AuditEvent.id).where(AuditEvent.meeting_id == held.meeting)) is None
    assert audit.verify_chain(uow).broken is None


def test_a_changed_event_is_named_as_the_first_broken_link(uow, held, engine) -> None:
    rows = events(engine)
    target = rows[len(rows) // 2]
    with engine.begin() as connection:
        unguarded(connection)
        connection.execute(text("UPDATE audit_event SET summary = 'inget hände' WHERE id = :id"), {"id": target.id})
    broken = audit.verify_chain(uow).broken
    assert (broken.event_id, broken.action) == (target.id, target.action)
    assert "innehållet har ändrats" in broken.reason
    described = broken.describe()
    assert f"händelse {target.id}" in described and target.action in described


def test_a_removed_event_breaks_the_link_of_the_one_after_it(uow, held, engine) -> None:
    rows = events(engine)
    gone, after = rows[3], rows[4]
    with engine.begin() as connection:
        unguarded(connection)
        connection.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": gone.id})
    broken = audit.verify_chain(uow).broken
    assert broken.event_id == after.id and "pekar inte på händelsen före" in broken.reason
    assert broken.checked == 3


def test_a_recomputed_hash_still_breaks_the_next_link(uow, held, engine) -> None:
    """An attacker who rewrites an event and its own hash must rewrite every later event too."""
    rows = events(engine)
    target, after = rows[5], rows[6]
    with engine.begin() as connection:
        row = connection.execute(select(AuditEvent).where(AuditEvent.id == target.id)).one()
        forged = event_hash(row.prev_hash, row.at, row.actor, row.entity, row.entity_id, row.action, "inget hände")
        unguarded(connection)
        connection.execute(text("UPDATE audit_event SET summary = 'inget hände', hash = :h WHERE id = :id"),
                           {"h": forged, "id": target.id})
    assert audit.verify_chain(uow).broken.event_id == after.id


def test_events_of_a_rolled_back_change_are_never_written(uow, approved, engine) -> None:
    before = len(events(engine))
    with pytest.raises(Exception), uow:  # noqa: B017 - any failure after the event was queued
        reopen(uow, approved.meeting, "Fel i § 2")  # nested: joins this transaction, commits only a flush
        raise RuntimeError("avbrutet")
    assert len(events(engine)) == before
    assert audit.verify_chain(uow).broken is None


def test_an_empty_trail_is_whole(uow) -> None:
    assert audit.verify_chain(uow) == audit.ChainReport(0, None)


def test_an_event_written_outside_the_program_has_no_hash_and_breaks_the_chain_there(uow, held, engine) -> None:
    before = len(events(engine))
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO audit_event (at, actor, entity, action, summary) "
                                "VALUES (CURRENT_TIMESTAMP, 'sqlite3', 'möte', 'ändrad', 'för hand')"))
    broken = audit.verify_chain(uow).broken
    assert broken.event_id == events(engine)[-1].id
    assert broken.reason == "händelsen saknar kontrollsumma (skriven utanför programmet)"
    assert broken.checked == before


def test_a_first_event_that_points_before_itself_is_named(uow, held, engine) -> None:
    first = events(engine)[0]
    with engine.begin() as connection:
        unguarded(connection)
        connection.execute(text("UPDATE audit_event SET prev_hash = :h WHERE id = :id"),
                           {"h": "0" * 64, "id": first.id})
    broken = audit.verify_chain(uow).broken
    assert (broken.event_id, broken.checked) == (first.id, 0)
    assert broken.reason == "den första händelsen pekar på en händelse som saknas"


def test_a_break_is_described_in_stockholm_time() -> None:
    from datetime import UTC, datetime
    broken = audit.ChainBreak(7, datetime(2026, 1, 13, 23, 30, 5, tzinfo=UTC), "ändrad", "möte", "skälet", 6)
    assert broken.describe() == ("Granskningsloggen är bruten vid händelse 7 (2026-01-14 00:30:05, möte: ändrad): "
                                 "skälet.")


def test_the_history_of_a_meeting_is_its_own_events_oldest_first(uow, held, engine) -> None:
    minutes.save_text(uow, held.info, "Ändrad text.", None)
    history = audit.meeting_history(uow, held.meeting)
    with engine.connect() as connection:
        own = connection.execute(select(AuditEvent.action).where(AuditEvent.meeting_id == held.meeting)
                                 .order_by(AuditEvent.at, AuditEvent.id)).scalars().all()
    assert [entry.action for entry in history] == own and len(own) > 5
    assert [entry.at for entry in history] == sorted(entry.at for entry in history)
    assert history[-1].actor == "testare" and history[-1].login
    assert audit.meeting_history(uow, held.meeting + 1000) == []
