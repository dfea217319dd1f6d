"""A read table file as the register import's tables: each sheet's kind and columns guessed from its name and
headers (or given by the wizard), sheets not recognised skipped with a note, missing required columns refused
naming the sheet, the columns and the headers the file has."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.register_table import TableKind
from samverkan_desktop.importing.register_source import SheetPlan, column_headers, guess_plans, import_tables
from samverkan_desktop.importing.table_file import RawFile, RawSheet

PEOPLE = RawSheet("Personer", ("Namn", "E-post", "Arbetsgivare"),
                  ((2, ("Anna Berg", "anna@a.se", "Region Halland"), ()), (3, ("Bo Ek", None, None), ())))
NOTES = RawSheet("Anteckningar", ("Vad", "Vem"), ((2, ("något", "någon"), ()),))
EMPTY = RawSheet("Grupper", ("Namn",), ())


def workbook(*sheets: RawSheet) -> RawFile:
    return RawFile(Path("/tmp/register.xlsx"), "xlsx", sheets)


def test_sheets_are_recognised_by_name_and_headers_and_an_empty_one_is_skipped():
    plans = guess_plans(workbook(PEOPLE, NOTES, EMPTY))
    assert [(p.sheet, p.kind) for p in plans] == [("Personer", TableKind.PEOPLE), ("Anteckningar", None),
                                                   ("Grupper", None)]
    assert plans[0].mapping["name"] == 0 and plans[0].mapping["email"] == 1 and plans[0].mapping["organisation"] == 2


def test_the_recognised_tables_are_read_and_the_others_noted():
    tables, notes = import_tables(workbook(PEOPLE, NOTES, EMPTY))
    [people] = tables
    assert (people.kind, people.source) == (TableKind.PEOPLE, "Bladet Personer")
    assert [(row.number, row.values["name"], row.values.get("email")) for row in people.rows] == [
        (2, "Anna Berg", "anna@a.se"), (3, "Bo Ek", None)]
    assert notes == ["Bladet Anteckningar känns inte igen och hoppas över (döp bladet till Organisationer, "
                     "Personer, Grupper, Medlemskap eller välj vad det innehåller)."]  # the empty sheet: no note


def test_the_wizards_plan_wins_over_the_guess():
    plan = [SheetPlan("Anteckningar", TableKind.ORGANISATIONS, {"name": 1})]
    [table], notes = import_tables(workbook(PEOPLE, NOTES), plan)
    assert table.kind is TableKind.ORGANISATIONS and table.rows[0].values["name"] == "någon"
    assert notes == []  # a sheet the plan leaves out is simply not read


def test_a_sheet_without_its_required_columns_is_refused_naming_what_it_has():
    plan = [SheetPlan("Personer", TableKind.PEOPLE, {"email": 1})]
    with pytest.raises(ValidationError) as caught:
        import_tables(workbook(PEOPLE), plan)
    assert str(caught.value) == ('Bladet Personer (Personer) saknar kolumnen "Namn". Rubrikerna i filen är: "Namn", '
                                 '"E-post", "Arbetsgivare".')
    headerless = RawFile(Path("/tmp/personer.csv"), "csv", (RawSheet("personer", ("", ""), PEOPLE.rows),))
    with pytest.raises(ValidationError, match=r"^personer\.csv \(Personer\) saknar .*inga rubriker alls\.$"):
        import_tables(headerless, [SheetPlan("personer", TableKind.PEOPLE, {})])


def test_a_file_with_nothing_recognised_is_refused():
    with pytest.raises(ValidationError, match=r"^register\.xlsx innehåller inget som känns igen"):
        import_tables(workbook(NOTES, EMPTY))


def test_the_template_headers_of_each_table():
    assert column_headers(TableKind.PEOPLE) == ["Namn", "Titel", "E-post", "Telefon", "Organisation"]
