

def test_stored_revision_reads_what_alembic_reads_without_it(tmp_path) -> None:
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import current_revision, stored_revision, upgrade_database
    from samverkan_desktop.infra.config import migrations_dir

    engine = create_database_engine(f"sqlite:///{tmp_path / 'r.db'}")
    assert stored_revision(engine) is None and current_revision(engine) is None  # no table yet
    upgrade_database(engine, migrations_dir())
    assert stored_revision(engine) == current_revision(engine) is not None
    engine.dispose()
