"""What the screens load through the services, one function per screen, for the statement-count and
query-plan tests. Keep in step with the UI: a service call a screen makes and these omit goes unmeasured."""

from __future__ import annotations

from datetime import date

from samverkan_desktop.services import (
    approval,
    audit,
    cases,
    follow_up,
    groups,
    meetings,
    memberships,
    minutes,
    overview,
    publication,
)
from samverkan_desktop.services import decision_log as log
from samverkan_desktop.services.decision_log import DecisionLogFilter
from samverkan_desktop.services.follow_up import ActionFilter
from samverkan_desktop.services.meeting_view import meeting_view


def open_meeting(uow, meeting_id: int) -> None:
    """MeetingEditor: its constructor and reload() (one meeting_view), and its attendance tab when first shown."""
    meeting_view(uow, meeting_id)
    groups.group_choices(uow)
    minutes.attendance(uow, meeting_id)


def show_group(uow, group_id: int, today: date) -> None:
    """GroupPage.reload(): overview, template, members, the year's meetings (MeetingsTab), cases (CasesTab)."""
    groups.group_overview(uow, group_id, today)
    publication.group_template(uow, group_id)
    memberships.list_memberships(uow, group_id, today)
    meetings.list_meetings(uow, group_id, today.year)
    meetings.year_count_warning(uow, group_id, today.year)
    approval.late_approvals(uow, today, group_id)
    cases.to_plan(uow, group_id)
    cases.list_cases(uow, group_id)


def load_tree(uow, today: date) -> None:
    """MainWindow: the group tree; the meeting editor's list of groups."""
    groups.list_group_tree(uow, today)
    groups.list_groups(uow)


def follow_up_lists(uow, today: date, group_id: int | None = None, *, decision_log: bool = True) -> None:
    """FollowUpPage and its tabs, for every group and for one; the decision log's first page; the publish
    dialog's waiting minutes."""
    overview.overview(uow, today.year, today, group_id)
    overview.year_wheel(uow, today.year, group_id)
    follow_up.list_actions(uow, ActionFilter(group_id=group_id, overdue_only=True), today)
    # Åtgärder and Förankring: the list's order (ids), then its first page.
    actions = follow_up.action_order(uow, ActionFilter(group_id=group_id, open_only=True), today)
    follow_up.action_rows(uow, actions.ids[:200], today)
    follow_up.anchoring_rows(uow, follow_up.anchoring_order(uow, None, True, group_id)[:200])
    if decision_log:
        log.decision_log(uow, DecisionLogFilter(group_id=group_id), 0, 200)
    approval.late_approvals(uow, today, group_id)
    publication.awaiting_publication(uow, date(today.year, 1, 1))


def meeting_history(uow, meeting_id: int) -> None:
    audit.meeting_history(uow, meeting_id)
