"""What the desktop's flat tables share: no item has children, the columns are a list of
titles given once (in the current language), and ``Index`` for the model's signatures.
GUI thread only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.desktop.models import roles

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """A table under the column ``titles``, a row for each item of ``self._rows`` (a
    subclass that keeps its rows under another name says how many in :meth:`row_count`)."""

    def __init__(self, titles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)
        self._rows: Sequence[Any] = ()

    def row_count(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == roles.DISPLAY and horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        return None
