"""The closed vocabularies of the domain. Values are stored in the database: never rename a value."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    REGION = "region"
    KOMMUN = "kommun"
    PRIVATE_PROVIDER = "privat_vardgivare"
    MUNICIPAL_ASSOCIATION = "kommunalforbund"
    OTHER = "annan"


class GroupKind(StrEnum):
    COORDINATION_COUNCIL = "samordningsrad"
    COORDINATION_GROUP = "samordningsgrupp"
    REGIONAL_COLLABORATION_GROUP = "regional_samverkansgrupp"
    MANAGEMENT_GROUP = "ledningsgrupp"
    PREPARATION_GROUP = "beredningsgrupp"
    THEME_GROUP = "temagrupp"
    NOSAM = "nosam"
    REFERENCE_GROUP = "referensgrupp"
    WORKING_GROUP = "arbetsgrupp"
    OTHER = "annan"


class Role(StrEnum):
    CHAIR = "ordforande"
    VICE_CHAIR = "vice_ordforande"
    MEMBER = "ledamot"
    ADJUNCT = "adjungerad"
    PROCESS_LEADER = "processledare"
    COORDINATOR = "koordinator"
    SECRETARY = "sekreterare"


class MeetingKind(StrEnum):
    ORDINARY = "ordinarie"
    EXTRA = "extra"


class MeetingStatus(StrEnum):
    PLANNED = "planerat"
    CALLED = "kallat"
    HELD = "genomfort"
    CANCELLED = "installt"


class MinutesStatus(StrEnum):
    DRAFT = "utkast"
    FOR_APPROVAL = "for_godkannande"
    APPROVED = "godkanda"
    PUBLISHED = "publicerade"


class AttendanceStatus(StrEnum):
    PRESENT = "narvarande"
    EXCUSED = "anmalt_forhinder"
    ABSENT = "franvarande"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "diskussion"
    DECISION = "beslut"


class Outcome(StrEnum):
    NOTED = "noteras"
    DECIDED = "beslutat"
    REFERRED_BACK = "aterremiss"
    DEFERRED = "bordlagd"
    ESCALATED = "eskalerad"
    STRUCK = "struken"


class CaseStatus(StrEnum):
    RECEIVED = "inkommet"
    IN_PREPARATION = "under_beredning"
    ON_AGENDA = "pa_dagordning"
    DECIDED = "beslutat"
    REFERRED_BACK = "aterremitterat"
    DEFERRED = "bordlagt"
    ESCALATED = "eskalerat"
    STRUCK = "struket"
    CLOSED = "avslutat"


class ActionStatus(StrEnum):
    OPEN = "oppen"
    IN_PROGRESS = "pagar"
    DONE = "klar"
    CANCELLED = "avbruten"


class AnchoringStatus(StrEnum):
    NOT_STARTED = "ej_paborjad"
    ANCHORED = "forankrad"
    IMPLEMENTED = "genomford"
    NOT_APPLICABLE = "ej_aktuell"


class ApprovalMethod(StrEnum):
    IN_APP = "i_appen"
    EMAIL = "e_post"
    REVIEW_FILE = "granskningsfil"
    OTHER = "annat"


class Recurrence(StrEnum):
    YEARLY = "arligen"
    QUARTERLY = "kvartalsvis"


#: The roles a login can hold in a group (group_grant.role).
GRANT_ROLES = ("sekreterare", "ordforande", "vice_ordforande", "lasare", "registeransvarig")
