"""First run: no vault yet at the usual place. Create one, or open an existing file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Casework"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Casework keeps your case files encrypted on this computer. Nothing is sent "
                "anywhere. To begin, create a vault protected by a passphrase, or open a vault "
                "file you already have."
            ),
            self,
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a new vault"), self)
        self.create_button.setDefault(True)
        self.create_button.setMinimumHeight(36)
        self.open_button = QPushButton(self.tr("Open an existing vault…"), self)
        self.open_button.setMinimumHeight(36)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        center = QHBoxLayout()
        center.addStretch(1)
        center.addWidget(card, 3)
        center.addStretch(1)
        outer.addLayout(center)
        outer.addStretch(2)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
