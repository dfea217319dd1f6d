"""The application icon: every size rendered from the SVG, the .ico readable, and set on the application."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from samverkan_desktop import app
from samverkan_desktop.infra.config import resources_dir
from samverkan_desktop.ui.app_icon import SIZES, application_icon

ICONS = resources_dir() / "icons"


def test_every_png_size_has_its_size_and_transparent_corners():
    for size in SIZES:
        image = QImage(str(ICONS / f"samverkan-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corners
        assert image.pixelColor(size // 2, size // 8).alpha() == 255


def test_the_ico_holds_every_size_for_windows():
    reader = QImageReader(str(ICONS / "samverkan.ico"))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.add(image.width())
    assert sizes == set(SIZES)


def test_the_svg_source_is_kept_beside_them():
    assert "<svg" in (ICONS / "samverkan.svg").read_text(encoding="utf-8")


def test_application_icon_has_every_size():
    icon = application_icon()
    assert {QSize(s, s) for s in SIZES} <= set(icon.availableSizes())


def test_the_gui_sets_the_window_icon(qapp, tmp_path, monkeypatch):
    from PySide6.QtGui import QIcon

    qapp.setWindowIcon(QIcon())
    try:
        assert app.main(["--smoke-test", "--db", str(tmp_path / "s.db")]) == 0
        assert QSize(32, 32) in qapp.windowIcon().availableSizes()
    finally:
        qapp.setWindowIcon(QIcon())
