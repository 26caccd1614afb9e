"""Write the application icon files from the app's own SVG icon.

    .venv/bin/python packaging/make_icon.py

Source: resources/icons/app.svg (the window icon drawn for the GUI: a red tile, a white notebook
with ruled lines, a gold megaphone). Output, committed with the source:

- resources/icons/sotay.png  256×256, for the Linux .desktop entry and the docs
- resources/icons/sotay.ico  16, 20, 24, 32, 40, 48, 64, 128, 256 px, for the Windows executables,
  shortcuts and the installer

At 16–24 px the ruled lines of the SVG blur into a grey smear, so those sizes are drawn again with
QPainter on whole pixels: the same tile, page and megaphone, one bold line instead of three.
Every image is stored PNG-compressed inside the .ico (Windows Vista and newer read that).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "app.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SMALL = 24  # up to this size, draw the simplified motif

RED = QColor("#c62828")
GOLD = QColor("#ffd54f")
WHITE = QColor("#ffffff")


def blank(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def render_svg(renderer: QSvgRenderer, size: int) -> QImage:
    image = blank(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def render_small(size: int) -> QImage:
    """The motif on a 16-unit grid, scaled: tile, page, one ruled line, megaphone."""
    image = blank(size)
    u = size / 16
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED)
    painter.drawRoundedRect(QRectF(0, 0, 16 * u, 16 * u), 3 * u, 3 * u)
    painter.setBrush(WHITE)
    painter.drawRect(QRectF(3 * u, 3 * u, 8 * u, 10 * u))  # the notebook page
    painter.setPen(QPen(RED, 1.5 * u))
    painter.drawLine(QPointF(5 * u, 6.5 * u), QPointF(9 * u, 6.5 * u))  # a ruled line
    painter.drawLine(QPointF(5 * u, 9.5 * u), QPointF(8 * u, 9.5 * u))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GOLD)  # the megaphone, sticking out
    painter.drawPolygon(
        QPolygonF([QPointF(11 * u, 5 * u), QPointF(15 * u, 2.5 * u), QPointF(15 * u, 11.5 * u), QPointF(11 * u, 9 * u)])
    )
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data)


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """ICONDIR + one ICONDIRENTRY per size + the PNG streams (a width/height of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = [], []
    for size, blob in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    path.write_bytes(header + b"".join(entries) + b"".join(blobs))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, image I/O
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    images = {s: png_bytes(render_small(s) if s <= SMALL else render_svg(renderer, s)) for s in SIZES}
    (ICONS / "sotay.png").write_bytes(images[256])
    write_ico(ICONS / "sotay.ico", images)
    print(f"wrote {ICONS / 'sotay.png'} and {ICONS / 'sotay.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
