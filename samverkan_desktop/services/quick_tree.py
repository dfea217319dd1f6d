"""The group tree of a SQLite file read with plain ``sqlite3``, before SQLAlchemy is imported: the start shows the
tree in its first window at once (app.py), while SQLAlchemy, the models and the pages load (~0.3 s, more than a
bare Qt window's whole start on a small PC).

The same query as ``groups.list_group_tree`` (members counted on ``on``, the chair of each group, every group in
Swedish name order, active on ``on``) into the same DTOs; tests/services/test_quick_tree.py checks the two agree.
Read-only (``inspection_uri``: nothing is created or written), and only at the schema head: anything unexpected
(another schema, a damaged or locked file, an unknown value) gives None and the start goes on the usual way.
SQLite only: there are no logins on a file; a database server's access rules stay with the SQLAlchemy path.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ..db.sqlite_files import inspection_uri
from ..domain.enums import GroupKind, Role
from ..domain.rules import swedish_sort_key
from .dto import GroupNode

_VALID = "(valid_from IS NULL OR valid_from <= :on) AND (valid_to IS NULL OR valid_to >= :on)"
_COUNTS = f"SELECT group_id, count(DISTINCT person_id) FROM membership WHERE {_VALID} GROUP BY group_id"
_CHAIRS = (f"SELECT membership.group_id, person.name FROM membership JOIN person ON person.id = membership.person_id "
           f"WHERE {_VALID} AND membership.role = :chair ORDER BY membership.id")
_GROUPS = "SELECT id, name, short_name, kind, parent_id, active_from, active_to FROM coordination_group"


def read_group_tree(path: Path, schema_revision: str | None, head: str | None,
                    on: date | None = None) -> list[GroupNode] | None:
    """``groups.list_group_tree`` of the file at ``path``, or None when it cannot be read plainly (the schema is
    not at ``head``, the file is damaged, locked or holds what the models would refuse)."""
    if schema_revision is None or schema_revision != head:
        return None
    today = on or date.today()
    try:
        connection = sqlite3.connect(inspection_uri(path), uri=True)
        try:
            arguments = {"on": today.isoformat(), "chair": Role.CHAIR.value}
            counts = dict(connection.execute(_COUNTS, arguments).fetchall())
            chairs = dict(connection.execute(_CHAIRS, arguments).fetchall())  # the last by id, as the service
            rows = connection.execute(_GROUPS).fetchall()
        finally:
            connection.close()
        nodes = []
        for ident, name, short_name, kind, parent_id, active_from, active_to in rows:
            starts = date.fromisoformat(active_from) if active_from else None
            ends = date.fromisoformat(active_to) if active_to else None
            nodes.append(GroupNode(
                id=ident, name=name, short_name=short_name, kind=GroupKind(kind), parent_id=parent_id,
                member_count=counts.get(ident, 0), chair_name=chairs.get(ident),
                active=(starts is None or starts <= today) and (ends is None or ends >= today)))
    except (sqlite3.Error, ValueError, TypeError):
        return None
    nodes.sort(key=lambda node: swedish_sort_key(node.name))
    return nodes
