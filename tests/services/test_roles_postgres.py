"""Logins and group roles enforced by PostgreSQL itself (db/roles.py) and mirrored by the services
(services/access.py): each test logs in as different logins of the throwaway server (trust authentication on
the loopback interface, so no passwords) in a schema of its own set up by ``samverkan admin setup-postgres``."""

from __future__ import annotations

import glob
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from postgres_testdb import URL, Schemas, postgres_only, schema_url
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from samverkan_desktop import cli
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import ApprovalMethod
from samverkan_desktop.domain.errors import DomainError, ValidationError
from samverkan_desktop.sampledata.demo import create_demo_data
from samverkan_desktop.services import access, agenda, approval, decision_log, people
from samverkan_desktop.services.dto import PersonData

pytestmark = postgres_only

POLICY_STATE = """
SELECT 'policy', tablename || ':' || policyname || ':' || cmd || ':' || array_to_string(roles, ',') || ':' ||
       coalesce(qual, '') || ':' || coalesce(with_check, '') FROM pg_policies WHERE schemaname = :schema
UNION ALL SELECT 'rls', relname || ':' || relrowsecurity::text FROM pg_class
    WHERE relnamespace = CAST(:schema AS regnamespace) AND relkind = 'r'
UNION ALL SELECT 'grant', grantee || ':' || table_name || ':' || privilege_type
    FROM information_schema.role_table_grants WHERE table_schema = :schema
UNION ALL SELECT 'function', p.proname || ':' || pg_get_functiondef(p.oid) FROM pg_proc p
    WHERE p.pronamespace = CAST(:schema AS regnamespace)
UNION ALL SELECT 'role', rolname || ':' || rolcanlogin::text FROM pg_roles WHERE rolname LIKE 'samverkan_%'
ORDER BY 1, 2"""


@dataclass
class World:
    schema: str
    owner: Engine
    logins: dict[str, str]  # secretary, reader, chair, reporter, registrar -> login name
    group_a: int
    group_b: int
    meeting_a: int
    meeting_b: int
    approved_a: int  # a meeting of group A with an approval

    def engine(self, who: str) -> Engine:
        url = make_url(URL).set(username=self.logins[who]).update_query_dict(
            {"options": f"-csearch_path={self.schema}"})
        return create_database_engine(url.render_as_string(hide_password=False))


