"""The decision log: every item with an outcome, filtered by group (with sub-groups), period, outcome and case
status, paged with a total, in one query per page; and the export lines under the publication rules."""

from __future__ import annotations

from datetime import date, time

import pytest
from decision_fixtures import Log, build_log, decided
from meeting_fixtures import World, meeting
from sqlalchemy import event
from sqlalchemy.orm import Session
from statement_counter import count_statements

import samverkan_desktop.services.decision_log as decision_log_service
from samverkan_desktop.domain.enums import CaseStatus, MinutesStatus, Outcome
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services.decision_log import (
    CONFIDENTIAL_TITLE,
    DecisionLogFilter,
    decision_log,
    decision_log_export,
    group_ids_with_subgroups,
)
from samverkan_desktop.services.meeting_dto import OutcomeData

ALL = 12  # items with an outcome in build_log


@pytest.fixture
def log(uow, meeting_world) -> Log:
    return build_log(uow, meeting_world)


def ids(uow, **wanted) -> list[int]:
    return [row.item_id for row in decision_log(uow, DecisionLogFilter(**wanted), limit=100).rows]


def test_every_item_with_an_outcome_newest_first(uow, meeting_world, log: Log) -> None:
    page = decision_log(uow)
    assert (page.total, len(page.rows), page.ranked) == (ALL, ALL, False)
    assert log.no_outcome not in [row.item_id for row in page.rows]
    days = [row.meeting_on for row in page.rows]
    assert days == sorted(days, reverse=True)
    assert days[0] == date(2025, 9, 9) and days[-1] == date(2024, 3, 12)
    first_meeting = [row.paragraph for row in page.rows if row.meeting_on == date(2025, 9, 9)]
    assert first_meeting == sorted(first_meeting)  # agenda order within a meeting
    assert all(row.snippet_html is None and row.rank is None for row in page.rows)


def test_a_row_says_what_the_log_shows(uow, meeting_world, log: Log) -> None:
    rows = {row.item_id: row for row in decision_log(uow).rows}
    decided_row = rows[log.anchoring]
    assert (decided_row.group_id, decided_row.group_name) == (meeting_world.nosam, "NOSAM Falkenberg")
    assert (decided_row.meeting_on, decided_row.title, decided_row.outcome) == (
        date(2025, 2, 11), "Förankring av SIP-rutinen", Outcome.DECIDED)
    assert decided_row.decision_text == "att förankra rutinen i varje förvaltning"
    assert decided_row.paragraph is not None
    assert (decided_row.confidential, decided_row.minutes_status) == (False, MinutesStatus.DRAFT)
    back = rows[log.referred_back]
    assert (back.outcome, back.outcome_reason, back.case_status) == (
        Outcome.REFERRED_BACK, "Kostnaderna ska utredas", CaseStatus.REFERRED_BACK)
    assert back.case_id is not None
    assert rows[log.secret].confidential  # included in the app, and marked


def test_group_with_its_sub_groups(uow, engine, meeting_world, log: Log) -> None:
    w = meeting_world
    with Session(engine) as session:
        assert group_ids_with_subgroups(session, w.nosam) == {w.nosam, w.tema}
        assert group_ids_with_subgroups(session, w.tema) == {w.tema}
    nosam_and_tema = ids(uow, group_id=w.nosam)
    assert log.anchoring_later in nosam_and_tema
    assert log.other_group not in nosam_and_tema and log.operators not in nosam_and_tema
    assert len(nosam_and_tema) == ALL - 2
    assert ids(uow, group_id=w.nosam, include_subgroups=False) == [i for i in nosam_and_tema
                                                                    if i != log.anchoring_later]
    assert ids(uow, group_id=w.tema) == [log.anchoring_later]
    assert set(ids(uow, group_id=w.other)) == {log.operators, log.other_group}


def test_unknown_group_is_refused_in_words(uow, log: Log) -> None:
    with pytest.raises(NotFoundError, match="Gruppen finns inte längre"):
        decision_log(uow, DecisionLogFilter(group_id=999))


