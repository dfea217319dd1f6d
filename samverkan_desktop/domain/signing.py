"""Personal Ed25519 signing keys of chairs and vice chairs, and what an approval signs.

The private key never leaves its owner's data folder and is stored encrypted with their passphrase (PKCS #8,
``BestAvailableEncryption``: AES-256 with a key from PBKDF2, but only 2048 rounds). So that a stolen key file
cannot be guessed at quickly, the passphrase is first stretched with scrypt (2^15 × 8, about 0.3 s and 32 MB a
try here), salted with the key's fingerprint; the PKCS #8 password is that stretched value. The public key is
what the secretary registers on the person; a short fingerprint (the first 16 bytes of the SHA-256 of the raw
public key, in groups of four hex digits) is what two people compare by phone.

An approval signs the RFC 8785 JSON (domain.canonical) of its payload: the content hash, the meeting, the
approver's id, name and role and the time (UTC ISO 8601); a receipt adds its comments, its note and whether it
approves, so none of them can be altered without breaking the signature.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .canonical import canonical_bytes
from .errors import ValidationError
from .messages import msg

APPROVAL_KIND = "samverkan-godkannande"
RECEIPT_KIND = "samverkan-kvitto"
MIN_PASSPHRASE = 12
PUBLIC_KEY_HEADER = "Samverkan Desktop: publik signeringsnyckel"
UNSIGNED = "osignerat godkännande"
_PEM = re.compile(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", re.DOTALL)


def fingerprint(public_raw: bytes) -> str:
    """"3F2A 9C01 77BE …": 16 bytes of SHA-256 of the raw key, eight groups of four hex digits."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def check_passphrase(passphrase: str, repeated: str) -> None:
    if passphrase != repeated:
        raise ValidationError(msg("domain.signing.losenfraserna_ar_lika"), field="passphrase")
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(msg("domain.signing.losenfrasen_maste_ha_minst", min_passphrase=MIN_PASSPHRASE),
                              field="passphrase")
    if len(set(passphrase)) < 6 or passphrase.isdigit():
        raise ValidationError(msg("domain.signing.losenfrasen_ar_for_latt"),
                              field="passphrase")


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    @property
    def base64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    def pem(self) -> str:
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()

    def file_text(self, owner: str) -> str:
        """The small text file the chair sends to the secretary."""
        return (f"{PUBLIC_KEY_HEADER}\nNamn: {owner}\nFingeravtryck: {self.fingerprint}\n\n{self.pem()}")

    def verifies(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


def parse_public_key(text: str) -> PublicKey:
    """A public key file or pasted text: the PEM block, or the 44 base64 characters of the raw key."""
    if len(text) > 10_000:
        raise ValidationError(msg("domain.signing.texten_ar_for_lang"), field="public_key")
    found = _PEM.search(text)
    try:
        if found:
            key = serialization.load_pem_public_key(found.group(0).encode("ascii"))
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError("not Ed25519")
            return PublicKey(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
        raw = base64.b64decode("".join(text.split()), validate=True)
    except (ValueError, TypeError, UnicodeEncodeError, binascii.Error):
        raise ValidationError(msg("domain.signing.texten_ar_ingen_publik"),
                              field="public_key") from None
    if len(raw) != 32:
        raise ValidationError(msg("domain.signing.texten_ar_ingen_publik"), field="public_key")
    return PublicKey(raw)


class SigningKey:
    """A private key opened with its passphrase, for the moment of signing."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = PublicKey(private.public_key().public_bytes(serialization.Encoding.Raw,
                                                                  serialization.PublicFormat.Raw))

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def encrypted_pem(self, passphrase: str) -> bytes:
        return self._private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.BestAvailableEncryption(
                                               _stretched(passphrase, self.fingerprint)))

    @classmethod
    def open(cls, pem: bytes, passphrase: str, expected_fingerprint: str) -> SigningKey:
        try:
            key = serialization.load_pem_private_key(pem, _stretched(passphrase, expected_fingerprint))
        except (ValueError, TypeError):
            raise ValidationError(msg("domain.signing.fel_losenfras_sa_ar"), field="passphrase") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ValidationError(msg("domain.signing.nyckelfilen_ar_ingen_signeringsnyckel"))
        opened = cls(key)
        if opened.fingerprint != expected_fingerprint:
            raise ValidationError(msg("domain.signing.nyckelfilen_hor_ihop_sin"))
        return opened


def _stretched(passphrase: str, key_fingerprint: str) -> bytes:
    salt = f"samverkan-signeringsnyckel {key_fingerprint}".encode()
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024,
                            dklen=32)
    return base64.b64encode(digest)


def utc_iso(moment: datetime) -> str:
    """The signed form of a time: UTC, whole seconds (what every database keeps exactly)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def approval_payload(*, content_hash: str, meeting_id: int, approver_id: int, approver_name: str, role: str,
                     approved_at: datetime) -> dict[str, Any]:
    return {"kind": APPROVAL_KIND, "content_hash": content_hash, "meeting_id": meeting_id,
            "approver_id": approver_id, "approver_name": approver_name, "role": role,
            "approved_at": utc_iso(approved_at)}


def signed_bytes(payload: dict[str, Any]) -> bytes:
    return canonical_bytes(payload)


def encode_signature(signature: bytes) -> str:
    return base64.b64encode(signature).decode("ascii")


def decode_signature(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None
    return raw if len(raw) == 64 else None
