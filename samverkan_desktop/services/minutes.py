"""Minutes: notes, decisions and outcomes per item, attendance, and action items."""

from __future__ import annotations

from sqlalchemy import select

from ..db.models import (
    ActionItem,
    AgendaItem,
    Anchoring,
    Attendance,
    Case,
    Group,
    Mandate,
    Meeting,
    Membership,
    Organisation,
    Person,
)
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import (
    ActionStatus,
    AnchoringStatus,
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
    MinutesStatus,
    Outcome,
    Role,
)
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text
from . import UnitOfWork
from ._common import audit, get_or_raise, lock_meeting, preload
from .agenda import NOT_FOUND, action_to_dto, editable_meeting, item_to_dto
from .case_state import settle
from .meeting_dto import ActionData, ActionDTO, AgendaItemDTO, AttendanceData, AttendanceDTO, OutcomeData

#: The highest § attendance can name (any real agenda is far shorter).
MAX_PARAGRAPH = 9999

#: Outcomes that send the matter to a later agenda ("Att planera"): a case is opened if the item had none.
TO_BE_PLANNED = (Outcome.REFERRED_BACK, Outcome.DEFERRED, Outcome.ESCALATED)


def save_text(uow: UnitOfWork, item_id: int, notes: str | None, decision_text: str | None) -> AgendaItemDTO:
    """Store the notes and the decision clauses ("att …") of an item. Called by autosave."""
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND)
        editable_meeting(uow, item.meeting_id)
        notes, decision = optional_text(notes), optional_text(decision_text)
        if (item.notes, item.decision_text) != (notes, decision):
            item.notes, item.decision_text = notes, decision
            audit(uow, AuditEntity.MINUTES_TEXT, item.id, AuditAction.CHANGED,
                  _short(item.title, notes, decision), item.meeting_id)
            uow.commit()
        return item_to_dto(item)


def _short(title: str, notes: str | None, decision: str | None) -> str:
    text = f"{title}: {(decision or notes or '')[:80]}"
    return text + ("…" if len(decision or notes or "") > 80 else "")


def set_outcome(uow: UnitOfWork, item_id: int, data: OutcomeData) -> AgendaItemDTO:
    """Record what became of the item, and what that does to its case (docs/DESIGN.md §5)."""
    with uow:
        session = uow.session
        item = get_or_raise(session, AgendaItem, item_id, NOT_FOUND)
        meeting = editable_meeting(uow, item.meeting_id)
        reason = optional_text(data.reason)
        target = data.target_group_id
        if data.outcome is Outcome.DECIDED and not (item.decision_text or "").strip():
            raise ValidationError(msg("services.minutes.skriv_beslutet_innan_punkten"),
                                  field="decision_text")
        if data.outcome is Outcome.REFERRED_BACK:
            if not reason:
                raise ValidationError(msg("services.minutes.ange_vad_beredas_vid"), field="outcome_reason")
            target = target or meeting.group_id
        if data.outcome is Outcome.ESCALATED:
            if target is None:
                raise ValidationError(msg("services.minutes.ange_vilken_grupp_arendet"), field="target_group_id")
            if target == meeting.group_id:
                raise ValidationError(msg("services.minutes.arende_lyftas_egna_gruppen"), field="target_group_id")
        if data.outcome not in (Outcome.REFERRED_BACK, Outcome.ESCALATED):
            target = None
        if target is not None:
            get_or_raise(session, Group, target, "services.gone.chosen_group")
        item.outcome, item.outcome_reason, item.target_group_id = data.outcome, reason, target
        _update_case(session, item, meeting)
        _update_anchoring(session, item, meeting)
        label = data.outcome.value if data.outcome else "inget"
        audit(uow, AuditEntity.OUTCOME, item.id, AuditAction.SET, f"{item.title}: {label}", meeting.id)
        uow.commit()
        return item_to_dto(item)


