"""Minutes states (utkast -> för godkännande -> godkända -> publicerade), the chair's approval bound to the
content's hash, reopening with a reason, and verification of every approval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import AgendaItem, Approval, Attendance, Group, Mandate, Meeting, Membership, Organisation, Person
from ..db.uow import MILESTONE_APPROVAL
from ..domain.calendar import STOCKHOLM, check_year
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import ApprovalMethod, MeetingStatus, MinutesStatus, Role
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.minutes_hash import canonical_json, content_of, minutes_hash, short_hash
from ..domain.rules import optional_text, require_text
from ..domain.signing import SigningKey
from . import UnitOfWork, access, signing
from ._common import audit, get_or_raise, keep, lock_meeting, preload

NOT_FOUND = "services.gone.meeting"
APPROVER_ROLES = (Role.CHAIR, Role.VICE_CHAIR)


@dataclass(frozen=True)
class ApprovalDTO:
    id: int
    meeting_id: int
    approved_by_id: int
    approved_by_name: str
    role: Role
    approved_at: datetime
    method: ApprovalMethod
    note: str | None
    content_hash: str
    short_hash: str
    revoked_at: datetime | None
    revoke_reason: str | None
    fingerprint: str | None = None  # the key that signed it; None: "osignerat godkännande"

    @property
    def signed(self) -> bool:
        return self.fingerprint is not None


@dataclass(frozen=True)
class MinutesState:
    meeting_id: int
    status: MinutesStatus
    current_hash: str
    approvals: tuple[ApprovalDTO, ...]
    approvers: tuple[tuple[int, str, Role], ...]  # who may approve on the meeting's date

    @property
    def valid_approval(self) -> ApprovalDTO | None:
        return next((a for a in reversed(self.approvals) if a.revoked_at is None), None)


@dataclass(frozen=True)
class VerificationProblem:
    meeting_id: int
    group_name: str
    meeting_on: str
    differences: tuple[str, ...]

    def describe(self) -> str:
        what = ", ".join(self.differences) or msg("verify.the_content")
        return msg("verify.minutes_changed", group_name=self.group_name, meeting_on=self.meeting_on, what=what)


# -- the canonical content ---------------------------------------------------------------------
def minutes_content(session: Session, meeting: Meeting) -> dict:
    """Everything the approval covers (domain.minutes_hash.content_of), read in a fixed number of queries."""
    def name(model):
        def lookup(ident: int | None) -> str | None:
            obj = session.get(model, ident) if ident else None  # loaded already: from the identity map
            return obj.name if obj else None
        return lookup

    _load_content(session, meeting)
    return content_of(meeting, meeting.attendance, meeting.items, lambda item: item.actions,
                      group=name(Group), person=name(Person), organisation=name(Organisation))


def _load_content(session: Session, meeting: Meeting) -> None:
    """Everything minutes_content reads, in a fixed number of queries instead of a few per item and per
    attendance row. Rows already in the session (perhaps changed, not yet flushed) are left as they are."""
    if _collections_loaded(meeting):  # the caller read them (the meeting editor's view): not again
        items, rows = list(meeting.items), list(meeting.attendance)
    else:
        items = keep(session, session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                                              .options(selectinload(AgendaItem.actions))))
        rows = keep(session, session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id)))
    actions = [a for i in items for a in i.actions]
    preload(session, Group, [meeting.group_id, *(i.target_group_id for i in items)])
    preload(session, Person, [*(a.person_id for a in rows), *(a.substitute_for_id for a in rows),
                              *(a.responsible_person_id for a in actions)])
    preload(session, Organisation, [*(a.represents_id for a in rows),
                                    *(a.responsible_organisation_id for a in actions)])


def _collections_loaded(meeting: Meeting) -> bool:
    """The meeting's items (each with its actions) and attendance are in memory: reading them asks nothing."""
    if {"items", "attendance"} & inspect(meeting).unloaded:
        return False
    return all("actions" not in inspect(item).unloaded for item in meeting.items)


def content_hash(session: Session, meeting: Meeting) -> str:
    return minutes_hash(minutes_content(session, meeting))


# -- states ------------------------------------------------------------------------------------
def _approval_dto(a: Approval, session: Session) -> ApprovalDTO:
    person = session.get(Person, a.approved_by_id)
    return ApprovalDTO(a.id, a.meeting_id, a.approved_by_id, person.name if person else "?", a.role, a.approved_at,
                       a.method, a.note, a.content_hash, short_hash(a.content_hash), a.revoked_at, a.revoke_reason,
                       a.key_fingerprint)


