"""Paints a status code (eligibility, visibility) as a coloured rounded badge with its text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.desktop.models import roles

Index = QModelIndex | QPersistentModelIndex

# Background, text; chosen for contrast above 4.5:1 (WCAG AA).
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "eligible": ("#1b5e20", "#ffffff"),
    "eligible_from": ("#0d47a1", "#ffffff"),
    "not_eligible": ("#e0e0e0", "#212121"),
    "needs_review": ("#f9a825", "#212121"),
    "privileged": ("#6a1b9a", "#ffffff"),
    "family": ("#00695c", "#ffffff"),
    "public": ("#455a64", "#ffffff"),
}


class BadgeDelegate(QStyledItemDelegate):
    """Uses the ``STATUS_CODE`` role for the colour and the display text as the label.
    Editing goes to ``editors`` (the table's own delegate: a translated choice list for a
    visibility, never a text cell where a code must be typed)."""

    def __init__(
        self, parent: QWidget | None = None, editors: QStyledItemDelegate | None = None
    ) -> None:
        super().__init__(parent)
        self._editors = editors

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if self._editors is not None:
            return self._editors.createEditor(parent, option, index)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if self._editors is not None:
            self._editors.setEditorData(editor, index)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if self._editors is not None:
            self._editors.setModelData(editor, model, index)
        else:
            super().setModelData(editor, model, index)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> None:
        code = index.data(roles.STATUS_CODE)
        text = index.data(roles.DISPLAY)
        if not code or not text or code not in BADGE_COLOURS:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            # Selection and focus backgrounds as for any cell, the badge on top.
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        background, foreground = BADGE_COLOURS[code]
        rect = option.rect.adjusted(4, 3, -4, -3)
        metrics = option.fontMetrics
        width = min(rect.width(), metrics.horizontalAdvance(str(text)) + 16)
        badge = QRectF(rect.x(), rect.y(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor(foreground))
        elided = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, int(width) - 12)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()
