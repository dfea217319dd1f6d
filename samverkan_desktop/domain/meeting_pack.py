"""What goes into the meeting pack (möteshandlingar): the notice, then every agenda item's attachments in agenda
order. The services fill it (each attachment's content checked against its SHA-256), ``export.meeting_pack``
assembles the one PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

from .calendar import STOCKHOLM
from .documents import NoticeDocument

#: Attachments converted to PDF by LibreOffice (or Word); PDFs are taken as they are, images placed on a page.
CONVERTIBLE = frozenset({".docx", ".doc", ".dotx", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".pptx", ".ppt",
                         ".odp", ".txt"})
IMAGES = frozenset({".png", ".jpg", ".jpeg"})
PDF = ".pdf"
CONFIDENTIAL_NOTE = "Handlingarna är konfidentiella och ingår inte i möteshandlingarna."


def kind_of(file_name: str) -> str | None:
    """"pdf", "image", "office", or None for a file the pack cannot show."""
    suffix = PurePath(file_name).suffix.lower()
    if suffix == PDF:
        return "pdf"
    if suffix in IMAGES:
        return "image"
    if suffix in CONVERTIBLE:
        return "office"
    return None


@dataclass(frozen=True)
class PackFile:
    file_name: str
    content: bytes = field(repr=False)

    @property
    def kind(self) -> str | None:
        return kind_of(self.file_name)


@dataclass(frozen=True)
class PackSection:
    """One agenda item: its attachments (none for a confidential item, whose note says why)."""

    paragraph: int | None
    title: str
    files: tuple[PackFile, ...] = ()
    confidential: bool = False

    @property
    def label(self) -> str:
        return f"§ {self.paragraph} {self.title}" if self.paragraph else self.title


@dataclass(frozen=True)
class MeetingPack:
    group_name: str
    starts_at: datetime
    notice: NoticeDocument
    sections: tuple[PackSection, ...] = ()

    @property
    def title(self) -> str:
        return f"Möteshandlingar {self.group_name} {self.starts_at.astimezone(STOCKHOLM):%Y-%m-%d}"  # the day there
