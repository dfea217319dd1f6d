"""ui/review_window.py: review mode, where a chair reads minutes from a review file without any database: the
comment table (checked by qtmodeltester), choosing one's name and key, and the signed receipt saved where the
chair says, or refused in words. tests/ui/test_review_roundtrip.py carries a receipt back into the editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from samverkan_desktop.domain.minutes_hash import short_hash
from samverkan_desktop.domain.review_file import RECEIPT_SUFFIX, Approver, load_receipt
from samverkan_desktop.services import agenda, meetings, memberships, review
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from samverkan_desktop.ui.dialogs.signing_key_dialog import SigningKeyDialog
from samverkan_desktop.ui.review_window import ReviewWindow

PASSPHRASE = "tre gröna äpplen i korgen"


@pytest.fixture
def review_file(uow, register):
    """The review file of a held LGS meeting with two items; Anna Berg is the chair. Built once through the
    services: the window itself reads no database."""
    from samverkan_desktop.domain.enums import Role

    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13),
                                                       time(15))).value.id
    agenda.add_item(uow, meeting, AgendaItemData("Information från regionen"))
    agenda.add_item(uow, meeting, AgendaItemData("Rutinen för SIP"))
    meetings.mark_held(uow, meeting)
    return review.build_review(uow, meeting)


@pytest.fixture
def store(tmp_path) -> KeyStore:
    return KeyStore(tmp_path / "nycklar")


@pytest.fixture
def said(monkeypatch) -> list[str]:
    messages: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, body, *rest: messages.append(body))
    return messages


@pytest.fixture
def passphrase(monkeypatch):
    """The passphrase dialog answers with the right passphrase (or, set to None, is cancelled)."""
    answer = {"text": PASSPHRASE}

    def ask(cls, key_store, key, what, parent=None):
        answer["what"] = what
        return None if answer["text"] is None else key_store.open(key, answer["text"])

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    return answer


def _window(qtbot, review_file, store, tmp_path) -> ReviewWindow:
    window = ReviewWindow(review_file, tmp_path / f"granskning{RECEIPT_SUFFIX}", store=store)
    qtbot.addWidget(window)
    return window


def _save_to(monkeypatch, path) -> list[str]:
    suggested: list[str] = []

    def ask(parent, title, proposal, filters):
        suggested.append(proposal)
        return str(path) if path else "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def test_the_review_comment_model(qtmodeltester):
    from samverkan_desktop.ui.review_window import CommentTableModel

    model = CommentTableModel([{"position": 1, "paragraph": 3, "title": "A"}, {"position": 2, "paragraph": 4,
                                                                             "title": "B"}])
    qtmodeltester.check(model)
    assert model.setData(model.index(1, model.COMMENT), "Bra")
    assert not model.setData(model.index(1, model.TITLE), "x")
    assert [c.paragraph for c in model.comments()] == [4]


def test_the_window_names_the_meeting_and_the_checksum(qtbot, qtmodeltester, review_file, store, tmp_path) -> None:
    window = _window(qtbot, review_file, store, tmp_path)
    qtmodeltester.check(window.model)
    assert window.windowTitle() == "Granskning: Ledningsgrupp för samverkan, 2026-03-10"
    info = ("Granskningsläge: ingen databas är öppen. Anteckningarnas kontrollsumma: "
            + short_hash(review_file.content_hash))
    assert info in [label.text() for label in window.findChildren(QLabel)]
    assert [window.model.index(r, window.model.TITLE).data() for r in range(2)] == [
        "Information från regionen", "Rutinen för SIP"]
    assert "Rutinen för SIP" in window.text.toPlainText()


def test_the_only_approver_and_the_only_key_are_chosen(qtbot, review_file, store, tmp_path) -> None:
    key = store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    window = _window(qtbot, review_file, store, tmp_path)
    assert window.approver_combo.value() == review_file.approvers[0].person_id
    assert window.key_combo.value() == key.fingerprint
    two = replace(review_file, approvers=(*review_file.approvers, Approver(99, "Bo Ek", "vice_ordforande")))
    store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    other = _window(qtbot, two, store, tmp_path)
    assert other.approver_combo.value() is None and other.key_combo.value() is None


def test_approving_signs_the_receipt_and_saves_it_beside_the_review_file(qtbot, review_file, store, tmp_path,
                                                                          monkeypatch, said, passphrase) -> None:
    key = store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    window = _window(qtbot, review_file, store, tmp_path)
    window.model.setData(window.model.index(1, window.model.COMMENT), "  Bra rutin  ")
    window.note_edit.setText(" Tack ")
    target = tmp_path / f"kvitto{RECEIPT_SUFFIX}"
    suggested = _save_to(monkeypatch, target)
    window.approve_button.click()
    assert suggested == [str(tmp_path / f"kvitto Ledningsgrupp för samverkan 2026-03-10{RECEIPT_SUFFIX}")]
    assert said == [f"Kvittot är sparat som {target.name}. Skicka det till sekreteraren."]
    receipt = load_receipt(target.read_bytes())
    assert receipt.approved and receipt.note == "Tack" and receipt.content_hash == review_file.content_hash
    assert [(c.title, c.text) for c in receipt.comments] == [("Rutinen för SIP", "Bra rutin")]
    assert receipt.fingerprint == key.fingerprint
    assert short_hash(review_file.content_hash) in passphrase["what"]


@pytest.mark.parametrize("approved, comment, expected", [
    (False, "", "Skriv minst en kommentar, eller godkänn anteckningarna."),
    (True, "", "Välj din signeringsnyckel, eller skapa en: kvittot måste signeras för att sekreteraren ska kunna "
               "ta emot det."),
])
def test_refusals_are_said_and_nothing_is_written(qtbot, review_file, tmp_path, monkeypatch, said, approved,
                                                  comment, expected) -> None:
    window = _window(qtbot, review_file, KeyStore(tmp_path / "inga"), tmp_path)
    _save_to(monkeypatch, tmp_path / "k.kvitto")
    assert window.save_receipt(approved=approved) is None
    assert said == [expected] and not (tmp_path / "k.kvitto").exists()


def test_without_a_name_chosen_there_is_no_receipt(qtbot, review_file, store, tmp_path, said) -> None:
    window = _window(qtbot, review_file, store, tmp_path)
    window.approver_combo.set_value(None)
    assert window.save_receipt(approved=True) is None
    assert said == ["Välj ditt namn bland dem som får godkänna anteckningarna."]


def test_a_cancelled_passphrase_or_file_choice_saves_nothing_and_says_nothing(qtbot, review_file, store, tmp_path,
                                                                             monkeypatch, said, passphrase) -> None:
    store.create("Anna Berg", PASSPHRASE, PASSPHRASE)
    window = _window(qtbot, review_file, store, tmp_path)
    asked = _save_to(monkeypatch, None)
    passphrase["text"] = None
    assert window.save_receipt(approved=True) is None
    assert asked == []  # no file is asked for without a signature
    passphrase["text"] = PASSPHRASE
    assert window.save_receipt(approved=True) is None
    assert len(asked) == 1 and said == [] and not list(tmp_path.glob(f"*{RECEIPT_SUFFIX}"))


def test_a_new_key_is_made_for_the_chosen_name_and_then_chosen(qtbot, review_file, store, tmp_path,
                                                               monkeypatch) -> None:
    window = _window(qtbot, review_file, store, tmp_path)
    made = []

    def create(dialog) -> int:
        made.append(dialog.owner_edit.text())
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.repeat_edit.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SigningKeyDialog, "exec", create)
    monkeypatch.setattr(SigningKeyDialog, "show_result", lambda dialog: None)
    window.new_key_button.click()
    (key,) = store.local_keys()
    assert made == ["Anna Berg"] and window.key_combo.value() == key.fingerprint
