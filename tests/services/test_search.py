"""Full-text search of the decision log on SQLite (FTS5): Swedish letters kept apart, prefixes, ranking,
highlighting, anything a person types, and an index the triggers keep current. With SAMVERKAN_TEST_POSTGRES_URL
set these run on PostgreSQL too, but for the FTS5 specifics (test_search_postgres.py has PostgreSQL's)."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from decision_fixtures import Log, build_log
from hypothesis import given
from hypothesis import strategies as st
from postgres_testdb import ON_POSTGRES, sqlite_only
from sqlalchemy import text
from sqlalchemy.orm import Session

from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.domain.search_text import MARK_CLOSE, MARK_OPEN, SearchTerm, marked_to_html
from samverkan_desktop.services.agenda import delete_item, move_item, update_item
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log
from samverkan_desktop.services.meeting_dto import AgendaItemData, OutcomeData
from samverkan_desktop.services.minutes import save_text, set_outcome
from samverkan_desktop.services.search import (
    PostgresSearch,
    SqliteFts5Search,
    fts5_query,
    parse_search_text,
    search_for,
    tsquery_text,
)


@pytest.fixture
def log(uow, meeting_world) -> Log:
    return build_log(uow, meeting_world)


def found(uow, query: str, **wanted) -> list[int]:
    """Item ids the log finds for ``query``, in the order shown."""
    return [row.item_id for row in decision_log(uow, DecisionLogFilter(text=query, **wanted)).rows]


# -- what a person types, made safe --------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [
    ("förankring", '"förankring"'),
    ("förank*", '"förank"*'),
    ("Förank* år", '"Förank"* AND "år"'),
    ('"nära vård" budget', '"nära vård" AND "budget"'),
    ('"barn och unga"*', '"barn och unga"*'),
    ("e-hälsa", '"e hälsa"'),
    ("S:t Eriks", '"S t" AND "Eriks"'),
    ('"förankring', '"förankring"'),  # an unclosed quote runs to the end
    ("-förankring", '"förankring"'),  # no NOT: a minus is punctuation
    ("förankring:", '"förankring"'),
    ("(förankring)", '"förankring"'),
    # Operator words in capitals beside other words are dropped: every word must match anyway.
    ("förankring AND samverkan", '"förankring" AND "samverkan"'),
    ("NEAR(samverkan avtal, 2)", '"samverkan" AND "avtal" AND "2"'),
    ("NOT förankring OR", '"förankring"'),
    # Alone, quoted, in lower case or as part of a word they are words.
    ("AND OR NOT NEAR", '"AND" AND "OR" AND "NOT" AND "NEAR"'),
    ('"NEAR" projekt', '"NEAR" AND "projekt"'),
    ("near and far", '"near" AND "and" AND "far"'),
    ("NEAR-projektet AND", '"NEAR projektet"'),
    ("title:avtal", '"title avtal"'),  # no column filter
    ("a^b", '"a" AND "b"'),
])
def test_fts5_query_quotes_every_word(typed: str, expected: str) -> None:
    assert fts5_query(typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", '"', '""', "*", "-", ":", "(", ")", "^", "- * : ( ) \" '", None])
def test_nothing_to_search_for_means_no_search(typed) -> None:
    assert parse_search_text(typed) == ()
    assert fts5_query(typed) is None
    assert tsquery_text(typed) is None


def test_decomposed_letters_are_read_as_the_letters_they_are() -> None:
    assert parse_search_text("a\u030ar") == (SearchTerm(("år",)),)  # "å" typed as a + combining ring


def test_tsquery_text_quotes_every_lexeme() -> None:
    assert tsquery_text("Förank* år") == "'förank':* & 'år'"
    assert tsquery_text('"barn och unga"* e-hälsa') == "('barn' <-> 'och' <-> 'unga':*) & ('e' <-> 'hälsa')"
    assert tsquery_text("it's & | ! <-> :*") == "('it' <-> 's')"


@given(st.text(alphabet=st.sampled_from(list("aåäöAÅÖ z19\"*-:()^+'.,!&|<>{}[]~@#\\\u030a\n")) | st.characters(),
               max_size=40))
def test_fts5_accepts_whatever_is_typed(typed: str) -> None:
    """The expression is valid FTS5 for any input: SQLite raises on a syntax error, so this would fail."""
    query = fts5_query(typed)
    if query is None:
        return
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 0')")
        connection.execute("INSERT INTO t VALUES ('förankring år ar')")
        connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()
    finally:
        connection.close()


def test_highlight_marks_become_bold_and_everything_else_is_escaped() -> None:
    marked = f"<script>alert('x')</script> {MARK_OPEN}Förankring{MARK_CLOSE} & <b>"
    assert marked_to_html(marked) == "&lt;script&gt;alert('x')&lt;/script&gt; <b>Förankring</b> &amp; &lt;b&gt;"
    # A stray mark can only switch bold on or off, and bold is always closed.
    assert marked_to_html(f"{MARK_CLOSE}a{MARK_OPEN}b{MARK_OPEN}c") == "a<b>bc</b>"
    assert marked_to_html(None) is None


# -- the adapters --------------------------------------------------------------------------------------


def test_the_adapter_follows_the_database(engine) -> None:
    with Session(engine) as session:
        assert isinstance(search_for(session), PostgresSearch if ON_POSTGRES else SqliteFts5Search)
    assert SqliteFts5Search().match("  *  ") is None
    assert PostgresSearch().match("") is None


def test_a_database_without_an_adapter_is_refused_in_words() -> None:
    session = SimpleNamespace(get_bind=lambda: SimpleNamespace(dialect=SimpleNamespace(name="mysql")))
    with pytest.raises(StorageError, match="stöds inte"):
        search_for(session)


def test_the_search_text_reaches_the_database_as_a_parameter(engine) -> None:
    statement = SqliteFts5Search().match("x' OR 1=1 --").compile(engine)
    assert "1=1" not in str(statement)
    assert statement.params["fts_query"] == '"x" AND "1" AND "1"'


# -- Swedish text ----------------------------------------------------------------------------------------


def test_a_and_aa_are_different_letters(uow, log: Log) -> None:
    assert set(found(uow, "år")) == {log.year_word, log.old}
    assert found(uow, "ar") == [log.ar_word]
    assert set(found(uow, "ÅR")) == {log.year_word, log.old}  # case folds, the ring stays


@sqlite_only("FTS5 finds the word typed; PostgreSQL's Swedish stemmer finds its other forms too")
def test_a_prefix_finds_every_form_of_the_word(uow, log: Log) -> None:
    assert set(found(uow, "förank*")) == {log.anchoring, log.anchoring_later, log.secret}
    assert set(found(uow, "Förank*")) == {log.anchoring, log.anchoring_later, log.secret}
    # Without the star only the word itself: not "förankra", not "förankringen".
    assert set(found(uow, "förankring")) == {log.anchoring, log.secret}
    assert found(uow, "forank*") == []  # o is not ö


def test_words_are_anded_and_phrases_kept(uow, log: Log) -> None:
    assert set(found(uow, "nära vård")) == {log.referred_back, log.operators}
    assert found(uow, "budget vård") == [log.referred_back]
    assert set(found(uow, '"nära vård"')) == {log.referred_back, log.operators}
    assert found(uow, '"vård nära"') == []
    assert found(uow, "SIP-rutinen") == [log.anchoring]


def test_more_mentions_in_title_and_decision_rank_above_one_in_the_notes(uow, log: Log) -> None:
    page = decision_log(uow, DecisionLogFilter(text="samverkansavtal"))
    assert page.ranked
    assert [row.item_id for row in page.rows] == [log.agreement_thrice, log.agreement_once]
    assert page.rows[0].rank > page.rows[1].rank


@sqlite_only("FTS5's snippet(); ts_headline() chooses its fragment differently")
def test_matched_words_are_highlighted(uow, log: Log) -> None:
    (row,) = decision_log(uow, DecisionLogFilter(text="ar")).rows
    assert row.snippet_html == "Tomten är 12 <b>ar</b> stor."
    rows = decision_log(uow, DecisionLogFilter(text="förank*")).rows
    by_id = {row.item_id: row.snippet_html for row in rows}
    assert "<b>Förankringen</b>" in by_id[log.anchoring_later]


@sqlite_only("PostgreSQL's parser reads <script> as markup, not as a word (see test_search_postgres.py)")
def test_markup_in_the_notes_comes_back_escaped(uow, log: Log) -> None:
    (row,) = decision_log(uow, DecisionLogFilter(text="script")).rows
    assert row.item_id == log.secret
    assert row.confidential
    assert "<script" not in row.snippet_html
    assert "&lt;<b>script</b>&gt;alert('x')&lt;/<b>script</b>&gt;" in row.snippet_html
    assert "&amp; uppföljning" in row.snippet_html


@pytest.mark.parametrize("typed", [
    '"förankring', 'förankring"', "förankring*", "-förankring", "förankring:", "(förankring", "förankring)",
    "AND förankring", "förankring AND", "förankring OR", "NOT förankring", "NEAR förankring",
    "NEAR(förankring", "förankring -", "förankring : *", "*förankring",
])
def test_characters_the_fts_syntax_treats_specially_find_the_plain_words(uow, log: Log, typed: str) -> None:
    assert log.anchoring in found(uow, typed)
    assert log.ar_word not in found(uow, typed)


@pytest.mark.parametrize("typed", ['"', "*", "-", ":", "(", ")", '"*"', "- -", "::"])
def test_punctuation_alone_lists_the_whole_log(uow, log: Log, typed: str) -> None:
    page = decision_log(uow, DecisionLogFilter(text=typed))
    assert not page.ranked
    assert page.total == 12


def test_operator_words_are_searched_as_words(uow, log: Log) -> None:
    assert found(uow, "AND") == [log.operators]
    assert found(uow, "NEAR") == [log.operators]
    assert found(uow, "NEAR-projektet") == [log.operators]
    assert found(uow, "OR") == []


# -- the index stays current ------------------------------------------------------------------------------


def test_an_edited_text_is_found_by_its_new_words_only(uow, log: Log) -> None:
    save_text(uow, log.ar_word, "Tomten är 1200 kvadratmeter.", None)
    assert found(uow, "ar") == []
    assert found(uow, "kvadratmeter") == [log.ar_word]
    update_item(uow, log.year_word, AgendaItemData("Uppföljning av överenskommelsen"))
    assert found(uow, "överenskommelsen") == [log.year_word]
    assert found(uow, "avtalet") == [log.year_word]  # still in its notes


def test_a_deleted_item_is_gone_from_the_index(uow, engine, log: Log) -> None:
    delete_item(uow, log.anchoring)
    assert set(found(uow, "förank*")) == {log.anchoring_later, log.secret}
    with engine.begin() as connection:  # and through the foreign key's ON DELETE CASCADE from the meeting
        connection.execute(text("DELETE FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = :i)"),
                           {"i": log.anchoring_later})
    assert found(uow, "förank*") == [log.secret]
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:  # FTS5 compares its index with agenda_item, row by row
        connection.execute(text("INSERT INTO decision_search (decision_search, rank) VALUES ('integrity-check', 1)"))


def index_pages(engine) -> list[tuple]:
    with engine.connect() as connection:
        return connection.execute(text("SELECT id, block FROM decision_search_data ORDER BY id")).all()


@sqlite_only("reads the FTS5 index's shadow table")
def test_setting_an_outcome_or_reordering_does_not_touch_the_index(uow, engine, log: Log) -> None:
    before = index_pages(engine)
    move_item(uow, log.ar_word, 1)
    set_outcome(uow, log.ar_word, OutcomeData(Outcome.STRUCK))
    assert index_pages(engine) == before
    save_text(uow, log.ar_word, "Tomten är 12 ar stor, enligt lantmäteriet.", None)
    assert index_pages(engine) != before
