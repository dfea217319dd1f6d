"""The meeting pack (möteshandlingar) as one PDF: the notice, a table of contents with page numbers, then every
agenda item's attachments in agenda order, with a bookmark per §.

PDF attachments are taken as they are; Word, Excel, PowerPoint and OpenDocument files are converted (through
``convert_batch.convert_many``, together with the notice); PNG and JPEG images are placed each on an A4 page. A
file the pack cannot show (a .zip, say) is named in the table of contents as sent separately. The table of
contents is a small Word document in the group's template, converted like the notice, so it has the notice's
fonts and Swedish characters; its page numbers count its own pages (converted again if it grew a page).

The parts keep their text and fonts; the merged file has bookmarks, title, language sv-SE, XMP metadata, and the
structure trees of its tagged parts joined under one Document element (``pdf_structure``), image pages as
Figures with the file name as alternative text. An untagged attachment stays untagged inside it.
"""

from __future__ import annotations

import io
import tempfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePath

import pikepdf
from PIL import Image, ImageOps, UnidentifiedImageError

from ..domain.errors import StorageError
from ..domain.meeting_pack import CONFIDENTIAL_NOTE, MeetingPack, PackFile
from ..domain.messages import msg
from . import docx_base as base
from .files import write_atomically
from .notice_docx import write_notice
from .pdf_structure import merge_structure

Converter = Callable[[Sequence[Path], Path], list[Path]]
Step = Callable[[str], object]  # told what comes next; what it answers is not used

A4 = (595.276, 841.89)  # points
_MARGIN = 36.0
_ORIENTATION = 0x0112  # the EXIF tag
NOT_SAVED = "inga möteshandlingar har sparats"


@dataclass
class _Part:
    """One file of one item, and where it starts in the pack (0-based; None when it adds no page)."""

    section: int
    file: PackFile
    pdf: pikepdf.Pdf | None = None
    note: str | None = None
    first_page: int | None = None


@dataclass
class _Layout:
    notice_pages: int
    toc_pages: int
    parts: list[_Part] = field(default_factory=list)


def write_meeting_pack(pack: MeetingPack, target: Path, convert: Converter, *, template: bytes | None = None,
                       template_name: str | None = None, step: Step | None = None) -> Path:
    """Write the pack to ``target`` atomically; a damaged or unreadable attachment stops it (``StorageError``)."""
    say = step or (lambda _text: None)
    with tempfile.TemporaryDirectory(prefix="samverkan-pack-", ignore_cleanup_errors=True) as work:
        work_dir = Path(work)
        say("Kallelsen och bilagorna görs om till PDF")
        notice_docx = write_notice(pack.notice, work_dir / "00-kallelse.docx", template, template_name=template_name)
        parts = [_Part(index, file) for index, section in enumerate(pack.sections) for file in section.files]
        office = [(part, work_dir / f"{number:02d}-bilaga{PurePath(part.file.file_name).suffix.lower()}")
                  for number, part in enumerate(parts, start=1) if part.file.kind == "office"]
        for part, path in office:
            path.write_bytes(part.file.content)
        converted = convert([notice_docx, *(path for _part, path in office)], work_dir / "pdf")
        notice = _open_pdf(converted[0].read_bytes(), "Kallelsen")
        for (part, _path), pdf_path in zip(office, converted[1:], strict=True):
            part.pdf = _open_pdf(pdf_path.read_bytes(), _what(pack, part))
        for part in parts:
            if part.file.kind == "pdf":
                part.pdf = _open_pdf(part.file.content, _what(pack, part))
            elif part.file.kind == "image":
                part.pdf = _image_page(part.file.content, _what(pack, part))
            elif part.file.kind is None:
                part.note = (f"{part.file.file_name}: filtypen kan inte visas i möteshandlingarna; "
                             "filen skickas separat.")
        say("Innehållsförteckningen skrivs")
        layout, toc = _table_of_contents(pack, parts, len(notice.pages), work_dir, convert, template, template_name)
        say("Möteshandlingarna sätts samman")
        content = _assemble(pack, layout, notice, toc)
    return write_atomically(Path(target), content)


def _what(pack: MeetingPack, part: _Part) -> str:
    return f"Bilagan {part.file.file_name} till {pack.sections[part.section].label}"


def _open_pdf(content: bytes, what: str) -> pikepdf.Pdf:
    try:
        pdf = pikepdf.open(io.BytesIO(content))
    except pikepdf.PasswordError:
        raise StorageError(msg("export.meeting_pack.ar_losenordsskyddad_tas", what=what)) from None
    except pikepdf.PdfError as exc:
        raise StorageError(msg("export.meeting_pack.ar_ingen_lasbar_pdf", what=what)) from exc
    if len(pdf.pages) == 0:
        raise StorageError(msg("export.meeting_pack.inga_sidor", what=what))
    return pdf


