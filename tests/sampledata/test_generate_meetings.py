"""sampledata/generate_meetings.py: one group's meetings, written by History into a recorder over a register from
generate_register: the schedule (terms, weekday, no holiday), which meetings are held, called or planned, the §
numbering, and approvals whose hash is the hash of their content. tests/services/test_generate.py stores a
generated database and verifies every approval through the services."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from random import Random

import pytest

from samverkan_desktop.db.models import AgendaItem, Approval, Meeting
from samverkan_desktop.domain.calendar import STOCKHOLM, swedish_holiday
from samverkan_desktop.domain.enums import MeetingStatus, MinutesStatus
from samverkan_desktop.domain.minutes_hash import canonical_json, minutes_hash
from samverkan_desktop.sampledata.generate_meetings import History
from samverkan_desktop.sampledata.generate_register import Ids, build_register

FIRST, END, TODAY = date(2024, 1, 1), date(2026, 12, 31), date(2026, 11, 1)


class Recorder:
    def __init__(self) -> None:
        self.rows: list[tuple[type, dict]] = []

    def __call__(self, model: type, row: dict) -> None:
        self.rows.append((model, row))

    def checkpoint(self) -> None:
        pass

    def of(self, model: type) -> list[dict]:
        return [row for m, row in self.rows if m is model]


@pytest.fixture(scope="module")
def written():
    rows, ids = Recorder(), Ids()
    register = build_register(rows, 1, 3, FIRST, END, ids)
    history = History(rows, ids, register, 1, FIRST, END, TODAY, "generator")
    plan = register.groups[-1]
    start = len(rows.rows)
    history.write_group(plan)
    written = Recorder()
    written.rows = rows.rows[start:]
    return history, plan, written


def test_the_schedule_keeps_to_the_terms_and_the_weekday_and_avoids_holidays(written) -> None:
    history, plan, _rows = written
    days = history.schedule(plan, Random(9))
    assert days == sorted(set(days)) and all(FIRST <= d <= END for d in days)
    assert all(d.weekday() == plan.weekday and not swedish_holiday(d) for d in days)
    assert not [d for d in days if d.month in (7,) or (d.month == 12 and d.day > 20)]
    per_year = {year: sum(d.year == year for d in days) for year in (2024, 2025, 2026)}
    assert all(count == plan.cadence for count in per_year.values()), per_year


@pytest.mark.parametrize("weekday", [1, 2, 3])
def test_no_meeting_falls_on_a_holiday_in_thirty_years(written, weekday) -> None:
    _history, plan, _rows = written
    history = History(None, None, None, 1, date(1997, 1, 1), END, TODAY, "x")
    for seed in range(5):
        days = history.schedule(replace(plan, weekday=weekday, cadence=10), Random(seed))
        assert len(days) == 300 and [d for d in days if swedish_holiday(d)] == []


def test_past_meetings_are_held_or_cancelled_and_only_the_next_one_is_called(written) -> None:
    _history, _plan, rows = written
    meetings = rows.of(Meeting)
    past = [m for m in meetings if m["starts_at"].astimezone(STOCKHOLM).date() < TODAY]
    ahead = [m for m in meetings if m not in past]
    assert {m["status"] for m in past} <= {MeetingStatus.HELD, MeetingStatus.CANCELLED}
    assert [m["status"] for m in ahead][1:] == [MeetingStatus.PLANNED] * (len(ahead) - 1)
    assert ahead[0]["status"] in (MeetingStatus.CALLED, MeetingStatus.PLANNED)
    assert all(m["minutes_status"] is MinutesStatus.DRAFT for m in ahead)


def test_paragraphs_count_from_one_each_year_on_meetings_not_cancelled(written) -> None:
    _history, plan, rows = written
    status = {m["id"]: (m["status"], m["starts_at"].astimezone(STOCKHOLM).year) for m in rows.of(Meeting)}
    numbered: dict[int, list[int]] = {}
    for item in rows.of(AgendaItem):
        meeting_status, year = status[item["meeting_id"]]
        if meeting_status is MeetingStatus.CANCELLED:
            assert item["paragraph"] is None
        elif item["paragraph"] is not None:
            assert (item["paragraph_group_id"], item["paragraph_year"]) == (plan.id, year)
            numbered.setdefault(year, []).append(item["paragraph"])
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in numbered.values())


def test_approvals_come_after_the_meeting_before_today_and_carry_the_hash_of_their_content(written) -> None:
    _history, _plan, rows = written
    meetings = {m["id"]: m for m in rows.of(Meeting)}
    approvals = rows.of(Approval)
    assert approvals
    for approval in approvals:
        meeting = meetings[approval["meeting_id"]]
        assert meeting["minutes_status"] is MinutesStatus.APPROVED and meeting["status"] is MeetingStatus.HELD
        assert meeting["ends_at"] + timedelta(days=2) <= approval["approved_at"] < History(
            None, None, None, 1, FIRST, END, TODAY, "x").today_at
        content = json.loads(approval["content"])
        assert canonical_json(content) == approval["content"]
        assert minutes_hash({k: v for k, v in content.items() if k != "format"}) == approval["content_hash"]
    approved = {a["meeting_id"] for a in approvals}
    assert all(m["minutes_status"] in (MinutesStatus.DRAFT, MinutesStatus.FOR_APPROVAL)
               for i, m in meetings.items() if i not in approved)


def test_the_same_seed_writes_the_same_meetings(written) -> None:
    _history, _plan, rows = written
    again = Recorder()
    ids = Ids()
    register = build_register(again, 1, 3, FIRST, END, ids)
    start = len(again.rows)
    History(again, ids, register, 1, FIRST, END, TODAY, "generator").write_group(register.groups[-1])
    assert again.rows[start:] == rows.rows
