"""services/access.py on SQLite (one person, everything allowed) and the grant administration the CLI's
``samverkan admin grant/revoke/list`` uses; what a login may do on PostgreSQL is enforced and tested in
tests/services/test_roles_postgres.py (these tests run on PostgreSQL too when .ci/postgres sets it up)."""

from __future__ import annotations

import pytest
from postgres_testdb import sqlite_only
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import AppLogin, GroupGrant, Person
from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.domain.errors import NotFoundError, StorageError, ValidationError
from samverkan_desktop.services import access
from samverkan_desktop.services.dto import GroupData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.people import create_person


@pytest.fixture
def staff(uow):
    anna = create_person(uow, PersonData("Anna Berg", email="Anna.Berg@region.se"))
    bo = create_person(uow, PersonData("Bo Ek"))
    lgs = create_group(uow, GroupData("LGS", GroupKind.MANAGEMENT_GROUP))
    return {"anna": anna, "bo": bo, "lgs": lgs}


def test_reasons_name_the_missing_right() -> None:
    assert access.reason(access.EDIT) == ("Du har läsbehörighet i den här gruppen; ändringar görs av gruppens "
                                          "sekreterare.")
    assert access.reason(access.REGISTER).startswith("Registret ändras av en registeransvarig")
    assert access.reason("något annat") == "Din inloggning har ingen behörighet i den här gruppen."


@sqlite_only("on PostgreSQL the owner runs the tests; logins are tested in tests/services/test_roles_postgres.py")
def test_on_sqlite_everything_is_allowed(uow, engine, staff) -> None:
    assert access.on_postgresql(uow) is False
    assert access.current_login(uow) is None
    assert access.group_roles(uow) is None
    assert access.can(uow, access.EDIT, staff["lgs"].id) and access.can(uow, access.REGISTER)
    access.require(uow, access.EDIT, 999)
    assert access.read_only_reason(uow, staff["lgs"].id) is None
    assert access.may_approve(uow, 1, staff["anna"].id) is True
    access.require_approver(uow, 1)


@pytest.mark.parametrize("email, name, expected", [
    ("A.Berg@region.se", "Anna Berg", "a.berg"),
    (None, "Åsa Öberg-Lind", "åsa.öberg-lind"),
    ("", "Bo (IT) Ek", "bo.it.ek"),
    (None, "x" * 80, "x" * 63),
])
def test_default_login_from_the_address_else_the_name(email, name, expected) -> None:
    assert access.default_login(Person(name=name, email=email)) == expected


@sqlite_only("grants create server logins on PostgreSQL: tests/services/test_roles_postgres.py does that")
def test_grant_creates_the_login_once_and_lists_it(uow, staff, audit_trail) -> None:
    row = access.grant(uow, "Anna Berg", "sekreterare", "LGS")
    assert row == access.GrantRow("anna.berg", staff["anna"].id, "Anna Berg", staff["lgs"].id, "LGS", "sekreterare",
                                  False)
    again = access.grant(uow, str(staff["anna"].id), "sekreterare", str(staff["lgs"].id), with_subgroups=True)
    assert again.login == "anna.berg" and again.with_subgroups
    access.grant(uow, "Anna Berg", "lasare", "LGS")
    assert [(g.login, g.role, g.with_subgroups) for g in access.list_grants(uow)] == [
        ("anna.berg", "lasare", False), ("anna.berg", "sekreterare", True)]
    grants = [(action, actor) for entity, _id, action, actor in audit_trail("behörighet")]
    assert [action for action, _actor in grants] == ["behörighet given"] * 3


@sqlite_only("grants create server logins on PostgreSQL: tests/services/test_roles_postgres.py does that")
def test_grant_refuses_unknown_roles_people_groups_and_another_persons_login(uow, staff) -> None:
    with pytest.raises(ValidationError) as role:
        access.grant(uow, "Anna Berg", "kung", "LGS")
    assert role.value.message == ("Okänd roll 'kung'; välj en av sekreterare, ordforande, vice_ordforande, lasare, "
                                  "registeransvarig.")
    with pytest.raises(NotFoundError, match="Personen 'Cilla' finns inte i registret"):
        access.grant(uow, "Cilla", "lasare", "LGS")
    with pytest.raises(NotFoundError, match="Gruppen 'NOSAM' finns inte"):
        access.grant(uow, "Anna Berg", "lasare", "NOSAM")
    access.grant(uow, "Anna Berg", "lasare", "LGS")
    with pytest.raises(ValidationError):
        access.grant(uow, "Bo Ek", "lasare", "LGS", login="anna.berg")


@sqlite_only("grants create server logins on PostgreSQL: tests/services/test_roles_postgres.py does that")
def test_revoke_takes_the_role_and_keeps_the_login(uow, engine, staff) -> None:
    access.grant(uow, "Bo Ek", "sekreterare", "LGS")
    access.revoke(uow, "Bo Ek", "sekreterare", "LGS")
    assert access.list_grants(uow) == []
    with Session(engine) as session:
        assert session.scalars(select(AppLogin.login)).all() == ["bo.ek"]
        assert session.scalars(select(GroupGrant)).all() == []
    with pytest.raises(NotFoundError):
        access.revoke(uow, "Bo Ek", "sekreterare", "LGS")


def test_the_reporting_role_exists_only_on_postgresql(uow, engine) -> None:
    with pytest.raises(ValidationError, match="högst 63 tecken"):
        access.reporting_login(uow, "  ")
    with pytest.raises(ValidationError, match="högst 63 tecken"):
        access.reporting_login(uow, "x" * 64)
    if engine.dialect.name == "sqlite":
        with pytest.raises(ValidationError, match="bara på en delad PostgreSQL-databas"):
            access.reporting_login(uow, "rapport")


def test_check_connection_says_why_in_words() -> None:
    with pytest.raises(StorageError, match="Databasens adress går inte att förstå"):
        access.check_connection("inte en adress")
