"""Hostile input for the services: hypothesis strategies for text, dates, times and numbers that a person (or a
damaged file) can hand the app, a small real world to aim them at, and the arena that runs one call on a fresh copy
of it and checks the outcome: a normal return, or a DomainError with a Swedish sentence and the database exactly as
it was. Used by the test_hostile_*.py modules; each keeps a table of cases, one per public service function."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from held_minutes import Held, stored_copy
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from meeting_fixtures import item, meeting
from postgres_testdb import ON_POSTGRES

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import UnitOfWork, create_unit_of_work
from samverkan_desktop.domain.enums import ApprovalMethod, ItemKind, OrganisationKind, Outcome, Recurrence
from samverkan_desktop.domain.errors import DomainError, StorageError
from samverkan_desktop.domain.review_file import Approver, ItemComment, Receipt
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.infra.config import resources_dir
from samverkan_desktop.services import (
    agenda,
    approval,
    cases,
    follow_up,
    mandates,
    meetings,
    minutes,
    organisations,
    publication,
    reporting,
    review,
    signing,
)
from samverkan_desktop.services.dto import MandateData, OrganisationData, ReportingDutyData
from samverkan_desktop.services.meeting_dto import OutcomeData

STOCKHOLM = ZoneInfo("Europe/Stockholm")
RAM_DISK = Path("/dev/shm")

#: Examples per service function. The whole hostile suite must stay well under a minute on a shared 2-core machine;
#: HOSTILE_EXAMPLES=300 (say) runs many more: a nightly run, or a hunt for a bug.
HOSTILE = settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "10")), deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example, HealthCheck.filter_too_much],
)

# -- text ----------------------------------------------------------------------------------------------------------
C0 = [chr(c) for c in range(0x20)]
C1 = ["\x7f", *(chr(c) for c in range(0x80, 0xA0))]
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
        "\u2066", "\u2067", "\u2068", "\u2069"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f"]
WHITESPACE = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680",
              "\u2000", "\u2007", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
EMOJI = ["😀", "👩‍👩‍👧‍👦", "🇸🇪", "👍🏽", "🏳️‍🌈", "🧑🏿‍⚕️", "\U0010fffd", "\ufffd", "\ufffe", "\uffff", "\U0001f9ec"]
COMBINING = ["\u0301", "\u0308", "\u030a", "\u20dd", "a\u030a", "e\u0301", "Z\u0364\u0311\u0343a\u0308\u0356l"]
WORDS = ["Läget", "i", "kommunerna", "Å", "ä", "ö", "ÅÄÖ", "SIP", "att", "förankra", "rutinen", "Region Halland",
         "NOSAM Falkenberg", "Anna Andersson", "anna@exempel.se", "070-123 45 67", "19121212-1212"]
SYNTAX = ["'", '"', ";", "--", "/*", "*/", "%", "_", "\\", "NEAR", "AND", "OR", "NOT", "*", ":", "^", "(", ")",
          "<script>", "&amp;", "<b>", "{", "}", "${x}", "%s", "\u2026", "§"]
PIECES = C0 + C1 + BIDI + ZERO_WIDTH + WHITESPACE + EMOJI + COMBINING + WORDS + SYNTAX


def _repeat(piece: str, length: int) -> str:
    return (piece * (length // max(len(piece), 1) + 1))[:length]


def mixed_text(max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Short text of hostile pieces and any storable character (no lone surrogates: UTF-8 cannot hold them)."""
    return st.lists(st.sampled_from(PIECES) | st.characters(codec="utf-8"), max_size=max_pieces).map("".join)


def long_text() -> st.SearchStrategy[str]:
    """Up to ~100 000 characters: a short (possibly hostile) piece repeated, behind a real word or not."""
    piece = st.sampled_from(["a", "Å", "ab.", "a.", "😀", "\u202e", "\x00", "a\u0301", " ", "Läget i kommunerna. "])
    return st.builds(lambda head, p, n: head + _repeat(p, n), st.sampled_from(["", "Läget ", "x@y."]),
                     piece | mixed_text(4).filter(bool), st.sampled_from([1_000, 5_000, 30_000, 100_000]))


