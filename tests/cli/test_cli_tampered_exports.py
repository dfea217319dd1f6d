"""Approved minutes changed outside the app (a note edited with sqlite3) are never exported as approved: the
`samverkan export` command writes them as UTKAST saying that the approval no longer holds and what changed,
and exits 2; Word and PDF alike (the decision is taken before the conversion, so it is tested with the converter
replaced; with LibreOffice installed the real PDF is read too). The notice shows no approval: unchanged.
The GUI's Export menu is tested in tests/ui/pages/test_meeting_export_tampered.py."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import docx
import pytest
from test_cli import approved_minutes

from samverkan_desktop import cli
from samverkan_desktop.export import pdf
from samverkan_desktop.export.pdf import find_soffice

LAPSED = "gäller inte längre: anteckningarna har ändrats efter godkännandet (punkterna, § 1 (anteckningar))"


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    header = [p.text for section in document.sections for p in section.header.paragraphs]
    return "\n".join(header + [p.text for p in document.paragraphs] + cells)


@pytest.fixture
def tampered(tmp_path, capsys) -> tuple[Path, int]:
    """A database with approved minutes whose § 1 notes were then changed with sqlite3; (file, meeting id)."""
    db = tmp_path / "tampered.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    item = approved_minutes(db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE agenda_item SET notes = 'Rutinen avslogs.' WHERE id = ?", (item,))
        (meeting,) = connection.execute("SELECT meeting_id FROM agenda_item WHERE id = ?", (item,)).fetchone()
    connection.close()
    capsys.readouterr()
    return db, meeting


def assert_draft_saying_why(text: str) -> None:
    assert "Minnesanteckningar (UTKAST)" in text and "NOSAM Östra – UTKAST" in text
    assert "Godkännandet av Åsa Öberg" in text and LAPSED in text
    assert "Godkända av" not in text and "Kontrollsumma" not in text


def test_untouched_approved_minutes_export_as_approved(tmp_path, capsys) -> None:
    db = tmp_path / "clean.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "export", "minutes", "1", "--out", str(tmp_path / "a.docx")]) == 0
    text = document_text(tmp_path / "a.docx")
    assert "UTKAST" not in text and "Godkända av ordförande Åsa Öberg" in text
    assert "Varning" not in capsys.readouterr().err


def test_cli_word_export_of_tampered_minutes_is_a_draft_saying_what_changed(tampered, tmp_path, capsys) -> None:
    db, meeting = tampered
    target = tmp_path / "anteckningar.docx"
    assert cli.main(["--db", str(db), "export", "minutes", str(meeting), "--out", str(target)]) == 2
    captured = capsys.readouterr()
    assert "(utkast, inte godkänt)" in captured.out
    assert LAPSED in captured.err and "samverkan verify" in captured.err
    assert_draft_saying_why(document_text(target))
    assert "Rutinen avslogs." in document_text(target)


def test_cli_pdf_export_decides_before_the_conversion(tampered, tmp_path, capsys, monkeypatch) -> None:
    db, meeting = tampered
    converted: list[str] = []

    def fake_convert(source: Path, target: Path, **_kwargs) -> Path:
        converted.append(document_text(source))  # what LibreOffice would have been given
        target.write_bytes(b"%PDF-1.7 test")
        return target

    monkeypatch.setattr(pdf, "convert_to_pdf", fake_convert)
    target = tmp_path / "anteckningar.pdf"
    assert cli.main(["--db", str(db), "export", "minutes-pdf", str(meeting), "--out", str(target)]) == 2
    assert LAPSED in capsys.readouterr().err
    [text] = converted
    assert_draft_saying_why(text)
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(find_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and pdftotext are needed to read a real PDF")
def test_cli_real_pdf_of_tampered_minutes_says_utkast(tampered, tmp_path) -> None:
    db, meeting = tampered
    target = tmp_path / "anteckningar.pdf"
    assert cli.main(["--db", str(db), "export", "minutes-pdf", str(meeting), "--out", str(target)]) == 2
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "UTKAST" in text and "gäller inte längre" in " ".join(text.split())


def test_cli_notice_of_tampered_minutes_shows_no_approval(tampered, tmp_path, capsys) -> None:
    db, meeting = tampered
    target = tmp_path / "kallelse.docx"
    assert cli.main(["--db", str(db), "export", "notice", str(meeting), "--out", str(target)]) == 0
    text = document_text(target)
    assert "Kallelse" in text and "godkänn" not in text.lower()


def test_publish_still_refuses_tampered_minutes(tampered, tmp_path, capsys) -> None:
    db, _meeting = tampered
    assert cli.main(["--db", str(db), "publish", "--out", str(tmp_path / "webb"), "--no-pdf"]) == 1
    assert "stämmer inte längre med godkännandet" in capsys.readouterr().err
