"""A show/hide button inside a passphrase field (an eye at its right end).

Shown text is a choice the user makes for the moment: it goes back to dots when the field
is cleared (after locking) so a passphrase is never left readable on screen. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit

translate = QCoreApplication.translate


def _eye_icon(crossed: bool) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#37474f"), 1.6))
    painter.drawEllipse(QPointF(9, 9), 7.5, 4.5)
    painter.setBrush(QColor("#37474f"))
    painter.drawEllipse(QPointF(9, 9), 2.2, 2.2)
    if crossed:
        painter.setPen(QPen(QColor("#37474f"), 1.8))
        painter.drawLine(3, 15, 15, 3)
    painter.end()
    return QIcon(pixmap)


class RevealToggle(QAction):
    """Checkable action added to ``fields[0]``; toggles the echo mode of every field given
    (a passphrase and its repetition show and hide together)."""

    def __init__(self, *fields: QLineEdit) -> None:
        super().__init__(fields[0])
        self._fields = fields
        self.setCheckable(True)
        fields[0].addAction(self, QLineEdit.ActionPosition.TrailingPosition)
        self.toggled.connect(self.on_toggled)
        for field in fields:
            field.textChanged.connect(self.on_field_text_changed)
        self.on_toggled(False)

    def on_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)
        self.setIcon(_eye_icon(crossed=shown))
        self.setText(
            translate("RevealToggle", "Hide the passphrase")
            if shown
            else translate("RevealToggle", "Show the passphrase")
        )
        self.setToolTip(self.text())

    def on_field_text_changed(self, text: str) -> None:
        if not text and self.isChecked() and not any(f.text() for f in self._fields):
            self.setChecked(False)  # cleared (e.g. on lock): back to dots


def add_reveal_toggle(*fields: QLineEdit) -> RevealToggle:
    return RevealToggle(*fields)
