"""Words shown for the domain's enums, through Qt's translation functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import (
    ActionStatus,
    AnchoringStatus,
    ApprovalMethod,
    AttendanceStatus,
    CaseStatus,
    GroupKind,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    Outcome,
    Recurrence,
    Role,
)


def organisation_kind_labels() -> dict[OrganisationKind, str]:
    return {
        OrganisationKind.REGION: QCoreApplication.translate("Labels", "Region"),
        OrganisationKind.KOMMUN: QCoreApplication.translate("Labels", "Municipality"),
        OrganisationKind.PRIVATE_PROVIDER: QCoreApplication.translate("Labels", "Private care provider"),
        OrganisationKind.MUNICIPAL_ASSOCIATION: QCoreApplication.translate("Labels", "Association of municipalities"),
        OrganisationKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def group_kind_labels() -> dict[GroupKind, str]:
    return {
        GroupKind.COORDINATION_COUNCIL: QCoreApplication.translate("Labels", "Coordination council"),
        GroupKind.COORDINATION_GROUP: QCoreApplication.translate("Labels", "Coordination group"),
        GroupKind.REGIONAL_COLLABORATION_GROUP: QCoreApplication.translate(
            "Labels", "Regional collaboration group"),
        GroupKind.MANAGEMENT_GROUP: QCoreApplication.translate("Labels", "Management group"),
        GroupKind.PREPARATION_GROUP: QCoreApplication.translate("Labels", "Preparation group"),
        GroupKind.THEME_GROUP: QCoreApplication.translate("Labels", "Theme group"),
        GroupKind.NOSAM: QCoreApplication.translate("Labels", "Local area collaboration (NOSAM)"),
        GroupKind.REFERENCE_GROUP: QCoreApplication.translate("Labels", "Reference group"),
        GroupKind.WORKING_GROUP: QCoreApplication.translate("Labels", "Working group"),
        GroupKind.OTHER: QCoreApplication.translate("Labels", "Other group"),
    }


def role_labels() -> dict[Role, str]:
    return {
        Role.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        Role.VICE_CHAIR: QCoreApplication.translate("Labels", "Vice chair"),
        Role.MEMBER: QCoreApplication.translate("Labels", "Member"),
        Role.ADJUNCT: QCoreApplication.translate("Labels", "Co-opted member"),
        Role.PROCESS_LEADER: QCoreApplication.translate("Labels", "Process leader"),
        Role.COORDINATOR: QCoreApplication.translate("Labels", "Coordinator"),
        Role.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
    }


def recurrence_labels() -> dict[Recurrence, str]:
    return {
        Recurrence.YEARLY: QCoreApplication.translate("Labels", "Yearly"),
        Recurrence.QUARTERLY: QCoreApplication.translate("Labels", "Quarterly"),
    }


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")


def meeting_status_labels() -> dict[MeetingStatus, str]:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        MeetingStatus.CALLED: QCoreApplication.translate("Labels", "Called"),
        MeetingStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }


def meeting_kind_labels() -> dict[MeetingKind, str]:
    return {
        MeetingKind.ORDINARY: QCoreApplication.translate("Labels", "Ordinary"),
        MeetingKind.EXTRA: QCoreApplication.translate("Labels", "Extra"),
    }


def minutes_status_labels() -> dict[MinutesStatus, str]:
    return {
        MinutesStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        MinutesStatus.FOR_APPROVAL: QCoreApplication.translate("Labels", "For approval"),
        MinutesStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        MinutesStatus.PUBLISHED: QCoreApplication.translate("Labels", "Published"),
    }


def item_kind_labels() -> dict[ItemKind, str]:
    return {
        ItemKind.INFORMATION: QCoreApplication.translate("Labels", "Information"),
        ItemKind.DISCUSSION: QCoreApplication.translate("Labels", "Discussion"),
        ItemKind.DECISION: QCoreApplication.translate("Labels", "Decision"),
    }


def outcome_labels() -> dict[Outcome, str]:
    return {
        Outcome.NOTED: QCoreApplication.translate("Labels", "Information noted"),
        Outcome.DECIDED: QCoreApplication.translate("Labels", "Decided in consensus"),
        Outcome.REFERRED_BACK: QCoreApplication.translate("Labels", "Referred back for renewed preparation"),
        Outcome.DEFERRED: QCoreApplication.translate("Labels", "Deferred"),
        Outcome.ESCALATED: QCoreApplication.translate("Labels", "Escalated to another group"),
        Outcome.STRUCK: QCoreApplication.translate("Labels", "Struck"),
    }


def attendance_labels() -> dict[AttendanceStatus, str]:
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("Labels", "Present"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("Labels", "Sent apologies"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Labels", "Absent"),
    }


def case_status_labels() -> dict[CaseStatus, str]:
    return {
        CaseStatus.RECEIVED: QCoreApplication.translate("Labels", "Received"),
        CaseStatus.IN_PREPARATION: QCoreApplication.translate("Labels", "In preparation"),
        CaseStatus.ON_AGENDA: QCoreApplication.translate("Labels", "On the agenda"),
        CaseStatus.DECIDED: QCoreApplication.translate("Labels", "Decided"),
        CaseStatus.REFERRED_BACK: QCoreApplication.translate("Labels", "Referred back"),
        CaseStatus.DEFERRED: QCoreApplication.translate("Labels", "Deferred"),
        CaseStatus.ESCALATED: QCoreApplication.translate("Labels", "Escalated"),
        CaseStatus.STRUCK: QCoreApplication.translate("Labels", "Struck"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }


def action_status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled action"),
    }


def approval_method_labels() -> dict[ApprovalMethod, str]:
    return {
        ApprovalMethod.IN_APP: QCoreApplication.translate("Labels", "In the app"),
        ApprovalMethod.EMAIL: QCoreApplication.translate("Labels", "By e-mail"),
        ApprovalMethod.REVIEW_FILE: QCoreApplication.translate("Labels", "Review file"),
        ApprovalMethod.OTHER: QCoreApplication.translate("Labels", "Other way"),
    }


def anchoring_status_labels() -> dict[AnchoringStatus, str]:
    return {
        AnchoringStatus.NOT_STARTED: QCoreApplication.translate("Labels", "Not started"),
        AnchoringStatus.ANCHORED: QCoreApplication.translate("Labels", "Anchored"),
        AnchoringStatus.IMPLEMENTED: QCoreApplication.translate("Labels", "Implemented"),
        AnchoringStatus.NOT_APPLICABLE: QCoreApplication.translate("Labels", "Not applicable"),
    }
