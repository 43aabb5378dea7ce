"""An empty vault's pages say what to do first instead of showing an empty table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.gui_support import make_vault, unlock


def test_an_empty_vault_says_how_to_get_deadlines_and_eligibility(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "empty.cwvault", []))
    unlock(qtbot, window)
    window.show_page(window.deadlines_page)
    qtbot.waitUntil(lambda: window.deadlines_page.empty_hint.isVisible())
    assert "add its verdict" in window.deadlines_page.empty_hint.text()
    window.show_page(window.eligibility_page)
    qtbot.waitUntil(lambda: window.eligibility_page.empty_hint.isVisible())
    assert "Add a case" in window.eligibility_page.empty_hint.text()


def test_the_hints_go_once_there_is_something_to_show(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "one.cwvault"))
    unlock(qtbot, window)
    window.show_page(window.eligibility_page)
    qtbot.waitUntil(lambda: window.eligibility_page.model.rowCount() == 1)
    assert not window.eligibility_page.empty_hint.isVisible()
