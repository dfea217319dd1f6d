"""Signed approvals: the key register, signing in the app, and verification that names the signer and finds a
database forgery (text changed and hash recomputed, or the signature changed) as an invalid signature."""

from __future__ import annotations

import json

import pytest
from postgres_testdb import sqlite_only
from sqlalchemy import text

from samverkan_desktop import cli
from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus
from samverkan_desktop.domain.errors import ConflictError, ValidationError
from samverkan_desktop.domain.minutes_hash import minutes_hash
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.services import approval, signing, verification
from samverkan_desktop.services.approval import approve, minutes_state, reopen
from samverkan_desktop.services.verification import verify_all


def registered(uow, person_id: int) -> SigningKey:
    key = SigningKey.generate()
    signing.register_key(uow, person_id, key.public.file_text("Anna Andersson"))
    return key


def test_an_approval_signed_in_the_app_verifies_and_names_the_signer(uow, held) -> None:
    anna = held.people["Anna Andersson"]
    key = registered(uow, anna)
    state = approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=key)
    assert state.valid_approval.fingerprint == key.fingerprint and state.valid_approval.signed
    (check,) = verification.verify_signatures(uow)
    assert check.problem is None and check.fingerprint == key.fingerprint
    assert check.describe() == f"NOSAM Falkenberg 2026-09-15: signerat av Anna Andersson med nyckel {key.fingerprint}."


def test_an_unregistered_key_cannot_sign(uow, held) -> None:
    with pytest.raises(ValidationError, match="inte registrerad på Anna Andersson"):
        approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.IN_APP, signer=SigningKey.generate())
    assert minutes_state(uow, held.meeting).status is not MinutesStatus.APPROVED


def test_another_persons_key_cannot_sign(uow, held) -> None:
    bertil_key = registered(uow, held.people["Bertil Berg"])
    with pytest.raises(ValidationError, match="inte registrerad på Anna Andersson"):
        approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.IN_APP, signer=bertil_key)


def test_a_key_is_registered_once(uow, held) -> None:
    key = registered(uow, held.people["Anna Andersson"])
    with pytest.raises(ConflictError, match="redan registrerad på Anna Andersson"):
        signing.register_key(uow, held.people["Bertil Berg"], key.public.pem())


def test_garbage_is_no_public_key(uow, held) -> None:
    with pytest.raises(ValidationError, match="ingen publik signeringsnyckel"):
        signing.register_key(uow, held.people["Anna Andersson"],
                             "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")


def test_a_replaced_key_keeps_old_approvals_valid_but_signs_no_new_ones(uow, held) -> None:
    anna = held.people["Anna Andersson"]
    old = registered(uow, anna)
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=old)
    new = registered(uow, anna)
    keys = signing.keys_of(uow, anna)
    assert [k.fingerprint for k in keys] == [new.fingerprint, old.fingerprint]
    assert keys[0].current and not keys[1].current
    assert [c.problem for c in verification.verify_signatures(uow)] == [None]
    reopen(uow, held.meeting, "Rättelse")
    with pytest.raises(ValidationError, match="har ersatts"):
        approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=old)
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=new)
    checks = verification.verify_signatures(uow)
    assert [(c.fingerprint, c.problem) for c in checks] == [(old.fingerprint, None), (new.fingerprint, None)]


def test_an_unsigned_approval_is_listed_as_such(uow, approved) -> None:
    (check,) = verification.verify_signatures(uow)
    assert not check.signed and check.problem is None
    assert "osignerat godkännande av Anna Andersson" in check.describe()
    assert minutes_state(uow, approved.meeting).valid_approval.fingerprint is None


