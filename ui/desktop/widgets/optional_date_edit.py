"""A date field that may be empty: typed as text in the language's format (``25/01/1971``,
``25.01.1971``) or as ISO (``1971-01-25``), or chosen on a calendar that opens near a
sensible day (today, or decades before the arrest for a birth date).

It is a line edit, so Tab moves on like any other field and a half-typed date is never
turned into "—". A text that is not a date stays as typed, marked in red with the reason;
:meth:`OptionalDateEdit.iso_text` hands it on unchanged so the case's own validation names
the field. GUI thread only (:func:`parse_date_text` is pure and runs anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from ui.desktop import labels

translate = QCoreApplication.translate

EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)
_SEPARATORS = r"[./\-\s]+"


class DateTextError(ValueError):
    """The text is not a date; ``str()`` is a short reason in the user's language."""


def field_order(display_format: str) -> str:
    """The order of day, month and year in a Qt date format: ``"dmy"``, ``"mdy"``, ``"ymd"``."""
    positions = {key: display_format.find(key) for key in ("d", "M", "y")}
    return "".join(k.lower() for k, _ in sorted(positions.items(), key=lambda kv: kv[1]))


def parse_date_text(text: str, display_format: str) -> date | None:
    """``None`` for an empty text, the date for ``25/01/1971`` in the format's order (any of
    ``/ . -`` or spaces between the parts, one- or two-digit day and month, or the eight
    digits alone), or ISO ``1971-01-25``. Raises :class:`DateTextError` otherwise."""
    text = text.strip()
    if not text:
        return None
    order = field_order(display_format)
    parts = [p for p in re.split(_SEPARATORS, text) if p]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 8:
        digits = parts[0]
        parts = (
            [digits[:4], digits[4:6], digits[6:]]
            if order == "ymd"
            else [digits[:2], digits[2:4], digits[4:]]
        )
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise DateTextError(translate("OptionalDateEdit", "not a date"))
    if len(parts[0]) == 4:  # ISO, whatever the language
        year, month, day = parts
    else:
        named = dict(zip(order.replace("y", ""), parts[:2], strict=True))
        day, month, year = named["d"], named["m"], parts[2]
    if len(year) != 4:
        raise DateTextError(translate("OptionalDateEdit", "write the year with four digits"))
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        raise DateTextError(translate("OptionalDateEdit", "no such day")) from None
    if not EARLIEST <= value <= LATEST:
        raise DateTextError(translate("OptionalDateEdit", "the year is out of range"))
    return value


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#455a64"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#c62828"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#455a64"))
    painter.end()
    return QIcon(pixmap)


class OptionalDateEdit(QLineEdit):
    """``value()`` is a ``datetime.date`` or None (empty, or not yet a date)."""

    value_changed = Signal()  # a date was chosen on the calendar or typed and confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format = labels.date_format()
        self._hint: Callable[[], date | None] | None = None
        self.popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None
        self._example = labels.format_date(date(date.today().year, 1, 25))
        self.setPlaceholderText(
            translate("OptionalDateEdit", "e.g. %1").replace("%1", self._example)
        )
        self.setClearButtonEnabled(True)
        self.calendar_action = QAction(_calendar_icon(), "", self)
        self.calendar_action.setToolTip(translate("OptionalDateEdit", "Choose on a calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setMinimumWidth(150)
        self.setMaximumWidth(280)
        self.editingFinished.connect(self.on_editing_finished)
        self.textEdited.connect(self.on_text_edited)

    # --- value ----------------------------------------------------------------------------

    def value(self) -> date | None:
        try:
            return parse_date_text(self.text(), self._format)
        except DateTextError:
            return None

    def iso_text(self) -> str | None:
        """ISO for a date, None when empty, else the text as typed (so that saving reports
        this field as needing a date rather than silently dropping what was typed)."""
        try:
            value = parse_date_text(self.text(), self._format)
        except DateTextError:
            return self.text().strip()
        return value.isoformat() if value else None

    def set_value(self, value: date | None) -> None:
        self.setText(labels.format_date(value) if value else "")
        self._mark(None)

    def clear_value(self) -> None:
        self.set_value(None)

    def set_calendar_hint(self, hint: Callable[[], date | None]) -> None:
        """Where the calendar opens while the field is empty (default: today)."""
        self._hint = hint

    # --- typing ---------------------------------------------------------------------------

    def on_editing_finished(self) -> None:
        try:
            value = parse_date_text(self.text(), self._format)
        except DateTextError as exc:
            self._mark(str(exc))
            return
        canonical = labels.format_date(value) if value else ""
        if canonical != self.text():
            self.setText(canonical)
        self._mark(None)
        self.value_changed.emit()

    def on_text_edited(self, _text: str) -> None:
        if self.property("invalid"):
            self._mark(None)

    def _mark(self, problem: str | None) -> None:
        self.setProperty("invalid", bool(problem))
        self.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if problem else "")
        hint = translate("OptionalDateEdit", "%1 — type it like %2")
        self.setToolTip(hint.replace("%1", problem).replace("%2", self._example) if problem else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # --- calendar -------------------------------------------------------------------------

    def calendar_start(self) -> date:
        """The day the calendar shows first: the field's date, else the hint, else today."""
        return self.value() or (self._hint() if self._hint else None) or date.today()

    def open_calendar(self) -> None:
        if self.popup is None:
            # A child of the field, so a table's delegate keeps its editor open meanwhile.
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setMinimumDate(QDate(EARLIEST.year, 1, 1))
            self.calendar.setMaximumDate(QDate(LATEST.year, 12, 31))
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self.on_calendar_chosen)
            self.calendar.activated.connect(self.on_calendar_chosen)
            layout = QVBoxLayout(self.popup)
            layout.setContentsMargins(1, 1, 1, 1)
            layout.addWidget(self.calendar)
        assert self.calendar is not None
        start = self.calendar_start()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setCurrentPage(start.year, start.month)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.calendar.setFocus()

    def on_calendar_chosen(self, chosen: QDate) -> None:
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        if self.popup is not None:
            self.popup.hide()
        self.setFocus()
        self.value_changed.emit()
