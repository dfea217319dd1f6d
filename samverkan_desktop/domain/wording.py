"""The Swedish words and sentences of exported documents. Documents are always Swedish, whatever the
language of the user interface, so these are plain strings, not translations."""

from __future__ import annotations

from datetime import date, datetime

from .calendar import STOCKHOLM
from .enums import ActionStatus, AnchoringStatus, CaseStatus, ItemKind, Outcome, Role

ROLE_WORDS = {
    Role.CHAIR: "ordförande",
    Role.VICE_CHAIR: "vice ordförande",
    Role.MEMBER: "ledamot",
    Role.ADJUNCT: "adjungerad",
    Role.PROCESS_LEADER: "processledare",
    Role.COORDINATOR: "koordinator",
    Role.SECRETARY: "sekreterare",
}

KIND_WORDS = {
    ItemKind.INFORMATION: "information",
    ItemKind.DISCUSSION: "diskussion",
    ItemKind.DECISION: "beslut",
}

#: An outcome in a word or two, as a column of a table says it (the minutes use outcome_sentence).
OUTCOME_WORDS = {
    Outcome.NOTED: "Informationen noteras",
    Outcome.DECIDED: "Beslut i enighet",
    Outcome.REFERRED_BACK: "Återremiss",
    Outcome.DEFERRED: "Bordlagd",
    Outcome.ESCALATED: "Lyfts till annan grupp",
    Outcome.STRUCK: "Struken",
}

CASE_STATUS_WORDS = {
    CaseStatus.RECEIVED: "Inkommet",
    CaseStatus.IN_PREPARATION: "Under beredning",
    CaseStatus.ON_AGENDA: "På dagordning",
    CaseStatus.DECIDED: "Beslutat",
    CaseStatus.REFERRED_BACK: "Återremitterat",
    CaseStatus.DEFERRED: "Bordlagt",
    CaseStatus.ESCALATED: "Eskalerat",
    CaseStatus.STRUCK: "Struket",
    CaseStatus.CLOSED: "Avslutat",
}

ACTION_STATUS_WORDS = {
    ActionStatus.OPEN: "Öppen",
    ActionStatus.IN_PROGRESS: "Pågår",
    ActionStatus.DONE: "Klar",
    ActionStatus.CANCELLED: "Avbruten",
}

ANCHORING_STATUS_WORDS = {
    AnchoringStatus.NOT_STARTED: "Ej påbörjad",
    AnchoringStatus.ANCHORED: "Förankrad",
    AnchoringStatus.IMPLEMENTED: "Genomförd",
    AnchoringStatus.NOT_APPLICABLE: "Ej aktuell",
}

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")


def _clause(text: str | None) -> str:
    """A reason as the tail of a sentence: "för komplettering" stays, "Komplettera X." becomes "komplettera X"."""
    text = (text or "").strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def outcome_sentence(outcome: Outcome | None, reason: str | None = None, target_group: str | None = None,
                     own_group: str | None = None) -> str | None:
    """The outcome of an item as the minutes say it, e.g. "Ärendet återremitteras till X för komplettering."."""
    if outcome is None:
        return None
    why = _clause(reason)
    if outcome is Outcome.NOTED:
        return "Informationen noteras."
    if outcome is Outcome.DECIDED:
        return "Gruppen beslutar i enighet."
    if outcome is Outcome.REFERRED_BACK:
        to = f" till {target_group}" if target_group and target_group != own_group else ""
        if why.startswith("för "):
            return f"Ärendet återremitteras{to} {why}."
        purpose = f": {why[:1].upper()}{why[1:]}." if why else "."
        return f"Ärendet återremitteras{to} för vidare beredning{purpose}"
    if outcome is Outcome.DEFERRED:
        return f"Ärendet bordläggs: {why}." if why else "Ärendet bordläggs till ett senare möte."
    if outcome is Outcome.ESCALATED:
        sentence = f"Ärendet lyfts till {target_group or 'en annan grupp'}"
        return f"{sentence}: {why}." if why else f"{sentence}."
    return f"Ärendet stryks från dagordningen: {why}." if why else "Ärendet stryks från dagordningen."


#: The sentence that leads into a decision's att-clauses, by outcome: "Gruppen beslutar i enighet att" and then
#: the clauses as a list. No outcome yet: the decision is a proposal; another outcome: it was the proposal.
DECISION_LEADS = {
    None: "Gruppen föreslås besluta att",
    Outcome.DECIDED: "Gruppen beslutar i enighet att",
}
PROPOSAL_LEAD = "Förslaget till beslut var att"

_BULLET = ("- ", "* ", "• ", "– ")
_ATT = "att "


def decision_lead(outcome: Outcome | None) -> str:
    return DECISION_LEADS.get(outcome, PROPOSAL_LEAD)


def att_clauses(text: str | None) -> tuple[str, ...]:
    """A decision as its att-clauses, one per line, without the leading "att" (the lead sentence ends with it)
    and without a bullet typed before it: "att godkänna X\natt ge Y" gives ("godkänna X", "ge Y")."""
    clauses = []
    for line in (text or "").splitlines():
        clause = line.strip()
        if (clause + " ").startswith(_BULLET):  # "- " alone, its space stripped, is an empty item
            clause = clause[2:].strip()
        if (clause + " ")[:len(_ATT)].lower() == _ATT:  # "att" alone is an empty clause
            clause = clause[len(_ATT):].strip()
        clause = clause.rstrip(",;")
        if clause:
            clauses.append(clause)
    return tuple(clauses)


def bullet_item(line: str) -> str | None:
    """The text of a list item typed as "- text" or "* text" (also "• text"); None for any other line."""
    stripped = line.lstrip()
    return stripped[2:].strip() if stripped.startswith(_BULLET[:3]) else None


def long_date(day: date | datetime) -> str:
    """"tisdag 10 mars 2026"; a datetime is taken in Stockholm time."""
    if isinstance(day, datetime):
        day = day.astimezone(STOCKHOLM).date()
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def clock(moment: datetime) -> str:
    """"13.00", the way Swedish documents write the time of day."""
    return moment.astimezone(STOCKHOLM).strftime("%H.%M")


def time_span(starts: datetime, ends: datetime) -> str:
    return f"kl. {clock(starts)}–{clock(ends)}"