def _forge_text_and_recompute_hash(uow, engine, held) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE agenda_item SET decision_text = 'att avslå rutinen' WHERE id = :id"),
                           {"id": held.decision})
    with uow:
        meeting = uow.session.get(approval.Meeting, held.meeting)
        content = approval.minutes_content(uow.session, meeting)
    with engine.begin() as connection:
        connection.execute(text("UPDATE approval SET content_hash = :h, content = :c WHERE meeting_id = :m"),
                           {"h": minutes_hash(content), "c": approval.canonical_json(content), "m": held.meeting})


def test_a_database_forgery_is_an_invalid_signature(uow, held, engine, db_path, capsys) -> None:
    anna = held.people["Anna Andersson"]
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=registered(uow, anna))
    _forge_text_and_recompute_hash(uow, engine, held)
    assert verify_all(uow) == []  # the database agrees with itself ...
    (check,) = verification.verify_signatures(uow)  # ... but not with what Anna signed
    assert "kontrollsumman" in check.problem
    if engine.dialect.name == "sqlite":
        assert cli.main(["--db", str(db_path), "verify"]) == 2
        out = capsys.readouterr().out
        assert "ogiltig signatur" in out and "1 ogiltiga" in out


def test_a_forger_who_also_rewrites_the_signed_payload_breaks_the_signature(uow, held, engine) -> None:
    anna = held.people["Anna Andersson"]
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=registered(uow, anna))
    _forge_text_and_recompute_hash(uow, engine, held)
    with engine.connect() as connection:
        digest, payload = connection.execute(text("SELECT content_hash, signed_payload FROM approval")).one()
    forged = json.loads(payload) | {"content_hash": digest}
    with engine.begin() as connection:
        connection.execute(text("UPDATE approval SET signed_payload = :p"),
                           {"p": json.dumps(forged, sort_keys=True, separators=(",", ":"), ensure_ascii=False)})
    (check,) = verification.verify_signatures(uow)
    assert "signaturen stämmer inte" in check.problem


@pytest.mark.parametrize("column, value", [("signature", "A" * 86 + "=="), ("signature", "inte base64"),
                                           ("key_fingerprint", "0000 0000"), ("signing_key_id", None)])
def test_a_changed_signature_field_is_an_invalid_signature(uow, held, engine, column, value) -> None:
    anna = held.people["Anna Andersson"]
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=registered(uow, anna))
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE approval SET {column} = :v"), {"v": value})
    (check,) = verification.verify_signatures(uow)
    assert check.problem


def test_a_signature_moved_to_another_person_is_invalid(uow, held, engine) -> None:
    anna = held.people["Anna Andersson"]
    approve(uow, held.meeting, anna, ApprovalMethod.IN_APP, signer=registered(uow, anna))
    with engine.begin() as connection:
        connection.execute(text("UPDATE approval SET approved_by_id = :p"), {"p": held.people["Bertil Berg"]})
    (check,) = verification.verify_signatures(uow)
    assert "annan person" in check.problem


@sqlite_only("the command opens the SQLite file given with --db")
def test_cli_verify_lists_unsigned_approvals_and_exits_0(approved, db_path, capsys) -> None:
    assert cli.main(["--db", str(db_path), "verify"]) == 0
    out = capsys.readouterr().out
    assert "osignerat godkännande av Anna Andersson" in out and "1 osignerade" in out


@sqlite_only("the command opens the SQLite file given with --db")
def test_cli_register_key_prints_the_fingerprint(uow, held, db_path, tmp_path, capsys) -> None:
    key = SigningKey.generate()
    file = tmp_path / "anna.pub"
    file.write_text(key.public.file_text("Anna Andersson"), encoding="utf-8")
    assert cli.main(["--db", str(db_path), "register-key", "Anna Andersson", str(file)]) == 0
    assert key.fingerprint in capsys.readouterr().out
    assert signing.keys_of(uow, held.people["Anna Andersson"])[0].fingerprint == key.fingerprint
    assert cli.main(["--db", str(db_path), "register-key", "Ingen Alls", str(file)]) == 1
    assert "Ingen person heter" in capsys.readouterr().err
