"""All tables, imported here so that ``Base.metadata`` is complete wherever it is used."""

from .access import GRANT_ROLES, AppLogin, GroupGrant
from .base import Base, utcnow
from .meetings import (
    ActionItem,
    AgendaItem,
    AgendaTemplateItem,
    Anchoring,
    Attachment,
    AttachmentBlob,
    Attendance,
    Case,
    Meeting,
)
from .records import Approval, AuditEvent, PersonKey, Publication, ReviewComment
from .register import (
    Group,
    GroupTemplate,
    Mandate,
    MandateRevision,
    Membership,
    Organisation,
    Person,
    ReportingDeadline,
    ReportingDuty,
)

__all__ = [
    "GRANT_ROLES",
    "ActionItem",
    "AgendaItem",
    "AgendaTemplateItem",
    "Anchoring",
    "AppLogin",
    "Approval",
    "Attachment",
    "AttachmentBlob",
    "Attendance",
    "AuditEvent",
    "Base",
    "Case",
    "Group",
    "GroupGrant",
    "GroupTemplate",
    "Mandate",
    "MandateRevision",
    "Meeting",
    "Membership",
    "Organisation",
    "Person",
    "PersonKey",
    "Publication",
    "ReportingDeadline",
    "ReportingDuty",
    "ReviewComment",
    "utcnow",
]
