"""ui/dialogs/approval_dialog.py: recording the chair's approval of exactly the content shown: who may approve,
the checksum, and signing when the approver's registered key is in this data folder (the passphrase asked for
then), unsigned otherwise, each said at the signature row."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus, Role
from samverkan_desktop.domain.minutes_hash import short_hash
from samverkan_desktop.services import agenda, approval, meetings, memberships, signing
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.approval_dialog import ApprovalDialog
from samverkan_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

PASSPHRASE = "tre gröna äpplen i korgen"


@pytest.fixture
def held(uow, register) -> int:
    """A held LGS meeting: Anna Berg chair, Bo Ek vice chair."""
    for person, role in (("anna", Role.CHAIR), ("bo", Role.VICE_CHAIR)):
        memberships.save_membership(uow, MembershipData(register[person].id, register["lgs"].id, role,
                                                        register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting.value.id)
    return meeting.value.id


@pytest.fixture
def store(tmp_path) -> KeyStore:
    return KeyStore(tmp_path / "nycklar")


def _dialog(qtbot, uow, held, store) -> ApprovalDialog:
    dialog = ApprovalDialog(uow, held, store=store)
    qtbot.addWidget(dialog)
    return dialog


def test_the_chair_is_chosen_first_and_the_checksum_is_shown(qtbot, uow, register, held, store) -> None:
    dialog = _dialog(qtbot, uow, held, store)
    assert dialog.approver_combo.value() == register["anna"].id
    assert dialog.approver_combo.count() == 3  # (välj), the chair, the vice chair
    assert dialog.method_combo.value() is ApprovalMethod.IN_APP
    digest = approval.minutes_state(uow, held).current_hash
    assert short_hash(digest) in [label.text() for label in dialog.findChildren(QLabel)]


def test_without_a_registered_key_the_approval_is_unsigned_and_recorded(qtbot, uow, held, store) -> None:
    dialog = _dialog(qtbot, uow, held, store)
    assert not dialog.sign_check.isEnabled() and not dialog.sign_check.isChecked()
    assert dialog.sign_check.text() == "Osignerat godkännande: godkännaren har ingen registrerad nyckel"
    dialog.note_edit.setText("per telefon")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    state = approval.minutes_state(uow, held)
    assert state.status is MinutesStatus.APPROVED and state.valid_approval.fingerprint is None


def test_a_key_registered_elsewhere_is_said(qtbot, uow, register, held, store, tmp_path) -> None:
    elsewhere = KeyStore(tmp_path / "annan dator").create("Anna Berg", PASSPHRASE, PASSPHRASE)
    signing.register_key(uow, register["anna"].id, elsewhere.public_path.read_text(encoding="utf-8"))
    dialog = _dialog(qtbot, uow, held, store)
    assert not dialog.sign_check.isEnabled()
    assert dialog.sign_check.text() == ("Osignerat godkännande: godkännarens nyckel finns inte i den här "
                                        "datamappen")


def test_with_the_key_here_the_passphrase_signs(qtbot, uow, register, held, store, monkeypatch) -> None:
    key = store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    signing.register_key(uow, register["anna"].id, key.public_path.read_text(encoding="utf-8"))
    asked: list[str] = []

    def ask(cls, key_store, local, what, parent=None):
        asked.append(what)
        return key_store.open(local, PASSPHRASE)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    dialog = _dialog(qtbot, uow, held, store)
    assert dialog.sign_check.isChecked() and dialog.sign_check.text() == (
        f"Signera med nyckeln {key.fingerprint} (lösenfras)")
    dialog.approver_combo.set_value(register["bo"].id)  # the vice chair has no key: unsigned
    assert not dialog.sign_check.isEnabled()
    dialog.approver_combo.set_value(register["anna"].id)
    assert dialog.sign_check.isChecked()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert asked and short_hash(approval.minutes_state(uow, held).current_hash) in asked[0]
    assert approval.minutes_state(uow, held).valid_approval.fingerprint == key.fingerprint


def test_a_cancelled_passphrase_approves_nothing_and_says_why(qtbot, uow, register, held, store,
                                                             monkeypatch) -> None:
    key = store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    signing.register_key(uow, register["anna"].id, key.public_path.read_text(encoding="utf-8"))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *args, **kwargs: None))
    dialog = _dialog(qtbot, uow, held, store)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "signerades inte" in dialog.error_text("signature")
    assert approval.minutes_state(uow, held).status is not MinutesStatus.APPROVED


def test_no_approver_chosen_is_refused_at_the_field(qtbot, uow, held, store) -> None:
    dialog = _dialog(qtbot, uow, held, store)
    dialog.approver_combo.set_value(None)
    dialog.accept()
    assert dialog.error_text("approved_by") == "Välj vem som godkänner."
    assert approval.minutes_state(uow, held).status is not MinutesStatus.APPROVED
