"""Take the README's screenshots: `xvfb-run -a .venv/bin/python tools/screenshots.py` (demo data, new database)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def attach_sample(uow, item_id: int) -> None:
    """An attachment on the item in the meeting editor's screenshot (the demo data has none)."""
    from samverkan_desktop.domain.errors import DomainError
    from samverkan_desktop.services import attachments

    source = Path(os.environ["SAMVERKAN_DATA_DIR"]) / "Underlag till beslut.pdf"
    source.write_bytes(b"%PDF-1.4\n% underlag\n" * 4000)
    try:
        attachments.add_attachment(uow, item_id, source)
    except DomainError as error:  # approved minutes are locked: the shot then shows none
        print(f"no sample attachment: {error}")


def attachments_shot(app, page, uow, meeting_id: int) -> None:
    """The minutes pane with an attachment chosen (stored in the database; Öppna, Spara som…, Ta bort)."""
    from samverkan_desktop.services import agenda

    items = agenda.list_items(uow, meeting_id)
    row = next((r for r, i in enumerate(items) if i.kind.value == "beslut"), 0)
    attach_sample(uow, items[row].id)
    editor = page.open_meeting(meeting_id)
    editor.resize(1366, 768)
    editor.agenda_view.selectRow(row)
    app.processEvents()
    editor.minutes_pane.attachments.view.selectRow(0)
    app.processEvents()
    editor.grab().save(str(OUT / "attachments.png"))
    editor.close()


def main() -> int:
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-shots-")
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.export.pdf import pdf_unavailable_reason
    from samverkan_desktop.infra.config import Settings, resources_dir
    from samverkan_desktop.sampledata import demo
    from samverkan_desktop.services import memberships, review
    from samverkan_desktop.ui.dialogs.membership_dialog import MembershipDialog
    from samverkan_desktop.ui.dialogs.publish_dialog import PublishDialog
    from samverkan_desktop.ui.i18n import install_translators
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.review_window import ReviewWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "sv", resources_dir() / "translations")
    engine, uow = open_database(f"sqlite:///{os.environ['SAMVERKAN_DATA_DIR']}/samverkan.db")
    demo.create_demo_data(uow)
    window = MainWindow(uow, Settings(), database_label="Databas: samverkan.db (demodata)")
    window.resize(1280, 800)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    window.select_group_named("Ledningsgrupp för samverkan")
    app.processEvents()
    window.grab().save(str(OUT / "main_window.png"))
    window.group_page.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(OUT / "members.png"))
    group_id = window.selected_group_id()
    chair = next(m for m in memberships.list_memberships(uow, group_id) if m.role.value == "ordforande")
    dialog = MembershipDialog(uow, group_id, chair, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "membership_dialog.png"))
    dialog.close()

    window.select_group_named("Temagrupp Äldre")
    page = window.group_page
    page.tabs.setCurrentWidget(page.meetings_tab)
    app.processEvents()
    window.grab().save(str(OUT / "meetings_calendar.png"))
    held = [m for m in page.meetings_tab.model.rows() if m.status.value == "genomfort"]
    story_meeting = held[-4] if len(held) >= 4 else held[0]
    editor = page.open_meeting(story_meeting.id)
    editor.resize(1280, 800)
    row = next((r for r, i in enumerate(editor.agenda_model.items()) if i.case_id), 0)
    editor.agenda_view.selectRow(row)
    app.processEvents()
    editor.grab().save(str(OUT / "meeting_editor.png"))
    editor.close()
    approved = next((m for m in held if m.minutes_status.value == "godkanda"), None)
    if approved is not None:
        approved_editor = page.open_meeting(approved.id)
        approved_editor.resize(1280, 800)
        approved_editor.agenda_view.selectRow(1)
        app.processEvents()
        approved_editor.grab().save(str(OUT / "approval_panel.png"))
        # The Export menu drawn where it opens, under its button.
        button, menu = approved_editor.exports.button, approved_editor.exports.menu
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        app.processEvents()
        shot = approved_editor.grab()
        painter = QPainter(shot)
        corner = button.mapTo(approved_editor, button.rect().bottomRight())
        painter.drawPixmap(corner.x() - menu.width(), corner.y(), menu.grab())
        painter.end()
        shot.save(str(OUT / "export_menu.png"))
        menu.hide()
        approved_editor.close()
    waiting = next((m for m in held if m.minutes_status.value in ("utkast", "for_godkannande")), held[-1])
    attachments_shot(app, page, uow, waiting.id)
    review_file = review.build_review(uow, waiting.id)
    reviewer = ReviewWindow(review_file)
    reviewer.resize(1280, 800)
    reviewer.model.setData(reviewer.model.index(3, reviewer.model.COMMENT), "Förtydliga vem som ansvarar.")
    reviewer.show()
    app.processEvents()
    reviewer.grab().save(str(OUT / "review_mode.png"))
    reviewer.close()
    publish = PublishDialog(uow, pdf_unavailable_reason(), window, folder="/home/sekreterare/Webbpublicering")
    publish.show()
    app.processEvents()
    publish.grab().save(str(OUT / "publish_dialog.png"))
    publish.close()
    window.show_follow_up()
    follow = window.follow_up_page
    app.processEvents()
    window.grab().save(str(OUT / "follow_up_overview.png"))
    follow.tabs.setCurrentWidget(follow.decision_log)
    follow.decision_log.search.setText("rutin*")
    follow.decision_log.reload()
    follow.decision_log.view.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / "decision_log.png"))
    follow.tabs.setCurrentWidget(follow.wheel_view)
    app.processEvents()
    window.grab().save(str(OUT / "year_wheel.png"))
    follow.tabs.setCurrentWidget(follow.actions_tab)
    app.processEvents()
    window.grab().save(str(OUT / "actions.png"))
    window.select_group_named("Temagrupp Äldre")
    page.tabs.setCurrentWidget(page.cases_tab)
    page.cases_tab.all_view.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / "cases.png"))
    safety_shots(app, window, uow)
    window.close()
    engine.dispose()
    print(f"screenshots in {OUT}")
    return 0


