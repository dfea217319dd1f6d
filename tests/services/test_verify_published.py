"""The approval record beside published minutes and ``samverkan verify-published``: passes on a fresh publication,
fails after one byte of a record or of a document changes, without any database."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from samverkan_desktop import cli
from samverkan_desktop.application.publishing import publish_since
from samverkan_desktop.domain.approval_record import RECORD_SUFFIX
from samverkan_desktop.domain.enums import ApprovalMethod
from samverkan_desktop.domain.minutes_hash import minutes_hash
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.export.approval_record import verify_published
from samverkan_desktop.services import signing
from samverkan_desktop.services.approval import approve


@pytest.fixture
def published(uow, held, engine, tmp_path):
    """The held minutes made public (no confidential item), approved with Anna's signature, published."""
    with engine.begin() as connection:
        connection.execute(text("UPDATE agenda_item SET confidential = :f"), {"f": False})
    anna = held.people["Anna Andersson"]
    key = SigningKey.generate()
    signing.register_key(uow, anna, key.public.pem())
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=key)
    folder = tmp_path / "webb"
    result = publish_since(uow, None, folder)
    assert not result.failures and result.published
    return folder, key


def test_a_fresh_publication_verifies_without_the_database(published, capsys) -> None:
    folder, key = published
    (record,) = folder.glob(f"*{RECORD_SUFFIX}")
    document = json.loads(record.read_text(encoding="utf-8"))
    assert minutes_hash(document["content"]) == document["content_hash"]
    assert document["approval"]["key_fingerprint"] == key.fingerprint
    assert [f["format"] for f in document["files"]] == ["docx"]
    report = verify_published(folder)
    assert report.ok and report.records == 1
    assert f"signerat av Anna Andersson med nyckel {key.fingerprint}" in report.lines[0]
    assert cli.main(["verify-published", str(folder)]) == 0
    assert "stämmer" in capsys.readouterr().out


def _flip(path, needle: bytes | None = None) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(needle) if needle else len(data) // 2
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("needle, expected", [
    (b"rutinen", "innehållet stämmer inte med kontrollsumman"),  # the canonical content
    (b'"content_hash": "', None),  # the key itself: the record no longer reads
    (b"signature\": \"", None),
])
def test_one_byte_changed_in_the_record_fails(published, capsys, needle, expected) -> None:
    folder, _key = published
    (record,) = folder.glob(f"*{RECORD_SUFFIX}")
    data = record.read_bytes()
    at = data.index(needle) + len(needle)
    changed = bytearray(data)
    changed[at] = ord("A") if changed[at] != ord("A") else ord("B")
    record.write_bytes(bytes(changed))
    report = verify_published(folder)
    assert not report.ok
    if expected:
        assert expected in "\n".join(report.lines)
    assert cli.main(["verify-published", str(folder)]) == 2
    assert "FEL" in capsys.readouterr().out


def test_one_byte_changed_in_the_signature_or_hash_is_an_invalid_signature(published) -> None:
    folder, _key = published
    (record,) = folder.glob(f"*{RECORD_SUFFIX}")
    document = json.loads(record.read_text(encoding="utf-8"))
    signature = document["approval"]["signature"]
    document["approval"]["signature"] = ("B" if signature[0] != "B" else "C") + signature[1:]
    record.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert "ogiltig signatur" in "\n".join(verify_published(folder).lines)


def test_content_and_hash_rewritten_together_still_fail_on_the_signature(published) -> None:
    folder, _key = published
    (record,) = folder.glob(f"*{RECORD_SUFFIX}")
    document = json.loads(record.read_text(encoding="utf-8"))
    document["content"]["items"][1]["decision"] = "att avslå rutinen"
    document["content_hash"] = minutes_hash(document["content"])
    record.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert "ogiltig signatur (det signerade innehållet gäller andra anteckningar)" in \
        "\n".join(verify_published(folder).lines)


def test_one_byte_changed_in_a_document_fails(published, capsys) -> None:
    folder, _key = published
    (docx,) = folder.glob("*.docx")
    _flip(docx)
    report = verify_published(folder)
    assert not report.ok and f"{docx.name} har ändrats" in "\n".join(report.lines)
    assert cli.main(["verify-published", str(folder)]) == 2


def test_a_removed_record_or_manifest_fails(published) -> None:
    folder, _key = published
    (record,) = folder.glob(f"*{RECORD_SUFFIX}")
    record.unlink()
    assert "ingen godkännandepost" in "\n".join(verify_published(folder).lines)
    (folder / "manifest.csv").unlink()
    assert not verify_published(folder).ok
    assert not verify_published(folder / "finns-inte").ok


def test_confidential_minutes_publish_no_content_but_a_checkable_signature(uow, held, tmp_path) -> None:
    anna = held.people["Anna Andersson"]
    key = SigningKey.generate()
    signing.register_key(uow, anna, key.public.pem())
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=key)
    folder = tmp_path / "webb"
    publish_since(uow, None, folder)
    (record,) = folder.glob(f"*{RECORD_SUFFIX}")
    document = json.loads(record.read_text(encoding="utf-8"))
    assert document["content"] is None and "sekretessmarkerade" in document["content_withheld"]
    assert "Rutinen presenterades" not in record.read_text(encoding="utf-8")
    report = verify_published(folder)
    assert report.ok and "innehållet publiceras inte" in report.lines[0]


def test_an_unsigned_approval_is_published_and_said_to_be_unsigned(uow, approved, tmp_path) -> None:
    folder = tmp_path / "webb"
    publish_since(uow, None, folder)
    report = verify_published(folder)
    assert report.ok and "osignerat godkännande av Anna Andersson" in report.lines[0]
