"""The register services' frozen data: a membership holds on a day inside its dates, both ends included, open ends
open; a result carries its warnings beside the value."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.services.dto import MembershipDTO, SaveResult


def membership(valid_from: date | None, valid_to: date | None) -> MembershipDTO:
    return MembershipDTO(1, 2, "Anna Berg", None, 3, Role.MEMBER, None, None, None, valid_from, valid_to)


@pytest.mark.parametrize(("valid_from", "valid_to", "day", "holds"), [
    (None, None, date(1990, 1, 1), True),
    (date(2026, 1, 1), None, date(2025, 12, 31), False),
    (date(2026, 1, 1), None, date(2026, 1, 1), True),
    (None, date(2026, 6, 30), date(2026, 6, 30), True),
    (None, date(2026, 6, 30), date(2026, 7, 1), False),
    (date(2026, 1, 1), date(2026, 6, 30), date(2026, 3, 10), True),
])
def test_a_membership_holds_between_its_dates_both_included(valid_from, valid_to, day, holds):
    assert membership(valid_from, valid_to).valid_on(day) is holds


def test_a_result_without_warnings_has_none():
    assert SaveResult("värde").warnings == ()
    assert SaveResult("värde", ("Midsommarafton",)).warnings == ("Midsommarafton",)
