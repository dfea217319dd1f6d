"""ui/operations.py: one way from a widget to a service (GUI thread or a worker), one refusal display, and the
change hub that pages subscribe to instead of calling each other's refresh (issue 21 point 1)."""

from __future__ import annotations

import ast
import threading
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

import samverkan_desktop.ui.widgets.approval_bar as approval_bar_module
from samverkan_desktop.domain.enums import MeetingStatus
from samverkan_desktop.domain.errors import DomainError, ValidationError
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui import operations
from samverkan_desktop.ui.operations import Changes, ServiceOp, notify, perform, subscribe
from samverkan_desktop.ui.pages.group_page import GroupPage


def refuse(message: str = "Mötet kan inte sluta före det börjar"):
    def op():
        raise ValidationError(message)
    return op


def boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def test_perform_returns_the_result_and_announces_the_change(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    heard: list[Changes] = []
    subscribe(window, heard.append)
    done = perform(window, lambda: None, changes=Changes.meeting(7, 3))
    assert done is not None and done.value is None  # a call that returns None still succeeded
    assert heard == [Changes.meeting(7, 3)]
    assert heard[0].touches_meeting(7) and heard[0].touches_group(3) and not heard[0].touches_group(4)


def test_a_refusal_is_one_swedish_box_and_the_status_bar_line(qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    shown, heard = boxes(monkeypatch), []
    subscribe(window, heard.append)
    assert perform(window, refuse(), changes=Changes(register=True)) is None
    assert shown == ["Mötet kan inte sluta före det börjar"]
    assert window.statusBar().currentMessage() == "Mötet kan inte sluta före det börjar"
    assert heard == []  # nothing changed, nothing announced


def test_a_refusal_is_said_at_the_action_where_one_is_given(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    shown, at = boxes(monkeypatch), []
    assert perform(window, refuse("Ange en titel"), at=at.append) is None
    assert shown == [] and [e.message for e in at] == ["Ange en titel"]


def test_an_unexpected_error_on_the_gui_thread_goes_to_the_error_hook_not_a_box(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    shown = boxes(monkeypatch)

    def broken():
        raise KeyError("x")
    try:
        perform(window, broken)
    except KeyError:
        pass
    else:
        raise AssertionError("an unexpected error must reach the error hook")
    assert shown == []


def test_a_worker_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []
    heard: list[Changes] = []
    subscribe(window, heard.append)

    def work() -> int:
        threads["work"] = threading.current_thread()
        return 42

    op = ServiceOp(window, work, changes=lambda value: Changes(cases=True) if value == 42 else None)
    op.success(lambda value: (results.append(value), threads.setdefault("callback", threading.current_thread())))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert results == [42] and heard == [Changes(cases=True)]
    assert threads["work"] is not threading.main_thread()
    assert threads["callback"] is threading.main_thread()


def test_a_refusal_in_a_worker_is_said_like_one_on_the_gui_thread(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    shown = boxes(monkeypatch)
    op = ServiceOp(window, refuse("Sökningen kan inte göras"))
    with qtbot.waitSignal(op.refused, timeout=5000) as refused, qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert refused.args == ["Sökningen kan inte göras"] and shown == ["Sökningen kan inte göras"]
    at: list[DomainError] = []
    op = ServiceOp(window, refuse("Fel datum")).failure(at.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert [e.message for e in at] == ["Fel datum"] and len(shown) == 1


def test_an_unexpected_error_in_a_worker_opens_the_error_dialog_with_a_report(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    shown, reported, tidied = boxes(monkeypatch), [], []
    monkeypatch.setattr(operations, "show_error", lambda what, report, parent: reported.append((what, report)))

    def broken():
        raise ZeroDivisionError("division by zero")
    op = ServiceOp(window, broken).crash(lambda: tidied.append(True))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert shown == [] and tidied == [True]
    (what, report), = reported
    assert "ZeroDivisionError" in what and "Traceback" in report  # the traceback is for support, in the dialog


def test_a_change_made_in_the_editor_reaches_the_subscribed_group_page(qtbot, uow, register):
    page = GroupPage(uow)
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information"))
    page.reload()
    editor = page.open_meeting(meeting.value.id)  # the page's child: deleted with it
    heard: list[Changes] = []
    subscribe(page, heard.append)
    editor.held_button.click()
    assert heard and heard[-1].touches_meeting(meeting.value.id) and heard[-1].touches_group(register["lgs"].id)
    assert page.meetings_tab.model.row_at(0).status is MeetingStatus.HELD  # the page's list followed
    editor.close()


def test_a_change_made_elsewhere_reloads_the_open_editor(qtbot, uow, register):
    page = GroupPage(uow)
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    editor = page.open_meeting(meeting.value.id)  # the page's child: deleted with it
    meetings.mark_held(uow, meeting.value.id)  # by another window
    assert editor.held_button.isEnabled()
    notify(Changes.meeting(meeting.value.id, register["lgs"].id))
    assert not editor.held_button.isEnabled() and editor.send_button.isEnabled()
    editor.close()


def test_the_approval_bar_knows_nothing_of_the_editor():
    """The import cycle meeting_editor <-> approval_bar is cut: the bar reaches no editor internals."""
    source = Path(approval_bar_module.__file__).read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)}
    assert not any(module and "meeting_editor" in module for module in imported)
    assert "self.editor" not in source


def test_a_group_renamed_on_its_page_reaches_the_main_window_tree_through_the_hub(qtbot, uow, register, monkeypatch):
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.services import groups
    from samverkan_desktop.services.dto import GroupData
    from samverkan_desktop.ui.main_window import MainWindow

    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    lgs = register["lgs"]
    window.select_group(lgs.id)
    heard: list[Changes] = []
    subscribe(window, heard.append)
    old = groups.get_group(uow, lgs.id)
    groups.update_group(uow, lgs.id, GroupData("Ledningsgruppen", old.kind, old.short_name))

    def accepted(dialog) -> int:
        return 1
    monkeypatch.setattr("samverkan_desktop.ui.pages.group_page.GroupDialog.exec", accepted)
    window.group_page.edit_group()  # the dialog "saved": the page announces it, the window's tree follows
    assert heard and heard[-1].group_tree and heard[-1].touches_group(lgs.id)
    assert window.tree_model.index_of(lgs.id).data() == "Ledningsgruppen"


def test_a_worker_reports_progress_on_the_gui_thread_and_stops_when_cancelled(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    first_reported, go_on = threading.Event(), threading.Event()
    answers: list[bool] = []
    progressed: list[tuple[int, int, str, bool]] = []
    results: list[str] = []

    def work(progress) -> str:
        answers.append(progress(0, 2, "Första"))
        first_reported.set()
        assert go_on.wait(5)
        answers.append(progress(1, 2, "Andra"))
        return "stoppad" if not answers[-1] else "klar"

    hooks: list[bool] = []
    op = ServiceOp(window, work, progress=True).success(results.append).when_cancelled(lambda: hooks.append(True))
    op.progressed.connect(lambda done, total, what: progressed.append(
        (done, total, what, threading.current_thread() is threading.main_thread())))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
        assert first_reported.wait(5)
        op.cancel()
        go_on.set()
    assert op.wait(5) and op.cancelled and op.cancel_event.is_set() and hooks == [True]
    assert answers == [True, False]
    assert results == ["stoppad"]  # the op decides what stopping means; its result still arrives
    assert progressed == [(0, 2, "Första", True), (1, 2, "Andra", True)]


def test_a_dropped_worker_says_nothing_of_its_result_or_refusal(qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    shown, called = boxes(monkeypatch), []
    go_on = threading.Event()

    def refused_late():
        assert go_on.wait(5)
        raise ValidationError("En gammal sökning")

    for op_function in (refused_late, lambda: go_on.wait(5)):
        op = ServiceOp(window, op_function).success(called.append).failure(called.append)
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run_in_background()
            op.cancel(drop=True)
            go_on.set()
        assert op.dropped and op.wait(5)
    assert called == [] and shown == [] and window.statusBar().currentMessage() == ""


def test_progress_on_the_gui_thread_and_arrived_before_the_refusal_is_said(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    order: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: order.append("box"))

    def work(progress):
        order.append(f"progress {progress(1, 1, 'Klart')}")
        raise ValidationError("Fel")
    op = ServiceOp(window, work, progress=True)
    op.arrived.connect(lambda: order.append("arrived"))
    assert op.run() is False and op.done.is_set()
    assert order == ["progress True", "arrived", "box"]


def test_a_crash_in_a_worker_is_logged_with_its_traceback_and_shown_once_without_it(qtbot, monkeypatch, caplog):
    window = QWidget()
    qtbot.addWidget(window)
    shown, reported = boxes(monkeypatch), []
    monkeypatch.setattr(operations, "show_error", lambda what, report, parent: reported.append(what))

    def broken(_progress):
        raise KeyError("mall")
    op = ServiceOp(window, broken, progress=True)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background(operations.long_work_pool())
    assert reported == ["KeyError: 'mall'"] and shown == []  # the dialog's headline: no traceback
    [record] = [r for r in caplog.records if r.name == operations.__name__]
    assert record.exc_info is not None and record.exc_info[0] is KeyError  # the traceback is in the log


def test_lookup_answers_none_for_a_refusal_and_says_nothing(qtbot, monkeypatch):
    shown = boxes(monkeypatch)
    assert operations.lookup(refuse()) is None
    found = operations.lookup(lambda: 5)
    assert found is not None and found.value == 5 and shown == []


def test_settle_takes_the_outcome_now_and_the_late_signal_finds_it_taken(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    results: list[int] = []
    finished: list[bool] = []
    op = ServiceOp(window, lambda: 7).success(results.append)
    op.finished.connect(lambda: finished.append(True))
    op.run_in_background()
    op.settle()  # the queued signal has not been delivered yet: the result is taken here, on the GUI thread
    assert results == [7] and finished == [True]
    QCoreApplication.processEvents()  # the worker emitted before it let go: its queued signal is delivered now
    assert results == [7] and finished == [True]  # said once