def blank_text() -> st.SearchStrategy[str]:
    """Nothing a reader would see: whitespace, zero-width and direction marks only."""
    return st.lists(st.sampled_from(WHITESPACE + ZERO_WIDTH + BIDI), min_size=1, max_size=8).map("".join)


def hostile_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(["", "Läget i kommunerna", "\x00", "a\x00b", "\u202eabc", "\u200f", "👩‍👩‍👧‍👦",
                         "e\u0301", "\ufeff", "NULL", "None", "Robert'); DROP TABLE person;--"]),
        mixed_text(), blank_text(), long_text(),
    )


def optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | hostile_text()


# -- dates and times -----------------------------------------------------------------------------------------------
EDGE_DATES = [date.min, date(1, 1, 2), date(1, 12, 31), date(2, 1, 1), date(1582, 10, 15), date(1899, 12, 31),
              date(1900, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2026, 3, 29), date(2026, 10, 25),
              date(2026, 9, 15), date(2026, 12, 31), date(9998, 12, 31), date(9999, 1, 1), date(9999, 11, 30),
              date(9999, 12, 1), date(9999, 12, 30), date.max]
EDGE_TIMES = [time.min, time.max, time(2, 30), time(2, 30, fold=1), time(3, 0), time(23, 59, 59, 999_999),
              time(0, 0, 0, 1), time(13, 0, tzinfo=UTC), time(13, 0, tzinfo=timezone(timedelta(hours=14))), time(12)]
ZONES = [UTC, STOCKHOLM, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12)),
         timezone(timedelta(hours=23, minutes=59))]
EDGE_DATETIMES = [
    datetime.min, datetime.max, datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
    datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
    datetime.max.replace(tzinfo=timezone(-timedelta(hours=12))),
    datetime(2026, 3, 29, 2, 30, tzinfo=STOCKHOLM), datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=STOCKHOLM),
    datetime(2026, 9, 15, 15, 0), datetime(1, 1, 1, 0, 30, tzinfo=STOCKHOLM),
    datetime(9999, 12, 31, 23, 30, tzinfo=STOCKHOLM),
]


def hostile_dates() -> st.SearchStrategy[date]:
    return st.sampled_from(EDGE_DATES) | st.dates() | st.dates(date(2024, 1, 1), date(2027, 12, 31))


def optional_dates() -> st.SearchStrategy[date | None]:
    return st.none() | hostile_dates()


def hostile_times() -> st.SearchStrategy[time]:
    return st.sampled_from(EDGE_TIMES) | st.times() | st.times(timezones=st.sampled_from(ZONES))


def hostile_datetimes() -> st.SearchStrategy[datetime]:
    """Naive and aware, at the ends of the calendar and in Stockholm's DST gap and overlap."""
    return (st.sampled_from(EDGE_DATETIMES) | st.datetimes()
            | st.datetimes(timezones=st.sampled_from(ZONES)))


def hostile_years() -> st.SearchStrategy[int]:
    return st.sampled_from([1, 2, 1989, 1990, 2026, 2100, 2101, 9998, 9999, 10_000]) | hostile_ints()


# -- numbers -------------------------------------------------------------------------------------------------------
EDGE_INTS = [0, -1, 1, 2, -(2**63), -(2**63) - 1, 2**63 - 1, 2**63, 2**64, 10**30, 999_999, 2**31, -(2**31) - 1]


def hostile_ints() -> st.SearchStrategy[int]:
    return st.sampled_from(EDGE_INTS) | st.integers() | st.integers(-3, 700)


