"""Who may do what on a shared PostgreSQL database, enforced by the database itself: group roles, grants and
row-level security (``samverkan admin setup-postgres``). Idempotent: every statement may run again.

- ``samverkan_user`` (NOLOGIN): every personal login is a member (``admin grant`` creates the login ``IN ROLE
  samverkan_user``). Table privileges are broad; row-level security narrows them to the login's grants in
  ``group_grant``: any grant on a group reads its meetings and minutes; ``sekreterare`` writes them;
  ``ordforande``/``vice_ordforande`` may also change the meeting (approve, reopen); an approval may only be
  inserted or changed when ``session_user`` belongs to the person who is chair or vice chair in office on the
  meeting day (a membership in the register); ``registeransvarig`` (in any group) writes the register
  (organisations, people, groups, memberships, mandates) and the logins and grants (``app_login``,
  ``group_grant``: the GUI's page "Roller och inloggningar"; creating a login role stays the DBA's, who has
  CREATEROLE). The audit trail can be read and appended to, never
  changed (no UPDATE/DELETE privilege; the triggers of 0010 as well), and the database names the login (0012).
- ``samverkan_reporting`` (NOLOGIN): read-only, for the decision log and open data: approved or published
  meetings and their items that are not confidential, and the register. Nothing else.
- Inheritance: a grant with ``with_subgroups`` applies to every group below (``coordination_group.parent_id``),
  found by the recursive function ``samverkan_groups_of(login)`` (STABLE SECURITY DEFINER: it reads the grants
  and groups as their owner, so the policies never recurse into each other).
- The owner (the role that runs setup-postgres and the migrations) keeps every right: row-level security is
  not forced on it.
"""

from __future__ import annotations

from sqlalchemy import Connection

USER_ROLE = "samverkan_user"
REPORTING_ROLE = "samverkan_reporting"
ROLES = (USER_ROLE, REPORTING_ROLE)
HELD_MINUTES = "('godkanda', 'publicerade')"

#: Tables of a group's meetings and minutes, and the expression giving a row's group.
GROUP_TABLES = {
    "meeting": "group_id",
    "case_record": "group_id",
    "agenda_template_item": "group_id",
    "group_template": "group_id",
    "agenda_item": "samverkan_meeting_group(meeting_id)",
    "attendance": "samverkan_meeting_group(meeting_id)",
    "publication": "samverkan_meeting_group(meeting_id)",
    "action_item": "samverkan_item_group(agenda_item_id)",
    "anchoring": "samverkan_item_group(agenda_item_id)",
    "attachment": "samverkan_item_group(agenda_item_id)",
    "review_comment": "samverkan_item_group(agenda_item_id)",
}
#: Who besides the secretary may change rows of these tables (approving and reopening change the meeting).
CHAIR_MAY_UPDATE = {"meeting"}
#: The register: everyone reads it, the registeransvarig writes it.
REGISTER_TABLES = ("organisation", "person", "coordination_group", "membership", "mandate", "mandate_revision",
                   "reporting_duty", "reporting_deadline", "signing_key")
#: What the reporting role may read at all (row-level security narrows the content tables further).
REPORTING_TABLES = ("organisation", "person", "coordination_group", "membership", "mandate", "meeting",
                    "agenda_item", "action_item", "anchoring", "case_record", "publication", "alembic_version")
#: The reporting role's rows: held minutes only, no confidential item.
REPORTING_POLICIES = {
    "meeting": f"minutes_status IN {HELD_MINUTES}",
    "agenda_item": "NOT confidential AND meeting_id IN (SELECT id FROM meeting)",
    "action_item": "agenda_item_id IN (SELECT id FROM agenda_item)",
    "anchoring": "agenda_item_id IN (SELECT id FROM agenda_item)",
    "case_record": "id IN (SELECT case_id FROM agenda_item)",
    "publication": "meeting_id IN (SELECT id FROM meeting)",
}
#: Logins and grants: every user reads them (the app shows what the login may do), the registeransvarig writes.
ACCESS_TABLES = ("app_login", "group_grant")
RLS_TABLES = (*GROUP_TABLES, *REGISTER_TABLES, *ACCESS_TABLES, "approval", "attachment_blob")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def create_role(role: str, options: str = "NOLOGIN") -> str:
    """CREATE ROLE if it does not exist (two setups at once: the second one's duplicate is ignored)."""
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(role)}) THEN "
            f"CREATE ROLE {quote(role)} {options}; END IF; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")


