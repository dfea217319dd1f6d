"""The meetings part of services.generate: each group's meetings over the period with agendas, attendance,
minutes, outcomes, cases that travel between meetings and up the tree, actions, anchoring and approvals.

Groups are written bottom-up (groups, then areas, then regions), so that a case escalated to the parent group is
waiting there when the parent's meetings are written. Past meetings are held (a few cancelled), their minutes
approved by the chair of the day 2-16 days later; minutes whose approval would fall after "today" are drafts or
with the chair; meetings after "today" are planned, the next one called.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from typing import Any

from ..db.models import (
    ActionItem,
    AgendaItem,
    Anchoring,
    Approval,
    Attendance,
    AuditEvent,
    Case,
    Meeting,
)
from ..domain.calendar import local_datetime, swedish_holiday
from ..domain.enums import (
    ActionStatus,
    AnchoringStatus,
    ApprovalMethod,
    AttendanceStatus,
    CaseStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    Outcome,
    Role,
)
from ..domain.minutes_hash import canonical_json, content_of, minutes_hash, short_hash
from ..services.agenda import DEFAULT_TEMPLATE
from ..services.case_state import STATUS_AFTER
from ..services.cases import WAITING
from . import generate_words as words
from .generate_register import GroupPlan, Ids, Register, Rows, chair_on

HEAD = tuple(t for t in DEFAULT_TEMPLATE if not t.at_end)
TAIL = tuple(t for t in DEFAULT_TEMPLATE if t.at_end)
#: Notes a secretary writes under the standard items: title -> (notes, decision).
STANDARD_MINUTES = {
    "Mötets öppnande": ("Ordföranden öppnade mötet och hälsade alla välkomna.", None),
    "Godkännande av dagordningen": (None, "att godkänna dagordningen"),
    "Föregående minnesanteckningar": ("Minnesanteckningarna från föregående möte lades till handlingarna.", None),
}
APPROVAL_METHODS = (ApprovalMethod.IN_APP, ApprovalMethod.EMAIL, ApprovalMethod.REVIEW_FILE)
SPRING, AUTUMN = ((1, 12), (6, 12)), ((8, 14), (12, 14))  # meeting terms: no meetings at midsummer or Christmas


@dataclass
class CaseState:
    id: int
    title: str
    subject: str
    group_id: int
    raised_by_group_id: int
    status: CaseStatus
    closed_on: date | None
    reference: str | None
    created_at: datetime


class History:
    def __init__(self, rows: Rows, ids: Ids, register: Register, seed: int, first: date, end: date, today: date,
                 actor: str) -> None:
        self.rows, self.ids, self.register, self.seed = rows, ids, register, seed
        self.first, self.end, self.today, self.actor = first, end, today, actor
        self.today_at = local_datetime(today, time(0))
        self.cases: dict[int, CaseState] = {}
        self.waiting: dict[int, list[tuple[date, int]]] = defaultdict(list)  # group -> (since, case id)

    # -- schedule ----------------------------------------------------------------------------------
    def schedule(self, plan: GroupPlan, rng: Random) -> list[date]:
        days: list[date] = []
        for year in range(self.first.year, self.end.year + 1):
            terms = [(date(year, *a), date(year, *b)) for a, b in (SPRING, AUTUMN)]
            lengths = [(b - a).days for a, b in terms]
            for number in range(plan.cadence):
                offset = int((number + 0.5) * sum(lengths) / plan.cadence) + rng.randint(-4, 4)
                offset = min(max(offset, 0), sum(lengths) - 1)
                day = terms[0][0] + timedelta(days=offset) if offset < lengths[0] else \
                    terms[1][0] + timedelta(days=offset - lengths[0])
                day += timedelta(days=(plan.weekday - day.weekday()) % 7)
                while swedish_holiday(day) or (days and day <= days[-1]):
                    day += timedelta(days=7)
                if self.first <= day <= self.end:
                    days.append(day)
        return days

    # -- one group ---------------------------------------------------------------------------------
    def write_group(self, plan: GroupPlan) -> None:
        rng = Random(f"{self.seed}:meetings:{plan.id}")
        days = self.schedule(plan, rng)
        paragraphs: dict[int, int] = defaultdict(int)
        called = False
        for index, day in enumerate(days):
            if day < self.today:
                status = MeetingStatus.CANCELLED if rng.random() < 0.02 else MeetingStatus.HELD
            else:
                status = MeetingStatus.CALLED if not called and (day - self.today).days <= 30 else MeetingStatus.PLANNED
                called = True
            self.write_meeting(plan, rng, day, status, days[index + 1] if index + 1 < len(days) else None, paragraphs)

    def write_meeting(self, plan: GroupPlan, rng: Random, day: date, status: MeetingStatus, next_day: date | None,
                      paragraphs: dict[int, int]) -> None:
        meeting_id = self.ids.next(Meeting)
        starts = local_datetime(day, plan.start)
        ends = starts + plan.duration
        held = status is MeetingStatus.HELD
        meeting: dict[str, Any] = {
                   "id": meeting_id, "group_id": plan.id, "starts_at": starts, "ends_at": ends, "place": plan.place,
                   "online_link": plan.online_link,
                   "kind": MeetingKind.EXTRA if rng.random() < 0.03 else MeetingKind.ORDINARY, "status": status,
                   "cancel_reason": rng.choice(words.CANCEL_REASONS) if status is MeetingStatus.CANCELLED else None,
                   "minutes_status": MinutesStatus.DRAFT, "ical_uid": f"gen-{self.seed}-{meeting_id}@samverkan-desktop",
                   "ical_sequence": 0, "created_at": starts - timedelta(days=rng.randint(30, 90))}
        attendance = self._attendance(plan, rng, day, meeting_id) if held else []
        present = [a for a in attendance if a["status"] is AttendanceStatus.PRESENT]
        parties = sorted({s.represents_id for s in plan.seats_on(day) if s.represents_id is not None})
        items: list[dict] = [self._item(meeting_id, t.title, t.kind, t.planned_minutes) for t in HEAD]
        cases = self._case_items(plan, rng, day, meeting_id, future=not held) \
            if status is not MeetingStatus.CANCELLED else []
        items += cases
        for _ in range(max(1, rng.randint(2, 6) - len(cases))):  # about ten items with the six standard ones
            subject = words.topic(rng, plan.topics)
            kind = rng.choices((ItemKind.DECISION, ItemKind.DISCUSSION, ItemKind.INFORMATION), (4, 3, 3))[0]
            item = self._item(meeting_id, words.title(rng, subject, day.year), kind, rng.choice((10, 15, 20, 30, 45)))
            item["presenter"], item["confidential"], item["_subject"] = rng.choice(words.PRESENTERS), \
                rng.random() < 0.01, subject
            items.append(item)
        items += [self._item(meeting_id, t.title, t.kind, t.planned_minutes) for t in TAIL]
        actions: dict[int, list[dict]] = {}
        for position, item in enumerate(items, start=1):
            item["position"] = position
            if status is not MeetingStatus.CANCELLED:
                paragraphs[day.year] += 1
                item["paragraph"] = paragraphs[day.year]
                item["paragraph_group_id"], item["paragraph_year"] = plan.id, day.year  # what the § counts in
            if held:
                actions[item["id"]] = self._minute(plan, rng, item, day, next_day, present, parties)
            case_id = item["case_id"]
            if case_id is not None and status is not MeetingStatus.CANCELLED:
                self._settle(self.cases[case_id], item, plan.id, day)
        if held:
            self._approve(plan, rng, meeting, day, attendance, items, actions)
        meeting["updated_at"] = max(meeting["created_at"], meeting.pop("_approved_at", ends if held else starts))
        self.rows(Meeting, meeting)
        for row in attendance:
            self.rows(Attendance, row)
        for item in items:
            item.pop("_subject", None)
            self.rows(AgendaItem, item)
        for rows in actions.values():
            for row in rows:
                self.rows(ActionItem, row)
        self.rows.checkpoint()

    # -- agenda --------------------------------------------------------------------------------------
    def _item(self, meeting_id: int, title: str, kind: ItemKind, planned: int | None) -> dict:
        return {"id": self.ids.next(AgendaItem), "meeting_id": meeting_id, "position": 0, "paragraph": None,
                "paragraph_group_id": None, "paragraph_year": None, "title": title, "kind": kind,
                "presenter": None, "planned_minutes": planned, "case_id": None,
                "confidential": False, "notes": None, "decision_text": None, "outcome": None,
                "outcome_reason": None, "target_group_id": None}

    def _case_items(self, plan: GroupPlan, rng: Random, day: date, meeting_id: int, future: bool) -> list[dict]:
        """Cases waiting for this group (referred back, deferred, escalated to it) go on its next meeting;
        on a meeting still ahead, only some of them yet (the rest stay in "Att planera")."""
        items, kept = [], []
        for since, case_id in self.waiting[plan.id]:
            if since >= day or (future and rng.random() < 0.5):
                kept.append((since, case_id))
                continue
            case = self.cases[case_id]
            item = self._item(meeting_id, case.title, ItemKind.DECISION, rng.choice((15, 20, 30)))
            item["case_id"], item["presenter"], item["_subject"] = case_id, rng.choice(words.PRESENTERS), case.subject
            items.append(item)
        self.waiting[plan.id] = kept
        return items

    # -- minutes -------------------------------------------------------------------------------------
    def _attendance(self, plan: GroupPlan, rng: Random, day: date, meeting_id: int) -> list[dict]:
        rows, seen = [], set()
        for seat in plan.seats_on(day):
            if seat.role is Role.SECRETARY or seat.person_id in seen:
                continue
            seen.add(seat.person_id)
            chance = rng.random()
            away = 0.97 if seat.role is Role.CHAIR else 0.82
            status = AttendanceStatus.PRESENT if chance < away else \
                AttendanceStatus.EXCUSED if chance < away + (1 - away) * 0.7 else AttendanceStatus.ABSENT
            rows.append({"id": self.ids.next(Attendance), "meeting_id": meeting_id, "person_id": seat.person_id,
                         "status": status, "role": seat.role, "represents_id": seat.represents_id,
                         "substitute_for_id": None, "present_from_paragraph": None, "present_to_paragraph": None,
                         "is_guest": False, "is_adjunct": seat.role is Role.ADJUNCT})
        return rows

    def _minute(self, plan: GroupPlan, rng: Random, item: dict, day: date, next_day: date | None,
                present: list[dict], parties: list[int]) -> list[dict]:
        """Notes, decision and outcome of one item of a held meeting; returns its actions."""
        subject = item.get("_subject")
        if subject is None:  # a standard item
            notes, decided = STANDARD_MINUTES.get(item["title"], (None, None))
            if item["title"] == "Nästa möte" and next_day is not None:
                notes = f"Nästa möte hålls {next_day.isoformat()}."
            if item["title"] == "Övriga frågor":
                notes = "Inga övriga frågor." if rng.random() < 0.7 else \
                    f"Frågan om {words.topic(rng, plan.topics)} togs upp och återkommer som egen punkt."
            item["notes"], item["decision_text"] = notes, decided
            item["outcome"] = Outcome.DECIDED if decided else None
            return []
        item["notes"] = words.notes(rng, subject, plan.area) if item["kind"] is not ItemKind.DECISION \
            or rng.random() < 0.8 else None
        if item["kind"] is not ItemKind.DECISION:
            item["outcome"] = Outcome.NOTED
            return []
        chance = rng.random()
        if chance < 0.80 or (0.91 <= chance < 0.95 and plan.parent_id is None):
            item["outcome"], item["decision_text"] = Outcome.DECIDED, words.decision(rng, subject, day.year)
        elif chance < 0.86:
            item["outcome"], item["outcome_reason"] = Outcome.REFERRED_BACK, rng.choice(words.REFERRAL_REASONS)
            item["target_group_id"] = plan.id
        elif chance < 0.91:
            item["outcome"], item["outcome_reason"] = Outcome.DEFERRED, rng.choice(words.DEFERRAL_REASONS)
        elif chance < 0.95:
            item["outcome"], item["outcome_reason"] = Outcome.ESCALATED, rng.choice(words.ESCALATION_REASONS)
            item["target_group_id"] = plan.parent_id
        else:
            item["outcome"], item["outcome_reason"] = Outcome.STRUCK, rng.choice(words.STRUCK_REASONS)
        opened = item["outcome"] is Outcome.DECIDED and rng.random() < 0.05
        if item["case_id"] is None and (item["outcome"] in (Outcome.REFERRED_BACK, Outcome.DEFERRED,
                                                            Outcome.ESCALATED) or opened):
            self._open_case(plan, item, subject, day, opened)
        if item["outcome"] is not Outcome.DECIDED:
            return []
        self._anchor(rng, item["id"], day, parties)
        return self._actions(rng, item["id"], subject, day, present) if rng.random() < 0.35 else []

    def _open_case(self, plan: GroupPlan, item: dict, subject: str, day: date, with_reference: bool) -> None:
        ident = self.ids.next(Case)
        case = CaseState(ident, item["title"], subject, plan.id, plan.id, CaseStatus.IN_PREPARATION, None,
                         f"SAM {day.year}-{ident:05d}" if with_reference else None,
                         datetime.combine(day, time(12), UTC))
        self.cases[ident] = case
        self.rows(Case, {"id": ident, "group_id": plan.id, "title": case.title, "reference": case.reference,
                         "raised_by_group_id": plan.id, "status": case.status, "created_at": case.created_at,
                         "closed_on": None})
        item["case_id"] = ident

    def _settle(self, case: CaseState, item: dict, group_id: int, day: date) -> None:
        """As case_state.settle: the case follows its latest item (this one, the meetings go forward in time)."""
        outcome = item["outcome"]
        if outcome is None:
            case.status, case.group_id, case.closed_on = CaseStatus.ON_AGENDA, group_id, None
            return
        case.status = STATUS_AFTER[outcome]
        case.group_id = group_id
        if outcome in (Outcome.REFERRED_BACK, Outcome.ESCALATED):
            target = item["target_group_id"] or group_id
            if target != group_id:
                case.raised_by_group_id = group_id
            case.group_id = target
        case.closed_on = day if outcome in (Outcome.STRUCK, Outcome.NOTED) else None
        if case.status in WAITING:
            self.waiting[case.group_id].append((day, case.id))

    def _anchor(self, rng: Random, item_id: int, day: date, parties: list[int]) -> None:
        age = (self.today - day).days
        weights = (12, 15, 65, 8) if age > 365 else (30, 35, 30, 5) if age > 90 else (70, 30, 0, 0)
        for organisation_id in parties:
            status = rng.choices((AnchoringStatus.NOT_STARTED, AnchoringStatus.ANCHORED, AnchoringStatus.IMPLEMENTED,
                                  AnchoringStatus.NOT_APPLICABLE), weights)[0]
            dated = status in (AnchoringStatus.ANCHORED, AnchoringStatus.IMPLEMENTED)
            on_date = min(day + timedelta(days=rng.randint(14, 180)), self.today) if dated else None
            self.rows(Anchoring, {"id": self.ids.next(Anchoring), "agenda_item_id": item_id,
                                  "organisation_id": organisation_id, "status": status, "on_date": on_date,
                                  "note": None})

    def _actions(self, rng: Random, item_id: int, subject: str, day: date, present: list[dict]) -> list[dict]:
        rows = []
        for _ in range(1 if rng.random() < 0.8 else 2):
            who = rng.choice(present) if present else None
            due = day + timedelta(days=rng.randint(30, 150))
            done = None
            if due < self.today:
                chance = rng.random()
                status = ActionStatus.DONE if chance < 0.85 else ActionStatus.CANCELLED if chance < 0.9 \
                    else ActionStatus.OPEN
                if status is ActionStatus.DONE:
                    done = max(day, due - timedelta(days=rng.randint(0, 20)))
            else:
                status = ActionStatus.OPEN if rng.random() < 0.6 else ActionStatus.IN_PROGRESS
            rows.append({"id": self.ids.next(ActionItem), "agenda_item_id": item_id,
                         "what": words.action(rng, subject),
                         "responsible_person_id": who["person_id"] if who else None,
                         "responsible_organisation_id": who["represents_id"] if who and rng.random() < 0.5 else None,
                         "due_on": due, "status": status, "done_on": done})
        return rows

    # -- approval ------------------------------------------------------------------------------------
    def _approve(self, plan: GroupPlan, rng: Random, meeting: dict, day: date, attendance: list[dict],
                 items: list[dict], actions: dict[int, list[dict]]) -> None:
        """The chair approves after a few days; minutes whose approval would lie after "today" wait."""
        ends = meeting["ends_at"]
        approved_at = ends + timedelta(days=rng.randint(2, 16), hours=rng.randint(0, 6))
        chair = chair_on(plan, day)
        if approved_at >= self.today_at or chair is None:
            sent = ends + timedelta(days=1) < self.today_at and chair is not None
            meeting["minutes_status"] = MinutesStatus.FOR_APPROVAL if sent else MinutesStatus.DRAFT
            return
        content = self._content(plan, meeting, attendance, items, actions)
        digest = minutes_hash(content)
        method = rng.choice(APPROVAL_METHODS)
        meeting["minutes_status"], meeting["_approved_at"] = MinutesStatus.APPROVED, approved_at
        self.rows(Approval, {"id": self.ids.next(Approval), "meeting_id": meeting["id"],
                             "approved_by_id": chair.person_id, "role": Role.CHAIR, "approved_at": approved_at,
                             "method": method, "note": None, "content_hash": digest,
                             "content": canonical_json(content), "revoked_at": None, "revoke_reason": None})
        self.rows(AuditEvent, {"id": self.ids.next(AuditEvent), "at": approved_at, "actor": self.actor,
                               "entity": "anteckningar", "entity_id": meeting["id"], "action": "godkända",
                               "summary": f"av {self.register.people[chair.person_id]} ({method.value}), "
                                          f"kontrollsumma {short_hash(digest)}",
                               "meeting_id": meeting["id"]})

    def _content(self, plan: GroupPlan, meeting: dict, attendance: list[dict], items: list[dict],
                 actions: dict[int, list[dict]]) -> dict:
        """What approval.minutes_content gives for these rows once they are stored: the same layout, over the
        plain rows (tests/services/test_generate.py runs verify_all over generated minutes)."""
        groups = self.register.group_names
        return content_of({**meeting, "group_id": plan.id}, attendance, items, lambda i: actions.get(i["id"], ()),
                          group=lambda ident: (plan.name if ident == plan.id
                                               else groups.get(ident) if ident is not None else None),
                          person=lambda ident: self.register.people.get(ident) if ident is not None else None,
                          organisation=lambda ident: (self.register.organisations.get(ident)
                                                      if ident is not None else None))

    def case_rows(self) -> list[dict]:
        """Every case's final state (its latest item decides it), for one UPDATE at the end."""
        return [{"b_id": c.id, "b_group_id": c.group_id, "b_raised_by_group_id": c.raised_by_group_id,
                 "b_status": c.status, "b_closed_on": c.closed_on} for c in self.cases.values()]
