"""Keys, fingerprints, the one canonical JSON (RFC 8785, equal to the earlier form for minutes content), and the
strict reading of review files."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.domain.canonical import canonical_bytes
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.review_file import Approver, ReviewFile, dump_review, load_review
from samverkan_desktop.domain.signing import SigningKey, check_passphrase, fingerprint, parse_public_key
from samverkan_desktop.domain.strict_json import nesting_depth

leaf = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(
    st.characters(exclude_categories=("Cs",)))
json_values = st.recursive(leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=8), inner, max_size=4), max_leaves=20)


@given(json_values)
def test_rfc8785_equals_the_earlier_canonical_form_for_what_minutes_hold(value) -> None:
    """Why approvals made before RFC 8785 still verify (domain.canonical): no floats, ASCII keys."""
    earlier = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert canonical_bytes(value) == earlier


def test_floats_cannot_be_canonical() -> None:
    with pytest.raises(ValidationError):
        canonical_bytes({"a": 1.5})


def test_fingerprint_is_eight_groups_of_four() -> None:
    key = SigningKey.generate()
    parts = key.fingerprint.split(" ")
    assert len(parts) == 8 and all(len(p) == 4 for p in parts)
    assert fingerprint(key.public.raw) == key.fingerprint


def test_a_public_key_reads_from_its_file_pem_or_base64() -> None:
    key = SigningKey.generate()
    for text in (key.public.file_text("Anna"), key.public.pem(), key.public.base64, f"  {key.public.base64}\n"):
        assert parse_public_key(text) == key.public
    for bad in ("", "hej", "A" * 20_000, key.public.base64[:-4],
                "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----"):
        with pytest.raises(ValidationError):
            parse_public_key(bad)


@pytest.mark.parametrize("passphrase, repeated, message", [
    ("kort", "kort", "minst 12"), ("aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa", "lätt att gissa"),
    ("123456789012345", "123456789012345", "lätt att gissa"), ("en lång fras här", "en lång fras", "inte lika")])
def test_weak_or_mistyped_passphrases_are_refused(passphrase, repeated, message) -> None:
    with pytest.raises(ValidationError, match=message):
        check_passphrase(passphrase, repeated)


def test_nesting_depth_ignores_brackets_in_strings() -> None:
    assert nesting_depth('{"a": "[[[[{{{", "b": [[1]]}') == 3
    assert nesting_depth('["\\"[[["]') == 1


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
