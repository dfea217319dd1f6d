"""Keeping the database safe: backups while the app runs, and the start-up check of the file.

Composition module (no Qt): the GUI and the CLI call it; it wires ``db.backup`` to a unit of work.
Backups are taken when the app closes, before a migration (``db.migrate``), before approval and publication,
and at most every 30 minutes while there are changes (``BackupKeeper.backup_if_due`` on a timer).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..db import backup as backups
from ..db.backup import BackupInfo, quick_check
from ..db.migrate import upgrade_database
from ..domain.codes import BackupReason
from ..domain.errors import StorageError
from ..domain.messages import msg

if TYPE_CHECKING:  # the start-up checks (startup_check, quick_check) run before SQLAlchemy loads (app.py)
    from sqlalchemy import Engine

    from ..db.uow import UnitOfWork

__all__ = ["BackupInfo", "BackupKeeper", "StartupHealth", "quick_check", "restore_into_place", "startup_check"]

BACKUP_INTERVAL = timedelta(minutes=30)

# Reasons, as they appear in the backup names.
REASON_CLOSING = BackupReason.CLOSING
REASON_PERIODIC = BackupReason.PERIODIC
REASON_MANUAL = BackupReason.MANUAL
REASON_APPROVAL = BackupReason.BEFORE_APPROVAL  # db.uow's MILESTONE_APPROVAL
REASON_PUBLICATION = BackupReason.BEFORE_PUBLICATION  # db.uow's MILESTONE_PUBLICATION


class BackupKeeper:
    """Backups of one SQLite database file; ``db_file`` None (PostgreSQL, in-memory) makes every call a no-op.

    ``backup_if_due(now)`` takes a backup only when at least ``interval`` has passed since this keeper's last
    backup (or its creation) and the unit of work has committed something since then.
    """

    def __init__(self, db_file: Path | None, uow: UnitOfWork, *, interval: timedelta = BACKUP_INTERVAL,
                 now: datetime | None = None, engine: Engine | None = None,
                 migrations: Path | None = None) -> None:
        self.db_file = db_file
        self.uow = uow
        self.engine = engine  # given: restore closes its connections and brings the schema up to date after
        self.migrations = migrations
        self.interval = interval
        self.last_backup_at = now or datetime.now(UTC)  # the start counts: no backup in the first half hour
        self._commits_seen = uow.commits
        self._busy = threading.Lock()  # the GUI's timer and a publishing worker may both ask for a backup
        self._checkers: list[threading.Thread] = []
        self._failed_checks: list[str] = []

    def backup(self, reason: str = REASON_MANUAL, *, now: datetime | None = None) -> BackupInfo | None:
        """Take a backup now (checked, then older ones thinned); None for a database that is not a file.
        Raises StorageError in words when it cannot be taken."""
        if self.db_file is None:
            return None
        with self._busy:
            return self._backup(reason, now)

    def _backup(self, reason: str, now: datetime | None) -> BackupInfo:
        assert self.db_file is not None  # backup() asked
        commits = self.uow.commits  # read first: a commit during the copy counts as not yet backed up
        info = backups.take_backup(self.db_file, reason, now=now)
        self.last_backup_at = now or datetime.now(UTC)
        self._commits_seen = commits
        return info

    @property
    def folder(self) -> Path | None:
        return backups.backup_folder(self.db_file) if self.db_file is not None else None

    def watch(self) -> None:
        """Back up before every approval and publication made through the unit of work."""
        if self.db_file is not None:
            self.uow.before_milestone = self.snapshot_if_changed

    def snapshot_if_changed(self, reason: str, *, now: datetime | None = None) -> BackupInfo | None:
        """Before an approval or a publication: the copy now (about a second for a region's database), its
        integrity check and the thinning after it in a thread of their own, so that nobody waits for them."""
        if self.db_file is None or self.uow.commits == self._commits_seen:
            return None
        with self._busy:
            commits = self.uow.commits
            info = backups.take_backup(self.db_file, reason, now=now, checked=False)
            self.last_backup_at = now or datetime.now(UTC)
            self._commits_seen = commits
        checker = threading.Thread(target=self._check_snapshot, args=(info, now), name="backup-check")
        checker.start()
        self._checkers = [t for t in self._checkers if t.is_alive()] + [checker]
        return info

    def _check_snapshot(self, info: BackupInfo, now: datetime | None) -> None:
        assert self.db_file is not None  # a snapshot was taken of it
        problems = backups.check_then_thin(info, self.db_file, now=now)
        if problems:
            self._failed_checks.append(
                msg("application.safety.sakerhetskopian_blev_felfri_tagits", path_name=info.path.name,
                    first_problem=backups.first_problem(problems)))

    def take_failed_checks(self) -> list[str]:
        """Sentences about snapshots that failed their check since last asked (the GUI shows them)."""
        failed, self._failed_checks = self._failed_checks, []
        return failed

    def wait_for_checks(self) -> None:
        """Let the checks of snapshots finish (at closing, and in tests)."""
        for checker in self._checkers:
            checker.join()
        self._checkers = []

    def is_due(self, now: datetime) -> bool:
        return (self.db_file is not None and self.uow.commits != self._commits_seen
                and now - self.last_backup_at >= self.interval)

    def backup_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        now = now or datetime.now(UTC)
        return self.backup(REASON_PERIODIC, now=now) if self.is_due(now) else None

    def backup_if_changed(self, reason: str, *, now: datetime | None = None) -> BackupInfo | None:
        """When the app closes, and before approval and publication (``watch``): a backup if anything was
        committed since the last one, however recent; otherwise the last one already holds this state."""
        if self.db_file is None or self.uow.commits == self._commits_seen:
            return None
        return self.backup(reason, now=now)

    def list(self) -> list[BackupInfo]:
        return backups.list_backups(self.db_file) if self.db_file is not None else []

    def restore(self, path: Path | BackupInfo) -> BackupInfo | None:
        """Write a backup into the database; the copy of what it replaced is returned.

        With the keeper's engine, its pooled connections are closed first and the schema is upgraded afterwards
        (a backup may be older than the program); without one, the caller must do both.
        """
        if self.db_file is None:
            raise StorageError(msg("application.safety.bara_sqlite_databasfil_aterstallas"))
        if self.engine is not None:
            self.engine.dispose()
        replaced = backups.restore_backup(path, self.db_file)
        if self.engine is not None:
            self.engine.dispose()
            if self.migrations is not None:
                upgrade_database(self.engine, self.migrations)
        self._commits_seen = self.uow.commits
        return replaced


@dataclass(frozen=True)
class StartupHealth:
    """What the start-up check found. When ``damaged``, the file has been moved to ``moved_to`` (intact) and
    the GUI offers ``offer`` (the newest good backup, its date in ``offer.taken_at``) or, only if the user
    chooses so, an empty database. Nothing has been created in the database's place."""

    problems: tuple[str, ...] = ()
    moved_to: Path | None = None
    offer: BackupInfo | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def startup_check(db_file: Path | None, *, now: datetime | None = None) -> StartupHealth:
    """``quick_check`` before anything opens the file; a damaged database is moved aside, never overwritten.

    A file that is not SQLite at all is moved only when backups of it exist (then it was ours and is broken);
    otherwise it is someone else's file, and opening it fails later with "inte en Samverkan-databas".
    """
    if db_file is None or not db_file.is_file() or db_file.stat().st_size == 0:
        return StartupHealth()
    problems = backups.quick_check(db_file)
    if not problems:
        return StartupHealth()
    if not _looks_like_sqlite(db_file) and not backups.list_backups(db_file):
        return StartupHealth(tuple(problems))
    moved = backups.move_aside(db_file, now)
    return StartupHealth(tuple(problems), moved, backups.newest_good_backup(db_file))


def restore_into_place(backup: BackupInfo | Path, db_file: Path) -> BackupInfo | None:
    """Accept the start-up offer: the backup's pages are written into a new owner-only file at ``db_file``
    (or into the database there, which is kept as a backup first)."""
    return backups.restore_backup(backup, db_file)


def _looks_like_sqlite(db_file: Path) -> bool:
    try:
        with db_file.open("rb") as handle:
            return handle.read(len(backups.SQLITE_HEADER)) == backups.SQLITE_HEADER
    except OSError:
        return False
