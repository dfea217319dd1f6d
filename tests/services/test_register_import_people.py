"""services/register_import_people.py: the people and memberships steps of the register import, run directly on a
loaded Register (services.register_rows) over tables built in the test; tests/services/test_register_import.py
runs the whole import."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Role
from samverkan_desktop.domain.register_table import ImportTable, TableKind, TableRow
from samverkan_desktop.services.dto import GroupData, MembershipData, OrganisationData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person
from samverkan_desktop.services.register_import_people import import_memberships, import_people
from samverkan_desktop.services.register_rows import New, Register, RowAction


def _table(kind: TableKind, *rows: dict) -> ImportTable:
    return ImportTable(kind, "Blad", tuple(TableRow(n, values) for n, values in enumerate(rows, start=2)))


@pytest.fixture
def stored(uow):
    """Göteborgs Stad with Anna Berg (anna@goteborg.se, chair of LGS since 2025) and two Bo Ek without e-mail."""
    stad = create_organisation(uow, OrganisationData("Göteborgs Stad", OrganisationKind.KOMMUN))
    anna = create_person(uow, PersonData("Anna Berg", "chef", "anna@goteborg.se", employer_id=stad.id))
    create_person(uow, PersonData("Bo Ek", employer_id=stad.id))
    create_person(uow, PersonData("Bo Ek", employer_id=stad.id))
    lgs = create_group(uow, GroupData("LGS", GroupKind.MANAGEMENT_GROUP))
    save_membership(uow, MembershipData(anna.id, lgs.id, Role.CHAIR, stad.id, date(2025, 1, 1)))
    return {"anna": anna}


def _people(uow, *rows: dict):
    with uow:
        register = Register(uow)
        return register, [(r.action if not r.problems else None, r.problems)
                          for r in import_people(register, _table(TableKind.PEOPLE, *rows))]


def _members(uow, *rows: dict):
    with uow:
        register = Register(uow)
        return register, [(r.action if not r.problems else None, r.problems)
                          for r in import_memberships(register, _table(TableKind.MEMBERSHIPS, *rows))]


def test_a_new_person_is_added_and_audited(uow, stored) -> None:
    register, rows = _people(uow, {"name": "Cia Ny", "email": "cia@exempel.se", "organisation": "Göteborgs Stad"})
    assert rows == [(RowAction.ADDED, [])]
    (event,) = register.audit
    assert isinstance(event[1], New) and event[3] == "Cia Ny (import)"


def test_a_stored_person_is_found_by_email_whatever_its_case(uow, stored) -> None:
    _register, rows = _people(uow, {"name": "Anna Berg", "title": "chef", "email": "ANNA@Goteborg.se",
                                    "organisation": "Göteborgs Stad"})
    assert rows == [(RowAction.UNCHANGED, [])]


def test_a_changed_title_changes_the_stored_person(uow, stored) -> None:
    with uow:
        register = Register(uow)
        (row,) = import_people(register, _table(TableKind.PEOPLE, {
            "name": "Anna Berg", "title": "direktör", "email": "anna@goteborg.se", "organisation": "Göteborgs Stad"}))
        assert (row.action, row.problems) == (RowAction.CHANGED, [])
        assert register.by_email["anna@goteborg.se"].title == "direktör"
        assert register.audit[-1][3] == "Anna Berg (import)"


def test_the_same_person_twice_is_unchanged_or_a_problem_naming_the_first_row(uow, stored) -> None:
    cia = {"name": "Cia Ny", "email": "cia@exempel.se"}
    _register, rows = _people(uow, cia, cia, {**cia, "title": "chef"})
    assert rows == [(RowAction.ADDED, []), (RowAction.UNCHANGED, []),
                    (None, ["samma person som rad 2 men med andra uppgifter"])]


def test_two_stored_people_of_one_name_need_the_email(uow, stored) -> None:
    _register, rows = _people(uow, {"name": "Bo Ek", "organisation": "Göteborgs Stad"})
    assert rows == [(None, ["flera personer heter Bo Ek på Göteborgs Stad; ange e-postadressen för att skilja dem "
                            "åt"])]


def test_contact_details_that_do_not_hold_are_named(uow, stored) -> None:
    _register, rows = _people(uow, {"name": "Cia Ny", "email": "cia.exempel.se"}, {"name": "Dan Ny", "phone": "ring"},
                              {"title": "chef"})
    assert rows[0] == (None, ["e-postadressen saknar @"])
    assert rows[1][0] is None and len(rows[1][1]) == 1
    assert rows[2] == (None, ["namn saknas"])


def test_a_membership_for_a_new_person_adds_both(uow, stored) -> None:
    register, rows = _members(uow, {"group": "LGS", "person": "Cia Ny", "email": "cia@exempel.se", "role": "ledamot",
                                    "valid_from": date(2026, 1, 1)})
    assert rows == [(RowAction.ADDED, [])]
    assert [e[3] for e in register.audit] == ["Cia Ny (import)", "Cia Ny i LGS som ledamot (import)"]


def test_a_stored_membership_is_unchanged_or_changed(uow, stored) -> None:
    anna = {"group": "LGS", "person": "Anna Berg", "role": "ordförande", "represents": "Göteborgs Stad",
            "valid_from": date(2025, 1, 1)}
    assert _members(uow, anna)[1] == [(RowAction.UNCHANGED, [])]  # found by a name only one person has
    assert _members(uow, {**anna, "valid_to": date(2026, 12, 31)})[1] == [(RowAction.CHANGED, [])]


def test_membership_rows_name_their_problems(uow, stored) -> None:
    _register, rows = _members(
        uow, {"group": "NOSAM", "person": "Cia Ny", "role": "ledamot"},
        {"group": "LGS", "person": "Cia Ny", "role": "ledamot", "valid_from": date(2026, 2, 1),
         "valid_to": date(2026, 1, 1)},
        {"person": "Cia Ny", "role": "ledamot"}, {"group": "LGS", "role": "ledamot"})
    assert [problems for _action, problems in rows] == [
        ['gruppen "NOSAM" finns inte; lägg till den på bladet Grupper först'],
        ["medlemskapet kan inte sluta innan det börjar"], ["gruppen saknas"], ["personens namn saknas"]]


def test_a_second_chair_at_the_same_time_is_refused_with_the_seat_rule(uow, stored) -> None:
    _register, rows = _members(uow, {"group": "LGS", "person": "Cia Ny", "email": "cia@exempel.se",
                                     "role": "ordförande", "valid_from": date(2026, 1, 1)})
    ((action, problems),) = rows
    assert action is None and len(problems) == 1
    assert "Anna Berg" in problems[0] and not problems[0].endswith(".")
