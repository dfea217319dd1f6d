"""Hostile input to the services after the meeting (approval, review files, publication, follow-up, overview,
decision log and search, annual report, documents, audit trail): every call returns normally or raises a DomainError
with a Swedish sentence, and an error leaves the database as it was (see hostile_input.Arena)."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from hostile_input import (
    Arena,
    Case,
    Draw,
    hostile_dates,
    hostile_datetimes,
    hostile_ints,
    hostile_text,
    hostile_years,
    ids,
    in_session,
    members,
    on_meeting,
    optional_dates,
    optional_ids,
    optional_text,
    pure,
    refused_in_words,
)
from hypothesis import strategies as st

from samverkan_desktop.domain.documents import WrittenFile
from samverkan_desktop.domain.enums import ActionStatus, AnchoringStatus, ApprovalMethod, CaseStatus, Outcome
from samverkan_desktop.domain.review_file import Approver, ItemComment, Receipt
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.services import (
    annual_report,
    approval,
    audit,
    decision_log,
    documents,
    follow_up,
    mailing,
    meeting_pack,
    overview,
    publication,
    review,
    search,
    signing,
    verification,
)


def receipt(d: Draw, a: Arena) -> Receipt:
    """The chair's real receipt for the held minutes, with some of its fields replaced by hostile ones."""
    real = a.world.receipt
    fields = d(st.sets(st.sampled_from(["meeting_id", "group_name", "meeting_on", "content_hash", "approver",
                                        "approved", "comments", "note", "at"]), max_size=3))
    changes: dict[str, object] = {}
    people = a.world.person_ids
    for name in fields:
        changes[name] = {
            "meeting_id": lambda: d(ids(a.world.meetings)),
            "group_name": lambda: d(hostile_text()),
            "meeting_on": lambda: d(hostile_text()),
            "content_hash": lambda: d(hostile_text()),
            "approver": lambda: Approver(d(ids(people)), d(hostile_text()), d(hostile_text())),
            "approved": lambda: d(st.booleans()),
            "comments": lambda: tuple(ItemComment(d(hostile_ints()), d(st.none() | hostile_ints()), d(hostile_text()),
                                                  d(hostile_text())) for _ in range(d(st.integers(0, 3)))),
            "note": lambda: d(hostile_text()),
            "at": lambda: d(hostile_text() | hostile_datetimes().map(lambda t: t.isoformat())),
        }[name]()
    return dataclasses.replace(real, **changes)


def render(d: Draw, a: Arena):
    """An exporter that says it wrote files with the names a group's template or title might give them."""
    names = d(st.lists(hostile_text().map(lambda t: t.replace("/", "_").replace("\x00", "_")[:200] or "x"),
                       min_size=1, max_size=2))

    def write(document, template):
        return [WrittenFile("docx", a.files / f"{name}.docx", hashlib.sha256(name.encode()).hexdigest())
                for name in names]

    return write


def action_filter(d: Draw, a: Arena) -> follow_up.ActionFilter:
    w = a.world
    return follow_up.ActionFilter(d(optional_ids(w.groups)), d(st.booleans()), d(optional_ids(w.person_ids)),
                                  d(optional_ids(w.organisations)), d(st.none() | members(ActionStatus)),
                                  d(st.booleans()), d(st.booleans()), d(st.none() | hostile_ints()))


def log_filter(d: Draw, a: Arena) -> decision_log.DecisionLogFilter:
    return decision_log.DecisionLogFilter(d(hostile_text()), d(optional_ids(a.world.groups)), d(st.booleans()),
                                          d(optional_dates()), d(optional_dates()), d(st.none() | members(Outcome)),
                                          d(st.none() | members(CaseStatus)))


