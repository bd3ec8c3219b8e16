"""Channel icons drawn in code: a coloured badge with a symbol, crisp at any scale."""

from __future__ import annotations

import zlib
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

BADGES = {
    "email": ("#3b6ea8", "@"),
    "phone": ("#2e8b57", "☎"),
    "sms": ("#6b8e23", "✉"),
    "viber": ("#7360f2", "V"),
    "whatsapp": ("#1fa855", "W"),
    "telegram": ("#2aabee", "✈"),
    "skype": ("#00a2dd", "S"),
    "teams": ("#5b5fc7", "T"),
    "video": ("#c8611a", "▶"),
    "meeting": ("#8b5a2b", "◉"),
    "social": ("#1877f2", "#"),
}


def _badge(color: str, symbol: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.25, size * 0.25)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.62))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return pixmap


@cache
def channel_icon(key: str) -> QIcon:
    """The channel's badge; a user channel gets a stable colour and its first letter."""
    if key in BADGES:
        color, symbol = BADGES[key]
    else:
        hue = zlib.crc32(key.encode()) % 360
        color = QColor.fromHsv(hue, 150, 170).name()
        symbol = (key[:1] or "?").upper()
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_badge(color, symbol, size))
    return icon
