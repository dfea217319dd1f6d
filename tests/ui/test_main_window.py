from __future__ import annotations

import linecache

from PySide6.QtCore import Qt

from samverkan_desktop.domain.enums import GroupKind, Role
from samverkan_desktop.services import memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.ui.dialogs.group_dialog import GroupDialog
from samverkan_desktop.ui.dialogs.membership_dialog import MembershipDialog
from samverkan_desktop.ui.models.group_tree_model import GROUP_ID_ROLE


def visible_group_names(window) -> list[str]:
    names = []

    def walk(parent):
        for row in range(window.tree_proxy.rowCount(parent)):
            index = window.tree_proxy.index(row, 0, parent)
            names.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return names


def test_tree_shows_the_hierarchy_and_filters(qtbot, uow, register, main_window):
    main_window.reload_groups()
    lgs = main_window.tree_proxy.index(0, 0)
    assert lgs.data() == "Ledningsgrupp för samverkan"
    assert main_window.tree_proxy.index(0, 0, lgs).data() == "Temagrupp Äldre"
    main_window.filter_edit.setText("äldre")
    assert visible_group_names(main_window) == ["Ledningsgrupp för samverkan", "Temagrupp Äldre"]
    main_window.filter_edit.setText("finns inte")
    assert visible_group_names(main_window) == []


def test_selecting_a_group_shows_its_overview_and_members(qtbot, uow, register, main_window):
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id))
    main_window.reload_groups()
    main_window.select_group(register["lgs"].id)
    page = main_window.group_page
    assert main_window.pages.currentWidget() is page
    assert page.title.text() == "Ledningsgrupp för samverkan"
    text = page.facts.toPlainText()
    assert "Ordförande" in text and "Anna Berg (Göteborgs Stad, kommun)" in text
    assert "Ingen uppdragshandling registrerad." in text
    assert page.tabs.tabText(0) == "Översikt" and page.tabs.tabText(1) == "Medlemmar"
    assert page.member_model.rowCount() == 1
    assert page.member_model.index(0, 1).data() == "Ordförande"


def test_new_group_through_the_menu_action(qtbot, uow, register, main_window, monkeypatch):
    def run_dialog(dialog):
        dialog.name_edit.setText("NOSAM Hisingen")
        dialog.kind_combo.set_value(GroupKind.NOSAM)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GroupDialog, "exec", run_dialog)
    main_window.select_group(register["tema"].id)
    main_window.new_subgroup_action.trigger()
    new_id = main_window.selected_group_id()
    assert main_window.tree.currentIndex().data() == "NOSAM Hisingen"
    parent = main_window.tree.currentIndex().parent()
    assert parent.data() == "Temagrupp Äldre"
    assert main_window.tree.currentIndex().data(GROUP_ID_ROLE) == new_id


def test_add_member_from_the_members_tab_refreshes_tree_count(qtbot, uow, register, main_window, monkeypatch):
    def run_dialog(dialog):
        dialog.person_combo.set_value(register["bo"].id)
        dialog.role_combo.set_value(Role.MEMBER)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MembershipDialog, "exec", run_dialog)
    main_window.select_group(register["tema"].id)
    qtbot.mouseClick(main_window.group_page.add_member_button, Qt.MouseButton.LeftButton)
    assert main_window.group_page.member_model.rowCount() == 1
    index = main_window.tree_model.index_of(register["tema"].id)
    assert index.siblingAtColumn(2).data() == "1"


def test_register_pages_list_and_filter(qtbot, uow, register, main_window):
    main_window.show_people_action.trigger()
    page = main_window.people_page
    assert main_window.pages.currentWidget() is page
    assert page.proxy.rowCount() == 3
    page.filter_edit.setText("ek")
    assert page.proxy.rowCount() == 1
    main_window.show_organisations_action.trigger()
    assert main_window.organisation_page.proxy.rowCount() == 2
    assert main_window.organisation_page.model.index(0, 2).data() in {"Kommun", "Region"}


def test_menus_speak_swedish(main_window):
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Register", "&Uppföljning", "&Hjälp"]


def test_the_window_lets_go_of_the_module_sources_pyside_has_read(qtbot, uow):
    """PySide6 reads each module imported after it (linecache keeps the lines): some 20 MB the app never shows."""
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    assert linecache.getlines(__file__)  # as PySide6 reads a module's source
    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    assert __file__ not in linecache.cache


def test_the_periodic_backup_runs_off_the_gui_thread_and_says_so_in_the_status_bar(qtbot, uow, db_path) -> None:
    import threading
    from datetime import UTC, datetime, timedelta

    from samverkan_desktop.application.safety import BackupKeeper
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    keeper = BackupKeeper(db_path, uow, now=datetime.now(UTC) - timedelta(hours=1))
    threads: list[bool] = []
    real_backup = keeper.backup_if_due

    def spying(now=None):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_backup(now)

    keeper.backup_if_due = spying
    window = MainWindow(uow, Settings(), database_label="test", backups=keeper)
    qtbot.addWidget(window)
    window.backup_if_due()
    assert threads == [] and window.backup_task is None  # nothing changed: nothing to do, no thread
    from samverkan_desktop.domain.enums import GroupKind
    from samverkan_desktop.services import groups
    from samverkan_desktop.services.dto import GroupData

    groups.create_group(uow, GroupData("Temagrupp Barn", GroupKind.THEME_GROUP))
    window.backup_if_due()
    qtbot.waitUntil(lambda: window.backup_task is None, timeout=10_000)
    assert threads == [False]
    assert "Säkerhetskopia tagen" in window.statusBar().currentMessage()
    assert [b.reason for b in keeper.list()] == ["automatisk"]


def test_a_snapshot_that_failed_its_check_is_shown_as_a_banner(qtbot, uow, db_path) -> None:
    from samverkan_desktop.application.safety import BackupKeeper
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    keeper = BackupKeeper(db_path, uow)
    keeper._failed_checks.append("Säkerhetskopian x.db blev inte felfri.")
    window = MainWindow(uow, Settings(), database_label="test", backups=keeper)
    qtbot.addWidget(window)
    window.backup_if_due()
    assert [b.text() for b in window.banners()] == ["Säkerhetskopian x.db blev inte felfri."]
