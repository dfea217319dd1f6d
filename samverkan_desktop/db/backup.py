# Over 400 lines: one file format's whole life (take, list, thin, check, restore), sharing the copy and fsync helpers.
"""Backups of the SQLite file: taken with SQLite's backup API, checked, named by time and reason, thinned.

Also the checks that find a damaged database, moving a damaged file aside (never over another file) and
restoring a backup into the live file. Every failure is a StorageError with a Swedish sentence, and no
half-written file is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain.codes import BackupReason
from ..domain.errors import StorageError
from ..domain.messages import msg
from .files import create_private_file, fsync_dir, fsync_file, make_private, make_private_dir
from .revisions import quick_head
from .sqlite_files import SQLITE_HEADER, inspection_uri, readonly_uri

FOLDER_NAME = "säkerhetskopior"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"  # UTC; the pre-migration backups have always been named with it
_LOCAL = ZoneInfo("Europe/Stockholm")  # backups are thinned by the user's calendar days, weeks and months
log = logging.getLogger(__name__)
_COMPANIONS = ("-wal", "-shm", "-journal")
#: sqlite3 error names that mean the bytes are damaged (rather than locked, missing or unreadable)
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, whole seconds (as encoded in the name)
    size: int
    reason: str


@dataclass(frozen=True)
class Retention:
    """Every backup of the last ``recent_hours`` (the one from just before an approval must outlive the closing
    backup an hour later), then how many of the newest days, ISO weeks and months keep their newest backup."""

    days: int = 12
    weeks: int = 10
    months: int = 9
    recent_hours: int = 24


RETENTION = Retention()


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / FOLDER_NAME


def copy_pages(source: Path, target: Path) -> None:
    """SQLite's backup API: a consistent copy of a live database (WAL included) into ``target``."""
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


# --- taking, listing and thinning ---------------------------------------------------------------------


def take_backup(db_file: Path, reason: str, *, folder: Path | None = None, now: datetime | None = None,
                protect: Iterable[Path] = (), checked: bool = True) -> BackupInfo:
    """Copy ``db_file`` into the backup folder, check the copy, then thin the older backups.

    A copy that fails ``integrity_check`` is deleted and nothing is thinned: the older backups may be the
    only good ones. ``protect`` names backups the thinning must keep (the one about to be restored).
    ``checked=False`` only takes the copy (a snapshot before an approval must not keep the user waiting for
    the check, seconds on a region's database); the caller then runs ``check_then_thin`` on it, in a thread.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    if not db_file.is_file():
        raise StorageError(msg("db.backup.databasen_finns_finns_inget", db_file=db_file))
    folder = folder or backup_folder(db_file)
    slug = _slug(reason)
    partial: Path | None = None
    try:
        make_private_dir(folder)
        descriptor, name = tempfile.mkstemp(prefix=f".{db_file.stem}-", suffix=".db.tmp", dir=folder)
        os.close(descriptor)  # mkstemp made it 0o600; SQLite writes into the empty file
        partial = Path(name)
        copy_pages(db_file, partial)
        problems = _seal_copy(partial, check=checked)
        if problems != ["ok"]:
            raise _DamagedCopyError(problems)
        fsync_file(partial)
        target = _claim_name(partial, folder, f"{db_file.stem}-{slug}-{now.strftime(STAMP_FORMAT)}", ".db")
        partial = None
        fsync_dir(folder)
        make_private(target)
    except _DamagedCopyError as damaged:
        raise StorageError(
            msg("db.backup.sakerhetskopian_blev_felfri_tagits",
                first_problem=first_problem(damaged.problems))) from None
    except (OSError, sqlite3.Error) as exc:
        raise _write_error(exc, folder) from exc
    finally:
        if partial is not None:
            _remove_with_companions(partial)
    info = BackupInfo(target, now, target.stat().st_size, slug)
    if checked:
        thin(db_file, folder=folder, now=now, protect={info.path, *protect})
    return info


def check_then_thin(info: BackupInfo, db_file: Path, *, now: datetime | None = None) -> list[str]:
    """The second half of an unchecked backup: ``integrity_check``, then thinning; a damaged copy is deleted
    (and nothing thinned). Returns the problems found (empty: sound). Safe to run in a thread of its own."""
    problems = integrity_problems(info.path) if info.path.is_file() else ["säkerhetskopian finns inte längre"]
    if problems:
        log.error("Backup %s failed its integrity check and is removed: %s", info.path, first_problem(problems))
        _remove_with_companions(info.path)
        return problems
    thin(db_file, folder=info.path.parent, now=now or info.taken_at, protect={info.path})
    return []


def list_backups(db_file: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_file``, newest first; date and reason are read from the file names."""
    folder = folder or backup_folder(db_file)
    pattern = re.compile(
        rf"{re.escape(db_file.stem)}-(?P<reason>[\w-]+?)-(?P<stamp>\d{{8}}T\d{{6}}Z)(?:-(?P<n>\d+))?\.db")
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError(msg("db.backup.mappen_sakerhetskopior_lasas", folder=folder,
                               value=exc.strerror or exc)) from exc
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
            size = entry.stat().st_size
        except (ValueError, OSError):  # an impossible date, or the file vanished meanwhile
            continue
        found.append((taken, int(match["n"] or 1), BackupInfo(entry, taken, size, match["reason"])))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [info for _, _, info in found]


