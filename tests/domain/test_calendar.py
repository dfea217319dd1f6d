"""The Swedish calendar: holidays, weekends, meeting series, local time and yearly counts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import holidays
import pytest
from holidays.constants import DE_FACTO
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.domain.calendar import (
    STOCKHOLM,
    DayWarning,
    day_warnings,
    is_weekend,
    local_datetime,
    meeting_year_count_warning,
    nth_weekday,
    plan_series,
    swedish_holiday,
)
from samverkan_desktop.domain.errors import ValidationError

D = date

# --- swedish_holiday -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (D(2026, 1, 1), "Nyårsdagen"),
        (D(2026, 1, 6), "Trettondedag jul"),
        (D(2026, 4, 3), "Långfredagen"),
        (D(2026, 4, 4), "Påskafton"),
        (D(2026, 4, 5), "Påskdagen"),
        (D(2026, 4, 6), "Annandag påsk"),
        (D(2026, 5, 1), "Första maj"),
        (D(2026, 5, 14), "Kristi himmelsfärdsdag"),
        (D(2026, 5, 24), "Pingstdagen"),
        (D(2026, 6, 6), "Nationaldagen"),
        (D(2026, 6, 19), "Midsommarafton"),
        (D(2026, 6, 20), "Midsommardagen"),
        (D(2026, 10, 31), "Alla helgons dag"),
        (D(2026, 12, 24), "Julafton"),
        (D(2026, 12, 25), "Juldagen"),
        (D(2026, 12, 26), "Annandag jul"),
        (D(2026, 12, 31), "Nyårsafton"),
        (D(2025, 6, 20), "Midsommarafton"),
    ],
)
def test_holidays_have_swedish_names(day, name):
    assert swedish_holiday(day) == name


@pytest.mark.parametrize(
    "day",
    [
        D(2026, 3, 15),  # an ordinary Sunday
        D(2026, 3, 10),  # an ordinary Tuesday
        D(2026, 5, 15),  # klämdag: not a holiday
        D(2026, 4, 30),  # valborgsmässoafton: not a holiday
        D(2026, 5, 23),  # pingstafton: not a holiday (a Saturday anyway)
        D(2026, 12, 23),
    ],
)
def test_ordinary_days_are_not_holidays(day):
    assert swedish_holiday(day) is None


def test_no_sunday_is_a_holiday_unless_named():
    day = D(2026, 1, 4)
    while day.year == 2026:
        assert swedish_holiday(day) in (None, "Påskdagen", "Pingstdagen")
        day += timedelta(weeks=1)


def test_two_holidays_on_one_day_are_both_named():
    assert swedish_holiday(D(2049, 6, 6)) == "Nationaldagen och pingstdagen"


def test_the_holidays_package_has_the_swedish_de_facto_holidays():
    """pyproject asks for holidays>=0.88, the first release with Sweden's DE_FACTO category: no fallback of our own."""
    assert DE_FACTO in holidays.SE.supported_categories
    assert [swedish_holiday(d) for d in (D(2026, 6, 19), D(2027, 6, 25), D(2026, 12, 24), D(2026, 12, 31))] == [
        "Midsommarafton", "Midsommarafton", "Julafton", "Nyårsafton"]


# --- is_weekend / day_warnings ---------------------------------------------------------------------------


def test_is_weekend():
    assert [is_weekend(D(2026, 3, 9) + timedelta(days=i)) for i in range(7)] == [False] * 5 + [True, True]


def test_plain_tuesday_gives_no_warning():
    assert day_warnings(D(2026, 3, 10)) == []


def test_ordinary_sunday_is_a_weekend_not_a_holiday():
    assert day_warnings(D(2026, 3, 15)) == [DayWarning("helg", "2026-03-15 är en söndag.")]


def test_saturday_warning():
    assert day_warnings(D(2026, 3, 14)) == [DayWarning("helg", "2026-03-14 är en lördag.")]


