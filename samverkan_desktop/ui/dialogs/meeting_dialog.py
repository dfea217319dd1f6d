from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QLineEdit, QWidget

from ...services import UnitOfWork, meetings
from ...services.meeting_dto import MeetingData, MeetingDTO
from ..i18n import STOCKHOLM
from ..labels import meeting_kind_labels
from ..widgets.combos import enum_combo
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog
from ..widgets.time_field import TimeField


class MeetingDialog(FormDialog):
    """Plan or change one meeting. Holidays, weekends and clashes are shown before saving."""

    def __init__(self, uow: UnitOfWork, group_id: int, existing: MeetingDTO | None = None,
                 parent: QWidget | None = None, *, day: date | None = None) -> None:
        super().__init__(self.tr("Edit meeting") if existing else self.tr("New meeting"), parent)
        self.uow = uow
        self.group_id = group_id
        self.existing = existing
        self.day_edit = self.add_row(self.tr("Date"), DateField("day", self, required=True), "day")
        self.start_edit = self.add_row(self.tr("Starts"), TimeField("start", self), "start")
        self.end_edit = self.add_row(self.tr("Ends"), TimeField("end", self), "end")
        self.place_edit = self.add_row(self.tr("Place"), QLineEdit(self), "place")
        self.link_edit = self.add_row(self.tr("Online link"), QLineEdit(self), "online_link")
        self.kind_combo = self.add_row(self.tr("Kind"), enum_combo(meeting_kind_labels(), self), "kind")
        if existing:
            starts, ends = existing.starts_at.astimezone(STOCKHOLM), existing.ends_at.astimezone(STOCKHOLM)
            self.day_edit.set_value(starts.date())
            self.start_edit.set_value(starts.time())
            self.end_edit.set_value(ends.time())
            self.place_edit.setText(existing.place or "")
            self.link_edit.setText(existing.online_link or "")
            self.kind_combo.set_value(existing.kind)
        else:
            self.day_edit.set_value(day)
            self.start_edit.set_value(time(13, 0))
            self.end_edit.set_value(time(15, 0))
        self.resize(460, self.sizeHint().height())

    def data(self) -> MeetingData:
        return MeetingData(self.group_id, self.day_edit.value(), self.start_edit.value(), self.end_edit.value(),
                           self.place_edit.text(), self.link_edit.text(), self.kind_combo.value())


    def save(self) -> MeetingDTO | None:
        data = self.data()
        meeting_id = self.existing.id if self.existing else None
        warnings = meetings.planning_warnings(self.uow, data, meeting_id)
        if warnings and not self.confirm_warnings(warnings):
            return None
        if self.existing:
            return meetings.update_meeting(self.uow, self.existing.id, data).value
        return meetings.create_meeting(self.uow, data).value
