"""First run: no vault yet at the usual place. Create one, or open an existing file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.desktop.widgets.centred_card import centred_card


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        inner = centred_card(
            self, self.tr("Welcome to Casework"), title_scale=1.8, max_width=620, spacing=14
        )
        inner.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
