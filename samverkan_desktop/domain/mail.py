"""An e-mail draft as frozen data: the services write recipients, subject and body, the composition adds the
files, ``export.eml`` writes it as an unsent .eml that Outlook and Thunderbird open as a new message."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .messages import current_language, msg

#: Many mail servers refuse messages above 20–25 MB; base64 makes attachments a third larger on the way.
WARN_ABOVE_BYTES = 20 * 1024 * 1024
PDF = "application/pdf"
CALENDAR = "text/calendar; method=REQUEST"
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REVIEW = "application/octet-stream"


@dataclass(frozen=True)
class MailAddress:
    name: str
    email: str


@dataclass(frozen=True)
class MailAttachment:
    file_name: str
    content: bytes = field(repr=False)
    content_type: str = PDF  # "type/subtype" with optional "; param=value"


@dataclass(frozen=True)
class MailDraft:
    """Members of a group go in Bcc (a group mailing must not hand every address to every recipient; To holds the
    secretary's own address when known). A draft to the chair names the chair in To, the vice chair in Cc."""

    subject: str
    body: str
    sender: MailAddress | None = None
    to: tuple[MailAddress, ...] = ()
    cc: tuple[MailAddress, ...] = ()
    bcc: tuple[MailAddress, ...] = ()
    attachments: tuple[MailAttachment, ...] = ()
    notes: tuple[str, ...] = ()  # for the user, not in the message: what was left out and why

    def attach(self, *files: MailAttachment, notes: tuple[str, ...] = ()) -> MailDraft:
        return replace(self, attachments=self.attachments + files, notes=self.notes + notes)

    @property
    def recipients(self) -> tuple[MailAddress, ...]:
        """Everyone the message goes to, but the sender's own copy."""
        return tuple(a for a in self.to + self.cc + self.bcc if a != self.sender)


def size_warning(message_bytes: int) -> str | None:
    """A warning in the chosen language when the message (as sent, base64 included) is above about 20 MB."""
    if message_bytes <= WARN_ABOVE_BYTES:
        return None
    megabytes = f"{message_bytes / (1024 * 1024):.1f}"
    if current_language() == "sv":
        megabytes = megabytes.replace(".", ",")
    return msg("mail.too_large", megabytes=megabytes)
