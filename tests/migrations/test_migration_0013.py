"""Migration 0013 on existing data: the known formalia among a group's standard items and on existing agendas
become procedural, a standard decision item without wording gets its default, other rows stay as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_testdb import ON_POSTGRES, Schemas, fresh_engine
from sqlalchemy import Engine, text
from test_migration_0010 import ITEM, MEETING
from test_migrations import run

TEMPLATE = ("INSERT INTO agenda_template_item (id, group_id, position, title, kind, at_end) "
            "VALUES (:id, 1, :id, :title, :kind, false)")


@pytest.fixture
def at_0011(db_path: Path) -> Iterator[Engine]:
    schemas = Schemas() if ON_POSTGRES else None
    engine = fresh_engine(schemas, db_path)
    try:
        run(engine, "upgrade", "0011")
        yield engine
    finally:
        engine.dispose()
        if schemas is not None:
            schemas.close()


def test_known_formalia_become_procedural_with_default_wording(at_0011: Engine) -> None:
    with at_0011.begin() as c:
        c.execute(text("INSERT INTO coordination_group (id, name, kind) VALUES (1, 'LGS', 'ledningsgrupp')"))
        for ident, title, kind in ((1, "Godkännande av dagordningen", "beslut"),
                                   (2, "Föregående minnesanteckningar", "information"), (3, "Incheckning", "beslut")):
            c.execute(text(TEMPLATE), {"id": ident, "title": title, "kind": kind})
        c.execute(text(MEETING), {"id": 1, "starts": "2026-02-10 12:00:00", "status": "planerat",
                                  "minutes": "utkast", "uid": "u1"})
        for ident, title in ((1, "Godkännande av dagordningen"), (2, "Väntetider")):
            c.execute(text(ITEM), {"id": ident, "meeting": 1, "position": ident, "paragraph": ident, "title": title})
    run(at_0011, "upgrade", "0013")
    with at_0011.connect() as c:
        template = c.execute(text("SELECT title, decision_text, procedural FROM agenda_template_item "
                                  "ORDER BY id")).all()
        items = c.execute(text("SELECT title, procedural FROM agenda_item ORDER BY id")).all()
    assert [(t, d, bool(p)) for t, d, p in template] == [
        ("Godkännande av dagordningen", "att godkänna dagordningen", True),
        ("Föregående minnesanteckningar", None, True), ("Incheckning", None, False)]
    assert [(t, bool(p)) for t, p in items] == [("Godkännande av dagordningen", True), ("Väntetider", False)]
