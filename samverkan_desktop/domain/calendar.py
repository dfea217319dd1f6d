"""The Swedish calendar for meeting planning: holidays, weekends, recurring series, local time.

Holidays come from the `holidays` package (public holidays plus the de-facto ones that Swedish working life
treats as holidays: midsommarafton, julafton, nyårsafton, and påskafton). Sundays are weekends, not holidays.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule, weekdays
from dateutil.rrule import weekday as weekday_type

from samverkan_desktop.domain.errors import ValidationError

from .codes import DayKind
from .messages import msg

# The `holidays` package takes ~50 ms to import and start-up shows no calendar: it is imported on first use
# (_package()). The category names are those of holidays.constants.
PUBLIC, DE_FACTO, OPTIONAL = "public", "de_facto", "optional"
holidays = None  # the package, once _package() has imported it (tests may put a stand-in here)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
#: The years the app plans, lists and reports in: wider than any register needs, and narrow enough that a year's
#: bounds, the days and months computed beyond them and Stockholm's offset stay inside Python's calendar (1–9999).
FIRST_YEAR, LAST_YEAR = 1900, 2200

_OPTIONAL_KEPT = frozenset({"Påskafton"})  # from the package's OPTIONAL category, only these count
_PROPER_NOUN_STARTS = ("Kristi ",)  # keep the capital inside a sentence ("kristi" would be wrong)


@lru_cache(maxsize=64)
def _holidays_in(year: int) -> Mapping[date, str]:
    """All (de-facto) holidays of `year`, date -> Swedish name; several names on one day joined by " och "."""
    names: dict[date, list[str]] = {}

    def add(day: date, name: str) -> None:
        if name not in names.setdefault(day, []):
            names[day].append(name)

    # The de-facto holidays (midsummer, Christmas and New Year's Eve) are in the package from 0.88 (pyproject).
    for day, day_names in _package_days(year, (PUBLIC, DE_FACTO)):
        for name in day_names:
            add(day, name)
    for day, day_names in _package_days(year, (OPTIONAL,)):
        for name in day_names:
            if name in _OPTIONAL_KEPT:
                add(day, name)
    return MappingProxyType({day: " och ".join([n[0], *(_in_sentence(x) for x in n[1:])]) for day, n in names.items()})


def _package():
    global holidays
    if holidays is None:
        import holidays as package

        holidays = package
    return holidays


def _package_days(year: int, categories: tuple[str, ...]) -> list[tuple[date, list[str]]]:
    found = _package().country_holidays("SE", years=year, language="sv", categories=categories, include_sundays=False)
    return [(day, found.get_list(day)) for day in sorted(found)]


def _in_sentence(name: str) -> str:
    return name if name.startswith(_PROPER_NOUN_STARTS) else name[:1].lower() + name[1:]


def swedish_holiday(day: date) -> str | None:
    """Swedish name of a public or de-facto holiday on `day`, else None. Ordinary Sundays are not holidays."""
    return _holidays_in(day.year).get(day)


def is_weekend(day: date) -> bool:
    """True on Saturdays and Sundays."""
    return day.weekday() >= 5


@dataclass(frozen=True)
class DayWarning:
    """A non-blocking remark about a date: a holiday or a weekend."""

    kind: DayKind
    message: str


def day_warnings(day: date) -> list[DayWarning]:
    """Non-blocking warnings for planning a meeting on `day`: a holiday (by name) and/or a weekend."""
    warnings: list[DayWarning] = []
    name = swedish_holiday(day)
    if name is not None:
        warnings.append(DayWarning(DayKind.HOLIDAY, msg("calendar.holiday", day=day.isoformat(),
                                                        name=_in_sentence(name))))
    if is_weekend(day):
        weekday = msg("calendar.saturday" if day.weekday() == 5 else "calendar.sunday")
        warnings.append(DayWarning(DayKind.WEEKEND, msg("calendar.weekend", day=day.isoformat(), weekday=weekday)))
    return warnings


def _nth(weekday: int, nth: int) -> weekday_type:
    """The rrule/relativedelta weekday for "the `nth` `weekday`". A month's fifth weekday, where it has one, is
    also its last; so "the fifth, or the last where there is no fifth" is the last (RFC 5545 BYSETPOS=-1)."""
    return weekdays[weekday](-1 if nth in (5, -1) else nth)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` (1..5, or -1 for last) `weekday` (0 = Monday) of the month; the last one if there is no nth."""
    start = date(year, month, 1) + relativedelta(day=31) if nth in (5, -1) else date(year, month, 1)
    return start + relativedelta(weekday=_nth(weekday, nth))


