"""Registrera förankring: a party's anchoring of a consensus decision, with the Swedish errors shown at the date
field (nothing stored then), and the pending list in Förankring shrinking once the decision is genomförd."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from samverkan_desktop.domain.enums import AnchoringStatus, ItemKind, Outcome, Role
from samverkan_desktop.services import agenda, audit, meetings, minutes
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.follow_up import AnchoringRow, anchoring_for
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.ui.dialogs.anchoring_dialog import AnchoringDialog
from samverkan_desktop.ui.pages.follow_up_lists import AnchoringTab

D = date
MEETING_DAY = D(2026, 3, 10)


@pytest.fixture
def decision(uow, register) -> int:
    """A held LGS meeting with one decision taken in consensus by Göteborgs Stad and Västra Götalandsregionen:
    one anchoring row per party. Returns the meeting's id."""
    lgs = register["lgs"].id
    save_membership(uow, MembershipData(register["anna"].id, lgs, Role.CHAIR, register["kommun"].id, D(2025, 1, 1)))
    save_membership(uow, MembershipData(register["bo"].id, lgs, Role.MEMBER, register["region"].id, D(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(lgs, MEETING_DAY, time(13), time(15))).value.id
    item = agenda.add_item(uow, meeting, AgendaItemData("Gemensam rutin för SIP", ItemKind.DECISION)).id
    minutes.save_text(uow, item, None, "att anta rutinen")
    minutes.set_outcome(uow, item, OutcomeData(Outcome.DECIDED))
    meetings.mark_held(uow, meeting)
    return meeting


def party_row(uow, name: str) -> AnchoringRow:
    return next(r for r in anchoring_for(uow, pending_only=False) if r.organisation_name == name)


def dialog_for(qtbot, uow, row: AnchoringRow) -> AnchoringDialog:
    dialog = AnchoringDialog(uow, row)
    qtbot.addWidget(dialog)
    return dialog


def anchoring_events(uow, meeting: int) -> list[str]:
    return [e.summary for e in audit.meeting_history(uow, meeting) if e.entity == "förankring"]


def test_the_dialog_names_the_decision_and_speaks_swedish(qtbot, uow, decision) -> None:
    dialog = dialog_for(qtbot, uow, party_row(uow, "Göteborgs Stad"))
    assert dialog.windowTitle() == "Förankring"
    labels = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert labels == ["Ej påbörjad", "Förankrad", "Genomförd", "Ej aktuell"]
    assert dialog.status.value() is AnchoringStatus.NOT_STARTED and dialog.on_date.text() == ""
    decided = dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget().text()
    assert decided == "Göteborgs Stad: Gemensam rutin för SIP (Ledningsgrupp för samverkan 2026-03-10)"


@pytest.mark.parametrize(("status", "message"), [
    (AnchoringStatus.ANCHORED, "Ange datum då beslutet förankrades."),
    (AnchoringStatus.IMPLEMENTED, "Ange datum då beslutet genomfördes."),
])
def test_a_dated_status_without_a_date_is_refused_at_the_date_and_stores_nothing(
        qtbot, uow, decision, status, message) -> None:
    dialog = dialog_for(qtbot, uow, party_row(uow, "Göteborgs Stad"))
    dialog.status.set_value(status)
    dialog.note.setPlainText("Tas upp i nämnden")
    dialog.accept()
    assert dialog.error_text("on_date") == message
    assert dialog.result() == 0 and dialog.result_value is None  # still open
    stored = party_row(uow, "Göteborgs Stad")
    assert (stored.status, stored.on_date, stored.note) == (AnchoringStatus.NOT_STARTED, None, None)
    assert anchoring_events(uow, decision) == []


@pytest.mark.parametrize(("typed", "message"), [
    ("2026-03-09", "Datumet kan inte ligga före mötet där beslutet fattades (2026-03-10)."),
    ("10 mars", "”10 mars” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-10."),
])
def test_a_date_before_the_meeting_or_not_a_date_is_refused(qtbot, uow, decision, typed, message) -> None:
    dialog = dialog_for(qtbot, uow, party_row(uow, "Göteborgs Stad"))
    dialog.status.set_value(AnchoringStatus.ANCHORED)
    dialog.on_date.setText(typed)
    dialog.accept()
    assert dialog.error_text("on_date") == message
    assert party_row(uow, "Göteborgs Stad").status is AnchoringStatus.NOT_STARTED

    dialog.on_date.setText("2026-03-10")  # corrected: the meeting's own day is fine
    dialog.accept()
    assert dialog.result() == 1
    assert party_row(uow, "Göteborgs Stad").on_date == MEETING_DAY


def test_a_dated_anchoring_is_stored_and_shown_again(qtbot, uow, decision) -> None:
    dialog = dialog_for(qtbot, uow, party_row(uow, "Västra Götalandsregionen"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.status.set_value(AnchoringStatus.ANCHORED)
    dialog.on_date.setText("2026-04-01")
    dialog.note.setPlainText("  Förankrat i regionens ledningsgrupp  ")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved: AnchoringRow = dialog.result_value
    assert (saved.status, saved.on_date, saved.note) == (
        AnchoringStatus.ANCHORED, D(2026, 4, 1), "Förankrat i regionens ledningsgrupp")
    assert party_row(uow, "Västra Götalandsregionen") == saved
    assert party_row(uow, "Göteborgs Stad").status is AnchoringStatus.NOT_STARTED  # the other party's is its own
    assert anchoring_events(uow, decision) == [
        "Västra Götalandsregionen: Gemensam rutin för SIP: forankrad 2026-04-01"]

    again = dialog_for(qtbot, uow, saved)  # opened again: what was stored
    assert again.status.value() is AnchoringStatus.ANCHORED
    assert again.on_date.text() == "2026-04-01"
    assert again.note.toPlainText() == "Förankrat i regionens ledningsgrupp"


def test_not_started_drops_a_date_and_not_applicable_needs_none(qtbot, uow, decision) -> None:
    dialog = dialog_for(qtbot, uow, party_row(uow, "Göteborgs Stad"))
    dialog.status.set_value(AnchoringStatus.NOT_STARTED)
    dialog.on_date.setText("2026-04-01")
    dialog.accept()
    assert dialog.result() == 1 and dialog.result_value.on_date is None

    dialog = dialog_for(qtbot, uow, party_row(uow, "Göteborgs Stad"))
    dialog.status.set_value(AnchoringStatus.NOT_APPLICABLE)
    dialog.note.setPlainText("Gäller inte kommunen")
    dialog.accept()
    assert dialog.result() == 1
    assert (dialog.result_value.status, dialog.result_value.on_date) == (AnchoringStatus.NOT_APPLICABLE, None)


def test_the_pending_list_shrinks_once_the_decision_is_implemented(qtbot, uow, decision, monkeypatch) -> None:
    tab = AnchoringTab(uow)
    qtbot.addWidget(tab)
    tab.reload()
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == [
        "Göteborgs Stad", "Västra Götalandsregionen"]

    def fill(status: AnchoringStatus, day: str):
        def run(dialog: AnchoringDialog) -> int:
            dialog.status.set_value(status)
            dialog.on_date.setText(day)
            dialog.accept()
            return dialog.result()
        return run

    tab.view.selectRow(0)
    monkeypatch.setattr(AnchoringDialog, "exec", fill(AnchoringStatus.IMPLEMENTED, ""))
    tab.edit_button.click()  # refused: nothing stored, the list as it was
    assert tab.model.rowCount() == 2 and party_row(uow, "Göteborgs Stad").status is AnchoringStatus.NOT_STARTED

    monkeypatch.setattr(AnchoringDialog, "exec", fill(AnchoringStatus.ANCHORED, "2026-03-20"))
    tab.edit_button.click()  # förankrad: still to be implemented, still pending
    assert tab.model.rowCount() == 2 and tab.model.index(0, 3).data() == "Förankrad"

    tab.view.selectRow(0)
    monkeypatch.setattr(AnchoringDialog, "exec", fill(AnchoringStatus.IMPLEMENTED, "2026-05-04"))
    tab.edit_button.click()  # genomförd: done with
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["Västra Götalandsregionen"]
    stored = party_row(uow, "Göteborgs Stad")
    assert (stored.status, stored.on_date) == (AnchoringStatus.IMPLEMENTED, D(2026, 5, 4))