def approvers_on(session: Session, meeting: Meeting) -> list[tuple[int, str, Role]]:
    day = meeting.starts_at.astimezone(STOCKHOLM).date()
    rows = session.scalars(select(Membership).where(
        Membership.group_id == meeting.group_id, Membership.role.in_(APPROVER_ROLES),
        (Membership.valid_from.is_(None)) | (Membership.valid_from <= day),
        (Membership.valid_to.is_(None)) | (Membership.valid_to >= day)).options(selectinload(Membership.person)))
    return sorted(((m.person_id, m.person.name, m.role) for m in rows), key=lambda r: r[2] is not Role.CHAIR)


def minutes_state(uow: UnitOfWork, meeting_id: int) -> MinutesState:
    with uow:
        return state_of(uow.session, get_or_raise(uow.session, Meeting, meeting_id, NOT_FOUND))


def state_of(session: Session, meeting: Meeting) -> MinutesState:
    """minutes_state inside a caller's session (the meeting editor reads it with the rest of the meeting)."""
    approvals = list(session.scalars(select(Approval).where(Approval.meeting_id == meeting.id)
                                     .order_by(Approval.approved_at, Approval.id)))
    preload(session, Person, (a.approved_by_id for a in approvals))
    return MinutesState(meeting.id, meeting.minutes_status, content_hash(session, meeting),
                        tuple(_approval_dto(a, session) for a in approvals),
                        tuple(approvers_on(session, meeting)))


def send_for_approval(uow: UnitOfWork, meeting_id: int, *, to_vice_chair: bool = False,
                      no_attendance_reason: str | None = None) -> MinutesState:
    """Utkast -> för godkännande, to the chair on the meeting's date (or the vice chair when so decided). The
    attendance must be recorded, or ``no_attendance_reason`` say why none is (the minutes then say so)."""
    with uow:
        meeting = lock_meeting(uow.session, meeting_id, message=NOT_FOUND)
        if meeting.status is not MeetingStatus.HELD:
            raise ValidationError(msg("services.approval.markera_motet_genomfort_innan"))
        if meeting.minutes_status is not MinutesStatus.DRAFT:
            raise ValidationError(msg("services.approval.bara_utkast_skickas_for"))
        wanted = Role.VICE_CHAIR if to_vice_chair else Role.CHAIR
        recipient = next((r for r in approvers_on(uow.session, meeting) if r[2] is wanted), None)
        if recipient is None:
            raise ValidationError(
                msg("services.approval.no_vice_chair" if to_vice_chair else "services.approval.no_chair"))
        _check_attendance_recorded(meeting, no_attendance_reason)
        meeting.minutes_status = MinutesStatus.FOR_APPROVAL
        audit(uow, AuditEntity.MINUTES, meeting.id, AuditAction.SENT_FOR_APPROVAL,
              f"till {recipient[1]} ({'vice ordförande' if to_vice_chair else 'ordförande'}), "
              f"kontrollsumma {short_hash(content_hash(uow.session, meeting))}", meeting.id)
        uow.commit()
    return minutes_state(uow, meeting_id)


NO_ATTENDANCE = "services.approval.no_attendance"


def _check_attendance_recorded(meeting: Meeting, no_attendance_reason: str | None) -> None:
    """Before the minutes go to the chair: an attendance list, or a reason why there is none (stored on the
    meeting, part of the approved content and shown in the document). A list recorded later clears the reason."""
    reason = optional_text(no_attendance_reason)
    if meeting.attendance:
        meeting.no_attendance_reason = None
    elif reason is None:
        raise ValidationError(msg(NO_ATTENDANCE), field="attendance")
    else:
        meeting.no_attendance_reason = reason


