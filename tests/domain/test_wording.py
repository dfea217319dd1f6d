"""The Swedish words and sentences of exported documents: every code has its word, and the sentences the minutes
use read as a Swedish secretary writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from samverkan_desktop.domain.enums import ActionStatus, AnchoringStatus, CaseStatus, ItemKind, Outcome, Role
from samverkan_desktop.domain.wording import (
    ACTION_STATUS_WORDS,
    ANCHORING_STATUS_WORDS,
    CASE_STATUS_WORDS,
    KIND_WORDS,
    OUTCOME_WORDS,
    PROPOSAL_LEAD,
    ROLE_WORDS,
    att_clauses,
    bullet_item,
    clock,
    decision_lead,
    long_date,
    outcome_sentence,
    time_span,
)


@pytest.mark.parametrize(("words", "codes"), [
    (ROLE_WORDS, Role), (KIND_WORDS, ItemKind), (OUTCOME_WORDS, Outcome), (CASE_STATUS_WORDS, CaseStatus),
    (ACTION_STATUS_WORDS, ActionStatus), (ANCHORING_STATUS_WORDS, AnchoringStatus)])
def test_every_code_has_a_word_of_its_own(words, codes):
    assert set(words) == set(codes)
    assert len(set(words.values())) == len(words)


@pytest.mark.parametrize(("outcome", "reason", "target", "expected"), [
    (None, "x", None, None),
    (Outcome.NOTED, "ignoreras", None, "Informationen noteras."),
    (Outcome.DECIDED, None, None, "Gruppen beslutar i enighet."),
    (Outcome.REFERRED_BACK, None, None, "Ärendet återremitteras för vidare beredning."),
    (Outcome.REFERRED_BACK, "för komplettering.", "AG Barn", "Ärendet återremitteras till AG Barn för komplettering."),
    (Outcome.REFERRED_BACK, "Komplettera med kostnader.", None,
     "Ärendet återremitteras för vidare beredning: Komplettera med kostnader."),
    (Outcome.REFERRED_BACK, None, "LGS", "Ärendet återremitteras för vidare beredning."),  # its own group: no "till"
    (Outcome.DEFERRED, None, None, "Ärendet bordläggs till ett senare möte."),
    (Outcome.DEFERRED, "Underlag saknas", None, "Ärendet bordläggs: underlag saknas."),
    (Outcome.DEFERRED, "SKR har inte svarat", None, "Ärendet bordläggs: SKR har inte svarat."),  # an acronym stays
    (Outcome.ESCALATED, None, None, "Ärendet lyfts till en annan grupp."),
    (Outcome.ESCALATED, "Frågan rör flera förvaltningar.", "Styrgruppen",
     "Ärendet lyfts till Styrgruppen: frågan rör flera förvaltningar."),
    (Outcome.STRUCK, "  ", None, "Ärendet stryks från dagordningen."),
    (Outcome.STRUCK, "Hanterat tidigare.", None, "Ärendet stryks från dagordningen: hanterat tidigare."),
])
def test_the_outcome_as_the_minutes_say_it(outcome, reason, target, expected):
    assert outcome_sentence(outcome, reason, target_group=target, own_group="LGS") == expected


def test_the_lead_of_a_decision_by_outcome():
    assert decision_lead(None) == "Gruppen föreslås besluta att"
    assert decision_lead(Outcome.DECIDED) == "Gruppen beslutar i enighet att"
    assert {decision_lead(outcome) for outcome in Outcome if outcome is not Outcome.DECIDED} == {PROPOSAL_LEAD}


def test_att_clauses_lose_their_att_their_bullet_and_their_trailing_comma():
    text = "att godkänna planen,\n\n- Att ge AG Barn i uppdrag;\n• ge oss en rapport\n  attestera fakturan\n- \n"
    assert att_clauses(text) == ("godkänna planen", "ge AG Barn i uppdrag", "ge oss en rapport",
                                 "attestera fakturan")
    assert att_clauses(None) == ()
    assert att_clauses("att\n") == ()


@pytest.mark.parametrize(("line", "item"), [
    ("- punkt", "punkt"), ("  * punkt  ", "punkt"), ("• punkt", "punkt"), ("– tankstreck", None),
    ("-utan mellanslag", None), ("text", None)])
def test_a_list_item_typed_with_a_bullet(line, item):
    assert bullet_item(line) == item


def test_dates_and_times_as_swedish_documents_write_them():
    assert long_date(date(2026, 3, 10)) == "tisdag 10 mars 2026"
    # 23.30 UTC on 31 December is already New Year's Day in Stockholm
    assert long_date(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == "fredag 1 januari 2027"
    assert clock(datetime(2026, 6, 1, 11, 5, tzinfo=UTC)) == "13.05"  # summer time
    assert time_span(datetime(2026, 1, 13, 12, 0, tzinfo=UTC), datetime(2026, 1, 13, 14, 30, tzinfo=UTC)) == \
        "kl. 13.00–15.30"