def test_weekday_holiday_warns_by_name():
    assert day_warnings(D(2026, 6, 19)) == [DayWarning("helgdag", "2026-06-19 är midsommarafton.")]
    assert day_warnings(D(2026, 5, 14)) == [DayWarning("helgdag", "2026-05-14 är Kristi himmelsfärdsdag.")]


def test_holiday_on_a_saturday_gives_both():
    assert day_warnings(D(2026, 6, 6)) == [
        DayWarning("helgdag", "2026-06-06 är nationaldagen."),
        DayWarning("helg", "2026-06-06 är en lördag."),
    ]
    assert [w.kind for w in day_warnings(D(2026, 6, 20))] == ["helgdag", "helg"]


# --- plan_series -----------------------------------------------------------------------------------------


def test_every_eight_weeks():
    assert plan_series(D(2026, 1, 13), 6, interval_weeks=8) == [
        D(2026, 1, 13),
        D(2026, 3, 10),
        D(2026, 5, 5),
        D(2026, 6, 30),
        D(2026, 8, 25),
        D(2026, 10, 20),
    ]


def test_weeks_with_weekday_starts_on_that_weekday():
    assert plan_series(D(2026, 1, 1), 3, interval_weeks=4, weekday=2) == [D(2026, 1, 7), D(2026, 2, 4), D(2026, 3, 4)]


def test_second_tuesday_every_other_month():
    assert plan_series(D(2026, 1, 1), 6, interval_months=2, weekday=1, nth=2) == [
        D(2026, 1, 13),
        D(2026, 3, 10),
        D(2026, 5, 12),
        D(2026, 7, 14),
        D(2026, 9, 8),
        D(2026, 11, 10),
    ]


def test_monthly_series_starts_next_month_when_first_is_past():
    assert plan_series(D(2026, 1, 14), 2, interval_months=1, weekday=1, nth=2) == [D(2026, 2, 10), D(2026, 3, 10)]


def test_last_thursday_monthly_across_new_year():
    assert plan_series(D(2026, 11, 1), 3, interval_months=1, weekday=3, nth=-1) == [
        D(2026, 11, 26),
        D(2026, 12, 31),
        D(2027, 1, 28),
    ]


def test_missing_fifth_weekday_falls_back_to_last():
    # March 2026 has five Tuesdays (31st); February and April only four.
    assert plan_series(D(2026, 2, 1), 3, interval_months=1, weekday=1, nth=5) == [
        D(2026, 2, 24),
        D(2026, 3, 31),
        D(2026, 4, 28),
    ]
    assert nth_weekday(2026, 2, 1, 5) == nth_weekday(2026, 2, 1, -1) == D(2026, 2, 24)


def test_series_does_not_skip_holidays():
    assert plan_series(D(2026, 12, 24), 2, interval_weeks=1) == [D(2026, 12, 24), D(2026, 12, 31)]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"count": 0, "interval_weeks": 4}, "count"),
        ({"count": 53, "interval_weeks": 4}, "count"),
        ({"count": 6}, "interval"),
        ({"count": 6, "interval_weeks": 4, "interval_months": 1, "weekday": 1, "nth": 1}, "interval"),
        ({"count": 6, "interval_weeks": -1}, "interval"),
        ({"count": 6, "interval_weeks": 53}, "interval_weeks"),
        ({"count": 6, "interval_months": 13, "weekday": 1, "nth": 1}, "interval_months"),
        ({"count": 6, "interval_months": 2, "nth": 2}, "weekday"),
        ({"count": 6, "interval_months": 2, "weekday": 7, "nth": 2}, "weekday"),
        ({"count": 6, "interval_weeks": 2, "weekday": -1}, "weekday"),
        ({"count": 6, "interval_months": 2, "weekday": 1}, "nth"),
        ({"count": 6, "interval_months": 2, "weekday": 1, "nth": 0}, "nth"),
        ({"count": 6, "interval_months": 2, "weekday": 1, "nth": 6}, "nth"),
        ({"count": 6, "interval_months": 2, "weekday": 1, "nth": -2}, "nth"),
        ({"count": 6, "interval_weeks": 2, "nth": 1}, "nth"),
    ],
)
def test_plan_series_validation(kwargs, field):
    count = kwargs.pop("count")
    with pytest.raises(ValidationError) as info:
        plan_series(D(2026, 1, 1), count, **kwargs)
    assert info.value.field == field
    assert info.value.message


