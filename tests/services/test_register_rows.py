"""The register import's rows: what one row says about itself (too long, missing, a bad date), the report a person
reads, and the register the rows are compared with (names and e-mail addresses as folded, no query per row)."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.db.models import Person
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.register_table import ImportTable, TableKind, TableRow
from samverkan_desktop.services import organisations, people
from samverkan_desktop.services.dto import OrganisationData, PersonData
from samverkan_desktop.services.register_rows import (
    LIMITS,
    ImportReport,
    KindSummary,
    Register,
    RowAction,
    RowResult,
    _changed,
    _Row,
)


def row(values: dict, *, problems: tuple[str, ...] = (), kind: TableKind = TableKind.PEOPLE) -> _Row:
    table_row = TableRow(7, values, problems)
    return _Row(ImportTable(kind, "Personer", (table_row,)), table_row)


def test_a_row_says_what_is_missing_too_long_or_not_a_date_and_then_has_no_action():
    checked = row({"name": None, "email": "a" * (LIMITS["email"] + 1), "valid_from": "31.2.2026"},
                  problems=("formel utan värde",))
    assert checked.text("name", required="namn saknas") is None
    assert checked.text("email") is None
    assert checked.date("valid_from") is None
    checked.action = RowAction.ADDED
    result = checked.result()
    assert result.action is None
    assert result.problems[0] == "formel utan värde"
    assert result.problems[1] == "namn saknas"
    assert result.problems[2] == f"texten i e-post är för lång ({LIMITS['email'] + 1} tecken; högst 254)"
    assert result.problems[3].startswith("från: ")
    assert result.describe_problems()[1] == "Personer, rad 7: namn saknas"


def test_names_of_other_tables_are_held_to_the_name_limit_and_a_good_row_keeps_its_action():
    checked = row({"group": "G" * LIMITS["name"], "person": " Anna   Berg ", "valid_from": date(2026, 3, 1),
                   "valid_to": "2026-12-31"})
    assert checked.text("group") == "G" * LIMITS["name"]
    assert checked.text("person") == "Anna Berg"  # spaces as text_value leaves them
    assert checked.date("valid_from") == date(2026, 3, 1)
    assert checked.date("valid_to") == date(2026, 12, 31)
    assert checked.parsed(int, "12") == 12
    checked.action = RowAction.CHANGED
    assert checked.result() == RowResult(TableKind.PEOPLE, "Personer", 7, RowAction.CHANGED)
    long_group = row({"group": "G" * (LIMITS["name"] + 1)})
    assert long_group.text("group") is None
    assert "texten i grupp är för lång" in long_group.problems[0]


def test_a_parser_that_refuses_adds_its_message_as_a_problem():
    checked = row({})

    def refuse(value):
        raise ValueError(f"okänd roll: {value}")
    assert checked.parsed(refuse, "kung") is None
    assert checked.problems == ["okänd roll: kung"]


def report(*, applied=False, dry_run=False, problems=False) -> ImportReport:
    rows = (
        RowResult(TableKind.GROUPS, "Grupper", 2, RowAction.ADDED),
        RowResult(TableKind.PEOPLE, "Personer", 2, RowAction.ADDED),
        RowResult(TableKind.PEOPLE, "Personer", 3, RowAction.UNCHANGED),
        RowResult(TableKind.PEOPLE, "Personer", 4, RowAction.CHANGED),
        RowResult(TableKind.PEOPLE, "Personer", 5, None if problems else RowAction.ADDED,
                  ("namn saknas", "fel datum") if problems else ()),
    )
    return ImportReport(applied, dry_run, rows, notes=("Sammanfogade celler lästes som en.",))


def test_the_report_counts_per_table_in_the_order_an_import_applies_them():
    done = report(applied=True)
    assert done.summaries() == [KindSummary(TableKind.PEOPLE, 2, 1, 1), KindSummary(TableKind.GROUPS, 1, 0, 0)]
    assert done.rows_of(TableKind.PEOPLE, RowAction.ADDED) == [2, 5]
    assert done.describe() == ["Sammanfogade celler lästes som en.",
                               "Importerat: Personer: 2 tillagda, 1 ändrade, 1 oförändrade",
                               "Importerat: Grupper: 1 tillagda, 0 ändrade, 0 oförändrade"]


def test_a_trial_run_says_nothing_was_saved_and_a_refused_import_lists_its_problems():
    assert report(dry_run=True).describe()[-1] == "Provkörning: inget har sparats."
    refused = report(problems=True)
    assert refused.problem_count == 1
    assert refused.problems == ["Personer, rad 5: namn saknas", "Personer, rad 5: fel datum"]
    lines = refused.describe()
    assert lines[1:4] == ["1 rader har problem; inget har importerats:", "  Personer, rad 5: namn saknas",
                          "  Personer, rad 5: fel datum"]
    assert lines[4].startswith("Skulle ge: Personer: 1 tillagda")
    assert "Provkörning: inget har sparats." not in report(dry_run=True, problems=True).describe()


def test_changed_sets_only_given_values_that_differ():
    person = Person(name="Anna", email="anna@a.se", title=None)
    assert _changed(person, name="Anna", email=None) is False
    assert person.email == "anna@a.se"
    assert _changed(person, name="Anna", title="Samordnare") is True
    assert person.title == "Samordnare"


@pytest.fixture
def filled(uow):
    organisations.create_organisation(uow, OrganisationData("Göteborgs Stad", OrganisationKind.KOMMUN))
    people.create_person(uow, PersonData("Anna Berg", email="Anna.Berg@Goteborg.se"))
    people.create_person(uow, PersonData("Anna Berg"))
    return uow


def test_the_register_finds_organisations_and_people_as_folded(filled):
    with filled:
        register = Register(filled)
        found = row({"organisation": "  göteborgs   STAD "})
        assert register.organisation(found, "organisation").name == "Göteborgs Stad"
        assert found.problems == []
        assert register.by_email["anna.berg@goteborg.se"].name == "Anna Berg"
        assert len(register.by_name["anna berg"]) == 2
        assert register.organisation(row({}), "organisation") is None


def test_an_unknown_organisation_is_a_problem_of_the_row_that_names_it(filled):
    with filled:
        register = Register(filled)
        missing = row({"organisation": "Kungälvs kommun"})
        assert register.organisation(missing, "organisation") is None
        assert missing.problems == ['organisationen "Kungälvs kommun" finns inte; lägg till den på bladet '
                                    'Organisationer (eller i registret) först']


def test_people_the_import_adds_are_found_by_the_rows_after_them(filled):
    with filled:
        register = Register(filled)
        added = register.add_person(name="Bo Ek", email="BO@ek.se", title=None)
        assert added.id is None and register.new_people == [added]
        assert register.by_email["bo@ek.se"] is added
        assert register.by_name["bo ek"] == [added]
        first = register.by_email["anna.berg@goteborg.se"]
        other = register.add_person(name="Ny", email="anna.berg@goteborg.se")
        assert register.by_email["anna.berg@goteborg.se"] is first  # the first one keeps an address
        other.email = "ny@ek.se"
        register.reindex_email(other)
        assert register.by_email["ny@ek.se"] is other
        with pytest.raises(AttributeError):
            _ = added.phone  # a value not given is not silently None
