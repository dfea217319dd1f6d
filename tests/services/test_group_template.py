"""set_group_template checks what it is given itself, whoever calls it: a refused template leaves the database
(and every file beside it) byte-identical, and the template stored before stays."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from template_samples import DEFAULT_TEMPLATE, rebuilt, zip_bomb

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services import publication


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def without_styles(name: str, data: bytes) -> bytes:
    return data.replace(b'w:val="heading 2"', b'w:val="egen rubrik"') if name == "word/styles.xml" else data


REFUSED = {
    "a PDF": (b"%PDF-1.7\n" + bytes(200), "inte ett Word-dokument"),
    "twelve 60 MB parts": (None, "för stor"),
    "too many parts": (lambda: rebuilt({f"customXml/extra{i}.xml": b"<x/>" for i in range(500)}), "delar"),
    "macros": (lambda: rebuilt(change=lambda name, data: data.replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")), "makron"),
    "no Heading 2": (lambda: rebuilt(change=without_styles), "Rubrik 2"),
    "a DOCTYPE": (lambda: rebuilt({"customXml/item9.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><x/>'}), "DOCTYPE"),
}


@pytest.mark.parametrize("kind", list(REFUSED))
def test_the_service_refuses_what_is_not_a_usable_template(uow, meeting_world, db_path, audit_trail, kind) -> None:
    group = meeting_world.nosam
    publication.set_group_template(uow, group, "egen.docx", DEFAULT_TEMPLATE.read_bytes())
    make, words = REFUSED[kind]
    content = zip_bomb() if make is None else make() if callable(make) else make
    trail = audit_trail()
    before = files(db_path.parent)  # the database, its -wal and -shm (read after every read of the database)
    with pytest.raises(ValidationError, match=words):
        publication.set_group_template(uow, group, "mall.docx", content)
    assert files(db_path.parent) == before
    assert audit_trail() == trail
    stored = publication.group_template(uow, group)
    assert stored.file_name == "egen.docx" and stored.content == DEFAULT_TEMPLATE.read_bytes()


def test_a_dotx_is_stored_as_it_is(uow, meeting_world) -> None:
    dotx = rebuilt(change=lambda name, data: data.replace(b"document.main+xml", b"template.main+xml")
                   if name == "[Content_Types].xml" else data)
    publication.set_group_template(uow, meeting_world.nosam, "mall.dotx", dotx)
    assert publication.group_template(uow, meeting_world.nosam).content == dotx
