"""The review file and the receipt as files: written and read back exactly, read with exact types and limits, and
refused in Swedish when damaged, changed, foreign or of another version. (Whether a receipt is accepted:
tests/services/test_review.py.)"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.review_file import (
    Approver,
    ItemComment,
    Receipt,
    ReviewFile,
    _checksum,
    dump_receipt,
    dump_review,
    load_receipt,
    load_review,
)
from samverkan_desktop.domain.signing import SigningKey

leaf = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(
    st.characters(exclude_categories=("Cs",)))


def _review(content: dict) -> bytes:
    from samverkan_desktop.domain.minutes_hash import minutes_hash

    return dump_review(ReviewFile(1, "NOSAM", "2026-09-15", content, minutes_hash(content),
                                  (Approver(1, "Anna", "ordforande"),), "2026-09-10T08:00:00+00:00"))


CONTENT = {"meeting": {"group_id": 1, "group": "NOSAM", "starts": "2026-09-15T11:00:00+00:00",
                       "ends": "2026-09-15T13:00:00+00:00", "place": None, "online": None, "kind": "ordinarie",
                       "status": "genomfort"},
           "attendance": [],
           "items": [{"position": 1, "paragraph": 1, "title": "Läget", "kind": "information", "presenter": None,
                      "confidential": False, "notes": None, "decision": None, "outcome": None, "reason": None,
                      "target_group_id": None, "target_group": None, "actions": []}]}


def test_a_review_file_round_trips() -> None:
    assert load_review(_review(CONTENT)).content == CONTENT


@pytest.mark.parametrize("change", [
    lambda c: c["items"][0].update(title=["x"]),
    lambda c: c["items"][0].update(outcome="påhittat"),
    lambda c: c["items"][0].update(position="1"),
    lambda c: c["meeting"].update(starts="i morgon"),
    lambda c: c.update(extra=1),
    lambda c: c["items"][0].pop("actions"),
])
def test_review_content_of_the_wrong_shape_is_refused_even_with_a_good_checksum(change) -> None:
    content = json.loads(json.dumps(CONTENT))
    change(content)
    with pytest.raises(ValidationError, match="Granskningsfilen är skadad"):
        load_review(_review(content))


json_documents = st.recursive(
    leaf | st.floats(allow_nan=True), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["format", "version", "payload", "signature", "checksum", "key", "value", "approved",
                         "comments", "meeting_id", "x"]), inner, max_size=5), max_leaves=15)


@given(st.binary(max_size=300) | json_documents.map(lambda v: json.dumps(v).encode()))
def test_anything_given_as_a_receipt_or_review_file_is_read_or_refused_in_words(data) -> None:
    from samverkan_desktop.domain.review_file import load_receipt

    for load in (load_receipt, load_review):
        try:
            load(data)
        except ValidationError as error:
            assert error.message


def _document(content: dict = CONTENT) -> dict:
    return json.loads(_review(content))


@pytest.mark.parametrize(("change", "recompute", "said"), [
    (lambda d: d["payload"].update(group_name="LGS"), False, "Granskningsfilen är skadad"),  # checksum broken
    (lambda d: d.update(format="samverkan-kvitto"), False, "ingen granskningsfil"),
    (lambda d: d.update(version=1), False, "annan version"),
    (lambda d: d.update(version="2"), False, "annan version"),
    (lambda d: d.update(extra=1), False, "Granskningsfilen är skadad"),
    # a careful editor recomputes the checksum: what the payload says must still hold
    (lambda d: d["payload"].update(approvers=[]), True, "Granskningsfilen är skadad"),
    (lambda d: d["payload"].update(content_hash="0" * 64), True, "Granskningsfilen är skadad"),
])
def test_a_changed_review_file_is_refused_in_words(change, recompute, said) -> None:
    document = _document()
    change(document)
    if recompute:
        document["checksum"] = _checksum(document["payload"])
    with pytest.raises(ValidationError, match=said) as caught:
        load_review(json.dumps(document).encode())
    assert caught.value.field == "file"


def test_a_signed_receipt_round_trips_and_its_signature_covers_what_it_says() -> None:
    key = SigningKey.generate()
    receipt = Receipt(1, "NOSAM", "2026-09-15", "a" * 64, Approver(1, "Anna", "ordforande"), True,
                      (ItemComment(1, 1, "Läget", "Bra."),), "Godkänt", "2026-09-20T08:00:00+00:00").signed_by(key)
    read = load_receipt(dump_receipt(receipt))
    assert read == receipt and read.fingerprint == key.fingerprint
    assert key.public.verifies(read.signed_message(), read.signature_bytes)
    changed = Receipt(**{**read.__dict__, "note": "Godkänt med ändring"})
    assert not key.public.verifies(changed.signed_message(), changed.signature_bytes)
    assert Receipt(**{**read.__dict__, "signature": ""}).signature_bytes is None


def test_a_review_file_given_as_a_receipt_is_foreign() -> None:
    with pytest.raises(ValidationError, match="inget kvitto"):
        load_receipt(_review(CONTENT))
