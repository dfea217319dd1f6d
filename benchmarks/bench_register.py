"""Register reads at region scale, as ratios against a baseline measured in the same run.

Run: `.venv/bin/python benchmarks/bench_register.py [--groups 300] [--people 3000]`. The baseline is the same
data read with one raw SQL query through sqlite3; the ratio says what the service layer (ORM, DTOs, Swedish
sorting) costs on top. Figures go to benchmarks/RESULTS.md by hand, with the machine they came from.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.models import Group, Membership, Organisation, Person
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Role
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.services import groups, memberships


def fill(uow, n_groups: int, n_people: int) -> None:
    with uow:
        orgs = [Organisation(name=f"Kommun {i}", kind=OrganisationKind.KOMMUN) for i in range(40)]
        uow.session.add_all(orgs)
        people = [Person(name=f"Person {i:05d}", employer=orgs[i % 40]) for i in range(n_people)]
        uow.session.add_all(people)
        made: list[Group] = []
        for i in range(n_groups):
            group = Group(name=f"Grupp {i:04d}", kind=GroupKind.NOSAM, parent=made[i // 10] if i >= 10 else None)
            made.append(group)
        uow.session.add_all(made)
        uow.session.flush()
        for i, person in enumerate(people):
            for k in range(3):
                uow.session.add(Membership(person=person, group=made[(i + k * 7) % n_groups],
                                           role=Role.MEMBER, represents=orgs[i % 40]))
        uow.commit()


def timed(action: Callable[[], object], repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--people", type=int, default=3000)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, migrations_dir())
    uow = create_unit_of_work(engine, "benchmark")
    fill(uow, args.groups, args.people)
    raw = sqlite3.connect(path)

    def baseline_tree() -> list:
        return raw.execute(
            "SELECT g.id, g.name, g.parent_id, count(DISTINCT m.person_id) FROM coordination_group g "
            "LEFT JOIN membership m ON m.group_id = g.id GROUP BY g.id ORDER BY g.name"
        ).fetchall()

    def baseline_members() -> list:
        return raw.execute(
            "SELECT m.id, p.name, o.name FROM membership m JOIN person p ON p.id = m.person_id "
            "LEFT JOIN organisation o ON o.id = m.represents_id WHERE m.group_id = 1 ORDER BY p.name"
        ).fetchall()

    rows = [
        ("group tree (list_group_tree)", timed(baseline_tree), timed(lambda: groups.list_group_tree(uow))),
        ("members of one group", timed(baseline_members),
         timed(lambda: memberships.list_memberships(uow, 1))),
        ("group overview", timed(baseline_members), timed(lambda: groups.group_overview(uow, 1))),
    ]
    print(f"{args.groups} groups, {args.people} people, {args.people * 3} memberships; median of 7 runs")
    print(f"{'operation':34} {'baseline ms':>12} {'service ms':>11} {'ratio':>7}")
    for name, base, service in rows:
        print(f"{name:34} {base * 1000:12.2f} {service * 1000:11.2f} {service / base:7.1f}")
    raw.close()
    engine.dispose()


if __name__ == "__main__":
    main()