def test_period_in_stockholm_days_both_ends_included(uow, log: Log) -> None:
    assert ids(uow, date_to=date(2024, 12, 31)) == [log.old]
    spring = ids(uow, date_from=date(2025, 2, 11), date_to=date(2025, 4, 8))
    assert set(spring) == {log.year_word, log.ar_word, log.anchoring, log.escalated, log.anchoring_later}
    assert len(ids(uow, date_from=date(2025, 9, 9))) == 4
    with pytest.raises(ValidationError) as info:
        decision_log(uow, DecisionLogFilter(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1)))
    assert info.value.field == "date_from"


def test_a_meeting_just_after_midnight_belongs_to_its_swedish_day(uow, meeting_world) -> None:
    with uow:  # 00:30 in Stockholm on 1 June is 22:30 UTC on 31 May
        late = meeting(uow, meeting_world.other, date(2025, 6, 1), time(0, 30), time(1, 30)).id
        item_id = decided(uow, late, "Nattligt extramöte", None, "att godkänna avtalet")
        uow.commit()
    (row,) = decision_log(uow).rows
    assert (row.item_id, row.meeting_on) == (item_id, date(2025, 6, 1))
    assert ids(uow, date_from=date(2025, 6, 1), date_to=date(2025, 6, 1)) == [item_id]
    assert ids(uow, date_to=date(2025, 5, 31)) == []


def test_outcome_and_case_status(uow, log: Log) -> None:
    assert ids(uow, outcome=Outcome.REFERRED_BACK) == [log.referred_back]
    assert set(ids(uow, outcome=Outcome.DECIDED)) == {log.anchoring, log.agreement_thrice, log.secret,
                                                      log.other_group, log.old}
    assert ids(uow, case_status=CaseStatus.REFERRED_BACK) == [log.referred_back]
    assert ids(uow, case_status=CaseStatus.ESCALATED) == [log.escalated]
    assert ids(uow, case_status=CaseStatus.CLOSED) == []
    assert ids(uow, outcome=Outcome.DECIDED, case_status=CaseStatus.REFERRED_BACK) == []


def test_search_and_filters_together(uow, meeting_world, log: Log) -> None:
    assert ids(uow, text="förank*", group_id=meeting_world.tema) == [log.anchoring_later]
    assert set(ids(uow, text="förank*", outcome=Outcome.DECIDED)) == {log.anchoring, log.secret}
    assert ids(uow, text="förank*", date_to=date(2025, 3, 1)) == [log.anchoring]
    page = decision_log(uow, DecisionLogFilter(text="förank*", group_id=meeting_world.nosam,
                                               include_subgroups=False))
    assert (page.total, page.ranked) == (2, True)


@pytest.mark.parametrize("query", ["", "a*"])
def test_pages_add_up_to_the_whole_log(uow, log: Log, query: str) -> None:
    wanted = DecisionLogFilter(text=query)
    whole = decision_log(uow, wanted, limit=100)
    assert whole.total >= 8  # two full pages of 4 ("a*": 9 on SQLite, 8 on PostgreSQL, where "att" is a stop word)
    pages = [decision_log(uow, wanted, offset=offset, limit=4) for offset in range(0, 16, 4)]
    assert [len(p.rows) for p in pages][:2] == [4, 4]
    assert {p.total for p in pages} == {whole.total}
    assert [row for p in pages for row in p.rows] == list(whole.rows)
    assert decision_log(uow, wanted, offset=-3, limit=2).rows == whole.rows[:2]
    assert decision_log(uow, wanted, limit=0).rows == ()


def test_one_query_per_page_and_one_count(uow, engine, meeting_world, log: Log) -> None:
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        decision_log(uow, DecisionLogFilter(text="att*", outcome=Outcome.DECIDED), limit=100)
        plain = len(statements)
        statements.clear()
        decision_log(uow, DecisionLogFilter(group_id=meeting_world.nosam), limit=100)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert plain == 2
    assert len(statements) == 3  # the group's existence, the page, the count


# -- a search at region scale: the best-ranked matches joined, a count that stops ---------------------------