def ids(pool: Sequence[int]) -> st.SearchStrategy[int]:
    """Ids that exist (from ``pool``) and ids that cannot: 0, negative, missing, beyond 64 bits."""
    return st.sampled_from(list(pool)) | st.sampled_from(EDGE_INTS) | st.integers()


def optional_ids(pool: Sequence[int]) -> st.SearchStrategy[int | None]:
    return st.none() | ids(pool)


def members(enum: type[Enum]) -> st.SearchStrategy:
    return st.sampled_from(list(enum))


# -- the world -----------------------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class World:
    """held_minutes.populate() (a held NOSAM meeting, draft minutes) plus: a planned meeting whose item is a case, a
    cancelled one, an approved one, reporting duties with a submitted report, a Word template, review comments,
    and an organisation nobody uses."""

    held: Held
    nosam: int
    tema: int
    other: int
    groups: tuple[int, ...]
    organisations: tuple[int, ...]
    unused_organisation: int
    people: dict[str, int]
    planned: int
    planned_item: int
    planned_case: int
    cancelled: int
    approved: int
    approved_item: int
    meetings: tuple[int, ...]
    items: tuple[int, ...]
    memberships: tuple[int, ...]
    attendance: tuple[int, ...]
    actions: tuple[int, ...]
    attachments: tuple[int, ...]
    anchorings: tuple[int, ...]
    duties: tuple[int, ...]
    cases: tuple[int, ...]
    receipt: Receipt  # the chair's receipt for the held meeting's current content (approves it)

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(self.people.values())


def _build(uow: UnitOfWork, held: Held) -> World:
    base = held.world
    anna = held.people["Anna Andersson"]
    with uow:
        planned = meeting(uow, base.nosam, date(2026, 10, 13)).id
        planned_item = item(uow, planned, "Uppföljning av SIP-rutinen", ItemKind.DECISION, planned_minutes=30).id
        planned_case = cases.open_case(uow, planned_item, reference="Dnr 2026/17").id
        minutes.attendance(uow, planned)
        cancelled = meeting(uow, base.nosam, date(2026, 11, 10)).id
        item(uow, cancelled, "Budget 2027")
        meetings.cancel_meeting(uow, cancelled, "Ordföranden är sjuk")
        approved = meeting(uow, base.tema, date(2026, 6, 9)).id
        approved_item = item(uow, approved, "Läget i verksamheten").id
        minutes.set_outcome(uow, approved_item, OutcomeData(Outcome.NOTED))
        meetings.mark_held(uow, approved)
        approval.approve(uow, approved, held.people["Bertil Berg"], ApprovalMethod.IN_APP)
        mandates.save_mandate(uow, base.nosam, MandateData(
            meetings_min=4, meetings_max=6, substitutes_allowed=False, approval_days=14, chair_term_months=24,
            reporting_duties=(ReportingDutyData("Årsrapport", Recurrence.YEARLY, 3, 31, "Styrgruppen"),
                              ReportingDutyData("Avvikelser", Recurrence.QUARTERLY, 12, 31))), new_version=False)
        duties = tuple(d.id for d in mandates.reporting_duties(uow, base.nosam))
        reporting.mark_report_done(uow, duties[0], date(2026, 3, 31), date(2026, 3, 20))
        publication.set_group_template(
            uow, base.nosam, "mall.docx", (resources_dir() / "templates" / "samverkan.docx").read_bytes())
        unused = organisations.create_organisation(
            uow, OrganisationData("Oanvänd organisation", OrganisationKind.OTHER)).id
        state = approval.minutes_state(uow, held.meeting)
        chair = Approver(anna, "Anna Andersson", "ordforande")
        key = SigningKey.generate()
        signing.register_key(uow, anna, key.public.pem())
        receipt = Receipt(held.meeting, "NOSAM Falkenberg", "2026-09-15", state.current_hash, chair, True,
                          (ItemComment(1, 1, "Läget i kommunerna", "Bra skrivet."),), "Godkänt",
                          "2026-09-20T08:00:00+00:00").signed_by(key)
        review.import_receipt(uow, dataclasses.replace(receipt, approved=False).signed_by(key))
        uow.commit()
        all_meetings = (held.meeting, planned, cancelled, approved)
        items = tuple(i.id for m in all_meetings for i in agenda.list_items(uow, m))
        rows = tuple(a.id for m in (held.meeting, planned) for a in minutes.attendance(uow, m))
        anchorings = tuple(r.id for r in follow_up.anchoring_for(uow, pending_only=False))
        actions = tuple(r.id for r in follow_up.list_actions(uow, follow_up.ActionFilter(), date(2026, 9, 16)))
        from samverkan_desktop.services import memberships
        seats = tuple(m.id for g in (base.nosam, base.tema, base.other) for m in memberships.list_memberships(uow, g))
        orgs = tuple(o.id for o in organisations.list_organisations(uow))
    # Approving the held minutes' receipt is a case of its own; the stored content must still match it.
    assert approval.minutes_state(uow, held.meeting).current_hash == receipt.content_hash
    return World(held, base.nosam, base.tema, base.other, (base.nosam, base.tema, base.other), orgs, unused,
                 dict(held.people), planned, planned_item, planned_case, cancelled, approved, approved_item,
                 all_meetings, items, seats, rows, actions, (held.attachment,), anchorings, duties,
                 (held.case, planned_case), receipt)


