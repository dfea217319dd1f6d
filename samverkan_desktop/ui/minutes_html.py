"""Minutes content (the canonical dict the approval covers) as HTML for reading in the app."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.enums import AttendanceStatus, Outcome
from .i18n import format_datetime, format_time
from .labels import attendance_labels, outcome_labels


def _paragraphs(text: str | None) -> str:
    if not text:
        return ""
    html, bullets = [], []
    for line in text.split("\n"):
        if line.startswith(("- ", "* ", "• ")):
            bullets.append(f"<li>{escape(line[2:])}</li>")
            continue
        if bullets:
            html.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        if line.strip():
            html.append(f"<p>{escape(line)}</p>")
    if bullets:
        html.append("<ul>" + "".join(bullets) + "</ul>")
    return "".join(html)


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
        names = [a["person"] + (f" ({a['represents']})" if a.get("represents") else "")
                 for a in content.get("attendance", []) if a["status"] == status.value]
        if names:
            parts.append(f"<p><b>{escape(statuses[status])}:</b> {escape(', '.join(names))}</p>")
    for item in content.get("items", []):
        heading = (f"§ {item['paragraph']} " if item.get("paragraph") else "") + item["title"]
        parts.append(f"<h3>{escape(heading)}</h3>")
        parts.append(_paragraphs(item.get("notes")))
        if item.get("decision"):
            label = QCoreApplication.translate("MinutesHtml", "Decision")
            parts.append(f"<p><b>{escape(label)}:</b></p>" + _paragraphs(item["decision"]))
        if item.get("outcome"):
            outcome = outcomes[Outcome(item["outcome"])]
            extra = " – ".join(x for x in (item.get("reason"), item.get("target_group")) if x)
            parts.append(f"<p><i>{escape(outcome)}{escape(': ' + extra) if extra else ''}</i></p>")
        for action in item.get("actions", []):
            details = ", ".join(x for x in (action.get("person"), action.get("organisation"), action.get("due")) if x)
            parts.append(f"<p>→ {escape(action['what'])} ({escape(details)})</p>")
    return "".join(parts)