def test_count_message_is_swedish():
    with pytest.raises(ValidationError, match=re.escape("Antal möten måste vara mellan 1 och 52.")):
        plan_series(D(2026, 1, 1), 0, interval_weeks=4)


def test_series_beyond_the_calendar_is_a_validation_error():
    with pytest.raises(ValidationError) as info:
        plan_series(D(9999, 6, 1), 52, interval_weeks=52)
    assert info.value.field == "first"


firsts = st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31))
counts = st.integers(min_value=1, max_value=52)
weekdays = st.integers(min_value=0, max_value=6)
nths = st.sampled_from([1, 2, 3, 4, 5, -1])


@given(first=firsts, count=counts, weeks=st.integers(min_value=1, max_value=52), weekday=st.none() | weekdays)
def test_weekly_series_is_increasing(first, count, weeks, weekday):
    series = plan_series(first, count, interval_weeks=weeks, weekday=weekday)
    assert len(series) == count
    assert all(a < b for a, b in pairwise(series))
    assert series[0] >= first
    if weekday is not None:
        assert all(d.weekday() == weekday for d in series)


@given(first=firsts, count=counts, months=st.integers(min_value=1, max_value=12), weekday=weekdays, nth=nths)
def test_monthly_series_is_increasing_on_the_weekday(first, count, months, weekday, nth):
    series = plan_series(first, count, interval_months=months, weekday=weekday, nth=nth)
    assert len(series) == count
    assert all(a < b for a, b in pairwise(series))
    assert series[0] >= first
    assert all(d.weekday() == weekday for d in series)
    if nth == -1:
        assert all((d + timedelta(weeks=1)).month != d.month for d in series)


# --- local_datetime --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        (D(2026, 3, 28), 1),
        (D(2026, 3, 29), 2),  # summer time starts
        (D(2026, 10, 24), 2),
        (D(2026, 10, 25), 1),  # summer time ends
        (D(2026, 1, 15), 1),
        (D(2026, 7, 15), 2),
    ],
)
def test_local_datetime_offsets(day, hours):
    dt = local_datetime(day, time(10, 0))
    assert dt.tzinfo is STOCKHOLM
    assert (dt.date(), dt.time()) == (day, time(10, 0))
    assert dt.utcoffset() == timedelta(hours=hours)


def test_local_datetime_in_the_dst_gaps():
    assert local_datetime(D(2026, 3, 29), time(2, 30)).isoformat() == "2026-03-29T03:30:00+02:00"
    assert local_datetime(D(2026, 10, 25), time(2, 30)).isoformat() == "2026-10-25T02:30:00+02:00"


def test_local_datetime_to_utc():
    assert local_datetime(D(2026, 6, 19), time(13, 5)).astimezone(UTC) == datetime.fromisoformat(
        "2026-06-19T11:05:00+00:00"
    )


# --- meeting_year_count_warning --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "minimum", "maximum", "expected"),
    [
        (3, 4, 8, "2026 har 3 möten, men uppdragshandlingen säger minst 4."),
        (9, 4, 8, "2026 har 9 möten, men uppdragshandlingen säger högst 8."),
        (1, 2, None, "2026 har 1 möte, men uppdragshandlingen säger minst 2."),
        (0, 1, None, "2026 har 0 möten, men uppdragshandlingen säger minst 1."),
        (4, 4, 8, None),
        (8, 4, 8, None),
        (6, 4, 8, None),
        (20, None, None, None),
        (0, None, 8, None),
        (20, 4, None, None),
    ],
)
def test_meeting_year_count_warning(count, minimum, maximum, expected):
    assert meeting_year_count_warning(count, minimum, maximum, 2026) == expected
