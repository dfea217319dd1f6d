"""The register import's rows (services.register_import): what a row became (``RowAction``, ``RowResult``), the
report, and ``Register``, the register as it stands while a file is applied. Shared by the import of
organisations and groups (register_import) and of people and memberships (register_import_people), which both
import this module and not each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import Group, Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.messages import current_language, msg, text_in
from ..domain.register_table import SHEET_NAMES, ImportTable, TableKind, fold, parse_date, text_value
from . import UnitOfWork

#: Longest texts the register's columns hold (the model's String(n)); checked per row, said per row.
LIMITS = {"name": 200, "short_name": 60, "title": 200, "email": 254}


class RowAction(StrEnum):
    ADDED = "läggs till"
    CHANGED = "ändras"
    UNCHANGED = "oförändrad"


@dataclass(frozen=True)
class RowResult:
    kind: TableKind
    source: str
    number: int
    action: RowAction | None  # None: the row has problems
    problems: tuple[str, ...] = ()

    def describe_problems(self) -> list[str]:
        return [msg("register.row_problem", source=self.source, number=self.number, problem=problem)
                for problem in self.problems]


#: The sheets' names in the report (catalogue ids); the file's own sheets keep their Swedish names (SHEET_NAMES).
_SHEET_IDS = {TableKind.ORGANISATIONS: "register.sheet.organisations", TableKind.GROUPS: "register.sheet.groups",
              TableKind.PEOPLE: "register.sheet.people", TableKind.MEMBERSHIPS: "register.sheet.memberships"}


@dataclass(frozen=True)
class KindSummary:
    kind: TableKind
    added: int
    changed: int
    unchanged: int

    def describe(self, language: str | None = None) -> str:
        """In the chosen language; the audit log's summary is always Swedish (``language="sv"``)."""
        language = language or current_language()
        return text_in(language, "register.kind_summary", sheet=text_in(language, _SHEET_IDS[self.kind]),
                       added=self.added, changed=self.changed, unchanged=self.unchanged)


@dataclass(frozen=True)
class ImportReport:
    applied: bool  # True: committed. False: a dry run, or refused for the problems listed
    dry_run: bool
    rows: tuple[RowResult, ...]
    notes: tuple[str, ...] = ()

    @property
    def problems(self) -> list[str]:
        return [line for row in self.rows for line in row.describe_problems()]

    @property
    def problem_count(self) -> int:
        return sum(1 for row in self.rows if row.problems)

    def summary(self, kind: TableKind) -> KindSummary:
        rows = [r for r in self.rows if r.kind is kind]
        return KindSummary(kind, *(sum(1 for r in rows if r.action is a) for a in RowAction))

    def summaries(self) -> list[KindSummary]:
        present = {r.kind for r in self.rows}
        return [self.summary(kind) for kind in SHEET_NAMES if kind in present]

    def rows_of(self, kind: TableKind, action: RowAction) -> list[int]:
        return [r.number for r in self.rows if r.kind is kind and r.action is action]

    def describe(self) -> list[str]:
        """The report as lines for a person (the CLI prints them; the wizard shows them)."""
        lines = [*self.notes]
        if self.problems:
            lines.append(msg("register.rows_have_problems", count=self.problem_count))
            lines += [f"  {p}" for p in self.problems]
        verb = "register.would_give" if self.dry_run or not self.applied else "register.imported"
        for summary in self.summaries():
            lines.append(msg(verb, summary=summary.describe()))
        if self.dry_run and not self.problems:
            lines.append(msg("services.register_rows.provkorning_inget_sparats"))
        return lines