def backups_to_keep(backups: Sequence[BackupInfo], now: datetime,
                    retention: Retention = RETENTION) -> frozenset[BackupInfo]:
    """Pure retention rule: every backup of the last ``recent_hours``; the newest backup of each of the newest
    ``days`` days that have backups, likewise per ISO week and per month (local time; the rules overlap); the
    newest backup always.

    Backups dated after ``now`` (the clock was wrong when they were taken) are kept and do not count.
    Ties in time keep the given order (``list_backups`` gives newest first).
    """
    keep = {b for b in backups if b.taken_at > now - timedelta(hours=retention.recent_hours)}
    past = sorted((b for b in backups if b.taken_at <= now), key=lambda b: b.taken_at, reverse=True)
    if past:
        keep.add(past[0])

    def local(b: BackupInfo) -> datetime:
        return b.taken_at.astimezone(_LOCAL)

    periods = (
        (retention.days, lambda b: local(b).date()),
        (retention.weeks, lambda b: local(b).isocalendar()[:2]),
        (retention.months, lambda b: (local(b).year, local(b).month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for backup in past:
            if len(seen) >= count:
                break
            key = period(backup)
            if key not in seen:
                seen.add(key)
                keep.add(backup)
    return frozenset(keep)


def thin(db_file: Path, *, folder: Path | None = None, now: datetime | None = None,
         protect: Iterable[Path] = ()) -> list[Path]:
    """Delete the backups the retention rule does not keep; the removed paths. A file that cannot be deleted
    stays (a backup too many is no harm)."""
    backups = list_backups(db_file, folder=folder)
    keep = backups_to_keep(backups, now or datetime.now(UTC))
    protected = {p.resolve() for p in protect}
    removed = []
    for backup in backups:
        if backup in keep or backup.path.resolve() in protected:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
            _remove_with_companions(backup.path)  # a -wal/-shm left by opening an older (WAL) backup
    return removed


# --- checking -----------------------------------------------------------------------------------------


def quick_check(db_file: Path) -> list[str]:
    """SQLite's ``quick_check``, read-only; empty when the file is sound. A file that is not a database
    counts as damaged; one that cannot be opened at all (permissions, locks) raises StorageError."""
    return _checked(db_file, ("quick_check",))


def integrity_problems(db_file: Path) -> list[str]:
    """``integrity_check`` and ``foreign_key_check``, read-only; empty when the file is sound."""
    return _checked(db_file, ("integrity_check", "foreign_key_check"))


def _checked(db_file: Path, pragmas: Sequence[str]) -> list[str]:
    try:
        with db_file.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return [msg("db.check.no_file", db_file=db_file)]
    except OSError as exc:
        raise StorageError(msg("db.backup.databasen_lasas", db_file=db_file, value=exc.strerror or exc)) from exc
    if header and header != SQLITE_HEADER:
        return [msg("db.check.not_sqlite")]
    problems: list[str] = []
    try:
        for pragma in pragmas:
            rows = _pragma_rows(db_file, pragma, raw=pragma == "foreign_key_check")
            if pragma == "foreign_key_check":
                problems += [msg("db.check.missing_parent", table=table, rowid=rowid, parent=parent)
                             for table, rowid, parent, _ in rows]
            else:
                # One problem a line, without SQLite's "*** in database main ***" heading.
                problems += [line for row in rows if row != "ok" for line in str(row).splitlines()
                             if line.strip() and not line.startswith("***")]
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(_DAMAGE) or "malformed" in str(exc):
            return [*problems, f"Databasen är skadad: {exc}."]
        raise StorageError(msg("db.backup.databasen_kontrolleras", db_file=db_file, exc=exc)) from exc
    return problems


def _pragma_rows(db_file: Path, pragma: str, *, raw: bool = False) -> list:
    connection = sqlite3.connect(inspection_uri(db_file), uri=True)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        connection.close()
    return rows if raw else [row[0] for row in rows]


def newest_good_backup(db_file: Path) -> BackupInfo | None:
    """The newest backup that passes ``quick_check`` and has a schema this program knows, or None."""
    from ..infra.config import migrations_dir
    from .preflight import read_schema, require_known_schema

    for backup in list_backups(db_file):
        with contextlib.suppress(StorageError):
            if not quick_check(backup.path):
                require_known_schema(backup.path, read_schema(backup.path), migrations_dir(), allow_empty=False)
                return backup
    return None


# --- moving aside and restoring -----------------------------------------------------------------------


def move_aside(db_file: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database and its -wal/-shm to ``<name>.skadad-<time>``; never over an existing file.
    The renamed file keeps its WAL beside it, so it can still be opened and rescued."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP_FORMAT)
    try:
        target = _claim_name(db_file, db_file.parent, f"{db_file.name}.skadad-{stamp}", "")
        for suffix in _COMPANIONS:
            side = db_file.with_name(db_file.name + suffix)
            if side.exists():
                _rename_no_clobber(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise StorageError(msg("db.backup.skadade_databasen_kunde_flyttas", db_file=db_file,
                               value=exc.strerror or exc)) from exc
    make_private(target)
    return target


def restore_backup(backup: BackupInfo | Path, db_file: Path, *, now: datetime | None = None) -> BackupInfo | None:
    """Write a backup's pages into ``db_file`` (WAL-safe: the live file is not replaced under SQLite's feet).

    A damaged backup is refused. What it replaces is kept first: a backup of the current database (reason
    "före-återställning"), or, when that is itself damaged, the file moved aside. Returns that copy (None
    when there was no database). Close every connection (``engine.dispose()``) before calling this.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    check_restorable(source, db_file)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    replaced: BackupInfo | None = None
    if db_file.is_file() and db_file.stat().st_size > 0:
        if quick_check(db_file):
            moved = move_aside(db_file, now)
            replaced = BackupInfo(moved, now, moved.stat().st_size, BackupReason.DAMAGED)
        else:
            replaced = take_backup(db_file, BackupReason.BEFORE_RESTORE, now=now, protect=[source])
    created_here = not db_file.exists()
    try:
        make_private_dir(db_file.parent)
        create_private_file(db_file)
        copy_pages(source, db_file)
    except (OSError, sqlite3.Error) as exc:
        if created_here:  # an empty or half-copied file must not pass for the database at the next start
            _remove_with_companions(db_file)
        kept = msg("db.backup.earlier_kept", path=replaced.path) if replaced else ""
        raise StorageError(msg("db.backup.aterstallningen_misslyckades", exc=exc, kept=kept)) from exc
    return replaced


def check_restorable(source: Path, db_file: Path) -> None:
    """Everything a restore checks before it replaces anything: ``source`` is a sound Samverkan database whose
    schema this program knows (not a newer one, not another program's, not empty), and ``db_file`` is a place a
    database can be written to (not a folder, a FIFO or a symlink loop). StorageError in words otherwise."""
    from ..infra.config import migrations_dir
    from .preflight import examine_database_file, read_only_refusal, read_schema, require_known_schema

    try:
        found = examine_database_file(source)
    except StorageError as error:
        raise StorageError(msg("db.backup.sakerhetskopian_aterstalls", error_message=error.message)) from None
    if not found.exists:
        raise StorageError(msg("db.backup.sakerhetskopian_finns", source=source))
    target = examine_database_file(db_file, require_sqlite=False)
    if not target.writable:
        raise read_only_refusal(db_file, "återställningen")
    if target.exists and source.resolve() == db_file.resolve():
        raise StorageError(msg("db.backup.sakerhetskopian_ar_databasen_sjalv"))
    problems = _checked(source, ("integrity_check",))
    if problems:
        raise StorageError(msg("db.backup.sakerhetskopian_ar_skadad_aterstalls", source_name=source.name,
                               first_problem=first_problem(problems)))
    try:
        require_known_schema(source, read_schema(source), migrations_dir(), head=quick_head(migrations_dir()),
                             allow_empty=False)
    except StorageError as error:
        raise StorageError(msg("db.backup.aterstalls", source_name=source.name, error_message=error.message)) from None


# --- helpers ------------------------------------------------------------------------------------------


def _seal_copy(copy: Path, *, check: bool = True) -> list[str]:
    """Make the copy one self-contained file (rollback journal, not WAL: a WAL file reopened later, even
    read-only, grows -wal/-shm beside it) and return its ``integrity_check`` rows (["ok"] unchecked)."""
    connection = sqlite3.connect(copy)
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
        if not check:
            return ["ok"]
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


class _DamagedCopyError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems)
        self.problems = [str(p) for p in problems] or ["okänt fel"]


def first_problem(problems: Sequence[str]) -> str:
    """The first line SQLite reported, without its "*** in database main ***" heading: for a sentence."""
    lines = [line.strip() for p in problems for line in str(p).splitlines()]
    return next((line for line in lines if line and not line.startswith("***")), "okänt fel")


def _slug(reason: str) -> str:
    """The reason as a file-name part: letters (åäö included), digits, '_' and '-'."""
    return re.sub(r"[^\w-]+", "-", reason.strip()).strip("-") or "kopia"


def _claim_name(source: Path, folder: Path, base: str, suffix: str) -> Path:
    """Rename ``source`` to ``base+suffix`` in ``folder``, or ``base-2+suffix`` … when taken (two backups in
    one second, or another program's file): nothing is ever overwritten."""
    for n in itertools.count(1):
        target = folder / f"{base}{'' if n == 1 else f'-{n}'}{suffix}"
        if any(target.with_name(target.name + s).exists() for s in ("", *_COMPANIONS)):
            continue
        try:
            _rename_no_clobber(source, target)
        except FileExistsError:
            continue
        return target
    raise AssertionError("unreachable")


def _rename_no_clobber(source: Path, target: Path) -> None:
    # POSIX rename silently replaces the target; a hard link fails instead if the name is taken.
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system (FAT, some shares); Windows' rename refuses anyway
        if target.exists():
            raise FileExistsError(errno.EEXIST, "finns redan", str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _write_error(exc: BaseException, folder: Path) -> StorageError:
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or "full" in text:
        return StorageError(msg("db.backup.sakerhetskopian_kunde_sparas_disken", folder=folder))
    if isinstance(exc, PermissionError) or "readonly" in text or "permission" in text:
        return StorageError(msg("db.backup.sakerhetskopian_kunde_sparas_gar", folder=folder))
    if getattr(exc, "sqlite_errorname", "").startswith(_DAMAGE) or "malformed" in text:
        return StorageError(msg("db.backup.sakerhetskopian_kunde_tas_databasen"))
    return StorageError(msg("db.backup.sakerhetskopian_kunde_sparas_ingen", exc=exc))
