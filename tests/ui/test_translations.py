"""Every user-visible string has a Swedish translation; a new untranslated string fails here."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from samverkan_desktop.infra.config import bundle_root, resources_dir

TS_FILE = resources_dir() / "translations" / "samverkan_sv.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_tracked_string_is_translated():
    untranslated = [
        key for key, translation in messages(TS_FILE).items()
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not (translation.text or "").strip()
    ]
    assert untranslated == []


def test_placeholders_survive_translation():
    for (context, source), translation in messages(TS_FILE).items():
        wanted = sorted(re.findall(r"%\d", source))
        assert sorted(re.findall(r"%\d", translation.text or "")) == wanted, (context, source)


def lupdate() -> str:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def test_no_string_in_the_sources_is_missing_from_the_translation(tmp_path):
    scanned = tmp_path / "scan.ts"
    subprocess.run(
        [lupdate(), "-silent", "-locations", "none", "-extensions", "py",
         str(bundle_root() / "samverkan_desktop"), "-ts", str(scanned)],
        check=True, capture_output=True,
    )
    missing = sorted(set(messages(scanned)) - set(messages(TS_FILE)))
    assert missing == [], "run `make update-translations` and translate these in resources/translations"


def test_the_compiled_translation_is_loaded():
    assert QCoreApplication.translate("Labels", "Chair") == "Ordförande"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"


def test_qt_standard_buttons_are_swedish(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