def _image_page(content: bytes, what: str) -> pikepdf.Pdf:
    """The image centred on an A4 page, scaled down to fit inside the margins (at most 96 dpi's size)."""
    try:
        image: Image.Image = Image.open(io.BytesIO(content))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise StorageError(msg("export.meeting_pack.ar_ingen_lasbar_bild", what=what)) from exc
    pdf = pikepdf.new()
    upright = image.getexif().get(_ORIENTATION, 1) == 1  # a phone's photo may say "turn me" instead of being turned
    if not upright:
        image = ImageOps.exif_transpose(image)
    width, height = image.size
    if image.format == "JPEG" and image.mode in ("RGB", "L") and upright:
        data, decode = content, pikepdf.Name.DCTDecode  # the JPEG as it is, no quality lost
        space = pikepdf.Name.DeviceRGB if image.mode == "RGB" else pikepdf.Name.DeviceGray
    else:
        if image.mode in ("RGBA", "LA", "P", "PA"):
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        else:
            image = image.convert("RGB")
        data, decode, space = zlib.compress(image.tobytes()), pikepdf.Name.FlateDecode, pikepdf.Name.DeviceRGB
    xobject = pikepdf.Stream(pdf, data, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=width,
                             Height=height, ColorSpace=space, BitsPerComponent=8, Filter=decode)
    natural_w, natural_h = width * 0.75, height * 0.75
    scale = min(1.0, (A4[0] - 2 * _MARGIN) / natural_w, (A4[1] - 2 * _MARGIN) / natural_h)
    shown_w, shown_h = natural_w * scale, natural_h * scale
    x, y = (A4[0] - shown_w) / 2, (A4[1] - shown_h) / 2
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, *A4],
                              Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobject)),
                              Contents=pikepdf.Stream(pdf, f"q {shown_w:.2f} 0 0 {shown_h:.2f} {x:.2f} {y:.2f} cm "
                                                          "/Im0 Do Q".encode("ascii")))
    pdf.pages.append(pikepdf.Page(page))
    return pdf


def _table_of_contents(pack: MeetingPack, parts: list[_Part], notice_pages: int, work_dir: Path,
                       convert: Converter, template: bytes | None,
                       template_name: str | None) -> tuple[_Layout, pikepdf.Pdf]:
    """The table of contents as PDF, numbered for its own length: assumed one page, converted again if not."""
    toc_pages = 1
    for attempt in range(3):
        layout = _layout(parts, notice_pages, toc_pages)
        source = work_dir / f"innehall-{attempt}.docx"
        base.save(_toc_document(pack, layout, template, template_name), source)
        toc = _open_pdf(convert([source], work_dir / "pdf")[0].read_bytes(), "Innehållsförteckningen")
        if len(toc.pages) == toc_pages:
            return layout, toc
        toc_pages = len(toc.pages)
    raise StorageError(msg("export.meeting_pack.innehallsforteckningens_sidnummer_gick_rakna"))


def _layout(parts: list[_Part], notice_pages: int, toc_pages: int) -> _Layout:
    layout, page = _Layout(notice_pages, toc_pages, parts), notice_pages + toc_pages
    for part in parts:
        part.first_page = page if part.pdf is not None else None
        page += len(part.pdf.pages) if part.pdf is not None else 0
    return layout


def _toc_document(pack: MeetingPack, layout: _Layout, template: bytes | None, template_name: str | None):
    document = base.open_template(template, template_name)
    # The group in the header, but no "Sida X av Y": this document's own numbering is not the pack's.
    for section in document.sections:
        base.add_run(base._free_paragraph(document, section.header, "Header"), pack.group_name)
    base.add_paragraph(document, "Innehåll", style="Heading 1")
    base.add_paragraph(document, f"Möteshandlingar till {pack.group_name}s möte {pack.starts_at:%Y-%m-%d}.")
    rows = [("Kallelse", "Kallelse och dagordning", "1")]
    for index, pack_section in enumerate(pack.sections):
        mine = [part for part in layout.parts if part.section == index]
        if pack_section.confidential:
            rows.append((pack_section.label, CONFIDENTIAL_NOTE, "–"))
        elif not mine:
            rows.append((pack_section.label, "Inga handlingar", "–"))
        for number, part in enumerate(mine):
            shown = part.note or part.file.file_name
            rows.append((pack_section.label if number == 0 else "", shown,
                         str(part.first_page + 1) if part.first_page is not None else "–"))
    base.add_table(document, ("Punkt", "Handling", "Sida"), rows, (60, 85, 15),
                   "Innehåll: punkt, handling och sidan där den börjar")
    base.set_properties(document, title=pack.title, author=pack.group_name, created=datetime.now().astimezone(),
                        subject="Innehåll", status="Möteshandlingar")
    return document


def _assemble(pack: MeetingPack, layout: _Layout, notice: pikepdf.Pdf, toc: pikepdf.Pdf) -> bytes:
    out = pikepdf.new()
    placed = [(notice, 0), (toc, layout.notice_pages),
              *((part.pdf, part.first_page) for part in layout.parts
                if part.pdf is not None and part.first_page is not None)]
    for source, _first in placed:
        out.pages.extend(source.pages)
    merge_structure(out, placed, [(part.first_page, f"Bild: {part.file.file_name}") for part in layout.parts
                                  if part.pdf is not None and part.first_page is not None
                                  and part.file.kind == "image"])
    toc_page = layout.notice_pages
    with out.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Kallelse", 0))
        outline.root.append(pikepdf.OutlineItem("Innehåll", toc_page))
        for index, section in enumerate(pack.sections):
            mine = [part for part in layout.parts if part.section == index and part.first_page is not None]
            # Without attachments of its own the bookmark leads to the table of contents, which says why.
            item = pikepdf.OutlineItem(section.label, mine[0].first_page if mine else toc_page)
            if len(mine) > 1:
                item.children.extend(pikepdf.OutlineItem(part.file.file_name, part.first_page) for part in mine)
            outline.root.append(item)
    out.Root.Lang = pikepdf.String("sv-SE")
    out.Root.PageMode = pikepdf.Name.UseOutlines
    out.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    with out.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = pack.title
        meta["dc:language"] = ["sv-SE"]
        meta["dc:creator"] = [pack.group_name]
        meta["xmp:CreatorTool"] = "Samverkan Desktop"
    out.docinfo["/Title"] = pack.title
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()
