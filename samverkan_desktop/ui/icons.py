"""Toolbar and menu icons: one set (Lucide, ISC licence; resources/icons/actions/README.md), loaded here only."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..infra.config import resources_dir

#: What an action does -> the Lucide icon drawn for it.
ACTIONS = {
    "new_group": "folder-plus", "new_subgroup": "folder-tree", "organisations": "building-2", "people": "users",
    "new_person": "user-plus", "follow_up": "list-checks", "import_register": "file-down",
    "export_register": "file-up", "publish": "send", "settings": "settings", "verify": "shield-check",
    "quit": "log-out",
}


@cache
def icon(name: str) -> QIcon:
    """The icon for ``name`` (a key of ACTIONS, or a Lucide file name); an empty icon if it is missing."""
    path = resources_dir() / "icons" / "actions" / f"{ACTIONS.get(name, name)}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
