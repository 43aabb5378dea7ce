"""Render ``packaging/icons/casework.svg`` to the icon files the builds use.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Writes ``casework.png`` (256 px: Linux desktop entry and AppImage), ``casework.ico``
(Windows, sizes 16-256) and ``casework.icns`` (macOS) beside the SVG, with Qt's own image
plugins. Run after changing the SVG and commit the results.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "casework.svg"))
    if not renderer.isValid():
        print("casework.svg is not a valid SVG", file=sys.stderr)
        return 1
    targets = {"casework.png": 256, "casework.ico": 256, "casework.icns": 512}
    for name, size in targets.items():
        if not render(renderer, size).save(str(ICONS / name)):
            print(f"Qt could not write {name}", file=sys.stderr)
            return 1
        print(f"wrote {ICONS / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
