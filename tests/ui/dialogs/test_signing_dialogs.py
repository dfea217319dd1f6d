"""The signing key flow in the app: approve in the meeting editor with the passphrase, and the approval shown as
signed or unsigned; the main window's verification naming an invalid signature. Creating a key and registering
it are tested with their dialogs (tests/ui/dialogs/test_signing_key_dialog.py, test_person_keys_dialog.py)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.domain.enums import MinutesStatus, Role
from samverkan_desktop.services import agenda, approval, meetings, memberships, signing, verification
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.approval_dialog import ApprovalDialog
from samverkan_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

PASSPHRASE = "tre gröna äpplen i korgen"


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args: shown.append(args[2]))
    return shown


@pytest.fixture
def held(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting.value.id)
    return meeting.value.id


def _approve_in_editor(qtbot, uow, held, monkeypatch, store, *, passphrase: str | None):
    def answer(dialog) -> int:
        if passphrase is None:
            return 0
        dialog.passphrase_edit.setText(passphrase)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    seen: list[ApprovalDialog] = []

    def run(dialog) -> int:
        seen.append(dialog)
        dialog.store = store
        dialog.show_signing()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ApprovalDialog, "exec", run)
    editor = MeetingEditor(uow, held)
    qtbot.addWidget(editor)
    editor.approve_button.click()
    return editor, seen[0]


def test_approving_with_the_passphrase_signs(qtbot, uow, register, held, tmp_path, monkeypatch) -> None:
    store = KeyStore(tmp_path / "keys")
    key = store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    signing.register_key(uow, register["anna"].id, key.public_path.read_text(encoding="utf-8"))
    editor, _dialog = _approve_in_editor(qtbot, uow, held, monkeypatch, store, passphrase=PASSPHRASE)
    state = approval.minutes_state(uow, held)
    assert state.status is MinutesStatus.APPROVED and state.valid_approval.fingerprint == key.fingerprint
    assert key.fingerprint in editor.approval_bar.signature_label.text()
    assert [c.problem for c in verification.verify_signatures(uow)] == [None]


def test_cancelling_the_passphrase_approves_nothing(qtbot, uow, register, held, tmp_path, monkeypatch) -> None:
    store = KeyStore(tmp_path / "keys")
    key = store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    signing.register_key(uow, register["anna"].id, key.public_path.read_text(encoding="utf-8"))
    _editor, dialog = _approve_in_editor(qtbot, uow, held, monkeypatch, store, passphrase=None)
    assert "signerades inte" in dialog.error_text("signature")
    assert approval.minutes_state(uow, held).status is not MinutesStatus.APPROVED


def test_without_a_key_the_approval_is_unsigned_and_says_so(qtbot, uow, register, held, tmp_path,
                                                            monkeypatch) -> None:
    editor, dialog = _approve_in_editor(qtbot, uow, held, monkeypatch, KeyStore(tmp_path / "none"), passphrase=None)
    assert not dialog.sign_check.isEnabled()
    state = approval.minutes_state(uow, held)
    assert state.status is MinutesStatus.APPROVED and state.valid_approval.fingerprint is None
    assert "Osignerat godkännande" in editor.approval_bar.signature_label.text()


def test_the_main_windows_verification_names_an_invalid_signature(qtbot, uow, register, held, engine,
                                                                   messages) -> None:
    from sqlalchemy import text

    from samverkan_desktop.domain.enums import ApprovalMethod
    from samverkan_desktop.domain.signing import SigningKey
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    key = SigningKey.generate()
    signing.register_key(uow, register["anna"].id, key.public.pem())
    approval.approve(uow, held, register["anna"].id, ApprovalMethod.IN_APP, signer=key)
    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    assert run_verification(window, qtbot) == []
    with engine.begin() as connection:  # the signature of another text
        connection.execute(text("UPDATE approval SET signature = :s"),
                           {"s": signing.encode_signature(key.sign(b"annat"))})
    (problem,) = run_verification(window, qtbot)
    assert "ogiltig signatur" in problem and problem in messages[-1]


def run_verification(window, qtbot) -> list[str]:
    """The main window's verification, run in its worker; the problems it found."""
    with qtbot.waitSignal(window.verification_done, timeout=20000) as done:
        window.verify_approvals()
    return done.args[0]
