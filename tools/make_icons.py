"""Renders resources/icons/samverkan.svg into the PNG sizes and the multi-size Windows .ico beside it.

    .venv/bin/python tools/make_icons.py

The generated files are committed: the window (ui/app_icon.py), PyInstaller (build.spec) and the installer
(installer/samverkan.iss) use them, and none of those should need Qt's SVG renderer at build time. The .ico is
written here rather than with Pillow (not a dependency) or Qt's ICO writer (one image per file): the classic
layout every Windows tool reads, 32-bit BMP images up to 128 px and a PNG-compressed 256 px image.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "samverkan.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image as a DIB: BITMAPINFOHEADER (height doubled for the mask), bottom-up BGRA rows, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory order is B, G, R, A
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]
    mask_row = b"\0" * (((size + 31) // 32) * 4)  # all visible: the alpha channel decides
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = [(size, png_bytes(image) if size >= 256 else bmp_entry(image)) for size, image in images.items()]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    blobs = b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return directory + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage/QPainter need one)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} kan inte läsas som SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        (ICONS / f"samverkan-{size}.png").write_bytes(png_bytes(image))
    (ICONS / "samverkan.ico").write_bytes(ico_bytes(images))
    print(f"{len(SIZES)} PNG-storlekar och samverkan.ico skrivna i {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
