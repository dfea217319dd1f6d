"""export/approval_record.py: the record written beside published minutes, and ``verify_published`` over a folder
made by hand (domain.approval_record checks one record; here: files, manifest and the report's lines)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from samverkan_desktop.domain.approval_record import ApprovalRecord, PublishedFile, sha256_hex
from samverkan_desktop.domain.documents import MinutesDocument, MinutesSection
from samverkan_desktop.domain.minutes_hash import minutes_hash
from samverkan_desktop.export.approval_record import (
    MANIFEST_NAME,
    WITHHELD,
    public_record,
    verify_published,
    write_record,
)

CONTENT = {"meeting": {"id": 7}, "items": [{"title": "Rutinen"}]}
RECORD = ApprovalRecord(meeting_id=7, group_name="LGS", meeting_on="2026-11-22", content=CONTENT, withheld=None,
                        content_hash=minutes_hash(CONTENT), approver="Anna Andersson", role="ordförande",
                        approved_at="2026-11-23T09:00:00+00:00", method="i programmet", signed_payload=None,
                        signature=None, fingerprint=None, public_key=None)
MINUTES = MinutesDocument("LGS", datetime(2026, 11, 22, 9, tzinfo=UTC), datetime(2026, 11, 22, 11, tzinfo=UTC),
                          None, None, draft=False, sections=(MinutesSection(1, "Rutinen"),))
DOCX = b"PK word document"


def _manifest(folder, rows) -> None:
    lines = ["fil;sha256"] + [f"{name};{digest}" for name, digest in rows]
    (folder / MANIFEST_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


@pytest.fixture
def folder(tmp_path):
    """One published minutes: the DOCX, its record and the manifest."""
    (tmp_path / "lgs.docx").write_bytes(DOCX)
    write_record(tmp_path, "lgs", MINUTES, RECORD, [PublishedFile("lgs.docx", "docx", sha256_hex(DOCX))])
    _manifest(tmp_path, [("lgs.docx", sha256_hex(DOCX))])
    return tmp_path


def test_public_record_keeps_the_content_of_open_minutes() -> None:
    assert public_record(MINUTES, RECORD) is RECORD


@pytest.mark.parametrize("minutes", [
    replace(MINUTES, sections=(MinutesSection(1, "Rutinen"), MinutesSection(2, "Person", confidential=True))),
    replace(MINUTES, removed=("ett telefonnummer",)),
])
def test_public_record_withholds_the_content_when_the_minutes_leave_something_out(minutes) -> None:
    record = public_record(minutes, RECORD)
    assert record.content is None and record.withheld == WITHHELD
    assert record.content_hash == RECORD.content_hash


def test_write_record_names_the_file_after_the_stem(tmp_path) -> None:
    path = write_record(tmp_path, "lgs", replace(MINUTES, removed=("x",)), RECORD, [])
    assert path == tmp_path / "lgs.godkannande.json"
    assert json.loads(path.read_bytes())["content_withheld"] == WITHHELD


def test_a_sound_folder_verifies(folder) -> None:
    report = verify_published(folder)
    assert report.ok and report.records == 1 and report.problems == 0
    assert report.lines == ["OK   LGS 2026-11-22: osignerat godkännande av Anna Andersson; 1 filer stämmer."]
    assert report.summary.startswith("Den publicerade mappen stämmer: 1 godkännandeposter")


def test_a_changed_document_fails(folder) -> None:
    (folder / "lgs.docx").write_bytes(DOCX + b"!")
    report = verify_published(folder)
    assert not report.ok and report.problems == 1
    assert report.lines == [
        "FEL  LGS 2026-11-22: lgs.docx har ändrats (kontrollsumman stämmer inte med godkännandeposten)."]
    assert report.summary == f"1 fel i den publicerade mappen {folder}."


def test_a_missing_document_fails(folder) -> None:
    (folder / "lgs.docx").unlink()
    assert verify_published(folder).lines == ["FEL  LGS 2026-11-22: lgs.docx saknas."]


def test_a_manifest_that_disagrees_with_the_record_fails(folder) -> None:
    _manifest(folder, [("lgs.docx", "0" * 64)])
    (line,) = verify_published(folder).lines
    assert line == f"FEL  LGS 2026-11-22: lgs.docx: {MANIFEST_NAME} anger en annan kontrollsumma."


def test_a_file_only_in_the_manifest_is_reported(folder) -> None:
    (folder / "gammal.docx").write_bytes(b"old")
    _manifest(folder, [("lgs.docx", sha256_hex(DOCX)), ("gammal.docx", sha256_hex(b"old")),
                       ("borta.docx", "1" * 64)])
    report = verify_published(folder)
    assert report.problems == 2
    assert report.lines[1:] == [
        f"FEL  borta.docx: filen saknas eller stämmer inte med {MANIFEST_NAME}.",
        "FEL  gammal.docx: ingen godkännandepost (publicerad före signerade godkännanden, eller borttagen)."]


def test_a_record_naming_a_file_outside_the_folder_fails(folder) -> None:
    write_record(folder, "lgs", MINUTES, RECORD, [PublishedFile("../lgs.docx", "docx", sha256_hex(DOCX))])
    _manifest(folder, [])
    (line,) = verify_published(folder).lines
    assert line == "FEL  LGS 2026-11-22: otillåtet filnamn '../lgs.docx'."


def test_no_manifest_is_one_problem(folder) -> None:
    (folder / MANIFEST_NAME).unlink()
    report = verify_published(folder)
    assert report.problems == 1
    assert report.lines[0] == f"FEL  {MANIFEST_NAME} saknas eller kan inte läsas i {folder}."


def test_a_damaged_record_is_reported_by_name(folder) -> None:
    (folder / "lgs.godkannande.json").write_bytes(b"{not json")
    report = verify_published(folder)
    assert report.records == 1 and report.problems >= 1
    assert report.lines[0].startswith("FEL  lgs.godkannande.json: ")


def test_not_a_folder(tmp_path) -> None:
    report = verify_published(tmp_path / "saknas")
    assert report.lines == [f"FEL  {tmp_path / 'saknas'} är ingen mapp."] and not report.ok
