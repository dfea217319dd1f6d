"""Minutes content (the canonical dict the approval covers) as HTML for reading in the app."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.enums import AttendanceStatus, Outcome
from ..domain.wording import att_clauses, bullet_item
from .i18n import format_datetime, format_time
from .labels import attendance_labels, outcome_labels


def text_html(text: str | None) -> str:
    """Free text as HTML paragraphs; lines typed as "- item" or "* item" become a bulleted list."""
    if not text:
        return ""
    html, bullets = [], []
    for line in text.split("\n"):
        item = bullet_item(line)
        if item is not None:
            if item:
                bullets.append(f"<li>{escape(item)}</li>")
            continue
        if bullets:
            html.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        if line.strip():
            html.append(f"<p>{escape(line)}</p>")
    if bullets:
        html.append("<ul>" + "".join(bullets) + "</ul>")
    return "".join(html)


def decision_html(decision: str | None) -> str:
    """A decision as its att-clauses in a list under "Decision: … that", as the minutes print it."""
    clauses = att_clauses(decision)
    if not clauses:
        return ""
    label = QCoreApplication.translate("MinutesHtml", "Decision")
    lead = QCoreApplication.translate("MinutesHtml", "that")
    return (f"<p><b>{escape(label)}:</b> {escape(lead)}</p><ul>"
            + "".join(f"<li>{escape(clause)}</li>" for clause in clauses) + "</ul>")


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
