"""A year of demo meetings: agendas, attendance, minutes, and one matter's way between groups.

The story (docs/DESIGN.md §5): NOSAM Centrum cannot solve a matter and escalates it to Temagrupp Äldre;
the temagrupp refers it back once for renewed preparation and decides it in consensus at the next meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from ..domain.calendar import STOCKHOLM, plan_series
from ..domain.enums import ApprovalMethod, AttendanceStatus, ItemKind, Outcome
from ..services import UnitOfWork, agenda, approval, cases, meetings, minutes
from ..services.meeting_dto import ActionData, AgendaItemData, AttendanceData, MeetingDTO, OutcomeData

STORY_TITLE = "Samordnad vårdplanering vid utskrivning till hemmet"
#: group key -> (meetings, weeks between, start, end, place)
SCHEDULE = {
    "lgs": (5, 10, time(9), time(12), "Gothia Towers, konferensrum Merkurius"),
    "tg_aldre": (7, 7, time(13), time(15, 30), "Regionens hus, sal 2"),
    "nosam_c": (7, 7, time(8, 30), time(10), "Vårdcentralen Centrum / Teams"),
    "neo": (5, 9, time(14), time(16), "Digitalt (Teams)"),
}
TOPICS = {
    "lgs": [("Samverkansplan: uppföljning av fokusområden", ItemKind.DISCUSSION, "Processledare"),
            ("Temagruppernas handlingsplaner", ItemKind.DECISION, "Temagruppernas ordförande"),
            ("Rapport från länsgemensamma grupper", ItemKind.INFORMATION, "Ordförande")],
    "tg_aldre": [("Fallprevention i hemtjänst", ItemKind.DISCUSSION, "Processledare"),
                 ("Handlingsplan för året", ItemKind.DECISION, "Ordförande"),
                 ("Brister i samverkan: kvartalsrapport", ItemKind.INFORMATION, "Processledare")],
    "nosam_c": [("Läkemedelsgenomgångar på korttidsboende", ItemKind.DISCUSSION, "MAS"),
                ("Västbus: lokal uppföljning", ItemKind.INFORMATION, "Ordförande"),
                ("Kontaktvägar mellan vårdcentral och hemsjukvård", ItemKind.DECISION, "Områdeschef")],
    "neo": [("Regional vårdplatssituation", ItemKind.INFORMATION, "Ordförande"),
            ("Gemensamt PM för transporter", ItemKind.DECISION, "Verksamhetschef"),
            ("Uppföljning av kvalitetsregister", ItemKind.DISCUSSION, "Registerhållare")],
}


#: Told what is being done, once per step of demo_year_steps(): the demo's progress (a few seconds in all).
Step = Callable[[str], object]


def demo_year_steps() -> int:
    """How many times add_demo_year calls its ``step``: each meeting's agenda, each meeting held (or passed over
    as still ahead), and each group's approvals."""
    return 2 * sum(count for count, *_ in SCHEDULE.values()) + len(SCHEDULE)


def add_demo_year(uow: UnitOfWork, group_ids: dict[str, int], today: date, step: Step = lambda _what: None) -> int:
    """Plan, hold and minute a year of meetings for four demo groups. Returns the number of meetings."""
    planned: dict[str, list[MeetingDTO]] = {}
    for key, (count, weeks, start, end, place) in SCHEDULE.items():
        # Two meetings still ahead of today; NOSAM meets a week before the temagrupp it escalates to.
        first = today - timedelta(weeks=weeks * (count - 2) + (1 if key == "nosam_c" else 0))
        days = plan_series(first, count, interval_weeks=weeks, weekday=1 if key != "neo" else 3)
        planned[key] = meetings.plan_year(uow, group_ids[key], days, start, end, place).value
    escalation_seen = referred = False
    for key, series in planned.items():
        for number, meeting in enumerate(series):
            step("Planerar årets möten och deras dagordningar…")
            agenda.apply_template(uow, meeting.id)
            topic = TOPICS[key][number % len(TOPICS[key])]
            agenda.add_item(uow, meeting.id, AgendaItemData(topic[0], topic[1], topic[2], 30))
            if key == "nosam_c" and number == 1:
                _add_story_item(uow, meeting.id)
    # Hold the past meetings in date order across groups, so the story's case moves forward in time.
    ordered = sorted((m for series in planned.values() for m in series), key=lambda m: m.starts_at)
    for meeting in ordered:
        step("Håller mötena och skriver minnesanteckningar…")
        key = next(k for k, series in planned.items() if meeting in series)
        if key == "tg_aldre" and escalation_seen:
            referred = _continue_story(uow, group_ids["tg_aldre"], meeting, referred)
        if meeting.starts_at.astimezone(STOCKHOLM).date() >= today:
            continue
        _minute(uow, meeting, group_ids)
        escalation_seen = escalation_seen or (key == "nosam_c" and bool(cases.to_plan(uow, group_ids["tg_aldre"])))
        meetings.mark_held(uow, meeting.id)
    upcoming = [m for m in ordered if m.starts_at.astimezone(STOCKHOLM).date() >= today]
    if upcoming:
        meetings.mark_called(uow, upcoming[0].id)
    for series in planned.values():
        step("Godkänner minnesanteckningar…")
        _approve_older_minutes(uow, [m for m in series if m.starts_at.astimezone(STOCKHOLM).date() < today])
    return len(ordered)


