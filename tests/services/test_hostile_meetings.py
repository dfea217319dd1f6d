"""Hostile input to the meeting services (meetings, agenda, minutes, cases, case state, numbering): every call returns
normally or raises a DomainError with a Swedish sentence, and an error leaves the database as it was (see
hostile_input.Arena)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hostile_input import (
    Arena,
    Case,
    Draw,
    hostile_dates,
    hostile_ints,
    hostile_text,
    hostile_times,
    hostile_years,
    ids,
    in_session,
    inside,
    members,
    on_meeting,
    optional_dates,
    optional_ids,
    optional_text,
    pure,
    refused_in_words,
)
from hypothesis import strategies as st

from samverkan_desktop.domain.enums import ActionStatus, AttendanceStatus, ItemKind, MeetingKind, Outcome
from samverkan_desktop.services import (
    agenda,
    attachments,
    case_state,
    cases,
    formalia,
    meeting_view,
    meetings,
    minutes,
    minutes_people,
    numbering,
)
from samverkan_desktop.services.meeting_dto import (
    ActionData,
    AgendaItemData,
    AttendanceData,
    MeetingData,
    OutcomeData,
    TemplateItemData,
)


def meeting_data(d: Draw, a: Arena) -> MeetingData:
    return MeetingData(d(ids(a.world.groups)), d(hostile_dates()), d(hostile_times()), d(hostile_times()),
                       d(optional_text()), d(optional_text()), d(members(MeetingKind)))


def item_data(d: Draw, a: Arena) -> AgendaItemData:
    return AgendaItemData(d(hostile_text()), d(members(ItemKind)), d(optional_text()), d(st.none() | hostile_ints()),
                          d(st.booleans()), d(optional_ids(a.world.cases)))


def template_item(d: Draw) -> TemplateItemData:
    return TemplateItemData(d(hostile_text()), d(members(ItemKind)), d(st.none() | hostile_ints()), d(st.booleans()))


def outcome_data(d: Draw, a: Arena) -> OutcomeData:
    return OutcomeData(d(st.none() | members(Outcome)), d(optional_text()), d(optional_ids(a.world.groups)))


def attendance_data(d: Draw, a: Arena) -> AttendanceData:
    paragraph = st.none() | hostile_ints()
    return AttendanceData(d(members(AttendanceStatus)), d(optional_ids(a.world.person_ids)), d(paragraph),
                          d(paragraph))


def action_data(d: Draw, a: Arena) -> ActionData:
    w = a.world
    return ActionData(d(hostile_text()), d(optional_ids(w.person_ids)), d(optional_ids(w.organisations)),
                      d(optional_dates()), d(members(ActionStatus)), d(optional_dates()))


def source_file(d: Draw, a: Arena) -> Path:
    """A file the user picks: any name a file system takes (emoji, RTL marks, newlines, 255 bytes), empty or
    not; or a path that is not a readable file (missing, a folder, NUL inside, a name too long)."""
    name = d(hostile_text().map(lambda t: t.replace("/", "").replace("\x00", "")[:80]).filter(
        lambda t: t not in ("", ".", "..") and len(t.encode()) <= 250))
    folder = Path(tempfile.mkdtemp(dir=a.files))
    path = folder / name
    kind = d(st.sampled_from(["file", "empty", "missing", "folder", "nul", "too long"]))
    if kind in ("file", "empty"):
        path.write_bytes(b"%PDF-1.4 bilaga" if kind == "file" else b"")
    elif kind == "folder":
        path.mkdir()
    elif kind == "nul":
        path = folder / "bil\x00aga.pdf"
    elif kind == "too long":
        path = folder / ("å" * 300)
    return path


def attachment(d: Draw, a: Arena):
    return a.call(attachments.add_attachment, d(ids(a.world.items)), source_file(d, a))


def _meeting_row_then(fn):
    """``fn(meeting_row, *rest)`` (a helper that takes a Meeting row first) as ``call(uow, id, *rest)``."""
    from samverkan_desktop.db.models import Meeting
    from samverkan_desktop.services._common import get_or_raise

    def call(uow, meeting_id, *rest):
        with uow:
            return fn(get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting"), *rest)

    call.__qualname__ = f"{fn.__qualname__}[a meeting]"
    call.__module__ = fn.__module__
    return call


CASES: dict[object, Case] = {
    # meetings
    meetings.local_year_bounds: lambda d, a: a.call(pure(meetings.local_year_bounds),
                                                    d(hostile_years())),
    meetings.list_meetings: lambda d, a: a.call(meetings.list_meetings, d(ids(a.world.groups)),
                                                d(st.none() | hostile_years())),
    meetings.get_meeting: lambda d, a: a.call(meetings.get_meeting, d(ids(a.world.meetings))),
    meetings.series_count_warnings: lambda d, a: a.call(meetings.series_count_warnings, d(ids(a.world.groups)),
                                                        d(st.lists(hostile_dates(), max_size=12))),
    formalia.procedural_anchoring_count: lambda d, a: a.call(formalia.procedural_anchoring_count,
                                                             d(optional_ids(a.world.groups))),
    formalia.clear_procedural_anchoring: lambda d, a: a.call(formalia.clear_procedural_anchoring,
                                                             d(optional_ids(a.world.groups))),
    meetings.planning_warnings: lambda d, a: a.call(meetings.planning_warnings, meeting_data(d, a),
                                                    d(optional_ids(a.world.meetings))),
    meetings.year_count_warning: lambda d, a: a.call(meetings.year_count_warning, d(ids(a.world.groups)),
                                                     d(hostile_years())),
    meetings.create_meeting: lambda d, a: a.call(meetings.create_meeting, meeting_data(d, a)),
    meetings.update_meeting: lambda d, a: a.call(meetings.update_meeting, d(ids(a.world.meetings)),
                                                 meeting_data(d, a)),
    meetings.plan_year: lambda d, a: a.call(meetings.plan_year, d(ids(a.world.groups)),
                                            d(st.lists(hostile_dates(), max_size=4)), d(hostile_times()),
                                            d(hostile_times()), d(optional_text()), d(optional_text())),
    meetings.cancel_meeting: lambda d, a: a.call(meetings.cancel_meeting, d(ids(a.world.meetings)), d(hostile_text())),
    meetings.mark_called: lambda d, a: a.call(meetings.mark_called, d(ids(a.world.meetings))),
    meetings.mark_held: lambda d, a: a.call(meetings.mark_held, d(ids(a.world.meetings))),
    meeting_view.meeting_view: lambda d, a: a.call(meeting_view.meeting_view, d(ids(a.world.meetings))),
    meetings.next_meeting_after: lambda d, a: a.call(meetings.next_meeting_after, d(ids(a.world.meetings))),
    # agenda
    agenda.editable_meeting: lambda d, a: a.call(inside(agenda.editable_meeting), d(ids(a.world.meetings))),
    agenda.check_minutes_open: lambda d, a: a.call(on_meeting(agenda.check_minutes_open, first="uow"),
                                                   d(ids(a.world.meetings))),
    agenda.load_items: lambda d, a: a.call(in_session(agenda.load_items), d(ids(a.world.meetings))),
    agenda.list_items: lambda d, a: a.call(agenda.list_items, d(ids(a.world.meetings))),
    agenda.get_item: lambda d, a: a.call(agenda.get_item, d(ids(a.world.items))),
    agenda.add_item: lambda d, a: a.call(agenda.add_item, d(ids(a.world.meetings)), item_data(d, a),
                                         d(st.none() | hostile_ints())),
    agenda.update_item: lambda d, a: a.call(agenda.update_item, d(ids(a.world.items)), item_data(d, a)),
    agenda.delete_item: lambda d, a: a.call(agenda.delete_item, d(ids(a.world.items))),
    agenda.move_item: lambda d, a: a.call(agenda.move_item, d(ids(a.world.items)), d(hostile_ints())),
    agenda.position_below: lambda d, a: a.call(agenda.position_below, d(ids(a.world.meetings)),
                                               d(ids(a.world.items))),
    agenda.planned_time_warning: lambda d, a: a.call(agenda.planned_time_warning, d(ids(a.world.meetings))),
    agenda.time_warning: lambda d, a: a.call(_meeting_row_then(agenda.time_warning), d(ids(a.world.meetings)),
                                             d(hostile_ints())),
    agenda.template_items: lambda d, a: a.call(agenda.template_items, d(ids(a.world.groups))),
    agenda.save_template: lambda d, a: a.call(agenda.save_template, d(ids(a.world.groups)),
                                              [template_item(d) for _ in range(d(st.integers(0, 4)))]),
    agenda.apply_template: lambda d, a: a.call(agenda.apply_template, d(ids(a.world.meetings))),
    attachments.add_attachment: attachment,
    attachments.read_attachment: lambda d, a: a.call(attachments.read_attachment, d(ids(a.world.attachments))),
    attachments.verify_attachments: lambda d, a: a.call(attachments.verify_attachments),
    attachments.adopt_old_files: lambda d, a: a.call(attachments.adopt_old_files, source_file(d, a).parent
                                                     if d(st.booleans()) else source_file(d, a)),
    attachments.attach_content: lambda d, a: a.call(attachments.attach_content, d(ids(a.world.items)),
                                                    d(optional_text()), d(st.binary(max_size=64))),
    attachments.remove_attachment: lambda d, a: a.call(attachments.remove_attachment, d(ids(a.world.attachments))),
    # minutes
    minutes.save_text: lambda d, a: a.call(minutes.save_text, d(ids(a.world.items)), d(optional_text()),
                                           d(optional_text())),
    minutes.set_outcome: lambda d, a: a.call(minutes.set_outcome, d(ids(a.world.items)), outcome_data(d, a)),
    minutes.attendance: lambda d, a: a.call(minutes.attendance, d(ids(a.world.meetings))),
    minutes.set_attendance: lambda d, a: a.call(minutes.set_attendance, d(ids(a.world.attendance)),
                                                attendance_data(d, a)),
    minutes.fill_attendance: lambda d, a: a.call(minutes.fill_attendance, d(ids(a.world.meetings))),
    minutes.attendance_recorded: lambda d, a: a.call(minutes.attendance_recorded, d(ids(a.world.meetings))),
    minutes.attendance_to_fill: lambda d, a: a.call(_meeting_row_then(minutes.attendance_to_fill),
                                                    d(ids(a.world.meetings))),
    minutes.add_attendee: lambda d, a: a.call(minutes.add_attendee, d(ids(a.world.meetings)),
                                              d(ids(a.world.person_ids)), adjunct=d(st.booleans())),
    minutes.add_action: lambda d, a: a.call(minutes.add_action, d(ids(a.world.items)), action_data(d, a)),
    minutes.update_action: lambda d, a: a.call(minutes.update_action, d(ids(a.world.actions)), action_data(d, a)),
    minutes.delete_action: lambda d, a: a.call(minutes.delete_action, d(ids(a.world.actions))),
    minutes_people.minutes_people: lambda d, a: a.call(minutes_people.minutes_people, d(ids(a.world.meetings))),
    minutes_people.set_minutes_people: lambda d, a: a.call(
        minutes_people.set_minutes_people, d(ids(a.world.meetings)), d(optional_ids(a.world.person_ids)),
        d(optional_ids(a.world.person_ids))),
    # cases
    cases.list_cases: lambda d, a: a.call(cases.list_cases, d(ids(a.world.groups))),
    cases.to_plan: lambda d, a: a.call(cases.to_plan, d(ids(a.world.groups))),
    cases.get_case: lambda d, a: a.call(cases.get_case, d(ids(a.world.cases))),
    cases.history: lambda d, a: a.call(cases.history, d(ids(a.world.cases))),
    cases.open_case: lambda d, a: a.call(cases.open_case, d(ids(a.world.items)), d(optional_text()),
                                         d(optional_text())),
    cases.meetings_for: lambda d, a: a.call(cases.meetings_for, d(ids(a.world.cases))),
    cases.put_on_agenda: lambda d, a: a.call(cases.put_on_agenda, d(ids(a.world.cases)), d(ids(a.world.meetings))),
    # case state and numbering: helpers the services share, given ids instead of rows
    case_state.case_items: lambda d, a: a.call(in_session(case_state.case_items), d(ids(a.world.cases))),
    case_state.settle_cases_of: lambda d, a: a.call(in_session(case_state.settle_cases_of),
                                                    set(d(st.lists(optional_ids(a.world.cases), max_size=3)))),
    numbering.renumber_group_year: lambda d, a: a.call(in_session(numbering.renumber_group_year),
                                                       d(ids(a.world.groups)), d(hostile_years())),
    numbering.renumber_for_meeting: lambda d, a: a.call(on_meeting(numbering.renumber_for_meeting),
                                                        d(ids(a.world.meetings))),
}


test_hostile_input_is_refused_in_words = refused_in_words(CASES)
