"""The audit trail as a hash chain: each event carries the hash of the one before it and its own hash over its
fields and that previous hash. Changing, removing or inserting an event anywhere breaks every link after it,
which ``samverkan verify`` finds and names (the database also refuses UPDATE and DELETE on the events).

Not hashed: the event's id (given by the database when it is written) and its meeting id, which the database
sets to NULL when the meeting is deleted (ON DELETE SET NULL); the entity and entity id say what it concerned.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

CHAIN_VERSION = 1


def event_hash(previous: str | None, at: datetime, actor: str, entity: str, entity_id: int | None, action: str,
               summary: str | None) -> str:
    """SHA-256 (hex) of one event's fields and the previous event's hash (None for the first event)."""
    fields = {"v": CHAIN_VERSION, "previous": previous, "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
              "actor": actor, "entity": entity, "entity_id": entity_id, "action": action, "summary": summary}
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain_rows(previous: str | None, rows: list[dict]) -> str | None:
    """Give plain rows (with ``at``, ``actor``, ``entity``, ``entity_id``, ``action``, ``summary``) their
    ``prev_hash`` and ``hash`` in order after ``previous``; returns the last hash."""
    for row in rows:
        row["prev_hash"] = previous
        row["hash"] = previous = event_hash(previous, row["at"], row["actor"], row["entity"], row["entity_id"],
                                            row["action"], row["summary"])
    return previous