CASES: dict[object, Case] = {
    # approval
    approval.minutes_content: lambda d, a: a.call(on_meeting(approval.minutes_content), d(ids(a.world.meetings))),
    approval.content_hash: lambda d, a: a.call(on_meeting(approval.content_hash), d(ids(a.world.meetings))),
    approval.approvers_on: lambda d, a: a.call(on_meeting(approval.approvers_on), d(ids(a.world.meetings))),
    approval.minutes_state: lambda d, a: a.call(approval.minutes_state, d(ids(a.world.meetings))),
    approval.state_of: lambda d, a: a.call(on_meeting(approval.state_of), d(ids(a.world.meetings))),
    approval.send_for_approval: lambda d, a: a.call(approval.send_for_approval, d(ids(a.world.meetings)),
                                                    to_vice_chair=d(st.booleans()),
                                                    no_attendance_reason=d(optional_text())),
    approval.approve: lambda d, a: a.call(
        approval.approve, d(ids(a.world.meetings)), d(ids(a.world.person_ids)), d(members(ApprovalMethod)),
        d(optional_text()), expected_hash=d(st.none() | st.just(a.world.receipt.content_hash) | hostile_text()),
        at=d(st.none() | hostile_datetimes())),
    approval.reopen: lambda d, a: a.call(approval.reopen, d(ids(a.world.meetings)), d(hostile_text())),
    verification.verify_all: lambda d, a: a.call(verification.verify_all),
    approval.late_approvals: lambda d, a: a.call(approval.late_approvals, d(hostile_dates()),
                                                 d(optional_ids(a.world.groups))),
    # review files
    review.build_review: lambda d, a: a.call(review.build_review, d(ids(a.world.meetings))),
    review.import_receipt: lambda d, a: a.call(review.import_receipt, receipt(d, a)),
    review.comments: lambda d, a: a.call(review.comments, d(ids(a.world.meetings))),
    # signing keys
    signing.register_key: lambda d, a: a.call(signing.register_key, d(ids(a.world.person_ids)),
                                              d(hostile_text() | st.just(SigningKey.generate().public.pem()))),
    signing.keys_of: lambda d, a: a.call(signing.keys_of, d(ids(a.world.person_ids))),
    signing.current_fingerprints: lambda d, a: a.call(signing.current_fingerprints,
                                                      d(st.lists(ids(a.world.person_ids), max_size=3))),
    verification.verify_signatures: lambda d, a: a.call(verification.verify_signatures),
    # publication
    publication.publications: lambda d, a: a.call(publication.publications, d(ids(a.world.meetings))),
    publication.awaiting_publication: lambda d, a: a.call(publication.awaiting_publication, d(optional_dates()),
                                                          d(optional_ids(a.world.groups))),
    publication.publish: lambda d, a: a.call(publication.publish, d(ids(a.world.meetings)), render(d, a)),
    publication.group_template: lambda d, a: a.call(publication.group_template, d(ids(a.world.groups))),
    publication.set_group_template: lambda d, a: a.call(publication.set_group_template, d(ids(a.world.groups)),
                                                        d(hostile_text()), d(st.binary(max_size=64))),
    publication.clear_group_template: lambda d, a: a.call(publication.clear_group_template, d(ids(a.world.groups))),
    # follow-up
    follow_up.is_overdue: lambda d, a: a.call(pure(follow_up.is_overdue), d(members(ActionStatus)),
                                              d(optional_dates()), d(hostile_dates())),
    follow_up.with_subgroups: lambda d, a: a.call(in_session(follow_up.with_subgroups), d(ids(a.world.groups))),
    follow_up.list_actions: lambda d, a: a.call(follow_up.list_actions, action_filter(d, a), d(hostile_dates())),
    follow_up.overdue_filter: lambda d, a: a.call(
        lambda uow, group, year, today: follow_up.list_actions(uow, follow_up.overdue_filter(group, year), today),
        d(optional_ids(a.world.groups)), d(st.none() | hostile_ints()), d(hostile_dates())),
    follow_up.set_action_status: lambda d, a: a.call(follow_up.set_action_status, d(ids(a.world.actions)),
                                                     d(members(ActionStatus)), d(optional_dates()),
                                                     d(hostile_dates())),
    follow_up.mark_action_done: lambda d, a: a.call(follow_up.mark_action_done, d(ids(a.world.actions)),
                                                    d(hostile_dates())),
    follow_up.anchoring_for: lambda d, a: a.call(follow_up.anchoring_for, d(optional_ids(a.world.organisations)),
                                                 d(st.booleans()), d(optional_ids(a.world.groups))),
    follow_up.set_anchoring: lambda d, a: a.call(follow_up.set_anchoring, d(ids(a.world.anchorings)),
                                                 d(members(AnchoringStatus)), d(optional_dates()),
                                                 d(optional_text())),
    follow_up.action_order: lambda d, a: a.call(follow_up.action_order, action_filter(d, a), d(hostile_dates())),
    follow_up.action_rows: lambda d, a: a.call(follow_up.action_rows, d(st.lists(ids(a.world.actions), max_size=4)),
                                               d(hostile_dates())),
    follow_up.anchoring_order: lambda d, a: a.call(follow_up.anchoring_order, d(optional_ids(a.world.organisations)),
                                                   d(st.booleans()), d(optional_ids(a.world.groups))),
    follow_up.anchoring_rows: lambda d, a: a.call(follow_up.anchoring_rows,
                                                  d(st.lists(ids(a.world.anchorings), max_size=4))),
    # overview
    overview.overview: lambda d, a: a.call(overview.overview, d(hostile_years()), d(hostile_dates()),
                                           d(optional_ids(a.world.groups))),
    overview.year_wheel: lambda d, a: a.call(overview.year_wheel, d(hostile_years()),
                                             d(optional_ids(a.world.groups))),
    # decision log and search
    decision_log.decision_log: lambda d, a: a.call(decision_log.decision_log,
                                                   None if d(st.booleans()) else log_filter(d, a),
                                                   d(hostile_ints()), d(hostile_ints())),
    decision_log.decision_log_export: lambda d, a: a.call(decision_log.decision_log_export, log_filter(d, a)),
    decision_log.group_ids_with_subgroups: lambda d, a: a.call(in_session(decision_log.group_ids_with_subgroups),
                                                               d(ids(a.world.groups))),
    search.search_for: lambda d, a: a.call(in_session(search.search_for)),
    search.rebuild_index: lambda d, a: a.call(search.rebuild_index),
    search.snippet_html: lambda d, a: a.call(pure(search.snippet_html), d(optional_text())),
    # documents and reports
    annual_report.annual_report: lambda d, a: a.call(annual_report.annual_report, d(ids(a.world.groups)),
                                                     d(hostile_years())),
    documents.minutes_document: lambda d, a: a.call(documents.minutes_document, d(ids(a.world.meetings))),
    documents.notice_document: lambda d, a: a.call(documents.notice_document, d(ids(a.world.meetings))),
    documents.calendar_invite: lambda d, a: a.call(documents.calendar_invite, d(ids(a.world.meetings))),
    audit.meeting_history: lambda d, a: a.call(audit.meeting_history, d(ids(a.world.meetings))),
    audit.verify_chain: lambda d, a: a.call(audit.verify_chain),
    # the meeting pack and the e-mail drafts
    meeting_pack.meeting_pack: lambda d, a: a.call(meeting_pack.meeting_pack, d(ids(a.world.meetings))),
    mailing.group_recipients: lambda d, a: a.call(on_meeting(mailing.group_recipients), d(ids(a.world.meetings))),
    mailing.invitation_mail: lambda d, a: a.call(mailing.invitation_mail, d(ids(a.world.meetings))),
    mailing.minutes_mail: lambda d, a: a.call(mailing.minutes_mail, d(ids(a.world.meetings))),
    mailing.review_mail: lambda d, a: a.call(mailing.review_mail, d(ids(a.world.meetings)), d(hostile_text())),
}


