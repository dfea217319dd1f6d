"""Screenshots of the signing key flow: `xvfb-run -a .venv/bin/python tools/signing_screenshots.py`.

Create a key (the chair), register it on the person (the secretary, fingerprint shown), approve with the
passphrase, sign a receipt in review mode. Demo data in a new data folder; windows at 1366×768."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "tre gröna äpplen i korgen"


def main() -> int:
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-shots-")
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings, data_dir, resources_dir
    from samverkan_desktop.sampledata import demo
    from samverkan_desktop.services import approval, memberships, review, signing
    from samverkan_desktop.services.keystore import KeyStore
    from samverkan_desktop.ui.dialogs.approval_dialog import ApprovalDialog
    from samverkan_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
    from samverkan_desktop.ui.dialogs.person_keys_dialog import PersonKeysDialog
    from samverkan_desktop.ui.dialogs.signing_key_dialog import SigningKeyDialog
    from samverkan_desktop.ui.i18n import install_translators
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.review_window import ReviewWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "sv", resources_dir() / "translations")
    engine, uow = open_database(f"sqlite:///{os.environ['SAMVERKAN_DATA_DIR']}/samverkan.db")
    demo.create_demo_data(uow)
    window = MainWindow(uow, Settings(), database_label="Databas: samverkan.db (demodata)")
    window.resize(1366, 768)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def over_window(dialog, name: str, under=None) -> None:
        """The dialog drawn centred over the main window (or ``under``), as the user sees it."""
        dialog.show()
        app.processEvents()
        base: QPixmap = (under or window).grab()
        painter = QPainter(base)
        shot = dialog.grab()
        x, y = (base.width() - shot.width()) // 2, (base.height() - shot.height()) // 2
        title = 26  # a plain title bar with the dialog's title, as a window manager would draw one
        painter.fillRect(x - 2, y - title - 2, shot.width() + 4, shot.height() + title + 4, QColor("#3c4b5c"))
        painter.setPen(QColor("white"))
        painter.drawText(x + 8, y - 8, dialog.windowTitle())
        painter.drawPixmap(x, y, shot)
        painter.end()
        base.save(str(OUT / name))

    window.select_group_named("Temagrupp Äldre")
    page = window.group_page
    group_id = window.selected_group_id()
    page.tabs.setCurrentWidget(page.meetings_tab)
    held = [m for m in page.meetings_tab.model.rows() if m.status.value == "genomfort"
            and m.minutes_status.value in ("utkast", "for_godkannande")]
    chair_id = approval.minutes_state(uow, held[0].id).approvers[0][0]
    held = [m for m in held if chair_id in [a[0] for a in approval.minutes_state(uow, m.id).approvers]]
    chair = next(m for m in memberships.list_memberships(uow, group_id) if m.person_id == chair_id)
    store = KeyStore.in_data_folder(data_dir())

    # 1. The chair creates their key.
    create = SigningKeyDialog(store, chair.person_name, window)
    create.passphrase_edit.setText(PASSPHRASE)
    create.repeat_edit.setText(PASSPHRASE)
    over_window(create, "signing_key_create.png")
    create.accept()
    key = create.result_value
    create.close()

    # 2. The secretary registers the public key on the chair, comparing the fingerprint.
    keys = PersonKeysDialog(uow, chair.person_id, chair.person_name, window)
    keys.key_edit.setPlainText(key.public_path.read_text(encoding="utf-8"))
    over_window(keys, "signing_key_register.png")
    signing.register_key(uow, chair.person_id, key.public_path.read_text(encoding="utf-8"))  # what Register does
    keys.reload()
    keys.key_edit.clear()
    over_window(keys, "signing_key_registered.png")
    keys.close()

    # 3. Approving in the app asks for the passphrase.
    editor = page.open_meeting(held[0].id)
    editor.resize(1366, 768)
    app.processEvents()
    dialog = ApprovalDialog(uow, held[0].id, editor)
    dialog.approver_combo.set_value(chair.person_id)
    dialog.show_signing()
    over_window(dialog, "approve_with_signature.png", editor)
    state = approval.minutes_state(uow, held[0].id)
    ask = PassphraseDialog(store, key, dialog.tr("You sign the approval of these minutes, checksum %1.").replace(
        "%1", state.current_hash[:4] + "-" + state.current_hash[4:8] + "-" + state.current_hash[8:12]), editor)
    ask.passphrase_edit.setText(PASSPHRASE)
    over_window(ask, "approve_passphrase.png", editor)
    signer = store.open(key, PASSPHRASE)
    ask.close()
    dialog.close()
    from samverkan_desktop.domain.enums import ApprovalMethod

    approval.approve(uow, held[0].id, chair.person_id, ApprovalMethod.IN_APP, signer=signer)
    editor.refresh()
    app.processEvents()
    editor.grab().save(str(OUT / "approval_signed.png"))
    editor.close()

    # 4. Review mode: the chair signs the receipt with the same key.
    waiting = held[1] if len(held) > 1 else held[0]
    reviewer = ReviewWindow(review.build_review(uow, waiting.id), store=store)
    reviewer.resize(1366, 768)
    reviewer.model.setData(reviewer.model.index(1, reviewer.model.COMMENT), "Förtydliga vem som ansvarar.")
    reviewer.approver_combo.set_value(chair.person_id)
    reviewer.show()
    app.processEvents()
    content = reviewer.review
    sign = PassphraseDialog(store, key, reviewer.tr(
        "You approve the minutes of %1, %2 (checksum %3) and sign the receipt.").replace(
        "%1", content.group_name).replace("%2", content.meeting_on).replace(
        "%3", "-".join(content.content_hash[i:i + 4] for i in (0, 4, 8))), reviewer)
    sign.passphrase_edit.setText(PASSPHRASE)
    over_window(sign, "review_mode_signing.png", reviewer)
    sign.close()
    reviewer.close()
    window.close()
    engine.dispose()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
