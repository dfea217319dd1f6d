"""domain/approval_record.py: the record published beside each minutes, written and checked without a database.

Each test builds a record by hand (record_bytes), signed with a fresh key where it says so, and changes one thing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from samverkan_desktop.domain.approval_record import (
    RECORD_FORMAT,
    ApprovalRecord,
    PublishedFile,
    check_record,
    record_bytes,
    sha256_hex,
)
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.minutes_hash import minutes_hash
from samverkan_desktop.domain.signing import (
    SigningKey,
    approval_payload,
    encode_signature,
    signed_bytes,
)

CONTENT = {"meeting": {"id": 7, "title": "Ledningsgrupp"}, "items": [{"title": "Rutinen", "decision": "Antogs."}]}
FILES = [PublishedFile("2026-11-22 LGS.docx", "docx", "ab" * 32)]


def _record(*, key: SigningKey | None = None, content: dict | None = CONTENT, payload: dict | None = None,
            **changes) -> ApprovalRecord:
    digest = minutes_hash(CONTENT)
    signed = signature = fp = public = None
    if key is not None:
        payload = payload or approval_payload(content_hash=digest, meeting_id=7, approver_id=3,
                                              approver_name="Anna Andersson", role="ordförande",
                                              approved_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        signed = signed_bytes(payload).decode("utf-8")
        signature = encode_signature(key.sign(signed.encode("utf-8")))
        fp, public = key.fingerprint, key.public.base64
    record = ApprovalRecord(meeting_id=7, group_name="LGS", meeting_on="2026-11-22", content=content,
                            withheld=None, content_hash=digest, approver="Anna Andersson", role="ordförande",
                            approved_at="2026-11-23T09:00:00+00:00", method="i programmet", signed_payload=signed,
                            signature=signature, fingerprint=fp, public_key=public)
    return replace(record, **changes)


def _edited(data: bytes, edit) -> bytes:
    document = json.loads(data)
    edit(document)
    return json.dumps(document).encode("utf-8")


def test_a_signed_record_checks_clean_and_names_the_key() -> None:
    key = SigningKey.generate()
    check = check_record(record_bytes(_record(key=key), FILES))
    assert check.title == "LGS 2026-11-22"
    assert check.problems == ()
    assert check.notes == (f"signerat av Anna Andersson med nyckel {key.fingerprint}",)
    assert check.files == tuple(FILES)


def test_the_written_record_is_sorted_json_with_format_and_version() -> None:
    document = json.loads(record_bytes(_record(), FILES))
    assert document["format"] == RECORD_FORMAT and document["version"] == 1
    assert document["meeting"] == {"id": 7, "group": "LGS", "date": "2026-11-22"}
    assert document["files"] == [{"name": "2026-11-22 LGS.docx", "format": "docx", "sha256": "ab" * 32}]
    assert list(document) == sorted(document)


def test_an_unsigned_record_says_so_and_is_no_problem() -> None:
    check = check_record(record_bytes(_record(), FILES))
    assert check.problems == ()
    assert check.notes == ("osignerat godkännande av Anna Andersson",)


def test_withheld_content_is_a_note_not_a_problem() -> None:
    check = check_record(record_bytes(_record(content=None, withheld="sekretess"), []))
    assert check.problems == ()
    assert check.notes[0] == "innehållet publiceras inte (sekretess); kontrollsumman kan bara räknas om i databasen"


def test_changed_content_no_longer_matches_the_hash() -> None:
    changed = {**CONTENT, "items": [{"title": "Rutinen", "decision": "Antogs inte."}]}
    check = check_record(record_bytes(_record(content=changed), FILES))
    assert check.problems == ("innehållet stämmer inte med kontrollsumman",)


def test_content_that_is_no_object_is_a_mismatch() -> None:
    data = _edited(record_bytes(_record(), FILES), lambda d: d.update(content=["x"]))
    assert check_record(data).problems == ("innehållet stämmer inte med kontrollsumman",)


@pytest.mark.parametrize("change, problem", [
    (lambda r, other: {"public_key": "inte base64!"}, "den publika nyckeln saknas eller är skadad"),
    (lambda r, other: {"public_key": other.public.base64}, "fingeravtrycket hör inte till den publika nyckeln"),
    (lambda r, other: {"public_key": other.public.base64, "fingerprint": other.fingerprint},
     "signaturen stämmer inte med det signerade innehållet och nyckeln"),
    (lambda r, other: {"signature": "kort"}, "signaturen stämmer inte med det signerade innehållet och nyckeln"),
    (lambda r, other: {"content_hash": "0" * 64},
     None),  # the content no longer matches either: checked below
])
def test_a_broken_signature_names_what_broke(change, problem) -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    record = _record(key=key)
    check = check_record(record_bytes(replace(record, **change(record, other)), FILES))
    if problem is None:
        assert check.problems == ("innehållet stämmer inte med kontrollsumman",
                                  "ogiltig signatur (det signerade innehållet gäller andra anteckningar)")
    else:
        assert check.problems == (f"ogiltig signatur ({problem})",)


def test_a_signature_over_another_meeting_is_refused() -> None:
    key = SigningKey.generate()
    payload = approval_payload(content_hash=minutes_hash(CONTENT), meeting_id=8, approver_id=3,
                               approver_name="Anna Andersson", role="ordförande",
                               approved_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    check = check_record(record_bytes(_record(key=key, payload=payload), FILES))
    assert check.problems == ("ogiltig signatur (det signerade innehållet gäller andra anteckningar)",)


def test_a_signed_receipt_is_no_approval() -> None:
    key = SigningKey.generate()
    payload = {"kind": "samverkan-kvitto", "content_hash": minutes_hash(CONTENT), "meeting_id": 7}
    check = check_record(record_bytes(_record(key=key, payload=payload), FILES))
    assert check.problems == ("ogiltig signatur (det signerade är inget godkännande)",)


def test_a_signed_payload_that_is_no_json_is_unreadable() -> None:
    key = SigningKey.generate()
    text = "inte json"
    record = replace(_record(key=key), signed_payload=text,
                     signature=encode_signature(key.sign(text.encode("utf-8"))))
    check = check_record(record_bytes(record, FILES))
    assert check.problems == ("ogiltig signatur (det signerade innehållet kan inte läsas)",)


def test_another_format_is_no_approval_record() -> None:
    data = _edited(record_bytes(_record(), FILES), lambda d: d.update(format="annat"))
    with pytest.raises(ValidationError, match="ingen godkännandepost"):
        check_record(data)
    data = _edited(record_bytes(_record(), FILES), lambda d: d.update(version=2))
    with pytest.raises(ValidationError, match="ingen godkännandepost"):
        check_record(data)


def test_an_unknown_field_makes_the_record_damaged() -> None:
    data = _edited(record_bytes(_record(), FILES), lambda d: d["meeting"].update(extra=1))
    with pytest.raises(ValidationError):
        check_record(data)


def test_sha256_hex() -> None:
    assert sha256_hex(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
