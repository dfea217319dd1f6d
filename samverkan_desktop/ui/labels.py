"""Words shown for the domain's enums, through Qt's translation functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import GroupKind, OrganisationKind, Recurrence, Role


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
