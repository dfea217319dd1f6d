"""The application icon (resources/icons, generated from samverkan.svg by tools/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..infra.config import resources_dir

SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """Every rendered size, so that the title bar, the task bar and Alt+Tab each get a sharp one."""
    icon = QIcon()
    for size in SIZES:
        path = resources_dir() / "icons" / f"samverkan-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
