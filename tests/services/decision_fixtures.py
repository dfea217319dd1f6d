"""A decision log to search and filter: items with outcomes in the NOSAM, its temagrupp and an unrelated group,
in 2024 and 2025, with Swedish text chosen for the search tests. Built through the services, like the app."""

from __future__ import annotations

import dataclasses
from datetime import date

from meeting_fixtures import World, item, meeting

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.services.meeting_dto import OutcomeData
from samverkan_desktop.services.minutes import save_text, set_outcome


@dataclasses.dataclass(frozen=True)
class Log:
    year_word: int  # "år" in its notes
    ar_word: int  # "ar" (the unit of area) in its notes
    anchoring: int  # "Förankring" in the title, "förankra" in the decision
    anchoring_later: int  # "förankringen" in the notes only, in the temagrupp
    agreement_thrice: int  # "samverkansavtal" in the title and twice in the decision
    agreement_once: int  # "samverkansavtal" once, in long notes
    operators: int  # the words NEAR and AND in its text
    secret: int  # confidential, notes with markup
    referred_back: int  # återremiss: its case is återremitterat
    escalated: int  # from the NOSAM to the temagrupp
    other_group: int  # Referensgruppen, 2025
    old: int  # NOSAM, 2024
    no_outcome: int  # never in the log


DECIDED = OutcomeData(Outcome.DECIDED)


def decided(uow, meeting_id: int, title: str, notes: str | None = None, decision: str | None = None,
            outcome: OutcomeData = DECIDED, **extra) -> int:
    item_id = item(uow, meeting_id, title, ItemKind.DECISION, **extra).id
    save_text(uow, item_id, notes, decision)
    if outcome.outcome is not None:
        set_outcome(uow, item_id, outcome)
    return item_id


def build_log(uow, world: World) -> Log:
    with uow:
        spring = meeting(uow, world.nosam, date(2025, 2, 11)).id
        autumn = meeting(uow, world.nosam, date(2025, 9, 9)).id
        old = meeting(uow, world.nosam, date(2024, 3, 12)).id
        tema = meeting(uow, world.tema, date(2025, 4, 8)).id
        other = meeting(uow, world.other, date(2025, 5, 13)).id
        noted = OutcomeData(Outcome.NOTED)
        log = Log(
            year_word=decided(uow, spring, "Uppföljning av avtalet", "Avtalet följs upp varje år.", None, noted),
            ar_word=decided(uow, spring, "Mark för nytt boende", "Tomten är 12 ar stor.", None, noted),
            anchoring=decided(uow, spring, "Förankring av SIP-rutinen", None,
                              "att förankra rutinen i varje förvaltning"),
            anchoring_later=decided(uow, tema, "Återkoppling från kommunerna",
                                    "Förankringen i socialnämnden sker i höst.", None, noted),
            agreement_thrice=decided(uow, autumn, "Nytt samverkansavtal", None,
                                     "att anta samverkansavtal 2026\natt samverkansavtal följs upp årligen"),
            agreement_once=decided(uow, autumn, "Rapport från regionen",
                                   "Regionen redogjorde för läget i vårdcentralerna, bemanningen under sommaren, "
                                   "väntetiderna till barnpsykiatrin och arbetet med ett samverkansavtal för "
                                   "hemsjukvården som ska vara klart till årsskiftet.", None, noted),
            operators=decided(uow, other, "NEAR-projektet: nära vård", "Samarbete med AND-gruppen i Varberg.",
                              None, noted),
            secret=decided(uow, autumn, "Personalärende", "<script>alert('x')</script> Förankring & uppföljning",
                           "att avsluta ärendet", confidential=True),
            referred_back=decided(uow, autumn, "Budget för nära vård", "Underlaget saknar kostnader.", None,
                                  OutcomeData(Outcome.REFERRED_BACK, reason="Kostnaderna ska utredas")),
            escalated=decided(uow, spring, "Brister i utskrivningsprocessen", None, None,
                              OutcomeData(Outcome.ESCALATED, target_group_id=world.tema)),
            other_group=decided(uow, other, "Referensgruppens arbetsplan", None, "att anta arbetsplanen"),
            old=decided(uow, old, "Handlingsplan 2024", None, "att anta handlingsplanen för år 2024"),
            no_outcome=decided(uow, autumn, "Förankring utan utfall", "Förankring", None, OutcomeData(None)),
        )
        uow.commit()
    return log
