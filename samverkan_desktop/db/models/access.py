"""Who may do what on a shared PostgreSQL database: logins linked to persons, and their roles per group.

The database itself enforces these (db/roles.py: grants and row-level security); services/access.py checks the
same rules first to give a clear message. On SQLite the tables stay empty and nothing is checked."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.enums import GRANT_ROLES
from .base import Base

__all__ = ["GRANT_ROLES", "AppLogin", "GroupGrant"]


class AppLogin(Base):
    """A PostgreSQL login (``session_user``) and the person in the register it belongs to."""

    __tablename__ = "app_login"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


class GroupGrant(Base):
    """A login's role in a group; ``with_subgroups``: in every group below it as well."""

    __tablename__ = "group_grant"
    __table_args__ = (UniqueConstraint("login", "group_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(ForeignKey("app_login.login", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("coordination_group.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    with_subgroups: Mapped[bool] = mapped_column(Boolean, default=False)
