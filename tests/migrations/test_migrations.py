"""The shipped migrations: reversible, in step with the models, safe for existing data and odd files.

With SAMVERKAN_TEST_POSTGRES_URL set, ``blank`` is a new schema in that PostgreSQL database instead of a new file:
the round trips and the model comparison run there; what is about SQLite files is skipped or runs on its own."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from postgres_testdb import ON_POSTGRES, Schemas, fresh_engine, postgres_only, sqlite_only
from sqlalchemy import Engine, inspect, text

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import (
    SEARCH_OBJECT_PREFIX,
    alembic_config,
    backup_sqlite,
    current_revision,
    head_revision,
    include_in_autogenerate,
    upgrade_database,
)
from samverkan_desktop.db.models import Base
from samverkan_desktop.domain.errors import SchemaTooNewError, StorageError
from samverkan_desktop.infra.config import migrations_dir

MIGRATIONS = migrations_dir()


def revisions_oldest_first(folder: Path = MIGRATIONS) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(folder))
    return [rev.revision for rev in reversed(list(script.walk_revisions("base", "heads")))]


def run(engine: Engine, action: str, target: str, folder: Path = MIGRATIONS) -> None:
    config = alembic_config(folder)
    with engine.connect() as connection:
        # As the app's runner (db.migrate._run_upgrade): batch mode's DROP TABLE must not cascade into child rows.
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            getattr(command, action)(config, target)
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def blank(db_path: Path) -> Iterator[Engine]:
    """An engine on a database file that does not exist yet (on PostgreSQL: on a new, empty schema)."""
    schemas = Schemas() if ON_POSTGRES else None
    engine = fresh_engine(schemas, db_path)
    try:
        yield engine
    finally:
        engine.dispose()
        if schemas is not None:
            schemas.close()


def insert_rows(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO organisation (id, name, short_name, kind) VALUES "
            "(1, 'Region Halland', 'RH', 'region'), (2, 'Varbergs kommun', NULL, 'kommun')"
        ))
        connection.execute(text(
            "INSERT INTO person (id, name, employer_id) VALUES (1, 'Anna Andersson', 1)"
        ))


def read_rows(engine: Engine) -> list[tuple]:
    with engine.connect() as connection:
        orgs = connection.execute(text("SELECT id, name, short_name, kind FROM organisation ORDER BY id")).all()
        people = connection.execute(text("SELECT id, name, employer_id FROM person ORDER BY id")).all()
    return [tuple(r) for r in orgs] + [tuple(r) for r in people]


EXPECTED_ROWS = [(1, "Region Halland", "RH", "region"), (2, "Varbergs kommun", None, "kommun"),
                 (1, "Anna Andersson", 1)]


# --- reversibility and models ----------------------------------------------------------------------------


def test_there_is_one_head_and_it_is_the_last_revision() -> None:
    revisions = revisions_oldest_first()
    assert revisions, "no migration found"
    assert ScriptDirectory.from_config(alembic_config(MIGRATIONS)).get_heads() == [revisions[-1]]
    assert head_revision(MIGRATIONS) == revisions[-1]


@pytest.mark.parametrize("revision", revisions_oldest_first())
def test_every_revision_upgrades_downgrades_and_upgrades_again(blank: Engine, revision: str) -> None:
    run(blank, "upgrade", revision)
    assert current_revision(blank) == revision
    created = tables(blank)
    assert created
    run(blank, "downgrade", "base")
    assert current_revision(blank) is None
    assert tables(blank) == set()
    run(blank, "upgrade", revision)
    assert current_revision(blank) == revision
    assert tables(blank) == created


def test_step_by_step_down_and_up(blank: Engine) -> None:
    revisions = revisions_oldest_first()
    for revision in revisions:
        run(blank, "upgrade", revision)
    for _ in revisions:
        run(blank, "downgrade", "-1")
    assert current_revision(blank) is None
    run(blank, "upgrade", "head")
    assert current_revision(blank) == revisions[-1]


def test_models_match_the_migrations(blank: Engine) -> None:
    upgrade_database(blank, MIGRATIONS)
    with blank.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_in_autogenerate})
        assert compare_metadata(context, Base.metadata) == []
    model_tables = {name for name in tables(blank) if not name.startswith(SEARCH_OBJECT_PREFIX)}
    assert model_tables == set(Base.metadata.tables)


def test_the_search_index_and_the_audit_triggers_are_all_the_models_do_not_describe(blank: Engine) -> None:
    upgrade_database(blank, MIGRATIONS)
    extra = tables(blank) - set(Base.metadata.tables)
    if blank.dialect.name == "postgresql":  # a GIN index on agenda_item, no table, no trigger
        assert extra == set()
        indexes = {index["name"] for index in inspect(blank).get_indexes("agenda_item")}
        assert "decision_search_gin" in indexes
        return
    assert "decision_search" in extra
    assert all(name.startswith(SEARCH_OBJECT_PREFIX) for name in extra)
    with blank.connect() as connection:
        triggers = set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    assert triggers == {"decision_search_insert", "decision_search_update", "decision_search_delete",
                        "audit_event_no_update", "audit_event_no_delete"}  # the audit chain's (0010)


@sqlite_only("FTS5's external-content index is rebuilt; PostgreSQL's expression index covers existing rows")
def test_the_search_index_is_filled_from_existing_items(blank: Engine) -> None:
    run(blank, "upgrade", "0005")
    with blank.begin() as connection:
        connection.exec_driver_sql("INSERT INTO coordination_group (id, name, kind) VALUES (1, 'LGS', 'ledningsgrupp')")
        connection.exec_driver_sql(
            "INSERT INTO meeting (id, group_id, starts_at, ends_at, kind, status, minutes_status, ical_uid, "
            "ical_sequence, created_at, updated_at) VALUES (1, 1, '2026-03-10 12:00:00', '2026-03-10 14:00:00', "
            "'ordinarie', 'planerat', 'utkast', 'u1', 0, '2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO agenda_item (id, meeting_id, position, title, kind, confidential, notes) "
            "VALUES (7, 1, 1, 'Årsrapport', 'beslut', 0, 'Förankring i kommunerna')")
    upgrade_database(blank, MIGRATIONS)
    with blank.connect() as connection:
        found = connection.execute(text("SELECT rowid FROM decision_search WHERE decision_search MATCH :q"),
                                   {"q": "förankring"}).scalars().all()
    assert found == [7]


# --- existing data ---------------------------------------------------------------------------------------


def test_rows_inserted_at_the_first_revision_survive_every_upgrade(blank: Engine) -> None:
    first, *later = revisions_oldest_first()
    run(blank, "upgrade", first)
    insert_rows(blank)
    for revision in later:
        run(blank, "upgrade", revision)
    upgrade_database(blank, MIGRATIONS)
    assert current_revision(blank) == head_revision(MIGRATIONS)
    assert read_rows(blank) == EXPECTED_ROWS


def test_upgrading_a_populated_database_at_head_keeps_rows_and_makes_no_backup(blank: Engine, db_path) -> None:
    upgrade_database(blank, MIGRATIONS)
    insert_rows(blank)
    result = upgrade_database(blank, MIGRATIONS)
    assert (result.before, result.after, result.backup) == (head_revision(MIGRATIONS),) * 2 + (None,)
    assert read_rows(blank) == EXPECTED_ROWS
    assert not (db_path.parent / "säkerhetskopior").exists()


def test_a_fresh_database_gets_no_backup(blank: Engine, db_path: Path) -> None:
    result = upgrade_database(blank, MIGRATIONS)
    assert result.before is None
    assert result.after == head_revision(MIGRATIONS)
    assert result.backup is None
    assert sorted(p.name for p in db_path.parent.iterdir() if not p.name.startswith(db_path.name)) == []


@pytest.fixture
def migrations_with_a_newer_revision(tmp_path: Path) -> Path:
    """A copy of the shipped migrations plus one more (no-op) revision: an app update, as it were."""
    folder = tmp_path / "migrations-next"
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision(MIGRATIONS)
    (folder / "versions" / "9999_next.py").write_text(
        f'"""a later revision"""\n\nrevision = "9999"\ndown_revision = "{head}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return folder


@sqlite_only("the backup is a copy of the database file (on a server, backups are the server's job)")
def test_upgrading_an_older_database_takes_a_backup_first(
    blank: Engine, db_path: Path, migrations_with_a_newer_revision: Path
) -> None:
    upgrade_database(blank, MIGRATIONS)
    insert_rows(blank)
    old_head = head_revision(MIGRATIONS)

    result = upgrade_database(blank, migrations_with_a_newer_revision)

    assert (result.before, result.after) == (old_head, "9999")
    assert current_revision(blank) == "9999"
    assert read_rows(blank) == EXPECTED_ROWS
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == db_path.parent / "säkerhetskopior"
    assert not list(result.backup.parent.glob("*.tmp"))
    copy = sqlite3.connect(result.backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        assert copy.execute("SELECT id, name FROM organisation ORDER BY id").fetchall() == [
            (1, "Region Halland"), (2, "Varbergs kommun")]
    finally:
        copy.close()


@postgres_only
def test_upgrading_an_older_postgres_schema_keeps_its_rows_and_takes_no_file_backup(
    blank: Engine, db_path: Path, migrations_with_a_newer_revision: Path
) -> None:
    upgrade_database(blank, MIGRATIONS)
    insert_rows(blank)
    result = upgrade_database(blank, migrations_with_a_newer_revision)
    assert (result.before, result.after, result.backup) == (head_revision(MIGRATIONS), "9999", None)
    assert current_revision(blank) == "9999"
    assert read_rows(blank) == EXPECTED_ROWS
    assert not (db_path.parent / "säkerhetskopior").exists()


@sqlite_only("the backup is a copy of the database file")
def test_backup_folder_can_be_chosen(blank: Engine, tmp_path: Path, migrations_with_a_newer_revision) -> None:
    upgrade_database(blank, MIGRATIONS)
    result = upgrade_database(blank, migrations_with_a_newer_revision, backup_dir=tmp_path / "kopior")
    assert result.backup is not None
    assert result.backup.parent == tmp_path / "kopior"


@sqlite_only("copies a SQLite file")
def test_backup_sqlite_copies_a_live_database(blank: Engine, db_path: Path, tmp_path: Path) -> None:
    upgrade_database(blank, MIGRATIONS)
    # Keep a connection open so that committed rows may still sit in the WAL file, not the main file.
    with blank.connect() as reader:
        reader.execute(text("SELECT 1")).all()
        insert_rows(blank)
        target = backup_sqlite(db_path, tmp_path / "nested" / "kopia.db")
    assert target == tmp_path / "nested" / "kopia.db"
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT id, name, short_name, kind FROM organisation ORDER BY id").fetchall() == (
            EXPECTED_ROWS[:2])
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(MIGRATIONS),)
    finally:
        copy.close()
    assert read_rows(blank) == EXPECTED_ROWS  # the source is untouched


@pytest.mark.parametrize("folder", ["Möten #3", "100% klart", "fråga?svar"])
def test_backup_sqlite_with_special_characters_in_the_path(tmp_path: Path, folder: str) -> None:
    source = tmp_path / folder / "samverkan.db"
    source.parent.mkdir()
    raw = sqlite3.connect(source)
    with raw:
        raw.execute("CREATE TABLE t (x TEXT)")
        raw.execute("INSERT INTO t VALUES ('kvar')")
    raw.close()
    target = backup_sqlite(source, tmp_path / "kopia.db")
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT x FROM t").fetchall() == [("kvar",)]
    finally:
        copy.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, "kopia.db"])  # no stray files


def test_upgrade_after_a_full_downgrade(blank: Engine) -> None:
    upgrade_database(blank, MIGRATIONS)
    run(blank, "downgrade", "base")
    result = upgrade_database(blank, MIGRATIONS)  # only an empty alembic_version table is left
    assert (result.before, result.after) == (None, head_revision(MIGRATIONS))


# --- databases the app must refuse, untouched ------------------------------------------------------------


@sqlite_only("reads and writes the database file directly")
@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_database_from_a_newer_app_is_refused_untouched(blank: Engine, db_path: Path, journal_mode) -> None:
    upgrade_database(blank, MIGRATIONS)
    insert_rows(blank)
    blank.dispose()
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    # A newer app may not use WAL: opening the file must not switch it (that rewrites its header).
    assert raw.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone() == (journal_mode,)
    raw.close()
    before = sha256(db_path)

    engine = create_database_engine(f"sqlite:///{db_path}")
    try:
        with pytest.raises(SchemaTooNewError) as info:
            upgrade_database(engine, MIGRATIONS)
    finally:
        engine.dispose()
    assert "nyare version" in info.value.message
    assert "ffff9999" in info.value.message
    assert isinstance(info.value, StorageError)
    assert sha256(db_path) == before
    assert not (db_path.parent / "säkerhetskopior").exists()


@postgres_only
def test_a_postgres_schema_from_a_newer_app_is_refused_untouched(blank: Engine) -> None:
    upgrade_database(blank, MIGRATIONS)
    insert_rows(blank)
    with blank.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    before = tables(blank)
    with pytest.raises(SchemaTooNewError, match="ffff9999"):
        upgrade_database(blank, MIGRATIONS)
    assert current_revision(blank) == "ffff9999"
    assert tables(blank) == before
    assert read_rows(blank) == EXPECTED_ROWS


@pytest.mark.parametrize(
    "content",
    [random.Random(4711).randbytes(4096), "Protokoll från samordningsrådet\n".encode() * 50],
    ids=["random-bytes", "text"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StorageError) as info:
        engine = create_database_engine(f"sqlite:///{db_path}")
        try:
            upgrade_database(engine, MIGRATIONS)
        finally:
            engine.dispose()
    assert "inte en" in info.value.message
    assert db_path.read_bytes() == content


def test_a_corrupt_database_behind_a_valid_header_is_refused(db_path: Path) -> None:
    content = b"SQLite format 3\x00" + b"\xff" * 4080
    db_path.write_bytes(content)
    engine = create_database_engine(f"sqlite:///{db_path}")
    try:
        with pytest.raises(StorageError) as info:
            upgrade_database(engine, MIGRATIONS)
    finally:
        engine.dispose()
    assert "Databasen kan inte läsas" in info.value.message
    assert db_path.read_bytes() == content


def test_a_database_of_another_program_is_refused_untouched(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("CREATE TABLE recept (id INTEGER PRIMARY KEY, namn TEXT)")
        raw.execute("INSERT INTO recept (namn) VALUES ('kanelbullar')")
    raw.close()
    before = sha256(db_path)
    engine = create_database_engine(f"sqlite:///{db_path}")
    try:
        with pytest.raises(StorageError) as info:
            upgrade_database(engine, MIGRATIONS)
    finally:
        engine.dispose()
    assert "tabeller som inte kommer från Samverkan Desktop" in info.value.message
    assert sha256(db_path) == before


def test_a_folder_is_not_a_database_file(tmp_path: Path) -> None:
    folder = tmp_path / "samverkan.db"
    folder.mkdir()
    with pytest.raises(StorageError) as info:
        create_database_engine(f"sqlite:///{folder}")
    assert "är en mapp" in info.value.message


def test_a_path_below_a_regular_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "fil.txt"
    blocker.write_text("inte en mapp", encoding="utf-8")
    with pytest.raises(StorageError) as info:
        create_database_engine(f"sqlite:///{blocker / 'samverkan.db'}")
    assert "kan inte skapas" in info.value.message
    assert blocker.read_text(encoding="utf-8") == "inte en mapp"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores file permissions")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError) as info:
            create_database_engine(f"sqlite:///{folder / 'samverkan.db'}")
        assert "skrivrättigheter" in info.value.message
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def _extra_revision(tmp_path: Path, name: str, upgrade_body: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision(MIGRATIONS)
    (folder / "versions" / "9999_next.py").write_text(
        f'"""a later revision"""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        f"def upgrade() -> None:\n{upgrade_body}\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return folder


@sqlite_only("batch mode rebuilds tables only on SQLite; the test reads SQLite's foreign-key pragma")
def test_a_batch_rebuild_of_a_parent_table_keeps_its_children(blank: Engine, tmp_path: Path) -> None:
    upgrade_database(blank, MIGRATIONS)
    with blank.begin() as connection:
        connection.exec_driver_sql("INSERT INTO coordination_group (id, name, kind) VALUES (1, 'LGS', 'ledningsgrupp')")
        connection.exec_driver_sql(
            "INSERT INTO meeting (id, group_id, starts_at, ends_at, kind, status, minutes_status, ical_uid, "
            "ical_sequence, created_at, updated_at) VALUES (1, 1, '2026-03-10 12:00:00', '2026-03-10 14:00:00', "
            "'ordinarie', 'planerat', 'utkast', 'u1', 0, '2026-01-01', '2026-01-01')")
    rebuild = _extra_revision(tmp_path, "rebuild", (
        "    with op.batch_alter_table('coordination_group', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('note', sa.Text(), nullable=True))"))
    upgrade_database(blank, rebuild)
    with blank.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _fail_halfway_then_recover(blank: Engine, tmp_path: Path, said: str) -> None:
    """A revision that creates a table, changes rows and then breaks: nothing of it stays, the app starts again."""
    upgrade_database(blank, MIGRATIONS)
    insert_rows(blank)
    failing = _extra_revision(tmp_path, "failing", (
        "    op.create_table('half_done', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    op.execute(\"UPDATE organisation SET name = 'ändrad'\")\n"
        "    raise RuntimeError('the revision breaks halfway')"))
    with pytest.raises(StorageError, match=said):
        upgrade_database(blank, failing)
    assert "half_done" not in tables(blank)
    assert read_rows(blank) == EXPECTED_ROWS
    assert current_revision(blank) == head_revision(MIGRATIONS)
    upgrade_database(blank, MIGRATIONS)  # and the app starts again on it


@sqlite_only("SQLite commits some schema changes at once, so the file is restored from its backup")
def test_a_failing_upgrade_is_undone_from_the_backup(blank: Engine, db_path: Path, tmp_path: Path) -> None:
    _fail_halfway_then_recover(blank, tmp_path, "återställd som den var")


@postgres_only
def test_a_failing_upgrade_on_postgres_is_rolled_back_whole(blank: Engine, tmp_path: Path) -> None:
    """PostgreSQL's schema changes are transactional: the failed revision leaves nothing, and no backup is needed."""
    _fail_halfway_then_recover(blank, tmp_path, "misslyckades")


def test_a_new_database_that_cannot_be_created_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "ny.db"
    engine = create_database_engine(f"sqlite:///{path}")
    failing = _extra_revision(tmp_path, "failing-new", "    raise RuntimeError('no')")
    with pytest.raises(StorageError, match="Ingen fil har lämnats kvar"):
        upgrade_database(engine, failing)
    engine.dispose()
    assert not path.exists()


def test_the_quick_head_read_off_the_files_is_alembics_head() -> None:
    """Start-up skips importing alembic when the database is at the head read off the version files."""
    from samverkan_desktop.db.migrate import quick_head

    assert quick_head(migrations_dir()) == head_revision(migrations_dir())


def test_a_database_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "klar.db"
    engine = create_database_engine(f"sqlite:///{db}")
    upgrade_database(engine, migrations_dir())
    engine.dispose()
    probe = ("import sys; from samverkan_desktop.app import open_database; "
             f"open_database('sqlite:///{db}'); print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
