"""Table models of meetings, attendance and cases (read-only lists over DTOs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.meeting_dto import (
    ActionDTO,
    AttachmentDTO,
    AttendanceDTO,
    CaseDTO,
    CaseHistoryEntry,
    MeetingDTO,
)
from ..i18n import STOCKHOLM, format_date, format_time
from ..labels import (
    action_status_labels,
    attendance_labels,
    case_status_labels,
    meeting_kind_labels,
    meeting_status_labels,
    minutes_status_labels,
    outcome_labels,
    role_labels,
)
from .table_model import Column, DtoTableModel


def meeting_model(parent=None) -> DtoTableModel[MeetingDTO]:
    statuses, kinds, minutes = meeting_status_labels(), meeting_kind_labels(), minutes_status_labels()
    return DtoTableModel([
        Column(QCoreApplication.translate("MeetingModels", "Date"),
               lambda m: format_date(m.starts_at.astimezone(STOCKHOLM).date())),
        Column(QCoreApplication.translate("MeetingModels", "Time"),
               lambda m: f"{format_time(m.starts_at)}–{format_time(m.ends_at)}"),
        Column(QCoreApplication.translate("MeetingModels", "Place"), lambda m: m.place or m.online_link or "",
               lambda m: m.online_link or ""),
        Column(QCoreApplication.translate("MeetingModels", "Kind"), lambda m: kinds[m.kind]),
        Column(QCoreApplication.translate("MeetingModels", "Status"), lambda m: statuses[m.status],
               lambda m: m.cancel_reason or ""),
        Column(QCoreApplication.translate("MeetingModels", "Minutes"), lambda m: minutes[m.minutes_status]),
        Column(QCoreApplication.translate("MeetingModels", "Items"), lambda m: str(m.item_count)),
    ], parent)


def attendance_model(parent=None) -> DtoTableModel[AttendanceDTO]:
    statuses, roles = attendance_labels(), role_labels()

    def role(a: AttendanceDTO) -> str:
        if a.is_guest:
            return QCoreApplication.translate("MeetingModels", "Guest")
        return roles[a.role] if a.role else ""

    def part(a: AttendanceDTO) -> str:
        if a.present_from_paragraph is None and a.present_to_paragraph is None:
            return ""
        return f"§ {a.present_from_paragraph or '…'}–{a.present_to_paragraph or '…'}"

    return DtoTableModel([
        Column(QCoreApplication.translate("MeetingModels", "Name"), lambda a: a.person_name),
        Column(QCoreApplication.translate("MeetingModels", "Role"), role),
        Column(QCoreApplication.translate("MeetingModels", "Represents"), lambda a: a.represents_name or ""),
        Column(QCoreApplication.translate("MeetingModels", "Attendance"), lambda a: statuses[a.status]),
        Column(QCoreApplication.translate("MeetingModels", "Substitute for"), lambda a: a.substitute_for_name or ""),
        Column(QCoreApplication.translate("MeetingModels", "Part of meeting"), part),
    ], parent)


def case_model(parent=None) -> DtoTableModel[CaseDTO]:
    statuses = case_status_labels()
    return DtoTableModel([
        Column(QCoreApplication.translate("MeetingModels", "Case"), lambda c: c.title),
        Column(QCoreApplication.translate("MeetingModels", "Status"), lambda c: statuses[c.status]),
        Column(QCoreApplication.translate("MeetingModels", "Held by"), lambda c: c.group_name),
        Column(QCoreApplication.translate("MeetingModels", "Raised by"), lambda c: c.raised_by_group_name or ""),
        Column(QCoreApplication.translate("MeetingModels", "Last meeting"), lambda c: format_date(c.last_meeting_on)),
    ], parent)


def case_history_model(parent=None) -> DtoTableModel[CaseHistoryEntry]:
    outcomes = outcome_labels()
    return DtoTableModel([
        Column(QCoreApplication.translate("MeetingModels", "Date"), lambda e: format_date(e.meeting_on)),
        Column(QCoreApplication.translate("MeetingModels", "Group"), lambda e: e.group_name),
        Column("§", lambda e: str(e.paragraph) if e.paragraph else ""),
        Column(QCoreApplication.translate("MeetingModels", "Outcome"),
               lambda e: outcomes[e.outcome] if e.outcome else ""),
        Column(QCoreApplication.translate("MeetingModels", "Reason / to"),
               lambda e: " → ".join(x for x in (e.outcome_reason, e.target_group_name) if x)),
    ], parent)


def action_model(parent=None) -> DtoTableModel[ActionDTO]:
    statuses = action_status_labels()
    return DtoTableModel([
        Column(QCoreApplication.translate("MeetingModels", "What"), lambda a: a.what),
        Column(QCoreApplication.translate("MeetingModels", "Who"), lambda a: " / ".join(
            x for x in (a.responsible_person_name, a.responsible_organisation_name) if x)),
        Column(QCoreApplication.translate("MeetingModels", "When"), lambda a: format_date(a.due_on)),
        Column(QCoreApplication.translate("MeetingModels", "Status"), lambda a: statuses[a.status]),
    ], parent)


def attachment_model(parent=None) -> DtoTableModel[AttachmentDTO]:
    return DtoTableModel([
        Column(QCoreApplication.translate("MeetingModels", "Attachment"), lambda a: a.file_name),
        Column(QCoreApplication.translate("MeetingModels", "Size"), lambda a: f"{max(1, a.size // 1024)} kB"),
    ], parent)
