"""Text kept in recovery files is offered at the next start: restored into its item, copied, or thrown away."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.infra.recovery import RecoveryEntry, RecoveryStore
from samverkan_desktop.services import agenda, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.recovery_dialog import RecoveryDialog, offer_recovery
from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane


@pytest.fixture
def item(uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    return agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))


@pytest.fixture
def store(tmp_path):
    return RecoveryStore(tmp_path / "återställning")


def kept(uow, item, notes="Anna redogjorde för läget.", database=None) -> RecoveryEntry:
    return RecoveryEntry(uow.database if database is None else database, item.meeting_id, item.id, item.title,
                         notes, "att anta handlingsplanen", datetime(2026, 3, 10, 12, 40, tzinfo=UTC))


def drive(monkeypatch, action):
    """Replace the blocking exec: do ``action`` with the dialog as a user would, and remember the dialog."""
    seen: list[RecoveryDialog] = []

    def run(dialog):
        seen.append(dialog)
        action(dialog)
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", run)
    return seen


def test_text_from_a_failed_save_is_restored_at_the_next_start(qtbot, uow, item, store, monkeypatch):
    pane = MinutesPane(uow, recovery=store)
    qtbot.addWidget(pane)
    pane.show_item(item)

    def disk_full(*_args, **_kwargs):
        raise StorageError("Det gick inte att skriva till disken (full eller otillgänglig). Inget har sparats.")

    with monkeypatch.context() as patch:
        patch.setattr(minutes, "save_text", disk_full)
        pane.notes_edit.setPlainText("Skrivet när disken var full")
        assert not pane.save_now()
    pane.deleteLater()  # the program crashed or was closed: only the recovery file is left

    seen = drive(monkeypatch, lambda dialog: dialog.restore_button.click())
    assert offer_recovery(None, uow, store, uow.database) == 1
    assert agenda.get_item(uow, item.id).notes == "Skrivet när disken var full"
    assert store.pending() == []
    assert seen[0].result() == RecoveryDialog.DialogCode.Accepted  # nothing left: it closed itself


def test_the_list_shows_group_meeting_item_time_and_text(qtbot, uow, item, store):
    entry = kept(uow, item)
    dialog = RecoveryDialog(uow, store, [entry])
    qtbot.addWidget(dialog)
    row = [dialog.model.index(0, column).data() for column in range(dialog.model.columnCount())]
    assert row == ["Ledningsgrupp för samverkan 2026-03-10", "Handlingsplan", "2026-03-10 13:40",
                   "Anna redogjorde för läget. att anta handlingsplanen"]
    assert dialog.preview.toPlainText() == "Anna redogjorde för läget.\n\natt anta handlingsplanen"


def test_a_removed_item_is_explained_and_the_text_can_be_copied(qtbot, uow, item, store, monkeypatch):
    assert store.save(kept(uow, item))
    agenda.delete_item(uow, item.id)

    said: list[str] = []

    def try_then_copy(dialog):
        dialog.restore_button.click()
        said.append(dialog.message.text() + dialog.message.styleSheet())
        dialog.copy_button.click()
        dialog.close_button.click()

    drive(monkeypatch, try_then_copy)
    assert offer_recovery(None, uow, store, uow.database) == 0
    assert "”Handlingsplan”" in said[0] and "#c62828" in said[0]  # why, shown as a problem
    assert QGuiApplication.clipboard().text() == "Anna redogjorde för läget.\n\natt anta handlingsplanen"
    assert len(store.pending()) == 1  # decide later: it is offered again


def test_a_cancelled_meeting_refuses_with_the_services_reason(qtbot, uow, item, store):
    meetings.cancel_meeting(uow, item.meeting_id, "Sjukdom")
    assert store.save(kept(uow, item))
    dialog = RecoveryDialog(uow, store, store.pending())
    qtbot.addWidget(dialog)
    assert not dialog.restore_current()
    assert "inställt" in dialog.message.text()
    assert agenda.get_item(uow, item.id).notes is None
    assert len(store.pending()) == 1


def test_discard_asks_first(qtbot, uow, item, store, monkeypatch):
    assert store.save(kept(uow, item))
    dialog = RecoveryDialog(uow, store, store.pending())
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.discard_button.click()
    assert len(store.pending()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.discard_button.click()
    assert store.pending() == []
    assert agenda.get_item(uow, item.id).notes is None


def test_only_this_databases_text_is_offered(qtbot, uow, item, store, monkeypatch):
    assert store.save(kept(uow, item, database="sqlite:////någon/annan.db"))
    seen = drive(monkeypatch, lambda dialog: dialog.restore_button.click())
    assert offer_recovery(None, uow, store, uow.database) == 0
    assert seen == []  # no dialog at all
    assert len(store.pending()) == 1


def test_text_of_an_unknown_database_needs_a_matching_title(qtbot, uow, item, store):
    other = RecoveryEntry("", item.meeting_id, item.id, "En helt annan punkt", "Text", "",
                          datetime(2026, 3, 10, 12, 40, tzinfo=UTC))
    dialog = RecoveryDialog(uow, store, [other])
    qtbot.addWidget(dialog)
    assert not dialog.restore_current()
    assert agenda.get_item(uow, item.id).notes is None
