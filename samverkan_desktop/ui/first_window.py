"""The window a start shows first: painted before SQLAlchemy, alembic, the pages and the exporters are imported,
so that a person sees the program at once (those imports alone take longer than a bare Qt window on a small PC).

It imports nothing but PySide6 and the package's name. The main window (or the review window) takes its place as
soon as it is shown; any way out of the start closes it too. No text to translate: the translations are
installed after it (they need the settings), so it shows the program's name and icon only.

On a SQLite file, once the start-up checks have passed, app.py gives it the group tree read plainly
(services.quick_tree, no SQLAlchemy): ``show_group_tree`` shows it, already to browse and choose from, while the
database layer and the main window load; the group chosen there is the one the main window opens on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QMainWindow, QSplitter, QTreeView

from .. import APP_NAME

SIZE = (1280, 800)  # the main window's first size


class FirstWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(*SIZE)
        label = QLabel(APP_NAME, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(label.font())
        font.setPointSize(font.pointSize() * 2)
        label.setFont(font)
        label.setEnabled(False)  # greyed: nothing here to click yet
        self.label = label
        self.setCentralWidget(label)
        self.tree: QTreeView | None = None

    def show_group_tree(self, nodes: list) -> None:
        """The group tree (``GroupNode``s, as the main window's) beside the name, expanded, nothing chosen."""
        from .models.group_tree_model import GroupTreeModel

        model = GroupTreeModel(self)
        model.set_nodes(nodes)
        splitter = QSplitter(self)
        tree = self.tree = QTreeView(splitter)
        tree.setModel(model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setColumnHidden(GroupTreeModel.KIND, True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GroupTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GroupTreeModel.MEMBERS, QHeaderView.ResizeMode.ResizeToContents)
        tree.expandAll()
        splitter.addWidget(tree)
        splitter.addWidget(self.label)
        splitter.setSizes([360, 920])
        self.setCentralWidget(splitter)
        splitter.show()  # made after the window was shown: not visible until told

    def chosen_group(self) -> int | None:
        """The id of the group chosen in the tree, if any."""
        if self.tree is None:
            return None
        model = self.tree.model()
        current = self.tree.currentIndex()
        node = model.node(current) if current.isValid() else None  # type: ignore[attr-defined]
        return node.id if node is not None else None


def show_first_window(app: QApplication) -> FirstWindow:
    """Show it and paint it now, before the start goes on with the heavy imports."""
    window = FirstWindow()
    app.first_window = window  # type: ignore[attr-defined]  # a Python attribute: the window lives as long
    window.show()
    app.processEvents()
    return window


def show_group_tree(app: QApplication, nodes: list) -> bool:
    """The first window (if still shown) with the group tree, painted now; False when there is no first window."""
    window = getattr(app, "first_window", None)
    if window is None:
        return False
    window.show_group_tree(nodes)
    app.processEvents()
    return True


def chosen_group(app: QApplication) -> int | None:
    """The group chosen in the first window's tree while the start went on, if any."""
    window = getattr(app, "first_window", None)
    return window.chosen_group() if window is not None else None


def close_first_window(app: QApplication) -> None:
    """The real window is up (or the start ended): the first one goes."""
    window = getattr(app, "first_window", None)
    if window is not None:
        app.first_window = None  # type: ignore[attr-defined]
        window.close()
        window.deleteLater()
