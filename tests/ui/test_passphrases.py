"""Passphrases and recovery as a new user meets them: a show/hide eye on every passphrase
field, an honest strength message, a wrong recovery code kept for correcting, and a visible
countdown before copied text leaves the clipboard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.session import Session
from tests.ui.gui_support import make_vault, type_text, unlock
from ui.desktop.dialogs.passphrase_fields import PassphraseFields
from ui.desktop.widgets.strength_meter import describe, score

STRONG = "harbour violet engine seventeen pickle Ə"
FAIR = "lamp river cotton seventeen Ə"


def test_passphrase_and_its_repetition_show_and_hide_together(qtbot: Any) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    type_text(fields.first, STRONG)
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password
    fields.reveal.trigger()
    assert fields.first.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.second.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.reveal.toolTip() == "Hide the passphrase"
    fields.reveal.trigger()
    assert fields.second.echoMode() == QLineEdit.EchoMode.Password


def test_lock_screen_passphrase_can_be_shown_and_goes_back_to_dots_when_cleared(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    field = window.lock_page.passphrase
    type_text(field, "some words")
    window.lock_page.reveal.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    field.clear()
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_a_fair_passphrase_is_never_called_good_and_carries_a_warning(qtbot: Any) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    assert describe(score(FAIR)) == "Fair"
    type_text(fields.first, FAIR)
    type_text(fields.second, FAIR)
    assert fields.is_acceptable()
    assert "Good" not in fields.hint.text()
    assert fields.hint.text().startswith("Only fair")
    fields.first.clear()
    fields.second.clear()
    type_text(fields.first, STRONG)
    type_text(fields.second, STRONG)
    assert fields.hint.text().startswith("Good.")


def test_the_example_passphrase_in_the_hint_rates_good(qtbot: Any) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    example = re.search(r"“(.+?)”", fields.hint.text())
    assert example is not None
    assert score(example.group(1)) >= 3  # Good or Strong


def test_a_wrong_recovery_code_keeps_what_was_typed(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    path = tmp_path / "v.cwvault"
    session, code = Session.create(path, "forgotten passphrase", kdf_memory_mib=8)
    session.close()
    window = window_factory(path)
    qtbot.mouseClick(window.lock_page.recovery_button, Qt.MouseButton.LeftButton)
    dialog = window.recovery_dialog
    wrong = ("Z" if code[0] != "Z" else "Y") + code[1:]
    type_text(dialog.code, wrong)
    type_text(dialog.passphrase.first, STRONG)
    type_text(dialog.passphrase.second, STRONG)
    with qtbot.waitSignal(window.controller.unlock_failed, timeout=20_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.isVisible)
    assert window.recovery_dialog is dialog
    assert dialog.code.text() == wrong
    assert dialog.passphrase.first.text() == STRONG
    assert dialog.error.isVisible() and dialog.error.text()
    dialog.code.clear()
    type_text(dialog.code, code)
    with qtbot.waitSignal(window.controller.vault_unlocked, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert window.recovery_dialog is None  # the code is not kept once it worked


def test_clipboard_shows_a_countdown_until_it_is_cleared(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    window.clipboard.copy("Əli Həsənov")
    label = window.clipboard_label
    assert label.isVisible()
    seconds = int(re.search(r"(\d+) s", label.text()).group(1))
    assert 29 <= seconds <= 30

    def counted_down() -> bool:
        shown = re.search(r"(\d+) s", label.text())
        return shown is not None and 0 < int(shown.group(1)) < seconds

    qtbot.waitUntil(counted_down, timeout=5000)
    window.lock()
    assert not label.isVisible()
