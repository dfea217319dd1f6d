"""The register pages: an organisation is removed from the GUI (issue 18 point 6: organisations.delete_organisation
had no way in), after a question; one still in use is refused with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.services import organisations
from samverkan_desktop.services.dto import OrganisationData


def select_named(page, name: str) -> None:
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == name)
    page.view.selectRow(row)


def test_an_unused_organisation_is_removed_after_a_question(qtbot, uow, register, main_window, monkeypatch):
    organisations.create_organisation(uow, OrganisationData("Annan part", OrganisationKind.OTHER))
    main_window.show_organisations_action.trigger()
    page = main_window.organisation_page
    assert page.proxy.rowCount() == 3
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_args: asked.append(text)
                        or QMessageBox.StandardButton.No)
    select_named(page, "Annan part")
    assert not page.remove_selected()  # declined: still there
    assert asked == ["Ta bort Annan part ur registret?"] and page.proxy.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.remove_button.click()
    assert "Annan part" not in {o.name for o in organisations.list_organisations(uow)}
    assert page.proxy.rowCount() == 2


def test_an_organisation_in_use_is_refused_with_the_reason(qtbot, uow, register, main_window, monkeypatch):
    main_window.show_organisations_action.trigger()
    page = main_window.organisation_page
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_args: warned.append((title, text)))
    select_named(page, "Göteborgs Stad")
    assert not page.remove_selected()
    assert warned == [("Kunde inte ta bort",
                       "Göteborgs Stad kan inte tas bort: den används av 2 personer. Ändra eller ta bort dem först; "
                       "anteckningar och förankring behåller sin historia.")]
    assert page.proxy.rowCount() == 2


def test_a_person_added_in_the_dialog_reaches_the_people_page_through_the_hub(qtbot, uow, register, main_window,
                                                                             monkeypatch):
    """main_window.new_person no longer reloads the page by hand: the dialog's save is announced and the page
    (shown) follows; the organisations page, hidden, is marked stale and reloads when it is shown."""
    from samverkan_desktop.services import people
    from samverkan_desktop.services.dto import PersonData
    from samverkan_desktop.ui import main_window as main_window_module
    from samverkan_desktop.ui.operations import Changes, subscribe

    main_window.show_people()
    page, other = main_window.people_page, main_window.organisation_page
    before = page.proxy.rowCount()
    heard: list[Changes] = []
    subscribe(page, heard.append)

    class SavingDialog:
        def __init__(self, uow, existing, parent) -> None:
            self.uow = uow

        def exec(self) -> int:
            people.create_person(self.uow, PersonData("Ny Person"))
            return 1

    monkeypatch.setattr(main_window_module, "_person_dialog", SavingDialog)
    main_window.new_person()
    assert heard and heard[-1].register
    assert page.proxy.rowCount() == before + 1 and "Ny Person" in {
        page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert other.stale  # hidden: reloaded when next shown, not now
    main_window.show_organisations()
    assert not other.stale


def test_a_register_import_refreshes_the_shown_register_page(qtbot, uow, register, main_window):
    from samverkan_desktop.ui.operations import Changes, notify

    main_window.show_people()
    page = main_window.people_page
    before = page.proxy.rowCount()
    from samverkan_desktop.services import people
    from samverkan_desktop.services.dto import PersonData

    people.create_person(uow, PersonData("Importerad Person"))  # as the import wizard does, then announces it
    assert page.proxy.rowCount() == before
    notify(Changes(register=True))
    assert page.proxy.rowCount() == before + 1
