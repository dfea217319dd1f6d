"""Hostile input to the register services (organisations, people, groups, mandates, memberships, reporting, demo):
every call returns normally or raises a DomainError with a Swedish sentence, and an error leaves the database as
it was (see hostile_input.Arena)."""

from __future__ import annotations

from urllib.parse import quote

from hostile_input import (
    Arena,
    Case,
    Draw,
    hostile_dates,
    hostile_ints,
    hostile_text,
    ids,
    in_session,
    members,
    optional_dates,
    optional_ids,
    optional_text,
    pure,
    refused_in_words,
)
from hypothesis import strategies as st

from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Recurrence, Role
from samverkan_desktop.domain.register_table import COLUMNS, ImportTable, TableKind, TableRow
from samverkan_desktop.sampledata import demo, generate
from samverkan_desktop.services import (
    access,
    groups,
    mandates,
    memberships,
    organisations,
    people,
    register_export,
    register_import,
    reporting,
)
from samverkan_desktop.services.dto import (
    GroupData,
    MandateData,
    MembershipData,
    OrganisationData,
    PersonData,
    ReportingDutyData,
)


def organisation_data(d: Draw) -> OrganisationData:
    return OrganisationData(d(hostile_text()), d(members(OrganisationKind)), d(optional_text()))


def person_data(d: Draw, a: Arena) -> PersonData:
    email = st.none() | hostile_text() | st.sampled_from(["anna@exempel.se", "a@b." + "c." * 20_000 + " ",
                                                          "ö@ö.ö", "a@b.c\x00", "@", "a@b"])
    phone = st.none() | hostile_text() | st.sampled_from(["070-123 45 67", "+46 (0)70 123", "1" * 30, "٠٧٠١٢٣٤٥٦"])
    return PersonData(d(hostile_text()), d(optional_text()), d(email), d(phone),
                      d(optional_ids(a.world.organisations)))


def group_data(d: Draw, a: Arena) -> GroupData:
    return GroupData(d(hostile_text()), d(members(GroupKind)), d(optional_text()), d(optional_ids(a.world.groups)),
                     d(optional_dates()), d(optional_dates()), d(optional_text()))


def duty_data(d: Draw) -> ReportingDutyData:
    return ReportingDutyData(d(hostile_text()), d(members(Recurrence)), d(hostile_ints()), d(hostile_ints()),
                             d(optional_text()))


def mandate_data(d: Draw) -> MandateData:
    small = st.none() | hostile_ints()
    return MandateData(
        d(optional_text()), d(optional_dates()), d(optional_text()), d(optional_text()), d(optional_text()),
        d(optional_text()), d(small), d(small), d(small), d(st.booleans()), d(st.booleans()), d(small),
        tuple(d(st.lists(hostile_dates(), max_size=3))),
        tuple(duty_data(d) for _ in range(d(st.integers(0, 3)))),
    )


def membership_data(d: Draw, a: Arena) -> MembershipData:
    w = a.world
    return MembershipData(d(ids(w.person_ids)), d(ids(w.groups)), d(members(Role)), d(optional_ids(w.organisations)),
                          d(optional_dates()), d(optional_dates()))


def import_tables(d: Draw) -> list[ImportTable]:
    """A file's worth of rows as the readers give them: any text or date in any column, names that exist or not,
    roles, kinds and dates in words that may mean nothing."""
    cell = st.one_of(optional_text(), optional_dates(), st.sampled_from(
        ["LGS", "Göteborgs Stad", "ordförande", "Kommun", "2026-02-30", "46091", "a@b.se", "Temagrupp", ""]))
    tables = []
    for kind in d(st.lists(st.sampled_from(list(TableKind)), min_size=1, max_size=4)):
        rows = tuple(TableRow(n + 2, {c.key: d(cell) for c in COLUMNS[kind]}) for n in range(d(st.integers(0, 3))))
        tables.append(ImportTable(kind, "Blad", rows))
    return tables


