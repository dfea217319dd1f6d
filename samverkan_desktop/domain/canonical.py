"""The one canonical JSON of the program: RFC 8785 (JSON Canonicalization Scheme) through ``rfc8785``.

The minutes' content hash, the review file's checksum and every signed payload (approvals in the app, receipts,
publication records) are taken over these bytes.

Why the content hashes of approvals made before RFC 8785 still verify: the content of minutes holds only
objects with ASCII keys, strings, integers, booleans and null; no floats. For such values RFC 8785 and the
earlier form (``json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":"))``) give the same bytes:
both sort ASCII keys the same way, write integers the same way, and escape exactly the control characters,
the quote and the backslash (lower-case ``\\u00xx``). So no canonicalisation version is stored on approvals;
tests/domain/test_minutes_hash.py keeps the reference hashes of the earlier form and checks the equality.
Floats are refused here: none belongs in what is hashed or signed, and their text form is where the two differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import rfc8785

from .errors import ValidationError


def _check(value: Any) -> None:
    if isinstance(value, float):
        raise ValidationError("Innehållet kan inte skrivas på kanonisk form (decimaltal).")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError("Innehållet kan inte skrivas på kanonisk form (nyckel som inte är text).")
            _check(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check(item)


def canonical_bytes(value: Any) -> bytes:
    """RFC 8785 bytes of ``value`` (UTF-8). Raises ValidationError for what cannot be canonical."""
    _check(value)
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, rfc8785.IntegerDomainError, rfc8785.FloatDomainError,
            UnicodeEncodeError, TypeError, ValueError) as error:
        raise ValidationError("Innehållet kan inte skrivas på kanonisk form.") from error


def canonical_text(value: Any) -> str:
    return canonical_bytes(value).decode("utf-8")
