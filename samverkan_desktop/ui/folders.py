"""Where a file dialog starts: the user's Documents folder when there is one, else the home folder. Qt names
~/Documents even where it does not exist (a fresh Linux account, a redirected Windows profile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """An existing folder to suggest: Documents if it exists, else home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def existing_or_documents(folder: str) -> str:
    """``folder`` if it is an existing folder, else the documents folder: a remembered folder that has since been
    removed (or was on a drive that is not plugged in) is not suggested again."""
    if folder.strip() and Path(folder.strip()).expanduser().is_dir():
        return folder
    return str(documents_folder())
