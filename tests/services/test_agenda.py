from __future__ import annotations

from datetime import date, time

import pytest
from meeting_fixtures import item, meeting

from samverkan_desktop.db.models import AgendaItem, AgendaTemplateItem
from samverkan_desktop.domain.enums import ItemKind
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.agenda import (
    DEFAULT_TEMPLATE,
    add_item,
    apply_template,
    delete_item,
    get_item,
    list_items,
    move_item,
    planned_time_warning,
    save_template,
    template_items,
    update_item,
)
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, TemplateItemData
from samverkan_desktop.services.meetings import cancel_meeting, update_meeting

D = date
TUESDAY = D(2026, 9, 15)
OPENING = ["Mötets öppnande", "Godkännande av dagordningen", "Föregående minnesanteckningar"]
CLOSING = ["Övriga frågor", "Nästa möte", "Mötets avslutande"]


def titles(uow, meeting_id: int) -> list[str]:
    return [i.title for i in list_items(uow, meeting_id)]


def paragraphs(uow, meeting_id: int) -> list[int | None]:
    return [i.paragraph for i in list_items(uow, meeting_id)]


@pytest.fixture
def agenda(uow, meeting_world) -> int:
    """A NOSAM meeting on 2026-09-15 with no items yet."""
    return meeting(uow, meeting_world.nosam, TUESDAY).id


# -- items -------------------------------------------------------------------------------------
def test_add_item_goes_before_the_closing_standard_items(uow, agenda, audit_trail) -> None:
    apply_template(uow, agenda)
    added = item(uow, agenda, "Väntetider BUP", ItemKind.DISCUSSION, presenter=" Anna ", planned_minutes=20)
    assert titles(uow, agenda) == [*OPENING, "Väntetider BUP", *CLOSING]
    assert (added.position, added.paragraph, added.presenter, added.planned_minutes) == (4, 4, "Anna", 20)
    first = item(uow, agenda, "Brådskande", position=1)
    assert titles(uow, agenda)[:2] == ["Brådskande", "Mötets öppnande"]
    assert [i.position for i in list_items(uow, agenda)] == list(range(1, 9))
    assert paragraphs(uow, agenda) == list(range(1, 9))
    assert get_item(uow, first.id).paragraph == 1
    assert ("punkt", added.id, "tillagd", "testare") in audit_trail("punkt")


def test_add_item_without_standard_items_goes_last(uow, agenda) -> None:
    for title in ("A", "B", "C"):
        item(uow, agenda, title)
    assert titles(uow, agenda) == ["A", "B", "C"]


def test_empty_title_is_refused(uow, agenda, count, audit_trail) -> None:
    before = audit_trail()
    with pytest.raises(ValidationError) as info:
        add_item(uow, agenda, AgendaItemData("   "))
    assert info.value.field == "title"
    kept = item(uow, agenda, "Väntetider")
    with pytest.raises(ValidationError) as info:
        update_item(uow, kept.id, AgendaItemData(""))
    assert info.value.field == "title"
    assert get_item(uow, kept.id).title == "Väntetider"
    assert count(AgendaItem) == 1
    assert len(audit_trail()) == len(before) + 1


def test_planned_minutes_out_of_range_is_refused(uow, agenda, count) -> None:
    with pytest.raises(ValidationError) as info:
        add_item(uow, agenda, AgendaItemData("Lång punkt", planned_minutes=601))
    assert info.value.field == "planned_minutes"
    assert count(AgendaItem) == 0


def test_update_item(uow, agenda, audit_trail) -> None:
    saved = item(uow, agenda, "Väntetider")
    updated = update_item(uow, saved.id, AgendaItemData("Väntetider BUP", ItemKind.DECISION, "Bertil", 15, True))
    assert (updated.title, updated.kind, updated.presenter, updated.planned_minutes, updated.confidential) == (
        "Väntetider BUP", ItemKind.DECISION, "Bertil", 15, True)
    assert get_item(uow, saved.id) == updated
    assert ("punkt", saved.id, "ändrad", "testare") in audit_trail("punkt")


def test_cancelled_meetings_agenda_is_closed(uow, agenda, count) -> None:
    kept = item(uow, agenda, "A")
    cancel_meeting(uow, agenda, "Sjukdom")
    with pytest.raises(ValidationError):
        item(uow, agenda, "B")
    with pytest.raises(ValidationError):
        delete_item(uow, kept.id)
    assert count(AgendaItem) == 1


