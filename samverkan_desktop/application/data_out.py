"""The whole database and the open-data tree out: the services read, the exporters write (the composition the
CLI and the GUI share, as publishing.py does for the minutes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..export.everything_zip import EverythingZip
from ..export.oparl import OParlResult, write_oparl_tree
from ..services import UnitOfWork
from ..services.everything import EverythingSummary, ExportCancelledError, export_everything
from ..services.open_data import check_base_url, open_data

Progress = Callable[[int, int, str], bool]


def export_all(uow: UnitOfWork, target: Path, progress: Progress | None = None) -> EverythingSummary | None:
    """Every table, attachment and the audit log to the ZIP ``target``; None when stopped (nothing written)."""
    try:
        with EverythingZip(Path(target)) as archive:
            return export_everything(uow, archive, progress)
    except ExportCancelledError:
        return None


def export_oparl(uow: UnitOfWork, folder: Path, base_url: str, body_name: str | None = None) -> OParlResult:
    """The OParl 1.1 tree in ``folder``, brought up to date."""
    check_base_url(base_url)
    return write_oparl_tree(Path(folder), open_data(uow, body_name), base_url)
