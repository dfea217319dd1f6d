"""Hostile input to the data-in-and-out services (old minutes from Word, open data, everything out): each call
returns or is refused in Swedish words, and the database is left as it was."""

from __future__ import annotations

from hostile_input import (
    Arena,
    Case,
    Draw,
    hostile_dates,
    hostile_ints,
    hostile_text,
    hostile_times,
    ids,
    members,
    optional_text,
    pure,
    refused_in_words,
)
from hypothesis import strategies as st

from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.domain.errors import DomainError
from samverkan_desktop.domain.parsed_minutes import ParsedItem, ParsedMinutes, ParsedPerson
from samverkan_desktop.services import everything, legacy_minutes, open_data


class Sink:
    """What the ZIP writer receives, kept in memory."""

    def table(self, name, columns, rows) -> int:
        return sum(1 for _ in rows)

    def attachment(self, path, content) -> None:
        pass

    def readme(self, tables, attachments) -> None:
        pass


def parsed_minutes(d: Draw) -> ParsedMinutes:
    def person() -> ParsedPerson:
        return ParsedPerson(d(hostile_text()), d(optional_text()))

    def item() -> ParsedItem:
        return ParsedItem(d(st.one_of(st.none(), hostile_ints())), d(hostile_text()), d(optional_text()),
                          d(optional_text()), d(optional_text()), d(st.one_of(st.none(), members(Outcome))),
                          d(optional_text()), d(st.booleans()))

    return ParsedMinutes(
        d(hostile_text().map(lambda t: t[:120] or "x.docx")), d(hostile_text()),
        d(st.one_of(st.none(), hostile_dates())), d(st.one_of(st.none(), hostile_times())),
        d(st.one_of(st.none(), hostile_times())), d(optional_text()),
        tuple(person() for _ in range(d(st.integers(0, 3)))), tuple(person() for _ in range(d(st.integers(0, 2)))),
        (), tuple(item() for _ in range(d(st.integers(0, 3)))))


def plan(d: Draw, a: Arena):
    return a.call(legacy_minutes.plan_minutes_import, parsed_minutes(d), d(ids(a.world.groups)),
                  day=d(st.one_of(st.none(), hostile_dates())), start=d(st.one_of(st.none(), hostile_times())),
                  end=d(st.one_of(st.none(), hostile_times())))


def import_planned(d: Draw, a: Arena):
    planned = plan(d, a)
    if isinstance(planned, DomainError):
        return planned
    return a.call(legacy_minutes.import_minutes, planned, d(st.binary(max_size=64)))


CASES: dict[object, Case] = {
    legacy_minutes.plan_minutes_import: plan,
    legacy_minutes.import_minutes: import_planned,
    open_data.open_data: lambda d, a: a.call(open_data.open_data, d(optional_text())),
    open_data.check_base_url: lambda d, a: a.call(pure(open_data.check_base_url), d(st.one_of(
        hostile_text(), hostile_text().map(lambda t: f"https://{t}"), st.just("http://[::1"),
        st.just("https://example.se/oparl")))),
    everything.export_everything: lambda d, a: a.call(everything.export_everything, Sink(),
                                                      lambda *_: d(st.booleans())),
}


test_hostile_input_is_refused_in_words = refused_in_words(CASES)
