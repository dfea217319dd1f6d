"""Minutes content (the canonical dict the approval covers) as HTML for reading in the app."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.enums import AttendanceStatus, Outcome
from ..domain.rich_text import Run, parse, parse_inline
from ..domain.wording import att_clauses
from .i18n import format_datetime, format_time
from .labels import attendance_labels, outcome_labels


def runs_html(runs: tuple[Run, ...]) -> str:
    """Rich text runs as HTML: <b>, <i> and <a href> for safe links; every character of the text escaped."""
    html = []
    for run in runs:
        text = escape(run.text)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        if run.link:
            text = f'<a href="{escape(run.link, quote=True)}">{text}</a>'
        html.append(text)
    return "".join(html)


def text_html(text: str | None) -> str:
    """Rich text (domain.rich_text) as HTML paragraphs and <ul>/<ol> lists."""
    html: list[str] = []
    open_list = None
    for block in parse(text):
        tag = {"bullet": "ul", "number": "ol"}.get(block.kind or "")
        if tag != open_list:
            if open_list:
                html.append(f"</{open_list}>")
            if tag:
                html.append(f"<{tag}>")
            open_list = tag
        if tag:
            if block.runs:
                html.append(f"<li>{runs_html(block.runs)}</li>")
        elif block.text.strip():
            html.append(f"<p>{runs_html(block.runs)}</p>")
    if open_list:
        html.append(f"</{open_list}>")
    return "".join(html)


def decision_html(decision: str | None) -> str:
    """A decision as its att-clauses in a list under "Decision: … that", as the minutes print it."""
    clauses = att_clauses(decision)
    if not clauses:
        return ""
    label = QCoreApplication.translate("MinutesHtml", "Decision")
    lead = QCoreApplication.translate("MinutesHtml", "that")
    return (f"<p><b>{escape(label)}:</b> {escape(lead)}</p><ul>"
            + "".join(f"<li>{runs_html(parse_inline(clause))}</li>" for clause in clauses) + "</ul>")


def _substitute(attendance: dict) -> str | None:
    name = attendance.get("substitute_for")
    return QCoreApplication.translate("MinutesHtml", "substitute for %1").replace("%1", name) if name else None


def minutes_html(content: dict) -> str:
    meeting = content.get("meeting", {})
    starts = datetime.fromisoformat(meeting["starts"])
    ends = datetime.fromisoformat(meeting["ends"])
    statuses = attendance_labels()
    outcomes = outcome_labels()
    title = QCoreApplication.translate("MinutesHtml", "Minutes")
    parts = [f"<h2>{escape(title)}: {escape(meeting['group'])}</h2>",
             f"<p>{escape(format_datetime(starts))}–{escape(format_time(ends))}"
             + (f", {escape(meeting['place'])}" if meeting.get("place") else "") + "</p>"]
    for status in AttendanceStatus:
        names = [a["person"] + "".join(f" ({extra})" for extra in (a.get("represents"), _substitute(a)) if extra)
                 for a in content.get("attendance", []) if a["status"] == status.value]
        if names:
            parts.append(f"<p><b>{escape(statuses[status])}:</b> {escape(', '.join(names))}</p>")
    for item in content.get("items", []):
        heading = (f"§ {item['paragraph']} " if item.get("paragraph") else "") + item["title"]
        parts.append(f"<h3>{escape(heading)}</h3>")
        parts.append(text_html(item.get("notes")))
        if item.get("decision"):
            parts.append(decision_html(item["decision"]))
        if item.get("outcome"):
            outcome = outcomes[Outcome(item["outcome"])]
            extra = " – ".join(x for x in (item.get("reason"), item.get("target_group")) if x)
            parts.append(f"<p><i>{escape(outcome)}{escape(': ' + extra) if extra else ''}</i></p>")
        for action in item.get("actions", []):
            details = ", ".join(x for x in (action.get("person"), action.get("organisation"), action.get("due")) if x)
            parts.append(f"<p>→ {escape(action['what'])} ({escape(details)})</p>")
    return "".join(parts)