def _update_case(session, item: AgendaItem, meeting: Meeting) -> None:
    if item.outcome in TO_BE_PLANNED and item.case is None:
        item.case = Case(group_id=meeting.group_id, title=item.title, status=CaseStatus.IN_PREPARATION,
                         raised_by_group_id=meeting.group_id)
    if item.case is not None:
        settle(session, item.case)


def _update_anchoring(session, item: AgendaItem, meeting: Meeting) -> None:
    """A consensus decision is anchored by every party represented in the group on the meeting's day; a
    procedural one (formalia: the agenda, the previous minutes, the justerare) by none."""
    if item.outcome is not Outcome.DECIDED or item.procedural:
        for row in list(item.anchorings):
            if row.status is AnchoringStatus.NOT_STARTED and not row.note:
                item.anchorings.remove(row)
        return
    day = meeting.starts_at.astimezone(STOCKHOLM).date()
    parties = {m.represents_id for m in _memberships_on(session, meeting.group_id, day) if m.represents_id}
    have = {a.organisation_id for a in item.anchorings}
    for organisation_id in sorted(parties - have):
        item.anchorings.append(Anchoring(organisation_id=organisation_id, status=AnchoringStatus.NOT_STARTED))


def _memberships_on(session, group_id: int, day) -> list[Membership]:
    return list(session.scalars(select(Membership).where(
        Membership.group_id == group_id,
        (Membership.valid_from.is_(None)) | (Membership.valid_from <= day),
        (Membership.valid_to.is_(None)) | (Membership.valid_to >= day),
    )))


# -- attendance --------------------------------------------------------------------------------
def _attendance_dto(a: Attendance) -> AttendanceDTO:
    return AttendanceDTO(
        id=a.id, person_id=a.person_id, person_name=a.person.name,
        represents_name=a.represents.name if a.represents else None, role=a.role, status=a.status,
        substitute_for_id=a.substitute_for_id,
        substitute_for_name=a.substitute_for.name if a.substitute_for else None,
        present_from_paragraph=a.present_from_paragraph, present_to_paragraph=a.present_to_paragraph,
        is_guest=a.is_guest, is_adjunct=a.is_adjunct,
    )


def attendance(uow: UnitOfWork, meeting_id: int) -> list[AttendanceDTO]:
    """The meeting's attendance list; the first call fills it from the memberships valid that day."""
    with uow:
        meeting = _meeting_to_fill(uow, meeting_id)
        if _fill_attendance(uow.session, meeting):
            uow.commit()
        _preload_names(uow.session, meeting.attendance)
        rows = sorted(meeting.attendance, key=lambda a: (a.is_guest, _seat(a.role), a.person.name.casefold()))
        return [_attendance_dto(a) for a in rows]


def attendance_recorded(uow: UnitOfWork, meeting_id: int) -> bool:
    """True if the meeting has an attendance list (reading it does not fill it, unlike ``attendance``)."""
    with uow:
        get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
        return uow.session.scalar(select(Attendance.id).where(Attendance.meeting_id == meeting_id).limit(1)) \
            is not None


def fill_attendance(uow: UnitOfWork, meeting_id: int) -> bool:
    """What the first reading of the attendance does, without reading it: an empty list of a draft is filled
    from the memberships valid that day. True if rows were added."""
    with uow:
        meeting = _meeting_to_fill(uow, meeting_id)
        if _fill_attendance(uow.session, meeting):
            uow.commit()
            return True
        return False


def _meeting_to_fill(uow: UnitOfWork, meeting_id: int) -> Meeting:
    """The meeting; locked (and read again) when its attendance is about to be filled: never after an approval
    another client committed meanwhile, never twice."""
    meeting = get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
    return lock_meeting(uow.session, meeting_id) if attendance_to_fill(meeting) else meeting


def _preload_names(session, rows: list[Attendance]) -> None:
    """The people and parties the rows name, in two queries rather than one per row."""
    preload(session, Person, [*(a.person_id for a in rows), *(a.substitute_for_id for a in rows)])
    preload(session, Organisation, (a.represents_id for a in rows))


