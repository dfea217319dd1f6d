"""Attachment files of every kind the meeting pack handles, each with a text of its own to find in the pack."""

from __future__ import annotations

import io
import os

import docx
import openpyxl
import pikepdf
import pytest
from PIL import Image

from samverkan_desktop.export.pdf import find_soffice, pdf_unavailable_reason


def needs_soffice() -> None:
    """Skip without LibreOffice, except where SAMVERKAN_REQUIRE_SOFFICE=1 (CI) says it must be there."""
    if find_soffice() is None:
        if os.environ.get("SAMVERKAN_REQUIRE_SOFFICE") == "1":
            pytest.fail(f"SAMVERKAN_REQUIRE_SOFFICE=1 but no LibreOffice was found: {pdf_unavailable_reason()}")
        pytest.skip("LibreOffice (soffice) is not installed")


def pdf_file(text: str, pages: int = 2) -> bytes:
    """A small PDF whose every page says ``text`` in Helvetica (pdftotext finds it)."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    for number in range(1, pages + 1):
        stream = f"BT /F1 14 Tf 72 760 Td ({text} sida {number}) Tj ET".encode("latin-1")
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
                                  Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
                                  Contents=pdf.make_stream(stream))
        pdf.pages.append(pikepdf.Page(page))
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def docx_file(text: str) -> bytes:
    document = docx.Document()
    document.add_heading(text, level=1)
    document.add_paragraph("Underlag för beslut om samverkan kring barn och unga.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_file(text: str) -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = text
    book.active["B2"] = 125000
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def image_file(kind: str, size: tuple[int, int] = (400, 300)) -> bytes:
    image = Image.new("RGBA" if kind == "PNG" else "RGB", size, (30, 90, 160))
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def tagged_pdf(text: str, pages: int = 1) -> bytes:
    """A tagged PDF: each page's text is marked content 0 of a P element; parent tree, StructParents per page,
    and a role map as LibreOffice writes one."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    document = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Document, P=root))
    elements, nums = [], pikepdf.Array()
    for number in range(pages):
        stream = f"/P <</MCID 0>> BDC BT /F1 14 Tf 72 760 Td ({text} sida {number + 1}) Tj ET EMC".encode("latin-1")
        page = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842], StructParents=number,
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)), Contents=pdf.make_stream(stream)))
        pdf.pages.append(pikepdf.Page(page))
        element = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Text,
                                                       P=document, Pg=pdf.pages[-1].obj, K=0))
        elements.append(element)
        nums.append(number)
        nums.append(pikepdf.Array([element]))
    document.K = pikepdf.Array(elements)
    root.K = document
    root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=nums))
    root.RoleMap = pikepdf.Dictionary(Text=pikepdf.Name.P)
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()
