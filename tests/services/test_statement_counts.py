"""No N+1 queries: what a screen loads costs the same number of SQL statements whether the meeting has 5 or
40 items, the group 3 or 30 meetings, the register 5 or 50 groups. A count that grows with the rows means
a query per row (a lazy load in a loop); the fix is a selectinload/joinedload or one query per list."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from meeting_fixtures import World
from screen_loads import load_tree, open_meeting, show_group
from statement_counter import count_statements

from samverkan_desktop.domain.enums import ApprovalMethod, GroupKind, ItemKind, Outcome, Role
from samverkan_desktop.services import (
    agenda,
    approval,
    attachments,
    cases,
    groups,
    mandates,
    meetings,
    memberships,
    minutes,
    people,
)
from samverkan_desktop.services.dto import GroupData, MandateData, MembershipData, PersonData
from samverkan_desktop.services.meeting_dto import ActionData, AgendaItemData, MeetingData, OutcomeData

TODAY = date(2026, 11, 22)


def full_meeting(uow, world: World, day: date, size: int, folder: Path) -> int:
    """A held, approved meeting of NOSAM with ``size`` items, each different in every way a lazy load could
    notice (its own case, action person, organisation, target group, attachment), and ``size`` guests."""
    persons = [people.create_person(uow, PersonData(f"Person {day} {n}")).id for n in range(size)]
    targets = [groups.create_group(uow, GroupData(f"Mål {day} {n}", GroupKind.THEME_GROUP)).id for n in range(size)]
    meeting = meetings.create_meeting(uow, MeetingData(world.nosam, day, time(9), time(17))).value
    minutes.attendance(uow, meeting.id)  # filled from the members, as the editor's first opening does
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        item = agenda.add_item(uow, meeting.id, AgendaItemData(f"Punkt {n}", ItemKind.DECISION, planned_minutes=5))
        cases.open_case(uow, item.id)
        minutes.save_text(uow, item.id, f"Anteckning {n}", f"att {n}")
        minutes.set_outcome(uow, item.id, OutcomeData(Outcome.ESCALATED, target_group_id=targets[n]))
        minutes.add_action(uow, item.id, ActionData(f"Gör {n}", responsible_person_id=persons[n],
                                                    responsible_organisation_id=world.region if n % 2 else
                                                    world.falkenberg, due_on=day + timedelta(days=n)))
        source = folder / f"bilaga-{day}-{n}.txt"
        source.write_text(f"bilaga {n}")
        attachments.add_attachment(uow, item.id, source)
        minutes.add_attendee(uow, meeting.id, persons[n])
    meetings.mark_held(uow, meeting.id)
    approval.approve(uow, meeting.id, world.people["Anna Andersson"], ApprovalMethod.IN_APP)
    return meeting.id


def test_opening_a_meeting_costs_the_same_with_5_and_40_items(meeting_world, uow, engine, tmp_path):
    small = full_meeting(uow, meeting_world, date(2026, 3, 10), 5, tmp_path)
    large = full_meeting(uow, meeting_world, date(2026, 4, 14), 40, tmp_path)
    with count_statements(engine) as five:
        open_meeting(uow, small)
    with count_statements(engine) as forty:
        open_meeting(uow, large)
    assert forty.count == five.count, f"5 items:\n{five.report()}\n\n40 items:\n{forty.report()}"
    assert five.count <= 35, five.report()  # seven service calls, a few queries each


def group_with_meetings(uow, world: World, name: str, count: int) -> int:
    """A group with a mandate (approval within 14 days), a chair, and ``count`` held meetings in TODAY's year,
    each with a decision item that became a case, minutes still a draft (so every one is late)."""
    group = groups.create_group(uow, GroupData(name, GroupKind.NOSAM)).id
    mandates.save_mandate(uow, group, MandateData(meetings_min=4, meetings_max=6, approval_days=14),
                          new_version=False)
    memberships.save_membership(uow, MembershipData(world.people["Anna Andersson"], group, Role.CHAIR,
                                                    world.region, date(2024, 1, 1)))
    first = date(TODAY.year, 1, 5)
    for n in range(count):
        meeting = meetings.create_meeting(uow, MeetingData(group, first + timedelta(days=7 * n), time(9),
                                                           time(10))).value
        item = agenda.add_item(uow, meeting.id, AgendaItemData(f"Ärende {n}", ItemKind.DECISION))
        cases.open_case(uow, item.id)
        minutes.set_outcome(uow, item.id, OutcomeData(Outcome.DEFERRED))
        meetings.mark_held(uow, meeting.id)
    return group


def test_showing_a_group_costs_the_same_with_3_and_30_meetings(meeting_world, uow, engine):
    small = group_with_meetings(uow, meeting_world, "Tre möten", 3)
    large = group_with_meetings(uow, meeting_world, "Trettio möten", 30)
    with count_statements(engine) as three:
        show_group(uow, small, TODAY)
    with count_statements(engine) as thirty:
        show_group(uow, large, TODAY)
    assert thirty.count == three.count, f"3 meetings:\n{three.report()}\n\n30 meetings:\n{thirty.report()}"
    assert three.count <= 30, three.report()  # eight service calls


def add_groups(uow, first: int, last: int) -> None:
    """Groups ``first``..``last - 1``, each a sub-group of the one before and with a chair of its own."""
    parent = None
    for n in range(first, last):
        parent = groups.create_group(uow, GroupData(f"Grupp {n}", GroupKind.THEME_GROUP, parent_id=parent)).id
        chair = people.create_person(uow, PersonData(f"Ordförande {n}")).id
        memberships.save_membership(uow, MembershipData(chair, parent, Role.CHAIR, None, date(2024, 1, 1)))


def test_the_group_tree_costs_the_same_with_5_and_50_groups(uow, engine):
    add_groups(uow, 0, 5)
    with count_statements(engine) as five:
        load_tree(uow, TODAY)
    add_groups(uow, 5, 50)
    with count_statements(engine) as fifty:
        load_tree(uow, TODAY)
    assert fifty.count == five.count, f"5 groups:\n{five.report()}\n\n50 groups:\n{fifty.report()}"
    assert five.count <= 6, five.report()


def test_the_documents_of_a_meeting_cost_the_same_with_5_and_40_items(meeting_world, uow, engine, tmp_path):
    from samverkan_desktop.services import documents

    small = full_meeting(uow, meeting_world, date(2026, 3, 10), 5, tmp_path)
    large = full_meeting(uow, meeting_world, date(2026, 4, 14), 40, tmp_path)
    for build in (documents.minutes_document, documents.notice_document):
        with count_statements(engine) as five:
            build(uow, small)
        with count_statements(engine) as forty:
            build(uow, large)
        assert forty.count == five.count, f"5 items:\n{five.report()}\n\n40 items:\n{forty.report()}"
        assert five.count <= 14, five.report()
