from __future__ import annotations

from samverkan_desktop.infra.config import Settings, SettingsStore
from samverkan_desktop.ui.dialogs.settings_dialog import SettingsDialog
from samverkan_desktop.ui.main_window import MainWindow


def test_settings_dialog_changes_language_and_user(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.language_combo.set_value("en")
    dialog.user_edit.setText("  Sekreterare Svensson ")
    dialog.accept()
    assert dialog.result_value.language == "en"
    assert dialog.result_value.actor == "Sekreterare Svensson"


def test_main_window_saves_settings_to_the_store(qtbot, uow, tmp_path, monkeypatch):
    store = SettingsStore(tmp_path / "settings.json")
    window = MainWindow(uow, Settings(), save_settings=store.save)
    qtbot.addWidget(window)

    def run(dialog):
        dialog.language_combo.set_value("en")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.settings_action.trigger()
    assert store.load().language == "en"


def test_a_damaged_settings_file_falls_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{inte json", encoding="utf-8")
    assert SettingsStore(path).load() == Settings()
    path.write_text('{"language": "klingon", "okänd": 1}', encoding="utf-8")
    assert SettingsStore(path).load().language == "sv"


def test_spell_checking_is_turned_off_in_the_settings_and_stays_off(qtbot, uow, tmp_path, monkeypatch):
    from samverkan_desktop.ui import spelling

    store = SettingsStore(tmp_path / "settings.json")
    window = MainWindow(uow, Settings(), save_settings=store.save)
    qtbot.addWidget(window)
    assert spelling.checker().enabled

    def run(dialog):
        dialog.spelling_check.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.settings_action.trigger()
    try:
        assert store.load().spell_check is False
        assert not spelling.checker().enabled
        again = MainWindow(uow, store.load())  # the next start
        qtbot.addWidget(again)
        assert not spelling.checker().enabled
    finally:
        spelling.checker().set_enabled(True)
