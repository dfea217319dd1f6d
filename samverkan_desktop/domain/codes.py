"""Codes that cross a layer without being a column type of their own: what the audit trail records, why a backup
was taken, what a line of the year's overview is, why a date is remarked on. Like enums.py, the values are stored
(audit events, backup file names) or compared by other layers: never rename a value."""

from __future__ import annotations

from enum import StrEnum


class AuditEntity(StrEnum):
    """What an audit event is about (``AuditEvent.entity``)."""

    ACTION = "åtgärd"
    AGENDA = "dagordning"
    ANCHORING = "förankring"
    ATTACHMENT = "bilaga"
    ATTENDANCE = "närvaro"
    CASE = "ärende"
    GRANT = "behörighet"
    GROUP = "grupp"
    ITEM = "punkt"
    MANDATE = "uppdragshandling"
    MEETING = "möte"
    MINUTES = "anteckningar"
    MINUTES_TEXT = "anteckning"
    MEMBERSHIP = "medlemskap"
    ORGANISATION = "organisation"
    OUTCOME = "utfall"
    PERSON = "person"
    RECEIPT = "kvitto"
    REGISTER = "register"
    REPORT = "rapport"
    REVIEW_FILE = "granskningsfil"
    SIGNING_KEY = "signeringsnyckel"
    TEMPLATE = "mall"


class AuditAction(StrEnum):
    """What was done (``AuditEvent.action``)."""

    # register, agenda and follow-up rows
    CREATED = "skapad"
    ADDED = "tillagd"
    CHANGED = "ändrad"
    REMOVED = "borttagen"
    MOVED = "flyttad"
    CORRECTED = "rättad"
    NEW_VERSION = "ny version"
    SET = "satt"
    ATTACHED = "bifogad"
    REGISTERED = "registrerad"
    REPLACED = "ersatt"
    CLOSED = "avslutad"
    STANDARD_ITEMS = "standardpunkter"
    FORMALIA_CLEARED = "formalia rensad"
    GRANTED = "behörighet given"
    REVOKED = "behörighet borttagen"
    REPORTING_GRANTED = "rapportroll given"
    REPORTING_REVOKED = "rapportroll borttagen"
    REPORT_DONE = "lämnad"
    REPORT_UNDONE = "ångrad"
    TEMPLATE_ADDED = "ny exportmall"
    TEMPLATE_REMOVED = "exportmall borttagen"
    SECRETARY_AND_JUSTERARE = "antecknare och justerare"
    IMPORTED = "importerat"
    OPENED = "öppnat"
    # a meeting's states
    MEETING_PLANNED = "planerat"
    MEETING_CHANGED = "ändrat"
    MEETING_CANCELLED = "inställt"
    MEETING_CALLED = "kallat"
    MEETING_HELD = "genomfört"
    # the minutes' states
    SENT_FOR_APPROVAL = "skickade för godkännande"
    APPROVED = "godkända"
    PUBLISHED = "publicerade"
    REOPENED = "öppnade igen"
    BACK_TO_DRAFT = "åter till utkast"


class BackupReason(StrEnum):
    """Why a backup was taken: part of its file name, read back by the CLI and the backups dialog. A backup before
    a migration is named by the schema version it preceded ("före-<revision>") and has no member here."""

    MANUAL = "manuell"
    CLOSING = "stängning"
    PERIODIC = "automatisk"
    BEFORE_APPROVAL = "före-godkännande"
    BEFORE_PUBLICATION = "före-publicering"
    BEFORE_RESTORE = "före-återställning"
    BEFORE_IMPORT = "före-import"
    DAMAGED = "skadad"  # the database a restore replaced, when it could not itself be copied


class OverviewKind(StrEnum):
    """A line of the year's overview (the wheel): a meeting or a report's deadline."""

    MEETING = "möte"
    REPORT = "rapport"


class DayKind(StrEnum):
    """Why a date is remarked on when a meeting is planned."""

    HOLIDAY = "helgdag"
    WEEKEND = "helg"
