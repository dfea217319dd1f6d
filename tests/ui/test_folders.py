"""Where a file dialog starts: Documents when it exists, else home; a remembered folder only while it exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from samverkan_desktop.ui import folders


@pytest.fixture
def documents_at(monkeypatch):
    def place(location: str) -> None:
        class Paths:
            StandardLocation = QStandardPaths.StandardLocation

            @staticmethod
            def writableLocation(kind):
                assert kind == QStandardPaths.StandardLocation.DocumentsLocation
                return location
        monkeypatch.setattr(folders, "QStandardPaths", Paths)
    return place


def test_documents_when_it_exists(tmp_path, documents_at):
    documents_at(str(tmp_path))
    assert folders.documents_folder() == tmp_path


@pytest.mark.parametrize("location", ["", "/inte/finns/Dokument"])
def test_home_when_there_is_no_documents_folder(location, documents_at):
    documents_at(location)
    assert folders.documents_folder() == Path.home()


def test_a_remembered_folder_only_while_it_exists(tmp_path, documents_at):
    documents = tmp_path / "Dokument"
    documents.mkdir()
    documents_at(str(documents))
    kept = tmp_path / "Protokoll"
    kept.mkdir()
    assert folders.existing_or_documents(str(kept)) == str(kept)
    assert folders.existing_or_documents(str(tmp_path / "borttagen")) == str(documents)
    assert folders.existing_or_documents("   ") == str(documents)
    (tmp_path / "fil.txt").write_text("x")
    assert folders.existing_or_documents(str(tmp_path / "fil.txt")) == str(documents)  # a file is no folder