CASES: dict[object, Case] = {
    # organisations
    organisations.list_organisations: lambda d, a: a.call(organisations.list_organisations),
    organisations.get_organisation: lambda d, a: a.call(organisations.get_organisation,
                                                        d(ids(a.world.organisations))),
    organisations.create_organisation: lambda d, a: a.call(organisations.create_organisation, organisation_data(d)),
    organisations.update_organisation: lambda d, a: a.call(organisations.update_organisation,
                                                           d(ids(a.world.organisations)), organisation_data(d)),
    organisations.delete_organisation: lambda d, a: a.call(organisations.delete_organisation,
                                                           d(ids(a.world.organisations))),
    # people
    people.list_people: lambda d, a: a.call(people.list_people),
    people.get_person: lambda d, a: a.call(people.get_person, d(ids(a.world.person_ids))),
    people.create_person: lambda d, a: a.call(people.create_person, person_data(d, a)),
    people.update_person: lambda d, a: a.call(people.update_person, d(ids(a.world.person_ids)), person_data(d, a)),
    # groups
    groups.list_group_tree: lambda d, a: a.call(groups.list_group_tree, d(optional_dates())),
    groups.list_groups: lambda d, a: a.call(groups.list_groups),
    groups.group_choices: lambda d, a: a.call(groups.group_choices),
    groups.get_group: lambda d, a: a.call(groups.get_group, d(ids(a.world.groups))),
    groups.create_group: lambda d, a: a.call(groups.create_group, group_data(d, a)),
    groups.update_group: lambda d, a: a.call(groups.update_group, d(ids(a.world.groups)), group_data(d, a)),
    groups.group_overview: lambda d, a: a.call(groups.group_overview, d(ids(a.world.groups)), d(optional_dates())),
    # mandates
    mandates.validate_mandate: lambda d, a: a.call(pure(mandates.validate_mandate),
                                                   mandate_data(d)),
    mandates.validate_duty: lambda d, a: a.call(pure(mandates.validate_duty), duty_data(d)),
    mandates.current_mandate: lambda d, a: a.call(mandates.current_mandate, d(ids(a.world.groups))),
    mandates.mandate_history: lambda d, a: a.call(mandates.mandate_history, d(ids(a.world.groups))),
    mandates.reporting_duties: lambda d, a: a.call(mandates.reporting_duties, d(ids(a.world.groups))),
    mandates.save_mandate: lambda d, a: a.call(mandates.save_mandate, d(ids(a.world.groups)), mandate_data(d),
                                               new_version=d(st.booleans())),
    # memberships
    memberships.list_memberships: lambda d, a: a.call(memberships.list_memberships, d(ids(a.world.groups)),
                                                      d(optional_dates())),
    memberships.membership_warnings: lambda d, a: a.call(memberships.membership_warnings, membership_data(d, a),
                                                         d(optional_ids(a.world.memberships))),
    memberships.save_membership: lambda d, a: a.call(memberships.save_membership, membership_data(d, a),
                                                     d(optional_ids(a.world.memberships))),
    memberships.end_membership: lambda d, a: a.call(memberships.end_membership, d(ids(a.world.memberships)),
                                                    d(hostile_dates())),
    memberships.delete_membership: lambda d, a: a.call(memberships.delete_membership, d(ids(a.world.memberships))),
    # reporting
    reporting.deadlines_between: lambda d, a: a.call(in_session(reporting.deadlines_between), d(hostile_dates()),
                                                     d(hostile_dates()), d(optional_ids(a.world.groups))),
    reporting.reporting_deadlines: lambda d, a: a.call(reporting.reporting_deadlines, d(hostile_ints()),
                                                       d(optional_ids(a.world.groups))),
    reporting.mark_report_done: lambda d, a: a.call(reporting.mark_report_done, d(ids(a.world.duties)),
                                                    d(hostile_dates()), d(optional_dates())),
    # the register from a file, and out to one
    register_import.run_import: lambda d, a: a.call(register_import.run_import, import_tables(d),
                                                    dry_run=d(st.booleans()), source=d(hostile_text())),
    register_export.register_tables: lambda d, a: a.call(register_export.register_tables),
    # who may do what (on SQLite everything is allowed; the grants are still kept for a later PostgreSQL)
    access.on_postgresql: lambda d, a: a.call(access.on_postgresql),
    access.current_login: lambda d, a: a.call(access.current_login),
    access.group_roles: lambda d, a: a.call(access.group_roles),
    access.can: lambda d, a: a.call(access.can, d(hostile_text()), d(optional_ids(a.world.groups))),
    access.require: lambda d, a: a.call(access.require, d(hostile_text()), d(optional_ids(a.world.groups))),
    access.read_only_reason: lambda d, a: a.call(access.read_only_reason, d(ids(a.world.groups))),
    access.may_approve: lambda d, a: a.call(access.may_approve, d(ids(a.world.meetings)),
                                            d(optional_ids(a.world.person_ids))),
    access.require_approver: lambda d, a: a.call(access.require_approver, d(ids(a.world.meetings)),
                                                 d(optional_ids(a.world.person_ids))),
    access.grant: lambda d, a: a.call(access.grant, d(st.one_of(hostile_text(), ids(a.world.person_ids).map(str))),
                                      d(st.one_of(hostile_text(), st.sampled_from(access.GRANT_ROLES))),
                                      d(st.one_of(hostile_text(), ids(a.world.groups).map(str))),
                                      login=d(optional_text()), with_subgroups=d(st.booleans())),
    access.revoke: lambda d, a: a.call(access.revoke, d(st.one_of(hostile_text(), ids(a.world.person_ids).map(str))),
                                       d(st.one_of(hostile_text(), st.sampled_from(access.GRANT_ROLES))),
                                       d(st.one_of(hostile_text(), ids(a.world.groups).map(str)))),
    access.list_grants: lambda d, a: a.call(access.list_grants),
    access.reason: lambda d, a: a.call(pure(access.reason), d(st.one_of(hostile_text(), st.sampled_from(
        [access.EDIT, access.REGISTER])))),
    access.reporting_login: lambda d, a: a.call(access.reporting_login, d(hostile_text()), remove=d(st.booleans())),
    # a whole address or a hostile login in one (never an SQLite file: that would be created); nothing listens on port 1
    access.check_connection: lambda d, a: a.call(pure(access.check_connection), d(st.one_of(
        hostile_text().filter(lambda text: "sqlite" not in text.lower()),
        hostile_text().map(lambda login: f"postgresql+psycopg://{quote(login, safe='')}@127.0.0.1:1/x")))),
    # demo: refused in a register that is in use, whatever the day
    demo.has_register_data: lambda d, a: a.call(demo.has_register_data),
    demo.create_demo_data: lambda d, a: a.call(demo.create_demo_data, d(optional_dates())),
    # the test-data generator: refused in a database that is not empty, whatever the numbers
    generate.generate: lambda d, a: a.call(generate.generate, groups=d(hostile_ints()), years=d(hostile_ints()),
                                           seed=d(hostile_ints()), end=d(optional_dates())),
}


test_hostile_input_is_refused_in_words = refused_in_words(CASES)
