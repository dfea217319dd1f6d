"""Build resources/templates/samverkan.docx, the bundled Word template: A4, Swedish, calm typography.

Run after changing the look: `.venv/bin/python tools/make_template.py`. The result is committed; the export
only reads it. A group may replace it with its own .docx (logo, colours) made in Word."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from samverkan_desktop.export.docx_base import DEFAULT_TEMPLATE, page_setup_a4, to_bytes

FONT = "Arial"  # everywhere; LibreOffice renders it with the metric-compatible Liberation Sans
INK = RGBColor(0x1F, 0x2A, 0x37)  # dark slate: contrast well above WCAG AA on white
ACCENT = RGBColor(0x1D, 0x4E, 0x89)


def _font(style, size: float, *, bold: bool = False, color: RGBColor = INK) -> None:
    font = style.font
    font.name, font.size, font.bold, font.color.rgb = FONT, Pt(size), bold, color
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts is not None and fonts.get(qn(attribute)) is not None:
            del fonts.attrib[qn(attribute)]
    if fonts is not None:
        fonts.set(qn("w:cs"), FONT)


def _no_border(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def build() -> bytes:
    document = docx.Document()
    page_setup_a4(document)
    styles = document.styles
    _font(styles["Normal"], 11)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    styles["Normal"].paragraph_format.line_spacing = 1.15
    _font(styles["Title"], 24, bold=True, color=ACCENT)
    _no_border(styles["Title"])
    styles["Title"].paragraph_format.space_after = Pt(4)
    _font(styles["Subtitle"], 14, color=INK)
    styles["Subtitle"].font.italic = False
    _font(styles["Heading 1"], 14, bold=True, color=ACCENT)
    styles["Heading 1"].paragraph_format.space_before = Pt(18)
    styles["Heading 1"].paragraph_format.space_after = Pt(6)
    _font(styles["Heading 2"], 12, bold=True, color=INK)
    styles["Heading 2"].paragraph_format.space_before = Pt(14)
    styles["Heading 2"].paragraph_format.space_after = Pt(4)
    _font(styles["Header"], 9, color=INK)
    _font(styles["Footer"], 9, color=INK)
    if "Meta" not in [s.name for s in styles]:
        meta = styles.add_style("Meta", WD_STYLE_TYPE.PARAGRAPH)
        meta.base_style = styles["Normal"]
        meta.paragraph_format.space_after = Pt(2)
    # A placeholder paragraph so Word users see where the content goes; the export clears the body.
    paragraph = document.add_paragraph("Innehållet skrivs av Samverkan Desktop.")
    paragraph.style = styles["Normal"]
    core = document.core_properties
    core.title, core.author, core.last_modified_by, core.comments = "Samverkan Desktop", "", "", ""
    core.language, core.keywords, core.subject, core.category = "sv-SE", "", "", ""
    return to_bytes(document)


def main() -> None:
    Path(DEFAULT_TEMPLATE).parent.mkdir(parents=True, exist_ok=True)
    Path(DEFAULT_TEMPLATE).write_bytes(build())
    print(f"Wrote {DEFAULT_TEMPLATE}")


if __name__ == "__main__":
    main()
