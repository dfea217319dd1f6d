"""Creating and editing a person: name and e-mail checked at their fields, the employer kept, keys reachable for a
stored person."""

from __future__ import annotations

from samverkan_desktop.services import people
from samverkan_desktop.ui.dialogs.person_dialog import PersonDialog


def test_person_dialog_validates_email_and_keeps_employer(qtbot, uow, register):
    dialog = PersonDialog(uow)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Dag Holm")
    qtbot.keyClicks(dialog.email_edit, "dag.holm-at-exempel.se")
    dialog.employer_combo.set_value(register["region"].id)
    dialog.accept()
    assert "e-post" in dialog.error_text("email").lower()
    assert all(p.name != "Dag Holm" for p in people.list_people(uow))
    dialog.email_edit.setText("dag.holm@exempel.se")
    dialog.accept()
    assert dialog.result_value.employer_name == "Västra Götalandsregionen"


def test_person_dialog_requires_a_name(qtbot, uow):
    dialog = PersonDialog(uow)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "   ")
    dialog.accept()
    assert dialog.error_text("name") == "Personen måste ha ett namn."
    assert people.list_people(uow) == []


def test_an_edit_changes_the_person_in_place_and_offers_the_keys(qtbot, uow, register):
    anna = register["anna"]
    dialog = PersonDialog(uow, anna)
    qtbot.addWidget(dialog)
    assert (dialog.name_edit.text(), dialog.title_edit.text(), dialog.employer_combo.value()) == (
        "Anna Berg", "förvaltningschef", register["kommun"].id)
    assert dialog.keys_button.text() == "Nycklar…"
    dialog.phone_edit.setText("031-123 45 67")
    dialog.employer_combo.set_value(None)
    dialog.accept()
    [stored] = [p for p in people.list_people(uow) if p.id == anna.id]
    assert (stored.phone, stored.employer_id) == ("031-123 45 67", None)
    assert len(people.list_people(uow)) == 3
    new = PersonDialog(uow)
    qtbot.addWidget(new)
    assert not hasattr(new, "keys_button")  # a new person has no keys yet