def safety_shots(app, window, uow) -> None:
    """Backups, the read-only and network banners, the damaged-database question and the recovery offer."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.application.safety import BackupKeeper, StartupHealth
    from samverkan_desktop.db.backup import take_backup
    from samverkan_desktop.db.engine import sqlite_path
    from samverkan_desktop.db.location import network_warning
    from samverkan_desktop.db.lock import LockHolder, LockOutcome, read_only_banner
    from samverkan_desktop.infra.recovery import RecoveryEntry, RecoveryStore
    from samverkan_desktop.ui.dialogs.backups_dialog import BackupsDialog
    from samverkan_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
    from samverkan_desktop.ui.startup_recovery import ask_what_to_do
    from samverkan_desktop.ui.widgets.banner import BannerKind

    db_file = sqlite_path(uow.database)
    now = datetime.now(UTC).replace(microsecond=0)
    for hours, reason in ((200, "stängning"), (30, "före-godkännande"), (2, "automatisk")):
        take_backup(db_file, reason, now=now - timedelta(hours=hours))
    keeper = BackupKeeper(db_file, uow)
    dialog = BackupsDialog(keeper, window)
    dialog.show()
    dialog.view.selectRow(0)
    app.processEvents()
    dialog.grab().save(str(OUT / "backups_dialog.png"))
    dialog.close()

    holder = LockHolder(pid=4711, host="KANSLI-PC12", user="anna.sekreterare", started=now.isoformat())
    window.add_banner(read_only_banner(LockOutcome(False, holder=holder)), BannerKind.ERROR)
    window.add_banner(network_warning(db_file.with_name("samverkan.db"), "cifs"), BannerKind.WARNING)
    app.processEvents()
    window.grab().save(str(OUT / "read_only_banner.png"))

    meeting = window.group_page.meetings_tab.model.rows()[0]
    store = RecoveryStore(db_file.parent / "återställning-bild")
    entry = RecoveryEntry(uow.database, meeting.id, 1, "Läget i verksamheterna",
                          "Anna redogjorde för läget i hemsjukvården och bemanningen under julen.",
                          "att uppdra åt arbetsgruppen att ta fram en plan", now)
    recovery = RecoveryDialog(uow, store, [entry], window)
    recovery.show()
    app.processEvents()
    recovery.grab().save(str(OUT / "recovery_dialog.png"))
    recovery.close()

    newest = keeper.list()[0]
    moved = db_file.with_name("samverkan.db.skadad-20261129T071500Z")
    health = StartupHealth(("database disk image is malformed",), moved, newest)

    def grab_question() -> None:
        box = QApplication.activeModalWidget()
        box.grab().save(str(OUT / "damaged_database.png"))
        box.reject()

    QTimer.singleShot(200, grab_question)
    ask_what_to_do(health)


if __name__ == "__main__":
    sys.exit(main())
