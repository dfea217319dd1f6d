"""The Beslutslogg tab: search as you type (Swedish letters apart, prefix), filters, opening the meeting at the
found item from the main window, and the Excel export written off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date, time

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

import samverkan_desktop.services.decision_log as decision_log_service
from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.services import agenda, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.ui.pages.decision_log_tab import SEARCH_DELAY_MS


@pytest.fixture
def decisions(uow, register):
    lgs = register["lgs"].id
    meeting = meetings.create_meeting(uow, MeetingData(lgs, date(2026, 3, 10), time(9), time(11))).value.id
    found = {}
    for title, notes, decision in (
            ("Förankring av SIP-rutinen", None, "att förankra rutinen i varje förvaltning"),
            ("Uppföljning av avtalet", "Avtalet följs upp varje år.", "att följa upp avtalet"),
            ("Mark för nytt boende", "Tomten är 12 ar stor.", "att köpa marken")):
        item = agenda.add_item(uow, meeting, AgendaItemData(title, ItemKind.DECISION)).id
        minutes.save_text(uow, item, notes, decision)
        minutes.set_outcome(uow, item, OutcomeData(Outcome.DECIDED))
        found[title.split()[0]] = item
    return meeting, found


def open_log(main_window, qtbot):
    main_window.show_follow_up()
    page = main_window.follow_up_page
    page.tabs.setCurrentWidget(page.decision_log)
    tab = page.decision_log
    qtbot.waitUntil(lambda: not tab.searching, timeout=5000)
    return tab


def search(tab, qtbot, text: str) -> list[str]:
    tab.search.setText(text)
    assert tab.searching  # in a worker, after the typing pauses
    qtbot.waitUntil(lambda: not tab.searching, timeout=SEARCH_DELAY_MS * 8 + 5000)
    return [tab.model.row_at(r).title for r in range(tab.model.rowCount())]


def test_search_keeps_swedish_letters_apart_and_finds_by_prefix(main_window, qtbot, decisions, qtmodeltester):
    tab = open_log(main_window, qtbot)
    assert tab.model.rowCount() == 3 and tab.summary.text() == "3 beslut"
    qtmodeltester.check(tab.model)
    assert search(tab, qtbot, "ar") == ["Mark för nytt boende"]
    assert search(tab, qtbot, "år") == ["Uppföljning av avtalet"]
    assert search(tab, qtbot, "förank*") == ["Förankring av SIP-rutinen"]
    tooltip = tab.model.data(tab.model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert "<b>Förankring</b>" in tooltip  # the best-matching passage, matched word marked
    assert search(tab, qtbot, 'förank* "-:') == ["Förankring av SIP-rutinen"]  # FTS syntax is not the user's


def test_a_search_that_stops_counting_says_more_than_and_fetches_on(main_window, qtbot, decisions, monkeypatch,
                                                                     qtmodeltester):
    monkeypatch.setattr(decision_log_service, "COUNT_LIMIT", 1)
    monkeypatch.setattr(decision_log_service, "RANK_MARGIN", 0)  # so that a page does not read every match
    tab = open_log(main_window, qtbot)
    tab.model.page_size = 1
    assert len(search(tab, qtbot, "att*")) == 1  # the three decisions: one page shown, the rest not counted
    assert tab.summary.text() == tab.tr("More than %1 decisions").replace("%1", "1")
    assert tab.model.canFetchMore()
    while tab.model.canFetchMore():
        tab.model.fetchMore()  # read in a worker: the rows arrive later
        assert tab.model.fetching and tab.page_task is not None
        qtbot.waitUntil(lambda: not tab.model.fetching, timeout=5000)
    assert sorted(tab.model.row_at(r).title for r in range(tab.model.rowCount())) == [
        "Förankring av SIP-rutinen", "Mark för nytt boende", "Uppföljning av avtalet"]
    qtmodeltester.check(tab.model)
    search(tab, qtbot, "boende")
    assert tab.summary.text() == "1 beslut"


def test_the_first_page_is_a_screenful_and_the_next_is_read_in_a_worker_a_keystroke_drops(
        main_window, qtbot, decisions, monkeypatch, qtmodeltester):
    """The first page is SCREEN_PAGE rows, not 200: what a window shows. Scrolling reads the next page in a worker
    (not the GUI thread); a keystroke while it is read stops it, and its rows never reach the new list."""
    assert main_window.follow_up_page.decision_log.model.page_size == decision_log_service.SCREEN_PAGE == 50
    tab = open_log(main_window, qtbot)
    tab.model.page_size = 1
    real = decision_log_service.decision_log
    gui_thread = threading.get_ident()
    threads: list[int] = []
    started, release = threading.Event(), threading.Event()

    def service(uow, wanted, offset=0, limit=200, cancel=None):
        threads.append(threading.get_ident())
        if offset == 1 and wanted.text == "att*":
            started.set()
            assert release.wait(10)
        return real(uow, wanted, offset, limit, cancel)

    monkeypatch.setattr(decision_log_service, "decision_log", service)
    assert len(search(tab, qtbot, "att*")) == 1 and tab.model.canFetchMore()
    tab.model.fetchMore()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert tab.model.fetching and threads[-1] != gui_thread
    tab.search.setText("boende")  # the page on its way is stale now
    release.set()
    assert not tab.model.fetching and tab.page_task is None
    qtbot.waitUntil(lambda: not tab.searching, timeout=SEARCH_DELAY_MS * 8 + 5000)
    tab.wait_for_searches()
    assert [tab.model.row_at(r).title for r in range(tab.model.rowCount())] == ["Mark för nytt boende"]
    assert all(thread != gui_thread for thread in threads)
    qtmodeltester.check(tab.model)


def test_a_bad_period_is_said_in_words(main_window, qtbot, decisions):
    tab = open_log(main_window, qtbot)
    tab.date_from.setText("2026-12-31")
    tab.date_to.setText("2026-01-01")
    tab.reload()
    qtbot.waitUntil(lambda: not tab.searching, timeout=5000)
    assert tab.summary.text() == "Periodens början kan inte ligga efter dess slut."
    assert tab.model.rowCount() == 3  # the list shown before stays


def test_double_click_opens_the_meeting_at_the_item(main_window, qtbot, decisions):
    meeting, found = decisions
    tab = open_log(main_window, qtbot)
    search(tab, qtbot, "boende")
    tab._open(0)
    editor = main_window.group_page.editors[meeting]
    assert editor.isVisible() and editor.current_item().id == found["Mark"]
    editor.close()


def test_export_to_excel_reads_back(main_window, qtbot, decisions, tmp_path, monkeypatch):
    tab = open_log(main_window, qtbot)
    search(tab, qtbot, "avtal*")
    target = tmp_path / "logg.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    tab.export(".xlsx")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    sheet = openpyxl.load_workbook(target).active
    titles = [row[3] for row in sheet.iter_rows(values_only=True) if row and row[3]]
    assert "Uppföljning av avtalet" in titles and "Mark för nytt boende" not in titles


def test_the_preview_shows_att_clauses_and_typed_bullets_as_a_list(main_window, qtbot, uow, decisions):
    _meeting, found = decisions
    minutes.save_text(uow, found["Förankring"], None, "att förankra rutinen\n- att följa upp i maj")
    tab = open_log(main_window, qtbot)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).title.startswith("Förankring"))
    tab._preview(row)
    text = tab.preview.text()
    assert "<ul><li>förankra rutinen</li><li>följa upp i maj</li></ul>" in text
    assert "Beslut:</b> att" in text and "- att" not in text


def test_the_minutes_html_keeps_substitutes_and_lists_clauses():
    from samverkan_desktop.ui.minutes_html import minutes_html

    content = {"meeting": {"group": "LGS", "starts": "2026-03-10T12:00:00+00:00", "ends": "2026-03-10T14:00:00+00:00"},
               "attendance": [{"person": "Bo Ek", "status": "narvarande", "represents": "VGR",
                               "substitute_for": "Anna Berg"}],
               "items": [{"paragraph": 1, "title": "Rutin", "notes": "Läget:\n* bra\n- sämre",
                          "decision": "att anta rutinen\natt följa upp", "outcome": None}]}
    html = minutes_html(content)
    assert "Bo Ek (VGR) (ersättare för Anna Berg)" in html
    assert "<ul><li>bra</li><li>sämre</li></ul>" in html
    assert "<ul><li>anta rutinen</li><li>följa upp</li></ul>" in html


def test_the_search_runs_in_a_worker_and_a_new_keystroke_cancels_the_running_one(main_window, qtbot, decisions,
                                                                                 monkeypatch):
    """Not a timing test: the first search blocks in its worker until it is cancelled; typing on cancels it
    (the cancel hook runs), its result never reaches the model, and the second search's result does."""
    tab = open_log(main_window, qtbot)
    real = decision_log_service.decision_log
    gui_thread = threading.get_ident()
    calls: list[tuple[str, int]] = []  # (text, thread id) of every query
    first_started, first_cancelled = threading.Event(), threading.Event()

    def service(uow, wanted, offset=0, limit=200, cancel=None):
        calls.append((wanted.text, threading.get_ident()))
        if wanted.text == "avtal*" and offset == 0:
            assert cancel is not None
            original = cancel.cancel

            def hook():
                original()
                first_cancelled.set()

            cancel.cancel = hook
            first_started.set()
            assert first_cancelled.wait(10)  # the worker is inside its query until the next keystroke
            page = real(uow, wanted, offset, limit)  # a result that must never be shown
            return page
        return real(uow, wanted, offset, limit, cancel)

    monkeypatch.setattr(decision_log_service, "decision_log", service)
    shown: list[tuple[str, ...]] = []
    tab.model.modelReset.connect(lambda: shown.append(tuple(tab.model.row_at(r).title
                                                            for r in range(tab.model.rowCount()))))
    tab.search.setText("avtal*")
    qtbot.waitUntil(first_started.is_set, timeout=5000)
    assert calls[-1][1] != gui_thread  # the service runs on a worker thread, not the GUI thread
    tab.search.setText("boende")  # the next keystroke: the running query is cancelled at once
    assert first_cancelled.is_set()
    qtbot.waitUntil(lambda: not tab.searching, timeout=5000)
    assert [text for text, _thread in calls] == ["avtal*", "boende"]
    assert all(thread != gui_thread for _text, thread in calls)
    assert shown == [("Mark för nytt boende",)]  # only the second search reached the model
    tab.wait_for_searches()
    assert [tab.model.row_at(r).title for r in range(tab.model.rowCount())] == ["Mark för nytt boende"]


def test_a_decision_changed_elsewhere_searches_again_when_shown(main_window, qtbot, uow, decisions):
    """The tab follows the change hub (issue 21 point 1): a meeting changed in its editor is announced, and the
    log in view searches again after the typing pause; hidden, it waits until its page shows it."""
    from samverkan_desktop.ui.operations import Changes, notify

    meeting, _found = decisions
    tab = open_log(main_window, qtbot)
    assert tab.model.rowCount() == 3
    item = agenda.add_item(uow, meeting, AgendaItemData("Nytt beslut", ItemKind.DECISION)).id
    minutes.save_text(uow, item, None, "att anta planen")
    minutes.set_outcome(uow, item, OutcomeData(Outcome.DECIDED))
    notify(Changes.meeting(meeting, None))
    assert tab.searching  # debounced like a keystroke, in a worker
    qtbot.waitUntil(lambda: not tab.searching, timeout=SEARCH_DELAY_MS * 8 + 5000)
    assert tab.model.rowCount() == 4 and tab.summary.text() == "4 beslut"
    page = main_window.follow_up_page
    page.tabs.setCurrentWidget(page.actions_tab)
    notify(Changes.meeting(meeting, None))
    assert not tab.searching  # hidden: nothing searched for nobody
