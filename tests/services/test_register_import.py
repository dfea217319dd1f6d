"""The register import: a round trip through Excel, re-import updating instead of duplicating, every row's
problem named, and nothing imported when any row is wrong."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.models import AuditEvent, Group, Membership, Organisation, Person
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Role
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.register_table import ImportTable, TableKind, TableRow
from samverkan_desktop.export.register_workbook import write_register_xlsx
from samverkan_desktop.importing.register_source import import_tables
from samverkan_desktop.importing.table_file import read_table_file
from samverkan_desktop.sampledata import demo
from samverkan_desktop.services.register_export import register_tables
from samverkan_desktop.services.register_import import RowAction, run_import


def _table(kind: TableKind, *rows: dict, source: str = "Blad") -> ImportTable:
    return ImportTable(kind, source, tuple(TableRow(n, values) for n, values in enumerate(rows, start=2)))


ORGS = _table(TableKind.ORGANISATIONS, {"name": "Göteborgs Stad", "kind": "Kommun"},
              {"name": "Västra Götalandsregionen", "short_name": "VGR", "kind": "Region"}, source="Organisationer")
GROUPS = _table(TableKind.GROUPS, {"name": "LGS", "kind": "Ledningsgrupp"},
                {"name": "Temagrupp Äldre", "kind": "Temagrupp", "parent": "LGS", "active_from": "2020-01-01"},
                source="Grupper")
PEOPLE = _table(TableKind.PEOPLE,
                {"name": "Anna Berg", "email": "anna@goteborg.se", "organisation": "Göteborgs Stad"},
                {"name": "Bo Ek", "organisation": "Västra Götalandsregionen", "phone": "031-123456"},
                source="Personer")
MEMBERS = _table(TableKind.MEMBERSHIPS,
                 {"group": "LGS", "person": "Anna Berg", "email": "anna@goteborg.se", "role": "ordförande",
                  "represents": "Göteborgs Stad", "valid_from": date(2026, 1, 1)},
                 {"group": "LGS", "person": "Bo Ek", "organisation": "Västra Götalandsregionen",
                  "role": "Vice ordförande", "represents": "Västra Götalandsregionen", "valid_from": "46023"},
                 {"group": "Temagrupp Äldre", "person": "Cia Ny", "email": "cia@exempel.se", "role": ""},
                 source="Medlemskap")


def test_a_register_is_imported_in_one_go(uow, count, audit_trail) -> None:
    report = run_import(uow, [MEMBERS, PEOPLE, GROUPS, ORGS], source="register.xlsx")
    assert report.applied and not report.problems
    assert [(s.kind, s.added) for s in report.summaries()] == [
        (TableKind.ORGANISATIONS, 2), (TableKind.PEOPLE, 2), (TableKind.GROUPS, 2), (TableKind.MEMBERSHIPS, 3)]
    assert (count(Organisation), count(Person), count(Group), count(Membership)) == (2, 3, 2, 3)
    with uow:
        bo = uow.session.scalar(select(Person).where(Person.name == "Bo Ek"))
        assert bo.employer.kind is OrganisationKind.REGION and bo.phone == "031-123456"
        tema = uow.session.scalar(select(Group).where(Group.name == "Temagrupp Äldre"))
        assert tema.parent.name == "LGS" and tema.kind is GroupKind.THEME_GROUP
        assert tema.active_from == date(2020, 1, 1)
        seats = {(m.person.name, m.role, m.valid_from) for m in uow.session.scalars(select(Membership))}
        assert seats == {("Anna Berg", Role.CHAIR, date(2026, 1, 1)), ("Bo Ek", Role.VICE_CHAIR, date(2026, 1, 1)),
                         ("Cia Ny", Role.MEMBER, None)}
    assert ("register", None, "importerat") in [e[:3] for e in audit_trail("register")]
    assert len(audit_trail("person")) == 3


def test_importing_again_updates_instead_of_duplicating(uow, count) -> None:
    run_import(uow, [ORGS, GROUPS, PEOPLE, MEMBERS])
    again = _table(TableKind.PEOPLE,
                   {"name": "Anna Berg", "email": "ANNA@goteborg.se", "phone": "070-1234567"},  # by e-mail
                   {"name": "Bo Ek", "organisation": "Västra Götalandsregionen", "email": "bo@vgregion.se"},  # name+org
                   {"name": "Dan Ny", "organisation": "Göteborgs Stad"})
    report = run_import(uow, [again])
    assert report.rows_of(TableKind.PEOPLE, RowAction.CHANGED) == [2, 3]
    assert report.rows_of(TableKind.PEOPLE, RowAction.ADDED) == [4]
    assert count(Person) == 4
    report = run_import(uow, [ORGS, GROUPS, PEOPLE, MEMBERS])
    assert all(s.added == 0 for s in report.summaries())
    assert count(Membership) == 3
    with uow:  # an empty cell erases nothing
        anna = uow.session.scalar(select(Person).where(Person.name == "Anna Berg"))
        assert anna.phone == "070-1234567" and anna.email == "anna@goteborg.se"  # case alone is no change


def test_a_dry_run_reports_and_saves_nothing(uow, count) -> None:
    report = run_import(uow, [ORGS, GROUPS, PEOPLE, MEMBERS], dry_run=True)
    assert not report.applied and report.summary(TableKind.MEMBERSHIPS).added == 3
    assert "Provkörning: inget har sparats." in report.describe()
    assert (count(Organisation), count(Person), count(Group), count(Membership), count(AuditEvent)) == (0,) * 5


def test_every_problem_is_named_by_row_and_nothing_is_half_imported(uow, count) -> None:
    people = _table(TableKind.PEOPLE,
                    {"name": "Anna Berg", "email": "anna.goteborg.se"},
                    {"name": "Bo Ek", "organisation": "Okända kommunen"},
                    {"name": "Cia", "email": "cia@x.se", "phone": "031-1"},
                    {"name": "Cia", "email": "cia@x.se", "phone": "031-2"},
                    {"name": "Dan", "email": "dan@x.se"},
                    {"name": "Dan", "email": "dan@x.se"},
                    {"name": None, "email": "eva@x.se"},
                    {"name": "x" * 201},
                    source="Personer")
    members = _table(TableKind.MEMBERSHIPS,
                     {"group": "Saknas", "person": "Dan", "role": "kung", "valid_from": "2026-13-01"},
                     {"group": "LGS", "person": "Dan", "valid_from": "2026-05-01", "valid_to": "2026-01-01"},
                     source="Medlemskap")
    report = run_import(uow, [ORGS, GROUPS, people, members])
    assert not report.applied
    problems = report.problems
    assert "Personer, rad 2: e-postadressen saknar @" in problems
    assert any(p.startswith("Personer, rad 3: organisationen \"Okända kommunen\" finns inte") for p in problems)
    assert "Personer, rad 5: samma person som rad 4 men med andra uppgifter" in problems
    assert not any(p.startswith("Personer, rad 7") for p in problems)  # the very same row twice: unchanged
    assert "Personer, rad 8: namn saknas" in problems
    assert any(p.startswith("Personer, rad 9: texten i namn är för lång") for p in problems)
    assert any(p.startswith("Medlemskap, rad 2: rollen 'kung' är okänd") for p in problems)
    assert any(p.startswith("Medlemskap, rad 2: från: datumet '2026-13-01' finns inte") for p in problems)
    assert any(p.startswith("Medlemskap, rad 2: gruppen \"Saknas\" finns inte") for p in problems)
    assert "Medlemskap, rad 3: medlemskapet kan inte sluta innan det börjar" in problems
    assert report.describe()[0].endswith("inget har importerats:")
    assert (count(Organisation), count(Person), count(Group), count(Membership), count(AuditEvent)) == (0,) * 5


def test_a_second_chair_and_a_group_cycle_are_problems(uow) -> None:
    run_import(uow, [ORGS, GROUPS, PEOPLE, MEMBERS])
    members = _table(TableKind.MEMBERSHIPS, {"group": "LGS", "person": "Bo Ek", "role": "ordförande",
                                             "organisation": "Västra Götalandsregionen"})
    groups = _table(TableKind.GROUPS, {"name": "LGS", "parent": "Temagrupp Äldre"})
    report = run_import(uow, [groups, members])
    assert any("rad 2: Gruppen har redan en ordförande under perioden: Anna Berg" in p for p in report.problems)
    assert any("cirkel" in p for p in report.problems)


def test_same_name_people_need_an_email_to_tell_them_apart(uow) -> None:
    run_import(uow, [ORGS, _table(TableKind.PEOPLE, {"name": "Eva Lind", "email": "eva1@x.se"},
                                  {"name": "Eva Lind", "email": "eva2@x.se"})])
    report = run_import(uow, [GROUPS, _table(TableKind.MEMBERSHIPS, {"group": "LGS", "person": "Eva Lind"})])
    assert any("flera personer heter Eva Lind" in p for p in report.problems)


def test_an_empty_file_is_refused(uow) -> None:
    with pytest.raises(ValidationError, match="inga rader"):
        run_import(uow, [_table(TableKind.PEOPLE)])


def test_round_trip_through_excel_gives_the_same_register(tmp_path: Path, uow, migrated_template) -> None:
    demo.create_demo_data(uow)
    exported = register_tables(uow)
    path = write_register_xlsx(exported, tmp_path / "register.xlsx")
    empty_file = tmp_path / "empty.db"
    shutil.copyfile(migrated_template, empty_file)
    engine = create_database_engine(f"sqlite:///{empty_file}")
    try:
        empty = create_unit_of_work(engine, "testare")
        tables, _notes = import_tables(read_table_file(path))
        report = run_import(empty, tables)
        assert report.applied
        assert register_tables(empty) == exported
        assert len(exported.memberships) > 100 and any(row[3] for row in exported.groups)  # parents too
        again = run_import(empty, tables)
        assert all(s.added == s.changed == 0 for s in again.summaries())
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_hundred_thousand_rows_import_within_seconds(tmp_path: Path, uow, count) -> None:
    path = tmp_path / "personer.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("Namn;E-post;Telefon\r\n")
        for i in range(100_000):
            handle.write(f"Person Åström {i};p{i}@exempel.se;031-{i:06d}\r\n")
    started = time.perf_counter()
    tables, _notes = import_tables(read_table_file(path))
    report = run_import(uow, tables)
    assert report.applied and report.summary(TableKind.PEOPLE).added == 100_000
    assert time.perf_counter() - started < 90  # about 10 s on a loaded two-core machine
    assert count(Person) == 100_000
    with path.open("a", encoding="cp1252") as handle:
        handle.write("En för mycket;x@exempel.se;\r\n")
    with pytest.raises(ValidationError, match="fler än 100 000 rader"):
        read_table_file(path)


def test_the_search_index_is_rebuilt_with_progress_on_sqlite_only(uow) -> None:
    from samverkan_desktop.services.search import rebuild_index

    demo.create_demo_data(uow)
    steps: list[tuple[int, int]] = []
    done = rebuild_index(uow, lambda d, t: steps.append((d, t)))
    with uow:
        dialect = uow.session.get_bind().dialect.name
    if dialect == "sqlite":
        assert done and steps[-1] == (done, done)
    else:  # PostgreSQL keeps its GIN index current with every write
        assert done is None and steps == []
