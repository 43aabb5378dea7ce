"""The main window: a navigation list and a stack of pages; a welcome screen on first run and
a lock screen that shows nothing of the vault while it is locked.

``add_page(name, widget, icon=None)`` registers a page (see ``ui/desktop/__init__.py``).
The title is "Casework" (or "Casework — DEMO"), never a client's name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ui.desktop import file_dialogs
from ui.desktop.controller import Controller
from ui.desktop.dialogs.case_editor import CaseEditor
from ui.desktop.dialogs.create_vault_wizard import CreateVaultWizard
from ui.desktop.dialogs.groups_dialog import GroupsDialog
from ui.desktop.dialogs.recovery_dialog import NewRecoveryCodeDialog, RecoveryDialog
from ui.desktop.dialogs.settings_dialog import SettingsDialog
from ui.desktop.group_names import group_names_for
from ui.desktop.pages.cases_page import CasesPage
from ui.desktop.pages.contacts_page import ContactsPage
from ui.desktop.pages.deadlines_page import DeadlinesPage
from ui.desktop.pages.eligibility_page import EligibilityPage
from ui.desktop.pages.home_page import HomePage
from ui.desktop.pages.lock_page import LockPage
from ui.desktop.pages.statistics_page import StatisticsPage
from ui.desktop.pages.welcome_page import WelcomePage
from ui.desktop.preferences import Preferences
from ui.desktop.security import (
    ClipboardGuard,
    IdleWatcher,
    ScreenLockWatcher,
    close_vault_windows,
)
from ui.desktop.workers import JobHandle


class MainWindow(QMainWindow):
    language_changed = Signal()  # settings chose another language: the app rebuilds the window

    def __init__(
        self,
        controller: Controller,
        preferences: Preferences,
        *,
        demo: bool = False,
        default_vault_path: str = "",
    ) -> None:
        super().__init__()
        self.controller = controller
        self.preferences = preferences
        self.demo = demo
        self.default_vault_path = default_vault_path or str(controller.vault_path)
        self.editors: dict[str, CaseEditor] = {}
        # Before the pages: group names must be in the labels when they show the cases.
        self.group_names = group_names_for(controller)
        self._drafts_vault = ""
        self.recovery_dialog: RecoveryDialog | None = None
        self._recovering = False
        self.setWindowTitle(self.tr("Casework — DEMO") if demo else self.tr("Casework"))
        self.resize(1280, 800)

        self.welcome_page = WelcomePage(self)
        self.lock_page = LockPage(controller, self)
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView(self)
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setFixedWidth(180)
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setStyleSheet("QListView { font-size: 11pt; padding: 4px; }")
        self.pages = QStackedWidget(self)
        workspace = QWidget(self)
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.workspace = workspace
        self.screens = QStackedWidget(self)
        for screen in (self.welcome_page, self.lock_page, workspace):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)

        self.home_page = HomePage(controller, self)
        self.cases_page = CasesPage(controller, self)
        self.eligibility_page = EligibilityPage(controller, self)
        self.deadlines_page = DeadlinesPage(controller, self)
        self.contacts_page = ContactsPage(controller, self)
        self.statistics_page = StatisticsPage(controller, self)
        self._build_pages()
        self._build_menus()
        self._build_status_bar()

        self.clipboard = ClipboardGuard(self)
        self.clipboard_label = QLabel(self)
        self.clipboard_label.hide()
        self.statusBar().addPermanentWidget(self.clipboard_label)
        self._clipboard_tick = QTimer(self)
        self._clipboard_tick.setInterval(1000)
        self._clipboard_tick.timeout.connect(self.show_clipboard_countdown)
        self.clipboard.copied.connect(self.on_clipboard_copied)
        self.clipboard.cleared.connect(self.show_clipboard_countdown)
        self.idle = IdleWatcher(preferences.auto_lock_minutes, self)
        self.screen_lock = ScreenLockWatcher(self)
        self.idle.idle_timed_out.connect(self.on_idle_timed_out)
        self.screen_lock.screen_locked.connect(self.on_screen_locked)

        self.nav.selectionModel().currentChanged.connect(self.on_nav_current_changed)
        self.welcome_page.create_requested.connect(self.open_create_wizard)
        self.welcome_page.open_requested.connect(self.choose_vault_file)
        self.lock_page.recovery_requested.connect(self.open_recovery_dialog)
        self.lock_page.open_other_requested.connect(self.choose_vault_file)
        self.lock_page.create_requested.connect(self.open_create_wizard)
        for page in (self.home_page, self.cases_page, self.eligibility_page, self.deadlines_page):
            page.case_open_requested.connect(self.open_case)
        self.cases_page.new_case_requested.connect(self.open_new_case)
        controller.vault_unlocked.connect(self.on_controller_vault_unlocked)
        controller.recovery_code_replaced.connect(self.on_controller_recovery_code_replaced)
        controller.vault_locked.connect(self.on_controller_vault_locked)
        controller.unlock_failed.connect(self.on_controller_unlock_failed)
        controller.job_failed.connect(self.on_controller_job_failed)
        controller.attachment_exported.connect(self.on_controller_attachment_exported)
        controller.workers.job_started.connect(self.on_workers_job_started)
        controller.workers.job_finished.connect(self.on_workers_job_finished)
        if controller.is_unlocked:
            self.on_controller_vault_unlocked()
        else:
            self.show_locked_screen()

    # --- pages ------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.add_page(self.tr("Home"), self.home_page)
        self.add_page(self.tr("Cases"), self.cases_page)
        self.add_page(self.tr("Eligibility"), self.eligibility_page)
        self.add_page(self.tr("Deadlines"), self.deadlines_page)
        self.add_page(self.tr("Contacts"), self.contacts_page)
        self.add_page(self.tr("Statistics"), self.statistics_page)

    def add_page(self, name: str, widget: QWidget, icon: QIcon | None = None) -> int:
        """Add a navigation entry and its page; returns its index. Later pages (Contacts,
        Statistics) register themselves here."""
        item = QStandardItem(name)
        item.setEditable(False)
        item.setSizeHint(QSize(10, 34))  # the height; the list's width is set below
        if icon is not None:
            item.setIcon(icon)
        self.nav_model.appendRow(item)
        # As wide as the longest entry in this language (Russian words are long).
        metrics = self.nav.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.nav_model.item(r).text())
            for r in range(self.nav_model.rowCount())
        )
        self.nav.setFixedWidth(min(260, max(160, widest + 48)))
        index = self.pages.addWidget(widget)
        if self.nav_model.rowCount() == 1:
            self.nav.setCurrentIndex(self.nav_model.index(0, 0))
        return index

    def show_page(self, widget: QWidget) -> None:
        index = self.pages.indexOf(widget)
        if index >= 0:
            self.nav.setCurrentIndex(self.nav_model.index(index, 0))

    def on_nav_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.pages.setCurrentIndex(current.row())

    def _build_menus(self) -> None:
        vault = self.menuBar().addMenu(self.tr("&Vault"))
        self.new_case_action = QAction(self.tr("&New case"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.open_new_case)
        self.import_rule_action = QAction(self.tr("&Import rule…"), self)
        self.import_rule_action.triggered.connect(self.eligibility_page.on_import_button_clicked)
        self.groups_action = QAction(self.tr("&Groups…"), self)
        self.groups_action.triggered.connect(self.open_groups)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (
            self.new_case_action,
            self.import_rule_action,
            self.groups_action,
            self.lock_action,
        ):
            vault.addAction(action)
        vault.addSeparator()
        vault.addAction(self.settings_action)
        vault.addSeparator()
        vault.addAction(quit_action)
        self.addAction(self.lock_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for number, title in enumerate(
            (
                self.tr("Home"),
                self.tr("Cases"),
                self.tr("Eligibility"),
                self.tr("Deadlines"),
                self.tr("Contacts"),
                self.tr("Statistics"),
            ),
            start=1,
        ):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _checked=False, row=number - 1: self.nav.setCurrentIndex(
                    self.nav_model.index(row, 0)
                )
            )
            go.addAction(action)
        self.go_menu = go
        self.bundles_menu = self.menuBar().addMenu(self.tr("&Bundles"))
        for text, slot in (
            (self.tr("&Export bundle…"), self.contacts_page.open_export_dialog),
            (self.tr("&Import bundle…"), self.contacts_page.open_import_dialog),
            (self.tr("&Sync now"), self.contacts_page.on_sync_clicked),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.bundles_menu.addAction(action)
        self.reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        for text, slot, shortcut in (
            (
                self.tr("&Print case summaries…"),
                self.print_summaries,
                QKeySequence.StandardKey.Print,
            ),
            (self.tr("&Import a list…"), self.open_import_list, None),
            (self.tr("&Export the list…"), self.open_export_list, None),
            (self.tr("&Statistics"), lambda: self.show_page(self.statistics_page), None),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.reports_menu.addAction(action)

    def _build_status_bar(self) -> None:
        self.job_label = QLabel(self)
        self.job_progress = QProgressBar(self)
        self.job_progress.setMaximumWidth(220)
        self.job_progress.setTextVisible(False)
        self.job_cancel = QPushButton(self.tr("Cancel"), self)
        self.job_cancel.clicked.connect(self.on_job_cancel_clicked)
        for widget in (self.job_label, self.job_progress, self.job_cancel):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self._jobs: list[JobHandle] = []

    # --- locked / unlocked ------------------------------------------------------------

    def show_locked_screen(self) -> None:
        self._set_vault_actions(False)
        if self.controller.vault_exists():
            self.lock_page.refresh()
            self.screens.setCurrentWidget(self.lock_page)
            self.lock_page.focus_passphrase()
        else:
            self.screens.setCurrentWidget(self.welcome_page)

    def _set_vault_actions(self, unlocked: bool) -> None:
        # Menus that would do nothing while locked are greyed out, not silently inert.
        for action in (
            self.new_case_action,
            self.import_rule_action,
            self.groups_action,
            self.lock_action,
        ):
            action.setEnabled(unlocked)
        for menu in (self.go_menu, self.bundles_menu, self.reports_menu):
            menu.setEnabled(unlocked)
            for action in menu.actions():
                action.setEnabled(unlocked)

    def on_controller_vault_unlocked(self) -> None:
        self._forget_recovery_dialog()
        if not self.demo:  # a demo vault lives in a temporary folder: never remember it
            self.preferences.vault_path = str(self.controller.vault_path)
        self.screens.setCurrentWidget(self.workspace)
        self._set_vault_actions(True)
        self.idle.set_minutes(self.preferences.auto_lock_minutes)
        self.idle.start()
        self.nav.setCurrentIndex(self.nav_model.index(1 if self.demo else 0, 0))
        same_vault = self._drafts_vault == str(self.controller.vault_path)
        for editor in list(self.editors.values()):  # drafts kept over the lock
            if same_vault:
                editor.show()
            else:
                editor.discard_and_close()

    def on_controller_vault_locked(self) -> None:
        self.idle.stop()
        self.statusBar().clearMessage()  # "Exported to <path>" may name a client
        self.clipboard.clear_now()
        for editor in list(self.editors.values()):
            if editor.isVisible():  # hidden ones are drafts kept for after the unlock
                editor.discard_and_close()
        self._drafts_vault = str(self.controller.vault_path)
        close_vault_windows(self, keep=self.editors.values())
        self.show_locked_screen()

    def lock(self) -> None:
        self.controller.lock()

    def on_idle_timed_out(self) -> None:
        self.controller.lock()

    def on_screen_locked(self) -> None:
        self.controller.lock()

    # --- dialogs ----------------------------------------------------------------------

    def open_create_wizard(self) -> None:
        if self.controller.is_unlocked:
            return
        default = self.default_vault_path
        if Path(default).exists():
            default = str(Path(default).with_name("casework.cwvault"))
        wizard = CreateVaultWizard(self.controller, default, self)
        self.create_wizard = wizard
        wizard.open()

    def choose_vault_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Open a vault"),
            str(Path(self.controller.vault_path).parent),
            self.tr("Casework vaults (*.cwvault);;All files (*)"),
        )
        if path:
            self.controller.set_vault_path(path)
            self.show_locked_screen()

    def open_recovery_dialog(self) -> None:
        """The same dialog comes back after a wrong code, with what was typed still there."""
        dialog = self.recovery_dialog
        if dialog is None:
            dialog = RecoveryDialog(self)
            dialog.accepted.connect(self.on_recovery_dialog_accepted)
            self.recovery_dialog = dialog
        dialog.open()

    def on_controller_recovery_code_replaced(self, code: str) -> None:
        """The used recovery code was revoked: show its replacement once."""
        dialog = NewRecoveryCodeDialog(code, self)
        self.new_recovery_code_dialog = dialog
        dialog.open()

    def open_groups(self) -> None:
        """The groups and their names in the current language (renaming them)."""
        if self.controller.is_unlocked:
            GroupsDialog(self.group_names, self).exec()

    def on_recovery_dialog_accepted(self) -> None:
        dialog = self.recovery_dialog
        if dialog is None:
            return
        self._recovering = True
        self.controller.unlock_with_recovery(dialog.recovery_code(), dialog.new_passphrase())

    def on_controller_unlock_failed(self, message: str) -> None:
        if not self._recovering or self.recovery_dialog is None:
            return
        self._recovering = False
        if message:  # "" = cancelled by the user
            self.recovery_dialog.show_error(message)
            self.recovery_dialog.open()

    def _forget_recovery_dialog(self) -> None:
        # The code and the new passphrase must not stay in a hidden widget.
        self._recovering = False
        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None

    def open_settings(self) -> None:
        before = self.preferences.language
        role = self.controller.owner_role() if self.controller.is_unlocked else None
        dialog = SettingsDialog(self.preferences, self, owner_role=role)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.idle.set_minutes(self.preferences.auto_lock_minutes)
            if role is not None and self.controller.is_unlocked:
                chosen = dialog.chosen_owner_role()
                if chosen != role:
                    self.controller.set_owner_role(chosen)
                    self.cases_page.show_columns_for_owner()
            if self.preferences.language != before:
                self.language_changed.emit()

    def print_summaries(self) -> None:
        """Print the case chosen in the Cases page (or those shown there)."""
        from ui.desktop.dialogs.print_dialogs import SummaryPrintDialog

        if not self.controller.is_unlocked:
            return
        chosen = self.cases_page.selected_case_id()
        proxy = self.cases_page.proxy
        shown = [proxy.case_id(row) for row in range(proxy.rowCount())]
        SummaryPrintDialog(
            self.controller, [chosen] if chosen else [], self, shown_ids=shown
        ).exec()

    def open_import_list(self) -> None:
        from ui.desktop.dialogs.import_list_dialog import ImportListDialog

        if self.controller.is_unlocked:
            ImportListDialog(self.controller, self).exec()

    def open_export_list(self) -> None:
        from ui.desktop.dialogs.import_list_dialog import ExportListDialog

        if self.controller.is_unlocked:
            ExportListDialog(self.controller, self).exec()

    def open_case(self, case_id: str) -> None:
        editor = self.editors.get(case_id)
        if editor is not None:
            editor.raise_()
            editor.activateWindow()
            return
        editor = CaseEditor(self.controller, self.controller.get_case(case_id), self)
        self._track_editor(case_id, editor)

    def open_new_case(self) -> None:
        if not self.controller.is_unlocked:
            return
        case = self.controller.new_case()
        editor = CaseEditor(self.controller, case, self)
        self._track_editor(case.id, editor)

    def _track_editor(self, case_id: str, editor: CaseEditor) -> None:
        self.editors[case_id] = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.closed.connect(lambda _cid, cid=case_id: self.editors.pop(cid, None))
        editor.show()
        editor.activateWindow()
        editor.person.full_name.setFocus()

    # --- clipboard ----------------------------------------------------------------------

    def on_clipboard_copied(self) -> None:
        self._clipboard_tick.start()
        self.show_clipboard_countdown()

    def show_clipboard_countdown(self) -> None:
        """ "Clipboard clears in 30 s", counting down, while copied text waits to be cleared."""
        left = self.clipboard.seconds_left()
        if left <= 0:
            self._clipboard_tick.stop()
            self.clipboard_label.hide()
            return
        self.clipboard_label.setText(
            self.tr("Copied text is cleared from the clipboard in %1 s").replace("%1", str(left))
        )
        self.clipboard_label.show()

    # --- jobs -------------------------------------------------------------------------

    def on_workers_job_started(self, handle: JobHandle) -> None:
        if handle.name == "unlock":
            return
        self._jobs.append(handle)
        handle.signals.progressed.connect(self.on_job_progressed)
        names = {
            "eligibility": self.tr("Checking eligibility…"),
            "attachment": self.tr("Working on an attachment…"),
            "export": self.tr("Exporting…"),
            "passphrase": self.tr("Changing the passphrase…"),
        }
        self.job_label.setText(names.get(handle.name, self.tr("Working…")))
        self.job_progress.setRange(0, 0)
        for widget in (self.job_label, self.job_progress, self.job_cancel):
            widget.show()

    def on_job_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.job_progress.setRange(0, total)
            self.job_progress.setValue(done)

    def on_workers_job_finished(self, handle: JobHandle) -> None:
        if handle in self._jobs:
            self._jobs.remove(handle)
        if not self._jobs:
            for widget in (self.job_label, self.job_progress, self.job_cancel):
                widget.hide()

    def on_job_cancel_clicked(self) -> None:
        for handle in self._jobs:
            handle.cancel()

    def on_controller_job_failed(self, message: str) -> None:
        if message:
            QMessageBox.warning(self, self.tr("Casework"), message)

    def on_controller_attachment_exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors.values()):
            if not self.controller.is_unlocked:
                editor.discard_and_close()  # a draft kept over a lock is dropped on quit
            elif not editor.close():
                event.ignore()
                return
        event.accept()
