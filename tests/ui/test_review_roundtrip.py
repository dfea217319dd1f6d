"""Approval without the database: review file -> review mode -> receipt -> import, and the refusals."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samverkan_desktop import app
from samverkan_desktop.domain.enums import MinutesStatus, Role
from samverkan_desktop.domain.review_file import Approver, dump_receipt, load_receipt, load_review
from samverkan_desktop.services import agenda, approval, meetings, memberships, minutes, signing, verification
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor
from samverkan_desktop.ui.review_window import ReviewWindow


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args: shown.append(args[2]))
    return shown


PASSPHRASE = "korrekt häst batteri"


@pytest.fixture
def store(tmp_path, uow, register, monkeypatch):
    """Anna's key in her data folder, registered on her; the passphrase dialog is answered with its passphrase."""
    keys = KeyStore(tmp_path / "anna" / "keys")
    local = keys.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    signing.register_key(uow, register["anna"].id, local.public_path.read_text(encoding="utf-8"))

    def answer(dialog) -> int:
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    return keys


@pytest.fixture
def editor(qtbot, uow, register, store):
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    memberships.save_membership(uow, MembershipData(register["cilla"].id, register["lgs"].id, Role.MEMBER,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    for title in ("Lägesrapport", "Handlingsplan"):
        agenda.add_item(uow, meeting.value.id, AgendaItemData(title), position=9)
    meetings.mark_held(uow, meeting.value.id)
    window = MeetingEditor(uow, meeting.value.id)
    qtbot.addWidget(window)
    return window


def export(editor, tmp_path, monkeypatch):
    target = tmp_path / "granskning.granskning"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    assert editor.export_review_file() == target
    return target


def chair_review(qtbot, review_path, tmp_path, monkeypatch, *, approve=True, comment="Stavfel i rubriken"):
    window = ReviewWindow(load_review(review_path.read_bytes()), review_path,
                          store=KeyStore(tmp_path / "anna" / "keys"))
    qtbot.addWidget(window)
    window.model.setData(window.model.index(0, window.model.COMMENT), comment)
    receipt_path = tmp_path / "svar.kvitto"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(receipt_path), ""))
    assert window.save_receipt(approved=approve) == receipt_path
    return receipt_path


def import_receipt(editor, path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(path), ""))
    editor.import_receipt()


def test_the_round_trip_approves_and_brings_the_comments(qtbot, uow, editor, store, tmp_path, monkeypatch,
                                                         messages):
    review_path = export(editor, tmp_path, monkeypatch)
    receipt_path = chair_review(qtbot, review_path, tmp_path, monkeypatch)
    import_receipt(editor, receipt_path, monkeypatch)
    state = approval.minutes_state(uow, editor.meeting.id)
    assert state.status is MinutesStatus.APPROVED
    assert state.valid_approval.method.value == "granskningsfil"
    assert state.valid_approval.fingerprint == store.local_keys()[0].fingerprint
    assert [c.problem for c in verification.verify_signatures(uow)] == [None]
    assert "Anna Berg har godkänt" in messages[-1]
    editor.agenda_view.selectRow(0)
    assert "Anna Berg kommenterade: Stavfel i rubriken" in editor.minutes_pane.comment_label.text()


def test_comments_only_leave_the_minutes_unapproved(qtbot, uow, editor, tmp_path, monkeypatch, messages):
    review_path = export(editor, tmp_path, monkeypatch)
    receipt_path = chair_review(qtbot, review_path, tmp_path, monkeypatch, approve=False)
    import_receipt(editor, receipt_path, monkeypatch)
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT
    assert "lämnat kommentarer" in messages[-1]


def test_a_receipt_for_changed_minutes_is_refused(qtbot, uow, editor, tmp_path, monkeypatch, messages):
    receipt_path = chair_review(qtbot, export(editor, tmp_path, monkeypatch), tmp_path, monkeypatch)
    item = agenda.list_items(uow, editor.meeting.id)[1]
    minutes.save_text(uow, item.id, "Tillagt efter granskningen", None)
    import_receipt(editor, receipt_path, monkeypatch)
    assert "har ändrats sedan granskningsfilen skapades" in messages[-1]
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT


