"""Who may do what, checked by the services before the database does (db/roles.py enforces the same rules on
PostgreSQL with row-level security): a clear Swedish message instead of a refused row.

The current login is ``session_user``. On SQLite there are no logins: one person uses the file, and everything
is allowed. Also administration of logins and grants (``samverkan admin grant/revoke/list``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from ..db.models import GRANT_ROLES, AppLogin, Group, GroupGrant, Person
from ..db.roles import REPORTING_ROLE, USER_ROLE, create_role, literal, quote
from ..db.uow import UnitOfWork
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import NotFoundError, StorageError, ValidationError
from ..domain.messages import msg
from ._common import audit

EDIT = "edit"  # a group's meetings, agenda, minutes, attendance
REGISTER = "register"  # organisations, people, groups, memberships
MESSAGES = {EDIT: "services.access.read_only_group", REGISTER: "services.access.not_register_keeper"}  # ids
NO_ACCESS = "services.access.no_access"


def reason(action: str) -> str:
    """Why a login without the right to ``action`` may not do it, in the current language (the GUI's tooltips)."""
    return msg(MESSAGES.get(action, NO_ACCESS))


@dataclass(frozen=True)
class GrantRow:
    login: str
    person_id: int
    person: str
    group_id: int
    group: str
    role: str
    with_subgroups: bool


def on_postgresql(uow: UnitOfWork) -> bool:
    with uow:  # a unit of work nests: inside another one this reuses its session
        return uow.session.connection().dialect.name == "postgresql"


def current_login(uow: UnitOfWork) -> str | None:
    """The PostgreSQL login of this connection; None on SQLite."""
    with uow:
        if not on_postgresql(uow):
            return None
        return uow.session.execute(text("SELECT session_user::text")).scalar_one()


def _owner(uow: UnitOfWork) -> bool:
    """The role that owns the tables (it ran setup-postgres) is not limited by the policies."""
    return bool(uow.session.execute(text(
        "SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
        "WHERE tablename = 'meeting' AND schemaname = current_schema()")).scalar())


def group_roles(uow: UnitOfWork) -> dict[int, set[str]] | None:
    """The login's roles per group (grants with subgroups reaching down); None: everything is allowed."""
    with uow:
        if not on_postgresql(uow) or _owner(uow):
            return None
        grants = uow.session.execute(select(GroupGrant.group_id, GroupGrant.role, GroupGrant.with_subgroups)
                                     .where(GroupGrant.login == text("session_user::text"))).all()
        children: dict[int | None, list[int]] = {}
        for ident, parent in uow.session.execute(select(Group.id, Group.parent_id)):
            children.setdefault(parent, []).append(ident)
        roles: dict[int, set[str]] = {}
        for group_id, role, with_subgroups in grants:
            stack = [group_id]
            while stack:
                current = stack.pop()
                roles.setdefault(current, set()).add(role)
                if with_subgroups:
                    stack.extend(children.get(current, []))
        return roles


def can(uow: UnitOfWork, action: str, group_id: int | None = None) -> bool:
    roles = group_roles(uow)
    if roles is None:
        return True
    if action == REGISTER:
        return any("registeransvarig" in r for r in roles.values())
    return "sekreterare" in roles.get(group_id or 0, set())


def require(uow: UnitOfWork, action: str, group_id: int | None = None) -> None:
    """Raises a ValidationError saying why, if the login may not do ``action`` (in ``group_id``)."""
    if not can(uow, action, group_id):
        roles = group_roles(uow) or {}
        raise ValidationError(msg(MESSAGES[action] if action == REGISTER or group_id in roles else NO_ACCESS))


def read_only_reason(uow: UnitOfWork, group_id: int) -> str | None:
    """Why the login may not change this group's meetings and minutes (shown above the group); None: it may."""
    roles = group_roles(uow)
    if roles is None or "sekreterare" in roles.get(group_id, set()):
        return None
    return msg(MESSAGES[EDIT] if group_id in roles else NO_ACCESS)


def may_approve(uow: UnitOfWork, meeting_id: int, person_id: int | None = None) -> bool:
    """PostgreSQL: the login's person (and, given, ``person_id``) is chair or vice chair in office on the meeting
    day, as the database checks. SQLite, or the owner: True."""
    with uow:
        if not on_postgresql(uow) or _owner(uow):
            return True
        return bool(uow.session.execute(text("SELECT samverkan_may_approve(:m, :p)"),
                                        {"m": meeting_id, "p": person_id}).scalar())


def require_approver(uow: UnitOfWork, meeting_id: int, person_id: int | None = None) -> None:
    if not may_approve(uow, meeting_id, person_id):
        raise ValidationError(msg("services.access.bara_ordforanden_vice_ordforanden"))


# Administration -----------------------------------------------------------------------------------------------

def _person(uow: UnitOfWork, person: str) -> Person:
    found = (uow.session.get(Person, int(person)) if person.isdigit()
             else uow.session.scalars(select(Person).where(Person.name == person)).first())
    if found is None:
        raise NotFoundError(msg("services.access.personen_finns_registret", person=person))
    return found


def _group(uow: UnitOfWork, group: str) -> Group:
    found = (uow.session.get(Group, int(group)) if group.isdigit()
             else uow.session.scalars(select(Group).where(Group.name == group)).first())
    if found is None:
        raise NotFoundError(msg("services.access.gruppen_finns", group=group))
    return found


def default_login(person: Person) -> str:
    """A login name from the e-mail address's local part, else from the name (lower case, no spaces)."""
    base = (person.email or "").split("@")[0] or person.name
    return "".join(c for c in base.lower().replace(" ", ".") if c.isalnum() or c in "._-")[:63]


def grant(uow: UnitOfWork, person: str, role: str, group: str, *, login: str | None = None,
          with_subgroups: bool = False) -> GrantRow:
    """Gives the person's login ``role`` in ``group``; on PostgreSQL the login role is created if needed
    (LOGIN IN ROLE samverkan_user, no password: the DBA sets one, or the server uses GSSAPI/SSPI)."""
    if role not in GRANT_ROLES:
        raise ValidationError(msg("services.access.okand_roll_valj", role=role, grant_roles=', '.join(GRANT_ROLES)),
                              field="role")
    with uow:
        require(uow, REGISTER)
        found_person, found_group = _person(uow, person), _group(uow, group)
        existing = uow.session.scalars(select(AppLogin).where(AppLogin.person_id == found_person.id)).first()
        name = login or (existing.login if existing else default_login(found_person))
        if not name:
            raise ValidationError(msg("services.access.ange_inloggningsnamn_login"), field="login")
        row = uow.session.get(AppLogin, name)
        if row is None:
            row = AppLogin(login=name, person_id=found_person.id)
            uow.session.add(row)
        elif row.person_id != found_person.id:
            raise ValidationError(msg("services.access.inloggningen_hor_annan_person", name=name), field="login")
        if on_postgresql(uow):
            _ensure_server_login(uow, name, USER_ROLE)
        held = uow.session.scalars(select(GroupGrant).where(
            GroupGrant.login == name, GroupGrant.group_id == found_group.id, GroupGrant.role == role)).first()
        if held is None:
            uow.session.add(GroupGrant(login=name, group_id=found_group.id, role=role,
                                       with_subgroups=with_subgroups))
        else:
            held.with_subgroups = with_subgroups
        audit(uow, AuditEntity.GRANT, found_group.id, AuditAction.GRANTED,
              f"{name} ({found_person.name}): {role} i {found_group.name}"
              + (" med undergrupper" if with_subgroups else ""))
        uow.commit()
        return GrantRow(name, found_person.id, found_person.name, found_group.id, found_group.name, role,
                        with_subgroups)


def revoke(uow: UnitOfWork, person: str, role: str, group: str) -> None:
    """Takes the role in the group from the person's logins (the login itself stays; DROP ROLE is the DBA's)."""
    with uow:
        require(uow, REGISTER)
        found_person, found_group = _person(uow, person), _group(uow, group)
        logins = uow.session.scalars(select(AppLogin.login).where(AppLogin.person_id == found_person.id)).all()
        held = uow.session.scalars(select(GroupGrant).where(
            GroupGrant.login.in_(logins), GroupGrant.group_id == found_group.id, GroupGrant.role == role)).all()
        if not held:
            raise NotFoundError(msg("services.access.rollen", found_person_name=found_person.name, role=role,
                                    found_group_name=found_group.name))
        for row in held:
            uow.session.delete(row)
        audit(uow, AuditEntity.GRANT, found_group.id, AuditAction.REVOKED,
              f"{', '.join(logins)} ({found_person.name}): {role} i {found_group.name}")
        uow.commit()


def _may_create_roles(uow: UnitOfWork) -> bool:
    return bool(uow.session.execute(text(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def _ensure_server_login(uow: UnitOfWork, name: str, group_role: str) -> None:
    """The PostgreSQL login ``name`` exists and is a member of ``group_role``: created (without a password) or
    made a member when this login may (the owner, the DBA); else a Swedish message says who does it."""
    exists = uow.session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if exists and uow.session.execute(text(f"SELECT pg_has_role({literal(name)}, {literal(group_role)}, "
                                           "'MEMBER')")).scalar():
        return
    if not _may_create_roles(uow):
        if exists:
            raise ValidationError(msg("services.access.inloggningen_inte_medlem", name=name, role=group_role),
                                  field="login")
        raise ValidationError(msg("services.access.inloggningen_saknas_pa_servern", name=name), field="login")
    uow.session.execute(text(create_role(name, f"LOGIN IN ROLE {group_role}")))
    uow.session.execute(text(f"GRANT {quote(group_role)} TO {quote(name)}"))


def reporting_login(uow: UnitOfWork, login: str, *, remove: bool = False) -> None:
    """PostgreSQL: makes ``login`` a member of the read-only reporting role (creating the login, without a
    password, if needed), or takes that membership away (``remove``; the login itself stays)."""
    name = login.strip()
    if not name or len(name) > 63:
        raise ValidationError(msg("services.access.ange_inloggningsnamn"), field="login")
    with uow:
        if not on_postgresql(uow):
            raise ValidationError(msg("services.access.rapportrollen_bara_postgresql"))
        if remove:
            member = uow.session.execute(text(
                f"SELECT pg_has_role({literal(name)}, {literal(REPORTING_ROLE)}, 'MEMBER') "
                "FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
            if not member:
                raise NotFoundError(msg("services.access.har_inte_rapportrollen", name=name))
            uow.session.execute(text(f"REVOKE {quote(REPORTING_ROLE)} FROM {quote(name)}"))
        else:
            _ensure_server_login(uow, name, REPORTING_ROLE)
        audit(uow, AuditEntity.GRANT, None, AuditAction.REPORTING_REVOKED if remove else AuditAction.REPORTING_GRANTED,
              name)
        uow.commit()


def check_connection(url: str) -> str:
    """Connects to the shared database at ``url`` and returns the login the server sees (the connection dialog's
    "Test the connection"); a StorageError says why not, in Swedish."""
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from ..db.engine import create_database_engine

    try:
        engine = create_database_engine(url)
    except ModuleNotFoundError as error:
        raise StorageError(msg("services.access.drivrutinen_saknas")) from error
    except (ArgumentError, ValueError) as error:  # not a database address at all
        raise StorageError(msg("services.access.adressen_ogiltig")) from error
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT session_user::text")).scalar_one()
    except DBAPIError as error:
        detail = str(getattr(error, "orig", error)).strip().splitlines()
        raise StorageError(msg("services.access.anslutningen_misslyckades", detail=f" ({detail[0]})" if detail else "")
                           ) from error
    finally:
        engine.dispose()


def list_grants(uow: UnitOfWork) -> list[GrantRow]:
    with uow:
        rows = uow.session.execute(
            select(GroupGrant.login, Person.id, Person.name, Group.id, Group.name, GroupGrant.role,
                   GroupGrant.with_subgroups)
            .join(AppLogin, AppLogin.login == GroupGrant.login).join(Person, Person.id == AppLogin.person_id)
            .join(Group, Group.id == GroupGrant.group_id)
            .order_by(GroupGrant.login, Group.name, GroupGrant.role)).all()
        return [GrantRow(*row) for row in rows]


__all__ = ["EDIT", "REGISTER", "GrantRow", "can", "check_connection", "current_login", "grant", "group_roles",
           "list_grants", "may_approve", "read_only_reason", "reporting_login", "require", "require_approver",
           "revoke"]