def attendance_to_fill(meeting: Meeting) -> bool:
    """True if reading the attendance would fill it: an empty list of a draft of a meeting not cancelled."""
    return not meeting.attendance and meeting.status is not MeetingStatus.CANCELLED and \
        meeting.minutes_status is MinutesStatus.DRAFT


def _fill_attendance(session, meeting: Meeting) -> bool:
    """Fill an empty list from the memberships valid on the meeting's day; True if rows were added.
    Only a draft is filled: reading the attendance of minutes with the chair, or approved, changes nothing."""
    if not attendance_to_fill(meeting):
        return False
    day = meeting.starts_at.astimezone(STOCKHOLM).date()
    seen: set[int] = set()
    for m in sorted(_memberships_on(session, meeting.group_id, day), key=lambda m: m.id):
        if m.person_id in seen or m.role in (Role.SECRETARY,):
            continue
        seen.add(m.person_id)
        meeting.attendance.append(Attendance(
            person_id=m.person_id, status=AttendanceStatus.PRESENT, role=m.role,
            represents_id=m.represents_id, is_adjunct=m.role is Role.ADJUNCT, is_guest=False))
    session.flush()
    return bool(meeting.attendance)


def _seat(role: Role | None) -> int:
    return {Role.CHAIR: 0, Role.VICE_CHAIR: 1}.get(role, 2) if role else 3


def set_attendance(uow: UnitOfWork, attendance_id: int, data: AttendanceData) -> tuple[AttendanceDTO, list[str]]:
    """Change one person's attendance; returns the row and warnings (a substitute where none are allowed)."""
    with uow:
        row = get_or_raise(uow.session, Attendance, attendance_id, "services.gone.attendance")
        meeting = editable_meeting(uow, row.meeting_id)
        low, high = data.present_from_paragraph, data.present_to_paragraph
        for paragraph, field in ((low, "present_from_paragraph"), (high, "present_to_paragraph")):
            # A § is a small positive number; a huge one would overflow PostgreSQL's INTEGER column.
            if paragraph is not None and not 1 <= paragraph <= MAX_PARAGRAPH:
                raise ValidationError(msg("services.minutes.ange_mellan", max_paragraph=MAX_PARAGRAPH), field=field)
        if low is not None and high is not None and high < low:
            raise ValidationError(msg("services.minutes.narvaro_vara_fore_fran"), field="present_to_paragraph")
        if data.substitute_for_id == row.person_id:
            raise ValidationError(msg("services.minutes.person_vara_ersattare_for"), field="substitute_for_id")
        warnings = []
        if data.substitute_for_id is not None:
            get_or_raise(uow.session, Person, data.substitute_for_id, "services.gone.person")
            mandate = uow.session.scalar(select(Mandate).where(Mandate.group_id == meeting.group_id)
                                         .order_by(Mandate.version.desc()).limit(1))
            if mandate is not None and not mandate.substitutes_allowed:
                warnings.append(msg("services.minutes.no_substitutes"))
        row.status, row.substitute_for_id = data.status, data.substitute_for_id
        row.present_from_paragraph, row.present_to_paragraph = low, high
        audit(uow, AuditEntity.ATTENDANCE, row.id, AuditAction.CHANGED,
              f"{row.person.name}: {data.status.value}", meeting.id)
        uow.commit()
        uow.session.refresh(row)
        return _attendance_dto(row), warnings