# -- the group's standard items ----------------------------------------------------------------
def test_apply_template_wraps_existing_items_and_is_idempotent(uow, agenda, count, audit_trail) -> None:
    item(uow, agenda, "A")
    item(uow, agenda, "B")
    applied = apply_template(uow, agenda)
    assert [i.title for i in applied] == [*OPENING, "A", "B", *CLOSING]
    assert paragraphs(uow, agenda) == list(range(1, 9))
    assert titles(uow, agenda) == [i.title for i in applied]
    again = apply_template(uow, agenda)
    assert [i.title for i in again] == [*OPENING, "A", "B", *CLOSING]
    assert count(AgendaItem) == 8
    assert [e[2] for e in audit_trail("dagordning")] == ["standardpunkter", "standardpunkter"]


def test_template_default_then_saved_round_trip(uow, meeting_world, agenda, count) -> None:
    w = meeting_world
    assert template_items(uow, w.nosam) == list(DEFAULT_TEMPLATE)
    own = [TemplateItemData("Incheckning", ItemKind.DISCUSSION, 10),
           TemplateItemData(" Uppföljning av åtgärder ", ItemKind.INFORMATION, 15),
           TemplateItemData("Avslutning", ItemKind.INFORMATION, None, at_end=True)]
    saved = save_template(uow, w.nosam, own)
    expected = [own[0], TemplateItemData("Uppföljning av åtgärder", ItemKind.INFORMATION, 15), own[2]]
    assert saved == expected
    assert template_items(uow, w.nosam) == expected
    assert template_items(uow, w.tema) == list(DEFAULT_TEMPLATE)  # per group
    item(uow, agenda, "Väntetider")
    assert [i.title for i in apply_template(uow, agenda)] == [
        "Incheckning", "Uppföljning av åtgärder", "Väntetider", "Avslutning"]
    assert list_items(uow, agenda)[0].kind is ItemKind.DISCUSSION
    item(uow, agenda, "Ny punkt")  # the saved template decides what closes the meeting
    assert titles(uow, agenda)[-2:] == ["Ny punkt", "Avslutning"]
    save_template(uow, w.nosam, own[:1])  # saving replaces
    assert count(AgendaTemplateItem) == 1


def test_template_item_without_title_is_refused(uow, meeting_world, count) -> None:
    w = meeting_world
    save_template(uow, w.nosam, [TemplateItemData("Incheckning")])
    with pytest.raises(ValidationError) as info:
        save_template(uow, w.nosam, [TemplateItemData("Ok"), TemplateItemData("  ")])
    assert info.value.field == "template"
    assert template_items(uow, w.nosam) == [TemplateItemData("Incheckning")]
    assert count(AgendaTemplateItem) == 1


# -- order and paragraph numbers ---------------------------------------------------------------
def test_move_item_reorders_and_renumbers(uow, agenda, audit_trail) -> None:
    a, _, _, d = (item(uow, agenda, t) for t in "ABCD")
    moved = move_item(uow, d.id, 1)
    assert [i.title for i in moved] == ["D", "A", "B", "C"]
    assert [(i.title, i.position, i.paragraph) for i in list_items(uow, agenda)] == [
        ("D", 1, 1), ("A", 2, 2), ("B", 3, 3), ("C", 4, 4)]
    move_item(uow, a.id, 99)  # clamped to the end
    assert titles(uow, agenda) == ["D", "B", "C", "A"]
    assert paragraphs(uow, agenda) == [1, 2, 3, 4]
    assert ("punkt", d.id, "flyttad", "testare") in audit_trail("punkt")


def test_delete_item_renumbers(uow, agenda, count, audit_trail) -> None:
    a, b, c = (item(uow, agenda, t) for t in "ABC")
    delete_item(uow, b.id)
    assert [(i.id, i.position, i.paragraph) for i in list_items(uow, agenda)] == [(a.id, 1, 1), (c.id, 2, 2)]
    assert count(AgendaItem) == 2
    assert ("punkt", b.id, "borttagen", "testare") in audit_trail("punkt")


