"""Choosing who took the minutes and the justerare in the meeting editor's attendance tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.services import documents, groups, meetings, memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.services.minutes_people import minutes_people
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor


def _choose(combo, name: str) -> None:
    index = combo.findText(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_secretary_defaults_to_the_groups_and_a_choice_is_saved(qtbot, uow, register):
    lgs = register["lgs"]
    memberships.save_membership(uow, MembershipData(register["cilla"].id, lgs.id, Role.SECRETARY))
    memberships.save_membership(uow, MembershipData(register["anna"].id, lgs.id, Role.CHAIR))
    memberships.save_membership(uow, MembershipData(register["bo"].id, lgs.id, Role.MEMBER))
    meeting_id = meetings.create_meeting(uow, MeetingData(lgs.id, date(2026, 3, 10), time(13), time(15))).value.id
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    editor.show()
    bar = editor.attendance_tab.people_bar
    qtbot.waitUntil(lambda: bar.secretary_combo.count() > 1)
    assert bar.secretary_combo.currentText() == "Gruppens sekreterare (Cilla Lund)"
    assert not bar.justerare_combo.isVisibleTo(editor)  # the group has no justering lines
    _choose(bar.secretary_combo, "Bo Ek")
    assert minutes_people(uow, meeting_id).secretary_id == register["bo"].id
    assert documents.minutes_document(uow, meeting_id).secretary == "Bo Ek"

    groups.update_group(uow, lgs.id, replace(_data(uow, lgs.id), justering_lines=True))
    bar.reload()
    assert bar.justerare_combo.isVisibleTo(editor)
    _choose(bar.justerare_combo, "Anna Berg")
    doc = documents.minutes_document(uow, meeting_id)
    assert [(s.role, s.name) for s in doc.signatories] == [("Ordförande", "Anna Berg"), ("Justerare", "Anna Berg")]


def _data(uow, group_id):
    from samverkan_desktop.services.dto import GroupData

    g = groups.get_group(uow, group_id)
    return GroupData(g.name, g.kind, g.short_name, g.parent_id, g.active_from, g.active_to, g.minutes_published_at,
                     g.justering_lines)
