"""Whether approved minutes still say what was approved.

Every minutes document is built through ``documents.minutes_document``, which asks here: minutes whose current
content no longer matches their approval (changed outside the app, with sqlite3 or a SQL client) are never
presented as approved. The export becomes an UTKAST that says the approval no longer holds and what changed."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Approval, Meeting, Person
from ..domain.calendar import STOCKHOLM
from ..domain.enums import MinutesStatus
from ..domain.minutes_hash import describe_difference, minutes_hash
from .approval import minutes_content

# Language boundary: what approval_lapse returns is printed in the minutes document (Word/PDF) as its draft notice,
# so it stays Swedish whatever language the program speaks, the words of describe_difference included.
NO_APPROVAL = ("Anteckningarna är markerade som godkända, men det finns inget giltigt godkännande. "
               "De visas som utkast.")


def valid_approval(session: Session, meeting: Meeting) -> Approval | None:
    """The approval that stands (the newest not revoked), if any."""
    return session.scalar(select(Approval).where(Approval.meeting_id == meeting.id, Approval.revoked_at.is_(None))
                          .order_by(Approval.id.desc()).limit(1))


def approval_lapse(session: Session, meeting: Meeting) -> str | None:
    """None when the minutes are approved (or published) and their content is what the approval covers;
    otherwise, for minutes in those states, a Swedish sentence saying that the approval no longer holds and
    what changed since. Minutes that are not approved have no approval to lapse: None."""
    if meeting.minutes_status not in (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED):
        return None
    approval = valid_approval(session, meeting)
    if approval is None:
        return NO_APPROVAL
    content = minutes_content(session, meeting)
    if minutes_hash(content) == approval.content_hash:
        return None
    try:
        stored = json.loads(approval.content) if approval.content else None
    except ValueError:  # the stored copy itself was damaged: the hash comparison above is what counts
        stored = None
    differences = describe_difference(stored, content, "sv") if isinstance(stored, dict) else []
    person = session.get(Person, approval.approved_by_id)
    who = f" av {person.name}" if person else ""
    day = approval.approved_at.astimezone(STOCKHOLM).date().isoformat()
    return (f"Godkännandet{who} {day} gäller inte längre: anteckningarna har ändrats efter godkännandet "
            f"({', '.join(differences) or 'innehållet'}). De visas som utkast.")
