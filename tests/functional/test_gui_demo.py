"""``casework demo`` opens the app unlocked on a demo vault, titled "Casework — DEMO"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.demo import generate_cases
from app.session import Session
from ui.desktop.application import run_desktop
from ui.desktop.main_window import MainWindow


def test_run_desktop_with_a_session_opens_unlocked_in_demo_mode(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    session, _code = Session.create(tmp_path / "demo.cwvault", "demo", kdf_memory_mib=8)
    session.add_cases(generate_cases(25))
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible())
        if window.cases_page.model.rowCount() < 25:
            QTimer.singleShot(50, look_then_quit)
            return
        seen["title"] = window.windowTitle()
        seen["rows"] = window.cases_page.model.rowCount()
        seen["screen"] = window.screens.currentWidget() is window.workspace
        window.controller.shutdown()
        window.close()
        QApplication.instance().quit()

    QTimer.singleShot(50, look_then_quit)
    assert run_desktop(vault=str(tmp_path / "demo.cwvault"), session=session, demo=True) == 0
    assert seen == {"title": "Casework — DEMO", "rows": 25, "screen": True}
    assert not (tmp_path / "config" / "casework" / "desktop.ini").exists() or (
        "demo.cwvault" not in (tmp_path / "config" / "casework" / "desktop.ini").read_text()
    )
    assert Path(tmp_path / "demo.cwvault").exists()
