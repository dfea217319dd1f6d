from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from ...domain.enums import ApprovalMethod
from ...domain.errors import ValidationError
from ...domain.minutes_hash import short_hash
from ...infra.config import data_dir
from ...services import UnitOfWork, approval, signing
from ...services.keystore import KeyStore, LocalKey
from ..labels import approval_method_labels, role_labels
from ..widgets.combos import ChoiceCombo, enum_combo
from ..widgets.form_dialog import FormDialog
from .passphrase_dialog import PassphraseDialog


class ApprovalDialog(FormDialog):
    """Record the chair's approval of exactly the content shown (its checksum is part of the record). When the
    approver's registered key is in this data folder, they sign it with their passphrase; otherwise the
    approval is recorded unsigned and shown as such everywhere."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None,
                 store: KeyStore | None = None) -> None:
        super().__init__(self.tr("Approve minutes"), parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.state = approval.minutes_state(uow, meeting_id)
        roles = role_labels()
        self.approver_combo = self.add_row(self.tr("Approved by"), ChoiceCombo(self, none_label=self.tr("(choose)")),
                                           "approved_by")
        self.approver_combo.set_choices((f"{name} ({roles[role].lower()})", person_id)
                                        for person_id, name, role in self.state.approvers)
        if self.state.approvers:
            self.approver_combo.set_value(self.state.approvers[0][0])
        self.method_combo = self.add_row(self.tr("How"), enum_combo(approval_method_labels(), self), "method")
        self.method_combo.set_value(ApprovalMethod.IN_APP)
        self.note_edit = self.add_row(self.tr("Note"), QLineEdit(self), "note")
        self.add_row(self.tr("Checksum"), QLabel(short_hash(self.state.current_hash), self))
        self.store = store or KeyStore.in_data_folder(data_dir())
        self.registered = signing.current_fingerprints(uow, [pid for pid, _name, _role in self.state.approvers])
        self.sign_check = self.add_row(self.tr("Signature"), QCheckBox(self), "signature")
        self.approver_combo.currentIndexChanged.connect(lambda _index: self.show_signing())
        self.show_signing()
        self.resize(520, self.sizeHint().height())

    def local_key(self) -> LocalKey | None:
        fingerprint = self.registered.get(self.approver_combo.value())
        return self.store.find({fingerprint}) if fingerprint else None

    def show_signing(self) -> None:
        key = self.local_key()
        self.sign_check.setEnabled(key is not None)
        self.sign_check.setChecked(key is not None)
        if key is not None:
            self.sign_check.setText(self.tr("Sign with the key %1 (passphrase)").replace("%1", key.fingerprint))
        elif self.approver_combo.value() in self.registered:
            self.sign_check.setText(self.tr("Unsigned approval: the approver's key is not in this data folder"))
        else:
            self.sign_check.setText(self.tr("Unsigned approval: the approver has no registered key"))

    def save(self):
        person_id = self.approver_combo.value()
        if person_id is None:
            raise ValidationError(self.tr("Choose who approves."), field="approved_by")
        signer = None
        key = self.local_key()
        if key is not None and self.sign_check.isChecked():
            signer = PassphraseDialog.ask(self.store, key, self.tr(
                "You sign the approval of these minutes, checksum %1.").replace(
                "%1", short_hash(self.state.current_hash)), self)
            if signer is None:
                raise ValidationError(self.tr("The approval was not signed: enter the passphrase, or untick signing."),
                                      field="signature")
        return approval.approve(self.uow, self.meeting_id, person_id, self.method_combo.value(),
                                self.note_edit.text(), expected_hash=self.state.current_hash, signer=signer)
