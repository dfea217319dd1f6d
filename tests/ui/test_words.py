"""Issue 18 point 5, the words: "Öppna" (the verb) on buttons, "OK" on Qt's standard buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_translations import TS_FILE, messages

from samverkan_desktop.ui.pages.meetings_tab import MeetingsTab
from samverkan_desktop.ui.widgets.attachment_list import AttachmentList

# Contexts where "Open" is a status (an open action), not the verb on a button.
STATUS_CONTEXTS = {"Labels"}


def test_open_is_the_verb_on_every_button():
    for (context, source), translation in messages(TS_FILE).items():
        if source in ("Open", "&Open", "Open…") and context not in STATUS_CONTEXTS:
            assert translation.text.replace("&", "").startswith("Öppna"), context


def test_the_meetings_tab_and_attachment_list_say_oppna(qtbot, uow):
    tab = MeetingsTab(uow, today=lambda: date(2026, 3, 20))
    qtbot.addWidget(tab)
    assert tab.open_button.text() == "Öppna"
    attachments = AttachmentList(uow)
    qtbot.addWidget(attachments)
    assert attachments.open_button.text() == "Öppna"


def test_standard_buttons_read_ok_in_capitals_and_the_rest_in_swedish(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {box.standardButton(button): button.text() for button in box.buttons()}
    assert texts[QDialogButtonBox.StandardButton.Ok] == "OK"
    assert texts[QDialogButtonBox.StandardButton.Cancel] == "Avbryt"
    assert texts[QDialogButtonBox.StandardButton.Save] == "Spara"
    assert texts[QDialogButtonBox.StandardButton.Close] == "Stäng"
    message = QMessageBox(QMessageBox.Icon.Warning, "Titel", "Text", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Ok).text() == "OK"


def test_the_frozen_build_bundles_qts_own_swedish():
    import importlib.util

    from samverkan_desktop.infra.config import bundle_root

    tool = bundle_root() / "tools" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert [path.name for path in module.qt_translation_files()] == ["qtbase_sv.qm"]
    assert "qt_translation_files()" in (bundle_root() / "build.spec").read_text(encoding="utf-8")
    assert (bundle_root() / "resources" / "translations" / "qt_fixes_sv.ts").is_file()


def test_the_approval_line_says_who_in_which_role_on_which_day(qapp):
    from datetime import UTC, datetime

    from samverkan_desktop.domain.enums import ApprovalMethod, Role
    from samverkan_desktop.services.approval import ApprovalDTO
    from samverkan_desktop.ui.widgets.approval_bar import approval_line

    valid = ApprovalDTO(1, 1, 1, "Anna Berg", Role.CHAIR, datetime(2026, 12, 3, 9, tzinfo=UTC),
                        ApprovalMethod.IN_APP, None, "ab" * 32, "abababab", None, None)
    assert approval_line(valid, published=False) == (
        "Godkända av ordförande Anna Berg den 3 december 2026 (kontrollsumma abababab)")
    vice = ApprovalDTO(**{**valid.__dict__, "role": Role.VICE_CHAIR})
    assert approval_line(vice, published=True).startswith("Publicerade; godkända av vice ordförande Anna Berg den 3 ")
