"""Standard items with default wording; procedural decisions without anchoring; clearing old formalia rows."""

from __future__ import annotations

from datetime import date

from meeting_fixtures import meeting
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import AgendaItem, Anchoring
from samverkan_desktop.domain.enums import AnchoringStatus, ItemKind, Outcome
from samverkan_desktop.services.agenda import apply_template, save_template, template_items
from samverkan_desktop.services.formalia import clear_procedural_anchoring, procedural_anchoring_count
from samverkan_desktop.services.meeting_dto import OutcomeData, TemplateItemData
from samverkan_desktop.services.minutes import set_outcome

TUESDAY = date(2026, 9, 15)
AGENDA = "Godkännande av dagordningen"


def by_title(items, title):
    return next(i for i in items if i.title == title)


def rows_of(engine, item_id: int) -> list[AnchoringStatus]:
    with Session(engine) as session:
        return [a.status for a in session.scalars(select(Anchoring).where(Anchoring.agenda_item_id == item_id))]


def test_standard_item_brings_its_wording_and_procedural_decision_is_not_anchored(uow, meeting_world,
                                                                                   engine) -> None:
    meeting_id = meeting(uow, meeting_world.nosam, TUESDAY).id
    approve = by_title(apply_template(uow, meeting_id), AGENDA)
    assert (approve.kind, approve.decision_text, approve.procedural) == (
        ItemKind.DECISION, "att godkänna dagordningen", True)
    assert not by_title(apply_template(uow, meeting_id), "Mötets öppnande").procedural
    decided = set_outcome(uow, approve.id, OutcomeData(Outcome.DECIDED))  # no "att …" to type: accepted
    assert decided.outcome is Outcome.DECIDED
    assert rows_of(engine, approve.id) == []


def test_own_standard_items_keep_wording_and_flag(uow, meeting_world) -> None:
    own = [TemplateItemData("Val av justerare", ItemKind.DECISION, 2, decision_text=" att utse Anna ",
                            procedural=True), TemplateItemData("Incheckning", ItemKind.DISCUSSION)]
    saved = save_template(uow, meeting_world.nosam, own)
    assert saved[0] == TemplateItemData("Val av justerare", ItemKind.DECISION, 2, False, "att utse Anna", True)
    assert template_items(uow, meeting_world.nosam)[1] == own[1]


def test_clearing_removes_only_pending_rows_of_procedural_items(uow, meeting_world, engine,
                                                                audit_trail) -> None:
    w = meeting_world
    meeting_id = meeting(uow, w.nosam, TUESDAY).id
    approve = by_title(apply_template(uow, meeting_id), AGENDA)
    with Session(engine) as session:  # as before this version: the item was not known to be procedural
        session.execute(update(AgendaItem).where(AgendaItem.id == approve.id).values(procedural=False))
        session.commit()
    set_outcome(uow, approve.id, OutcomeData(Outcome.DECIDED))
    assert rows_of(engine, approve.id) == [AnchoringStatus.NOT_STARTED] * 2
    with Session(engine) as session:
        session.execute(update(AgendaItem).where(AgendaItem.id == approve.id).values(procedural=True))
        first = session.scalars(select(Anchoring).where(Anchoring.agenda_item_id == approve.id)).first()
        first.status = AnchoringStatus.ANCHORED  # a party already recorded work on it: kept
        session.commit()
    assert procedural_anchoring_count(uow) == 1
    assert procedural_anchoring_count(uow, w.tema) == 0
    assert clear_procedural_anchoring(uow, w.nosam) == 1
    assert rows_of(engine, approve.id) == [AnchoringStatus.ANCHORED]
    assert ("förankring", w.nosam, "formalia rensad", "testare") in audit_trail("förankring")
    assert clear_procedural_anchoring(uow) == 0
    assert len(audit_trail("förankring")) == 1  # nothing cleared: nothing audited
