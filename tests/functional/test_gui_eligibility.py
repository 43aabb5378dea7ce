"""The eligibility view lists each case under a rule with its reasons, and opens the case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.ui.gui_support import make_vault, open_window, unlock
from ui.desktop.preferences import Preferences


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    prefs = Preferences(tmp_path / "config" / "desktop.ini")
    prefs.language = "en"
    return prefs


def _shows(page, rule_id: str) -> bool:
    """The page lists results of ``rule_id``."""
    return page.model.rowCount() > 0 and page.model.result(0).rule_id == rule_id


def test_eligibility_view_shows_status_and_reasons(qtbot, tmp_path, preferences):
    # on 2025-06-01 the example client is serving (last day 2026-01-31): every clause's
    # criteria are listed; after the last day the rule no longer looks at him
    window = open_window(
        qtbot, make_vault(tmp_path / "v.cwvault"), preferences, today=lambda: date(2025, 6, 1)
    )
    try:
        unlock(qtbot, window)
        page = window.eligibility_page
        window.show_page(page)
        parole = page.rule_combo.findData("az-cc-76-parole")
        assert parole >= 0
        page.rule_combo.setCurrentIndex(parole)
        # Parole may already be the rule evaluated after unlock (then choosing it again
        # evaluates nothing): wait for its results, however they came.
        qtbot.waitUntil(lambda: _shows(page, "az-cc-76-parole"), timeout=10_000)
        assert page.model.rowCount() == 1
        assert page.model.index(0, 0).data() == "Əli Həsənov"
        status = page.model.index(0, 1).data()
        assert status in ("Eligible", "Eligible from a date", "Not eligible", "Needs review")
        page.table.selectRow(0)
        lines = page.reasons_model.stringList()
        assert lines, "no reasons shown"
        assert any(line.startswith(("✓", "✗", "◷", "?")) for line in lines)
        # less serious: clause 3 of the re-encoded parole rule (life and revoked parole first)
        assert "Clause 3" in "\n".join(lines)
        page.open_button.click()
        assert len(window.editors) == 1
    finally:
        window.controller.shutdown()


def test_importing_a_rule_file_selects_it(qtbot, tmp_path, preferences, monkeypatch):
    rule = tmp_path / "rule.toml"
    rule.write_text(
        'id = "test-release"\ntitle = "Test release"\nkind = "amnesty"\n'
        'effective_date = 2025-01-01\n\n[[clauses]]\neffect = "release"\n'
        '[clauses.when]\narticles_any = ["234.1-1"]\n',
        encoding="utf-8",
    )
    window = open_window(qtbot, make_vault(tmp_path / "v.cwvault"), preferences)
    try:
        unlock(qtbot, window)
        with qtbot.waitSignal(window.controller.eligibility_evaluated, timeout=10_000):
            window.controller.import_rule(rule)
        page = window.eligibility_page
        assert page.rule_combo.currentData() == "test-release"
        assert page.model.index(0, 1).data() == "Eligible"
        bad = tmp_path / "bad.toml"
        bad.write_text("id = \n", encoding="utf-8")
        shown: list[str] = []
        monkeypatch.setattr(
            "ui.desktop.pages.eligibility_page.QMessageBox.warning",
            lambda _parent, _title, message: shown.append(message),
        )
        window.controller.import_rule(bad)
        assert shown and "bad.toml:1" in shown[0]  # names the file and the line
        assert page.rule_combo.currentData() == "test-release"
        window.controller.lock()  # an imported rule is vault data: gone while locked
        assert page.rule_combo.findData("test-release") == -1
        assert page.model.rowCount() == 0
    finally:
        window.controller.shutdown()


def test_the_rule_and_clause_notes_read_in_the_app_language(qtbot, tmp_path, preferences):
    preferences.language = "ru"
    window = open_window(
        qtbot, make_vault(tmp_path / "v.cwvault"), preferences, today=lambda: date(2025, 6, 1)
    )
    try:
        unlock(qtbot, window)
        page = window.eligibility_page
        window.show_page(page)
        parole = page.rule_combo.findData("az-cc-76-parole")
        page.rule_combo.setCurrentIndex(parole)
        # Parole may already be the rule evaluated after unlock (then choosing it again
        # evaluates nothing): wait for its results, however they came.
        qtbot.waitUntil(lambda: _shows(page, "az-cc-76-parole"), timeout=10_000)
        info = page.rule_info.text()
        assert "⚠ Сверьте с действующим официальным текстом" in info
        assert "Verify against" not in info
        assert "Источник: Уголовный кодекс Азербайджанской Республики" in info
        page.table.selectRow(0)
        # less serious: clause 3 decides, and its own note shows under the result
        assert page.model.result(0).clause == 2
        assert "⚠ Проверено по неофициальному переводу." in page.result_label.text()
        assert "Ст. 76.3.1 (преступление, не представляющее" in page.result_label.text()
    finally:
        window.controller.shutdown()
        from ui.desktop.application import apply_language

        preferences.language = "en"
        apply_language(preferences)
