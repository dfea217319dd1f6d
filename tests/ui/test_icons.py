"""One icon set for toolbars and menus (Lucide, licence kept beside it), loaded through ui/icons.py."""

from __future__ import annotations

from samverkan_desktop.infra.config import resources_dir
from samverkan_desktop.ui.icons import ACTIONS, icon


def test_every_action_icon_is_there_and_draws(qapp) -> None:
    folder = resources_dir() / "icons" / "actions"
    assert (folder / "LICENSE-lucide.txt").read_text().startswith("ISC License")
    for name, file in ACTIONS.items():
        assert (folder / f"{file}.svg").is_file(), file
        assert not icon(name).pixmap(24, 24).isNull(), name
    assert {p.stem for p in folder.glob("*.svg")} == set(ACTIONS.values())  # only what is used is carried
    assert icon("no-such-icon").isNull()


def test_the_toolbar_and_menu_actions_carry_icons(qtbot, main_window) -> None:
    for action in (main_window.new_group_action, main_window.show_people_action, main_window.follow_up_action,
                   main_window.publish_action, main_window.import_register_action):
        assert not action.icon().isNull(), action.text()