def test_a_receipt_from_someone_who_is_not_the_chair_is_refused(qtbot, uow, editor, register, tmp_path,
                                                                 monkeypatch, messages):
    receipt_path = chair_review(qtbot, export(editor, tmp_path, monkeypatch), tmp_path, monkeypatch)
    receipt = load_receipt(receipt_path.read_bytes())
    forged = replace(receipt, approver=Approver(register["cilla"].id, "Cilla Lund", "ordforande"))
    receipt_path.write_bytes(dump_receipt(forged))
    import_receipt(editor, receipt_path, monkeypatch)
    assert "Cilla Lund var inte ordförande" in messages[-1]
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT


@pytest.mark.parametrize("damage", ["truncate", "edit", "garbage"])
def test_a_damaged_receipt_is_refused(qtbot, uow, editor, tmp_path, monkeypatch, messages, damage):
    receipt_path = chair_review(qtbot, export(editor, tmp_path, monkeypatch), tmp_path, monkeypatch)
    data = receipt_path.read_bytes()
    if damage == "truncate":
        receipt_path.write_bytes(data[: len(data) // 2])
    elif damage == "edit":
        receipt_path.write_bytes(data.replace(b'"approved": true', b'"approved": false'))
    else:
        receipt_path.write_bytes(b"\x00\xff not a receipt")
    import_receipt(editor, receipt_path, monkeypatch)
    assert ("Kvittots signatur stämmer inte" if damage == "edit" else "Kvittot är skadat eller ändrat") in messages[-1]
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT


def test_a_review_file_given_as_a_receipt_is_named_for_what_it_is(qtbot, uow, editor, tmp_path, monkeypatch,
                                                                  messages):
    import_receipt(editor, export(editor, tmp_path, monkeypatch), monkeypatch)
    assert "Filen är inget kvitto" in messages[-1]


def test_review_mode_starts_without_a_database_and_refuses_a_damaged_file(qapp, editor, tmp_path, monkeypatch,
                                                                         capsys):
    review_path = export(editor, tmp_path, monkeypatch)
    assert app.main(["--review", str(review_path), "--smoke-test"]) == 0
    review_path.write_bytes(review_path.read_bytes()[:-40])
    assert app.main(["--review", str(review_path), "--smoke-test"]) == 1
    assert "Granskningsfilen är skadad" in capsys.readouterr().err


def test_review_mode_without_a_key_says_so_and_writes_nothing(qtbot, uow, editor, tmp_path, monkeypatch,
                                                              messages):
    review_path = export(editor, tmp_path, monkeypatch)
    window = ReviewWindow(load_review(review_path.read_bytes()), review_path, store=KeyStore(tmp_path / "none"))
    qtbot.addWidget(window)
    assert window.save_receipt(approved=True) is None
    assert "Välj din signeringsnyckel" in messages[-1]
    assert not list(tmp_path.glob("*.kvitto"))


def test_a_wrong_passphrase_keeps_the_dialog_open(qtbot, store) -> None:
    key = store.local_keys()[0]
    dialog = PassphraseDialog(store, key, "Test")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("fel fras helt och hållet")
    dialog.accept()
    assert dialog.result_value is None and "Fel lösenfras" in dialog.error_text("passphrase")


def test_a_hostile_review_file_is_a_message_in_review_mode(qapp, tmp_path, capsys):
    path = tmp_path / "djup.granskning"
    path.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    assert app.main(["--review", str(path), "--smoke-test"]) == 1
    assert "för djupt nästlad" in capsys.readouterr().err
    document = {"format": "samverkan-granskningsfil", "version": 2, "checksum": "x",
                "payload": {"meeting_id": "1"}}
    path.write_text(json.dumps(document), encoding="utf-8")
    assert app.main(["--review", str(path), "--smoke-test"]) == 1
    assert "Granskningsfilen är skadad" in capsys.readouterr().err