_TEMPLATES: dict[Path, tuple[Path, World]] = {}


def hostile_template(held_template: tuple[Path, Path, Held],
                     folder_factory: Callable[[str], Path]) -> tuple[Path, World]:
    """The hostile world, built once per test run from the ``held`` template (conftest.held_template)."""
    held_path, _approved, held = held_template
    if held_path not in _TEMPLATES:
        target = folder_factory("hostile") / "hostile.db"
        made: list[World] = []
        stored_copy(held_path, target, lambda uow: made.append(_build(uow, held)))
        _TEMPLATES[held_path] = (target, made[0])
    return _TEMPLATES[held_path]


# -- the arena -----------------------------------------------------------------------------------------------------
SWEDISH_WORD = re.compile(
    r"(?<!\w)(inte|finns|kan|ska|måste|är|har|var|redan|för|och|som|en|ett|till|av|med|på|i|det|den|att|ange|välj|"
    r"skriv|beskriv|bara|inget|ingen|inga|längre|mellan|före|efter|gruppen|mötet|datumet|talet)(?!\w)",
    re.IGNORECASE)
LEAKS = re.compile(r"Traceback|sqlite3|sqlalchemy|Background on this error|\w*Error\b|\bobject\b|NoneType")


def check_message(exc: DomainError) -> None:
    """A DomainError's message is what the user reads: a Swedish sentence, not a leaked technical one."""
    message = exc.message
    assert isinstance(message, str) and message.strip(), f"{type(exc).__name__} without a message"
    assert message.rstrip()[-1] in ".!?", f"not a sentence: {message[:200]!r}"
    assert SWEDISH_WORD.search(message), f"not Swedish: {message[:200]!r}"
    assert not LEAKS.search(message), f"technical text in the message: {message[:200]!r}"
    # Hostile input is refused by the rules, in words: a generic database error means it reached SQLite unchecked.
    assert not (isinstance(exc, StorageError) and message.startswith("Databasfel")), message[:200]


