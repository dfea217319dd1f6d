"""sampledata/generate_register.py: the generated register, built into a recorder instead of a database: its
tree, its ids and references, one chair at a time from the two main parties, and the same register for the same
seed. tests/services/test_generate.py writes a generated database and checks it through the services."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise

import pytest

from samverkan_desktop.db.models import Group, Mandate, Membership, Organisation, Person
from samverkan_desktop.domain.enums import GroupKind, Role
from samverkan_desktop.sampledata.generate_register import (
    HISTORY_YEARS,
    Ids,
    Seat,
    _email,
    build_register,
    chair_on,
    tree_sizes,
)

FIRST, END = date(2024, 1, 1), date(2026, 12, 31)


class Recorder:
    def __init__(self) -> None:
        self.rows: list[tuple[type, dict]] = []
        self.checkpoints = 0

    def __call__(self, model: type, row: dict) -> None:
        self.rows.append((model, row))

    def checkpoint(self) -> None:
        self.checkpoints += 1

    def of(self, model: type) -> list[dict]:
        return [row for m, row in self.rows if m is model]


def _built(seed: int = 1, groups: int = 12):
    rows = Recorder()
    return rows, build_register(rows, seed, groups, FIRST, END)


@pytest.mark.parametrize("groups, expected", [(300, (6, 30, 264)), (30, (1, 3, 26)), (12, (1, 1, 10)),
                                              (2, (1, 1, 0)), (1, (1, 0, 0))])
def test_tree_sizes(groups, expected) -> None:
    assert tree_sizes(groups) == expected
    assert sum(tree_sizes(groups)) == groups


def test_ids_count_per_table_from_one() -> None:
    ids = Ids()
    assert [ids.next(Person), ids.next(Person), ids.next(Group), ids.next(Person)] == [1, 2, 1, 3]


def test_the_tree_has_a_council_an_area_group_and_groups_below() -> None:
    rows, register = _built()
    groups = rows.of(Group)
    assert [g["id"] for g in groups] == list(range(1, 13))
    assert groups[0]["kind"] is GroupKind.COORDINATION_COUNCIL and groups[0]["parent_id"] is None
    assert groups[1]["kind"] is GroupKind.MANAGEMENT_GROUP and groups[1]["parent_id"] == 1
    assert {g["parent_id"] for g in groups[2:]} == {2}
    assert [p.depth for p in register.groups] == [0, 1] + [2] * 10
    assert len({g["name"] for g in groups}) == 12
    assert len(rows.of(Mandate)) == 12


def test_every_reference_points_to_a_row_written_before_it() -> None:
    rows, register = _built()
    seen: dict[type, set[int]] = defaultdict(set)
    for model, row in rows.rows:
        if model is Group and row["parent_id"] is not None:
            assert row["parent_id"] in seen[Group]
        if model is Person:
            assert row["employer_id"] in seen[Organisation]
        if model is Membership:
            assert row["person_id"] in seen[Person] and row["group_id"] in seen[Group]
            assert row["represents_id"] is None or row["represents_id"] in seen[Organisation]
        seen[model].add(row["id"])
    assert set(register.people) == seen[Person] and set(register.organisations) == seen[Organisation]


def test_one_chair_at_a_time_from_the_two_main_parties_taking_turns() -> None:
    _rows, register = _built(seed=5)
    history = date(FIRST.year - HISTORY_YEARS, 1, 1)
    for plan in register.groups:
        chairs = sorted((s for s in plan.seats if s.role is Role.CHAIR), key=lambda s: s.valid_from)
        assert {c.represents_id for c in chairs} <= set(plan.parties[:2])
        assert all(a.represents_id != b.represents_id for a, b in pairwise(chairs))
        day = max(history, chairs[0].valid_from)
        while day <= END:
            assert len([s for s in plan.seats_on(day) if s.role is Role.CHAIR]) == 1, (plan.name, day)
            vice = [s for s in plan.seats_on(day) if s.role is Role.VICE_CHAIR]
            assert len(vice) == 1 and vice[0].represents_id != chair_on(plan, day).represents_id
            day += timedelta(days=97)
        assert [s.id for s in plan.seats] == sorted(s.id for s in plan.seats)


def test_the_same_seed_gives_the_same_register_and_another_seed_another() -> None:
    assert _built(seed=3)[0].rows == _built(seed=3)[0].rows
    assert _built(seed=3)[0].of(Person) != _built(seed=4)[0].of(Person)


def test_a_seat_is_valid_from_its_first_to_its_last_day() -> None:
    seat = Seat(1, 1, Role.MEMBER, None, date(2025, 1, 1), date(2025, 12, 31))
    assert [seat.valid_on(d) for d in (date(2024, 12, 31), date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 1))] \
        == [False, True, True, False]
    assert Seat(1, 1, Role.MEMBER, None, date(2025, 1, 1), None).valid_on(date(2099, 1, 1))


def test_addresses_are_ascii_on_the_example_domain() -> None:
    assert _email("Åsa Öberg Ljungström") == "asa.oberg.ljungstrom@exempel.se"
    rows, _register = _built()
    assert all(p["email"].isascii() and p["email"].endswith("@exempel.se") for p in rows.of(Person))
