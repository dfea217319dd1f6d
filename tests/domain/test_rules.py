"""Rules of the group register that need no database."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.domain.enums import OrganisationKind, Recurrence, Role
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.rules import (
    Seat,
    add_months,
    chair_term_end,
    check_single_seat,
    due_dates,
    next_chair_kind,
    periods_overlap,
    rotation_warnings,
    validate_meeting_range,
    validate_period,
)

D = date
KOMMUN = OrganisationKind.KOMMUN
REGION = OrganisationKind.REGION


def seat(ident, name, role, start, end=None, kind=KOMMUN) -> Seat:
    return Seat(ident, name, role, start, end, kind)


# --- periods_overlap -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((D(2024, 1, 1), D(2024, 6, 30)), (D(2024, 7, 1), D(2024, 12, 31)), False),
        ((D(2024, 1, 1), D(2024, 6, 30)), (D(2024, 6, 30), D(2024, 12, 31)), True),  # shares one day
        ((D(2024, 1, 1), None), (D(2030, 1, 1), D(2030, 2, 1)), True),  # open end
        ((None, D(2024, 1, 1)), (D(2023, 1, 1), None), True),  # open start vs open end
        ((None, D(2024, 1, 1)), (D(2024, 1, 2), None), False),
        ((None, None), (D(2000, 1, 1), D(2000, 1, 1)), True),
        ((D(2024, 3, 1), D(2024, 3, 31)), (D(2024, 3, 10), D(2024, 3, 12)), True),  # contained
    ],
)
def test_periods_overlap(a, b, expected) -> None:
    assert periods_overlap(*a, *b) is expected
    assert periods_overlap(*b, *a) is expected


optional_dates = st.one_of(st.none(), st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)))


@given(optional_dates, optional_dates, optional_dates, optional_dates)
def test_periods_overlap_is_symmetric(a1, a2, b1, b2) -> None:
    assert periods_overlap(a1, a2, b1, b2) == periods_overlap(b1, b2, a1, a2)


@given(optional_dates, optional_dates)
def test_a_valid_period_overlaps_itself(start, end) -> None:
    if start is not None and end is not None and end < start:
        start, end = end, start
    assert periods_overlap(start, end, start, end)


# --- validate_period / validate_meeting_range ------------------------------------------------------------


def test_validate_period_accepts_open_and_ordered_periods() -> None:
    validate_period(None, None)
    validate_period(D(2024, 1, 1), None)
    validate_period(None, D(2024, 1, 1))
    validate_period(D(2024, 1, 1), D(2024, 1, 1))


def test_validate_period_refuses_end_before_start() -> None:
    with pytest.raises(ValidationError) as info:
        validate_period(D(2024, 2, 1), D(2024, 1, 31), field="active_to")
    assert info.value.field == "active_to"
    assert "före" in info.value.message


def test_validate_meeting_range_accepts_sensible_values() -> None:
    validate_meeting_range(None, None)
    validate_meeting_range(4, 8)
    validate_meeting_range(6, 6)
    validate_meeting_range(0, 52)


def test_validate_meeting_range_refuses_min_above_max_in_swedish() -> None:
    with pytest.raises(ValidationError) as info:
        validate_meeting_range(8, 4)
    assert info.value.field == "meetings_min"
    assert info.value.message == "Minsta antal möten per år kan inte vara större än högsta antal."


@pytest.mark.parametrize(("minimum", "maximum", "field"), [(-1, None, "meetings_min"), (None, 53, "meetings_max")])
def test_validate_meeting_range_refuses_out_of_range(minimum, maximum, field) -> None:
    with pytest.raises(ValidationError) as info:
        validate_meeting_range(minimum, maximum)
    assert info.value.field == field


# --- check_single_seat -----------------------------------------------------------------------------------


def test_second_overlapping_chair_is_refused_and_named() -> None:
    existing = [seat(1, "Anna Andersson", Role.CHAIR, D(2024, 1, 1))]
    new = seat(None, "Bertil Berg", Role.CHAIR, D(2025, 1, 1))
    with pytest.raises(ValidationError) as info:
        check_single_seat(new, existing)
    assert "Anna Andersson" in info.value.message
    assert "ordförande" in info.value.message
    assert info.value.field == "role"


def test_second_chair_after_the_first_ended_is_allowed() -> None:
    existing = [seat(1, "Anna Andersson", Role.CHAIR, D(2024, 1, 1), D(2024, 12, 31))]
    check_single_seat(seat(None, "Bertil Berg", Role.CHAIR, D(2025, 1, 1)), existing)


def test_editing_the_same_membership_is_not_a_clash() -> None:
    existing = [seat(1, "Anna Andersson", Role.CHAIR, D(2024, 1, 1))]
    check_single_seat(seat(1, "Anna Andersson", Role.CHAIR, D(2024, 2, 1)), existing)


def test_vice_chair_is_independent_of_chair() -> None:
    existing = [seat(1, "Anna Andersson", Role.CHAIR, D(2024, 1, 1))]
    check_single_seat(seat(None, "Bertil Berg", Role.VICE_CHAIR, D(2024, 1, 1)), existing)
    existing.append(seat(2, "Bertil Berg", Role.VICE_CHAIR, D(2024, 1, 1)))
    with pytest.raises(ValidationError) as info:
        check_single_seat(seat(None, "Cecilia Ek", Role.VICE_CHAIR, D(2024, 6, 1)), existing)
    assert "vice ordförande" in info.value.message
    assert "Bertil Berg" in info.value.message


def test_many_members_are_fine() -> None:
    existing = [seat(i, f"Person {i}", Role.MEMBER, D(2024, 1, 1)) for i in range(1, 5)]
    check_single_seat(seat(None, "Ny", Role.MEMBER, D(2024, 1, 1)), existing)


# --- rotation_warnings -----------------------------------------------------------------------------------


def previous_chair(kind: OrganisationKind) -> Seat:
    return seat(1, "Anna Andersson", Role.CHAIR, D(2022, 1, 1), D(2023, 12, 31), kind)


def test_chair_from_same_kind_as_previous_chair_warns() -> None:
    new = seat(None, "Bertil Berg", Role.CHAIR, D(2024, 1, 1), None, KOMMUN)
    warnings = rotation_warnings(new, [previous_chair(KOMMUN)], chair_rotates=True)
    assert len(warnings) == 1
    assert "Anna Andersson" in warnings[0]
    assert "kommun" in warnings[0]


def test_chair_from_the_other_kind_gives_no_warning() -> None:
    new = seat(None, "Bertil Berg", Role.CHAIR, D(2024, 1, 1), None, REGION)
    assert rotation_warnings(new, [previous_chair(KOMMUN)], chair_rotates=True) == []


def test_the_latest_previous_chair_counts() -> None:
    older = seat(3, "Gammal", Role.CHAIR, D(2020, 1, 1), D(2021, 12, 31), REGION)
    new = seat(None, "Bertil Berg", Role.CHAIR, D(2024, 1, 1), None, REGION)
    assert rotation_warnings(new, [older, previous_chair(KOMMUN)], chair_rotates=True) == []


def test_no_warning_when_the_chair_does_not_rotate() -> None:
    new = seat(None, "Bertil Berg", Role.CHAIR, D(2024, 1, 1), None, KOMMUN)
    assert rotation_warnings(new, [previous_chair(KOMMUN)], chair_rotates=False) == []


def test_vice_chair_from_the_chairs_kind_warns() -> None:
    chair = seat(1, "Anna Andersson", Role.CHAIR, D(2024, 1, 1), None, REGION)
    same = seat(None, "Bertil Berg", Role.VICE_CHAIR, D(2024, 1, 1), None, REGION)
    other = seat(None, "Cecilia Ek", Role.VICE_CHAIR, D(2024, 1, 1), None, KOMMUN)
    warnings = rotation_warnings(same, [chair], chair_rotates=True)
    assert len(warnings) == 1
    assert "Anna Andersson" in warnings[0]
    assert rotation_warnings(other, [chair], chair_rotates=True) == []
    assert rotation_warnings(same, [chair], chair_rotates=False) == []


def test_swedish_sort_order_puts_aao_after_z():
    from samverkan_desktop.domain.rules import swedish_sort_key

    names = ["Östra", "Ale", "ärla", "Zeta", "Åmål", "alingsås"]
    assert sorted(names, key=swedish_sort_key) == ["Ale", "alingsås", "Zeta", "Åmål", "ärla", "Östra"]


# --- follow-up: chair terms, rotation, reporting deadlines -------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 7, 16), 18, D(2027, 1, 16)),
        (D(2026, 8, 31), 6, D(2027, 2, 28)),  # clamped to the month's end
        (D(2027, 8, 31), 6, D(2028, 2, 29)),  # leap year
        (D(2026, 11, 30), 1, D(2026, 12, 30)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
        (D(2026, 1, 31), 0, D(2026, 1, 31)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_chair_term_end() -> None:
    assert chair_term_end(D(2025, 7, 16), None, 18) == D(2027, 1, 15)
    assert chair_term_end(D(2025, 7, 16), D(2026, 6, 30), 18) == D(2026, 6, 30)  # the earlier end wins
    assert chair_term_end(D(2025, 7, 16), D(2028, 1, 1), 18) == D(2027, 1, 15)
    assert chair_term_end(None, D(2026, 6, 30), 24) == D(2026, 6, 30)
    assert chair_term_end(D(2025, 7, 16), None, None) is None
    assert chair_term_end(None, None, 24) is None


def test_next_chair_kind() -> None:
    assert next_chair_kind(KOMMUN, chair_rotates=True) is REGION
    assert next_chair_kind(REGION, chair_rotates=True) is KOMMUN
    assert next_chair_kind(REGION, chair_rotates=False) is None
    assert next_chair_kind(OrganisationKind.PRIVATE_PROVIDER, chair_rotates=True) is None
    assert next_chair_kind(None, chair_rotates=True) is None


def test_due_dates() -> None:
    yearly, quarterly = Recurrence.YEARLY, Recurrence.QUARTERLY
    assert due_dates(yearly, 2, 15, 2026) == [D(2026, 2, 15)]
    assert due_dates(yearly, 2, 29, 2026) == [D(2026, 2, 28)]
    assert due_dates(yearly, 2, 29, 2028) == [D(2028, 2, 29)]
    assert due_dates(quarterly, 1, 15, 2026) == [D(2026, 1, 15), D(2026, 4, 15), D(2026, 7, 15), D(2026, 10, 15)]
    # A quarterly duty given by a later month still starts in the year's first quarter.
    assert due_dates(quarterly, 11, 30, 2026) == [D(2026, 2, 28), D(2026, 5, 30), D(2026, 8, 30), D(2026, 11, 30)]
    assert due_dates(quarterly, 3, 31, 2026) == [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)]


def test_pasted_control_characters_are_dropped_and_word_breaks_become_new_lines() -> None:
    from samverkan_desktop.domain.rules import optional_text, require_text

    assert optional_text("Anna\x07 redogjorde\x00 för läget.\x0bNästa rad") == "Anna redogjorde för läget.\nNästa rad"
    assert require_text(" Temagrupp\x1f Äldre ", "name", "Namn saknas.") == "Temagrupp Äldre"
    assert optional_text("\x00\x01") is None
    with pytest.raises(ValidationError):
        require_text("\x00 \x08", "name", "Namn saknas.")
