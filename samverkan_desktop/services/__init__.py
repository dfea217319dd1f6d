"""Use cases. Each function takes the unit of work, does one user action in one transaction,
and returns frozen DTOs or raises a DomainError with a message for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..db.uow import UnitOfWork

__all__ = ["UnitOfWork"]


def __getattr__(name: str) -> Any:
    """``UnitOfWork`` (and so SQLAlchemy) loaded when a service module asks for it, not by ``services.dto`` or
    ``services.quick_tree``: the start shows the group tree before SQLAlchemy is imported (app.py)."""
    if name == "UnitOfWork":
        from ..db.uow import UnitOfWork

        return UnitOfWork
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
