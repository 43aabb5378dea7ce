"""``casework demo`` opens the app unlocked on a demo vault, titled "Casework — DEMO"."""

from __future__ import annotations

from app.demo import generate_cases
from app.session import Session
from ui.desktop.application import start_desktop


def test_demo_session_opens_unlocked_with_a_demo_title(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    session, _code = Session.create(tmp_path / "demo.cwvault", "demo", kdf_memory_mib=8)
    session.add_cases(generate_cases(25))
    desktop = start_desktop(vault=str(tmp_path / "demo.cwvault"), session=session, demo=True)
    window = desktop.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 25, timeout=20_000)
        assert window.windowTitle() == "Casework — DEMO"
        assert window.screens.currentWidget() is window.workspace
        assert window.pages.currentWidget() is window.cases_page
        settings = tmp_path / "config" / "casework" / "desktop.ini"
        assert not settings.exists() or "demo.cwvault" not in settings.read_text()
    finally:
        desktop.controller.shutdown()
