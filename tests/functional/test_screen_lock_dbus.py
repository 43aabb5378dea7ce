"""The desktop's screen-lock watcher hears the real D-Bus signals: a private
``dbus-daemon`` stands in for both the session and the system bus, and ``dbus-send``
emits what a screensaver or systemd-logind would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
    reason="needs dbus-daemon and dbus-send",
)

# Starts the watcher, says "ready", and exits 0 once screen_locked fires (3 if it never does).
LISTENER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from ui.desktop.security import ScreenLockWatcher

app = QGuiApplication(sys.argv)
watcher = ScreenLockWatcher()
watcher.screen_locked.connect(lambda: app.exit(0))
QTimer.singleShot(0, lambda: print("ready", flush=True))
QTimer.singleShot(20_000, lambda: app.exit(3))
sys.exit(app.exec())
"""

SIGNALS = {
    "screensaver": [
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:true",
    ],
    "logind": ["/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock"],
}


@pytest.fixture
def bus() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)


@pytest.mark.parametrize("source", sorted(SIGNALS))
def test_the_session_lock_signal_locks(bus: str, source: str) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": bus,
        "DBUS_SYSTEM_BUS_ADDRESS": bus,
    }
    listener = subprocess.Popen(
        [sys.executable, "-c", LISTENER], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO
    )
    assert listener.stdout is not None
    assert listener.stdout.readline().strip() == "ready"
    subprocess.run(
        ["dbus-send", f"--bus={bus}", "--type=signal", *SIGNALS[source]], check=True, timeout=10
    )
    assert listener.wait(timeout=30) == 0
