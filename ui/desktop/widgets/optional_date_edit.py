"""A date field that may be empty, in the locale's date format with a calendar pop-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from ui.desktop import labels

translate = QCoreApplication.translate

_EMPTY = QDate(1900, 1, 1)  # shown as "—"; never a real date in a case


class OptionalDateEdit(QDateEdit):
    """``value()`` is a ``datetime.date`` or None. Clearing the text (or choosing the minimum)
    means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(labels.date_format())
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(translate("OptionalDateEdit", "—"))
        self.setDate(_EMPTY)
        self.setMinimumWidth(130)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY or not current.isValid():
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(_EMPTY)
