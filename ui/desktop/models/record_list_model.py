"""An editable table of simple records (custody periods, events, notes, eligibility notes) for
the case editor. Each record is a ``dict`` of JSON values (ISO dates, ISO durations, codes,
text), so the editor builds case JSON from it and the core validates it (naming the field).

Columns are :class:`Column` specs: a key, a title, and a kind (``text``, ``date``, ``term``,
``choice`` with a label table). :class:`RecordDelegate` gives each kind its editor.
GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.terms import Term, TermError
from ui.desktop import labels
from ui.desktop.models import roles
from ui.desktop.models.table_model import Index, TitledTableModel
from ui.desktop.widgets.optional_date_edit import OptionalDateEdit

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text | date | term | choice
    table: str = ""  # label table of a choice column
    codes: tuple[str, ...] = ()  # allowed codes of a choice column ("" = none)
    editable: bool = True


class RecordListModel(TitledTableModel):
    """Rows of dicts; ``edited`` fires on any change (the editor marks itself unsaved)."""

    edited = Signal()

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__([column.title for column in columns], parent)
        self.columns = list(columns)
        self._records: list[dict[str, Any]] = []

    def set_records(self, records: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._records = [dict(r) for r in records]
        self.endResetModel()

    def records(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._records]

    def record(self, row: int) -> dict[str, Any]:
        return dict(self._records[row])

    def add_record(self, record: dict[str, Any]) -> int:
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(dict(record))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_record(self, row: int) -> None:
        if not 0 <= row < len(self._records):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self.endRemoveRows()
        self.edited.emit()

    def set_field(self, row: int, key: str, value: Any) -> None:
        if self._records[row].get(key) == value:
            return
        self._records[row][key] = value
        for column, spec in enumerate(self.columns):
            if spec.key == key:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)
        self.edited.emit()

    # --- Qt model --------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._records)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        if not index.isValid():
            return None
        spec = self.columns[index.column()]
        value = self._records[index.row()].get(spec.key)
        if role == roles.DISPLAY:
            return display_value(spec, value)
        if role == roles.EDIT:
            return "" if value is None else value
        if role == roles.STATUS_CODE and spec.kind == "choice":
            return value
        if role == roles.TOOLTIP and spec.kind == "text" and value:
            return str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = roles.EDIT) -> bool:
        if not index.isValid() or role != roles.EDIT:
            return False
        spec = self.columns[index.column()]
        if not spec.editable:
            return False
        cleaned = value.strip() if isinstance(value, str) else value
        self.set_field(index.row(), spec.key, cleaned if cleaned != "" else None)
        return True


def display_value(spec: Column, value: Any) -> str:
    if value is None or value == "":
        return ""
    if spec.kind == "date":
        try:
            return labels.format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if spec.kind == "term":
        if value == "life":
            return translate("Labels", "life imprisonment")
        try:
            term = Term.parse(str(value))
        except TermError:
            return str(value)
        return labels.format_term(term.years, term.months, term.weeks, term.days)
    if spec.kind == "choice":
        return labels.label(spec.table, str(value))
    return str(value)


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: a date field, a choice list, or a line edit (text and ISO
    durations such as ``P6M``)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = self._columns[index.column()]
        if spec.kind == "date":
            return OptionalDateEdit(parent)
        if spec.kind == "choice":
            combo = QComboBox(parent)
            for code in spec.codes:
                combo.addItem(labels.label(spec.table, code) if code else "—", code)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(roles.EDIT)
        if isinstance(editor, OptionalDateEdit):
            try:
                editor.set_value(date.fromisoformat(str(value)) if value else None)
            except ValueError:
                editor.setText(str(value))  # what was typed before, not yet a date
            return
        if isinstance(editor, QComboBox):
            found = editor.findData(value or "")
            editor.setCurrentIndex(max(0, found))
            return
        if self._columns[index.column()].kind == "term" and isinstance(editor, QLineEdit):
            editor.setText(display_value(self._columns[index.column()], value))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.iso_text(), roles.EDIT)
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or None, roles.EDIT)
            return
        if self._columns[index.column()].kind == "term" and isinstance(editor, QLineEdit):
            model.setData(index, term_value(editor.text()), roles.EDIT)
            return
        super().setModelData(editor, model, index)


def term_value(text: str) -> str | None:
    """A term typed as people write it (``3 years``, ``3 г 6 мес``, ``3 il``, ``life``,
    ``пожизненно``, or ``P3Y``) as the case JSON stores it; what cannot be read is kept as
    typed, so saving names the field instead of losing it."""
    from app.list_import.human import LIFE, parse_term_text

    if not text.strip():
        return None
    try:
        term = parse_term_text(text)
    except TermError:
        return text.strip()
    return "life" if term == LIFE else str(term)