def _function(signature: str, returns: str, body: str, schema: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {signature} RETURNS {returns} LANGUAGE sql STABLE SECURITY DEFINER "
            f"SET search_path = {quote(schema)}, pg_temp AS $$ {body} $$")


def functions(schema: str) -> list[str]:
    in_office = ("(ms.valid_from IS NULL OR ms.valid_from <= (m.starts_at AT TIME ZONE 'Europe/Stockholm')::date)"
                 " AND (ms.valid_to IS NULL OR ms.valid_to >= (m.starts_at AT TIME ZONE 'Europe/Stockholm')::date)")
    return [
        _function("samverkan_groups_of(p_login text)", "TABLE(group_id integer, role text)",
                  "WITH RECURSIVE reach(group_id, role, with_subgroups) AS ("
                  " SELECT g.group_id, g.role::text, g.with_subgroups FROM group_grant g WHERE g.login = p_login"
                  " UNION SELECT c.id, r.role, true FROM reach r JOIN coordination_group c"
                  " ON c.parent_id = r.group_id WHERE r.with_subgroups)"
                  " SELECT DISTINCT reach.group_id, reach.role FROM reach", schema),
        _function("samverkan_has_grant(p_group integer, p_roles text[] DEFAULT NULL)", "boolean",
                  "SELECT EXISTS (SELECT 1 FROM samverkan_groups_of(session_user::text) g"
                  " WHERE g.group_id = p_group AND (p_roles IS NULL OR g.role = ANY (p_roles)))", schema),
        _function("samverkan_is_registrar()", "boolean",
                  "SELECT EXISTS (SELECT 1 FROM group_grant WHERE login = session_user::text"
                  " AND role = 'registeransvarig')", schema),
        _function("samverkan_login_person()", "integer",
                  "SELECT person_id FROM app_login WHERE login = session_user::text", schema),
        _function("samverkan_meeting_group(p_meeting integer)", "integer",
                  "SELECT group_id FROM meeting WHERE id = p_meeting", schema),
        _function("samverkan_item_group(p_item integer)", "integer",
                  "SELECT m.group_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = p_item",
                  schema),
        # The login's person is chair or vice chair of the meeting's group on the meeting day (and, given a
        # person, is that person: one approves in one's own name only).
        _function("samverkan_may_approve(p_meeting integer, p_person integer DEFAULT NULL)", "boolean",
                  "SELECT EXISTS (SELECT 1 FROM meeting m JOIN app_login l ON l.login = session_user::text"
                  " JOIN membership ms ON ms.person_id = l.person_id AND ms.group_id = m.group_id"
                  " WHERE m.id = p_meeting AND (p_person IS NULL OR p_person = l.person_id)"
                  f" AND ms.role IN ('ordforande', 'vice_ordforande') AND {in_office})", schema),
    ]


def _policy(table: str, name: str, command: str, role: str, using: str | None, check: str | None) -> list[str]:
    statement = f"CREATE POLICY {name} ON {quote(table)} FOR {command} TO {role}"
    if using is not None:
        statement += f" USING ({using})"
    if check is not None:
        statement += f" WITH CHECK ({check})"
    return [f"DROP POLICY IF EXISTS {name} ON {quote(table)}", statement]


