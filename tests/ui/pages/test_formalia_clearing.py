"""Förankring → "Rensa förankring för formaliapunkter": asks with the count, removes the pending rows of
procedural items, says how many, and keeps the list in step."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import Anchoring
from samverkan_desktop.domain.enums import AnchoringStatus
from samverkan_desktop.services.agenda import apply_template
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.services.meetings import create_meeting
from samverkan_desktop.ui.pages.follow_up_lists import AnchoringTab


def test_clearing_formalia_anchoring_asks_and_reports_the_count(qtbot, uow, register, engine,
                                                                 monkeypatch) -> None:
    meeting = create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 9, 15), time(13), time(15))).value
    approve = next(i for i in apply_template(uow, meeting.id) if i.procedural)
    with Session(engine) as session:  # rows made before the item was known to be procedural
        for party in ("kommun", "region"):
            session.add(Anchoring(agenda_item_id=approve.id, organisation_id=register[party].id,
                                  status=AnchoringStatus.NOT_STARTED))
        session.commit()
    tab = AnchoringTab(uow)
    qtbot.addWidget(tab)
    tab.reload()
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    tab.formalia_button.click()
    assert "2" in asked[0] and "2" in told[0]
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Anchoring)) == 0
    assert tab.model.rowCount() == 0
    tab.formalia_button.click()  # nothing left: said so, nothing asked
    assert len(asked) == 1 and len(told) == 2
