"""ui/pages/group_page.py: one group's page: the overview (facts, chair, mandate), the members (their model
checked by qtmodeltester; adding, changing, removing), a change announced for the group reloading its meetings,
one editor window per meeting, and "Underlag för årsrapport…" (the year asked for, the Word file written off the
GUI thread). tests/ui/test_main_window.py shows the page from the group tree."""

from __future__ import annotations

from datetime import date, time

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.services import mandates, meetings, memberships
from samverkan_desktop.services.dto import MandateData, MembershipData
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.dialogs.membership_dialog import MembershipDialog
from samverkan_desktop.ui.operations import Changes, change_hub, notify
from samverkan_desktop.ui.pages.group_page import GroupPage

TODAY = date(2026, 11, 22)


def test_annual_report_is_written_for_the_chosen_year(qtbot, uow, register, tmp_path, monkeypatch) -> None:
    from datetime import time

    lgs = register["lgs"].id
    held = meetings.create_meeting(uow, MeetingData(lgs, date(2026, 3, 10), time(9), time(11), "Rådhuset")).value
    meetings.mark_held(uow, held.id)
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(lgs)
    asked = {}
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (asked.setdefault("default", args[3]), True))
    target = tmp_path / "underlag.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    page.annual_report_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert asked["default"] == 2026 and str(target) in shown[0]
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Underlag för årsrapport 2026"
    assert "Gruppen höll 1 möte under 2026." in [p.text for p in document.paragraphs]


def test_cancelling_the_year_writes_nothing(qtbot, uow, register, tmp_path, monkeypatch) -> None:
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2026, False))
    asked_for_file = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked_for_file.append(args) or ("", ""))
    page.annual_report_button.click()
    assert asked_for_file == [] and getattr(page, "runner", None) is None


@pytest.fixture
def page(qtbot, uow, register) -> GroupPage:
    """LGS: Anna Berg chair for Göteborgs Stad since 2025; Bo Ek a member until 2025-12-31 (ended)."""
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    memberships.save_membership(uow, MembershipData(register["bo"].id, register["lgs"].id, Role.MEMBER,
                                                    register["region"].id, date(2025, 1, 1), date(2025, 12, 31)))
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    return page


@pytest.fixture
def hub(qapp) -> list:
    seen: list = []
    change_hub().changed.connect(seen.append)
    yield seen
    change_hub().changed.disconnect(seen.append)


def test_the_overview_names_the_group_its_chair_and_the_missing_mandate(page) -> None:
    facts = page.facts.toPlainText()
    assert page.title.text() == "Ledningsgrupp för samverkan"
    assert "(översta nivån)" in facts and "Temagrupp Äldre" in facts  # top level, with its sub-group
    assert "Anna Berg (Göteborgs Stad, kommun)" in facts
    assert "Ingen uppdragshandling registrerad." in facts
    assert page.edit_mandate_button.text() == "Lägg in uppdragshandling…"
    assert not page.mandate_history_button.isEnabled()
    assert page.mandate_history_button.toolTip() == (
        "Gruppen har inget uppdrag än: lägg in ett först (”Lägg in uppdragshandling…”).")
    assert page.access_banner.isHidden()  # SQLite: one person, everything allowed


def test_a_mandate_is_shown_with_its_version_and_meeting_count(page, uow, register) -> None:
    mandates.save_mandate(uow, register["lgs"].id, MandateData(reference="SAM 2025-1", meetings_min=4,
                                                               purpose="Samverka\nför äldre"), new_version=False)
    page.reload()
    facts = page.facts.toPlainText()
    assert "version 1 av 1" in facts and "SAM 2025-1" in facts and "minst 4" in facts
    assert "Samverka\nför äldre" in facts
    assert page.mandate_history_button.isEnabled()


def test_members_now_or_ever(qtmodeltester, page) -> None:
    qtmodeltester.check(page.member_model)
    assert [m.person_name for m in page.member_model.rows()] == ["Anna Berg"]
    page.current_only.setChecked(False)
    qtmodeltester.check(page.member_model)
    assert sorted(m.person_name for m in page.member_model.rows()) == ["Anna Berg", "Bo Ek"]


def test_removing_a_member_asks_first_and_tells_the_tree(qtbot, page, uow, register, hub, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or
                        QMessageBox.StandardButton.No)
    page.remove_membership()  # nothing chosen: nothing asked
    assert asked == []
    page.member_view.selectRow(0)
    page.remove_member_button.click()
    assert asked == ["Ta bort Anna Berg ur gruppen? Sätt hellre ett slutdatum om historiken ska finnas kvar."]
    assert page.member_model.rowCount() == 1 and hub == []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.changed) as changed:
        page.remove_member_button.click()
    assert changed.args == [register["lgs"].id]
    assert page.member_model.rowCount() == 0
    assert [c.touches_group(register["lgs"].id) for c in hub] == [True]


def test_changing_a_member_through_the_dialog_reloads_and_tells(qtbot, page, register, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(MembershipDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page.edit_membership()  # nothing chosen: no dialog
    assert opened == []
    page.member_view.selectRow(0)
    with qtbot.assertNotEmitted(page.changed):
        page.edit_member_button.click()
    assert len(opened) == 1
    monkeypatch.setattr(MembershipDialog, "exec", lambda dialog: 1)
    with qtbot.waitSignal(page.changed):
        page.add_member_button.click()


def test_a_change_to_one_of_its_meetings_reloads_the_meetings_and_cases(page, register, monkeypatch) -> None:
    reloads = []
    monkeypatch.setattr(page.meetings_tab, "reload", lambda: reloads.append("meetings"))
    monkeypatch.setattr(page.cases_tab, "reload", lambda: reloads.append("cases"))
    notify(Changes.meeting(1, register["tema"].id))  # another group's meeting
    assert reloads == []
    notify(Changes.meeting(1, register["lgs"].id))
    assert reloads == ["meetings", "cases"]


def test_one_editor_per_meeting_while_it_is_open(qtbot, page, uow, register) -> None:
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 12, 8), time(13),
                                                       time(15))).value.id
    first = page.open_meeting(meeting)
    qtbot.addWidget(first)
    assert page.open_meeting(meeting) is first and page.editors == {meeting: first}
    first.hide()
    second = page.open_meeting(meeting)
    qtbot.addWidget(second)
    assert second is not first and page.editors[meeting] is second
