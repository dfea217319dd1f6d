"""Every public function of every service module has a hostile-input case (test_hostile_*.py), or is named here as
covered through the functions that call it: a new service function without a hostile test fails this test."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import test_hostile_data
import test_hostile_meetings
import test_hostile_records
import test_hostile_register

import samverkan_desktop.sampledata as sampledata_package
import samverkan_desktop.services as services_package
from samverkan_desktop.sampledata import demo_meetings
from samverkan_desktop.services import (
    access,
    agenda,
    approval_check,
    attachments,
    cancel,
    case_state,
    cases,
    decision_log_hot,
    groups,
    mandates,
    meetings,
    memberships,
    numbering,
    organisations,
    people,
    quick_tree,
    register_import,
    register_import_people,
    signing,
    verification,
)

#: Functions that take a row (an ORM object) from inside a unit of work, never input from a person or a file; the
#: hostile cases reach them through the service functions that call them.
READ_ONLY_COVERED = {
    access.default_login: "a row of Person inside grant's unit of work; grant",
    agenda.action_to_dto: "a row of ActionItem; every action case returns through it",
    agenda.item_to_dto: "a row of AgendaItem; every agenda and minutes case returns through it",
    attachments.to_dto: "a row of Attachment; add_attachment, read_attachment",
    cases.to_dto: "a row of Case; get_case, list_cases, to_plan, open_case",
    groups.to_dto: "a row of Group; get_group, create_group, update_group",
    mandates.mandate_to_dto: "a row of Mandate; current_mandate, mandate_history, save_mandate",
    mandates.duty_to_dto: "a row of ReportingDuty; reporting_duties, group_overview",
    meetings.to_dto: "a row of Meeting; every meeting case returns through it",
    memberships.membership_to_dto: "a row of Membership; list_memberships, save_membership, end_membership",
    organisations.to_dto: "a row of Organisation; the organisation cases",
    people.to_dto: "a row of Person; the people cases",
    numbering.local_year: "a row of Meeting; renumber_for_meeting, update_meeting",
    case_state.settle: "a row of Case; settle_cases_of, set_outcome, cancel_meeting",
    demo_meetings.add_demo_year: "only create_demo_data calls it, with today from the clock",
    demo_meetings.demo_year_steps: "no input: the number of the demo year's progress steps",
    cases.to_dtos: "rows of Case; list_cases, to_plan",
    meetings.to_dtos: "rows of Meeting; list_meetings, meetings_for, awaiting_publication",
    signing.check_seal: "a row of Approval; verify_signatures",
    signing.approval_record: "rows of Meeting and Approval inside publish's unit of work; publish",
    signing.current_key_row: "inside approve's unit of work; approve with a signer",
    signing.seal_in_app: "inside approve's unit of work; approve with a signer",
    signing.seal_columns: "a Seal made by seal_in_app or import_receipt",
    signing.signed_moment: "the approval time approve and import_receipt have checked",
    approval_check.approval_lapse: "a row of Meeting; minutes_document (every minutes export) calls it",
    approval_check.valid_approval: "a row of Meeting; approval_lapse and minutes_document",
    register_import.import_organisations: "a step of run_import, on its loaded register; its hostile case",
    register_import.import_groups: "a step of run_import, on its loaded register; its hostile case",
    register_import_people.import_people: "a step of run_import, on its loaded register; its hostile case",
    register_import_people.import_memberships: "a step of run_import, on its loaded register; its hostile case",
    register_import_people.find_person: "called by the people and membership steps of run_import",
    verification.minutes_problems: "no input but a progress callback; verify_all reads it into a list",
    verification.signature_checks: "no input but a progress callback; verify_signatures reads it into a list",
    cancel.cancellable: "a session and the search worker's token; decision_log with cancel",
    quick_tree.read_group_tree: "the start's own file after its checks, read-only; a file that is no database "
                                "and another schema give None (test_quick_tree.py)",
    decision_log_hot.read_window: "decision_log's hot path: the search text made safe by fts5_query first",
}
#: The test-data generator's parts: only generate() calls them, with its own numbers, names and dates.
GENERATOR_PARTS = ("generate_register", "generate_words", "generate_meetings")
NOT_SERVICES = {"dto", "meeting_dto"}  # data classes only


def public_service_functions() -> set[object]:
    found = set()
    # The sample data writes through the services, so its entry points meet the same hostile input.
    for package in (services_package, sampledata_package):
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("_") or info.name in NOT_SERVICES or info.name in GENERATOR_PARTS:
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found |= {f for name, f in inspect.getmembers(module, inspect.isfunction)
                      if f.__module__ == module.__name__ and not name.startswith("_")}
    return found


def test_every_public_service_function_has_a_hostile_case() -> None:
    covered = (set(test_hostile_register.CASES) | set(test_hostile_meetings.CASES) | set(test_hostile_records.CASES)
               | set(test_hostile_data.CASES))
    missing = public_service_functions() - covered - set(READ_ONLY_COVERED)
    assert not missing, "no hostile-input case for: " + ", ".join(
        sorted(f"{f.__module__}.{f.__qualname__}" for f in missing))


def test_the_tables_name_only_service_functions() -> None:
    """A case or an exemption for a function that was renamed or removed would hide that it is gone."""
    known = public_service_functions()
    tables = [*test_hostile_register.CASES, *test_hostile_meetings.CASES, *test_hostile_records.CASES,
              *READ_ONLY_COVERED]
    assert not [f for f in tables if f not in known]
    assert not set(READ_ONLY_COVERED) & (set(test_hostile_register.CASES) | set(test_hostile_meetings.CASES)
                                         | set(test_hostile_records.CASES))
