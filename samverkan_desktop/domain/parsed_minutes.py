"""What was recognised in an old minutes document: plain, frozen data for the preview and the service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from .enums import Outcome


@dataclass(frozen=True)
class ParsedPerson:
    name: str
    organisation: str | None = None


@dataclass(frozen=True)
class ParsedItem:
    paragraph: int | None  # the § as the document gives it; None when it gives none
    title: str
    presenter: str | None = None
    notes: str | None = None
    decision: str | None = None  # the "att …" clauses, one per line
    outcome: Outcome | None = None  # when an outcome sentence of the app's own minutes was recognised
    outcome_reason: str | None = None
    confidential: bool = False


@dataclass(frozen=True)
class ParsedMinutes:
    file_name: str
    structure: str  # how the items were recognised, in words: "rubriker", "§-stycken", ...
    day: date | None
    starts: time | None
    ends: time | None
    place: str | None
    present: tuple[ParsedPerson, ...] = ()
    excused: tuple[ParsedPerson, ...] = ()
    guests: tuple[ParsedPerson, ...] = ()
    items: tuple[ParsedItem, ...] = ()
    notes: tuple[str, ...] = ()  # what the reader noticed and the user should know

    @property
    def paragraphs_given(self) -> bool:
        """Every item carries its § (they are kept); otherwise the group's numbering gives them."""
        return bool(self.items) and all(i.paragraph is not None for i in self.items)
