"""Attachments inside the database: content-addressed blobs instead of files in a folder.

Until now an attachment was a file copied into ``bilagor/`` in the data folder (named ``ab/<sha256><suffix>``)
and a row naming it: not in backups, not restored, invisible to the other clients of a shared PostgreSQL
database. From here the content lives in ``attachment_blob`` (one row per distinct SHA-256, shared by every
attachment with that content) and ``attachment.sha256`` refers to it; ``attachment.size`` becomes 64-bit.

Every existing file is moved in: looked for in ``bilagor/`` of the data folder (where the app put it) and beside
the SQLite file, and checked against its SHA-256. A file that is not found, or no longer matches, keeps its row
with the blob's content NULL: a warning is logged, and opening it says in Swedish that the file is missing. On a
shared PostgreSQL database each computer had its own folder: the others bring their files in at their next start
(services.attachments.adopt_old_files); attaching the same file again fills it in too. The old folder is left as
it was: an older app restored from a backup still finds its files there.

Downgrade writes the blobs back into ``bilagor/`` of the data folder and restores ``stored_name``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 15:40:00.000000
"""

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("samverkan_desktop.migrations.0008")

OLD_FOLDER_NAME = "bilagor"
_CHUNK = 1024 * 1024

_blob = sa.table("attachment_blob", sa.column("sha256", sa.String), sa.column("size", sa.BigInteger),
                 sa.column("content", sa.LargeBinary))


def old_attachment_folders(connection) -> list[Path]:
    """Where the app used to copy attachments: ``bilagor/`` in the data folder, and beside a SQLite file
    (the same folder when the database is the default one)."""
    from samverkan_desktop.infra.config import data_dir

    folders = [data_dir() / OLD_FOLDER_NAME]
    database = connection.engine.url.database if connection.dialect.name == "sqlite" else None
    if database and database != ":memory:" and not database.startswith("file:"):
        folders.append(Path(database).resolve().parent / OLD_FOLDER_NAME)
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def _read_checked(path: Path, sha256: str) -> bytes | None:
    """The file's bytes if it is there and matches ``sha256``; None (and a warning) otherwise."""
    digest = hashlib.sha256()
    content = bytearray()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
                content += chunk
    except OSError as exc:
        log.warning("attachment file %s cannot be read (%s)", path, exc.__class__.__name__)
        return None
    if digest.hexdigest() != sha256:
        log.warning("attachment file %s does not match its SHA-256 %s: left out", path, sha256)
        return None
    return bytes(content)


def _find(folders: list[Path], stored_name: str, sha256: str) -> bytes | None:
    for folder in folders:
        path = folder / stored_name
        if path.is_file():
            content = _read_checked(path, sha256)
            if content is not None:
                return content
    return None


def upgrade() -> None:
    op.create_table('attachment_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blob'))
    )
    connection = op.get_bind()
    folders = old_attachment_folders(connection)
    rows = connection.execute(sa.text(
        "SELECT sha256, min(stored_name), max(size) FROM attachment GROUP BY sha256 ORDER BY sha256")).all()
    missing = 0
    for sha256, stored_name, size in rows:
        content = _find(folders, stored_name, sha256)
        if content is None:
            missing += 1
            log.warning("attachment %s (%s) was not found in %s: kept without its content",
                        stored_name, sha256, ", ".join(str(f) for f in folders))
        connection.execute(sa.insert(_blob).values(
            sha256=sha256, size=len(content) if content is not None else size, content=content))
    if rows:
        log.info("%d attachment contents moved into the database, %d missing", len(rows) - missing, missing)

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.alter_column('size', existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False)
        batch_op.drop_column('stored_name')
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_attachment_sha256_attachment_blob'), 'attachment_blob',
                                    ['sha256'], ['sha256'])


def _stored_name(sha256: str, file_name: str) -> str:
    """The name the older app gave the file in its folder."""
    return f"{sha256[:2]}/{sha256}{Path(file_name).suffix.lower()}"


def downgrade() -> None:
    from samverkan_desktop.infra.config import data_dir

    connection = op.get_bind()
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stored_name', sa.String(length=300), nullable=True))
    attachments = sa.table("attachment", sa.column("id", sa.Integer), sa.column("file_name", sa.String),
                           sa.column("sha256", sa.String), sa.column("stored_name", sa.String))
    folder = data_dir() / OLD_FOLDER_NAME
    written: set[Path] = set()
    for ident, file_name, sha256 in connection.execute(
            sa.select(attachments.c.id, attachments.c.file_name, attachments.c.sha256)).all():
        stored_name = _stored_name(sha256, file_name)
        connection.execute(sa.update(attachments).where(attachments.c.id == ident).values(stored_name=stored_name))
        target = folder / stored_name
        if target in written or target.exists():
            continue
        content = connection.execute(sa.select(_blob.c.content).where(_blob.c.sha256 == sha256)).scalar()
        if content is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.partial")
            with partial.open("wb") as stream:
                stream.write(bytes(content))
                stream.flush()
                os.fsync(stream.fileno())
            partial.replace(target)
            written.add(target)

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_attachment_sha256_attachment_blob'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.alter_column('stored_name', existing_type=sa.String(length=300), nullable=False)
        batch_op.alter_column('size', existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False)

    op.drop_table('attachment_blob')
