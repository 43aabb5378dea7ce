"""Starting the desktop app: ``run_desktop()`` (``casework``, ``casework gui``, ``casework demo``).

GUI thread only. Returns the Qt event loop's exit status.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.desktop import labels
from ui.desktop.controller import Controller
from ui.desktop.file_dialogs import forget_dialog_history
from ui.desktop.i18n import install_language, resolve_language
from ui.desktop.main_window import MainWindow
from ui.desktop.preferences import Preferences
from ui.desktop.xcb_check import xcb_problem
from ui.pyside_refcount_guard import guard_if_needed

if TYPE_CHECKING:
    from app.session import Session


def default_vault_path() -> Path:
    from ui.cli.context import default_vault_path as cli_default

    return cli_default()


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    guard_if_needed()  # PySide6 6.12.0 on Python 3.11 (ui/pyside_refcount_guard.py)
    QCoreApplication.setOrganizationName("Casework")
    QCoreApplication.setApplicationName("Casework")
    created = QApplication(sys.argv[:1])
    forget_dialog_history()
    created.setApplicationDisplayName("Casework")
    created.setDesktopFileName("casework")
    return created


def apply_language(preferences: Preferences) -> str:
    """Install the preferred (or the system's) language and rebuild the label tables."""
    language = install_language(resolve_language(preferences.language))
    labels.refresh()
    return language


class DesktopApp:
    """The controller, the preferences and the current main window. Changing the language
    rebuilds the window around the same controller (the vault stays as it was)."""

    def __init__(
        self,
        controller: Controller,
        preferences: Preferences,
        *,
        demo: bool = False,
        default_path: str = "",
    ) -> None:
        self.controller = controller
        self.preferences = preferences
        self.demo = demo
        self.default_path = default_path
        apply_language(preferences)
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = MainWindow(
            self.controller,
            self.preferences,
            demo=self.demo,
            default_vault_path=self.default_path,
        )
        window.language_changed.connect(self.on_window_language_changed)
        return window

    def on_window_language_changed(self) -> None:
        old = self.window
        apply_language(self.preferences)
        self.window = self._make_window()
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.hide()
        old.deleteLater()


def start_desktop(
    vault: str | None = None, session: Session | None = None, demo: bool = False
) -> DesktopApp:
    """Create and show the app without entering the event loop (tests, embedding)."""
    ensure_application()
    preferences = Preferences()
    default = str(default_vault_path())
    path = vault or (str(session.vault.path) if session else "") or preferences.vault_path
    if not path or (not vault and not Path(path).exists()):
        path = default
    controller = Controller(path)
    desktop = DesktopApp(controller, preferences, demo=demo, default_path=default)
    if session is not None:
        controller.adopt_session(session)
    desktop.window.show()
    return desktop


def run_desktop(
    vault: str | None = None, session: Session | None = None, demo: bool = False
) -> int:
    """Open the desktop app and run it until it is closed; returns the exit status.
    ``vault``: the vault file (default: the last one used, else the user's default vault).
    ``session``: an already unlocked vault (``casework demo``). ``demo``: title
    "Casework — DEMO". Returns 1 at once, with one line naming the packages to install,
    when Qt's X11 plugin would abort for want of system libraries."""
    problem = xcb_problem(os.environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = ensure_application()
    desktop = start_desktop(vault, session, demo)
    app.aboutToQuit.connect(desktop.controller.shutdown)
    return int(app.exec())
