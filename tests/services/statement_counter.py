"""Counting the SQL statements a piece of code sends to the database, to catch N+1 queries in tests.

    with count_statements(engine) as counter:
        meetings.list_meetings(uow, group_id)
    assert counter.count == 3, counter.report()
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, event


@dataclass
class StatementCounter:
    statements: list[str] = field(default_factory=list)
    parameters: list[object] = field(default_factory=list)  # of each statement, for EXPLAIN QUERY PLAN

    @property
    def count(self) -> int:
        return len(self.statements)

    def report(self) -> str:
        """The statements, numbered and shortened, for an assertion message."""
        return "\n".join(f"{n:3}: {' '.join(s.split())[:160]}" for n, s in enumerate(self.statements, start=1))

    def _before_execute(self, _conn, _cursor, statement, _parameters, _context, executemany) -> None:
        # An executemany (a bulk insert of many rows) is one statement sent once: counted once.
        self.statements.append(statement)
        self.parameters.append(_parameters[0] if executemany and _parameters else _parameters)


@contextmanager
def count_statements(engine: Engine) -> Iterator[StatementCounter]:
    """Every statement executed through ``engine`` inside the block (connection pragmas are not counted:
    they run on the raw DBAPI connection when it opens)."""
    counter = StatementCounter()
    event.listen(engine, "before_cursor_execute", counter._before_execute)
    try:
        yield counter
    finally:
        event.remove(engine, "before_cursor_execute", counter._before_execute)