def _approve_older_minutes(uow: UnitOfWork, held: list[MeetingDTO]) -> None:
    """Minutes in every state: older ones approved by the chair, the second latest waiting, the latest a draft."""
    for number, meeting in enumerate(held[:-1]):
        state = approval.minutes_state(uow, meeting.id)
        if not state.approvers:
            continue
        approval.send_for_approval(uow, meeting.id)
        if number < len(held) - 2:
            method = ApprovalMethod.EMAIL if number % 2 else ApprovalMethod.IN_APP
            approval.approve(uow, meeting.id, state.approvers[0][0], method,
                             at=meeting.ends_at + timedelta(days=7 + number))


def _add_story_item(uow: UnitOfWork, meeting_id: int) -> None:
    agenda.add_item(uow, meeting_id, AgendaItemData(STORY_TITLE, ItemKind.DECISION, "Enhetschef hemsjukvård", 20))


def _continue_story(uow: UnitOfWork, tema_id: int, meeting: MeetingDTO, referred: bool) -> bool:
    """Put the waiting case on this temagrupp meeting: first it is referred back, then decided."""
    waiting = [c for c in cases.to_plan(uow, tema_id) if c.title == STORY_TITLE]
    if not waiting:
        return referred
    item = cases.put_on_agenda(uow, waiting[0].id, meeting.id)
    if not referred:
        minutes.save_text(uow, item.id, "Förslaget till rutin presenterades. Ansvarsfördelningen mellan "
                          "kommunernas hemsjukvård och primärvården behöver förtydligas.", None)
        minutes.set_outcome(uow, item.id, OutcomeData(
            Outcome.REFERRED_BACK, "Förtydliga kommunernas och primärvårdens ansvar vid hemgång"))
        return True
    minutes.save_text(uow, item.id, "Det omarbetade förslaget presenterades.\n- Ansvaret vid hemgång är "
                      "förtydligat\n- Rutinen följs upp efter sex månader",
                      "att anta den gemensamma rutinen för samordnad vårdplanering\n"
                      "att varje huvudman förankrar rutinen i sin egen organisation")
    minutes.set_outcome(uow, item.id, OutcomeData(Outcome.DECIDED))
    attendees = minutes.attendance(uow, meeting.id)
    minutes.add_action(uow, item.id, ActionData(
        "Informera verksamheterna om den nya rutinen", attendees[0].person_id if attendees else None,
        due_on=meeting.starts_at.astimezone(STOCKHOLM).date() + timedelta(days=60)))
    return True


def _minute(uow: UnitOfWork, meeting: MeetingDTO, group_ids: dict[str, int]) -> None:
    rows = minutes.attendance(uow, meeting.id)
    if len(rows) > 3:
        away = rows[(meeting.id % (len(rows) - 2)) + 2]
        minutes.set_attendance(uow, away.id, AttendanceData(AttendanceStatus.EXCUSED))
    for item in agenda.list_items(uow, meeting.id):
        if item.outcome is not None:
            continue
        if item.title == STORY_TITLE:
            minutes.save_text(uow, item.id, "Flera patienter har skrivits ut utan att hemsjukvården fått "
                              "information. Frågan kräver en gemensam rutin för hela området.", None)
            minutes.set_outcome(uow, item.id, OutcomeData(Outcome.ESCALATED, "Kräver gemensam rutin i området",
                                                          group_ids["tg_aldre"]))
        elif item.kind is ItemKind.DECISION:
            decision = "att godkänna dagordningen" if item.title.startswith("Godkännande") else \
                f"att anta förslaget: {item.title.lower()}"
            minutes.save_text(uow, item.id, None, decision)
            minutes.set_outcome(uow, item.id, OutcomeData(Outcome.DECIDED))
        elif item.kind is ItemKind.DISCUSSION and not item.title.startswith("Övriga"):
            minutes.save_text(uow, item.id, f"Gruppen diskuterade {item.title.lower()}.\n- Erfarenheter delades\n"
                              "- Frågan återkommer vid nästa möte", None)
            minutes.set_outcome(uow, item.id, OutcomeData(Outcome.NOTED))