def tied_reports(uow, world: World) -> list[int]:
    """Items matching "hemtjänsten": one with it in the title too (ranked first), then twelve of one text (tied
    in rank, so in the log's order by meeting and agenda), a third of them without an outcome."""
    found = []
    with uow:
        for n, day in enumerate((date(2025, 3, 4), date(2025, 6, 3), date(2024, 10, 1), date(2025, 6, 17))):
            held = meeting(uow, world.other if n % 2 else world.nosam, day).id
            for k in range(3):
                undecided = (n + k) % 3 == 0
                found.append(decided(uow, held, "Lägesrapport", "Om hemtjänsten i kommunerna.", None,
                                     OutcomeData(None) if undecided else OutcomeData(Outcome.NOTED)))
        found.append(decided(uow, held, "Hemtjänsten", "Om hemtjänsten.", None, OutcomeData(Outcome.NOTED)))
        uow.commit()
    return found


def paged(uow, wanted: DecisionLogFilter, size: int) -> list:
    return [row for offset in range(0, 16, size) for row in decision_log(uow, wanted, offset, size).rows]


@pytest.mark.parametrize("margin", [0, 1, 100])
def test_a_search_read_from_its_best_matches_is_the_log_in_its_order(uow, meeting_world, log: Log, monkeypatch,
                                                                      margin: int) -> None:
    tied_reports(uow, meeting_world)
    wanted = DecisionLogFilter(text="hemtjänsten")
    monkeypatch.setattr(decision_log_service, "RANK_WINDOW_MAX", 0)  # every match joined, then ranked
    whole = decision_log(uow, wanted, limit=100)
    assert whole.total == 9 and whole.rows[0].title == "Hemtjänsten"
    days = [row.meeting_on for row in whole.rows[1:]]
    assert days == sorted(days, reverse=True) and len(set(days)) == 4  # the tie goes by meeting
    monkeypatch.setattr(decision_log_service, "RANK_MARGIN", margin)  # 0: windows too small, read again wider
    for ceiling in (20_000, 8):  # 8: pages past the fourth row are joined in full again
        monkeypatch.setattr(decision_log_service, "RANK_WINDOW_MAX", ceiling)
        for size in (1, 2, 4, 100):
            assert paged(uow, wanted, size) == list(whole.rows), (ceiling, size)


def test_a_search_counts_only_so_far(uow, meeting_world, log: Log, monkeypatch) -> None:
    tied_reports(uow, meeting_world)
    monkeypatch.setattr(decision_log_service, "COUNT_LIMIT", 2)
    monkeypatch.setattr(decision_log_service, "RANK_MARGIN", 0)  # a window smaller than the matches

    def counted(offset: int, limit: int, **wanted) -> tuple[int, bool]:
        page = decision_log(uow, DecisionLogFilter(text="hemtjänsten", **wanted), offset, limit)
        return page.total, page.total_exact

    assert counted(0, 1) == (2, False)  # the best match settles the page; more than two match
    assert counted(0, 2) == (9, True)  # the tie after it was read whole, so every match: counted too
    other = {"group_id": meeting_world.other}  # a filter joins every match, and its count stops too
    assert counted(0, 2, **other) == (2, False)
    assert counted(2, 2, **other) == (4, False)  # counted past the page asked for
    assert counted(4, 2, **other) == (5, True)
    plain = decision_log(uow, DecisionLogFilter(), limit=1)
    assert (plain.total, plain.total_exact) == (ALL + 9, True)  # the whole log is counted


