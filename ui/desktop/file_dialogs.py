"""File choosers that leave no trace of what was opened.

Native dialogs (GTK, the XDG portal, Windows) add every chosen file to the system's
"recent files", which would name clients' documents. Qt's own dialog is used instead, and
:func:`forget_dialog_history` points Qt's own settings (where its dialog keeps the last
folders visited) at a place that cannot be written. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def forget_dialog_history() -> None:
    """Qt's user-scope settings (``QtProject.conf``: the file dialog's history) go nowhere.
    Casework's own preferences use an explicit file and are not affected."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, "/dev/null/casework-no-history")


def open_file(parent: QWidget, title: str, folder: str = "", filters: str = "") -> str:
    """The chosen file's path, or ``""``."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=_OPTIONS)
    return str(path)


def save_file(parent: QWidget, title: str, suggested: str = "", filters: str = "") -> str:
    """Where to write, or ``""``."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=_OPTIONS)
    return str(path)
