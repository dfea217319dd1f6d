"""Underlag för årsrapport: a group's year read under the publication rules."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import item, meeting

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services import meetings, minutes
from samverkan_desktop.services.annual_report import annual_report
from samverkan_desktop.services.meeting_dto import OutcomeData


def test_the_year_of_the_held_minutes(uow, held) -> None:
    nosam = held.world.nosam
    extra = meeting(uow, nosam, date(2026, 11, 3), place="Stadshuset").id
    decided = item(uow, extra, "Samverkansrutin för hemgång", ItemKind.DECISION).id
    minutes.save_text(uow, decided, None, "att anta rutinen; frågor till sip@falkenberg.se")
    minutes.set_outcome(uow, decided, OutcomeData(Outcome.DECIDED))
    meetings.mark_held(uow, extra)
    cancelled = meeting(uow, nosam, date(2026, 12, 1)).id
    meetings.cancel_meeting(uow, cancelled, "Sjukdom")
    meeting(uow, nosam, date(2027, 1, 12))  # next year: not counted

    report = annual_report(uow, nosam, 2026)
    assert [d for d, _place in report.meetings_held] == [date(2026, 9, 15), date(2026, 11, 3)]
    assert report.meetings_cancelled == 1 and (report.meetings_min, report.meetings_max) == (4, 6)
    # § 2 of the held meeting is a confidential decision: not in the report.
    assert [(d.title, d.text) for d in report.decisions] == [
        ("Samverkansrutin för hemgång", "att anta rutinen; frågor till [e-postadress borttagen]")]
    assert report.removed and "e-postadress" in report.removed[0]
    assert [r.title for r in report.referred_back] == ["Samordnad vårdplanering"]
    assert "Temagrupp psykisk hälsa" in report.referred_back[0].text
    assert report.escalated == ()
    parties = {a.organisation: a for a in report.anchoring}
    assert set(parties) == {"Region Halland", "Falkenbergs kommun"}
    assert parties["Region Halland"].not_started == 1  # the public decision only


def test_open_actions_of_public_items_only(uow, held) -> None:
    # The held meeting's only action belongs to the confidential § 2.
    assert annual_report(uow, held.world.nosam, 2026).open_actions == ()


def test_a_year_out_of_range_is_refused(uow, meeting_world) -> None:
    with pytest.raises(ValidationError, match="Välj ett år"):
        annual_report(uow, meeting_world.nosam, 20266)


def test_an_empty_year(uow, meeting_world) -> None:
    report = annual_report(uow, meeting_world.nosam, 2030)
    assert report.meetings_held == () and report.decisions == () and report.anchoring == ()