def approve(uow: UnitOfWork, meeting_id: int, person_id: int, method: ApprovalMethod, note: str | None = None,
            *, expected_hash: str | None = None, at: datetime | None = None, signer: SigningKey | None = None,
            seal: signing.Seal | None = None) -> MinutesState:
    """Record the approval of the exact current content. ``expected_hash`` (from a receipt or the screen the
    chair saw) must match it. ``signer``: the approver's own key, opened with their passphrase, signs it here;
    ``seal``: a signature made elsewhere (a receipt, checked by services.review). Neither: an unsigned approval."""
    if at is not None and at.utcoffset() is None:  # stored in UTC: a time without a zone means nothing certain
        raise ValidationError(msg("services.approval.tidpunkten_for_godkannandet_saknar"), field="approved_at")
    if at is not None:
        check_year(at.year, field="approved_at")
    uow.milestone(MILESTONE_APPROVAL)
    with uow:
        access.require_approver(uow, meeting_id, person_id)
        meeting = lock_meeting(uow.session, meeting_id, message=NOT_FOUND)  # one approval at a time
        if meeting.minutes_status in (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED):
            raise ValidationError(msg("services.approval.anteckningarna_ar_godkanda"))
        if meeting.status is not MeetingStatus.HELD:
            raise ValidationError(msg("services.approval.bara_anteckningar_fran_genomfort"))
        role = next((r[2] for r in approvers_on(uow.session, meeting) if r[0] == person_id), None)
        person = get_or_raise(uow.session, Person, person_id, "services.gone.person")
        if role is None:
            raise ValidationError(msg("services.approval.var_ordforande_vice_ordforande", person_name=person.name),
                                  field="approved_by")
        content = minutes_content(uow.session, meeting)
        digest = minutes_hash(content)
        if expected_hash is not None and expected_hash != digest:
            raise ValidationError(msg("services.approval.anteckningarna_andrats_sedan_lastes"), field="content_hash")
        approved_at = signing.signed_moment(at)
        if signer is not None:
            seal = signing.seal_in_app(uow.session, signer, meeting_id=meeting.id, person=person, role=role,
                                       content_hash=digest, approved_at=approved_at)
        uow.session.add(Approval(meeting_id=meeting.id, approved_by_id=person_id, role=role,
                                 approved_at=approved_at, method=method, note=optional_text(note),
                                 content_hash=digest, content=canonical_json(content), **signing.seal_columns(seal)))
        meeting.minutes_status = MinutesStatus.APPROVED
        audit(uow, AuditEntity.MINUTES, meeting.id, AuditAction.APPROVED,
              f"av {person.name} ({method.value}), kontrollsumma {short_hash(digest)}, "
              f"{f'signerat med nyckel {seal.fingerprint}' if seal else 'osignerat'}", meeting.id)
        uow.commit()
    return minutes_state(uow, meeting_id)


def reopen(uow: UnitOfWork, meeting_id: int, reason: str) -> MinutesState:
    """Godkända (or för godkännande) -> utkast; the approval is revoked, not deleted."""
    text = require_text(reason, "reason", msg("services.approval.ange_varfor_anteckningarna_oppnas"))
    with uow:
        meeting = lock_meeting(uow.session, meeting_id, message=NOT_FOUND)
        if meeting.minutes_status in (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED):
            access.require_approver(uow, meeting_id)
        if meeting.minutes_status is MinutesStatus.DRAFT:
            raise ValidationError(msg("services.approval.anteckningarna_ar_utkast"))
        now = datetime.now(UTC)
        for approval in uow.session.scalars(select(Approval).where(Approval.meeting_id == meeting.id,
                                                                   Approval.revoked_at.is_(None))):
            approval.revoked_at, approval.revoke_reason = now, text
        before = meeting.minutes_status.value
        meeting.minutes_status = MinutesStatus.DRAFT
        audit(uow, AuditEntity.MINUTES, meeting.id, AuditAction.REOPENED, f"{before} -> utkast: {text}", meeting.id)
        uow.commit()
    return minutes_state(uow, meeting_id)


@dataclass(frozen=True)
class LateApproval:
    meeting_id: int
    group_id: int
    group_name: str
    meeting_on: str
    days_waiting: int
    allowed_days: int


def late_approvals(uow: UnitOfWork, today: date, group_id: int | None = None) -> list[LateApproval]:
    """Held meetings whose minutes are not approved within the days the group's mandate gives the chair."""
    late = []
    with uow:
        query = select(Meeting).where(Meeting.status == MeetingStatus.HELD,
                                      Meeting.minutes_status.in_((MinutesStatus.DRAFT, MinutesStatus.FOR_APPROVAL)))
        latest = select(Mandate.group_id, func.max(Mandate.version).label("version")).group_by(Mandate.group_id)
        if group_id is not None:
            query = query.where(Meeting.group_id == group_id)
            latest = latest.where(Mandate.group_id == group_id)
        # Each group's current mandate in one query, not one per meeting.
        current = latest.subquery()
        mandates = {m.group_id: m for m in uow.session.scalars(select(Mandate).join(
            current, (Mandate.group_id == current.c.group_id) & (Mandate.version == current.c.version)))}
        for meeting in uow.session.scalars(query.options(selectinload(Meeting.group)).order_by(Meeting.starts_at)):
            mandate = mandates.get(meeting.group_id)
            if mandate is None or mandate.approval_days is None:
                continue
            held_on = meeting.ends_at.astimezone(STOCKHOLM).date()
            waiting = (today - held_on).days
            if waiting > mandate.approval_days:
                late.append(LateApproval(meeting.id, meeting.group_id, meeting.group.name, held_on.isoformat(),
                                         waiting, mandate.approval_days))
    return late
