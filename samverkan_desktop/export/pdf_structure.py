"""Keeping the structure tags of merged PDFs: each part's structure tree goes under one Document element of the
merged file, with its parent-tree keys moved past those of the parts before it, so that a screen reader still
finds the headings, tables and lists of a tagged part. A page that no part tagged (an untagged attachment) stays
untagged; an image page gets a Figure with the file's name as alternative text.

Pages must have been copied into ``out`` with ``out.pages.extend`` from the same open parts before
``merge_structure`` runs: qpdf then maps a part's page objects, which the structure elements name in /Pg, to the
very copies in ``out``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name


def _number_tree(node: pikepdf.Object | None) -> Iterator[tuple[int, pikepdf.Object]]:
    if node is None:
        return
    nums = node.get("/Nums")
    if nums is not None:
        for index in range(0, len(nums) - 1, 2):
            yield int(nums[index]), nums[index + 1]
    for kid in node.get("/Kids", []):
        yield from _number_tree(kid)


def _copy(out: pikepdf.Pdf, value: pikepdf.Object) -> pikepdf.Object:
    """``value`` in ``out``: indirect objects through qpdf's copier, direct arrays and dictionaries item by item."""
    if value.is_indirect:
        return out.copy_foreign(value)
    if isinstance(value, Array):
        return Array([_copy(out, item) for item in value])
    if isinstance(value, Dictionary):
        return Dictionary({key: _copy(out, item) for key, item in value.items()})
    return value


def merge_structure(out: pikepdf.Pdf, parts: Sequence[tuple[pikepdf.Pdf, int]],
                    figures: Sequence[tuple[int, str]] = ()) -> bool:
    """Join the structure trees of ``parts`` (each an open part and the index of its first page in ``out``) and
    tag the image pages ``figures`` (page index, alternative text). Returns whether ``out`` is now tagged."""
    kids: list[pikepdf.Object] = []
    numbers: list[tuple[int, pikepdf.Object]] = []
    role_map: dict[str, pikepdf.Object] = {}
    next_key, tagged = 0, False
    for part, first in parts:
        tree = part.Root.get("/StructTreeRoot")
        pages = range(first, first + len(part.pages))
        if tree is None:
            for index in pages:
                _forget_parents(out.pages[index].obj)
            continue
        tagged = True
        entries = list(_number_tree(tree.get("/ParentTree")))
        offset = next_key
        for key, value in entries:
            numbers.append((key + offset, _copy(out, value)))
        next_key = offset + (max((key for key, _value in entries), default=-1) + 1)
        for index in pages:
            _shift_parents(out.pages[index].obj, offset)
        top = tree.get("/K")
        kids.extend(_copy(out, kid) for kid in (top if isinstance(top, Array) else [top] if top is not None else []))
        for role, standard in (tree.get("/RoleMap") or Dictionary()).items():
            role_map.setdefault(role, standard)
    if not tagged:  # nothing to keep: a Figure or two alone would make an untagged file look tagged
        return False
    for index, alt in figures:
        numbers.append((next_key, _tag_figure(out, index, alt, next_key, kids)))
        next_key += 1
    document = out.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, K=Array(kids)))
    for kid in kids:
        if isinstance(kid, Dictionary):
            kid.P = document
    flat = Array()
    for key, value in sorted(numbers, key=lambda pair: pair[0]):
        flat.append(key)
        flat.append(value)
    root = out.make_indirect(Dictionary(Type=Name.StructTreeRoot, K=document,
                                        ParentTree=out.make_indirect(Dictionary(Nums=flat)),
                                        ParentTreeNextKey=next_key))
    if role_map:
        root.RoleMap = Dictionary(role_map)
    document.P = root
    out.Root.StructTreeRoot = root
    out.Root.MarkInfo = Dictionary(Marked=True)
    for page in out.pages:
        page.obj.Tabs = Name.S  # tab order follows the structure, as PDF/UA asks
    return True


def _forget_parents(page: pikepdf.Dictionary) -> None:
    """An untagged part's page: no dangling keys into a parent tree that is not there."""
    if "/StructParents" in page:
        del page["/StructParents"]
    for annotation in page.get("/Annots", []):
        if isinstance(annotation, Dictionary) and "/StructParent" in annotation:
            del annotation["/StructParent"]


def _shift_parents(page: pikepdf.Dictionary, offset: int) -> None:
    if "/StructParents" in page:
        page.StructParents = int(page.StructParents) + offset
    for annotation in page.get("/Annots", []):
        if isinstance(annotation, Dictionary) and "/StructParent" in annotation:
            annotation.StructParent = int(annotation.StructParent) + offset


def _tag_figure(out: pikepdf.Pdf, index: int, alt: str, key: int, kids: list[pikepdf.Object]) -> pikepdf.Object:
    """Wrap the image page's drawing in marked content 0 of a Figure element; its parent-tree entry."""
    page = out.pages[index]
    drawing = page.Contents.read_bytes()
    page.obj.Contents = out.make_stream(b"/Figure <</MCID 0>> BDC\n" + drawing + b"\nEMC")
    figure = out.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Figure, Alt=pikepdf.String(alt),
                                          Pg=page.obj, K=0))
    page.obj.StructParents = key
    kids.append(figure)
    return Array([figure])