def plan_series(
    first: date,
    count: int,
    *,
    interval_weeks: int = 0,
    interval_months: int = 0,
    weekday: int | None = None,
    nth: int | None = None,
) -> list[date]:
    """Plan `count` meeting dates, none before `first`; holidays are not skipped (the caller warns).

    Every `interval_weeks` weeks: from `first`, or from the first `weekday` on or after `first` if given.
    Every `interval_months` months: on the `nth` `weekday` of the month (nth=-1: the last; a missing 5th is
    the last), starting with the first such date on or after `first`.
    Raises ValidationError (field: count, interval, interval_weeks, interval_months, weekday, nth or first).
    """
    if not 1 <= count <= 52:
        raise ValidationError(msg("domain.calendar.antal_moten_maste_vara"), field="count")
    if (interval_weeks > 0) == (interval_months > 0) or interval_weeks < 0 or interval_months < 0:
        raise ValidationError(msg("domain.calendar.ange_antingen_intervall_veckor"), field="interval")
    if interval_weeks > 52:
        raise ValidationError(msg("domain.calendar.intervallet_far_vara_hogst"), field="interval_weeks")
    if interval_months > 12:
        raise ValidationError(msg("domain.calendar.intervallet_far_vara_hogst_2"), field="interval_months")
    if weekday is not None and not 0 <= weekday <= 6:
        raise ValidationError(msg("domain.calendar.veckodagen_maste_vara_mandag"), field="weekday")
    try:
        if interval_weeks:
            if nth is not None:
                raise ValidationError(msg("domain.calendar.vilken_manaden_galler_bara"), field="nth")
            start = first if weekday is None else first + relativedelta(weekday=weekdays[weekday])
            # Plain arithmetic: rrule's WEEKLY builds its weeks a year ahead and fails in 9999's autumn.
            return [start + timedelta(weeks=interval_weeks * i) for i in range(count)]
        if weekday is None:
            raise ValidationError(msg("domain.calendar.valj_veckodag_for_intervall"), field="weekday")
        if nth is None or not (1 <= nth <= 5 or nth == -1):
            raise ValidationError(msg("domain.calendar.valj_vilken_manaden_sista"), field="nth")
        # The series starts in the first month whose date is not before `first` and runs every
        # `interval_months` from there (not from `first`'s month).
        month = first.replace(day=1)
        if nth_weekday(first.year, first.month, weekday, nth) < first:
            month += relativedelta(months=1)
        rule = rrule(MONTHLY, interval=interval_months, dtstart=month, byweekday=_nth(weekday, nth), count=count)
        series = [moment.date() for moment in rule]
    except (OverflowError, ValueError) as exc:  # beyond year 9999
        raise ValidationError(msg("domain.calendar.serien_gar_utanfor_kalendern"), field="first") from exc
    if len(series) < count:  # rrule stops at year 9999 instead of raising
        raise ValidationError(msg("domain.calendar.serien_gar_utanfor_kalendern"), field="first")
    return series


def check_year(year: int, field: str = "year") -> None:
    """Raise unless ``year`` is one the app plans in (FIRST_YEAR–LAST_YEAR): a typed 20266 or 0 is a mistake."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(msg("domain.calendar.valj_ar_mellan", first_year=FIRST_YEAR, last_year=LAST_YEAR),
                              field=field)


def local_datetime(day: date, at: time) -> datetime:
    """Aware datetime in Europe/Stockholm (handles DST: 2026-03-29 and 2026-10-25).

    A wall-clock time that does not exist (02:30 when clocks spring forward) moves one hour on (03:30);
    an ambiguous one (02:30 when clocks fall back) means the first occurrence, summer time.
    """
    naive = datetime.combine(day, at.replace(tzinfo=None))
    return naive.replace(tzinfo=STOCKHOLM).astimezone(UTC).astimezone(STOCKHOLM)


def meeting_year_count_warning(count: int, minimum: int | None, maximum: int | None, year: int) -> str | None:
    """Swedish warning when a year's planned meetings fall outside the mandate's min–max; None when inside.

    E.g. "2026 har 3 möten, men uppdragshandlingen säger minst 4." / "... högst 8."
    """
    meetings = msg("calendar.one_meeting" if count == 1 else "calendar.meetings", count=count)
    if minimum is not None and count < minimum:
        return msg("calendar.year_count_below", year=year, meetings=meetings, minimum=minimum)
    if maximum is not None and count > maximum:
        return msg("calendar.year_count_above", year=year, meetings=meetings, maximum=maximum)
    return None
