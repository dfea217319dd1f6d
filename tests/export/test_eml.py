"""E-mail drafts as .eml files: Outlook opens them unsent, Thunderbird reads them back; names with Swedish letters,
attachments with their type; an address that would break the message refused in words. Read back with the standard
library's parser, as a mail program would."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.mail import MailAddress, MailAttachment, MailDraft
from samverkan_desktop.export.eml import build_message, message_bytes, write_draft

ANNA = MailAddress("Anna Öberg", "anna.oberg@halland.se")
BO = MailAddress("Bo Ek, sekreterare", "bo@ek.se")
DRAFT = MailDraft(
    "Kallelse till LGS 10 mars", "Hej!\n\nVälkomna till mötet.\n\n/Bo", sender=BO, to=(ANNA,),
    cc=(MailAddress("Cecilia Ek", "cecilia@ek.se"),), bcc=(MailAddress("Arkiv", "arkiv@ek.se"),),
    attachments=(MailAttachment("Kallelse LGS.pdf", b"%PDF-1.7 kallelse"),
                 MailAttachment("Dagordning.txt", "§ 1 Öppnande".encode(), "text/plain; charset=utf-8")))


def read_back(draft: MailDraft):
    return message_from_bytes(message_bytes(draft), policy=default)


def test_an_unsent_draft_with_every_recipient_and_the_swedish_text():
    message = read_back(DRAFT)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Kallelse till LGS 10 mars"
    assert str(message["From"]) == '"Bo Ek, sekreterare" <bo@ek.se>'
    assert message["To"].addresses[0].display_name == "Anna Öberg"
    assert message["To"].addresses[0].addr_spec == "anna.oberg@halland.se"
    assert message["Cc"].addresses[0].addr_spec == "cecilia@ek.se"
    assert message["Bcc"].addresses[0].addr_spec == "arkiv@ek.se"
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Hej!\n\nVälkomna till mötet.\n\n/Bo\n"


def test_attachments_keep_their_name_type_and_bytes():
    attachments = list(read_back(DRAFT).iter_attachments())
    assert [(a.get_filename(), a.get_content_type()) for a in attachments] == [
        ("Kallelse LGS.pdf", "application/pdf"), ("Dagordning.txt", "text/plain")]
    assert attachments[0].get_content() == b"%PDF-1.7 kallelse"
    assert attachments[1].get_param("charset") == "utf-8"


def test_the_file_has_crlf_line_ends_as_mail_programs_expect(tmp_path):
    written = write_draft(DRAFT, tmp_path / "kallelse.eml")
    content = written.read_bytes()
    assert content.count(b"\r\n") > 10 and b"\n" not in content.replace(b"\r\n", b"")


def test_a_draft_without_sender_or_copies_has_no_such_headers():
    message = build_message(MailDraft("Ämne", "Text", to=(ANNA,)))
    assert message["From"] is None and message["Cc"] is None and message["Bcc"] is None


@pytest.mark.parametrize("address", ["inte en adress", "a@b.se\r\nBcc: spion@evil.example", "", "<a@b.se>"])
def test_an_address_that_would_break_the_message_is_refused_in_words(address):
    draft = MailDraft("Ämne", "Text", to=(MailAddress("Mottagare", address),))
    with pytest.raises(ValidationError, match="Mottagare"):
        build_message(draft)
