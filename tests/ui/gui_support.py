"""Helpers shared by the desktop app's tests (tests/ui, tests/functional/test_gui_*):
vaults made quickly, the real main window, typing any script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.case_json import parse_case
from app.session import Session
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, example_case
from ui.desktop.application import apply_language
from ui.desktop.controller import Controller
from ui.desktop.main_window import MainWindow
from ui.desktop.preferences import Preferences


def make_vault(path: Path, cases: list[dict[str, Any]] | None = None) -> Path:
    """A vault with ``cases`` (default: the example case of docs/case-json.md), created with 8 MiB
    Argon2id."""
    session, _code = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    try:
        for data in [example_case()] if cases is None else cases:
            session.add_case(parse_case(data))
    finally:
        session.close()
    return path


def open_window(qtbot: Any, vault: Path, preferences: Preferences, **kwargs: Any) -> MainWindow:
    apply_language(preferences)
    controller = Controller(vault, kdf_memory_mib=FAST_KDF_MIB, **kwargs)
    window = MainWindow(controller, preferences)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Azerbaijani, Cyrillic) as key events; ``qtbot.keyClicks`` aborts on
    non-ASCII text (see STYLE.md)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def unlock(qtbot: Any, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.lock_page
    page.passphrase.clear()
    type_text(page.passphrase, passphrase)
    with qtbot.waitSignal(window.controller.vault_unlocked, timeout=20_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def activate(qtbot: Any, widget: QWidget) -> None:
    """Make a window active (shortcuts such as Ctrl+S need it); offscreen Qt activates only
    windows that are already exposed."""
    assert QTest.qWaitForWindowExposed(widget)
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)
