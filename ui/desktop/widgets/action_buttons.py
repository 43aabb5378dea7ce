"""A dialog's button row: one action button (the accept role) and Cancel or Close."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget


def action_buttons(
    parent: QWidget,
    text: str,
    other: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
) -> tuple[QDialogButtonBox, QPushButton]:
    """The button box and its action button labelled ``text`` (already translated)."""
    box = QDialogButtonBox(parent)
    action = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(other)
    return box, action
