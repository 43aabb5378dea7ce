"""Fixtures for the desktop app's tests: fast vaults, isolated preferences, a real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.gui_support import make_vault, open_window  # noqa: F401  (re-exported helpers)
from ui.desktop.preferences import Preferences


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    prefs = Preferences(tmp_path / "config" / "desktop.ini")
    prefs.language = "en"
    return prefs


@pytest.fixture
def window_factory(qtbot, preferences: Preferences) -> Iterator[Callable[..., object]]:
    made = []

    def make(vault: Path, **kwargs: object) -> object:
        window = open_window(qtbot, vault, preferences, **kwargs)
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.shutdown()
