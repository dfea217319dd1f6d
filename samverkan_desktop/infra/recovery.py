"""Recovery files: minutes text that could not be saved to the database, kept on disk until it is.

When a save fails (disk full, read-only database, a lock held by another program) the text stays in the editor,
and a copy goes here, one small JSON file per agenda item, so that a crash or a closed window does not lose it.
The next start offers to write it back. Plain Python: no Qt, no database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.files import OWNER_ONLY, write_atomically
from .config import data_dir

log = logging.getLogger(__name__)

FOLDER_NAME = "återställning"
_SUFFIX = ".json"


@dataclass(frozen=True)
class RecoveryEntry:
    database: str  # the database's identity (its URL without a password): item ids mean nothing elsewhere
    meeting_id: int
    item_id: int
    item_title: str
    notes: str
    decision_text: str
    saved_at: datetime

    def to_json(self) -> str:
        return json.dumps({
            "database": self.database, "meeting_id": self.meeting_id, "item_id": self.item_id,
            "item_title": self.item_title, "notes": self.notes, "decision_text": self.decision_text,
            "saved_at": self.saved_at.astimezone(UTC).isoformat(),
        }, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> RecoveryEntry:
        raw = json.loads(text)
        saved_at = datetime.fromisoformat(raw["saved_at"])
        if saved_at.tzinfo is None:
            raise ValueError("saved_at without a time zone")
        return cls(str(raw["database"]), int(raw["meeting_id"]), int(raw["item_id"]), str(raw["item_title"]),
                   str(raw["notes"]), str(raw["decision_text"]), saved_at)

    def preview(self, length: int = 80) -> str:
        """The start of the text, on one line."""
        text = " ".join(f"{self.notes} {self.decision_text}".split())
        return text if len(text) <= length else text[:length - 1].rstrip() + "…"


class RecoveryStore:
    """One file per (database, meeting, item), readable by its owner only: minutes can be confidential."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / FOLDER_NAME

    def path_for(self, database: str, meeting_id: int, item_id: int) -> Path:
        digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:12]
        return self.folder / f"{digest}-{meeting_id}-{item_id}{_SUFFIX}"

    def save(self, entry: RecoveryEntry) -> bool:
        """Write ``entry`` atomically. Never raises: when the disk is full too, log it and return False (the
        text is still in the editor)."""
        target = self.path_for(entry.database, entry.meeting_id, entry.item_id)
        try:
            self._make_folder()
            # fsync inside: a full disk often shows only there
            write_atomically(target, entry.to_json().encode("utf-8"), mode=OWNER_ONLY)
        except (OSError, StorageError) as exc:
            log.error("Recovery file %s could not be written: %s", target.name, exc)
            return False
        return True

    def discard(self, meeting_id: int, item_id: int, database: str = "") -> None:
        """Forget the item's recovery text (after it was saved or thrown away). Missing files are fine."""
        path = self.path_for(database, meeting_id, item_id)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Recovery file %s could not be removed: %s", path, exc)

    def pending(self, database: str | None = None) -> list[RecoveryEntry]:
        """Every readable entry, oldest first; with ``database``, only that database's. Files that cannot be read
        or parsed are skipped (and logged), never fatal: they must not stop the program from starting."""
        entries: list[RecoveryEntry] = []
        try:
            paths = sorted(self.folder.glob(f"*{_SUFFIX}"))
        except OSError:
            return []
        for path in paths:
            try:
                entry = RecoveryEntry.from_json(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("Skipping unreadable recovery file %s: %s", path, exc)
                continue
            if database is None or entry.database == database:
                entries.append(entry)
        return sorted(entries, key=lambda e: e.saved_at)

    def _make_folder(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name != "nt" and self.folder.stat().st_mode & 0o077:
            os.chmod(self.folder, 0o700)  # made earlier, or by a umask-less mkdir: tighten it
