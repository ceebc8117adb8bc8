"""Render resources/icons/yuepi.svg to the PNG sizes desktops ask for (16–256) and to a
Windows .ico, with Qt's own SVG renderer. Run after editing the SVG; the results are
committed (the bundle and `make install-desktop` use them):

    QT_QPA_PLATFORM=offscreen python -m tools.make_icons
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage writers need it)
    renderer = QSvgRenderer(str(ICONS / "yuepi.svg"))
    if not renderer.isValid():
        print("yuepi.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        if not render(renderer, size).save(str(ICONS / f"yuepi-{size}.png")):
            print(f"could not write yuepi-{size}.png", file=sys.stderr)
            return 1
    if not render(renderer, 256).save(str(ICONS / "yuepi.ico"), "ICO"):
        print("could not write yuepi.ico", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
