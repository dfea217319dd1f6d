"""ui/widgets/approval_bar.py on its own (without the meeting editor): the status line and which buttons are
greyed with which reason in each state, who the minutes go to, the review file, a receipt refused in words,
and every change announced on the change hub. tests/ui/widgets/test_approval_bar_attendance.py and
tests/ui/pages/test_approval_panel.py play the same bar inside the editor."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import text

from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus, Role
from samverkan_desktop.domain.minutes_hash import short_hash
from samverkan_desktop.domain.review_file import REVIEW_SUFFIX, load_review
from samverkan_desktop.services import agenda, approval, meetings, memberships, minutes
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.approval_dialog import ApprovalDialog
from samverkan_desktop.ui.dialogs.reopen_dialog import ReopenDialog
from samverkan_desktop.ui.operations import change_hub
from samverkan_desktop.ui.widgets.approval_bar import ApprovalBar


@pytest.fixture
def meeting(uow, register) -> int:
    """A planned LGS meeting with one item; Anna Berg is the chair."""
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting_id = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13),
                                                          time(15))).value.id
    agenda.add_item(uow, meeting_id, AgendaItemData("Information från regionen"))
    return meeting_id


@pytest.fixture
def announced(qapp) -> list:
    seen: list = []
    change_hub().changed.connect(seen.append)
    yield seen
    change_hub().changed.disconnect(seen.append)


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, body, *rest: said.append((title, body)))
    return said


def _bar(qtbot, uow, meeting_id, prepare=lambda: True) -> ApprovalBar:
    bar = ApprovalBar(uow, meetings.get_meeting(uow, meeting_id), prepare)
    qtbot.addWidget(bar)
    bar.show_state(meetings.get_meeting(uow, meeting_id))
    return bar


def _held(uow, meeting_id) -> None:
    meetings.mark_held(uow, meeting_id)
    minutes.attendance(uow, meeting_id)


def test_a_planned_meetings_minutes_wait_for_it_to_be_held(qtbot, uow, meeting) -> None:
    bar = _bar(qtbot, uow, meeting)
    digest = approval.minutes_state(uow, meeting).current_hash
    assert bar.label.text() == f"Anteckningar: utkast, kontrollsumma {short_hash(digest)}"
    why = "Markera först mötet som genomfört (”Markera som genomfört”)."
    for button in (bar.send_button, bar.approve_button, bar.review_button, bar.receipt_button):
        assert not button.isEnabled() and button.toolTip() == why
    assert not bar.reopen_button.isEnabled()
    assert bar.reopen_button.toolTip() == "Ett utkast är öppet för ändringar: det finns inget att öppna igen."
    assert bar.signature_label.isHidden()


def test_held_draft_minutes_may_be_sent_and_approved(qtbot, uow, meeting) -> None:
    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting)
    assert all(b.isEnabled() for b in (bar.send_button, bar.approve_button, bar.review_button, bar.receipt_button))


def test_sending_goes_to_the_chair_and_is_announced(qtbot, uow, meeting, announced) -> None:
    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting)
    bar.send_button.click()
    assert approval.minutes_state(uow, meeting).status is MinutesStatus.FOR_APPROVAL
    assert [c.touches_meeting(meeting) for c in announced] == [True]
    bar.show_state(meetings.get_meeting(uow, meeting))
    assert not bar.send_button.isEnabled()
    assert bar.send_button.toolTip() == "Anteckningarna är redan skickade för godkännande."
    assert bar.approve_button.isEnabled() and bar.reopen_button.isEnabled()


def test_when_prepare_says_stop_nothing_is_sent_or_written(qtbot, uow, meeting, announced, monkeypatch) -> None:
    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting, prepare=lambda: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))
    monkeypatch.setattr(ApprovalDialog, "exec", lambda dialog: pytest.fail("the approval dialog opened"))
    bar.send_for_approval()
    assert bar.export_review_file() is None
    bar.record_approval()
    assert approval.minutes_state(uow, meeting).status is MinutesStatus.DRAFT and announced == []


def test_only_a_vice_chair_gets_the_minutes_without_being_asked(qtbot, uow, register, meeting, monkeypatch) -> None:
    memberships.save_membership(uow, MembershipData(register["bo"].id, register["lgs"].id, Role.VICE_CHAIR,
                                                    register["region"].id, date(2025, 1, 1)))
    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting)
    monkeypatch.setattr(bar, "choose_recipient", lambda chair, vice: None)  # the secretary cancels
    bar.send_for_approval()
    assert approval.minutes_state(uow, meeting).status is MinutesStatus.DRAFT
    monkeypatch.setattr(bar, "choose_recipient", lambda chair, vice: (chair, vice) == ("Anna Berg", "Bo Ek"))
    bar.send_for_approval()
    assert approval.minutes_state(uow, meeting).status is MinutesStatus.FOR_APPROVAL


def test_the_review_file_is_written_where_the_user_says(qtbot, uow, meeting, tmp_path, monkeypatch) -> None:
    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting)
    suggested = []

    def ask(parent, title, path, filters):
        suggested.append(path)
        return str(tmp_path / f"granskning{REVIEW_SUFFIX}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    path = bar.export_review_file()
    assert path == tmp_path / f"granskning{REVIEW_SUFFIX}"
    assert suggested[0].endswith(f"granskning Ledningsgrupp för samverkan 2026-03-10{REVIEW_SUFFIX}")
    review = load_review(path.read_bytes())
    assert review.content_hash == approval.minutes_state(uow, meeting).current_hash
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert bar.export_review_file() is None


def test_a_receipt_that_is_too_large_or_unreadable_is_refused_in_words(qtbot, uow, meeting, tmp_path,
                                                                         monkeypatch, messages) -> None:
    from samverkan_desktop.domain.strict_json import MAX_BYTES

    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting)
    large = tmp_path / "stort.kvitto"
    large.write_bytes(b"x" * (MAX_BYTES + 1))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(large), ""))
    bar.import_receipt()
    assert messages[-1][1] == "Kvittot är för stort och kan inte användas."
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "borta.kvitto"), ""))
    bar.import_receipt()
    assert messages[-1][1] == "Kvittot borta.kvitto kan inte läsas."
    damaged = tmp_path / "trasigt.kvitto"
    damaged.write_bytes(b"{}")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    bar.import_receipt()
    assert len(messages) == 3 and approval.minutes_state(uow, meeting).status is MinutesStatus.DRAFT


def test_an_approval_recorded_is_announced_and_shown_with_who_and_when(qtbot, uow, meeting, announced,
                                                                         monkeypatch) -> None:
    _held(uow, meeting)
    bar = _bar(qtbot, uow, meeting)

    def approve(dialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ApprovalDialog, "exec", approve)
    bar.approve_button.click()
    assert [c.touches_meeting(meeting) for c in announced] == [True]
    bar.show_state(meetings.get_meeting(uow, meeting))
    state = approval.minutes_state(uow, meeting)
    assert bar.label.text().startswith("Godkända av ordförande Anna Berg den ")
    assert bar.label.text().endswith(f"(kontrollsumma {state.valid_approval.short_hash})")
    assert bar.signature_label.text() == "Osignerat godkännande: godkännandet visar inte vem som gjorde det"
    assert not bar.signature_label.isHidden()
    assert not bar.approve_button.isEnabled()
    assert bar.approve_button.toolTip() == "Anteckningarna är godkända: öppna dem igen för att ändra något."


def test_an_approval_whose_content_changed_since_is_not_shown_as_approved(qtbot, uow, engine, meeting) -> None:
    _held(uow, meeting)
    approval.approve(uow, meeting, approval.minutes_state(uow, meeting).approvers[0][0], ApprovalMethod.EMAIL)
    with engine.begin() as connection:  # changed past the app
        connection.execute(text("UPDATE agenda_item SET notes = 'ändrat i databasen'"))
    bar = _bar(qtbot, uow, meeting)
    assert bar.label.text().startswith("Anteckningar (godkända): godkännandet gäller inte längre")
    assert "#c62828" in bar.label.styleSheet() and bar.signature_label.isHidden()


def test_reopening_is_announced_only_when_the_dialog_is_accepted(qtbot, uow, meeting, announced,
                                                                  monkeypatch) -> None:
    bar = _bar(qtbot, uow, meeting)
    monkeypatch.setattr(ReopenDialog, "exec", lambda dialog: 0)
    bar.reopen_minutes()
    assert announced == []
    monkeypatch.setattr(ReopenDialog, "exec", lambda dialog: 1)
    bar.reopen_minutes()
    assert len(announced) == 1 and announced[0].touches_meeting(meeting)