def test_paragraphs_run_across_the_groups_meetings_and_restart_each_year(uow, meeting_world) -> None:
    w = meeting_world
    december = meeting(uow, w.nosam, D(2026, 12, 10))  # created first: order is by date, not by id
    january = meeting(uow, w.nosam, D(2027, 1, 20))
    march = meeting(uow, w.nosam, D(2026, 3, 10))
    theme = meeting(uow, w.tema, D(2026, 6, 16))
    for m in (december, january, march, theme):
        item(uow, m.id, "Första")
        item(uow, m.id, "Andra")
    assert paragraphs(uow, march.id) == [1, 2]
    assert paragraphs(uow, december.id) == [3, 4]
    assert paragraphs(uow, january.id) == [1, 2]
    assert paragraphs(uow, theme.id) == [1, 2]  # every group counts on its own
    item(uow, march.id, "Tillägg", position=1)
    assert paragraphs(uow, march.id) == [1, 2, 3]
    assert paragraphs(uow, december.id) == [4, 5]
    assert paragraphs(uow, january.id) == [1, 2]
    assert paragraphs(uow, theme.id) == [1, 2]


def test_meeting_moved_to_another_year_renumbers_both_years(uow, meeting_world) -> None:
    w = meeting_world
    march = meeting(uow, w.nosam, D(2026, 3, 10))
    december = meeting(uow, w.nosam, D(2026, 12, 10))
    january = meeting(uow, w.nosam, D(2027, 1, 20))
    spring = meeting(uow, w.nosam, D(2027, 3, 16))
    for m in (march, december, january, spring):
        item(uow, m.id, "Första")
        item(uow, m.id, "Andra")
    assert paragraphs(uow, spring.id) == [3, 4]
    update_meeting(uow, january.id, MeetingData(w.nosam, D(2026, 11, 17), time(13), time(15)))
    assert paragraphs(uow, march.id) == [1, 2]
    assert paragraphs(uow, january.id) == [3, 4]
    assert paragraphs(uow, december.id) == [5, 6]
    assert paragraphs(uow, spring.id) == [1, 2]
    update_meeting(uow, december.id, MeetingData(w.nosam, D(2027, 2, 2), time(13), time(15)))
    assert paragraphs(uow, december.id) == [1, 2]
    assert paragraphs(uow, spring.id) == [3, 4]
    assert paragraphs(uow, january.id) == [3, 4]


def test_planned_time_warning(uow, agenda) -> None:
    item(uow, agenda, "A", planned_minutes=60)
    item(uow, agenda, "B")  # no planned time counts as none
    assert planned_time_warning(uow, agenda) is None
    item(uow, agenda, "C", planned_minutes=60)
    assert planned_time_warning(uow, agenda) is None  # exactly the meeting's 120 minutes
    item(uow, agenda, "D", planned_minutes=1)
    assert planned_time_warning(uow, agenda) == (
        "Punkterna är planerade till 121 minuter, men mötet är 120 minuter långt.")




def test_a_new_item_below_the_selected_row_never_goes_among_the_standard_items(uow, agenda) -> None:
    """Issue 18 point 6: with "Mötets öppnande" selected, a new item went above "Godkännande av dagordningen"."""
    from samverkan_desktop.services.agenda import position_below

    apply_template(uow, agenda)
    items = {i.title: i.id for i in list_items(uow, agenda)}
    assert position_below(uow, agenda, items["Mötets öppnande"]) == 4  # after the opening items
    assert position_below(uow, agenda, items["Godkännande av dagordningen"]) == 4
    assert position_below(uow, agenda, items["Mötets avslutande"]) == 4  # before the closing ones
    assert position_below(uow, agenda, None) is None  # add_item's default: before the closing items
    assert position_below(uow, agenda, 10**9) is None  # a row removed meanwhile
    first = item(uow, agenda, "Väntetider BUP", position=position_below(uow, agenda, items["Mötets öppnande"]))
    second = item(uow, agenda, "Budget", position=position_below(uow, agenda, items["Mötets öppnande"]))
    assert titles(uow, agenda) == [*OPENING, "Budget", "Väntetider BUP", *CLOSING]
    assert position_below(uow, agenda, first.id) == 6  # between own items: just below the selected row
    assert position_below(uow, agenda, second.id) == 5
    assert position_below(uow, agenda, items["Övriga frågor"]) == 6


def test_a_new_item_below_the_selected_row_without_standard_items(uow, agenda) -> None:
    from samverkan_desktop.services.agenda import position_below

    one = item(uow, agenda, "Ett")
    item(uow, agenda, "Två")
    assert position_below(uow, agenda, one.id) == 2
