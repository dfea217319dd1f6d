"""Merged PDFs keep the structure trees of their tagged parts: one Document element, parent-tree keys that do not
collide, every element's page the merged page, image pages as Figures with alternative text."""

from __future__ import annotations

import io

import pikepdf
from pack_samples import image_file, pdf_file, tagged_pdf

from samverkan_desktop.export.meeting_pack import _image_page
from samverkan_desktop.export.pdf_structure import merge_structure


def merged(*parts: pikepdf.Pdf, figures=()) -> tuple[pikepdf.Pdf, bool]:
    out, placed, first = pikepdf.new(), [], 0
    for part in parts:
        out.pages.extend(part.pages)
        placed.append((part, first))
        first += len(part.pages)
    return out, merge_structure(out, placed, figures)


def reopen(pdf: pikepdf.Pdf) -> pikepdf.Pdf:
    buffer = io.BytesIO()
    pdf.save(buffer)
    return pikepdf.open(io.BytesIO(buffer.getvalue()))


def open_bytes(content: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(content))


def test_two_tagged_parts_an_untagged_one_and_an_image_become_one_tree():
    notice, report = open_bytes(tagged_pdf("Kallelse", 2)), open_bytes(tagged_pdf("Rapport", 3))
    plain, image = open_bytes(pdf_file("Otaggad", 1)), _image_page(image_file("PNG"), "Bilden")
    out, tagged = merged(notice, report, plain, image, figures=[(6, "Bild: Karta.png")])
    assert tagged
    pdf = reopen(out)
    assert pdf.Root.MarkInfo.Marked
    root = pdf.Root.StructTreeRoot
    document = root.K
    assert str(document.S) == "/Document" and document.P.objgen == root.objgen
    assert [str(kid.S) for kid in document.K] == ["/Document", "/Document", "/Figure"]
    assert all(kid.P.objgen == document.objgen for kid in document.K)
    nums = root.ParentTree.Nums
    keys = [int(nums[i]) for i in range(0, len(nums), 2)]
    assert keys == list(range(6)) and int(root.ParentTreeNextKey) == 6  # 2 + 3 pages, then the figure
    page_ids = [page.obj.objgen for page in pdf.pages]
    for index, page in enumerate(pdf.pages):
        if index == 5:  # the untagged part's page
            assert "/StructParents" not in page.obj
            continue
        [element] = nums[2 * keys.index(int(page.StructParents)) + 1]
        assert element.Pg.objgen == page_ids[index]  # the merged page, not a stray copy
    figure = document.K[2]
    assert str(figure.Alt) == "Bild: Karta.png"
    assert pdf.pages[6].Contents.read_bytes().startswith(b"/Figure <</MCID 0>> BDC")
    assert str(root.RoleMap.Text) == "/P"
    assert all(page.obj.Tabs == pikepdf.Name.S for page in pdf.pages)


def test_without_any_tagged_part_nothing_claims_to_be_tagged():
    plain, image = open_bytes(pdf_file("Otaggad", 2)), _image_page(image_file("PNG"), "Bilden")
    out, tagged = merged(plain, image, figures=[(2, "Bild: Karta.png")])
    assert not tagged
    pdf = reopen(out)
    assert "/StructTreeRoot" not in pdf.Root and "/MarkInfo" not in pdf.Root
