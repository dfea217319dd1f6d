"""The codes that cross layers keep the values already stored in audit events and backup names."""

from __future__ import annotations

from enum import StrEnum

import pytest

from samverkan_desktop.domain.codes import AuditAction, AuditEntity, BackupReason, DayKind, OverviewKind

STORED = [  # a list: members of different codes with one value are equal as dictionary keys
    (AuditAction.BACK_TO_DRAFT, "åter till utkast"),
    (AuditAction.SENT_FOR_APPROVAL, "skickade för godkännande"),
    (AuditAction.REOPENED, "öppnade igen"),
    (AuditAction.MEETING_HELD, "genomfört"),
    (AuditAction.CREATED, "skapad"),
    (AuditEntity.MEETING, "möte"),
    (AuditEntity.MINUTES, "anteckningar"),
    (AuditEntity.REGISTER, "register"),
    (BackupReason.DAMAGED, "skadad"),
    (BackupReason.BEFORE_APPROVAL, "före-godkännande"),
    (BackupReason.BEFORE_IMPORT, "före-import"),
    (OverviewKind.MEETING, "möte"),
    (OverviewKind.REPORT, "rapport"),
    (DayKind.HOLIDAY, "helgdag"),
    (DayKind.WEEKEND, "helg"),
]


@pytest.mark.parametrize(("code", "value"), STORED, ids=[f"{type(c).__name__}.{c.name}" for c, _v in STORED])
def test_values_are_the_stored_strings(code: StrEnum, value: str) -> None:
    assert code == value and str(code) == value and f"{code}" == value


@pytest.mark.parametrize("codes", [AuditAction, AuditEntity, BackupReason, OverviewKind, DayKind])
def test_no_two_members_share_a_value(codes: type[StrEnum]) -> None:
    """A repeated value would make the second name an alias of the first (and a stored value ambiguous)."""
    assert len({m.value for m in codes}) == len(codes.__members__)


def test_a_stored_value_reads_back_as_its_member() -> None:
    assert AuditAction("åter till utkast") is AuditAction.BACK_TO_DRAFT
    assert BackupReason("skadad") is BackupReason.DAMAGED