def add_attendee(uow: UnitOfWork, meeting_id: int, person_id: int, *, adjunct: bool = False) -> AttendanceDTO:
    """A guest or an adjunct member added for this meeting only."""
    with uow:
        meeting = editable_meeting(uow, meeting_id)
        person = get_or_raise(uow.session, Person, person_id, "services.gone.person")
        _fill_attendance(uow.session, meeting)  # the members first, or a guest would stop the list being filled
        if any(a.person_id == person_id for a in meeting.attendance):
            raise ValidationError(msg("services.minutes.finns_pa_narvarolistan", person_name=person.name),
                                  field="person_id")
        row = Attendance(person_id=person_id, status=AttendanceStatus.PRESENT,
                         role=Role.ADJUNCT if adjunct else None, represents_id=person.employer_id,
                         is_guest=not adjunct, is_adjunct=adjunct)
        meeting.attendance.append(row)
        uow.session.flush()
        audit(uow, AuditEntity.ATTENDANCE, row.id, AuditAction.ADDED,
              f"{person.name} ({'adjungerad' if adjunct else 'gäst'})",
              meeting.id)
        uow.commit()
        uow.session.refresh(row)
        return _attendance_dto(row)


# -- action items ------------------------------------------------------------------------------
def _check_action(data: ActionData) -> str:
    what = require_text(data.what, "what", msg("services.minutes.beskriv_atgarden"))
    if data.responsible_person_id is None and data.responsible_organisation_id is None:
        raise ValidationError(msg("services.minutes.ange_vem_ansvarar_person"),
                              field="responsible_person_id")
    if data.status is ActionStatus.DONE and data.done_on is None:
        raise ValidationError(msg("services.minutes.ange_nar_atgarden_blev"), field="done_on")
    return what


def _check_responsible(session, data: ActionData) -> None:
    """The responsible person and organisation must exist (the database would refuse them, but not in words)."""
    if data.responsible_person_id is not None:
        get_or_raise(session, Person, data.responsible_person_id, "services.gone.responsible_person")
    if data.responsible_organisation_id is not None:
        get_or_raise(session, Organisation, data.responsible_organisation_id,
                     "services.gone.responsible_organisation")


def add_action(uow: UnitOfWork, item_id: int, data: ActionData) -> ActionDTO:
    what = _check_action(data)
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND)
        editable_meeting(uow, item.meeting_id)
        _check_responsible(uow.session, data)
        action = ActionItem(what=what, responsible_person_id=data.responsible_person_id,
                            responsible_organisation_id=data.responsible_organisation_id, due_on=data.due_on,
                            status=data.status, done_on=data.done_on)
        item.actions.append(action)
        uow.session.flush()
        audit(uow, AuditEntity.ACTION, action.id, AuditAction.ADDED, what[:100], item.meeting_id)
        uow.commit()
        return action_to_dto(action)


def update_action(uow: UnitOfWork, action_id: int, data: ActionData) -> ActionDTO:
    what = _check_action(data)
    with uow:
        action = get_or_raise(uow.session, ActionItem, action_id, "services.gone.action")
        follow_up_only = (action.what, action.due_on, action.responsible_person_id,
                          action.responsible_organisation_id) == (what, data.due_on, data.responsible_person_id,
                                                                  data.responsible_organisation_id)
        if not follow_up_only:  # status and done-on are follow-up, not minutes: allowed after approval too
            editable_meeting(uow, action.item.meeting_id)
        elif action.item.meeting.status is MeetingStatus.CANCELLED:
            raise ValidationError(msg("services.minutes.motet_ar_installt_dagordningen"))
        _check_responsible(uow.session, data)
        action.what, action.due_on, action.status, action.done_on = what, data.due_on, data.status, data.done_on
        action.responsible_person_id = data.responsible_person_id
        action.responsible_organisation_id = data.responsible_organisation_id
        audit(uow, AuditEntity.ACTION, action.id, AuditAction.CHANGED,
              f"{what[:80]}: {data.status.value}", action.item.meeting_id)
        uow.commit()
        return action_to_dto(action)


def delete_action(uow: UnitOfWork, action_id: int) -> None:
    with uow:
        action = get_or_raise(uow.session, ActionItem, action_id, "services.gone.action")
        editable_meeting(uow, action.item.meeting_id)
        audit(uow, AuditEntity.ACTION, action.id, AuditAction.REMOVED, action.what[:100], action.item.meeting_id)
        uow.session.delete(action)
        uow.commit()
