"""Render the application icon from its SVG source into every size and format a desktop needs.

    uv run python packaging/make_icons.py

PNG sizes for Linux (hicolor theme) and the window, .ico for Windows, .icns for macOS. The SVG
is drawn by Qt's own renderer; Pillow packs the multi-size .ico and .icns files.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "contacttracker.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts and painting
    pngs = {}
    for size in PNG_SIZES:
        pngs[size] = render(size)
        (ICONS / f"contacttracker-{size}.png").write_bytes(pngs[size])
    largest = Image.open(io.BytesIO(render(1024)))
    largest.save(
        ICONS / "contacttracker.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    largest.save(ICONS / "contacttracker.icns")
    print(
        f"wrote {len(PNG_SIZES)} PNG sizes, contacttracker.ico and contacttracker.icns to {ICONS}"
    )


if __name__ == "__main__":
    main()
