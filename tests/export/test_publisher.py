"""Writing a publication: ASCII file names with the date first, the minutes as DOCX (and PDF) with their
checksums, nothing left behind when the PDF fails, and the semicolon manifest that keeps earlier batches."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from docx_samples import GROUP, blocks, minutes_sample, template_bytes

from samverkan_desktop.domain.documents import GroupTemplate, WrittenFile
from samverkan_desktop.domain.errors import StorageError, ValidationError
from samverkan_desktop.export import publisher
from samverkan_desktop.export.publisher import (
    MANIFEST_FIELDS,
    MANIFEST_NAME,
    ManifestRow,
    MinutesPublisher,
    safe_file_stem,
    sha256_of,
    write_manifest,
)

STEM = "2026-03-10_Samordningsrad_Ostra_lansdelen_minnesanteckningar"


# -- file names ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("group", "expected"), [
    (GROUP, STEM),
    ("NOSAM – Äldre & psykiatri!", "2026-03-10_NOSAM_Aldre_psykiatri_minnesanteckningar"),
    ("  Vård/omsorg: Ödeshög, Åtvidaberg  ", "2026-03-10_Vard_omsorg_Odeshog_Atvidaberg_minnesanteckningar"),
    ("Café Müller-gruppen", "2026-03-10_Cafe_Muller_gruppen_minnesanteckningar"),
    ("–––", "2026-03-10_grupp_minnesanteckningar"),
])
def test_file_stems_are_ascii_with_the_date_first_and_swedish_letters_folded(group, expected):
    stem = safe_file_stem(group, date(2026, 3, 10), "minnesanteckningar")
    assert stem == expected
    assert stem.isascii() and " " not in stem


def test_a_long_group_name_is_cut_to_keep_file_names_short():
    stem = safe_file_stem("Ö" * 100, date(2026, 3, 10), "kallelse")
    assert stem == f"2026-03-10_{'O' * 60}_kallelse"


# -- the minutes publisher ----------------------------------------------------------------------------------
def test_the_publisher_writes_the_docx_with_its_checksum_and_records_what_was_removed(tmp_path):
    folder = tmp_path / "publicerat"
    render = MinutesPublisher(folder)
    written = render(minutes_sample(), None)
    path = folder / f"{STEM}.docx"
    assert written == [WrittenFile("docx", path, hashlib.sha256(path.read_bytes()).hexdigest())]
    assert sha256_of(path) == written[0].sha256
    assert blocks(docx.Document(str(path)))[0] == ("Heading 1", "Minnesanteckningar")
    assert [p.name for p in folder.iterdir()] == [f"{STEM}.docx"]
    assert render.removed == [f"{GROUP} 2026-03-10, § 2: en e-postadress"]
    render(minutes_sample(draft=True), None)
    assert render.removed == [f"{GROUP} 2026-03-10, § 2: en e-postadress"] * 2


def test_the_publisher_uses_the_groups_template(tmp_path):
    def bigger_headings(document):
        document.styles["Heading 1"].font.size = Pt(21)

    (written,) = MinutesPublisher(tmp_path)(minutes_sample(), GroupTemplate("region.docx",
                                                                            template_bytes(bigger_headings)))
    assert docx.Document(str(written.path)).styles["Heading 1"].font.size == Pt(21)


def test_a_bad_group_template_is_refused_by_name_and_nothing_is_written(tmp_path):
    render = MinutesPublisher(tmp_path)
    with pytest.raises(ValidationError, match=r"Mallen region\.docx kan inte läsas"):
        render(minutes_sample(), GroupTemplate("region.docx", b"inte en docx"))
    assert list(tmp_path.iterdir()) == []
    assert render.removed == []


def _fake_pdf(docx_path: Path, target: Path) -> Path:
    target.write_bytes(b"%PDF-1.7 " + docx_path.name.encode())
    return target


def test_with_pdf_both_files_are_written_with_their_checksums(tmp_path, monkeypatch):
    monkeypatch.setattr(publisher, "convert_to_pdf", _fake_pdf)
    written = MinutesPublisher(tmp_path, with_pdf=True)(minutes_sample(), None)
    assert [(w.format, w.path.name) for w in written] == [("docx", f"{STEM}.docx"), ("pdf", f"{STEM}.pdf")]
    for file in written:
        assert file.sha256 == hashlib.sha256(file.path.read_bytes()).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{STEM}.docx", f"{STEM}.pdf"]


def test_a_failing_pdf_removes_the_docx_of_the_same_call_and_the_error_propagates(tmp_path, monkeypatch):
    def broken(docx_path, target):
        assert docx_path.exists()  # the DOCX was written before the conversion was tried
        raise StorageError("LibreOffice kunde inte göra en PDF av filen.")

    monkeypatch.setattr(publisher, "convert_to_pdf", broken)
    render = MinutesPublisher(tmp_path, with_pdf=True)
    with pytest.raises(StorageError, match="LibreOffice kunde inte"):
        render(minutes_sample(), None)
    assert list(tmp_path.iterdir()) == []
    assert render.removed == []


def test_a_failing_pdf_leaves_earlier_publications_of_other_meetings_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(publisher, "convert_to_pdf", _fake_pdf)
    earlier = MinutesPublisher(tmp_path, with_pdf=True)(minutes_sample(), None)

    def broken(docx_path, target):
        raise StorageError("LibreOffice svarar inte.")

    monkeypatch.setattr(publisher, "convert_to_pdf", broken)
    other = replace(minutes_sample(), group_name="Närvårdsgruppen")
    with pytest.raises(StorageError):
        MinutesPublisher(tmp_path, with_pdf=True)(other, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(w.path.name for w in earlier)


# -- the manifest -------------------------------------------------------------------------------------------
def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=";"))


def test_the_manifest_is_semicolon_csv_with_bom_and_a_header(tmp_path):
    rows = [ManifestRow(GROUP, date(2026, 3, 10), f"{STEM}.docx", "docx", "a" * 64),
            ManifestRow(GROUP, date(2026, 3, 10), f"{STEM}.pdf", "pdf", "b" * 64)]
    path = write_manifest(tmp_path, rows)
    assert path == tmp_path / MANIFEST_NAME
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[0] == "grupp;mötesdatum;fil;format;sha256" == ";".join(MANIFEST_FIELDS)
    assert lines[1] == f"{GROUP};2026-03-10;{STEM}.docx;docx;{'a' * 64}"
    assert lines[-1] == ""  # every line ends with CRLF, the last one too
    assert _read(path) == [
        {"grupp": GROUP, "mötesdatum": "2026-03-10", "fil": f"{STEM}.docx", "format": "docx", "sha256": "a" * 64},
        {"grupp": GROUP, "mötesdatum": "2026-03-10", "fil": f"{STEM}.pdf", "format": "pdf", "sha256": "b" * 64},
    ]
    assert [p.name for p in tmp_path.iterdir()] == [MANIFEST_NAME]


def test_the_manifest_keeps_earlier_rows_and_a_file_published_again_replaces_its_row(tmp_path):
    write_manifest(tmp_path, [
        ManifestRow(GROUP, date(2026, 3, 10), "2026-03-10_a.docx", "docx", "old"),
        ManifestRow("Närvårdsgruppen", date(2026, 2, 3), "2026-02-03_b.docx", "docx", "kept"),
    ])
    write_manifest(tmp_path, [
        ManifestRow(GROUP, date(2026, 3, 10), "2026-03-10_a.docx", "docx", "new"),
        ManifestRow(GROUP, date(2026, 4, 14), "2026-04-14_c.docx", "docx", "added"),
    ])
    rows = _read(tmp_path / MANIFEST_NAME)
    assert [(r["fil"], r["sha256"]) for r in rows] == [
        ("2026-02-03_b.docx", "kept"), ("2026-03-10_a.docx", "new"), ("2026-04-14_c.docx", "added")]
    assert rows[0]["grupp"] == "Närvårdsgruppen"


def test_the_manifest_survives_a_hand_edited_file_with_missing_columns_and_empty_rows(tmp_path):
    (tmp_path / MANIFEST_NAME).write_bytes("grupp;mötesdatum;fil\r\nÄldregruppen;2025-12-01;gammal.docx\r\n;;\r\n"
                                           .encode("utf-8-sig"))
    write_manifest(tmp_path, [ManifestRow(GROUP, date(2026, 3, 10), "ny.docx", "docx", "c" * 64)])
    rows = _read(tmp_path / MANIFEST_NAME)
    assert [(r["grupp"], r["fil"], r["format"], r["sha256"]) for r in rows] == [
        ("Äldregruppen", "gammal.docx", "", ""), (GROUP, "ny.docx", "docx", "c" * 64)]


def test_the_manifest_opens_as_columns_with_excels_swedish_settings(tmp_path):
    path = write_manifest(tmp_path, [ManifestRow("Vård; omsorg", date(2026, 3, 10), "x.docx", "docx", "d")])
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows == [list(MANIFEST_FIELDS), ["Vård; omsorg", "2026-03-10", "x.docx", "docx", "d"]]
