"""The people and memberships steps of the register import (services.register_import runs them)."""

from __future__ import annotations

from collections.abc import Sequence

from ..db.models import Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ValidationError
from ..domain.messages import msg, text_in
from ..domain.register_table import ImportTable, fold, parse_role
from ..domain.rules import SINGLE_SEAT_ROLES, Seat, check_single_seat
from ._common import check_email, check_phone
from .register_rows import New, Register, RowAction, _changed, _Row


def _contact(row: _Row) -> tuple[str | None, str | None]:
    email, phone = row.text("email"), row.text("phone")
    if email is not None:
        if "@" not in email:
            row.problems.append(msg("register.email_without_at"))
            email = None
        else:
            try:
                check_email(email)
            except ValidationError as error:
                row.problems.append(error.message[:1].lower() + error.message[1:].rstrip("."))
                email = None
    if phone is not None:
        try:
            check_phone(phone)
        except ValidationError as error:
            row.problems.append(error.message[:1].lower() + error.message[1:].rstrip("."))
            phone = None
    return email, phone


def _new_email(person, email: str | None) -> str | None:
    """The e-mail to set: None (no change) when it differs from the stored one only in case."""
    return None if email is None or (person.email and fold(person.email) == fold(email)) else email


def find_person(register: Register, row: _Row, name: str, email: str | None,
                employer: Organisation | None, *, name_alone: bool) -> Person | New | None:
    """By e-mail; else by name and organisation (a person with another e-mail is someone else); with
    ``name_alone`` (a membership row without organisation) by a name only one person has."""
    if email is not None:
        found = register.by_email.get(fold(email))
        if found is not None:
            return found
    candidates = register.by_name.get(fold(name))
    if not candidates:
        return None
    same_name = [p for p in candidates if email is None or not p.email or fold(p.email) == fold(email)]
    if employer is not None or not name_alone:
        same_name = [p for p in same_name if p.employer is employer]
    if len(same_name) > 1:
        where = msg("register.same_name_at", employer=employer.name) if employer else ""
        row.problems.append(msg("register.same_name", name=name, where=where))
        return None
    return same_name[0] if same_name else None


def import_people(register: Register, table: ImportTable) -> list[_Row]:
    rows: list[_Row] = []
    seen: dict[object, tuple[_Row, tuple]] = {}
    for raw in table.rows:
        row = _Row(table, raw)
        rows.append(row)
        name = row.text("name", required=msg("register.name_missing"))
        title = row.text("title")
        email, phone = _contact(row)
        employer = register.organisation(row, "organisation")
        if name is None or row.problems:
            continue
        key = fold(email) if email else (fold(name), id(employer))
        values = (fold(name), title, phone, employer)
        if key in seen:
            first, earlier = seen[key]
            if earlier != values:
                row.problems.append(msg("register.same_row_other_details", what=msg("register.what.person"),
                                        number=first.number))
            else:
                row.action = RowAction.UNCHANGED
            continue
        seen[key] = (row, values)
        person = find_person(register, row, name, email, employer, name_alone=False)
        if row.problems:
            continue
        if person is None:
            person = register.add_person(name=name, title=title, email=email, phone=phone, employer=employer)
            row.action = RowAction.ADDED
            register.audit.append((AuditEntity.PERSON, person, AuditAction.CREATED, f"{name} (import)"))
        elif _changed(person, name=name, title=title, email=_new_email(person, email), phone=phone,
                      employer=employer):
            register.reindex_email(person)
            row.action = RowAction.CHANGED
            register.audit.append((AuditEntity.PERSON, person, AuditAction.CHANGED, f"{person.name} (import)"))
        else:
            row.action = RowAction.UNCHANGED
    return rows


def import_memberships(register: Register, table: ImportTable) -> list[_Row]:
    rows: list[_Row] = []
    seen: dict[tuple, tuple[_Row, tuple]] = {}
    seats: list[tuple[_Row, Membership | New]] = []
    for raw in table.rows:
        row = _Row(table, raw)
        rows.append(row)
        group_name = row.text("group", required=msg("register.group_missing"))
        name = row.text("person", required=msg("register.person_name_missing"))
        email, phone = _contact(row)
        employer = register.organisation(row, "organisation")
        represents = register.organisation(row, "represents")
        role = row.parsed(parse_role, row.text("role"))
        valid_from, valid_to = row.date("valid_from"), row.date("valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            row.problems.append(msg("register.membership_ends_first"))
        group = register.groups.get(fold(group_name)) if group_name else None
        if group_name and group is None:
            row.problems.append(msg("register.unknown_group", name=group_name))
        if name is None or row.problems:
            continue
        person = find_person(register, row, name, email, employer, name_alone=True)
        if row.problems:
            continue
        assert group is not None and role is not None  # a missing or unknown one is a problem above
        if person is None:
            person = register.add_person(name=name, title=None, email=email, phone=phone, employer=employer)
            register.audit.append((AuditEntity.PERSON, person, AuditAction.CREATED, f"{name} (import)"))
        elif isinstance(person, Person) and _changed(person, email=_new_email(person, email), phone=phone,
                                                     employer=employer):
            register.reindex_email(person)
            register.audit.append((AuditEntity.PERSON, person, AuditAction.CHANGED, f"{person.name} (import)"))
        key = (person, group, role, valid_from)
        values = (valid_to, represents)
        if key in seen:
            first, earlier = seen[key]
            if earlier != values:
                row.problems.append(msg("register.same_row_other_details", what=msg("register.what.membership"),
                                        number=first.number))
            else:
                row.action = RowAction.UNCHANGED
            continue
        seen[key] = (row, values)
        membership = register.memberships.get(key)
        if membership is None:
            membership = register.add_membership(key, person=person, group=group, role=role, represents=represents,
                                                 valid_from=valid_from, valid_to=valid_to)
            row.action = RowAction.ADDED
            register.audit.append((AuditEntity.MEMBERSHIP, membership, AuditAction.ADDED,
                                   f"{person.name} i {group.name} som {role.value} (import)"))
        elif isinstance(membership, Membership) and _changed(membership, represents=represents, valid_to=valid_to):
            row.action = RowAction.CHANGED
            register.audit.append((AuditEntity.MEMBERSHIP, membership, AuditAction.CHANGED,
                                   f"{person.name} i {group.name} som {role.value} (import)"))
        else:
            row.action = RowAction.UNCHANGED
        if role in SINGLE_SEAT_ROLES:
            seats.append((row, membership))
    _check_seats(register, seats)
    return rows


def _seat(membership) -> Seat:
    kind = membership.represents.kind if membership.represents else None
    return Seat(id(membership), membership.person.name, membership.role, membership.valid_from,
                membership.valid_to, kind)


def _check_seats(register: Register, seats: Sequence[tuple[_Row, Membership | New]]) -> None:
    """One chair and one vice chair at a time, counting the register's memberships and the file's together."""
    for row, membership in seats:
        others = [_seat(m) for m in register.members[membership.group] if m.role in SINGLE_SEAT_ROLES]
        try:
            check_single_seat(_seat(membership), others)
        except ValidationError as error:
            # The refusal without its last sentence (advice that does not fit a row), in either language.
            advice = {text_in(language, "domain.rules.gruppen_under_perioden_avsluta", role_title="",
                              seat_person_name="").rsplit(". ", 1)[-1] for language in ("sv", "en")}
            message = error.message
            for sentence in advice:
                message = message.replace(" " + sentence, "")
            row.problems.append(message.rstrip("."))
