"""Printing case summaries from the desktop app: profile, language and paper, print
preview, print, save as PDF; and the one-time notice that a saved file is outside the vault.

The language starts as the app's (so a summary prints in the words on screen) and the
profile as ``family`` in a family member's vault (never the lawyer's copy there).

Summaries are built in ``app.reports`` from the cases the controller hands out, laid out by
``ui.printing``; the preview and the printer are painted from memory, and a PDF is written
only where the user chose. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.reports import Summary, build_summary, default_profile
from app.reports.files import write_output_file
from app.reports.rules import is_active
from app.words import LANGUAGE_NAMES
from ui.desktop import labels
from ui.desktop.controller import Controller
from ui.desktop.file_dialogs import save_file
from ui.printing.render import Printable, page_layout, paint_printables, render_pdf
from ui.printing.summaries import summary_printable

_notice_shown = False


def notify_outside_vault(parent: QWidget, path: str | Path) -> None:
    """Tell the user, the first time in this run of the app, that a file they saved is
    outside the vault and not encrypted; later saves only show it in the status bar."""
    global _notice_shown
    message = parent.tr(
        "%1 is saved outside the vault and is not encrypted: anyone with this computer or "
        "the file can read it. Keep it safe, and delete it when it is no longer needed."
    ).replace("%1", str(path))
    window = parent.window()
    status = getattr(window, "statusBar", None)
    if _notice_shown:
        if callable(status):
            status().showMessage(message, 8000)
        return
    _notice_shown = True
    QMessageBox.information(parent, parent.tr("Saved outside the vault"), message)


def vault_default_profile(controller: Controller) -> str:
    """``family`` when the open vault belongs to a family member, else ``colleague``."""
    session = getattr(controller, "_session", None)
    return default_profile(session if hasattr(session, "get_setting") else None)


def default_paper() -> str:
    """Letter where it is the custom (United States, Canada...), else A4."""
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
    }
    return "Letter" if QLocale().territory() in letter else "A4"


def save_pdf(parent: QWidget, printables: Sequence[Printable], paper: str, name: str) -> str:
    """Ask where to save, write the PDF there, give the one-time notice; the path or ``""``."""
    path = save_file(parent, parent.tr("Save as PDF"), name, parent.tr("PDF files (*.pdf)"))
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_output_file(path, render_pdf(printables, page_size=paper))
    except OSError as exc:
        QMessageBox.warning(
            parent,
            parent.tr("Not saved"),
            parent.tr("The PDF could not be written: %1").replace("%1", exc.strerror or str(exc)),
        )
        return ""
    notify_outside_vault(parent, path)
    return path


def make_printer(paper: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    return printer


class SummaryPrintDialog(QDialog):
    """Print or save the summaries of ``case_ids`` (one case, or every case the list
    shows when ``shown_ids`` is given): profile, paper, preview, print, PDF."""

    def __init__(
        self,
        controller: Controller,
        case_ids: Sequence[str],
        parent: QWidget | None = None,
        *,
        shown_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Print case summaries"))
        self.selected_ids = list(case_ids)
        self.previewed_pages = 0
        self.shown_ids = list(shown_ids)

        self.profile = QComboBox(self)
        for code, text in (
            ("colleague", self.tr("Colleague — everything, privileged notes included")),
            ("family", self.tr("Family — no privileged notes, events or assessments")),
            ("public", self.tr("Public — only what may be published")),
        ):
            self.profile.addItem(text, code)
        self.profile.setCurrentIndex(self.profile.findData(vault_default_profile(controller)))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(labels.language()))
        self.paper = QComboBox(self)
        for size in ("A4", "Letter"):
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))

        self.which = QButtonGroup(self)
        self.only_selected = QRadioButton(self)
        self.all_shown = QRadioButton(self)
        self.only_selected.setText(
            self.tr("The selected case") if len(self.selected_ids) == 1
            else self.tr("The %n selected cases", "", len(self.selected_ids))
        )  # fmt: skip
        self.all_shown.setText(
            self.tr("All %n cases shown in the list (one PDF, each case on new pages)", "",
                    len(self.shown_ids))
        )  # fmt: skip
        self.which.addButton(self.only_selected)
        self.which.addButton(self.all_shown)
        self.only_selected.setEnabled(bool(self.selected_ids))
        self.all_shown.setEnabled(bool(self.shown_ids))
        (self.only_selected if self.selected_ids else self.all_shown).setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Profile:"), self.profile)
        form.addRow(self.tr("Language of the summary:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Cases:"), self.only_selected)
        form.addRow("", self.all_shown)
        hint = QLabel(
            self.tr(
                "The footer of every page names the profile and the date printed. Preview and "
                "printing stay in memory; a saved PDF is outside the vault."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("Preview…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.on_preview_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.pdf_button.clicked.connect(self.on_pdf_button_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        controller.vault_locked.connect(self.reject)

    # --- what to print ----------------------------------------------------------------

    def case_ids(self) -> list[str]:
        return self.selected_ids if self.only_selected.isChecked() else self.shown_ids

    def chosen_profile(self) -> str:
        return str(self.profile.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_paper(self) -> str:
        return str(self.paper.currentData())

    def summaries(self) -> list[Summary]:
        """The summaries, built now (cases are read through the controller)."""
        today = self.controller.today()
        rules = [rule for rule in self.controller.rules() if is_active(rule, today)]
        profile = self.chosen_profile()
        lang = self.chosen_language()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return [
                build_summary(
                    self.controller.get_case(case_id),
                    rules,
                    profile=profile,
                    printed_on=today,
                    lang=lang,
                )
                for case_id in self.case_ids()
            ]
        finally:
            QGuiApplication.restoreOverrideCursor()

    def printables(self) -> list[Printable]:
        return [summary_printable(summary) for summary in self.summaries()]

    # --- actions ----------------------------------------------------------------------

    def preview_dialog(self) -> QPrintPreviewDialog:
        """The print preview of the chosen summaries, painted from memory when shown
        (``previewed_pages`` then counts the pages)."""
        printables = self.printables()
        printer = make_printer(self.chosen_paper())
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print preview"))
        # The dialog does not own the printer: keep it alive as long as the dialog is.
        self._preview_printer = printer

        def paint(device: QPrinter) -> None:
            self.previewed_pages = paint_printables(device, printables)

        preview.paintRequested.connect(paint)
        return preview

    def on_preview_button_clicked(self) -> None:
        self.preview_dialog().exec()

    def on_print_button_clicked(self) -> None:
        printer = make_printer(self.chosen_paper())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        paint_printables(printer, self.printables())
        if printer.outputFileName():  # "print to file": also outside the vault
            notify_outside_vault(self, printer.outputFileName())

    def on_pdf_button_clicked(self) -> str:
        ids = self.case_ids()
        name = "case-summary.pdf" if len(ids) == 1 else "case-summaries.pdf"
        return save_pdf(self, self.printables(), self.chosen_paper(), name)