test_hostile_input_is_refused_in_words = refused_in_words(CASES)


def test_the_world_is_what_the_cases_aim_at(arena: Arena) -> None:
    """The ids the cases draw from exist, so that hostile input also reaches the code past the look-ups."""
    w = arena.world
    assert len(w.meetings) == 4 and len(w.items) >= 5 and w.anchorings and w.actions and w.duties
    assert Path(arena.template).exists()


# -- the arena itself can fail ---------------------------------------------------------------------------------------
def test_the_arena_sees_a_change_left_behind_by_an_error(arena: Arena) -> None:
    from samverkan_desktop.domain.enums import OrganisationKind
    from samverkan_desktop.domain.errors import ValidationError
    from samverkan_desktop.services.dto import OrganisationData
    from samverkan_desktop.services.organisations import create_organisation

    def half_saved(uow):
        create_organisation(uow, OrganisationData("Halvsparad", OrganisationKind.OTHER))  # commits
        raise ValidationError("Något gick fel efter att organisationen sparats.")

    with pytest.raises(AssertionError, match="changed the database"):
        arena.call(half_saved)


@pytest.mark.parametrize(("error", "expected"), [
    (ValueError("year 10000 is out of range"), ValueError),
    (OverflowError("date value out of range"), OverflowError),
])
def test_the_arena_lets_no_other_exception_pass_as_refused(arena: Arena, error, expected) -> None:
    def broken(uow):
        raise error

    with pytest.raises(expected):
        arena.call(broken)


@pytest.mark.parametrize("message", [
    "", "   ", "year 0 is out of range", "Databasfel: FOREIGN KEY constraint failed. Inget har sparats.",
    "Gruppen finns inte längre", "ValueError: värdet är ogiltigt.",
])
def test_a_message_must_be_a_swedish_sentence(message: str) -> None:
    from hostile_input import check_message

    from samverkan_desktop.domain.errors import StorageError

    with pytest.raises(AssertionError):
        check_message(StorageError(message))
