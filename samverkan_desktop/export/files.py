"""Writing files atomically: the exporters use the program's one helper (``domain.files``)."""

from __future__ import annotations

from ..domain.files import STALE_AFTER_SECONDS, FileInUseError, remove_stale_partials, write_atomically

__all__ = ["STALE_AFTER_SECONDS", "FileInUseError", "remove_stale_partials", "write_atomically"]
