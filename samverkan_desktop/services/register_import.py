"""Import of the register (organisations, people, groups, memberships) from tables already read from a file
(samverkan_desktop.importing): every row checked, existing rows matched and updated instead of duplicated
(organisations and groups by name, people by e-mail, else by name and organisation, memberships by person, group,
role and start), and everything applied in one transaction, or nothing at all. A dry run does the same work and
rolls it back, so that the preview shows exactly what an import would do.

An empty cell never erases what the register holds: a re-import of a shorter list only adds and changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, insert

from ..db.models import AuditEvent, Group, Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.register_table import (
    SHEET_NAMES,
    ImportTable,
    TableKind,
    fold,
    parse_group_kind,
    parse_organisation_kind,
)
from . import UnitOfWork
from .register_import_people import import_memberships, import_people
from .register_rows import (
    Imported,
    ImportReport,
    KindSummary,
    New,
    Register,
    RowAction,
    RowResult,
    _changed,
    _Row,
)

__all__ = ["ImportReport", "KindSummary", "RowAction", "RowResult", "run_import"]



def import_organisations(register: Register, table: ImportTable) -> list[_Row]:
    rows: list[_Row] = []
    seen: dict[str, tuple[_Row, tuple]] = {}
    for raw in table.rows:
        row = _Row(table, raw)
        rows.append(row)
        name = row.text("name", required=msg("register.name_missing"))
        short = row.text("short_name")
        kind_text = row.text("kind")
        kind = row.parsed(parse_organisation_kind, kind_text, name or "")
        if name is None or row.problems:
            continue
        key = fold(name)
        if key in seen:
            first, values = seen[key]
            if values != (short, kind_text):
                row.problems.append(msg("register.same_row_other_details", what=msg("register.what.organisation"),
                                        number=first.number))
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
        name = row.text("name", required=msg("register.group_name_missing"))
        short, kind_text, parent = row.text("short_name"), row.text("kind"), row.text("parent")
        kind = row.parsed(parse_group_kind, kind_text)
        active_from, active_to = row.date("active_from"), row.date("active_to")
        if active_from and active_to and active_to < active_from:
            row.problems.append(msg("register.group_active_ends_first"))
        if name is None or row.problems:
            continue
        key = fold(name)
        if key in seen:
            first, values = seen[key]
            if values != (short, kind_text, parent, active_from, active_to):
                row.problems.append(msg("register.same_group_other_details", number=first.number))
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
            row.problems.append(msg("register.unknown_parent", name=parent_name))
        elif parent_group is group:
            row.problems.append(msg("register.own_parent"))
        elif group.parent is not parent_group:
            group.parent = parent_group
            if row.action is RowAction.UNCHANGED:
                row.action = RowAction.CHANGED
                register.audit.append((AuditEntity.GROUP, group, AuditAction.CHANGED, f"{group.name} (import)"))
    for row, group, _parent in parents:
        ancestor, steps = group.parent, 0
        while ancestor is not None and steps <= len(register.groups):
            if ancestor is group:
                row.problems.append(msg("register.parent_cycle"))
                break
            ancestor, steps = ancestor.parent, steps + 1
    return rows


def run_import(uow: UnitOfWork, tables: Sequence[ImportTable], *, dry_run: bool = False,
               source: str = "") -> ImportReport:
    """Check and apply ``tables`` (any of the four kinds, in any order) in one transaction. Nothing is written
    when a row has a problem or on a dry run; the report says per row what was (or would be) done."""
    if not any(t.rows for t in tables):
        raise ValidationError(msg("services.register_import.filen_inga_rader_importera"))
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
    counts = "; ".join(s.describe("sv") for s in report.summaries())  # the audit log stays Swedish
    rows = [{"actor": uow.actor, "entity": entity, "entity_id": obj.id, "action": action, "summary": summary}
            for entity, obj, action, summary in events]
    rows.append({"actor": uow.actor, "entity": AuditEntity.REGISTER, "entity_id": None,
                 "action": AuditAction.IMPORTED,
                 "summary": f"{source}: {counts}" if source else counts})
    uow.session.execute(insert(cast(Table, AuditEvent.__table__)), rows)