def dump(path: Path) -> list[str]:
    """Every table's schema and rows (FTS5 shadow tables included), as SQL: equal dumps are equal databases."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


class Arena:
    """A working copy of the hostile world; every call starts from a fresh copy of the template."""

    def __init__(self, template: Path, world: World, folder: Path) -> None:
        self.template, self.world, self.folder = template, world, folder
        self.path = folder / "samverkan.db"
        self.engine = create_database_engine(f"sqlite:///{self.path}")
        self.baseline = dump(template)
        self.files = folder / "files"
        self.files.mkdir()

    def reset(self) -> None:
        self.engine.dispose()
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.template, self.path)

    def uow(self) -> UnitOfWork:
        return create_unit_of_work(self.engine, actor="testare")

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(uow, *args, **kwargs)`` on a fresh copy: returns, or raises a proper DomainError (checked here,
        with the database left exactly as it was); anything else escapes, with a note saying from where."""
        self.reset()
        name = f"{fn.__module__}.{fn.__qualname__}"
        try:
            return fn(self.uow(), *args, **kwargs)
        except DomainError as exc:
            check_message(exc)
            assert dump(self.path) == self.baseline, f"{name} raised {exc.message!r} but changed the database"
            return exc
        except Exception as exc:
            exc.add_note(f"escaped from {name} (not a DomainError)")
            raise


@contextmanager
def open_arena(held_template, tmp_path_factory) -> Iterator[Arena]:
    if ON_POSTGRES:
        pytest.skip("SQLite only: the arena copies SQLite files and compares their dumps")
    template, world = hostile_template(held_template, tmp_path_factory.mktemp)
    ram = RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK)
    folder = Path(tempfile.mkdtemp(prefix="samverkan-hostile-", dir=RAM_DISK if ram else None))
    arena = Arena(template, world, folder)
    try:
        yield arena
    finally:
        arena.engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)


# -- the table of cases --------------------------------------------------------------------------------------------
Draw = Callable[[st.SearchStrategy], Any]
#: A case: given hypothesis's draw and the arena, call one service function (through arena.call) with hostile input.
Case = Callable[[Draw, Arena], None]


def in_session(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(session, …)`` (a helper the services share, taking a session) as ``call(uow, …)``."""

    def call(uow: UnitOfWork, *args: Any, **kwargs: Any) -> Any:
        with uow:
            return fn(uow.session, *args, **kwargs)

    call.__qualname__ = f"{fn.__qualname__}[in a session]"
    call.__module__ = fn.__module__
    return call


def on_meeting(fn: Callable[..., Any], *, first: str = "session") -> Callable[..., Any]:
    """``fn(session or uow, meeting_row)`` (a helper the services share, taking a Meeting row) as ``call(uow, id)``."""
    from samverkan_desktop.db.models import Meeting
    from samverkan_desktop.services._common import get_or_raise

    def call(uow: UnitOfWork, meeting_id: int) -> Any:
        with uow:
            meeting_row = get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
            return fn(uow.session if first == "session" else uow, meeting_row)

    call.__qualname__ = f"{fn.__qualname__}[a meeting]"
    call.__module__ = fn.__module__
    return call


def inside(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(uow, …)`` that expects to be called inside ``with uow`` (as the services do), given the bare uow."""

    def call(uow: UnitOfWork, *args: Any, **kwargs: Any) -> Any:
        with uow:
            return fn(uow, *args, **kwargs)

    call.__qualname__ = f"{fn.__qualname__}[inside a unit of work]"
    call.__module__ = fn.__module__
    return call


def pure(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A function without a unit of work, called like the others (arena.call passes a uow first)."""

    def call(_uow: UnitOfWork, *args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    call.__qualname__ = fn.__qualname__
    call.__module__ = fn.__module__
    return call


def refused_in_words(cases: dict[object, Case]):
    """The property test of a table of cases: each function, called with hostile input, returns or is refused in
    Swedish words and leaves the database as it was. Assigned to a ``test_…`` name in each table's module."""
    import pytest
    from hypothesis import given
    from hypothesis import strategies as st

    @pytest.mark.parametrize("function", list(cases), ids=lambda f: f"{f.__module__.rsplit('.', 1)[-1]}.{f.__name__}")
    @HOSTILE
    @given(data=st.data())
    def test(arena: Arena, function, data) -> None:
        cases[function](data.draw, arena)

    return test
