"""A page that does its work only while shown (docs/desktop.md).

Over 10,000 cases a refresh takes a moment that a hidden page should not take from the page
shown (after unlock: the case list). Work asked for while hidden marks the page stale; the
page refreshes when it is shown next.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    """Base of the home, deadlines and statistics pages; subclasses define ``refresh``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False  # asked to refresh while hidden: refresh when shown

    def refresh(self) -> None:
        raise NotImplementedError

    def when_shown(self, work: Callable[[], object]) -> None:
        """Do ``work`` now if the page is visible, else refresh when it is shown."""
        if self.isVisible():
            work()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