class _Row:
    """The row being checked: collects its problems, knows its source and number."""

    def __init__(self, table: ImportTable, row) -> None:
        self.table, self.number, self.values = table, row.number, row.values
        self.problems: list[str] = list(row.problems)
        self.action: RowAction | None = None

    def text(self, key: str, *, required: str | None = None) -> str | None:
        value = text_value(self.values.get(key))
        if value is None and required:
            self.problems.append(required)
        limit = LIMITS.get(key if key in LIMITS else "name" if key in ("person", "group", "organisation",
                                                                        "represents", "parent") else "")
        if value is not None and limit and len(value) > limit:
            self.problems.append(msg("services.register_rows.texten_ar_for_lang", key_word=_key_word(key),
                                     value=len(value), limit=limit))
            return None
        return value

    def date(self, key: str):
        try:
            return parse_date(self.values.get(key))
        except ValueError as error:
            self.problems.append(f"{_key_word(key)}: {error}")
            return None

    def parsed(self, parser, *args):
        try:
            return parser(*args)
        except ValueError as error:
            self.problems.append(str(error))
            return None

    def result(self) -> RowResult:
        action = None if self.problems else self.action
        return RowResult(self.table.kind, self.table.source, self.number, action, tuple(self.problems))


#: The columns named in a row's problems (catalogue ids "register.key.<column>").
_KEY_WORDS = frozenset({"name", "short_name", "title", "email", "phone", "organisation", "group", "person",
                        "represents", "parent", "valid_from", "valid_to", "active_from", "active_to", "kind",
                        "role"})


def _key_word(key: str) -> str:
    return msg(f"register.key.{key}") if key in _KEY_WORDS else key


class New:
    """A person or membership the import adds: its values, and its id once inserted. People and memberships come
    by the thousand, so they are inserted in bulk (one statement each) instead of as ORM objects."""

    def __init__(self, **values) -> None:
        self.__dict__.update(values)
        self.id: int | None = None

    def __getattr__(self, name: str) -> Any:  # the values given: name, email, person, group, role…
        raise AttributeError(name)


#: What an audit event of the import is about: a row of the register, or one the import adds.
Imported = Organisation | Group | Person | Membership | New


class Register:
    """Everything the import compares with, loaded once (no query per row), and the changes made so far."""

    def __init__(self, uow: UnitOfWork) -> None:
        session = uow.session
        self.session = session
        self.organisations = {fold(o.name): o for o in session.scalars(select(Organisation))}
        self.groups = {fold(g.name): g for g in session.scalars(
            select(Group).options(selectinload(Group.memberships).selectinload(Membership.person),
                                  selectinload(Group.memberships).selectinload(Membership.represents)))}
        self.people: list[Person | New] = list(session.scalars(select(Person)))
        self.by_email: dict[str, Person | New] = {}
        self.by_name: dict[str, list[Person | New]] = {}
        for person in self.people:
            self._index(person)
        self.memberships: dict[tuple, Membership | New] = {}
        self.members: dict[Group, list[Membership | New]] = {}
        for group in self.groups.values():
            self.members[group] = list(group.memberships)
            for m in group.memberships:
                self.memberships.setdefault((m.person, group, m.role, m.valid_from), m)
        self.new_people: list[New] = []
        self.new_memberships: list[New] = []
        self.audit: list[tuple[AuditEntity, Imported, AuditAction, str]] = []  # entity, object, action, summary

    def _index(self, person: Person | New) -> None:
        if person.email:
            self.by_email.setdefault(fold(person.email), person)
        self.by_name.setdefault(fold(person.name), []).append(person)

    def add_person(self, **values) -> New:
        person = New(**values)
        self.new_people.append(person)
        self.people.append(person)
        self._index(person)
        return person

    def add_membership(self, key: tuple, **values) -> New:
        membership = New(**values)
        self.new_memberships.append(membership)
        self.memberships[key] = membership
        self.members.setdefault(values["group"], []).append(membership)
        return membership

    def reindex_email(self, person: Person | New) -> None:
        if person.email:
            self.by_email.setdefault(fold(person.email), person)

    def organisation(self, row: _Row, key: str) -> Organisation | None:
        name = row.text(key)
        if name is None:
            return None
        found = self.organisations.get(fold(name))
        if found is None:
            row.problems.append(msg("register.unknown_organisation", name=name))
        return found


def _changed(obj, **values) -> bool:
    """Set each value that is given and differs; True if anything changed."""
    changed = False
    for key, value in values.items():
        if value is not None and getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed
