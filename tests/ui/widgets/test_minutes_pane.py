"""Actions and attachments from the minutes pane; an unreadable attachment is refused in words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtWidgets import QFileDialog

from samverkan_desktop.domain.enums import ActionStatus
from samverkan_desktop.services import agenda, attachments, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.action_dialog import ActionDialog
from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane


def pane_with_item(qtbot, uow, register, tmp_path):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    pane = MinutesPane(uow)
    qtbot.addWidget(pane)
    pane.show_item(item)
    return pane, item


def test_new_action_through_the_dialog(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)

    def fill(dialog):
        dialog.what_edit.setText("Skicka rutinen till alla enheter")
        dialog.organisation_combo.set_value(register["kommun"].id)
        dialog.due_edit.setText("2026-04-30")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill)
    pane.new_action_button.click()
    assert pane.action_model.rowCount() == 1
    assert pane.action_model.index(0, 1).data() == "Göteborgs Stad"
    assert pane.action_model.index(0, 2).data() == "2026-04-30"
    assert agenda.get_item(uow, item.id).actions[0].status is ActionStatus.OPEN


def test_action_needs_someone_responsible(qtbot, uow, register, tmp_path):
    _pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    dialog = ActionDialog(uow, item.id)
    qtbot.addWidget(dialog)
    dialog.what_edit.setText("Ta fram underlag")
    dialog.accept()
    assert "ansvarar" in dialog.error_text("responsible_person_id")
    assert agenda.get_item(uow, item.id).actions == ()


def test_attachment_is_stored_and_listed(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    source = tmp_path / "Rutin utskrivning.pdf"
    source.write_bytes(b"%PDF-1.4 rutin")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(source), ""))
    pane.attach_button.click()
    assert pane.attachment_model.index(0, 0).data() == "Rutin utskrivning.pdf"
    stored = agenda.get_item(uow, item.id).attachments[0]
    source.unlink()
    assert attachments.read_attachment(uow, stored.id).content == b"%PDF-1.4 rutin"


def test_an_unreadable_attachment_is_refused_and_nothing_is_added(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    missing = tmp_path / "finns-inte.docx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(missing), ""))
    pane.attach_button.click()
    assert "kan inte läsas" in pane.error_label.text()
    assert agenda.get_item(uow, item.id).attachments == ()


def test_an_item_can_be_made_a_case(qtbot, uow, register, tmp_path):
    from samverkan_desktop.services import cases

    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    pane.show()
    assert pane.case_button.isVisible()
    pane.case_button.click()
    stored = agenda.get_item(uow, item.id)
    assert stored.case_id is not None and cases.get_case(uow, stored.case_id).title == "Handlingsplan"
    assert "ärende: Handlingsplan" in pane.heading.text()
    assert not pane.case_button.isVisible()


# -- a save that fails: the text stays, in the editor and in a recovery file ---------------------------------------
DISK_FULL = "Det gick inte att skriva till disken (full eller otillgänglig). Inget har sparats."


def failing_pane(qtbot, uow, register, tmp_path, monkeypatch):
    from samverkan_desktop.domain.errors import StorageError
    from samverkan_desktop.infra.recovery import RecoveryStore
    from samverkan_desktop.services import minutes

    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    store = RecoveryStore(tmp_path / "återställning")
    pane = MinutesPane(uow, recovery=store)
    qtbot.addWidget(pane)
    pane.show_item(item)

    def disk_full(*_args, **_kwargs):
        raise StorageError(DISK_FULL)

    monkeypatch.setattr(minutes, "save_text", disk_full)
    return pane, item, store


def test_a_failing_autosave_keeps_the_text_and_writes_a_recovery_file(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item, store = failing_pane(qtbot, uow, register, tmp_path, monkeypatch)
    with qtbot.waitSignal(pane.failed) as failure:
        pane.notes_edit.setPlainText("Anna redogjorde för läget.")  # the autosave timer does the rest
    kept_note = pane.tr("The text is kept here and in a recovery file that is offered at the next start.")
    assert failure.args[0] == f"{DISK_FULL} {kept_note}"
    assert DISK_FULL in pane.error_label.text() and not pane.error_label.isHidden()
    assert pane.notes_edit.toPlainText() == "Anna redogjorde för läget."
    [kept] = store.pending()
    assert (kept.database, kept.meeting_id, kept.item_id) == (uow.database, item.meeting_id, item.id)
    assert (kept.item_title, kept.notes, kept.decision_text) == ("Handlingsplan", "Anna redogjorde för läget.", "")

    monkeypatch.undo()  # the disk has room again: the next save stores the text and forgets the recovery file
    assert pane.save_now()
    assert agenda.get_item(uow, item.id).notes == "Anna redogjorde för läget."
    assert store.pending() == []
    assert pane.error_label.isHidden()


def test_a_failing_autosave_says_so_once_but_keeps_the_recovery_file_current(qtbot, uow, register, tmp_path,
                                                                                 monkeypatch):
    pane, _item, store = failing_pane(qtbot, uow, register, tmp_path, monkeypatch)
    messages: list[str] = []
    pane.failed.connect(messages.append)
    pane.notes_edit.setPlainText("Första")
    qtbot.waitUntil(lambda: [e.notes for e in store.pending()] == ["Första"])
    pane.decision_edit.setPlainText("att gå vidare")
    qtbot.waitUntil(lambda: [e.decision_text for e in store.pending()] == ["att gå vidare"])
    assert len(messages) == 1  # no message box at every pause in typing
    assert not pane.save_now()  # leaving the item or Ctrl+S says it again
    assert len(messages) == 2


def test_when_the_recovery_file_cannot_be_written_either_the_user_is_told(qtbot, uow, register, tmp_path,
                                                                          monkeypatch):
    pane, _item, store = failing_pane(qtbot, uow, register, tmp_path, monkeypatch)
    monkeypatch.setattr(store, "save", lambda _entry: False)
    pane.notes_edit.setPlainText("Viktig text")
    assert not pane.save_now()
    lost_note = pane.tr("The text could not be kept in a recovery file either: do not close the window, "
                        "copy the text somewhere safe.")
    assert pane.error_label.text() == f"{DISK_FULL} {lost_note}"
    assert pane.notes_edit.toPlainText() == "Viktig text"


def test_the_default_recovery_folder_is_in_the_data_folder(qtbot, uow, isolated_data_dir):
    pane = MinutesPane(uow)
    qtbot.addWidget(pane)
    assert pane.recovery.folder == isolated_data_dir / "återställning"


def test_a_database_opened_read_only_refuses_in_swedish_and_the_text_is_kept(qtbot, engine, uow, db_path, register,
                                                                             tmp_path):
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.infra.recovery import RecoveryStore

    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    read_only = create_database_engine(f"sqlite:///{db_path}", read_only=True)
    try:
        reader = create_unit_of_work(read_only)
        store = RecoveryStore(tmp_path / "återställning")
        pane = MinutesPane(reader, recovery=store)
        qtbot.addWidget(pane)
        pane.show_item(agenda.get_item(reader, item.id))
        pane.notes_edit.setPlainText("Skrivet i det skrivskyddade fönstret")
        with qtbot.waitSignal(pane.failed) as failure:
            assert not pane.save_now()
    finally:
        read_only.dispose()
    assert "skrivskyddad" in failure.args[0] and "annan dator" in failure.args[0]
    assert pane.notes_edit.toPlainText() == "Skrivet i det skrivskyddade fönstret"
    assert [e.notes for e in store.pending(uow.database)] == ["Skrivet i det skrivskyddade fönstret"]
    assert agenda.get_item(uow, item.id).notes is None


def test_autosave_commits_off_the_gui_thread_and_typing_meanwhile_is_saved_next(qtbot, uow, register, tmp_path,
                                                                                monkeypatch):
    """A commit waits for the disk; typing must not wait with it."""
    import threading

    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    real_save = minutes.save_text
    threads: list[bool] = []
    release = threading.Event()

    def slow_disk(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(5)  # the disk is slow: the GUI thread goes on meanwhile
        return real_save(*args, **kwargs)

    monkeypatch.setattr(minutes, "save_text", slow_disk)
    pane.notes_edit.setPlainText("Anna redogjorde")
    qtbot.waitUntil(lambda: pane._saver is not None)  # the timer started a save
    pane.notes_edit.setPlainText("Anna redogjorde för läget.")  # typed while the first save is on its way
    assert pane.has_pending_text()
    release.set()
    assert pane.save_now()  # waits for the save in flight, then stores the rest in order
    assert threads[0] is False  # the timer's save ran in a thread of its own
    assert agenda.get_item(uow, item.id).notes == "Anna redogjorde för läget."
    assert not pane.has_pending_text()


def test_leaving_an_item_while_its_autosave_is_in_flight_keeps_both_texts_apart(qtbot, uow, register, tmp_path,
                                                                                monkeypatch):
    import threading

    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    other = agenda.add_item(uow, item.meeting_id, AgendaItemData("Nästa möte"))
    real_save = minutes.save_text
    gate = threading.Event()

    def held_at_the_gate(*args, **kwargs):
        gate.wait(5)  # the save is in flight until the item is left
        return real_save(*args, **kwargs)

    monkeypatch.setattr(minutes, "save_text", held_at_the_gate)
    pane.notes_edit.setPlainText("Text till handlingsplanen")
    qtbot.waitUntil(lambda: pane._saver is not None)
    gate.set()
    assert pane.show_item(agenda.get_item(uow, other.id))
    pane.notes_edit.setPlainText("Text till nästa möte")
    assert pane.save_now()
    assert agenda.get_item(uow, item.id).notes == "Text till handlingsplanen"
    assert agenda.get_item(uow, other.id).notes == "Text till nästa möte"


def test_a_later_save_forgets_an_earlier_windows_recovery_file(qtbot, uow, register, tmp_path):
    """A window closed with unsaved text leaves a recovery file; the text saved later in another window is newer."""
    from samverkan_desktop.infra.recovery import RecoveryEntry, RecoveryStore

    store = RecoveryStore(tmp_path / "återställning")
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    pane.recovery = store
    assert store.save(RecoveryEntry(uow.database, item.meeting_id, item.id, item.title, "Gammal text", "",
                                    datetime.now(UTC)))
    pane.notes_edit.setPlainText("Ny text, sparad")
    assert pane.save_now()
    assert store.pending() == []


def test_an_outcome_refusal_goes_once_the_decision_is_written(qtbot, uow, register, tmp_path):
    """Issue 18 point 6: a red error stayed after what it was about had been fixed."""
    from samverkan_desktop.domain.enums import ItemKind, Outcome

    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan", ItemKind.DECISION))
    pane = MinutesPane(uow)
    qtbot.addWidget(pane)
    pane.show_item(item)
    pane.outcome_combo.set_value(Outcome.DECIDED)
    pane.outcome_button.click()
    assert not pane.error_label.isHidden() and "att" in pane.error_label.text()
    pane.decision_edit.setFocus()
    qtbot.keyClicks(pane.decision_edit, "att anta handlingsplanen")
    assert pane.error_label.isHidden()
    pane.outcome_button.click()  # now recorded
    assert pane.error_label.isHidden() and agenda.get_item(uow, item.id).outcome is Outcome.DECIDED


def test_leaving_an_item_for_none_is_a_success(qtbot, uow, register, tmp_path):
    """show_item(None) used to return None, which the meeting editor took for a failed save (and went back)."""
    pane, _item = pane_with_item(qtbot, uow, register, tmp_path)
    assert pane.show_item(None) is True
    assert pane.item is None and not pane.is_editable()


def test_an_unexpected_error_in_the_autosave_is_logged_and_kept_like_a_failed_save(qtbot, uow, register, tmp_path,
                                                                                  monkeypatch, caplog):
    """The autosave runs on ServiceOp's worker path; a crash there opens no error dialog at every pause in typing:
    it is logged with its traceback, and the text is kept in the editor and in a recovery file."""
    from samverkan_desktop.ui import operations

    pane, _item, store = failing_pane(qtbot, uow, register, tmp_path, monkeypatch)
    dialogs: list[str] = []
    monkeypatch.setattr(operations, "show_error", lambda what, report, parent=None: dialogs.append(what))

    def broken(*_args, **_kwargs):
        raise KeyError("kolumn")

    monkeypatch.setattr(minutes, "save_text", broken)
    with qtbot.waitSignal(pane.failed) as failure:
        pane.notes_edit.setPlainText("Anna redogjorde för läget.")
    assert failure.args[0].startswith("Texten kunde inte sparas.") and dialogs == []
    assert [e.notes for e in store.pending()] == ["Anna redogjorde för läget."]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    assert pane.has_pending_text()
