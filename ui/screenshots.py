"""Render the desktop app with demo data to PNG files (``make screenshots``).

    python -m ui.screenshots docs/screenshots [--language en|az|ru|all] [--cases N]

Writes ``dashboard.png``, ``main-window.png``, ``case-editor.png``, ``eligibility.png``,
``statistics.png``, ``statistics-rule.png``, ``contacts.png``, ``case-person.png``,
``family-view.png`` and ``create-vault.png`` (with ``-az`` / ``-ru`` before ``.png`` for the
other languages). The demo vault lives in a temporary folder and is deleted afterwards. Runs
offscreen by default.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

import ui.desktop  # noqa: F401  (applies the None refcount workaround first)

PASSPHRASE = "screenshots only"
SIZE = (1360, 820)


def _wait(signal: object, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))
    print(path)


def render(folder: Path, language: str, cases: int) -> None:
    from app.demo import generate_cases
    from app.session import Session
    from ui.desktop.application import DesktopApp, ensure_application
    from ui.desktop.controller import Controller
    from ui.desktop.dialogs.create_vault_wizard import CreateVaultWizard
    from ui.desktop.preferences import Preferences

    ensure_application()
    suffix = "" if language == "en" else f"-{language}"
    with tempfile.TemporaryDirectory() as tmp:
        preferences = Preferences(Path(tmp) / "desktop.ini")
        preferences.language = language
        session, _code = Session.create(Path(tmp) / "demo.cwvault", PASSPHRASE, kdf_memory_mib=8)
        session.add_cases(generate_cases(cases))
        controller = Controller(session.vault.path)
        desktop = DesktopApp(controller, preferences, demo=True)
        window = desktop.window
        window.resize(*SIZE)
        window.show()
        controller.adopt_session(session)
        _wait(controller.eligibility_evaluated)
        window.show_page(window.home_page)
        _save(window, folder / f"dashboard{suffix}.png")
        window.show_page(window.cases_page)
        window.cases_page.table.selectRow(2)
        _save(window, folder / f"main-window{suffix}.png")
        window.show_page(window.eligibility_page)
        page = window.eligibility_page
        parole = page.rule_combo.findData("az-cc-76-parole")
        if parole >= 0 and page.rule_combo.currentIndex() != parole:
            page.rule_combo.setCurrentIndex(parole)
            _wait(controller.eligibility_evaluated)
        page.table.selectRow(0)
        _save(window, folder / f"eligibility{suffix}.png")
        case_id = window.cases_page.selected_case_id() or controller.case_rows()[0].case_id
        window.open_case(case_id)
        editor = window.editors[case_id]
        editor.resize(1060, 760)
        editor.tabs.setCurrentIndex(1)
        _save(editor, folder / f"case-editor{suffix}.png")
        editor.tabs.setCurrentIndex(0)
        _save(editor, folder / f"case-person{suffix}.png")
        editor.discard_and_close()
        window.show_page(window.statistics_page)
        _save(window, folder / f"statistics{suffix}.png")
        stats = window.statistics_page
        chosen = stats.rule_combo.findData("az-cc-76-parole")
        if chosen >= 0:
            stats.rule_combo.setCurrentIndex(chosen)
            _settle(600)
            _save(window, folder / f"statistics-rule{suffix}.png")
        window.show_page(window.contacts_page)
        _save(window, folder / f"contacts{suffix}.png")
        # A relative's vault: the same case in the simple view.
        controller.set_owner_role("family")
        window.open_case(case_id)
        editor = window.editors[case_id]
        editor.resize(1060, 760)
        _save(editor, folder / f"family-view{suffix}.png")
        editor.discard_and_close()
        controller.set_owner_role("lawyer")
        wizard = CreateVaultWizard(controller, str(Path(tmp) / "new.cwvault"), window)
        wizard.resize(700, 560)
        wizard.show()
        _save(wizard, folder / f"create-vault{suffix}.png")
        wizard.hide()
        controller.shutdown()
        window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", default="all", choices=["en", "az", "ru", "all"])
    parser.add_argument("--cases", type=int, default=240)
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    for language in ["en", "az", "ru"] if args.language == "all" else [args.language]:
        render(args.folder, language, args.cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
