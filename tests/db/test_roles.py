"""db/roles.py: the statements of ``samverkan admin setup-postgres``, checked as text against the models (every
table they name exists, every table with a group has its four policies, the audit trail is never writable). What
the statements do on a server is tested in tests/services/test_roles_postgres.py (PostgreSQL only)."""

from __future__ import annotations

import re

import pytest

from samverkan_desktop.db import roles
from samverkan_desktop.db.models import Base

TABLES = set(Base.metadata.tables)


def test_quote_and_literal_double_what_would_end_them() -> None:
    assert roles.quote('my"schema') == '"my""schema"'
    assert roles.literal("o'brien") == "'o''brien'"


def test_create_role_only_when_missing_and_ignores_a_concurrent_twin() -> None:
    statement = roles.create_role("anna'); DROP TABLE x; --", "LOGIN IN ROLE samverkan_user")
    assert "WHERE rolname = 'anna''); DROP TABLE x; --'" in statement
    assert 'CREATE ROLE "anna\'); DROP TABLE x; --" LOGIN IN ROLE samverkan_user;' in statement
    assert "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL" in statement
    assert roles.create_role("samverkan_user").count("NOLOGIN") == 1


@pytest.mark.parametrize("names", [roles.GROUP_TABLES, roles.REGISTER_TABLES, roles.REPORTING_TABLES,
                                   roles.ACCESS_TABLES, roles.RLS_TABLES, roles.REPORTING_POLICIES])
def test_every_table_named_exists(names) -> None:
    assert sorted(set(names) - TABLES - {"alembic_version"}) == []  # the migrations' own table


def test_every_table_but_the_audit_trail_has_row_level_security() -> None:
    assert TABLES - set(roles.RLS_TABLES) == {"audit_event"}


def _policies() -> dict[tuple[str, str], str]:
    """(table, policy name) -> the CREATE POLICY statement; each must follow its own DROP POLICY IF EXISTS."""
    statements = roles.policies()
    found = {}
    for drop, create in zip(statements[::2], statements[1::2], strict=True):
        name, table = re.fullmatch(r'DROP POLICY IF EXISTS (\w+) ON "(\w+)"', drop).groups()
        assert create.startswith(f'CREATE POLICY {name} ON "{table}" FOR ')
        found[(table, name)] = create
    return found


def test_every_group_table_has_read_insert_update_and_delete_for_users() -> None:
    policies = _policies()
    for table, group in roles.GROUP_TABLES.items():
        assert policies[(table, "samverkan_read")].endswith(f"TO samverkan_user USING (samverkan_has_grant({group}))")
        assert f"WITH CHECK (samverkan_has_grant({group}, '{{sekreterare}}'))" in policies[(table, "samverkan_insert")]
        assert f"USING (samverkan_has_grant({group}, '{{sekreterare}}'))" in policies[(table, "samverkan_delete")]


def test_only_the_meeting_may_be_updated_by_the_chair() -> None:
    policies = _policies()
    chairs = "'{sekreterare,ordforande,vice_ordforande}'"
    assert chairs in policies[("meeting", "samverkan_update")]
    assert [t for t in roles.GROUP_TABLES if chairs in policies[(t, "samverkan_update")]] == ["meeting"]


def test_an_approval_is_inserted_only_by_the_chair_in_office_in_their_own_name() -> None:
    policies = _policies()
    assert policies[("approval", "samverkan_insert")].endswith(
        "WITH CHECK (samverkan_may_approve(meeting_id, approved_by_id))")
    assert ("approval", "samverkan_delete") not in policies


def test_reporting_sees_held_minutes_only_and_no_confidential_item() -> None:
    policies = _policies()
    assert "minutes_status IN ('godkanda', 'publicerade')" in policies[("meeting", "samverkan_reporting_read")]
    assert "NOT confidential" in policies[("agenda_item", "samverkan_reporting_read")]
    assert all(" FOR SELECT TO samverkan_reporting " in statement
               for (_table, name), statement in policies.items() if name == "samverkan_reporting_read")


def test_the_audit_trail_is_appended_to_never_changed() -> None:
    grants = [s for s in roles.privileges("public", "samverkan") if s.startswith("GRANT ")]
    on_audit = [s for s in grants if "audit_event" in s]
    assert on_audit == ["GRANT SELECT, INSERT ON audit_event TO samverkan_user"]
    reporting = next(s for s in grants if s.endswith("TO samverkan_reporting") and s.startswith("GRANT SELECT ON"))
    assert '"person"' in reporting and '"approval"' not in reporting and '"attachment"' not in reporting


def test_functions_run_as_their_owner_in_the_schema() -> None:
    for statement in roles.functions('app"s'):
        assert "STABLE SECURITY DEFINER SET search_path = \"app\"\"s\", pg_temp AS $$" in statement


def test_setup_creates_roles_first_then_functions_security_policies_and_grants() -> None:
    statements = roles.setup_statements("public", "samverkan")
    kinds = [("role" if "CREATE ROLE" in s else "function" if s.startswith("CREATE OR REPLACE FUNCTION")
              else "rls" if "ENABLE ROW LEVEL SECURITY" in s else "policy" if "POLICY" in s else "grant")
             for s in statements]
    order = [kind for i, kind in enumerate(kinds) if i == 0 or kinds[i - 1] != kind]
    assert order == ["role", "function", "rls", "policy", "grant"]
    assert kinds.count("rls") == len(roles.RLS_TABLES) and kinds.count("role") == 2


def test_apply_runs_every_statement_in_order() -> None:
    ran: list[str] = []

    class Connection:
        def exec_driver_sql(self, statement):
            ran.append(statement)

    roles.apply(Connection(), ["A", "B"])
    assert ran == ["A", "B"]
