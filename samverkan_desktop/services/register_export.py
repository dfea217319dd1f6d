"""The whole register as tables in the import's vocabulary (domain.register_table): what the Excel export
writes, so that an exported register imports again into the same register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import Group, Membership, Organisation, Person
from ..domain.register_table import GROUP_KIND_WORDS, ORGANISATION_KIND_WORDS, TableKind
from ..domain.rules import swedish_sort_key
from ..domain.wording import ROLE_WORDS
from . import UnitOfWork

_EPOCH = date.min


@dataclass(frozen=True)
class RegisterTables:
    """Rows per table, each a tuple in the order of domain.register_table.COLUMNS."""

    organisations: tuple[tuple, ...]
    people: tuple[tuple, ...]
    groups: tuple[tuple, ...]
    memberships: tuple[tuple, ...]

    def rows(self, kind: TableKind) -> tuple[tuple, ...]:
        return getattr(self, kind.value)


def register_tables(uow: UnitOfWork) -> RegisterTables:
    with uow:
        session = uow.session
        orgs = sorted(session.scalars(select(Organisation)), key=lambda o: swedish_sort_key(o.name))
        people = sorted(session.scalars(select(Person).options(selectinload(Person.employer))),
                        key=lambda p: (swedish_sort_key(p.name), p.id))
        groups = sorted(session.scalars(select(Group).options(selectinload(Group.parent))),
                        key=lambda g: swedish_sort_key(g.name))
        memberships = session.scalars(select(Membership).options(
            selectinload(Membership.person).selectinload(Person.employer), selectinload(Membership.group),
            selectinload(Membership.represents)))
        members = sorted(memberships, key=lambda m: (swedish_sort_key(m.group.name), swedish_sort_key(m.person.name),
                                                     m.valid_from or m.group.active_from or _EPOCH, m.id))
        return RegisterTables(
            organisations=tuple((o.name, o.short_name, ORGANISATION_KIND_WORDS[o.kind]) for o in orgs),
            people=tuple((p.name, p.title, p.email, p.phone, p.employer.name if p.employer else None)
                         for p in people),
            groups=tuple((g.name, g.short_name, GROUP_KIND_WORDS[g.kind], g.parent.name if g.parent else None,
                          g.active_from, g.active_to) for g in groups),
            memberships=tuple((m.group.name, m.person.name, m.person.email, None,
                               m.person.employer.name if m.person.employer else None, ROLE_WORDS[m.role],
                               m.represents.name if m.represents else None, m.valid_from, m.valid_to)
                              for m in members),
        )

