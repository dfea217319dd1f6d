"""The services package: ``UnitOfWork`` loads with the first service that asks for it, so that its DTOs and the
plain tree read (services.quick_tree) can be used before SQLAlchemy is imported (the start, app.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_unit_of_work_is_the_database_layers() -> None:
    from samverkan_desktop import services
    from samverkan_desktop.db.uow import UnitOfWork

    assert services.UnitOfWork is UnitOfWork
    with pytest.raises(AttributeError):
        services.no_such_thing  # noqa: B018


def test_the_dtos_and_the_plain_tree_read_load_no_sqlalchemy() -> None:
    probe = ("import sys\nimport samverkan_desktop.services.dto, samverkan_desktop.services.quick_tree\n"
             "print(sorted(m for m in ('sqlalchemy', 'samverkan_desktop.db.uow') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"
