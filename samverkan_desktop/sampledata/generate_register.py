"""The register part of services.generate: organisations, people, a group tree (regions > areas > groups),
mandates and memberships over the whole period, with chairs rotating between kommun and region every two years.

Rows are handed to a ``Rows`` sink (services.generate's batch writer); ids are given here, counting from 1,
because the database is known to be empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from typing import Protocol

from ..db.models import Group, Mandate, Membership, Organisation, Person
from ..domain.enums import GroupKind, OrganisationKind, Role
from . import generate_words as words


class Rows(Protocol):
    """Where generated rows go: ``rows(Model, {...})``; ``checkpoint()`` says that every row added so far has
    its parents added too (a batch may be written then)."""

    def __call__(self, model: type, row: dict) -> None: ...

    def checkpoint(self) -> None: ...


#: Memberships begin this many years before the period, so that the first meetings have a history.
HISTORY_YEARS = 4
CHAIR_TERM = timedelta(days=730)
TIMES = (time(8, 30), time(9), time(10), time(13), time(13, 30), time(14))
_ASCII = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")


@dataclass(frozen=True)
class Seat:
    """One membership row."""

    id: int
    person_id: int
    role: Role
    represents_id: int | None
    valid_from: date
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass
class GroupPlan:
    """What the meeting generator needs to know of a group."""

    id: int
    name: str
    parent_id: int | None
    depth: int  # 0 region, 1 area, 2 group
    area: str
    topics: tuple[str, ...]
    parties: tuple[int, ...]  # organisations with a seat; the first two take turns to chair
    cadence: int  # meetings a year
    weekday: int
    start: time
    duration: timedelta
    place: str
    online_link: str | None
    seats: list[Seat] = field(default_factory=list)

    def seats_on(self, day: date) -> list[Seat]:
        """Memberships valid on ``day`` in id order (the order the app fills attendance in)."""
        return [s for s in self.seats if s.valid_on(day)]


@dataclass
class Register:
    groups: list[GroupPlan]
    group_names: dict[int, str]
    people: dict[int, str]
    organisations: dict[int, str]


class Ids:
    """The next id of each table (the database is empty, so they start at 1)."""

    def __init__(self) -> None:
        self._last: dict[type, int] = {}

    def next(self, model: type) -> int:
        self._last[model] = self._last.get(model, 0) + 1
        return self._last[model]


def tree_sizes(groups: int) -> tuple[int, int, int]:
    """Regions, areas and groups under the areas for ``groups`` groups in all (about 1 : 5 : 44)."""
    regions = max(1, round(groups / 50))
    areas = min(max(regions, round(groups / 10)), groups - regions)
    return regions, areas, groups - regions - areas


def build_register(rows: Rows, seed: int, groups: int, first: date, end: date, ids: Ids | None = None) -> Register:
    ids = ids or Ids()
    register = Register([], {}, {}, {})
    n_regions, n_areas, n_leaves = tree_sizes(groups)

    def organisation(name: str, kind: OrganisationKind) -> int:
        ident = ids.next(Organisation)
        rows(Organisation, {"id": ident, "name": name, "short_name": None, "kind": kind})
        register.organisations[ident] = name
        return ident

    regions = []
    for r in range(n_regions):
        name = words.REGION_NAMES[r % len(words.REGION_NAMES)]
        name += f" {r // len(words.REGION_NAMES) + 1}" if r >= len(words.REGION_NAMES) else ""
        regions.append((name, organisation(f"Region {name}", OrganisationKind.REGION),
                        organisation(f"Kommunalförbundet {name}", OrganisationKind.MUNICIPAL_ASSOCIATION)))
    areas = []
    for a in range(n_areas):
        name = words.area_name(a)
        areas.append((name, a % n_regions, organisation(f"{name} kommun", OrganisationKind.KOMMUN),
                      organisation(f"Närsjukhuset i {name}", OrganisationKind.REGION),
                      organisation(f"Vårdcentralen {name} AB", OrganisationKind.PRIVATE_PROVIDER)))

    builder = _GroupBuilder(rows, ids, register, seed, first, end)
    region_ids = []
    for r, (name, region_org, association) in enumerate(regions):
        kommuner = tuple(a[2] for a in areas if a[1] == r)[:4]
        region_ids.append(builder.add(f"Samordningsråd Region {name}", GroupKind.COORDINATION_COUNCIL, None, 0, name,
                                      words.MANAGEMENT_TOPICS, (region_org, association, *kommuner)))
    area_ids = []
    for name, r, kommun, hospital, clinic in areas:
        region_org, association = regions[r][1], regions[r][2]
        area_ids.append(builder.add(f"Ledningsgrupp för samverkan i {name}", GroupKind.MANAGEMENT_GROUP,
                                    region_ids[r], 1, name, words.MANAGEMENT_TOPICS,
                                    (region_org, kommun, hospital, clinic, association)))
    for leaf in range(n_leaves):
        a = leaf % n_areas
        name, r, kommun, hospital, clinic = areas[a]
        number = leaf // n_areas
        theme, kind, topics = words.THEMES[number % len(words.THEMES)]
        suffix = f" {number // len(words.THEMES) + 1}" if number >= len(words.THEMES) else ""
        rng = Random(f"{seed}:parties:{leaf}")
        others = rng.sample((hospital, clinic, regions[r][2]), rng.randint(1, 3))
        builder.add(f"{theme} {name}{suffix}", kind, area_ids[a], 2, name, topics, (regions[r][1], kommun, *others))
    return register


class _GroupBuilder:
    def __init__(self, rows: Rows, ids: Ids, register: Register, seed: int, first: date, end: date) -> None:
        self.rows, self.ids, self.register, self.seed = rows, ids, register, seed
        self.first, self.end = first, end
        self.history = date(first.year - HISTORY_YEARS, 1, 1)

    def add(self, name: str, kind: GroupKind, parent_id: int | None, depth: int, area: str,
            topics: tuple[str, ...], parties: tuple[int, ...]) -> int:
        ident = self.ids.next(Group)
        rng = Random(f"{self.seed}:group:{ident}")
        self.register.group_names[ident] = name
        self.rows(Group, {"id": ident, "name": name, "short_name": None, "kind": kind, "parent_id": parent_id,
                          "active_from": None, "active_to": None,
                          "minutes_published_at": f"www.samverkan.exempel.se/{_slug(area)}/{ident}"})
        cadence = rng.choice((6, 7, 8, 9, 10))  # 8 on average: 300 groups x 20 years, about 48,000 meetings
        decided = self.history - timedelta(days=rng.randint(0, 900))
        self.rows(Mandate, {
            "id": self.ids.next(Mandate), "group_id": ident, "version": 1,
            "reference": f"SAM {decided.year}-{ident:05d}", "decided_on": decided,
            "decided_by": self.register.group_names.get(parent_id or 0, "Regionstyrelsen och kommunstyrelserna"),
            "commissioned_by": self.register.group_names.get(parent_id or 0, "Huvudmännen i länet"),
            "purpose": f"Samverka kring {words.TOPICS[topics[0]][0]} så att invånarna i {area} får en "
                       "sammanhållen vård och omsorg.",
            "assignment": "Beslut fattas i enighet; utan enighet återremitteras ärendet eller lyfts till "
                          "närmast högre samverkansnivå. Ordförandeskapet roterar mellan kommun och region.",
            "meetings_min": cadence - 2, "meetings_max": cadence + 2, "chair_term_months": 24,
            "chair_rotates": True, "substitutes_allowed": rng.random() < 0.5, "approval_days": 14,
            "created_at": datetime.combine(decided, time(12), UTC),
        })
        digital = rng.random() < 0.3
        place = "Digitalt (Teams)" if digital else rng.choice((
            f"Kommunhuset i {area}, rum {rng.choice(words.ROOMS)}", f"Närsjukhuset i {area}, konferensrummet",
            f"Regionens hus, sal {rng.randint(1, 6)}"))
        plan = GroupPlan(ident, name, parent_id, depth, area, topics, parties, cadence, rng.choice((1, 2, 3)),
                         rng.choice(TIMES), timedelta(minutes=rng.choice((90, 120, 150, 180))), place,
                         f"https://mote.exempel.se/g{ident}" if digital else None)
        self._seats(plan, rng)
        self.register.groups.append(plan)
        return ident

    def _seats(self, plan: GroupPlan, rng: Random) -> None:
        chair_parties = plan.parties[:2]
        start = self.history - timedelta(days=rng.randint(0, 700))
        turn = rng.randint(0, 1)
        while start <= self.end:  # chair and vice chair from the two main parties, swapping every term
            until = start + CHAIR_TERM
            self._tenure(plan, rng, Role.CHAIR, chair_parties[turn % 2], start, until)
            self._tenure(plan, rng, Role.VICE_CHAIR, chair_parties[(turn + 1) % 2], start, until)
            start, turn = until, turn + 1
        seat_parties = list(plan.parties) + [rng.choice(plan.parties) for _ in range(rng.randint(1, 4))]
        for number, party in enumerate(seat_parties):
            role = Role.ADJUNCT if number >= len(plan.parties) and rng.random() < 0.25 else Role.MEMBER
            self._seat_history(plan, rng, role, party, 3, 9)
        self._seat_history(plan, rng, Role.COORDINATOR if plan.depth == 0 else Role.PROCESS_LEADER, None, 4, 10)
        if rng.random() < 0.5:
            self._seat_history(plan, rng, Role.SECRETARY, None, 2, 8)
        plan.seats.sort(key=lambda s: s.id)

    def _seat_history(self, plan: GroupPlan, rng: Random, role: Role, party: int | None, low: int, high: int):
        start = self.history - timedelta(days=rng.randint(0, 1500))
        while start <= self.end:
            until = start + timedelta(days=rng.randint(low * 365, high * 365))
            self._tenure(plan, rng, role, party, start, until)
            start = until

    def _tenure(self, plan: GroupPlan, rng: Random, role: Role, party: int | None, start: date, until: date):
        """A new person holds ``role`` from ``start`` to the day before ``until`` (open-ended past the end)."""
        employer = party if party is not None else plan.parties[0]
        person = self._person(rng, role, employer)
        seat = Seat(self.ids.next(Membership), person, role, party, start,
                    until - timedelta(days=1) if until <= self.end else None)
        self.rows(Membership, {"id": seat.id, "person_id": person, "group_id": plan.id, "role": role,
                               "represents_id": party, "valid_from": seat.valid_from, "valid_to": seat.valid_to})
        plan.seats.append(seat)

    def _person(self, rng: Random, role: Role, employer: int) -> int:
        ident = self.ids.next(Person)
        name = words.person_name(rng)
        support = role in (Role.PROCESS_LEADER, Role.COORDINATOR, Role.SECRETARY)
        title = rng.choice(words.SUPPORT_TITLES if support else words.MEMBER_TITLES)
        phone = f"010-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}" if rng.random() < 0.5 \
            else None
        self.rows(Person, {"id": ident, "name": name, "title": title, "email": _email(name), "phone": phone,
                           "employer_id": employer})
        self.register.people[ident] = name
        return ident


def chair_on(plan: GroupPlan, day: date) -> Seat | None:
    return next((s for s in plan.seats_on(day) if s.role is Role.CHAIR), None)


def _slug(text: str) -> str:
    return text.translate(_ASCII).lower().replace(" ", "-")


def _email(name: str) -> str:
    return name.translate(_ASCII).lower().replace(" ", ".") + "@exempel.se"