def _pg_dump() -> str:
    """The newest server's pg_dump (as .ci/postgres finds the server), else the one on the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(p.split("/")[4]))
    program = found[-1] if found else shutil.which("pg_dump")
    assert program, "pg_dump is needed to compare the schema (apt-get install postgresql-client)"
    return program


def _schema_dump(schema: str) -> str:
    """``pg_dump --schema-only`` of the schema: tables, triggers, functions, policies, row-level security, grants
    (without the random key of the ``\\restrict`` lines newer versions of pg_dump write)."""
    url = make_url(URL).set(drivername="postgresql").render_as_string(hide_password=False)
    dump = subprocess.run([_pg_dump(), "--schema-only", f"--schema={schema}", f"--dbname={url}"],
                          check=True, capture_output=True, text=True, timeout=120).stdout
    return "\n".join(line for line in dump.splitlines() if not line.startswith(("\\restrict", "\\unrestrict")))


def _state(engine: Engine, schema: str) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(POLICY_STATE), {"schema": schema})]


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    schemas = Schemas()
    suffix = uuid.uuid4().hex[:8]
    logins = {who: f"t_{who}_{suffix}" for who in ("secretary", "reader", "chair", "reporter", "registrar")}
    try:
        schema = schemas.create("roles")
        url = schema_url(schema)
        assert cli.main(["admin", "setup-postgres", url]) == 0
        owner = create_database_engine(url)
        first, first_dump = _state(owner, schema), _schema_dump(schema)
        assert "ROW LEVEL SECURITY" in first_dump and "CREATE POLICY samverkan_insert ON" in first_dump
        assert cli.main(["admin", "setup-postgres", url]) == 0
        assert _state(owner, schema) == first, "setup-postgres twice must leave the same roles and policies"
        assert _schema_dump(schema) == first_dump, "setup-postgres twice must leave the same schema (pg_dump)"
        with owner.begin() as connection:
            create_demo_data(create_unit_of_work(owner, "test"))
        with owner.connect() as connection:
            # Two groups with meetings; A has an approved meeting and a chair in office then.
            row = connection.execute(text(
                "SELECT m.group_id, m.id, a.approved_by_id FROM approval a JOIN meeting m ON m.id = a.meeting_id"
                " WHERE a.revoked_at IS NULL ORDER BY m.id LIMIT 1")).one()
            group_a, approved_a, chair_id = row
            meeting_a = connection.execute(text(
                "SELECT id FROM meeting WHERE group_id = :g AND minutes_status = 'utkast' ORDER BY id LIMIT 1"),
                {"g": group_a}).scalar_one()
            group_b, meeting_b = connection.execute(text(
                "SELECT group_id, id FROM meeting WHERE group_id <> :g ORDER BY id LIMIT 1"), {"g": group_a}).one()
            other_people = connection.execute(text(
                "SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM membership"
                " WHERE role IN ('ordforande', 'vice_ordforande')) ORDER BY id LIMIT 2")).scalars().all()
        uow = create_unit_of_work(owner, "test")
        access.grant(uow, str(other_people[0]), "sekreterare", str(group_a), login=logins["secretary"])
        access.grant(uow, str(other_people[0]), "sekreterare", str(group_b), login=logins["secretary"])
        access.revoke(uow, str(other_people[0]), "sekreterare", str(group_b))
        access.grant(uow, str(other_people[0]), "lasare", str(group_b), login=logins["secretary"])
        access.grant(uow, str(other_people[1]), "lasare", str(group_a), login=logins["reader"])
        access.grant(uow, str(chair_id), "ordforande", str(group_a), login=logins["chair"])
        access.grant(uow, str(other_people[1]), "registeransvarig", str(group_b), login=logins["registrar"])
        access.reporting_login(uow, logins["reporter"])  # samverkan admin reporting LOGIN
        yield World(schema, owner, logins, group_a, group_b, meeting_a, meeting_b, approved_a)
        owner.dispose()
    finally:
        schemas.close()
        for login in logins.values():
            schemas2 = create_engine(URL)
            with schemas2.begin() as connection:
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
            schemas2.dispose()


def _run(engine: Engine, sql: str, **params) -> int:
    with engine.begin() as connection:
        return connection.execute(text(sql), params).rowcount


def test_a_secretary_changes_her_group_but_not_another(world: World) -> None:
    secretary = world.engine("secretary")
    try:
        assert _run(secretary, "UPDATE meeting SET place = 'Rum A' WHERE id = :m", m=world.meeting_a) == 1
        # Group B is readable (läsare) but not writable: the row is not there for UPDATE, and INSERT is refused.
        with secretary.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM meeting WHERE id = :m"),
                                      {"m": world.meeting_b}).scalar() == 1
        assert _run(secretary, "UPDATE meeting SET place = 'Rum B' WHERE id = :m", m=world.meeting_b) == 0
        with pytest.raises(ProgrammingError, match="row-level security"):
            _run(secretary, "INSERT INTO agenda_item (meeting_id, position, title, kind, confidential) "
                            "SELECT :m, 99, 'Intrång', kind, false FROM agenda_item LIMIT 1", m=world.meeting_b)
        # Through the services: the same answer, in Swedish, before the database is asked.
        uow = create_unit_of_work(secretary, "sekreteraren")
        with pytest.raises(ValidationError, match="läsbehörighet"):
            with uow:
                agenda.editable_meeting(uow, world.meeting_b)
        with uow:
            assert agenda.editable_meeting(uow, world.meeting_a).id == world.meeting_a
        assert access.can(uow, access.EDIT, world.group_a) and not access.can(uow, access.EDIT, world.group_b)
    finally:
        secretary.dispose()


def test_a_reader_cannot_write_and_the_register_is_the_registrars(world: World) -> None:
    reader = world.engine("reader")
    try:
        assert _run(reader, "UPDATE meeting SET place = 'x' WHERE id = :m", m=world.meeting_a) == 0
        assert _run(reader, "UPDATE person SET title = 'x'") == 0
        with pytest.raises(ProgrammingError, match="row-level security"):
            _run(reader, "INSERT INTO organisation (name) VALUES ('Ny')")
        uow = create_unit_of_work(reader, "läsaren")
        with pytest.raises(ValidationError, match="registeransvarig"):
            people.create_person(uow, PersonData(name="Ny Person"))
        with pytest.raises(ValidationError, match="läsbehörighet"):
            with uow:
                agenda.editable_meeting(uow, world.meeting_a)
    finally:
        reader.dispose()


def test_only_the_chair_in_office_may_approve(world: World) -> None:
    secretary, chair = world.engine("secretary"), world.engine("chair")
    copy = ("INSERT INTO approval (meeting_id, approved_by_id, role, approved_at, method, content_hash) "
            "SELECT :m, approved_by_id, role, approved_at, method, content_hash FROM approval WHERE meeting_id = :a")
    try:
        with pytest.raises(ProgrammingError, match="row-level security"):
            _run(secretary, copy, m=world.meeting_a, a=world.approved_a)
        assert _run(secretary, "UPDATE approval SET note = 'ändrad' WHERE meeting_id = :a", a=world.approved_a) == 0
        assert _run(chair, "UPDATE approval SET note = 'ordförandens' WHERE meeting_id = :a AND revoked_at IS NULL",
                    a=world.approved_a) == 1
        assert not access.may_approve(create_unit_of_work(secretary, "s"), world.approved_a)
        with pytest.raises(ValidationError, match="ordföranden"):  # the service says so before the database
            approval.approve(create_unit_of_work(secretary, "s"), world.meeting_a, 1, next(iter(ApprovalMethod)))
        with pytest.raises(ValidationError, match="ordföranden"):
            approval.reopen(create_unit_of_work(secretary, "s"), world.approved_a, "fel")
        assert access.may_approve(create_unit_of_work(chair, "c"), world.approved_a)
    finally:
        secretary.dispose()
        chair.dispose()


def test_audit_rows_carry_the_login_and_nobody_changes_them(world: World) -> None:
    secretary = world.engine("secretary")
    try:
        uow = create_unit_of_work(secretary, "klientens påstående")
        with uow:
            meeting = agenda.editable_meeting(uow, world.meeting_a)
            from samverkan_desktop.services._common import audit
            audit(uow, "möte", meeting.id, "test", "inloggningen skrivs av databasen", meeting.id)
            uow.commit()
        with secretary.connect() as connection:
            row = connection.execute(text("SELECT actor, login FROM audit_event ORDER BY id DESC LIMIT 1")).one()
        assert row == ("klientens påstående", world.logins["secretary"])
        for statement in ("UPDATE audit_event SET summary = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                _run(secretary, statement)
        with pytest.raises(DBAPIError, match="skrivskyddad"):  # even the owner: the triggers of 0010
            _run(world.owner, "UPDATE audit_event SET summary = 'x'")
        # A client cannot name another login: the trigger overwrites it.
        _run(secretary, "INSERT INTO audit_event (at, actor, entity, action, login) "
                        "VALUES (now(), 'x', 'x', 'x', 'someone_else')")
        with secretary.connect() as connection:
            assert connection.execute(text("SELECT login FROM audit_event ORDER BY id DESC LIMIT 1")).scalar() \
                == world.logins["secretary"]
    finally:
        secretary.dispose()


def test_confidential_items_are_invisible_to_reporting(world: World) -> None:
    # A decision of the approved meeting (one the decision log lists) becomes confidential.
    logged = [row.item_id for row in decision_log.decision_log(create_unit_of_work(world.owner, "ägaren"),
                                                                limit=1000).rows if row.meeting_id == world.approved_a]
    assert logged
    _run(world.owner, "UPDATE agenda_item SET confidential = true WHERE id = :i", i=min(logged))
    reporter = world.engine("reporter")
    try:
        with reporter.connect() as connection:
            seen = connection.execute(text("SELECT confidential FROM agenda_item WHERE meeting_id = :a"),
                                      {"a": world.approved_a}).scalars().all()
            assert seen and not any(seen)
            statuses = set(connection.execute(text("SELECT minutes_status FROM meeting")).scalars())
            assert statuses and statuses <= {"godkanda", "publicerade"}
            with pytest.raises(ProgrammingError, match="permission denied"):
                connection.execute(text("SELECT count(*) FROM attendance"))
        with world.owner.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM agenda_item WHERE meeting_id = :a AND confidential"),
                                      {"a": world.approved_a}).scalar() == 1
        with pytest.raises(DBAPIError):
            _run(reporter, "UPDATE meeting SET place = 'x'")
        # Through the services: the decision log as the reporting login sees it has no confidential item.
        page = decision_log.decision_log(create_unit_of_work(reporter, "rapport"))
        assert page.rows and not any(row.confidential for row in page.rows)
        assert {row.minutes_status.value for row in page.rows} <= {"godkanda", "publicerade"}
        with world.owner.connect() as connection:
            hidden = connection.execute(text("SELECT id FROM agenda_item WHERE meeting_id = :a AND confidential"),
                                        {"a": world.approved_a}).scalar_one()
        assert hidden == min(logged) and hidden not in {row.item_id for row in page.rows}
        # A search (the hot path, services.decision_log_hot) finds it for the owner and not for the reporting login.
        with world.owner.connect() as connection:
            title = connection.execute(text("SELECT title FROM agenda_item WHERE id = :i"), {"i": hidden}).scalar_one()
        word = max(title.split(), key=len).strip(".,:;()")
        wanted = decision_log.DecisionLogFilter(text=word)
        found = decision_log.decision_log(create_unit_of_work(world.owner, "ägaren"), wanted, limit=1000)
        assert hidden in {row.item_id for row in found.rows}
        searched = decision_log.decision_log(create_unit_of_work(reporter, "rapport"), wanted, limit=1000)
        assert hidden not in {row.item_id for row in searched.rows}
        assert not any(row.confidential for row in searched.rows)
    finally:
        reporter.dispose()


def test_domain_errors_say_swedish(world: World) -> None:
    uow = create_unit_of_work(world.owner, "t")
    with pytest.raises(DomainError, match="finns inte"):
        access.grant(uow, "Ingen Sådan Person", "lasare", str(world.group_a))


def test_the_group_page_shows_another_group_read_only_with_the_reason(world: World, qtbot) -> None:
    """pytest-qt: the secretary of group A sees group B (where she is läsare) read-only, with the reason."""
    from samverkan_desktop.ui.pages.group_page import GroupPage

    secretary = world.engine("secretary")
    try:
        page = GroupPage(create_unit_of_work(secretary, "sekreteraren"))
        qtbot.addWidget(page)
        page.show()
        page.show_group(world.group_b)
        assert page.access_banner.isVisible()
        assert page.access_banner.label.text() == (
            "Du har läsbehörighet i den här gruppen; ändringar görs av gruppens sekreterare.")
        assert not page.add_member_button.isEnabled()  # the register is the registeransvarig's
        for button in (page.meetings_tab.new_button, page.meetings_tab.series_button,
                       page.meetings_tab.template_button, page.cases_tab.plan_button):
            assert not button.isEnabled() and button.toolTip() == access.reason(access.EDIT)
        page.show_group(world.group_a)
        assert not page.access_banner.isVisible()
        assert not page.edit_group_button.isEnabled()
        assert page.meetings_tab.new_button.isEnabled() and page.meetings_tab.series_button.isEnabled()
    finally:
        secretary.dispose()


def test_admin_commands_print_the_sql_and_the_grants(world: World, capsys, monkeypatch) -> None:
    url = schema_url(world.schema)
    assert cli.main(["admin", "setup-postgres", url, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "ENABLE ROW LEVEL SECURITY" in out and "CREATE POLICY samverkan_insert ON \"approval\"" in out
    assert f'SET search_path = "{world.schema}"' in out
    monkeypatch.setenv("SAMVERKAN_DATABASE_URL", url)
    assert cli.main(["admin", "list"]) == 0
    listed = capsys.readouterr().out
    assert f"{world.logins['reader']}\t" in listed and "\tlasare\t" in listed
    assert cli.main(["admin", "revoke", "Ingen Sådan", "lasare", "1"]) == 1
    assert "finns inte i registret" in capsys.readouterr().err
    assert cli.main(["admin", "setup-postgres", "sqlite:///x.db"]) == 1


def test_the_meeting_editor_shows_another_groups_meeting_read_only_with_the_reason(world: World, qtbot) -> None:
    """pytest-qt: the secretary of group A opens a meeting of group B (läsare there): read-only, and says why."""
    from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

    secretary = world.engine("secretary")
    try:
        uow = create_unit_of_work(secretary, "sekreteraren")
        other = MeetingEditor(uow, world.meeting_b)
        qtbot.addWidget(other)
        other.show()
        assert other.access_banner.isVisible()
        assert other.access_banner.text() == access.reason(access.EDIT)
        for widget in (other.add_button, other.template_button, other.edit_button, other.attendance_tab,
                       other.called_button, other.held_button, other.cancel_button):
            assert not widget.isEnabled()
        assert not other.add_action.isEnabled() and not other.agenda_view.dragEnabled()
        assert not other.send_button.isEnabled() and other.send_button.toolTip() == access.reason(access.EDIT)
        assert other.minutes_pane.read_only
        own = MeetingEditor(uow, world.meeting_a)
        qtbot.addWidget(own)
        own.show()
        assert not own.access_banner.isVisible()
        assert own.add_button.isEnabled() and not own.minutes_pane.read_only
    finally:
        secretary.dispose()


def test_the_registrar_grants_and_revokes_roles_others_cannot(world: World) -> None:
    registrar, secretary = world.engine("registrar"), world.engine("secretary")
    reader_login = world.logins["reader"]
    try:
        with secretary.connect() as connection:
            reader_person = connection.execute(text("SELECT person_id FROM app_login WHERE login = :l"),
                                               {"l": reader_login}).scalar_one()
        # Another login may not: the service says so, and so does the database.
        with pytest.raises(ValidationError, match="registeransvarig"):
            access.grant(create_unit_of_work(secretary, "s"), str(reader_person), "sekreterare", str(world.group_b))
        with pytest.raises(ProgrammingError, match="row-level security"):
            _run(secretary, "INSERT INTO group_grant (login, group_id, role, with_subgroups) "
                            "VALUES (:l, :g, 'sekreterare', false)", l=world.logins["secretary"], g=world.group_b)
        assert _run(secretary, "DELETE FROM group_grant") == 0
        # The registrar: an existing login gets a role, and loses it again.
        uow = create_unit_of_work(registrar, "registeransvarig")
        row = access.grant(uow, str(reader_person), "sekreterare", str(world.group_b))
        assert row.login == reader_login
        assert access.can(create_unit_of_work(world.engine("reader"), "r"), access.EDIT, world.group_b)
        access.revoke(uow, str(reader_person), "sekreterare", str(world.group_b))
        assert not any(g.login == reader_login and g.group_id == world.group_b for g in access.list_grants(uow))
        # A login the server does not have is the DBA's to create: said in Swedish.
        with pytest.raises(ValidationError, match="Databasadministratören"):
            access.grant(uow, str(reader_person), "lasare", str(world.group_b), login="finns_inte_" + world.schema[-6:])
    finally:
        registrar.dispose()
        secretary.dispose()


def test_admin_reporting_gives_and_takes_the_reporting_role(world: World, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SAMVERKAN_DATABASE_URL", schema_url(world.schema))
    login = world.logins["reporter"]
    assert cli.main(["admin", "reporting", login, "--remove"]) == 0
    assert "inte längre" in capsys.readouterr().out
    with world.owner.connect() as connection:
        assert not connection.execute(text("SELECT pg_has_role(:l, 'samverkan_reporting', 'MEMBER')"),
                                      {"l": login}).scalar()
    assert cli.main(["admin", "reporting", login, "--remove"]) == 1
    assert "har inte rapportrollen" in capsys.readouterr().err
    assert cli.main(["admin", "reporting", login]) == 0
    assert "rapportrollen" in capsys.readouterr().out
    with world.owner.connect() as connection:
        assert connection.execute(text("SELECT pg_has_role(:l, 'samverkan_reporting', 'MEMBER')"),
                                  {"l": login}).scalar()


def test_the_connection_check_names_the_login_the_server_sees(world: World) -> None:
    """Arkiv → Delad databas… → Testa anslutningen: the login as the server sees it (session_user)."""
    url = make_url(URL).set(username=world.logins["secretary"]).render_as_string(hide_password=False)
    assert access.check_connection(url) == world.logins["secretary"]
    with pytest.raises(DomainError, match="Anslutningen misslyckades"):
        access.check_connection(make_url(URL).set(username="ingen_sadan_inloggning").render_as_string())


def test_meeting_steps_and_the_register_say_why_before_the_database(world: World) -> None:
    """The services check first: a reader's mark-as-held, cancelling, a mandate or a membership's end get the
    Swedish reason, not "not found" from a row that row-level security hides from the lock."""
    from datetime import date

    from samverkan_desktop.services import mandates, meetings, memberships
    from samverkan_desktop.services.dto import MandateData

    reader = world.engine("reader")
    try:
        uow = create_unit_of_work(reader, "läsaren")
        for step in (lambda: meetings.mark_held(uow, world.meeting_a),
                     lambda: meetings.mark_called(uow, world.meeting_a),
                     lambda: meetings.cancel_meeting(uow, world.meeting_a, "sjukdom")):
            with pytest.raises(ValidationError, match="läsbehörighet"):
                step()
        with pytest.raises(ValidationError, match="registeransvarig"):
            mandates.save_mandate(uow, world.group_a, MandateData(purpose="Syfte"), new_version=False)
        with world.owner.connect() as connection:
            membership = connection.execute(text("SELECT min(id) FROM membership")).scalar_one()
        with pytest.raises(ValidationError, match="registeransvarig"):
            memberships.end_membership(uow, membership, date(2026, 12, 31))
    finally:
        reader.dispose()


def test_the_roles_page_is_read_only_with_the_reason_for_others_and_open_to_the_registrar(world: World,
                                                                                         qtbot) -> None:
    from samverkan_desktop.ui.dialogs.roles_dialog import RolesDialog

    secretary, registrar = world.engine("secretary"), world.engine("registrar")
    try:
        others = RolesDialog(create_unit_of_work(secretary, "sekreteraren"))
        qtbot.addWidget(others)
        others.show()
        assert others.access_banner.isVisible() and others.access_banner.text() == access.reason(access.REGISTER)
        assert not others.grant_button.isEnabled() and others.grant_button.toolTip() == access.reason(access.REGISTER)
        assert world.logins["reader"] in {row.login for row in others.model.rows()}  # every login may read them
        assert "PostgreSQL" not in others.about_label.text()  # the shared database's sentence, not the file's
        own = RolesDialog(create_unit_of_work(registrar, "registeransvarig"))
        qtbot.addWidget(own)
        own.show()
        assert not own.access_banner.isVisible() and own.grant_button.isEnabled()
    finally:
        secretary.dispose()
        registrar.dispose()


def test_a_grant_with_subgroups_reaches_the_groups_below(world: World) -> None:
    """Inheritance: lasare at a group "with subgroups" reads the meetings of every group below it, in the database
    (samverkan_groups_of) and in the services (group_roles); without it, only that group."""
    with world.owner.connect() as connection:
        parent, child = connection.execute(text(
            "SELECT c.parent_id, c.id FROM coordination_group c WHERE c.parent_id IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM meeting m WHERE m.group_id = c.id) ORDER BY c.id LIMIT 1")).one()
        reader_person = connection.execute(text("SELECT person_id FROM app_login WHERE login = :l"),
                                           {"l": world.logins["reader"]}).scalar_one()
    reader = world.engine("reader")
    owner = create_unit_of_work(world.owner, "ägaren")

    def seen() -> int:
        with reader.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM meeting WHERE group_id = :g"), {"g": child}).scalar()

    try:
        assert seen() == 0
        access.grant(owner, str(reader_person), "lasare", str(parent))
        assert seen() == 0  # the group itself only
        access.grant(owner, str(reader_person), "lasare", str(parent), with_subgroups=True)
        assert seen() > 0
        roles = access.group_roles(create_unit_of_work(reader, "läsaren"))
        assert roles is not None and "lasare" in roles[child]
        assert access.read_only_reason(create_unit_of_work(reader, "läsaren"), child) == access.reason(access.EDIT)
    finally:
        access.revoke(owner, str(reader_person), "lasare", str(parent))
        reader.dispose()
    assert seen() == 0
