"""What a person types into a search field, read as terms and rebuilt for each engine with nothing of the engines'
syntax left in it; the engines' highlight marks made into safe HTML."""

from __future__ import annotations

import pytest

from samverkan_desktop.domain.search_text import (
    MARK_CLOSE,
    MARK_OPEN,
    MAX_TERMS,
    SearchTerm,
    fts5_query,
    marked_to_html,
    parse_search_text,
    tsquery_text,
)


def test_the_example_of_the_docstring():
    assert parse_search_text('förank* "beslut i enighet" e-hälsa -AND:') == (
        SearchTerm(("förank",), prefix=True),
        SearchTerm(("beslut", "i", "enighet")),
        SearchTerm(("e", "hälsa")),
        SearchTerm(("AND",)),
    )


@pytest.mark.parametrize("text", [None, "", "   ", '""', "- : * ( ) ^", "“ ”"])
def test_nothing_to_search_for_gives_no_query(text):
    assert parse_search_text(text) == ()
    assert fts5_query(text) is None
    assert tsquery_text(text) is None


def test_operator_words_beside_other_words_are_dropped_but_alone_or_quoted_they_are_searched():
    assert parse_search_text("budget AND plan NOT OR") == (SearchTerm(("budget",)), SearchTerm(("plan",)))
    assert parse_search_text("NEAR") == (SearchTerm(("NEAR",)),)
    assert parse_search_text('"NOT" budget') == (SearchTerm(("NOT",)), SearchTerm(("budget",)))
    assert parse_search_text("and budget") == (SearchTerm(("and",)), SearchTerm(("budget",)))  # only in capitals


def test_joined_words_are_phrases_of_their_parts_and_a_star_after_a_joiner_still_makes_a_prefix():
    assert parse_search_text("S:t covid-19 2024/25") == (
        SearchTerm(("S", "t")), SearchTerm(("covid", "19")), SearchTerm(("2024", "25")))
    assert parse_search_text("förank-*") == (SearchTerm(("förank",), prefix=True),)
    assert parse_search_text('"beslut i"*') == (SearchTerm(("beslut", "i"), prefix=True),)


def test_an_unclosed_quote_runs_to_the_end():
    assert parse_search_text('plan "beslut i') == (SearchTerm(("plan",)), SearchTerm(("beslut", "i")))


def test_a_decomposed_letter_is_the_letter_stored():
    assert parse_search_text("a\u030angström") == (SearchTerm(("ångström",)),)


def test_a_pasted_page_is_cut_at_the_most_terms_anyone_types():
    terms = parse_search_text(" ".join(f"ord{n}" for n in range(MAX_TERMS + 10)))
    assert len(terms) == MAX_TERMS
    assert terms[-1] == SearchTerm((f"ord{MAX_TERMS - 1}",))


def test_fts5_quotes_every_term_and_ands_them():
    assert fts5_query('förank* "beslut i enighet" e-hälsa') == '"förank"* AND "beslut i enighet" AND "e hälsa"'


def test_tsquery_quotes_every_lexeme_in_lower_case_and_chains_the_words_of_a_phrase():
    assert tsquery_text('Förank* "Beslut i"* e-hälsa') == "'förank':* & ('beslut' <-> 'i':*) & ('e' <-> 'hälsa')"


@pytest.mark.parametrize("text", ["a' OR 1=1 --", "x\" OR \"y", "NEAR(a b)", "a:* | !b", "'); DROP TABLE x; --"])
def test_no_character_of_either_syntax_reaches_an_engine_outside_a_quoted_word(text):
    for term in parse_search_text(text):
        assert all(word.isalnum() for word in term.words)
    assert "'" not in (fts5_query(text) or "")
    assert all(part.strip("()'") .replace("' <-> '", "").isalnum()
               for part in (tsquery_text(text) or "").replace(":*", "").split(" & "))


def test_marks_become_bold_and_everything_else_is_escaped():
    assert marked_to_html(f"<i>{MARK_OPEN}Beslut{MARK_CLOSE} & plan") == "&lt;i&gt;<b>Beslut</b> &amp; plan"
    assert marked_to_html(None) is None


def test_stray_marks_only_toggle_bold_and_the_result_is_always_closed():
    assert marked_to_html(f"{MARK_CLOSE}a{MARK_OPEN}{MARK_OPEN}b") == "a<b>b</b>"
    assert marked_to_html(f"{MARK_OPEN}a{MARK_CLOSE}{MARK_CLOSE}c") == "<b>a</b>c"
