"""Keeping the vault closed when nobody is looking: idle auto-lock, lock when the screen
locks, every window showing vault content closed on lock, and a clipboard that forgets
copied fields.

GUI thread only.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import SLOT, QEvent, QMimeData, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.desktop.preferences import CLIPBOARD_CLEAR_SECONDS

_INPUT_EVENTS = frozenset(
    int(t)
    for t in (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    )
)


class IdleWatcher(QObject):
    """Emits ``idle_timed_out`` after ``minutes`` without keyboard or mouse input in the app.

    An application-wide event filter only notes the time of the last input (cheap); a timer
    checks it, so mouse moves do not restart timers.
    """

    idle_timed_out = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._enabled = False
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self._limit = max(0.05, float(minutes) * 60.0)
        # Check often enough that the lock comes at most a quarter late (and at least 1/s).
        self._timer.setInterval(int(min(1000.0, self._limit * 250.0)))

    def start(self) -> None:
        self._last_input = time.monotonic()
        self._enabled = True
        self._timer.start()

    def stop(self) -> None:
        self._enabled = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._enabled and int(event.type()) in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def on_timer_timeout(self) -> None:
        if self._enabled and time.monotonic() - self._last_input >= self._limit:
            self.stop()
            self.idle_timed_out.emit()


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the system says the session is locked or the app is
    suspended: Qt's application state (Hidden/Suspended) everywhere, and on Linux (D-Bus)
    the freedesktop / GNOME screensaver ``ActiveChanged`` signal and systemd-logind's
    session ``Lock`` signal where present. Windows and macOS give Qt no session-lock
    signal: there only the idle timer locks (see docs/threat-model.md)."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state_changed)
        self._connect_dbus()

    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state in (
            Qt.ApplicationState.ApplicationSuspended,
            Qt.ApplicationState.ApplicationHidden,
        ):
            self.screen_locked.emit()

    @Slot(bool)
    def on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def on_login_session_lock(self) -> None:
        self.screen_locked.emit()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # Qt built without D-Bus (Windows, macOS)
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            # PySide6's stubs say bytes, but only the str form connects at run time.
            bus.connect(  # type: ignore[call-overload]
                "",
                path,
                service,
                "ActiveChanged",
                self,
                SLOT("on_screensaver_active_changed(bool)"),
            )
        # systemd-logind asks every session's screen lockers to lock (`loginctl lock-session`,
        # before suspend on many desktops). The match is not limited to this session's path
        # (that needs a blocking call to resolve): another session's lock also locks this
        # vault, which errs on the safe side.
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(  # type: ignore[call-overload]
                "",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                SLOT("on_login_session_lock()"),
            )


def close_vault_windows(main: QWidget, keep: Iterable[QWidget] = ()) -> int:
    """Close every visible window but ``main`` and ``keep``, as the vault locks: export,
    import and verify dialogs show names, birth dates and previews, and message boxes may
    name a client. A dialog is rejected (a nested ``exec()`` returns as if cancelled); a
    window that refuses to close is hidden. Returns how many windows were closed."""
    kept = {id(widget) for widget in keep}
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if widget is main or id(widget) in kept or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        if widget.isVisible():
            widget.hide()
        closed += 1
    return closed


class ClipboardGuard(QObject):
    """Clears text copied from Casework off the clipboard after 30 seconds (if it is still
    there), or at once on :meth:`clear_now` (locking). It watches the clipboard, so a copy
    from any field (Ctrl+C in a text box, a table) is covered, not only :meth:`copy`, which
    also marks the text as secret for clipboard managers that honour the hint."""

    copied = Signal()
    cleared = Signal()

    def __init__(
        self, parent: QObject | None = None, seconds: float = CLIPBOARD_CLEAR_SECONDS
    ) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self.clear_now)
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self.on_clipboard_data_changed)

    def on_clipboard_data_changed(self) -> None:
        text = self._clipboard.text()
        if not text:
            return
        ours = self._clipboard.ownsClipboard() or text == self._text
        # Where the platform cannot say who owns it (macOS, Wayland), a change while our
        # window has the focus is taken as a copy from Casework.
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if ours or active:
            # Copied from this app: forget it in 30 seconds.
            self._text = text
            self._timer.start()
            self.copied.emit()
        elif self._text is not None:
            # The user copied something from another program: leave it alone.
            self._text = None
            self._timer.stop()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # KDE Klipper and others skip entries with this hint; Windows clipboard history too.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        self._text = text
        QGuiApplication.clipboard().setMimeData(mime)
        self._timer.start()
        self.copied.emit()

    def seconds_left(self) -> int:
        """Whole seconds until the copied text is cleared; 0 when nothing is waiting."""
        if not self._timer.isActive():
            return 0
        # A coarse timer may report a little more than its interval: never above it.
        remaining = min(self._timer.remainingTime(), self._timer.interval())
        return max(0, -(-remaining // 1000))

    def clear_now(self) -> None:
        self._timer.stop()
        if self._text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._text:
            clipboard.clear()
        self._text = None
        self.cleared.emit()
