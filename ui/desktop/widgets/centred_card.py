"""The framed card in the middle of a full-window page (lock screen, first-run welcome)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def centred_card(
    page: QWidget, title: str, *, title_scale: float, max_width: int, spacing: int
) -> QVBoxLayout:
    """Lay ``page`` out as a card with a bold ``title`` (already translated) centred a little
    above the middle; returns the card's layout for the caller to fill under the title."""
    heading = QLabel(title, page)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * title_scale)
    font.setBold(True)
    heading.setFont(font)
    card = QFrame(page)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setMaximumWidth(max_width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(28, 24, 28, 24)
    inner.setSpacing(spacing)
    inner.addWidget(heading)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    center = QHBoxLayout()
    center.addStretch(1)
    center.addWidget(card, 3)
    center.addStretch(1)
    outer.addLayout(center)
    outer.addStretch(2)
    return inner
