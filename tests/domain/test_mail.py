"""E-mail drafts: who receives them, what is attached, and the warning for a message too big to send."""

from __future__ import annotations

from samverkan_desktop.domain.mail import WARN_ABOVE_BYTES, MailAddress, MailAttachment, MailDraft, size_warning

ANNA = MailAddress("Anna Andersson", "anna@example.se")
BERTIL = MailAddress("Bertil Berg", "bertil@example.se")
CECILIA = MailAddress("Cecilia Ek", "cecilia@example.se")


def test_recipients_are_to_cc_and_bcc_without_the_senders_own_copy() -> None:
    draft = MailDraft("Ämne", "Text", sender=ANNA, to=(ANNA,), cc=(BERTIL,), bcc=(CECILIA,))
    assert draft.recipients == (BERTIL, CECILIA)
    assert MailDraft("Ämne", "Text", to=(ANNA,)).recipients == (ANNA,)


def test_attaching_gives_a_new_draft_and_keeps_the_notes() -> None:
    draft = MailDraft("Ämne", "Text", notes=("en",))
    pdf = MailAttachment("kallelse.pdf", b"%PDF")
    attached = draft.attach(pdf, notes=("två",))
    assert draft.attachments == () and attached.attachments == (pdf,) and attached.notes == ("en", "två")
    assert pdf.content_type == "application/pdf" and "%PDF" not in repr(pdf)  # bytes stay out of logs


def test_size_warning_above_twenty_megabytes_only() -> None:
    assert size_warning(WARN_ABOVE_BYTES) is None
    warning = size_warning(25 * 1024 * 1024)
    assert warning is not None and "25,0 MB" in warning and "20 MB" in warning