def policies() -> list[str]:
    out: list[str] = []
    for table, group in GROUP_TABLES.items():
        writers = "'{sekreterare,ordforande,vice_ordforande}'" if table in CHAIR_MAY_UPDATE else "'{sekreterare}'"
        secretary = f"samverkan_has_grant({group}, '{{sekreterare}}')"
        out += _policy(table, "samverkan_read", "SELECT", USER_ROLE, f"samverkan_has_grant({group})", None)
        out += _policy(table, "samverkan_insert", "INSERT", USER_ROLE, None, secretary)
        out += _policy(table, "samverkan_update", "UPDATE", USER_ROLE, f"samverkan_has_grant({group}, {writers})",
                       f"samverkan_has_grant({group}, {writers})")
        out += _policy(table, "samverkan_delete", "DELETE", USER_ROLE, secretary, None)
    for table in (*REGISTER_TABLES, *ACCESS_TABLES):
        readers = USER_ROLE if table in ACCESS_TABLES else f"{USER_ROLE}, {REPORTING_ROLE}"
        out += _policy(table, "samverkan_read", "SELECT", readers, "true", None)
        check = "samverkan_is_registrar()"
        if table == "signing_key":  # a chair registers their own key
            check = "samverkan_is_registrar() OR person_id = samverkan_login_person()"
        using = check
        if table == "coordination_group":  # numbering § locks the group row (FOR NO KEY UPDATE): let it lock
            using = "samverkan_is_registrar() OR samverkan_has_grant(id, '{sekreterare}')"
        out += _policy(table, "samverkan_insert", "INSERT", USER_ROLE, None, check)
        out += _policy(table, "samverkan_update", "UPDATE", USER_ROLE, using, check)
        out += _policy(table, "samverkan_delete", "DELETE", USER_ROLE, check, None)
    out += _policy("approval", "samverkan_read", "SELECT", USER_ROLE,
                   "samverkan_has_grant(samverkan_meeting_group(meeting_id))", None)
    out += _policy("approval", "samverkan_insert", "INSERT", USER_ROLE, None,
                   "samverkan_may_approve(meeting_id, approved_by_id)")
    out += _policy("approval", "samverkan_update", "UPDATE", USER_ROLE, "samverkan_may_approve(meeting_id)",
                   "samverkan_may_approve(meeting_id)")
    # Content is shared by hash: a blob is seen through an attachment the login sees (its own policy applies).
    out += _policy("attachment_blob", "samverkan_read", "SELECT", USER_ROLE,
                   "EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = attachment_blob.sha256)", None)
    out += _policy("attachment_blob", "samverkan_insert", "INSERT", USER_ROLE, None, "true")
    out += _policy("attachment_blob", "samverkan_delete", "DELETE", USER_ROLE, "true", None)
    for table, using in REPORTING_POLICIES.items():
        out += _policy(table, "samverkan_reporting_read", "SELECT", REPORTING_ROLE, using, None)
    return out


def privileges(schema: str, database: str) -> list[str]:
    s = quote(schema)
    every = ", ".join(quote(t) for t in (*GROUP_TABLES, *REGISTER_TABLES, *ACCESS_TABLES, "approval",
                                         "attachment_blob"))
    return [
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {USER_ROLE}, {REPORTING_ROLE}",
        f"GRANT USAGE ON SCHEMA {s} TO {USER_ROLE}, {REPORTING_ROLE}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {USER_ROLE}, {REPORTING_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {every} TO {USER_ROLE}",
        f"GRANT SELECT, INSERT ON audit_event TO {USER_ROLE}",
        f"GRANT SELECT ON alembic_version TO {USER_ROLE}",
        f"GRANT SELECT ON {', '.join(quote(t) for t in REPORTING_TABLES)} TO {REPORTING_ROLE}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {USER_ROLE}",
        "REVOKE ALL ON FUNCTION samverkan_groups_of(text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION samverkan_groups_of(text) TO {USER_ROLE}",
    ]


def setup_statements(schema: str, database: str) -> list[str]:
    """Every statement of the setup after the migrations, in order (``--dry-run`` prints them)."""
    return [
        *(create_role(role) for role in ROLES),
        *functions(schema),
        *(f"ALTER TABLE {quote(t)} ENABLE ROW LEVEL SECURITY" for t in RLS_TABLES),
        *policies(),
        *privileges(schema, database),
    ]


def where(connection: Connection) -> tuple[str, str]:
    """The schema the app's tables are in (the search path's first) and the database."""
    row = connection.exec_driver_sql("SELECT current_schema(), current_database()").one()
    return row[0], row[1]


def apply(connection: Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)
