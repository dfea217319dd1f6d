"""Words shown for the domain's codes: every member of every enum has a word of its own, in Swedish, and no two
members of one enum read alike (a combo box of them would be ambiguous)."""

from __future__ import annotations

import pytest

from samverkan_desktop.domain import enums
from samverkan_desktop.domain.enums import AttendanceStatus, CaseStatus, GroupKind, Outcome, Role
from samverkan_desktop.ui import labels

TABLES = [
    (labels.organisation_kind_labels, enums.OrganisationKind), (labels.group_kind_labels, enums.GroupKind),
    (labels.role_labels, enums.Role), (labels.recurrence_labels, enums.Recurrence),
    (labels.meeting_status_labels, enums.MeetingStatus), (labels.meeting_kind_labels, enums.MeetingKind),
    (labels.minutes_status_labels, enums.MinutesStatus), (labels.item_kind_labels, enums.ItemKind),
    (labels.outcome_labels, enums.Outcome), (labels.attendance_labels, enums.AttendanceStatus),
    (labels.case_status_labels, enums.CaseStatus), (labels.action_status_labels, enums.ActionStatus),
    (labels.approval_method_labels, enums.ApprovalMethod), (labels.anchoring_status_labels, enums.AnchoringStatus),
]


@pytest.mark.parametrize(("table", "codes"), TABLES, ids=[codes.__name__ for _, codes in TABLES])
def test_every_code_has_a_word_of_its_own(table, codes):
    words = table()
    assert list(words) == list(codes)  # in the enum's order: combo boxes list them so
    assert all(words.values()) and len(set(words.values())) == len(words)


def test_the_words_are_swedish_when_the_interface_is():
    assert labels.role_labels()[Role.CHAIR] == "Ordförande"
    assert labels.group_kind_labels()[GroupKind.NOSAM] != "Local area collaboration (NOSAM)"
    assert labels.outcome_labels()[Outcome.DECIDED] != "Decided in consensus"
    assert labels.attendance_labels()[AttendanceStatus.EXCUSED] != "Sent apologies"
    assert labels.case_status_labels()[CaseStatus.CLOSED] != "Closed"
    assert (labels.yes_no(True), labels.yes_no(False)) == ("Ja", "Nej")
