"""Use cases. Each function takes the unit of work, does one user action in one transaction,
and returns frozen DTOs or raises a DomainError with a message for a person."""

from ..db.uow import UnitOfWork

__all__ = ["UnitOfWork"]
