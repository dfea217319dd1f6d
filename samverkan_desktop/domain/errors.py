"""Errors that carry a message for a person (Swedish), and optionally the field it concerns."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the user is meant to read."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input that breaks a rule; nothing has been saved."""


class NotFoundError(DomainError):
    """The thing asked for does not exist (any more)."""


class ConflictError(DomainError):
    """The change clashes with data already stored (a second chair, a duplicate name)."""


class StorageError(DomainError):
    """The database cannot be opened, read or written."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""
