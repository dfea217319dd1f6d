"""E-mail drafts as .eml files (RFC 5322, MIME) with ``X-Unsent: 1``: Outlook opens such a file as a new message
ready to send, Thunderbird as a message to "Edit as new". Nothing is sent from here; no SMTP."""

from __future__ import annotations

from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.mail import MailAddress, MailDraft
from ..domain.messages import msg
from .files import write_atomically


def _address(person: MailAddress) -> Address:
    try:
        address = Address(display_name=person.name, addr_spec=person.email.strip())
        EmailMessage()["To"] = address  # parsed as a header: what would break the message is refused here
        return address
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise ValidationError(msg("export.eml.e_postadressen_for_ar", person_email=person.email,
                                  person_name=person.name)) from exc


def build_message(draft: MailDraft) -> EmailMessage:
    message = EmailMessage()
    message["X-Unsent"] = "1"
    if draft.sender is not None:
        message["From"] = _address(draft.sender)
    for header, people in (("To", draft.to), ("Cc", draft.cc), ("Bcc", draft.bcc)):
        if people:
            message[header] = [_address(person) for person in people]
    message["Subject"] = draft.subject
    message.set_content(draft.body)
    for attachment in draft.attachments:
        kind, _sep, parameters = attachment.content_type.partition(";")
        maintype, subtype = kind.strip().split("/", 1)
        params = dict(p.strip().split("=", 1) for p in parameters.split(";") if "=" in p)
        message.add_attachment(attachment.content, maintype=maintype, subtype=subtype,
                               filename=attachment.file_name, params=params)
    return message


def message_bytes(draft: MailDraft) -> bytes:
    """The message as it is written: CRLF line ends, as mail programs expect in an .eml."""
    return build_message(draft).as_bytes(policy=SMTP)


def write_draft(draft: MailDraft, target: Path) -> Path:
    return write_atomically(Path(target), message_bytes(draft))
