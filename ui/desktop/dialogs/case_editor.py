"""The case editor: person, custody, sentence (with the computed dates and how each was
found), notes with their visibility, events as a timeline, attachments, history, and
eligibility with the lawyer's notes and overrides.

The tabs edit the case JSON; saving asks the core to parse it (:func:`app.case_json.parse_case`),
so a wrong value is reported with the core's field path, shown next to the field. Ctrl+S
saves; closing with unsaved edits asks whether to save or discard them. Locking saves a
valid draft (no work is lost) and drops an invalid one. The window title never names the
client.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.case_json import CaseJsonError, case_to_json, new_id, parse_case
from app.case_warnings import case_warnings
from app.eligibility import STATUSES as RESULT_STATUSES
from app.errors import VaultError
from app.model import (
    CUSTODY_KINDS,
    EVENT_KINDS,
    VISIBILITIES,
    Case,
)
from ui.desktop import labels, reasons
from ui.desktop.controller import Controller
from ui.desktop.dialogs.attachments_tab import AttachmentsTab
from ui.desktop.dialogs.editor_tabs import PersonTab, RecordsTab, SentenceTab
from ui.desktop.dialogs.family_view import FamilyCaseView, note_origins
from ui.desktop.dialogs.sentence_summary import sentence_summary, sentence_warning_text
from ui.desktop.group_names import group_names_for
from ui.desktop.history_words import field_words, history_rows, when_day
from ui.desktop.messages import describe_failure
from ui.desktop.models.record_list_model import Column, RecordListModel

translate = QCoreApplication.translate
PERSON, SENTENCE, CUSTODY, EVENTS, NOTES, ATTACHMENTS, HISTORY, ELIGIBILITY = range(8)


class CaseEditor(QDialog):
    closed = Signal(str)  # the case id; the window is gone

    def __init__(self, controller: Controller, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.case_id = case.id
        self.setModal(False)
        self.resize(980, 720)
        self._closing = False
        self.tabs = QTabWidget(self)
        self.person = PersonTab(self)
        self.sentence = SentenceTab(self)
        self.custody = RecordsTab(
            "custody",
            [
                Column("from", self.tr("From"), "date"),
                Column("to", self.tr("To"), "date"),
                Column("kind", self.tr("Kind"), "choice", "custody", CUSTODY_KINDS),
                Column("ordered_until", self.tr("Ordered until"), "date"),
            ],
            {"from": "today", "to": None, "kind": "pretrial_detention"},
            self,
            sort_key="from",
        )
        self.events = RecordsTab(
            "events",
            [
                Column("date", self.tr("Date"), "date"),
                Column("kind", self.tr("Event"), "choice", "event", EVENT_KINDS),
                Column("text", self.tr("What happened")),
                Column("visibility", self.tr("Visible to"), "choice", "visibility", VISIBILITIES),
                Column("reduce_by", self.tr("Reduced by"), "term"),
                Column("new_term", self.tr("New term"), "term"),
                Column("release_on", self.tr("Release on"), "date"),
            ],
            {"date": "today", "kind": "hearing", "text": "", "visibility": "family"},
            self,
            badge_column=3,
            sort_key="date",
        )
        self.notes = RecordsTab(
            "notes",
            [
                Column("visibility", self.tr("Visible to"), "choice", "visibility", VISIBILITIES),
                Column("_added", self.tr("Added"), "date", editable=False),
                Column("_author", self.tr("Written by"), editable=False),
                Column("text", self.tr("Note")),
            ],
            {"text": "", "visibility": "privileged", "created": "now"},
            self,
            badge_column=0,
            detail_key="text",
        )
        self.attachments = AttachmentsTab(controller, self)
        self.history_model = RecordListModel(
            [
                Column("at", self.tr("When"), editable=False),
                Column("source", self.tr("How"), editable=False),
                Column("field", self.tr("Field"), editable=False),
                Column("change", self.tr("Change"), editable=False),
            ],
            self,
        )
        history = QTableView(self)
        history.setModel(self.history_model)
        history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        history.verticalHeader().hide()
        history.horizontalHeader().setStretchLastSection(True)
        history.setColumnWidth(0, 150)
        history.setColumnWidth(2, 170)
        self.eligibility_model = QStringListModel(self)
        eligibility_view = QListView(self)
        eligibility_view.setModel(self.eligibility_model)
        eligibility_view.setWordWrap(True)
        eligibility_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eligibility_notes = RecordsTab(
            "eligibility_notes",
            [
                Column(
                    "rule_id",
                    self.tr("Rule"),
                    "choice",
                    "",
                    tuple(r.id for r in controller.rules()),
                ),
                Column(
                    "override", self.tr("Lawyer's view"), "choice", "result", ("", *RESULT_STATUSES)
                ),
                Column("reason", self.tr("Reason")),
                Column("date", self.tr("Date"), "date"),
                Column("text", self.tr("Note")),
            ],
            {
                "rule_id": getattr(controller.selected_rule(), "id", ""),
                "text": "",
                "date": "today",
            },
            self,
            detail_key="text",
        )
        eligibility = QWidget(self)
        elig_layout = QVBoxLayout(eligibility)
        elig_layout.addWidget(QLabel(self.tr("Computed under each rule (saved data):"), self))
        elig_layout.addWidget(eligibility_view, 3)
        elig_layout.addWidget(
            QLabel(self.tr("Notes and overrides (shown beside the computed result):"), self)
        )
        elig_layout.addWidget(self.eligibility_notes, 2)

        for widget, title in (
            (self.person, self.tr("Person")),
            (self.sentence, self.tr("Sentence")),
            (self.custody, self.tr("Custody")),
            (self.events, self.tr("Events")),
            (self.notes, self.tr("Notes")),
            (self.attachments, self.tr("Attachments")),
            (history, self.tr("History")),
            (eligibility, self.tr("Eligibility")),
        ):
            self.tabs.addTab(widget, title)

        self.family_view = FamilyCaseView(self)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.tabs)
        self.views.addWidget(self.family_view)
        self.view_button = QPushButton(self.tr("Simple view"), self)
        self.view_button.setToolTip(self.tr("The person, visits, family notes and next steps"))
        self.view_button.clicked.connect(self.on_view_button_clicked)
        self.view_button.hide()

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "color: #b00020; font-weight: bold; background: #fdecea; padding: 6px;"
        )
        self.error.hide()
        self._error_field: str | None = None
        # While a field's error shows, look again now and then: once that field is right,
        # the banner goes (the next problem, if any, is named at the next Save).
        self._recheck = QTimer(self)
        self._recheck.setInterval(400)
        self._recheck.timeout.connect(self.on_recheck_timeout)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #2e7d32;")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.views, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        controller.vault_about_to_lock.connect(self.on_controller_vault_about_to_lock)
        controller.attachment_added.connect(self.on_controller_attachment_added)
        controller.attachment_removed.connect(self.on_controller_attachment_added)
        self._load(case)
        # A relative's vault opens each case in the simple view; the full one is a click away.
        if self.controller.is_stored(case.id) and controller.owner_role() == "family":
            self.view_button.show()
            self.show_simple_view()

    # --- loading ----------------------------------------------------------------------

    def _title(self) -> str:
        stored = self.controller.is_stored(self.case_id)
        # Never the client's name: titles show in task bars and window lists.
        return self.tr("Case — Casework") if stored else self.tr("New case — Casework")

    def _load(self, case: Case) -> None:
        self._base = case_to_json(case)
        self.person.load(self._base)
        self.sentence.load(self._base)
        for tab in (self.custody, self.events, self.notes, self.eligibility_notes):
            tab.load(self._base)
        stored = self.controller.is_stored(case.id)
        self.attachments.load(case.id, list(self._base.get("attachments") or []), stored)
        self._loaded = self.collect()
        self.setWindowTitle(self._title())
        self._show_computed(case if stored else None)
        self._show_history(case if stored else None)

    def show_simple_view(self) -> None:
        self.views.setCurrentWidget(self.family_view)
        self.view_button.setText(self.tr("Full case"))
        self.save_button.setEnabled(False)

    def show_full_view(self) -> None:
        self.views.setCurrentWidget(self.tabs)
        self.view_button.setText(self.tr("Simple view"))
        self.view_button.show()
        self.save_button.setEnabled(True)

    def on_view_button_clicked(self) -> None:
        if self.views.currentWidget() is self.family_view:
            self.show_full_view()
        else:
            self.show_simple_view()

    def _show_computed(self, case: Case | None) -> None:
        if case is None:
            self.sentence.show_computed(self.tr("Save the case to see its dates."), [])
            self.eligibility_model.setStringList([])
            return
        comp = self.controller.compute(case)
        warnings = [
            sentence_warning_text(w) for w in case_warnings(case) if w.code != "not_yet_known"
        ]
        if comp is None:
            missing = case.sentence.missing if case.sentence is not None else ()
            if missing:
                text = self.tr(
                    "Not yet known: %1. The dates show “needs review” until it is given."
                ).replace("%1", ", ".join(field_label(f.rsplit(".", 1)[-1]) for f in missing))
            else:
                text = self.tr("No sentence yet.")
            self.sentence.show_computed("\n".join([text, *warnings]), [])
        else:
            summary = sentence_summary(comp, self.controller.today()) + warnings
            trace = [reasons.render_step(step.code, step.values) for step in comp.trace]
            self.sentence.show_computed("\n".join(summary), trace)
        lines: list[str] = []
        for rule in self.controller.rules():
            result = self.controller.evaluate_case(rule, case)
            head = f"{reasons.rule_title(rule)}: {labels.label('result', result.status)}"
            if result.date is not None:
                head += f" · {labels.format_date(result.date)}"
            lines.append(head)
            lines.extend("    " + reasons.render_reason(r, result.on) for r in result.reasons)
        self.eligibility_model.setStringList(lines)

    def _show_history(self, case: Case | None) -> None:
        """History, note authors and the simple view of ``case`` as just loaded (None for a
        case not saved yet): nothing is read from the vault a second time."""
        entries = list(self.controller.history(self.case_id)) if case is not None else []
        self.history_model.set_records(history_rows(entries))
        origins = note_origins(entries, self.tr("you"))
        records = []
        for record in self.notes.model.records():
            origin = origins.get(str(record.get("id")))
            created = str(record.get("created") or "")
            record["_added"] = when_day(created) or when_day(origin.at if origin else "")
            record["_author"] = origin.author if origin else ""
            records.append(record)
        self.notes.model.set_records(records)
        if case is not None:
            self.family_view.show_case(
                case,
                self.controller.compute(case),
                entries,
                self.controller.case_row(self.case_id),
                self.controller.today(),
            )

    # --- collecting and saving ------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        data = copy.deepcopy(self._base)
        data.pop("computed", None)
        self.person.store(data)
        self.sentence.store(data)
        for tab in (self.custody, self.events, self.notes, self.eligibility_notes):
            tab.store(data)
        self.attachments.store(data)
        for key in ("notes", "events", "eligibility_notes"):
            for item in data.get(key) or []:
                item.setdefault("id", new_id())
        return data

    def is_dirty(self) -> bool:
        return self.collect() != self._loaded

    def build_case(self) -> Case:
        """The edited case; raises :class:`CaseJsonError` naming the wrong field."""
        return parse_case(self.collect(), case_id=self.case_id)

    def save(self) -> bool:
        try:
            case = self.build_case()
        except CaseJsonError as exc:
            self.show_field_error(exc.field, exc.message)
            return False
        try:
            group_names_for(self.controller).name_new_groups(self.person.groups.new_names())
            self.case_id = self.controller.save_case(case)
        except (VaultError, OSError, RuntimeError) as exc:
            self.show_field_error("", describe_failure(exc))
            return False
        self.hide_error()
        self._load(self.controller.get_case(self.case_id))
        self.status.setText(self.tr("Saved."))
        return True

    def show_field_error(self, field: str, message: str) -> None:
        """Show what is wrong, naming the field, and take the user to it."""
        text = field_message(message)
        self.error.setText(f"{field_label(field)}: {text}" if field else text)
        self.error.show()
        self._error_field = field
        if field:
            self._recheck.start()
        self.status.clear()
        tab, widget, row = self._locate(field)
        self.tabs.setCurrentIndex(tab)
        if row is not None and isinstance(widget, RecordsTab):
            widget.select_row(row)
        if widget is not None:
            widget.setFocus()

    def hide_error(self) -> None:
        self.error.hide()
        self._error_field = None
        self._recheck.stop()

    def on_recheck_timeout(self) -> None:
        if not self.error.isVisible() or not self._error_field:
            self._recheck.stop()
            return
        try:
            self.build_case()
        except CaseJsonError as exc:
            if exc.field == self._error_field:
                return  # still wrong
        self.hide_error()

    def _locate(self, field: str) -> tuple[int, QWidget | None, int | None]:
        match = re.match(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?", field)
        if not match:
            return PERSON, None, None
        head, row_text, leaf = match.groups()
        row = int(row_text) if row_text else None
        if head == "person":
            widgets: dict[str, QWidget] = {
                "full_name": self.person.full_name,
                "aliases": self.person.aliases,
                "birth_date": self.person.birth_date,
                "sex": self.person.sex,
                "groups": self.person.groups,
            }
            return PERSON, widgets.get(leaf or "", self.person.full_name), None
        if head in ("status", "arrested_on", "facility"):
            return PERSON, getattr(self.person, head), None
        if head == "sentence":
            widgets = {
                "verdict_date": self.sentence.verdict_date,
                "articles": self.sentence.articles,
                "category": self.sentence.category,
                "term": self.sentence.years,
                "start_date": self.sentence.start_date,
                "regime": self.sentence.regime,
                "prior_parole_revoked": self.sentence.parole_revoked,
                "recidivism": self.sentence.recidivism,
                "interruptions": self.sentence.interruptions,
                "components": self.sentence.components,
            }
            table = re.match(r"^sentence\.(interruptions|components)\[(\d+)\]", field)
            if table is not None:
                leaf = table.group(1)
                self.sentence.extras.setCurrentIndex(0 if leaf == "interruptions" else 1)
                getattr(self.sentence, leaf).select_row(int(table.group(2)))
            return SENTENCE, widgets.get(leaf or "", self.sentence.box), None
        tabs = {
            "custody": (CUSTODY, self.custody),
            "events": (EVENTS, self.events),
            "notes": (NOTES, self.notes),
            "eligibility_notes": (ELIGIBILITY, self.eligibility_notes),
        }
        if head in tabs:
            index, tab = tabs[head]
            return index, tab, row
        return PERSON, None, None

    # --- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or not self.is_dirty():
            event.accept()
            self.closed.emit(self.case_id)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        saving = answer == QMessageBox.StandardButton.Save
        if answer == QMessageBox.StandardButton.Cancel or (saving and not self.save()):
            event.ignore()
        else:
            event.accept()
            self.closed.emit(self.case_id)

    def reject(self) -> None:
        self.close()

    def discard_and_close(self) -> None:
        self._closing = True
        self.close()

    def on_controller_vault_about_to_lock(self) -> None:
        # A half-typed edit is never saved silently: it is kept as a draft in this hidden
        # window (memory only; dropped if the app quits) and shown again after unlock.
        if self.is_dirty():
            self.hide()
        else:
            self.discard_and_close()

    def on_controller_attachment_added(self, case_id: str) -> None:
        """An attachment was added or removed: take the stored list, keep the other edits."""
        if case_id != self.case_id:
            return
        stored = case_to_json(self.controller.get_case(case_id))
        attachments = stored.get("attachments") or []
        self._base["attachments"] = attachments
        self._loaded["attachments"] = attachments
        self.attachments.load(case_id, list(attachments), True)


def field_label(path: str) -> str:
    """A field path of the case JSON (``custody[1].from``) in words; a person's field by its
    own name (``person.full_name``: ``Full name``)."""
    parts = []
    for match in re.finditer(r"(\w+)(?:\[(\d+)\])?", path.removeprefix("person.")):
        key, row = match.groups()
        name = field_words(key)
        parts.append(f"{name} {int(row) + 1}" if row is not None else name)
    return " › ".join(parts)


def field_message(message: str) -> str:
    """The core's English message for common cases in the user's language."""
    if message == "is required" or message.startswith("expected text, got ''"):
        return translate("CaseEditor", "is required")
    if message.startswith("expected a date"):
        return translate("CaseEditor", "needs a date")
    if "is before 'from'" in message:
        return translate("CaseEditor", "is before the start of the period")
    return message
