"""Screenshots of the meeting pack and the e-mail drafts: `xvfb-run -a -s "-screen 0 1366x768x24"
.venv/bin/python tools/sending_screenshots.py` (demo data in a new database; needs LibreOffice and pdftoppm).

Writes docs/screenshots/export_menu_sending.png (the Exportera menu with the new entries),
mail_size_warning.png (the warning above 20 MB), and moteshandlingar-*.png (pages of a rendered meeting pack:
the table of contents and the first page of two attachments)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2026, 11, 22)


def sample_files() -> list[tuple[str, bytes]]:
    """A Word plan, an Excel sheet, a PDF and a chart as PNG: what a meeting's documents look like."""
    import docx
    import openpyxl
    import pikepdf
    from PIL import Image, ImageDraw

    plan = docx.Document()
    plan.add_heading("Handlingsplan fallprevention 2027", level=1)
    for text in ("Bakgrund: fallskador är den vanligaste orsaken till att äldre vårdas på sjukhus.",
                 "Mål: färre fallskador i hemtjänsten och på särskilda boenden.",
                 "Åtgärder: gemensam riskbedömning, balansträning och uppföljning efter fall."):
        plan.add_paragraph(text)
    word = io.BytesIO()
    plan.save(word)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kommun", "Fallskador 2025", "Fallskador 2026"])
    for row in (["Falkenberg", 212, 187], ["Varberg", 340, 301], ["Halmstad", 498, 455]):
        sheet.append(row)
    excel = io.BytesIO()
    book.save(excel)
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    text = "BT /F1 16 Tf 72 760 Td (Rapport: uppfoljning av samverkansrutinen) Tj ET"
    pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842], Resources=pikepdf.Dictionary(
            Font=pikepdf.Dictionary(F1=font)), Contents=pdf.make_stream(text.encode()))))
    report = io.BytesIO()
    pdf.save(report)
    chart = Image.new("RGB", (800, 500), "white")
    draw = ImageDraw.Draw(chart)
    for index, (height, colour) in enumerate(((300, "#1f5fa0"), (260, "#2f8f5b"), (380, "#c0502e"))):
        draw.rectangle([120 + index * 220, 450 - height, 260 + index * 220, 450], fill=colour)
    draw.line([80, 450, 760, 450], fill="black", width=3)
    png = io.BytesIO()
    chart.save(png, "PNG")
    return [("Handlingsplan fallprevention 2027.docx", word.getvalue()),
            ("Statistik fallskador.xlsx", excel.getvalue()), ("Uppföljningsrapport.pdf", report.getvalue()),
            ("Diagram fallskador.png", png.getvalue())]


def main() -> int:
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-shots-")
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QMessageBox

    from samverkan_desktop.app import open_database
    from samverkan_desktop.application import sending
    from samverkan_desktop.domain.mail import size_warning
    from samverkan_desktop.infra.config import resources_dir
    from samverkan_desktop.sampledata import demo
    from samverkan_desktop.services import agenda, groups, meetings
    from samverkan_desktop.services.attachments import attach_content
    from samverkan_desktop.ui.i18n import install_translators
    from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

    app = QApplication(sys.argv[:1])
    install_translators(app, "sv", resources_dir() / "translations")
    engine, uow = open_database(f"sqlite:///{os.environ['SAMVERKAN_DATA_DIR']}/samverkan.db")
    demo.create_demo_data(uow, TODAY)
    group = next(g for g in groups.list_groups(uow) if g.name == "Temagrupp Äldre")
    upcoming = next(m for m in meetings.list_meetings(uow, group.id) if m.starts_at.date() >= TODAY)
    items = agenda.list_items(uow, upcoming.id)
    targets = [i for i in items if i.kind.value != "information"] or items
    files = sample_files()
    for index, (name, content) in enumerate(files):
        attach_content(uow, targets[min(index // 2, len(targets) - 1)].id, name, content)
    OUT.mkdir(parents=True, exist_ok=True)

    editor = MeetingEditor(uow, upcoming.id)
    editor.resize(1366, 768)
    editor.show()
    app.processEvents()
    button, menu = editor.exports.button, editor.exports.menu
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    app.processEvents()
    shot = editor.grab()
    painter = QPainter(shot)
    corner = button.mapTo(editor, button.rect().bottomRight())
    painter.drawPixmap(corner.x() - menu.width(), corner.y(), menu.grab())
    painter.end()
    shot.save(str(OUT / "export_menu_sending.png"))
    menu.hide()

    box = QMessageBox(QMessageBox.Icon.Warning, editor.sending.tr("Large message"),
                      size_warning(31 * 1024 * 1024), QMessageBox.StandardButton.NoButton, editor)
    box.addButton(editor.sending.tr("Open the draft anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.show()
    app.processEvents()
    box.grab().save(str(OUT / "mail_size_warning.png"))
    box.close()
    editor.close()

    with tempfile.TemporaryDirectory() as work:
        target = Path(work) / "moteshandlingar.pdf"
        result = sending.export_meeting_pack(uow, upcoming.id, target, print)
        print(f"meeting pack: {result.pages} pages")
        import pikepdf

        with pikepdf.open(target) as pdf, pdf.open_outline() as outline:
            marks = [(o.title, pikepdf.Page(o.destination[0]).index) for o in outline.root]
        print(marks)
        toc = dict(marks)["Innehåll"] + 1
        attachment_pages = sorted({page + 1 for _title, page in marks[2:] if page + 1 > toc})
        for page in (1, toc, attachment_pages[0], result.pages):  # the notice, the contents, Word, the image
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", "-f", str(page), "-l", str(page),
                            str(target), str(OUT / f"moteshandlingar-sida-{page}")], check=True)
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
