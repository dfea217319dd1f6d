"""JSON from outside (review files, receipts, publication records) read with limits and strict types.

The size is checked before anything is decoded and the nesting depth before ``json`` parses (a scan of the
brackets outside strings), so a hostile file can neither exhaust memory nor raise RecursionError. Duplicate
keys, NaN/Infinity and decimal numbers are refused; fields are read with exact types (a JSON ``"false"`` is
not a boolean, ``true`` is not an integer). Every problem is a ValidationError with the caller's Swedish text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, overload

from .errors import ValidationError
from .messages import msg

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 24
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


class RefusedError(ValueError):
    """Raised inside the parser hooks; turned into the caller's ValidationError."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise RefusedError("duplicate key")
    return result


def _no_constant(name: str) -> Any:
    raise RefusedError(name)


def _no_float(text: str) -> Any:
    raise RefusedError(text)


def nesting_depth(text: str) -> int:
    depth = deepest = 0
    for bracket in _BRACKETS.finditer(_STRINGS.sub('""', text)):
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def load_limited(data: bytes, damaged: str, *, what: str | None = None, max_bytes: int = MAX_BYTES,
                 max_depth: int = MAX_DEPTH) -> Any:
    what = what or msg("domain.strict_json.the_file")
    if len(data) > max_bytes:
        raise ValidationError(msg("domain.strict_json.ar_for_stor_hogst", what=what, value=max_bytes // (1024 * 1024)),
                              field="file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(damaged, field="file") from None
    if nesting_depth(text) > max_depth:
        raise ValidationError(msg("domain.strict_json.ar_for_djupt_nastlad", what=what), field="file")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                          parse_float=_no_float)
    except (ValueError, RecursionError):  # JSONDecodeError, RefusedError, too many digits in an integer
        raise ValidationError(damaged, field="file") from None


class Fields:
    """Typed reading of one JSON object with exactly the expected keys; any deviation raises ``error``."""

    def __init__(self, value: Any, keys: set[str] | frozenset[str], error: str) -> None:
        self.error = error
        if not isinstance(value, dict) or set(value) != set(keys):
            raise ValidationError(error, field="file")
        self.value: Mapping[str, Any] = value

    def fail(self) -> ValidationError:
        return ValidationError(self.error, field="file")

    @overload
    def integer(self, key: str, *, optional: Literal[False] = False) -> int: ...
    @overload
    def integer(self, key: str, *, optional: bool) -> int | None: ...

    def integer(self, key: str, *, optional: bool = False) -> int | None:
        value = self.value[key]
        if value is None and optional:
            return None
        if type(value) is not int or not -(2**63) <= value < 2**63:
            raise self.fail()
        return value

    @overload
    def text(self, key: str, *, optional: Literal[False] = False, limit: int = 100_000) -> str: ...
    @overload
    def text(self, key: str, *, optional: bool, limit: int = 100_000) -> str | None: ...

    def text(self, key: str, *, optional: bool = False, limit: int = 100_000) -> str | None:
        value = self.value[key]
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > limit:
            raise self.fail()
        return value

    @overload
    def boolean(self, key: str, *, optional: Literal[False] = False) -> bool: ...
    @overload
    def boolean(self, key: str, *, optional: bool) -> bool | None: ...

    def boolean(self, key: str, *, optional: bool = False) -> bool | None:
        value = self.value[key]
        if value is None and optional:
            return None
        if type(value) is not bool:
            raise self.fail()
        return value

    def items(self, key: str, read: Callable[[Any], Any], *, limit: int = 10_000) -> tuple:
        value = self.value[key]
        if not isinstance(value, list) or len(value) > limit:
            raise self.fail()
        return tuple(read(v) for v in value)

    def raw(self, key: str) -> Any:
        return self.value[key]
