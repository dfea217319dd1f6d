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

That equality is also the fast path: ``rfc8785`` is pure Python and was most of the time of a hash (opening a
meeting, ``verify`` at region scale). Values whose keys are all ASCII and whose integers lie in RFC 8785's range
(what ``_check`` sees anyway) are written by the C ``json`` encoder in the form above; anything else goes through
``rfc8785``. tests/domain/test_canonical_fast.py checks the two give the same bytes for arbitrary such values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import rfc8785

from .errors import ValidationError
from .messages import msg

#: RFC 8785 writes integers as I-JSON numbers: beyond this magnitude rfc8785 refuses them, json would not.
_SAFE_INTEGER = 2**53 - 1
_PLAIN = (str, bool, type(None))
_EXACT = frozenset({str, bool, type(None)})


def _check(value: Any) -> bool:
    """Raise for what can never be canonical; True when the fast path writes ``value`` exactly as RFC 8785."""
    if type(value) in _EXACT or isinstance(value, _PLAIN):
        return True
    if isinstance(value, float):
        raise ValidationError(msg("domain.canonical.innehallet_skrivas_pa_kanonisk"))
    if isinstance(value, int):
        return type(value) is int and -_SAFE_INTEGER <= value <= _SAFE_INTEGER
    fast = True
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(msg("domain.canonical.innehallet_skrivas_pa_kanonisk_3"))
            fast = _check(item) and fast and key.isascii()
    elif isinstance(value, list | tuple):
        for item in value:
            fast = _check(item) and fast
    else:
        fast = False  # something rfc8785 decides about (and most likely refuses)
    return fast


def canonical_bytes(value: Any) -> bytes:
    """RFC 8785 bytes of ``value`` (UTF-8). Raises ValidationError for what cannot be canonical."""
    fast = _check(value)
    try:
        if fast:
            return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, rfc8785.IntegerDomainError, rfc8785.FloatDomainError,
            UnicodeEncodeError, TypeError, ValueError) as error:
        raise ValidationError(msg("domain.canonical.innehallet_skrivas_pa_kanonisk_2")) from error


def canonical_text(value: Any) -> str:
    return canonical_bytes(value).decode("utf-8")
