"""The meeting pack's assembly with a fake converter (no LibreOffice needed): page numbers that count the table
of contents' own length, bookmarks, and refusals in Swedish with nothing written."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
from pack_samples import image_file, needs_soffice, pdf_file

from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.documents import NoticeDocument, NoticeItem
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.domain.meeting_pack import MeetingPack, PackFile, PackSection
from samverkan_desktop.export.meeting_pack import write_meeting_pack

STARTS = datetime(2026, 3, 10, 13, tzinfo=STOCKHOLM)


def pack(*sections: PackSection) -> MeetingPack:
    items = tuple(NoticeItem(s.paragraph, s.title, "information", None, None, None) for s in sections)
    notice = NoticeDocument("NOSAM Falkenberg", STARTS, STARTS.replace(hour=15), "Rådhuset", None, items)
    return MeetingPack("NOSAM Falkenberg", STARTS, notice, sections)


class FakeConverter:
    """Every document becomes a PDF of ``pages[stem prefix]`` pages (default 1); records what it converted."""

    def __init__(self, toc_pages: int = 1) -> None:
        self.toc_pages, self.calls = toc_pages, []

    def __call__(self, paths, out_dir: Path) -> list[Path]:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.calls.append([Path(p).name for p in paths])
        produced = []
        for path in paths:
            pages = self.toc_pages if Path(path).name.startswith("innehall") else 1
            target = out_dir / f"{Path(path).stem}.pdf"
            target.write_bytes(pdf_file(Path(path).stem, pages))
            produced.append(target)
        return produced


def bookmarks(path: Path) -> list[tuple[str, int]]:
    with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
        return [(o.title, pikepdf.Page(o.destination[0]).index) for o in outline.root]


def test_a_table_of_contents_of_two_pages_moves_every_attachment_on_by_one(tmp_path):
    sections = (PackSection(1, "Budget", (PackFile("a.pdf", pdf_file("A", 3)), PackFile("b.docx", b"docx"))),
                PackSection(2, "Bild", (PackFile("c.png", image_file("PNG")),)))
    fake = FakeConverter(toc_pages=2)
    target = write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", fake)
    # notice 1 + contents 2 + a.pdf 3 + b.docx 1 + c.png 1
    with pikepdf.open(target) as pdf:
        assert len(pdf.pages) == 8
        assert pdf.Root.ViewerPreferences.DisplayDocTitle
    assert bookmarks(target) == [("Kallelse", 0), ("Innehåll", 1), ("§ 1 Budget", 3), ("§ 2 Bild", 7)]
    assert fake.calls[0] == ["00-kallelse.docx", "02-bilaga.docx"]  # the notice and Word together, in one call
    assert fake.calls[1:] == [["innehall-0.docx"], ["innehall-1.docx"]]  # assumed 1 page, was 2: numbered again


def test_an_attachment_that_is_no_pdf_stops_the_pack_and_nothing_is_written(tmp_path):
    sections = (PackSection(3, "Rapport", (PackFile("rapport.pdf", b"%PDF-1.4 trasig"),)),)
    with pytest.raises(StorageError, match=r"Bilagan rapport\.pdf till § 3 Rapport är ingen läsbar PDF"):
        write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", FakeConverter())
    assert list(tmp_path.iterdir()) == []


def test_a_password_protected_pdf_is_refused_in_swedish(tmp_path):
    locked = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_file("Hemligt", 1))) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="ägare", user="hemligt"))
    sections = (PackSection(4, "Avtal", (PackFile("avtal.pdf", locked.getvalue()),)),)
    with pytest.raises(StorageError, match="lösenordsskyddad"):
        write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", FakeConverter())
    assert not (tmp_path / "pack.pdf").exists()


def test_an_image_that_is_no_image_is_refused(tmp_path):
    sections = (PackSection(5, "Foto", (PackFile("foto.jpg", b"\xff\xd8 inte en bild"),)),)
    with pytest.raises(StorageError, match="ingen läsbar bild"):
        write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", FakeConverter())


def test_a_large_image_is_scaled_into_the_page_margins(tmp_path):
    sections = (PackSection(6, "Karta", (PackFile("karta.jpg", image_file("JPEG", (4000, 1000))),)),)
    target = write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", FakeConverter())
    with pikepdf.open(target) as pdf:
        page = pdf.pages[-1]
        content = page.Contents.read_bytes().decode()
        width = float(content.split()[1])
        assert width == pytest.approx(595.276 - 72, abs=0.01)
        assert page.Resources.XObject.Im0.Filter == pikepdf.Name.DCTDecode  # the JPEG kept as it is


def tagged_libreoffice(paths, out_dir: Path) -> list[Path]:
    """What a converter writing tagged PDF gives (as the PDF/UA converter will): LibreOffice with UseTaggedPDF."""
    import subprocess

    from samverkan_desktop.export.pdf import find_soffice

    out_dir.mkdir(parents=True, exist_ok=True)
    options = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    subprocess.run([find_soffice(), "--headless", "--norestore", f"-env:UserInstallation={(out_dir / 'p').as_uri()}",
                    "--convert-to", options, "--outdir", str(out_dir), *map(str, paths)], check=True,
                   capture_output=True, timeout=180)
    return [out_dir / f"{Path(p).stem}.pdf" for p in paths]


@pytest.mark.slow
def test_tagged_parts_keep_their_headings_and_tables_in_the_pack(tmp_path):
    needs_soffice()
    sections = (PackSection(1, "Budget", (PackFile("a.pdf", pdf_file("A", 1)),)),
                PackSection(2, "Bild", (PackFile("c.png", image_file("PNG")),)))
    target = write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", tagged_libreoffice)
    with pikepdf.open(target) as pdf:
        assert pdf.Root.MarkInfo.Marked and str(pdf.Root.Lang) == "sv-SE"
        found, pages = [], {page.obj.objgen for page in pdf.pages}

        def walk(element):
            if isinstance(element, pikepdf.Dictionary) and "/S" in element:
                found.append(str(element.S))
                if "/Pg" in element:
                    assert element.Pg.objgen in pages
                kids = element.get("/K")
                for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                    walk(kid)

        walk(pdf.Root.StructTreeRoot.K)
    assert found.count("/Document") >= 1 and "/Table" in found and "/Figure" in found
    assert any(role in found for role in ("/H1", "/Title", "/Heading 1", "/Rubrik 1"))


def test_a_photo_that_asks_to_be_turned_is_turned(tmp_path):
    from PIL import Image

    photo = Image.new("RGB", (600, 300), (200, 30, 30))
    exif = photo.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", exif=exif)
    sections = (PackSection(7, "Foto", (PackFile("foto.jpg", buffer.getvalue()),)),)
    target = write_meeting_pack(pack(*sections), tmp_path / "pack.pdf", FakeConverter())
    with pikepdf.open(target) as pdf:
        image = pdf.pages[-1].Resources.XObject.Im0
        assert (int(image.Width), int(image.Height)) == (300, 600)  # upright: taller than wide
