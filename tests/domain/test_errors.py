"""Errors a person reads: the message is the text shown, the field says which input it concerns, and the kinds the
GUI and CLI tell apart stay apart."""

from __future__ import annotations

import pytest

from samverkan_desktop.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    SchemaTooNewError,
    StorageError,
    ValidationError,
)


@pytest.mark.parametrize("kind", [ValidationError, NotFoundError, ConflictError, StorageError, SchemaTooNewError])
def test_every_kind_is_a_domain_error_with_its_message_and_field(kind):
    error = kind("Namnet saknas.", field="name")
    assert isinstance(error, DomainError)
    assert (error.message, str(error), error.field) == ("Namnet saknas.", "Namnet saknas.", "name")
    assert kind("Något").field is None


def test_a_too_new_database_is_a_storage_error_and_the_others_are_apart():
    assert issubclass(SchemaTooNewError, StorageError)
    kinds = (ValidationError, NotFoundError, ConflictError, StorageError)
    assert not any(issubclass(a, b) for a in kinds for b in kinds if a is not b)


def test_the_field_can_only_be_given_by_name():
    with pytest.raises(TypeError):
        ValidationError("Namnet saknas.", "name")  # type: ignore[misc]
