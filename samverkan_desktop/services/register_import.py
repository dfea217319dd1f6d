"""Import of the register (organisations, people, groups, memberships) from tables already read from a file
(samverkan_desktop.importing): every row checked, existing rows matched and updated instead of duplicated
(organisations and groups by name, people by e-mail, else by name and organisation, memberships by person, group,
role and start), and everything applied in one transaction, or nothing at all. A dry run does the same work and
rolls it back, so that the preview shows exactly what an import would do.

An empty cell never erases what the register holds: a re-import of a shorter list only adds and changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import selectinload

from ..db.models import AuditEvent, Group, Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ValidationError
from ..domain.register_table import (
    SHEET_NAMES,
    ImportTable,
    TableKind,
    fold,
    parse_date,
    parse_group_kind,
    parse_organisation_kind,
    text_value,
)
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
        return [f"{self.source}, rad {self.number}: {problem}" for problem in self.problems]


@dataclass(frozen=True)
class KindSummary:
    kind: TableKind
    added: int
    changed: int
    unchanged: int

    def describe(self) -> str:
        return (f"{SHEET_NAMES[self.kind]}: {self.added} tillagda, {self.changed} ändrade, "
                f"{self.unchanged} oförändrade")


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
            lines.append(f"{self.problem_count} rader har problem; inget har importerats:")
            lines += [f"  {p}" for p in self.problems]
        verb = "Skulle ge" if self.dry_run or not self.applied else "Importerat"
        for summary in self.summaries():
            lines.append(f"{verb}: {summary.describe()}")
        if self.dry_run and not self.problems:
            lines.append("Provkörning: inget har sparats.")
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
            self.problems.append(f"texten i {_key_word(key)} är för lång ({len(value)} tecken; högst {limit})")
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


_KEY_WORDS = {"name": "namn", "short_name": "kortnamn", "title": "titel", "email": "e-post", "phone": "telefon",
              "organisation": "organisation", "group": "grupp", "person": "namn", "represents": "representerar",
              "parent": "överordnad grupp", "valid_from": "från", "valid_to": "till", "active_from": "aktiv från",
              "active_to": "aktiv till", "kind": "typ", "role": "roll"}


def _key_word(key: str) -> str:
    return _KEY_WORDS.get(key, key)


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
            row.problems.append(f"organisationen \"{name}\" finns inte; lägg till den på bladet Organisationer "
                                "(eller i registret) först")
        return found


def _changed(obj, **values) -> bool:
    """Set each value that is given and differs; True if anything changed."""
    changed = False
    for key, value in values.items():
        if value is not None and getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def import_organisations(register: Register, table: ImportTable) -> list[_Row]:
    rows: list[_Row] = []
    seen: dict[str, tuple[_Row, tuple]] = {}
    for raw in table.rows:
        row = _Row(table, raw)
        rows.append(row)
        name = row.text("name", required="namn saknas")
        short = row.text("short_name")
        kind_text = row.text("kind")
        kind = row.parsed(parse_organisation_kind, kind_text, name or "")
        if name is None or row.problems:
            continue
        key = fold(name)
        if key in seen:
            first, values = seen[key]
            if values != (short, kind_text):
                row.problems.append(f"samma organisation som rad {first.number} men med andra uppgifter")
            else:
                row.action = RowAction.UNCHANGED
            continue
        seen[key] = (row, (short, kind_text))
        org = register.organisations.get(key)
        if org is None:
            org = Organisation(name=name, short_name=short, kind=kind)
            register.session.add(org)
            register.organisations[key] = org
            row.action = RowAction.ADDED
            register.audit.append((AuditEntity.ORGANISATION, org, AuditAction.CREATED, f"{name} (import)"))
        elif _changed(org, short_name=short, kind=kind if kind_text else None):
            row.action = RowAction.CHANGED
            register.audit.append((AuditEntity.ORGANISATION, org, AuditAction.CHANGED, f"{org.name} (import)"))
        else:
            row.action = RowAction.UNCHANGED
    return rows


def import_groups(register: Register, table: ImportTable) -> list[_Row]:
    rows: list[_Row] = []
    seen: dict[str, tuple[_Row, tuple]] = {}
    parents: list[tuple[_Row, Group, str | None]] = []
    for raw in table.rows:
        row = _Row(table, raw)
        rows.append(row)
        name = row.text("name", required="gruppens namn saknas")
        short, kind_text, parent = row.text("short_name"), row.text("kind"), row.text("parent")
        kind = row.parsed(parse_group_kind, kind_text)
        active_from, active_to = row.date("active_from"), row.date("active_to")
        if active_from and active_to and active_to < active_from:
            row.problems.append("gruppen kan inte sluta vara aktiv innan den börjar")
        if name is None or row.problems:
            continue
        key = fold(name)
        if key in seen:
            first, values = seen[key]
            if values != (short, kind_text, parent, active_from, active_to):
                row.problems.append(f"samma grupp som rad {first.number} men med andra uppgifter")
            else:
                row.action = RowAction.UNCHANGED
            continue
        seen[key] = (row, (short, kind_text, parent, active_from, active_to))
        group = register.groups.get(key)
        if group is None:
            group = Group(name=name, short_name=short, kind=kind, active_from=active_from, active_to=active_to)
            register.session.add(group)
            register.groups[key] = group
            register.members[group] = []
            row.action = RowAction.ADDED
            register.audit.append((AuditEntity.GROUP, group, AuditAction.CREATED, f"{name} (import)"))
        elif _changed(group, short_name=short, kind=kind if kind_text else None, active_from=active_from,
                      active_to=active_to):
            row.action = RowAction.CHANGED
            register.audit.append((AuditEntity.GROUP, group, AuditAction.CHANGED, f"{group.name} (import)"))
        else:
            row.action = RowAction.UNCHANGED
        parents.append((row, group, parent))
    for row, group, parent_name in parents:  # every group of the file is known now
        if parent_name is None:
            continue
        parent_group = register.groups.get(fold(parent_name))
        if parent_group is None:
            row.problems.append(f"den överordnade gruppen \"{parent_name}\" finns inte")
        elif parent_group is group:
            row.problems.append("en grupp kan inte rapportera till sig själv")
        elif group.parent is not parent_group:
            group.parent = parent_group
            if row.action is RowAction.UNCHANGED:
                row.action = RowAction.CHANGED
                register.audit.append((AuditEntity.GROUP, group, AuditAction.CHANGED, f"{group.name} (import)"))
    for row, group, _parent in parents:
        ancestor, steps = group.parent, 0
        while ancestor is not None and steps <= len(register.groups):
            if ancestor is group:
                row.problems.append("gruppernas överordnade grupper går i en cirkel")
                break
            ancestor, steps = ancestor.parent, steps + 1
    return rows


def run_import(uow: UnitOfWork, tables: Sequence[ImportTable], *, dry_run: bool = False,
               source: str = "") -> ImportReport:
    """Check and apply ``tables`` (any of the four kinds, in any order) in one transaction. Nothing is written
    when a row has a problem or on a dry run; the report says per row what was (or would be) done."""
    from .register_import_people import import_memberships, import_people

    if not any(t.rows for t in tables):
        raise ValidationError("Filen har inga rader att importera.")
    order = list(SHEET_NAMES)
    tables = sorted(tables, key=lambda t: order.index(t.kind))
    steps = {TableKind.ORGANISATIONS: import_organisations, TableKind.GROUPS: import_groups,
             TableKind.PEOPLE: import_people, TableKind.MEMBERSHIPS: import_memberships}
    with uow:
        register = Register(uow)
        checked: list[_Row] = []
        for table in tables:
            checked += steps[table.kind](register, table)
            if table.kind in (TableKind.ORGANISATIONS, TableKind.GROUPS) and not any(r.problems for r in checked):
                uow.session.flush()  # a handful of rows: their ids for the people and memberships inserted in bulk
        results = tuple(row.result() for row in checked)
        notes = tuple(note for t in tables for note in t.notes)
        report = ImportReport(applied=False, dry_run=dry_run, rows=results, notes=notes)
        if dry_run or report.problem_count:
            return report  # leaving the block rolls everything back
        _insert_new(uow, register)
        uow.session.flush()
        _write_audit(uow, register.audit, source, report)
        uow.commit()
        return ImportReport(applied=True, dry_run=False, rows=results, notes=notes)


def _insert(uow: UnitOfWork, model, rows: list[New], values) -> None:
    if not rows:
        return
    table = model.__table__  # Core, not the ORM's bulk insert: a third of the time for 100,000 rows
    ids = uow.session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                              [values(row) for row in rows]).scalars().all()
    for row, ident in zip(rows, ids, strict=True):
        row.id = ident


def _id(obj) -> int | None:
    return obj.id if obj is not None else None


def _insert_new(uow: UnitOfWork, register: Register) -> None:
    """The new people, then the new memberships, each in one statement (organisations and groups are flushed)."""
    uow.session.flush()
    _insert(uow, Person, register.new_people, lambda p: {
        "name": p.name, "title": p.title, "email": p.email, "phone": p.phone, "employer_id": _id(p.employer)})
    _insert(uow, Membership, register.new_memberships, lambda m: {
        "person_id": m.person.id, "group_id": m.group.id, "role": m.role, "represents_id": _id(m.represents),
        "valid_from": m.valid_from, "valid_to": m.valid_to})


def _write_audit(uow: UnitOfWork, events: Iterable[tuple[AuditEntity, Imported, AuditAction, str]], source: str,
                 report: ImportReport) -> None:
    counts = "; ".join(s.describe() for s in report.summaries())
    rows = [{"actor": uow.actor, "entity": entity, "entity_id": obj.id, "action": action, "summary": summary}
            for entity, obj, action, summary in events]
    rows.append({"actor": uow.actor, "entity": AuditEntity.REGISTER, "entity_id": None,
                 "action": AuditAction.IMPORTED,
                 "summary": f"{source}: {counts}" if source else counts})
    uow.session.execute(insert(cast(Table, AuditEvent.__table__)), rows)
