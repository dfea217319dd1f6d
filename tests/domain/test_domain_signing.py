"""Personal signing keys (domain.signing): fingerprints, public keys read in every form a person pastes them,
passphrases strong enough and typed twice alike. (The canonical JSON: test_canonical.py; review files and receipts:
test_review_file.py.)"""

from __future__ import annotations

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.signing import SigningKey, check_passphrase, fingerprint, parse_public_key


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
