"""Start-up stays quick: showing the main window on a filled database loads no exporter libraries. Word,
Excel and iCalendar support (python-docx, openpyxl, icalendar), and the holiday calendar, are imported by
the functions that need them. Checked in a fresh interpreter: this test process has imported them all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain import calendar
from samverkan_desktop.sampledata.demo import create_demo_data

DEFERRED = ("docx", "openpyxl", "icalendar", "lxml", "holidays")
#: Imported when first used, not to show the tree: the pages and the publishing and export modules.
FIRST_USE = ("samverkan_desktop.ui.pages.group_page", "samverkan_desktop.ui.pages.follow_up_page",
             "samverkan_desktop.application.publishing", "samverkan_desktop.export.publisher",
             "samverkan_desktop.services.documents", "samverkan_desktop.sampledata.demo")

START = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from samverkan_desktop.app import open_database
from samverkan_desktop.infra.config import Settings
from samverkan_desktop.ui.main_window import MainWindow
engine, uow = open_database(sys.argv[1], read_only=sys.argv[2] == "read-only")
window = MainWindow(uow, Settings(), database_label="test")
window.show()
app.processEvents()
assert window.tree_model.rowCount() > 0, "the group tree is empty"
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules) & set(sys.argv[3:]))))
window.close()
engine.dispose()
"""


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory) -> str:
    from samverkan_desktop.db.migrate import upgrade_database
    from samverkan_desktop.infra.config import migrations_dir

    path = tmp_path_factory.mktemp("startup") / "demo.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, migrations_dir())
    create_demo_data(create_unit_of_work(engine, "testare"), date(2026, 11, 22))  # nothing published: no docx
    engine.dispose()
    return f"sqlite:///{path}"


@pytest.mark.parametrize("mode", ["writer", "read-only"])
def test_the_main_window_starts_without_the_exporter_libraries_or_alembic(demo_url, tmp_path, mode):
    """Both paths: the writer's (schema at head: nothing to migrate) and the read-only one beside another
    instance, which reads the schema revision without alembic (it used to import it: +0.9 s)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", START, demo_url, mode, *FIRST_USE], capture_output=True, text=True,
                            env=environment, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "sqlalchemy" in loaded  # the check itself works
    assert not loaded & {*DEFERRED, "alembic"}, f"imported at start-up: {sorted(loaded & {*DEFERRED, 'alembic'})}"
    assert not loaded & set(FIRST_USE), f"imported before first use: {sorted(loaded & set(FIRST_USE))}"


def test_holiday_categories_are_the_packages():
    from holidays.constants import DE_FACTO, OPTIONAL, PUBLIC

    assert (calendar.PUBLIC, calendar.DE_FACTO, calendar.OPTIONAL) == (PUBLIC, DE_FACTO, OPTIONAL)


FIRST_WINDOW = """
import json, sys
from samverkan_desktop.ui import first_window
seen = {}
original = first_window.FirstWindow.show
def show(self):
    original(self)
    seen["heavy"] = sorted(name for name in ("sqlalchemy", "alembic", "docx", "samverkan_desktop.ui.main_window",
                                             "samverkan_desktop.ui.pages") if name in sys.modules)
first_window.FirstWindow.show = show
from samverkan_desktop.app import main
code = main(["--db", sys.argv[1], "--smoke-test"])
print(json.dumps({"code": code, **seen}))
"""


def test_the_first_window_is_painted_before_the_database_and_the_pages_are_imported(demo_url, tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", FIRST_WINDOW, demo_url.removeprefix("sqlite:///")],
                            capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["heavy"] == [], seen


TREE_FIRST = """
import json, sys, threading
from PySide6.QtCore import QTimer
from samverkan_desktop.ui import first_window
seen = {}
original = first_window.FirstWindow.show_group_tree
def show(self, nodes):
    original(self, nodes)
    seen["heavy"] = sorted(name for name in ("sqlalchemy", "alembic", "docx", "samverkan_desktop.db.models",
                                             "samverkan_desktop.db.uow", "samverkan_desktop.ui.main_window",
                                             "samverkan_desktop.ui.pages") if name in sys.modules)
    seen["nodes"] = [[n.id, n.name, n.member_count, n.chair_name, n.active] for n in nodes]
    seen["shown"] = self.isVisible() and self.tree.isVisible() and self.tree.model().rowCount() > 0
    seen["window"] = self
first_window.FirstWindow.show_group_tree = show
original_chosen = first_window.chosen_group
def chosen_group(app):  # what app.py asks before it shows the main window (and selects that group)
    seen["opened_on"] = original_chosen(app)
    return seen["opened_on"]
first_window.chosen_group = chosen_group
import samverkan_desktop.app as app_module
original_import = app_module.import_while_responsive
def import_while_responsive(names):
    def choose():  # runs only if the event loop turns while the main window's modules load
        tree = seen["window"].tree
        seen["while_loading"] = any(t.name == "start-imports" for t in threading.enumerate())
        index = tree.model().index(0, 0)
        tree.setCurrentIndex(index)
        seen["chosen"] = tree.model().node(index).id
    QTimer.singleShot(0, choose)
    original_import(names)
app_module.import_while_responsive = import_while_responsive
from samverkan_desktop.app import main
code = main(["--db", sys.argv[1], "--smoke-test"])
seen.pop("window", None)
print(json.dumps({"code": code, **seen}))
"""


def test_the_group_tree_is_shown_before_sqlalchemy_and_the_main_window_are_imported(demo_url, tmp_path):
    """On a SQLite file at the schema head the first window shows the tree, read plainly (services.quick_tree),
    before SQLAlchemy, the models and the main window load; the same groups as the service's tree."""
    from samverkan_desktop.services import groups

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", TREE_FIRST, demo_url.removeprefix("sqlite:///")],
                            capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["heavy"] == [] and seen["shown"], seen
    engine = create_database_engine(demo_url)
    try:
        expected = groups.list_group_tree(create_unit_of_work(engine, "testare"))
    finally:
        engine.dispose()
    assert seen["nodes"] == [[n.id, n.name, n.member_count, n.chair_name, n.active] for n in expected]
    # The tree is usable while the rest loads: a group chosen then is the one the main window opens on.
    assert seen.get("chosen") is not None and seen["chosen"] == seen["opened_on"] and seen["while_loading"], seen


def test_the_group_chosen_in_the_first_window_is_the_one_the_main_window_opens_on(demo_url, tmp_path, monkeypatch,
                                                                                  qtbot):
    from samverkan_desktop import app as app_module
    from samverkan_desktop.ui import first_window

    chosen: dict[str, int] = {}
    original = first_window.FirstWindow.show_group_tree

    def show_and_choose(self, nodes):
        original(self, nodes)
        index = self.tree.model().index(0, 0)
        self.tree.setCurrentIndex(index)
        chosen["id"] = self.tree.model().node(index).id

    monkeypatch.setattr(first_window.FirstWindow, "show_group_tree", show_and_choose)
    opened: dict[str, int | None] = {}
    from samverkan_desktop.ui.main_window import MainWindow

    original_show = MainWindow.show

    def remember(window):
        original_show(window)
        opened["window"] = window

    monkeypatch.setattr(MainWindow, "show", remember)
    monkeypatch.setattr(MainWindow, "select_group",
                        lambda window, group_id: opened.__setitem__("selected", group_id))
    assert app_module.main(["--db", demo_url.removeprefix("sqlite:///"), "--smoke-test"]) == 0
    assert chosen and opened.get("selected") == chosen["id"]
