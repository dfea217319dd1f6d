"""The review file and the signed receipt (services.review). Receipts: only a valid signature of the key
registered on the chair or vice chair in office on the meeting day, over exactly the current minutes, is
accepted; forged, altered and malformed receipts are refused with a Swedish message and leave nothing behind."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from meeting_fixtures import meeting

from samverkan_desktop.domain.enums import MinutesStatus, Role
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.review_file import Approver, ItemComment, Receipt, dump_receipt, load_receipt
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.services import approval, memberships, review, signing, verification
from samverkan_desktop.services.dto import MembershipData

AT = "2026-09-20T08:00:00+00:00"


@pytest.fixture
def chair(uow, held):
    key = SigningKey.generate()
    signing.register_key(uow, held.people["Anna Andersson"], key.public.pem())
    return key


COMMENTS = (ItemComment(1, 1, "Läget i kommunerna", "Bra skrivet."),)


def receipt_for(uow, held, key: SigningKey, *, person="Anna Andersson", role="ordforande", approved=True,
                comments=COMMENTS) -> Receipt:
    state = approval.minutes_state(uow, held.meeting)
    approver = Approver(held.people[person], person, role)
    return Receipt(held.meeting, "NOSAM Falkenberg", "2026-09-15", state.current_hash, approver, approved,
                   comments, "Godkänt", AT).signed_by(key)


def refused(uow, held, receipt: Receipt, match: str) -> None:
    before = approval.minutes_state(uow, held.meeting)
    with pytest.raises(ValidationError, match=match):
        review.import_receipt(uow, load_receipt(dump_receipt(receipt)))
    after = approval.minutes_state(uow, held.meeting)
    assert after.status is before.status and after.approvals == before.approvals
    assert review.comments(uow, held.meeting) == {}


def test_a_signed_receipt_approves_and_verify_names_the_signer(uow, held, chair) -> None:
    result = review.import_receipt(uow, load_receipt(dump_receipt(receipt_for(uow, held, chair))))
    assert result.approved and chair.fingerprint in result.message
    state = approval.minutes_state(uow, held.meeting)
    assert state.status is MinutesStatus.APPROVED and state.valid_approval.fingerprint == chair.fingerprint
    (check,) = verification.verify_signatures(uow)
    assert check.problem is None and check.fingerprint == chair.fingerprint
    assert verification.verify_all(uow) == []


def test_an_unsigned_receipt_is_refused(uow, held, chair) -> None:
    unsigned = dataclasses.replace(receipt_for(uow, held, chair), fingerprint="", signature="")
    refused(uow, held, unsigned, "inte signerat")


def test_an_unknown_key_is_refused(uow, held, chair) -> None:
    refused(uow, held, receipt_for(uow, held, SigningKey.generate()), "inte är registrerad på Anna Andersson")


def test_a_signer_who_is_not_chair_or_vice_chair_that_day_is_refused(uow, held, chair) -> None:
    bertil = SigningKey.generate()
    signing.register_key(uow, held.people["Bertil Berg"], bertil.public.pem())
    refused(uow, held, receipt_for(uow, held, bertil, person="Bertil Berg"), "var inte ordförande")
    # Anna's id with Bertil's key (the old forgery: the chair's id and another person's name) fails too.
    forged = dataclasses.replace(receipt_for(uow, held, bertil), approver=Approver(
        held.people["Anna Andersson"], "Bertil Berg", "ordforande")).signed_by(bertil)
    refused(uow, held, forged, "inte är registrerad på Bertil Berg")


def test_a_vice_chair_whose_term_ended_before_the_meeting_is_refused(uow, held) -> None:
    hans = SigningKey.generate()
    signing.register_key(uow, held.people["Hans Ek"], hans.public.pem())
    memberships.save_membership(uow, MembershipData(held.people["Hans Ek"], held.world.nosam, Role.VICE_CHAIR,
                                                    None, date(2024, 1, 1), date(2026, 9, 1)))
    refused(uow, held, receipt_for(uow, held, hans, person="Hans Ek", role="vice_ordforande"),
            "var inte ordförande")


def test_the_wrong_role_is_refused(uow, held, chair) -> None:
    refused(uow, held, receipt_for(uow, held, chair, role="vice_ordforande"), "var inte ordförande")


def test_altered_comments_break_the_signature(uow, held, chair) -> None:
    real = receipt_for(uow, held, chair, approved=False)
    altered = dataclasses.replace(real, comments=(ItemComment(1, 1, "Läget i kommunerna", "Stryk § 2."),))
    refused(uow, held, altered, "signatur stämmer inte")


@pytest.mark.parametrize("field, value", [("approved", False), ("note", "Godkänt utan ändringar"),
                                          ("content_hash", "0" * 64), ("at", "2026-09-21T08:00:00+00:00")])
def test_any_altered_signed_field_is_refused(uow, held, chair, field, value) -> None:
    altered = dataclasses.replace(receipt_for(uow, held, chair), **{field: value})
    refused(uow, held, altered, "signatur stämmer inte|har ändrats sedan")


def test_a_receipt_signed_with_a_replaced_key_is_refused(uow, held, chair) -> None:
    signing.register_key(uow, held.people["Anna Andersson"], SigningKey.generate().public.pem())
    refused(uow, held, receipt_for(uow, held, chair), "har ersatts")


def test_a_time_not_in_signed_utc_form_is_refused(uow, held, chair) -> None:
    local = dataclasses.replace(receipt_for(uow, held, chair), at="2026-09-20T10:00:00+02:00").signed_by(chair)
    refused(uow, held, local, "skadat eller ändrat")


def test_comments_carry_the_registers_name(uow, held, chair) -> None:
    named = dataclasses.replace(receipt_for(uow, held, chair, approved=False), approver=Approver(
        held.people["Anna Andersson"], "Någon Annan", "ordforande")).signed_by(chair)
    review.import_receipt(uow, named)
    (found,) = review.comments(uow, held.meeting).values()
    assert found[0].author == "Anna Andersson"


# -- the file itself ---------------------------------------------------------------------------
def _document(uow, held, chair) -> dict:
    return json.loads(dump_receipt(receipt_for(uow, held, chair)))


def test_a_string_boolean_is_refused(uow, held, chair) -> None:
    document = _document(uow, held, chair)
    document["payload"]["approved"] = "false"
    with pytest.raises(ValidationError, match="Kvittot är skadat"):
        load_receipt(json.dumps(document).encode())


@pytest.mark.parametrize("change", [
    lambda d: d["payload"].update(meeting_id=True),
    lambda d: d["payload"].update(meeting_id="1"),
    lambda d: d["payload"].update(comments={"0": 1}),
    lambda d: d["payload"]["comments"][0].update(position=1.0),
    lambda d: d["payload"].update(extra=1),
    lambda d: d["signature"].update(value=5),
    lambda d: d.update(version="2"),
    lambda d: d.pop("signature"),
])
def test_wrong_types_and_unknown_fields_are_refused(uow, held, chair, change) -> None:
    document = _document(uow, held, chair)
    change(document)
    with pytest.raises(ValidationError, match=r"Kvittot|kvitto"):
        load_receipt(json.dumps(document).encode())


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deep_nesting_is_refused_without_recursion_error(uow, held, chair, depth) -> None:
    document = _document(uow, held, chair)
    text = json.dumps(document, ensure_ascii=False).replace('"note": "Godkänt"', '"note": ' + "[" * depth + "]" * depth)
    with pytest.raises(ValidationError, match="för djupt nästlad"):
        load_receipt(text.encode())


def test_nesting_inside_strings_does_not_count(uow, held, chair) -> None:
    receipt = dataclasses.replace(receipt_for(uow, held, chair), note="[" * 1000 + '\\"{').signed_by(chair)
    assert load_receipt(dump_receipt(receipt)) == receipt


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"[]", b"null", b'{"format": "x"}', b"{" * 10,
                                  b'{"a": 1, "a": 2}', b'{"x": NaN}', b"1" * 5000])
def test_malformed_files_are_refused(data) -> None:
    with pytest.raises(ValidationError):
        load_receipt(data)


def test_an_oversized_file_is_refused_before_parsing() -> None:
    with pytest.raises(ValidationError, match="för stor"):
        load_receipt(b" " * (5 * 1024 * 1024 + 1))


def test_the_review_file_holds_the_current_minutes_their_hash_and_who_may_approve(uow, held, audit_trail) -> None:
    state = approval.minutes_state(uow, held.meeting)
    file = review.build_review(uow, held.meeting)
    assert (file.meeting_id, file.group_name, file.meeting_on) == (held.meeting, "NOSAM Falkenberg", "2026-09-15")
    assert file.content_hash == state.current_hash
    assert [(a.name, a.role) for a in file.approvers] == [("Anna Andersson", "ordforande")]
    assert audit_trail("granskningsfil")[-1][2] == "skapad"


def test_a_review_file_only_of_a_held_meeting_with_a_chair(uow, meeting_world, held) -> None:
    planned = meeting(uow, meeting_world.nosam, date(2026, 11, 3)).id
    with pytest.raises(ValidationError, match="genomfört"):
        review.build_review(uow, planned)
    chair_membership = next(m for m in memberships.list_memberships(uow, meeting_world.nosam) if m.role is Role.CHAIR)
    memberships.end_membership(uow, chair_membership.id, date(2026, 9, 1))
    with pytest.raises(ValidationError, match="ordförande"):
        review.build_review(uow, held.meeting)