@pytest.mark.parametrize("hot_path", [True, False])
def test_a_search_of_text_alone_joins_and_highlights_only_its_page(uow, engine, meeting_world, log: Log,
                                                                   monkeypatch, hot_path: bool) -> None:
    tied_reports(uow, meeting_world)
    monkeypatch.setattr(decision_log_service, "HOT_PATH", hot_path)
    one_statement = hot_path  # decision_log_hot: one statement a window
    with count_statements(engine) as counter:
        page = decision_log(uow, DecisionLogFilter(text="hemtjänsten"), limit=3)
    assert "<b>hemtjänsten</b>" in page.rows[1].snippet_html
    if one_statement:
        assert counter.count == 1, counter.report()
        assert ("rowid + 0 IN (SELECT item_id FROM page)" in counter.statements[0]  # highlights the page's only
                or "ts_headline" in counter.statements[0].split("UNION ALL")[-1])
    else:
        # The best-ranked matches (all of them, here), the page's rows and the page's highlights.
        assert counter.count == 3, counter.report()
        assert len(counter.parameters[1]) == 3 and len(counter.parameters[2]) < 15  # not every match's
    monkeypatch.setattr(decision_log_service, "RANK_MARGIN", 0)
    with count_statements(engine) as counter:
        again = decision_log(uow, DecisionLogFilter(text="hemtjänsten"), limit=3)
    # A window too small for the page (the tie at its cut) is read again, four times wider: one statement more.
    assert counter.count == (2 if one_statement else 4), counter.report()
    assert again.rows == page.rows


@pytest.mark.parametrize("margin", [0, 800])
def test_the_hot_path_gives_what_the_statements_it_replaced_give(uow, meeting_world, log: Log, monkeypatch,
                                                                  margin: int) -> None:
    # On both databases (tests/services/test_decision_log_hot.py: on SQLite's generated sample data too): the
    # confidential item included and marked, ties at a window's cut, windows read again wider, counts that stop.
    tied_reports(uow, meeting_world)
    monkeypatch.setattr(decision_log_service, "RANK_MARGIN", margin)
    monkeypatch.setattr(decision_log_service, "COUNT_LIMIT", 3)
    for query in ("hemtjänsten", "a*", "avtal", "förank*", "kommunerna", "personalärende", "zzz"):
        for offset, limit in ((0, 100), (0, 2), (1, 3), (5, 4)):
            pages = []
            for hot in (True, False):
                monkeypatch.setattr(decision_log_service, "HOT_PATH", hot)
                pages.append(decision_log(uow, DecisionLogFilter(text=query), offset, limit))
            assert pages[0] == pages[1], (query, offset, limit)
    monkeypatch.setattr(decision_log_service, "HOT_PATH", True)
    assert any(row.confidential for row in decision_log(uow, DecisionLogFilter(text="förank*"), limit=100).rows)


# -- export lines --------------------------------------------------------------------------------------------


def test_export_lines_follow_the_publication_rules(uow, meeting_world, log: Log) -> None:
    with uow:
        spring = meeting(uow, meeting_world.other, date(2025, 10, 14)).id
        decided(uow, spring, "Kontaktperson anna.andersson@regionhalland.se",
                None, "att Anna (070-123 45 67) samordnar")
        uow.commit()
    export = decision_log_export(uow, DecisionLogFilter())
    assert len(export.lines) == ALL + 1
    assert export.title == "Beslutslogg"
    scrubbed = export.lines[0]
    assert "@" not in scrubbed.title and "070" not in (scrubbed.decision or "")
    assert scrubbed.outcome == "Beslut i enighet"
    assert len(export.removed) == 1 and "e-postadress" in export.removed[0]
    secret = next(line for line in export.lines if line.confidential)
    assert (secret.title, secret.outcome, secret.decision, secret.case_status) == (
        CONFIDENTIAL_TITLE, None, None, None)
    assert secret.paragraph is not None
    assert "script" not in repr(export.lines)


def test_export_lines_are_the_filtered_log_in_its_order(uow, meeting_world, log: Log) -> None:
    wanted = DecisionLogFilter(text="samverkansavtal", group_id=meeting_world.nosam, date_from=date(2025, 1, 1),
                               outcome=Outcome.NOTED)
    export = decision_log_export(uow, wanted)
    assert [line.title for line in export.lines] == ["Rapport från regionen"]
    assert export.title == ("Beslutslogg, NOSAM Falkenberg med undergrupper (2025-01-01–, informationen noteras, "
                            "sökning: samverkansavtal)")
    back = decision_log_export(uow, DecisionLogFilter(case_status=CaseStatus.REFERRED_BACK))
    assert [(line.outcome, line.case_status) for line in back.lines] == [("Återremiss", "Återremitterat")]
